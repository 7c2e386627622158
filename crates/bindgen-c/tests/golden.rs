//! Golden snapshots of the generated header and source for every test-wits
//! world (`BLESS=1` rewrites them), and a compile check of all of them with
//! clang-19 for wasm32-wasi: the source as C11, the header from C++17, both
//! with `-Wall -Wextra -Werror`.

use std::path::{Path, PathBuf};
use std::process::Command;

use canon_bindgen_c::{Bindings, Options, StringEncoding, generate};

/// Every (snapshot name, loaded package, world) of the corpus.
fn worlds() -> Vec<(String, canon_wit::Loaded, canon_wit::WorldId)> {
    let mut out = Vec::new();
    for entry in canon_wit::corpus_entries(&canon_wit::test_wits_dir()).unwrap() {
        let loaded = canon_wit::Loader::new()
            .all_features(true)
            .load_path(&entry.path)
            .unwrap();
        let worlds: Vec<_> = loaded.resolve.packages[loaded.package]
            .worlds
            .iter()
            .map(|(name, id)| (name.clone(), *id))
            .collect();
        for (name, id) in worlds {
            let snapshot = if entry.name == name {
                name.clone()
            } else {
                format!("{}--{name}", entry.name)
            };
            out.push((snapshot, loaded.clone(), id));
        }
    }
    out
}

fn all_bindings(options: &Options) -> Vec<(String, Bindings)> {
    worlds()
        .into_iter()
        .map(|(name, loaded, world)| {
            let b =
                generate(&loaded.resolve, world, options).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, b)
        })
        .collect()
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

#[test]
fn golden_snapshots() {
    let bless = std::env::var_os("BLESS").is_some();
    let dir = golden_dir();
    let mut failures = Vec::new();
    let all = all_bindings(&Options::default());
    for (name, b) in &all {
        for (ext, text) in [("h", &b.header), ("c", &b.source)] {
            let path = dir.join(format!("{name}.{ext}"));
            if bless {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, text).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_ref() != Some(text) {
                failures.push(format!("{name}.{ext}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "generated C differs from the snapshots in {} (BLESS=1 updates them): {failures:?}",
        dir.display()
    );
    assert!(all.len() >= 35, "only {} worlds", all.len());
}

fn clang() -> &'static str {
    "clang-19"
}

/// Compiles every world's bindings: the source as C11 into an object, the
/// header alone as C11 and from C++17.
fn compile_all(label: &str, options: &Options) -> usize {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("c-compile-{label}"));
    let _ = std::fs::remove_dir_all(&dir);
    let mut failures = Vec::new();
    let all = all_bindings(options);
    for (name, b) in &all {
        let world_dir = dir.join(name);
        std::fs::create_dir_all(&world_dir).unwrap();
        std::fs::write(world_dir.join(&b.header_name), &b.header).unwrap();
        std::fs::write(world_dir.join(&b.source_name), &b.source).unwrap();
        let cxx = world_dir.join("include.cpp");
        std::fs::write(&cxx, format!("#include \"{}\"\n", b.header_name)).unwrap();
        let common = ["--target=wasm32-wasi", "-Wall", "-Wextra", "-Werror"];
        let runs: [Vec<String>; 2] = [
            vec![
                "-std=c11".into(),
                "-c".into(),
                world_dir.join(&b.source_name).display().to_string(),
                "-o".into(),
                world_dir.join("bindings.o").display().to_string(),
            ],
            vec![
                "-x".into(),
                "c++".into(),
                "-std=c++17".into(),
                "-fsyntax-only".into(),
                cxx.display().to_string(),
            ],
        ];
        for args in runs {
            let output = Command::new(clang())
                .args(common)
                .args(&args)
                .output()
                .expect("clang-19 runs (.ci/run installs it)");
            if !output.status.success() {
                failures.push(format!(
                    "{name} ({}):\n{}",
                    args[0],
                    String::from_utf8_lossy(&output.stderr)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    all.len()
}

#[test]
fn every_world_compiles_as_c11_and_cxx17() {
    assert!(compile_all("utf8", &Options::default()) >= 35);
}

#[test]
fn every_world_compiles_with_utf16_strings_and_without_helpers() {
    let options = Options {
        string_encoding: StringEncoding::Utf16,
        no_helpers: true,
        autodrop_borrows: true,
        ..Options::default()
    };
    assert!(compile_all("utf16", &options) >= 35);
}

#[test]
fn every_world_compiles_with_compact_utf16_strings() {
    let options = Options {
        string_encoding: StringEncoding::CompactUtf16,
        ..Options::default()
    };
    assert!(compile_all("compact-utf16", &options) >= 35);
}
