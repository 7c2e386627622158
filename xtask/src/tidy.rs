//! Tidy checks, run as tests: the layering invariants of `ARCHITECTURE.md`
//! and the code conventions every crate follows.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace root")
        .to_path_buf()
}

/// The names in the `[dependencies]` table of a crate manifest (not dev- or
/// build-dependencies: tests may use oracles).
fn normal_dependencies(manifest: &str) -> Vec<String> {
    let mut in_dependencies = false;
    let mut names = Vec::new();
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_dependencies = line == "[dependencies]";
            continue;
        }
        if !in_dependencies || line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.split(['=', '.']).next() {
            names.push(name.trim().to_string());
        }
    }
    names
}

fn crate_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("crates"))
        .expect("crates/ exists")
        .map(|entry| entry.expect("readable crates/").path())
        .filter(|path| path.join("Cargo.toml").exists())
        .collect();
    dirs.sort();
    dirs
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("readable directory").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// Every library and binary source file of the workspace (not tests or golden data).
fn source_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in crate_dirs() {
        rust_files(&dir.join("src"), &mut files);
    }
    rust_files(&root().join("xtask/src"), &mut files);
    files
}

fn check_forbidden_dependencies(crate_dir: &str, forbidden: &[&str]) {
    let manifest_path = root().join("crates").join(crate_dir).join("Cargo.toml");
    let Ok(manifest) = std::fs::read_to_string(&manifest_path) else {
        // The crate does not exist yet: nothing to check.
        return;
    };
    for dependency in normal_dependencies(&manifest) {
        assert!(
            !forbidden.contains(&dependency.as_str()),
            "crates/{crate_dir} must not depend on `{dependency}` (see ARCHITECTURE.md)"
        );
    }
}

#[test]
fn wit_and_abi_know_nothing_of_binaries_or_engines() {
    let forbidden = [
        "wasmparser",
        "wasm-encoder",
        "wit-component",
        "wasmtime",
        "wasmi",
        "canon-encode",
        "canon-host",
        "canon-backend-wasmi",
        "canon-backend-wasmtime",
    ];
    check_forbidden_dependencies("wit", &forbidden);
    check_forbidden_dependencies("abi", &forbidden);
}

#[test]
fn host_knows_no_engine() {
    check_forbidden_dependencies(
        "host",
        &[
            "wasmtime",
            "wasmtime-environ",
            "wasmi",
            "canon-backend-wasmi",
            "canon-backend-wasmtime",
        ],
    );
}

#[test]
fn wasi_sees_only_canon_host() {
    let manifest =
        std::fs::read_to_string(root().join("crates/wasi/Cargo.toml")).expect("crates/wasi exists");
    let dependencies = normal_dependencies(&manifest);
    assert!(
        dependencies.iter().any(|d| d == "canon-host"),
        "canon-wasi is written on canon-host"
    );
    for dependency in &dependencies {
        assert!(
            !dependency.starts_with("canon-") || dependency == "canon-host",
            "crates/wasi must see only canon-host, not `{dependency}` (see ARCHITECTURE.md)"
        );
        assert!(
            ![
                "wasmtime",
                "wasmtime-wasi",
                "wasmi",
                "wasmparser",
                "wasm-encoder"
            ]
            .contains(&dependency.as_str()),
            "crates/wasi must not depend on `{dependency}`: it runs on any backend"
        );
    }
    let lib = std::fs::read_to_string(root().join("crates/wasi/src/lib.rs"))
        .expect("crates/wasi/src/lib.rs exists");
    assert!(
        lib.contains("#![forbid(unsafe_code)]"),
        "crates/wasi/src/lib.rs must say #![forbid(unsafe_code)]"
    );
}

#[test]
fn host_forbids_unsafe_code() {
    let Ok(lib) = std::fs::read_to_string(root().join("crates/host/src/lib.rs")) else {
        return;
    };
    assert!(
        lib.contains("#![forbid(unsafe_code)]"),
        "crates/host/src/lib.rs must say #![forbid(unsafe_code)]"
    );
}

/// Definitions that only canon-abi may contain: the ABI rules live in one place.
const ABI_RULES: &[&str] = &[
    "const MAX_FLAT_PARAMS",
    "const MAX_FLAT_RESULTS",
    "fn align_to(",
    "fn join(",
    "fn flatten",
    "fn discriminant_size",
];

#[test]
fn abi_rules_are_defined_only_in_canon_abi() {
    let abi_src = root().join("crates/abi/src");
    for file in source_files() {
        // This file names the rules in order to look for them.
        if file.starts_with(&abi_src) || file.ends_with("xtask/src/tidy.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("readable source");
        for rule in ABI_RULES {
            assert!(
                !text.contains(rule),
                "{} defines `{rule}`: ABI rules belong to canon-abi",
                file.display()
            );
        }
    }
}

#[test]
fn every_module_starts_with_a_doc_line() {
    for file in source_files() {
        let text = std::fs::read_to_string(&file).expect("readable source");
        let first = text
            .lines()
            .find(|line| !line.trim().is_empty())
            .unwrap_or("");
        assert!(
            first.starts_with("//!"),
            "{} must open with a `//!` line saying what it is for",
            file.display()
        );
    }
}

#[test]
fn no_debugging_leftovers_or_hidden_tests() {
    let mut files = source_files();
    for dir in crate_dirs() {
        rust_files(&dir.join("tests"), &mut files);
    }
    // Spelled in pieces so that this file does not trip its own check.
    let banned = [
        ["dbg", "!("].concat(),
        ["todo", "!("].concat(),
        ["#[", "ignore"].concat(),
        ["#[", "should_panic"].concat(),
    ];
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable source");
        for pattern in &banned {
            assert!(
                !text.contains(pattern.as_str()),
                "{} contains `{pattern}`",
                file.display()
            );
        }
    }
}

#[test]
fn dependency_tables_are_read() {
    let manifest = "[package]\nname = \"x\"\n\n[dependencies]\nfoo.workspace = true\nbar = { version = \"1\" }\n\n[dev-dependencies]\nbaz = \"1\"\n";
    assert_eq!(normal_dependencies(manifest), ["foo", "bar"]);
}
