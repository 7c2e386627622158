//! `canon component new --adapt`: a preview1 command module with the real
//! command adapter becomes a component of the `wasi:cli` command world.

use std::path::PathBuf;
use std::process::{Command, Output};

use wasi_preview1_component_adapter_provider::WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER;

fn canon(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_canon"))
        .args(args)
        .output()
        .expect("canon runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// A core module that writes to a file descriptor and exits, as a preview1
/// command does, with no component metadata of its own.
const COMMAND: &str = r#"(module
  (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func (param i32)))
  (memory (export "memory") 1)
  (func (export "_start")))"#;

#[test]
fn a_command_module_with_the_command_adapter_becomes_a_command_component() {
    let module = scratch("adapt-command.wasm");
    let adapter = scratch("adapt-command-adapter.wasm");
    let component = scratch("adapt-command.component.wasm");
    std::fs::write(&module, wat::parse_str(COMMAND).unwrap()).unwrap();
    std::fs::write(&adapter, WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER).unwrap();
    let adapt = format!("wasi_snapshot_preview1={}", adapter.display());
    let out = canon(&[
        "component",
        "new",
        module.to_str().unwrap(),
        "--adapt",
        &adapt,
        "-o",
        component.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&component).unwrap();
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
        .validate_all(&bytes)
        .unwrap();
    let out = canon(&["component", "wit", component.to_str().unwrap()]);
    assert!(out.status.success());
    let wit = String::from_utf8_lossy(&out.stdout);
    assert!(wit.contains("export wasi:cli/run@"), "{wit}");
    assert!(wit.contains("import wasi:cli/exit@"), "{wit}");
    // Trimmed to what fd_write and proc_exit reach.
    assert!(!wit.contains("wasi:sockets"), "{wit}");
}

#[test]
fn a_bad_adapt_argument_is_a_one_line_error() {
    let module = scratch("adapt-bad.wasm");
    std::fs::write(&module, wat::parse_str(COMMAND).unwrap()).unwrap();
    let missing = scratch("adapt-missing-adapter.wasm");
    let missing = format!("wasi_snapshot_preview1={}", missing.display());
    for (adapt, expected) in [
        ("wasi_snapshot_preview1", "NAME=FILE"),
        (missing.as_str(), "adapt-missing-adapter.wasm"),
    ] {
        let out = canon(&[
            "component",
            "new",
            module.to_str().unwrap(),
            "--adapt",
            adapt,
            "-o",
            scratch("adapt-bad.component.wasm").to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(1), "{adapt}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expected), "{adapt}: {err}");
        assert_eq!(err.lines().count(), 1, "{adapt}: {err}");
    }
}
