//! Golden snapshots of the generated header and source for every test-wits
//! world (`BLESS=1` rewrites them), and a compile check of all of them with
//! clang for wasm32-wasi (canon-test-support): the source as C11, the header
//! from C++17, both with `-Wall -Wextra -Werror`.

use std::path::{Path, PathBuf};

use canon_bindgen_c::{Bindings, Options, StringEncoding, generate};
use canon_test_support::c::{Lang, syntax_check};

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

/// Compiles every world's bindings: the source (which includes the header)
/// as C11, the header from C++17.
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
        for (file, lang) in [(&b.source_name, Lang::C11), (&b.header_name, Lang::Cxx17)] {
            if let Err(error) = syntax_check(&world_dir.join(file), lang, &[], &[]) {
                failures.push(format!("{name} ({lang:?}):\n{error}"));
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
