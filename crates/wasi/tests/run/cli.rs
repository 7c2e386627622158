//! `wasi:cli` and `wasi:io` streams: stdout and stderr, arguments and
//! environment, stdin, exit statuses.

use crate::guests::{Guest, Target};
use crate::on_both_targets;
use crate::runtimes::{Exit, Setup, UNREACHABLE, run_all};

on_both_targets! {
    /// A line on stdout, one on stderr, status 0.
    fn hello(target: Target) {
        let runs = run_all(Guest::Rust("hello", target), &Setup::new());
        assert_eq!(runs.stdout(), "hello\n");
        assert_eq!(runs.stderr(), "hello on stderr\n");
        assert_eq!(runs.exit(), &Exit::Code(0));
    }
}

on_both_targets! {
    /// Arguments and environment arrive whole and in order, unicode and
    /// empty strings included, and nothing else is in the environment.
    fn args_env(target: Target) {
        let guest = Guest::Rust("args_env", target);
        let setup = Setup::new()
            .args(&["one", "two words", "ünïcödé", "--flag=x", ""])
            .env("CANON_A", "1")
            .env("CANON_B", "two words")
            .env("CANON_EMPTY", "")
            .env("CANON_UNICODE", "héllo wörld")
            .env("PATH", "/bin:/usr/bin");
        let runs = run_all(guest, &setup);
        let expected = format!(
            "arg 0: {:?}\n\
             arg 1: \"one\"\n\
             arg 2: \"two words\"\n\
             arg 3: \"ünïcödé\"\n\
             arg 4: \"--flag=x\"\n\
             arg 5: \"\"\n\
             env CANON_A=\"1\"\n\
             env CANON_B=\"two words\"\n\
             env CANON_EMPTY=\"\"\n\
             env CANON_UNICODE=\"héllo wörld\"\n\
             env PATH=\"/bin:/usr/bin\"\n\
             CANON_MISSING: environment variable not found\n",
            guest.name()
        );
        assert_eq!(runs.stdout(), expected);
        assert_eq!(runs.exit(), &Exit::Code(0));
    }
}

on_both_targets! {
    /// No arguments but `argv[0]`, an empty environment.
    fn args_env_empty(target: Target) {
        let guest = Guest::Rust("args_env", target);
        let runs = run_all(guest, &Setup::new());
        let expected = format!(
            "arg 0: {:?}\nCANON_MISSING: environment variable not found\n",
            guest.name()
        );
        assert_eq!(runs.stdout(), expected);
    }
}

on_both_targets! {
    /// stdin to stdout, uppercased; the byte count on stderr.
    fn cat_upper(target: Target) {
        let input = "hello, world\nsecond line: ünïcode stays\n";
        let setup = Setup::new().stdin(input);
        let runs = run_all(Guest::Rust("cat_upper", target), &setup);
        assert_eq!(runs.stdout(), "HELLO, WORLD\nSECOND LINE: üNïCODE STAYS\n");
        assert_eq!(runs.stderr(), format!("{} bytes\n", input.len()));
        assert_eq!(runs.exit(), &Exit::Code(0));
    }
}

on_both_targets! {
    /// Half a megabyte through stdin and stdout, in many reads and writes.
    fn cat_upper_large(target: Target) {
        let input: String = (0..25_000)
            .map(|i| format!("line {i:05} of the input\n"))
            .collect();
        assert!(input.len() > 500_000);
        let setup = Setup::new().stdin(input.clone());
        let runs = run_all(Guest::Rust("cat_upper", target), &setup);
        assert_eq!(runs.stdout(), input.to_ascii_uppercase());
        assert_eq!(runs.stderr(), format!("{} bytes\n", input.len()));
    }
}

on_both_targets! {
    /// Empty stdin: nothing out, 0 bytes.
    fn cat_upper_empty(target: Target) {
        let runs = run_all(Guest::Rust("cat_upper", target), &Setup::new());
        assert_eq!(runs.stdout(), "");
        assert_eq!(runs.stderr(), "0 bytes\n");
    }
}

/// Runs `exit_code` with `how` on all three; returns the status.
fn exit_code(target: Target, how: &str) -> (Exit, String) {
    let runs = run_all(Guest::Rust("exit_code", target), &Setup::new().args(&[how]));
    assert_eq!(runs.stdout(), format!("exit-code: {how}\n"));
    (runs.exit().clone(), runs.stderr().to_string())
}

/// The status `std::process::exit(code)` reaches the host with: wasi-libc
/// (on wasm32-wasip2) and the preview1 adapter both call `exit(err)` for
/// any code but 0, which is status 1.
fn reported(code: i32) -> Exit {
    Exit::Code(if code == 0 { 0 } else { 1 })
}

on_both_targets! {
    /// `std::process::exit(3)`.
    fn exit_3(target: Target) {
        let (exit, stderr) = exit_code(target, "3");
        assert_eq!(exit, reported(3));
        assert_eq!(stderr, "");
    }
}

on_both_targets! {
    /// `std::process::exit(42)`.
    fn exit_42(target: Target) {
        let (exit, _) = exit_code(target, "42");
        assert_eq!(exit, reported(42));
    }
}

on_both_targets! {
    /// `wasi:cli/exit.exit-with-code(3)` (`std::process::exit(3)` on
    /// wasip1): the status itself.
    fn exit_with_code_3(target: Target) {
        let runs = run_all(
            Guest::Rust("exit_code", target),
            &Setup::new().args(&["with-code", "3"]),
        );
        assert_eq!(runs.stdout(), "exit-code: with-code\n");
        let expected = match target {
            Target::P2 => Exit::Code(3),
            Target::P1 => reported(3),
        };
        assert_eq!(runs.exit(), &expected);
    }
}

on_both_targets! {
    /// `std::process::exit(0)`: `wasi:cli/exit` with success.
    fn exit_0(target: Target) {
        let (exit, _) = exit_code(target, "0");
        assert_eq!(exit, Exit::Code(0));
    }
}

on_both_targets! {
    /// `main` returns.
    fn exit_by_returning(target: Target) {
        let (exit, stderr) = exit_code(target, "return");
        assert_eq!(exit, Exit::Code(0));
        assert_eq!(stderr, "");
    }
}

on_both_targets! {
    /// `main` returns an error: the message on stderr, status 1.
    fn exit_by_returning_an_error(target: Target) {
        let (exit, stderr) = exit_code(target, "error");
        assert_eq!(exit, Exit::Code(1));
        assert_eq!(stderr, "Error: \"main failed on purpose\"\n");
    }
}

on_both_targets! {
    /// A panic: the message on stderr, then `abort`, an `unreachable` trap.
    fn exit_by_panicking(target: Target) {
        let (exit, stderr) = exit_code(target, "panic");
        assert_eq!(exit, Exit::Trap(UNREACHABLE.to_string()));
        assert!(
            stderr.contains("panicked at") && stderr.contains("the guest panics on purpose"),
            "{stderr}"
        );
    }
}
