//! `canon run` on hand-written components, on both backends: `--invoke`,
//! commands and their exit codes, and `--max-memory`. Flags come before the
//! component, as with `wasmtime run`; what follows it goes to the guest.

use std::path::PathBuf;
use std::process::{Command, Output};

fn canon(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_canon"))
        .args(args)
        .output()
        .expect("canon runs")
}

/// A component with an import `log` that `add` never calls and `shout`
/// does, a `greet` returning a string, and an exported interface.
const COMPONENT: &str = r#"
(component
  (import "log" (func $log (param "msg" u32)))
  (core module $m
    (import "host" "log" (func $log (param i32)))
    (memory (export "memory") 1)
    (data (i32.const 16) "hello, world")
    (func (export "add") (param i32 i32) (result i32)
      (i32.add (local.get 0) (local.get 1)))
    (func (export "greet") (result i32)
      (i32.store (i32.const 0) (i32.const 16))
      (i32.store (i32.const 4) (i32.const 12))
      (i32.const 0))
    (func (export "shout") (param i32)
      (call $log (local.get 0)))
  )
  (core func $log_lowered (canon lower (func $log)))
  (core instance $host (export "log" (func $log_lowered)))
  (core instance $i (instantiate $m (with "host" (instance $host))))
  (func $add (param "a" u32) (param "b" u32) (result u32)
    (canon lift (core func $i "add")))
  (func $greet (result string)
    (canon lift (core func $i "greet") (memory (core memory $i "memory"))))
  (func $shout (param "n" u32) (canon lift (core func $i "shout")))
  (export "add" (func $add))
  (export "greet" (func $greet))
  (export "shout" (func $shout))
  (instance $api (export "add" (func $add)))
  (export "a:b/api" (instance $api))
)
"#;

