//! `canon run --invoke` on a hand-written component, on both backends.

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
        path,
        "--trap-unknown-imports",
        "--backend",
        "both",
        "--invoke",
        "add(40, 2)",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "wasmi: 42\nwasmtime: 42\n");

    let out = canon(&["run", path, "--trap-unknown-imports", "--invoke", "greet()"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "\"hello, world\"\n");

    let out = canon(&[
        "run",
        path,
        "--trap-unknown-imports",
        "--backend",
        "wasmi",
        "--invoke",
        "a:b/api#add(1, 2)",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "3\n");
}

#[test]
fn an_unresolved_import_is_named() {
    let path = component("unresolved");
    let out = canon(&["run", path.to_str().unwrap(), "--invoke", "add(1, 2)"]);
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
        path.to_str().unwrap(),
        "--trap-unknown-imports",
        "--invoke",
        "shout(7)",
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
        let out = canon(&["run", path, "--trap-unknown-imports", "--invoke", invoke]);
        assert_eq!(out.status.code(), Some(1), "{invoke}");
        let err = stderr(&out);
        assert!(err.contains(expected), "{invoke}: {err}");
        assert_eq!(err.lines().count(), 1, "{invoke}: {err}");
    }
}
