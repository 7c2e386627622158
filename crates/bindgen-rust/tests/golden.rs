//! Golden snapshots of the generated Rust for every test-wits world, and a
//! compile check of all of them, with stubs, for `wasm32-unknown-unknown`.

use std::path::{Path, PathBuf};
use std::process::Command;

use canon_bindgen_rust::{ErrorKind, Options, Ownership, generate};

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

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

#[test]
fn golden_snapshots() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    let mut count = 0;
    for (name, loaded, world) in worlds() {
        let source = generate(&loaded.resolve, world, &Options::default())
            .unwrap_or_else(|e| panic!("{name}: {e:#}"));
        let path = golden_dir().join(format!("{name}.rs"));
        count += 1;
        if bless {
            std::fs::write(&path, &source).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(expected) if expected == source => {}
            _ => failures.push(name),
        }
    }
    assert!(count >= 35, "only {count} worlds");
    assert!(
        failures.is_empty(),
        "generated code differs from the snapshots (BLESS=1 updates them): {failures:?}"
    );
}

/// Builds every world's bindings with stubs in one crate per configuration:
/// owning and borrowing, with and without `std`.
#[test]
fn every_world_compiles_for_wasm32() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bindgen-compile-check");
    let guest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../guest");
    let guest = guest.canonicalize().unwrap();
    let configs = [
        ("owning-std", Ownership::Owning, true),
        ("owning-nostd", Ownership::Owning, false),
        (
            "borrowing-std",
            Ownership::Borrowing {
                duplicate_if_necessary: false,
            },
            true,
        ),
        (
            "borrowing-nostd",
            Ownership::Borrowing {
                duplicate_if_necessary: true,
            },
            false,
        ),
    ];
    let mut worlds = worlds();
    let (loaded, world) = borrow_only();
    worlds.push(("borrow-only".into(), loaded, world));
    let mut members = Vec::new();
    for (config, ownership, std) in configs {
        let crate_dir = dir.join(config);
        std::fs::create_dir_all(crate_dir.join("src")).unwrap();
        let mut lib = String::new();
        if !std {
            lib.push_str("#![no_std]\n");
        }
        for (name, loaded, world) in &worlds {
            let options = Options {
                ownership,
                stubs: true,
                std_feature: std.then(|| "std".to_string()),
                ..Options::default()
            };
            let source = generate(&loaded.resolve, *world, &options)
                .unwrap_or_else(|e| panic!("{name}: {e:#}"));
            let file = crate_dir.join("src").join(format!("{name}.rs"));
            std::fs::write(&file, source).unwrap();
            lib.push_str(&format!(
                "pub mod w_{} {{ include!({:?}); }}\n",
                name.replace("--", "_").replace('-', "_"),
                file.display().to_string()
            ));
        }
        std::fs::write(crate_dir.join("src/lib.rs"), lib).unwrap();
        let features = if std { "[\"std\"]" } else { "[]" };
        std::fs::write(
            crate_dir.join("Cargo.toml"),
            format!(
                "[package]\nname = \"check-{config}\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
                 [features]\nstd = []\n\n\
                 [dependencies]\ncanon-guest = {{ path = {:?}, default-features = false, features = {features} }}\n",
                guest.display().to_string()
            ),
        )
        .unwrap();
        members.push(format!("{config:?}"));
    }
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .unwrap();
    let output = Command::new(env!("CARGO"))
        .args([
            "check",
            "--quiet",
            "--workspace",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .arg("--features")
        .arg("check-owning-std/std,check-borrowing-std/std")
        .current_dir(&dir)
        .env("RUSTFLAGS", "-D warnings")
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn kitchen_sink() -> (canon_wit::Loaded, canon_wit::WorldId) {
    let loaded = canon_wit::Loader::new()
        .load_path(canon_wit::test_wits_dir().join("kitchen-sink.wit"))
        .unwrap();
    let world = loaded.select_world(Some("kitchen-sink")).unwrap();
    (loaded, world)
}

#[test]
fn unused_with_keys_are_errors_naming_the_key() {
    let (loaded, world) = kitchen_sink();
    let options = Options {
        with: vec![(
            "test:kitchen-sink/nope".into(),
            canon_bindgen_rust::WithTarget::Generate,
        )],
        ..Options::default()
    };
    let err = generate(&loaded.resolve, world, &options).unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::UnusedWith { key } if key == "test:kitchen-sink/nope"),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("`test:kitchen-sink/nope`"),
        "{err}"
    );
}