fn component(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("run-{test}.wasm"));
    std::fs::write(&path, wat::parse_str(COMPONENT).unwrap()).unwrap();
    path
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn invoke_prints_the_result_as_wave_on_both_backends() {
    let path = component("invoke");
    let path = path.to_str().unwrap();
    let out = canon(&[
        "run",
        "--trap-unknown-imports",
        "--backend",
        "both",
        "--invoke",
        "add(40, 2)",
        path,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "wasmi: 42\nwasmtime: 42\n");

    let out = canon(&["run", "--trap-unknown-imports", "--invoke", "greet()", path]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "\"hello, world\"\n");

    let out = canon(&[
        "run",
        "--trap-unknown-imports",
        "--backend",
        "wasmi",
        "--invoke",
        "a:b/api#add(1, 2)",
        path,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "3\n");
}

#[test]
fn an_unresolved_import_is_named() {
    let path = component("unresolved");
    let out = canon(&["run", "--invoke", "add(1, 2)", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("`log`"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn trapping_unknown_imports_trap_when_called() {
    let path = component("trapping");
    let out = canon(&[
        "run",
        "--trap-unknown-imports",
        "--invoke",
        "shout(7)",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("calling `shout(7)`"), "{err}");
    assert!(err.contains("log"), "{err}");
}

#[test]
fn bad_invocations_are_one_line_errors() {
    let path = component("bad");
    let path = path.to_str().unwrap();
    for (invoke, expected) in [
        ("add", "expected a call"),
        ("nope()", "exports no function `nope`"),
        ("add(1)", "add(1)"),
        ("add(\"x\", 2)", "add(\"x\", 2)"),
    ] {
        let out = canon(&["run", "--trap-unknown-imports", "--invoke", invoke, path]);
        assert_eq!(out.status.code(), Some(1), "{invoke}");
        let err = stderr(&out);
        assert!(err.contains(expected), "{invoke}: {err}");
        assert_eq!(err.lines().count(), 1, "{invoke}: {err}");
    }
}

/// A core-wasm loop growing memory one page at a time until `memory.grow`
/// fails, returning how many pages it has then.
const GROWER: &str = r#"(component
  (core module $m
    (memory (export "memory") 1)
    (func (export "grow") (result i32)
      (block $full
        (loop $again
          (br_if $full (i32.eq (memory.grow (i32.const 1)) (i32.const -1)))
          (br $again)))
      (memory.size)))
  (core instance $i (instantiate $m))
  (func (export "grow") (result u32) (canon lift (core func $i "grow"))))"#;

#[test]
fn max_memory_bounds_memory_grow_on_both_backends() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("grower.wasm");
    std::fs::write(&path, wat::parse_str(GROWER).unwrap()).unwrap();
    let path = path.to_str().unwrap();
    for backend in ["wasmi", "wasmtime"] {
        // 1 MiB is 16 pages: the loop stops there, and the host goes on.
        let out = canon(&[
            "run",
            "--backend",
            backend,
            "--max-memory",
            "1M",
            "--invoke",
            "grow()",
            path,
        ]);
        assert!(out.status.success(), "{backend}: {}", stderr(&out));
        assert_eq!(stdout(&out).trim(), "16", "{backend}");
        // The default is 1 GiB: 16384 pages.
        let out = canon(&["run", "--backend", backend, "--invoke", "grow()", path]);
        assert!(out.status.success(), "{backend}: {}", stderr(&out));
        assert_eq!(stdout(&out).trim(), "16384", "{backend}");
    }
    let out = canon(&["run", "--max-memory", "lots", "--invoke", "grow()", path]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("not a byte count"),
        "{}",
        stderr(&out)
    );
}

/// A WASI command: `run` reads its arguments and exits with their count
/// through `exit-with-code`, or, given `trap` as its first argument, traps,
/// or, given `err`, returns `err` from `run`.
const COMMAND: &str = r#"(component
  (import "wasi:cli/environment@0.2.3" (instance $env
    (export "get-arguments" (func (result (list string))))))
  (import "wasi:cli/exit@0.2.12" (instance $exit
    (export "exit-with-code" (func (param "status-code" u8)))))
  (alias export $env "get-arguments" (func $args))
  (alias export $exit "exit-with-code" (func $exit))
  (core module $libc
    (memory (export "memory") 1)
    (global $bump (mut i32) (i32.const 1024))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32)
      (local $p i32)
      (local.set $p (i32.and (i32.add (global.get $bump) (i32.const 7)) (i32.const -8)))
      (global.set $bump (i32.add (local.get $p) (local.get 3)))
      (local.get $p)))
  (core instance $libc (instantiate $libc))
  (core func $args (canon lower (func $args)
    (memory (core memory $libc "memory")) (realloc (core func $libc "realloc"))))
  (core func $exit (canon lower (func $exit)))
  (core module $m
    (import "libc" "memory" (memory 1))
    (import "wasi" "args" (func $args (param i32)))
    (import "wasi" "exit" (func $exit (param i32)))
    (func (export "run") (result i32)
      (local $list i32) (local $first i32)
      (call $args (i32.const 0))
      (local.set $list (i32.load (i32.const 0)))
      ;; The second argument (the first after the program's name), if any.
      (if (i32.ge_u (i32.load (i32.const 4)) (i32.const 2))
        (then
          (local.set $first (i32.load (i32.add (local.get $list) (i32.const 8))))
          (if (i32.eq (i32.load8_u (local.get $first)) (i32.const 116)) ;; 't'
            (then unreachable))
          (if (i32.eq (i32.load8_u (local.get $first)) (i32.const 101)) ;; 'e'
            (then (return (i32.const 1))))))
      (call $exit (i32.load (i32.const 4)))
      unreachable))
  (core instance $i (instantiate $m
    (with "libc" (instance $libc))
    (with "wasi" (instance (export "args" (func $args)) (export "exit" (func $exit))))))
  (func $run (result (result)) (canon lift (core func $i "run")))
  (instance $run (export "run" (func $run)))
  (export "wasi:cli/run@0.2.0" (instance $run)))"#;

#[test]
fn commands_run_with_exit_codes_from_exit_results_and_traps() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("command.wasm");
    std::fs::write(&path, wat::parse_str(COMMAND).unwrap()).unwrap();
    let path = path.to_str().unwrap();
    for backend in ["wasmi", "wasmtime"] {
        let code = |args: &[&str]| {
            let mut all = vec!["run", "--backend", backend, path];
            all.extend_from_slice(args);
            canon(&all)
        };
        // `exit-with-code(argc)`: the name plus the arguments.
        assert_eq!(code(&[]).status.code(), Some(1), "{backend}");
        assert_eq!(code(&["a", "b", "c"]).status.code(), Some(4), "{backend}");
        // Arguments that look like flags go to the guest.
        assert_eq!(code(&["--x", "-y"]).status.code(), Some(3), "{backend}");
        // `run` returning `err` is exit code 1, quietly.
        let out = code(&["err"]);
        assert_eq!(out.status.code(), Some(1), "{backend}");
        assert_eq!(stderr(&out), "", "{backend}");
        // A trap prints the trap and exits with 134, as `wasmtime run` does.
        let out = code(&["trap"]);
        assert_eq!(out.status.code(), Some(134), "{backend}");
        assert!(
            stderr(&out).contains("unreachable"),
            "{backend}: {}",
            stderr(&out)
        );
    }
    // `--invoke` calls an export of a component that imports WASI, with the
    // guest's arguments; `run` returning `err` prints as WAVE.
    for backend in ["wasmi", "wasmtime"] {
        let out = canon(&[
            "run",
            "--backend",
            backend,
            "--invoke",
            "wasi:cli/run@0.2.0#run()",
            path,
            "err",
        ]);
        assert!(out.status.success(), "{backend}: {}", stderr(&out));
        assert_eq!(stdout(&out), "err\n", "{backend}");
    }

    // Imports of a WASI release newer than the vendored 0.2.12 link too,
    // through semver-compatible linking, and an export of `wasi:cli/run` at
    // any 0.2.y runs.
    let newer = COMMAND
        .replace("wasi:cli/environment@0.2.3", "wasi:cli/environment@0.2.40")
        .replace("wasi:cli/run@0.2.0", "wasi:cli/run@0.2.41");
    let newer_path = dir.join("command-newer.wasm");
    std::fs::write(&newer_path, wat::parse_str(&newer).unwrap()).unwrap();
    let out = canon(&[
        "run",
        "--backend",
        "both",
        newer_path.to_str().unwrap(),
        "x",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));

    // A component without `wasi:cli/run` is not a command.
    let not_command = component("not-a-command");
    let out = canon(&[
        "run",
        "--trap-unknown-imports",
        not_command.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not a command"), "{}", stderr(&out));
}
