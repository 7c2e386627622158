//! Tries to leave the preopen `/sandbox` one way, named by the first
//! argument: `dotdot` (`..` past the root), `absolute` (absolute paths),
//! `symlink` (symlinks the host made inside the preopen, pointing out).
//! The host put `outside/secret.txt` (containing `SECRET`) next to the
//! sandbox. Every attempt must fail; each prints its error kind, or
//! `ESCAPED` if it got through. On wasm32-wasip2 the same paths also go to
//! `open-at` directly, below wasi-libc's own path handling.

use std::fs;
use std::io::Write;

fn error(e: &std::io::Error) -> String {
    format!("{:?} (raw {:?})", e.kind(), e.raw_os_error())
}

fn read(path: &str) {
    match fs::read_to_string(path) {
        Ok(text) => println!("read {path}: ESCAPED {text:?}"),
        Err(e) => println!("read {path}: {}", error(&e)),
    }
}

fn write(path: &str) {
    let result = fs::File::create(path).and_then(|mut f| f.write_all(b"planted\n"));
    match result {
        Ok(()) => println!("write {path}: ESCAPED"),
        Err(e) => println!("write {path}: {}", error(&e)),
    }
}

fn list(path: &str) {
    match fs::read_dir(path) {
        Ok(entries) => {
            let mut names: Vec<String> = entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            println!("list {path}: ESCAPED {names:?}");
        }
        Err(e) => println!("list {path}: {}", error(&e)),
    }
}

fn main() {
    let case = std::env::args().nth(1).expect("a case");
    println!("escapes: {case}");
    // The way in works.
    print!(
        "given.txt: {}",
        fs::read_to_string("/sandbox/given.txt").unwrap()
    );
    match case.as_str() {
        "dotdot" => {
            read("/sandbox/../outside/secret.txt");
            read("/sandbox/../../../../etc/passwd");
            read("/sandbox/sub/../../outside/secret.txt");
            read("/sandbox/sub/../sub/../../outside/secret.txt");
            list("/sandbox/..");
            list("/sandbox/sub/../..");
            write("/sandbox/../outside/planted.txt");
            match fs::create_dir("/sandbox/../outside/planted-dir") {
                Ok(()) => println!("create_dir ../outside/planted-dir: ESCAPED"),
                Err(e) => println!("create_dir ../outside/planted-dir: {}", error(&e)),
            }
            // `..` that stays inside is fine.
            print!(
                "sub/../given.txt: {}",
                fs::read_to_string("/sandbox/sub/../given.txt").unwrap()
            );
            raw::open_each(&[
                "..",
                "../outside/secret.txt",
                "sub/../../outside/secret.txt",
                "./../outside/secret.txt",
            ]);
        }
        "absolute" => {
            read("/etc/passwd");
            read("/outside/secret.txt");
            list("/");
            list("/etc");
            write("/planted.txt");
            raw::open_each(&["/etc/passwd", "/", "/sandbox/given.txt", "/given.txt"]);
        }
        "symlink" => {
            // A link that stays inside works.
            print!(
                "link-inside: {}",
                fs::read_to_string("/sandbox/link-inside").unwrap()
            );
            let target = fs::read_link("/sandbox/link-rel").unwrap();
            println!("link-rel points to {}", target.display());
            let meta = fs::symlink_metadata("/sandbox/link-rel").unwrap();
            println!("link-rel is a symlink: {}", meta.file_type().is_symlink());
            read("/sandbox/link-rel");
            read("/sandbox/link-abs");
            read("/sandbox/link-dir/secret.txt");
            read("/sandbox/link-etc/passwd");
            read("/sandbox/sub/link-up/secret.txt");
            list("/sandbox/link-dir");
            list("/sandbox/link-etc");
            write("/sandbox/link-dir/planted.txt");
            match fs::metadata("/sandbox/link-abs") {
                Ok(_) => println!("metadata link-abs: ESCAPED"),
                Err(e) => println!("metadata link-abs: {}", error(&e)),
            }
            raw::open_each(&[
                "link-rel",
                "link-abs",
                "link-dir/secret.txt",
                "link-etc/passwd",
                "sub/link-up/secret.txt",
            ]);
            raw::guest_symlink();
        }
        other => panic!("unknown case {other}"),
    }
    println!("done");
}

#[cfg(target_env = "p2")]
mod raw {
    use wasip2::filesystem::preopens::get_directories;
    use wasip2::filesystem::types::{
        Descriptor, DescriptorFlags, DescriptorType, OpenFlags, PathFlags,
    };

    fn sandbox() -> Descriptor {
        get_directories()
            .into_iter()
            .find(|(_, name)| name == "/sandbox")
            .map(|(dir, _)| dir)
            .expect("the preopen /sandbox")
    }

    fn open(dir: &Descriptor, path: &str, path_flags: PathFlags) {
        let result = dir.open_at(path_flags, path, OpenFlags::empty(), DescriptorFlags::READ);
        match result {
            Ok(file) => {
                let contents = file.read(100, 0).map(|(bytes, _)| bytes);
                println!("open-at {path:?} ({path_flags:?}): ESCAPED {contents:?}");
            }
            Err(code) => println!("open-at {path:?} ({path_flags:?}): {}", code.name()),
        }
        match dir.stat_at(path_flags, path) {
            // Not following, the link itself: nothing of the outside.
            Ok(stat)
                if path_flags == PathFlags::empty()
                    && matches!(stat.type_, DescriptorType::SymbolicLink) =>
            {
                println!("stat-at {path:?} ({path_flags:?}): the link itself")
            }
            Ok(stat) => println!(
                "stat-at {path:?} ({path_flags:?}): ESCAPED {:?}",
                stat.type_
            ),
            Err(code) => println!("stat-at {path:?} ({path_flags:?}): {}", code.name()),
        }
    }

    /// Each path, relative to the preopen, straight to `open-at` and
    /// `stat-at`, with and without following symlinks.
    pub(crate) fn open_each(paths: &[&str]) {
        let dir = sandbox();
        for path in paths {
            open(&dir, path, PathFlags::SYMLINK_FOLLOW);
            open(&dir, path, PathFlags::empty());
        }
    }

    /// A symlink the guest makes pointing out: making it may or may not be
    /// allowed, following it must fail.
    pub(crate) fn guest_symlink() {
        let dir = sandbox();
        for (target, name) in [
            ("../outside/secret.txt", "guest-rel"),
            ("/etc/passwd", "guest-abs"),
        ] {
            match dir.symlink_at(target, name) {
                Ok(()) => {
                    println!("symlink-at {name} -> {target}: made");
                    open(&dir, name, PathFlags::SYMLINK_FOLLOW);
                }
                Err(code) => println!("symlink-at {name} -> {target}: {}", code.name()),
            }
        }
    }
}

#[cfg(not(target_env = "p2"))]
mod raw {
    pub(crate) fn open_each(_: &[&str]) {}
    pub(crate) fn guest_symlink() {}
}
