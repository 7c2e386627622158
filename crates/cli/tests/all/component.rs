//! `canon component embed | new | wit` end to end.

use std::path::PathBuf;
use std::process::{Command, Output};

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

/// A WIT file of its own for each test, as tests run in parallel.
fn wit_file(test: &str) -> PathBuf {
    let path = scratch(&format!("{test}.wit"));
    std::fs::write(
        &path,
        "package a:hello;\n\ninterface host {\n  log: func(msg: string);\n}\n\nworld w {\n  import host;\n  export run: func(n: u32) -> string;\n}\n",
    )
    .unwrap();
    path
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn dummy_embed_new_wit_prints_the_world() {
    let wit = wit_file("whole-path");
    let module = scratch("dummy.wasm");
    let component = scratch("dummy.component.wasm");
    let out = canon(&[
        "component",
        "embed",
        wit.to_str().unwrap(),
        "--world",
        "w",
        "--dummy",
        "-o",
        module.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = canon(&[
        "component",
        "new",
        module.to_str().unwrap(),
        "-o",
        component.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&component).unwrap();
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
        .validate_all(&bytes)
        .unwrap();
    let out = canon(&["component", "wit", component.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(
            "world root {\n  import a:hello/host;\n  export run: func(n: u32) -> string;\n}"
        ),
        "{text}"
    );
    assert!(
        text.contains("package a:hello {\n  interface host {\n    log: func(msg: string);\n  }"),
        "{text}"
    );
}

#[test]
fn wit_of_a_wit_file_prints_it() {
    let wit = wit_file("print");
    let out = canon(&["component", "wit", wit.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text,
        format!("{}\n", std::fs::read_to_string(&wit).unwrap().trim_end())
    );
}

#[test]
fn bad_inputs_are_one_line_errors_with_exit_code_1() {
    let wit = wit_file("errors");
    let missing = scratch("does-not-exist.wasm");
    let not_wasm = scratch("not-wasm.wasm");
    std::fs::write(&not_wasm, b"hello").unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["component", "new", missing.to_str().unwrap()],
            "cannot read",
        ),
        (
            vec!["component", "new", not_wasm.to_str().unwrap()],
            "magic header",
        ),
        (
            vec!["component", "wit", not_wasm.to_str().unwrap()],
            "magic header",
        ),
        (
            vec![
                "component",
                "embed",
                wit.to_str().unwrap(),
                "--world",
                "nope",
                "--dummy",
            ],
            "nope",
        ),
        (vec!["component", "embed", wit.to_str().unwrap()], "--dummy"),
        (
            vec![
                "component",
                "new",
                not_wasm.to_str().unwrap(),
                "--adapt",
                "x=does-not-exist.wasm",
            ],
            "cannot read",
        ),
        (
            vec![
                "component",
                "new",
                not_wasm.to_str().unwrap(),
                "--adapt",
                "wasi_snapshot_preview1",
            ],
            "expected NAME=FILE",
        ),
    ];
    for (args, needle) in cases {
        let out = canon(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.starts_with("error: ") && err.contains(needle),
            "{args:?}: {err}"
        );
    }
}
