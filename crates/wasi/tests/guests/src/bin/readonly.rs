//! Under a read-only preopen `/sandbox`: reading works, every kind of
//! write is refused. Prints each outcome's error kind.

use std::fs::{self, File, OpenOptions};
use std::io::Write;

fn outcome<T>(what: &str, result: std::io::Result<T>) {
    match result {
        Ok(_) => println!("{what}: ALLOWED"),
        Err(e) => println!("{what}: {:?} (raw {:?})", e.kind(), e.raw_os_error()),
    }
}

fn main() {
    print!(
        "given.txt: {}",
        fs::read_to_string("/sandbox/given.txt").unwrap()
    );
    let mut names: Vec<String> = fs::read_dir("/sandbox")
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    println!("listing: {names:?}");
    println!("len: {}", fs::metadata("/sandbox/given.txt").unwrap().len());

    outcome("create", File::create("/sandbox/new.txt"));
    outcome("create_new", File::create_new("/sandbox/new.txt"));
    outcome(
        "open for writing",
        OpenOptions::new().write(true).open("/sandbox/given.txt"),
    );
    outcome(
        "open for appending",
        OpenOptions::new().append(true).open("/sandbox/given.txt"),
    );
    outcome(
        "open truncating",
        OpenOptions::new()
            .write(true)
            .truncate(true)
            .open("/sandbox/given.txt"),
    );
    outcome("create_dir", fs::create_dir("/sandbox/dir"));
    outcome("remove_file", fs::remove_file("/sandbox/given.txt"));
    outcome("remove_dir", fs::remove_dir("/sandbox/sub"));
    outcome(
        "rename",
        fs::rename("/sandbox/given.txt", "/sandbox/renamed.txt"),
    );
    // A file opened for reading cannot be written through.
    let mut file = File::open("/sandbox/given.txt").unwrap();
    outcome("write to a read-only handle", file.write_all(b"x"));
    outcome("set_len", file.set_len(0));
    print!(
        "given.txt still: {}",
        fs::read_to_string("/sandbox/given.txt").unwrap()
    );
}
