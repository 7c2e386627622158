//! A C program on wasi-libc (clang-19, wasm32-wasi), made a component with
//! canon-encode and the preview1 command adapter: printing, arguments,
//! environment, a file written, read back and listed.

use std::fs;
use std::path::Path;

use crate::guests::Guest;
use crate::runtimes::{Exit, Perms, Setup, run_all};

fn prepare(root: &Path) {
    fs::write(root.join("sandbox/given.txt"), "from the host\n").unwrap();
}

#[test]
fn c_hello_args_and_a_file() {
    let setup = Setup::new()
        .args(&["first", "second arg"])
        .env("CANON_NAME", "canon")
        .sandbox(Perms::ReadWrite, prepare);
    let runs = run_all(Guest::C, &setup);
    assert_eq!(
        runs.stdout(),
        "hello from C\n\
         arg 0: hello-c\n\
         arg 1: first\n\
         arg 2: second arg\n\
         CANON_NAME=canon\n\
         read back: written by C: 3 args\n\
         size: 21\n\
         fopen outside the sandbox: Operation not permitted\n\
         entry: from-c.txt\n\
         entry: given.txt\n"
    );
    assert_eq!(runs.stderr(), "C stderr line\n");
    // `main` returns `atoi("second arg")`, 0.
    assert_eq!(runs.exit(), &Exit::Code(0));
    for (runtime, root) in runs.roots() {
        assert_eq!(
            fs::read_to_string(root.join("sandbox/from-c.txt")).unwrap(),
            "written by C: 3 args\n",
            "{runtime}"
        );
        assert!(!root.join("escape.txt").exists(), "{runtime}");
    }
}

#[test]
fn c_exit_status() {
    // `main` returns 5: wasi-libc calls `proc_exit(5)`, which the adapter
    // turns into `exit(err)`.
    let setup = Setup::new()
        .args(&["first", "5"])
        .sandbox(Perms::ReadWrite, prepare);
    let runs = run_all(Guest::C, &setup);
    assert!(
        runs.stdout().starts_with("hello from C\n"),
        "{}",
        runs.stdout()
    );
    assert_eq!(runs.exit(), &Exit::Code(1));
}