#[test]
fn errors_name_the_function_and_its_interface() {
    let loaded = canon_wit::Loader::new()
        .load_source(
            "streams.wit",
            "package test:streams;
            interface io { read: func() -> stream<u8>; }
            world w { import io; }",
        )
        .unwrap();
    let world = loaded.select_world(None).unwrap();
    let err = generate(&loaded.resolve, world, &Options::default()).unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::Function { function, .. } if function == "read"),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "function `read` of imported interface `test:streams/io`: \
         `stream` types are not supported by the canonical ABI here"
    );
}

#[test]
fn generate_file_wraps_wit_errors() {
    let missing = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/no-such.wit");
    let err = canon_bindgen_rust::generate_file(&missing, None, &[], false, &Options::default())
        .unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Wit(_)), "{err:?}");
    assert!(err.to_string().contains("no-such.wit"), "{err}");
    let err = canon_bindgen_rust::generate_file(
        &canon_wit::test_wits_dir().join("kitchen-sink.wit"),
        Some("nope"),
        &[],
        false,
        &Options::default(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("world `nope` not found"), "{err}");
}

#[test]
fn with_maps_interfaces_to_existing_paths_and_options_apply() {
    let (loaded, world) = kitchen_sink();
    let options = Options {
        with: vec![(
            "test:kitchen-sink/types".into(),
            canon_bindgen_rust::WithTarget::Path("crate::shared::types".into()),
        )],
        additional_derives: vec!["PartialEq".into()],
        export_macro_name: Some("export_kitchen".into()),
        skip: vec!["wide".into()],
        ..Options::default()
    };
    let source = generate(&loaded.resolve, world, &options).unwrap();
    assert!(source.contains("crate::shared::types::User"));
    assert_eq!(
        source.matches("pub mod types").count(),
        1,
        "only the export is generated"
    );
    assert!(source.contains("PartialEq"));
    assert!(source.contains("as export_kitchen"));
    assert!(!source.contains("fn wide("));
    assert!(
        source.contains("link_section = \"component-type:canon:test:kitchen-sink/kitchen-sink\"")
    );
}

const BORROW_ONLY: &str = "package test:borrow-only;
interface sink {
    record entry { name: string, tags: list<string>, data: list<u8>, kind: option<kind> }
    variant kind { text(string), bytes(list<u8>), none }
    type names = list<string>;
    log: func(e: entry, all: list<entry>, names: names);
    echo: func(k: kind) -> kind;
}
world borrow-only { import sink; }";

fn borrow_only() -> (canon_wit::Loaded, canon_wit::WorldId) {
    let loaded = canon_wit::Loader::new()
        .load_source("borrow-only.wit", BORROW_ONLY)
        .unwrap();
    let world = loaded.select_world(None).unwrap();
    (loaded, world)
}

#[test]
fn borrowing_mode_borrows_types_used_only_in_import_parameters() {
    let (loaded, world) = borrow_only();
    let options = Options {
        ownership: Ownership::Borrowing {
            duplicate_if_necessary: false,
        },
        ..Options::default()
    };
    let source = generate(&loaded.resolve, world, &options).unwrap();
    assert!(source.contains("pub struct Entry<'a>"), "{source}");
    assert!(source.contains("pub name: &'a str"));
    assert!(source.contains("pub tags: &'a [&'a str]"));
    assert!(source.contains("pub type Names<'a> = &'a [&'a str]"));
    // `kind` is also a result: it stays owned.
    assert!(source.contains("pub enum Kind {"));
    let owning = generate(&loaded.resolve, world, &Options::default()).unwrap();
    assert!(owning.contains("pub struct Entry {"));
}
