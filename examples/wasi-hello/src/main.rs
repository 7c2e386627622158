//! A WASI command: greets its arguments, reads an environment variable,
//! writes and reads back a file in the directory the host grants, lists
//! that directory, and exits with a status the host sees.

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    println!("hello from a WASI 0.2 command; args: {:?}", &args[1..]);
    let who = std::env::var("GREETING").unwrap_or_else(|_| "nobody".into());
    println!("GREETING={who}");

    let path = "/sandbox/note.txt";
    let mut file = std::fs::File::create(path).expect("create in the preopen");
    writeln!(file, "written by the guest").expect("write");
    drop(file);
    let back = std::fs::read_to_string(path).expect("read back");
    println!("{path}: {}", back.trim_end());
    let mut names: Vec<String> = std::fs::read_dir("/sandbox")
        .expect("list the preopen")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    println!("/sandbox holds {names:?}");
    // Outside the preopen there is nothing to reach.
    match std::fs::read_to_string("/etc/passwd") {
        Ok(_) => println!("/etc/passwd: readable (the sandbox leaked!)"),
        Err(e) => println!("/etc/passwd: {:?}", e.kind()),
    }
    // Rust's std reports any non-zero exit as `wasi:cli/exit`'s `err`,
    // which hosts turn into status 1.
    let status = if args.len() > 1 { 1 } else { 0 };
    eprintln!("exiting with status {status}");
    std::process::exit(status);
}
