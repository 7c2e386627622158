//! File system work under the preopen `/sandbox`: create, write, read,
//! append, seek, truncate, list (sorted), metadata, rename, remove, nested
//! directories. Reads `given.txt`, which the host put there, and leaves
//! `result.txt` and `kept/inner.txt` for the host to check.

use std::fs::{self, File, OpenOptions};
use std::io::{ErrorKind, Read, Seek, SeekFrom, Write};

const ROOT: &str = "/sandbox";

fn path(rel: &str) -> String {
    format!("{ROOT}/{rel}")
}

fn read(rel: &str) -> String {
    fs::read_to_string(path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
}

fn names(rel: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(path(rel))
        .unwrap_or_else(|e| panic!("read_dir {rel}: {e}"))
        .map(|entry| {
            let entry = entry.expect("a directory entry");
            let kind = entry.file_type().expect("a file type");
            let mark = if kind.is_dir() { "/" } else { "" };
            format!("{}{mark}", entry.file_name().to_string_lossy())
        })
        .collect();
    names.sort();
    names
}

fn kind<T>(result: std::io::Result<T>) -> String {
    match result {
        Ok(_) => "ok".to_string(),
        Err(e) => format!("{:?} (errno {})", e.kind(), e.raw_os_error().unwrap_or(-1)),
    }
}

fn main() {
    // What the host prepared.
    print!("given.txt: {}", read("given.txt"));
    println!("listing /sandbox: {:?}", names(""));

    // Create and write, then read back.
    fs::write(path("notes.txt"), "hello").unwrap();
    println!("notes.txt: {:?}", read("notes.txt"));

    // Append.
    let mut file = OpenOptions::new()
        .append(true)
        .open(path("notes.txt"))
        .unwrap();
    file.write_all(b", world").unwrap();
    drop(file);
    println!("after append: {:?}", read("notes.txt"));

    // Seek and read, seek and overwrite.
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .open(path("notes.txt"))
        .unwrap();
    file.seek(SeekFrom::Start(7)).unwrap();
    let mut word = String::new();
    file.read_to_string(&mut word).unwrap();
    println!("from offset 7: {word:?}");
    let end = file.seek(SeekFrom::End(-5)).unwrap();
    println!("end - 5 is offset {end}");
    file.write_all(b"WORLD").unwrap();
    let position = file.stream_position().unwrap();
    println!("position after overwrite: {position}");
    file.seek(SeekFrom::Start(0)).unwrap();
    let mut all = String::new();
    file.read_to_string(&mut all).unwrap();
    println!("after overwrite: {all:?}");

    // Truncate and extend.
    file.set_len(5).unwrap();
    println!("after set_len(5): {:?}", read("notes.txt"));
    file.set_len(8).unwrap();
    println!(
        "after set_len(8): {:?}",
        fs::read(path("notes.txt")).unwrap()
    );
    drop(file);

    // Metadata.
    let meta = fs::metadata(path("notes.txt")).unwrap();
    println!(
        "notes.txt: len {} is_file {} is_dir {}",
        meta.len(),
        meta.is_file(),
        meta.is_dir()
    );
    let meta = fs::metadata(ROOT).unwrap();
    println!(
        "/sandbox: is_file {} is_dir {}",
        meta.is_file(),
        meta.is_dir()
    );
    println!(
        "metadata of a missing file: {}",
        kind(fs::metadata(path("missing")))
    );
    println!(
        "open of a missing file: {}",
        kind(File::open(path("missing")))
    );
    println!(
        "create_new of an existing file: {}",
        kind(File::create_new(path("notes.txt")))
    );

    // Nested directories.
    fs::create_dir_all(path("a/b/c")).unwrap();
    fs::write(path("a/b/c/deep.txt"), "deep\n").unwrap();
    fs::write(path("a/one.txt"), "1").unwrap();
    fs::write(path("a/two.txt"), "22").unwrap();
    fs::create_dir(path("a/z-dir")).unwrap();
    print!("a/b/c/deep.txt: {}", read("a/b/c/deep.txt"));
    println!("listing a: {:?}", names("a"));
    println!(
        "create_dir of an existing one: {}",
        kind(fs::create_dir(path("a/b")))
    );
    println!(
        "remove_dir of a non-empty one: {}",
        kind(fs::remove_dir(path("a/b")))
    );
    let size: u64 = fs::read_dir(path("a"))
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum();
    println!("bytes in the files of a: {size}");

    // Rename, within a directory and across directories.
    fs::rename(path("notes.txt"), path("renamed.txt")).unwrap();
    println!(
        "old name after rename: {}",
        kind(fs::metadata(path("notes.txt")))
    );
    println!("renamed.txt: {:?}", read("renamed.txt"));
    fs::rename(path("a/one.txt"), path("a/b/moved.txt")).unwrap();
    println!("listing a/b: {:?}", names("a/b"));

    // Remove files and directories.
    fs::remove_file(path("renamed.txt")).unwrap();
    println!("removed file: {}", kind(fs::metadata(path("renamed.txt"))));
    fs::remove_file(path("a/b/c/deep.txt")).unwrap();
    fs::remove_dir(path("a/b/c")).unwrap();
    fs::remove_dir_all(path("a")).unwrap();
    println!("removed tree: {}", kind(fs::metadata(path("a"))));
    println!(
        "remove of a missing file: {}",
        kind(fs::remove_file(path("missing")))
    );
    println!(
        "missing kind is NotFound: {}",
        fs::remove_file(path("missing")).unwrap_err().kind() == ErrorKind::NotFound
    );

    // What the host checks afterwards.
    fs::write(path("result.txt"), "written by the guest\n").unwrap();
    fs::create_dir(path("kept")).unwrap();
    fs::write(path("kept/inner.txt"), "inner\n").unwrap();
    println!("listing /sandbox: {:?}", names(""));
    println!("done");
}
