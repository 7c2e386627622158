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

/// Compares (or, with `BLESS=1`, writes) the bindings of `worlds` under
/// `options` with `dir/<name>.rs`; returns how many were checked.
fn check_snapshots(
    dir: &Path,
    worlds: Vec<(String, canon_wit::Loaded, canon_wit::WorldId)>,
    options: &Options,
) -> usize {
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    let mut count = 0;
    for (name, loaded, world) in worlds {
        let source =
            generate(&loaded.resolve, world, options).unwrap_or_else(|e| panic!("{name}: {e:#}"));
        let path = dir.join(format!("{name}.rs"));
        count += 1;
        if bless {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(&path, &source).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(expected) if expected == source => {}
            _ => failures.push(name),
        }
    }
    assert!(
        failures.is_empty(),
        "generated code differs from the snapshots in {} (BLESS=1 updates them): {failures:?}",
        dir.display()
    );
    count
}

#[test]
fn golden_snapshots() {
    let count = check_snapshots(&golden_dir(), worlds(), &Options::default());
    assert!(count >= 35, "only {count} worlds");
}

/// Worlds whose types are used both as import parameters and elsewhere, in
/// `ownership: Borrowing { duplicate_if_necessary: true }`.
#[test]
fn golden_snapshots_borrowing_duplicate_if_necessary() {
    const DUPLICATED: &[&str] = &["records", "type-aliases", "kitchen-sink"];
    let worlds: Vec<_> = worlds()
        .into_iter()
        .filter(|(name, _, _)| DUPLICATED.contains(&name.as_str()))
        .collect();
    let options = Options {
        ownership: Ownership::Borrowing {
            duplicate_if_necessary: true,
        },
        ..Options::default()
    };
    let count = check_snapshots(
        &golden_dir().join("borrowing-duplicate-if-necessary"),
        worlds,
        &options,
    );
    assert_eq!(count, DUPLICATED.len());
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

#[test]
fn duplicate_if_necessary_gives_types_used_both_ways_a_param_and_a_result_twin() {
    let loaded = canon_wit::Loader::new()
        .load_path(canon_wit::test_wits_dir().join("records.wit"))
        .unwrap();
    let world = loaded.select_world(None).unwrap();
    let duplicate = Options {
        ownership: Ownership::Borrowing {
            duplicate_if_necessary: true,
        },
        ..Options::default()
    };
    let source = generate(&loaded.resolve, world, &duplicate).unwrap();
    // `person` is an import parameter and a result: two forms.
    assert!(source.contains("pub struct PersonResult {"), "{source}");
    assert!(source.contains("pub struct PersonParam<'a> {"));
    assert!(source.contains("pub tags: &'a [&'a str],"));
    assert!(source.contains("pub fn echo_person(x: &PersonParam<'_>) -> PersonResult"));
    assert!(source.contains("pub fn people(x: &[PersonParam<'_>]) -> _rt::Vec<PersonResult>"));
    // Exports take and give owned values.
    assert!(source.contains("fn echo_person(x: PersonResult) -> PersonResult;"));
    // Types without lists or strings keep one name.
    assert!(source.contains("pub struct Point {"));
    assert!(!source.contains("PointParam"));
    // Without duplication, types used both ways stay owned under one name.
    let plain = Options {
        ownership: Ownership::Borrowing {
            duplicate_if_necessary: false,
        },
        ..Options::default()
    };
    let source = generate(&loaded.resolve, world, &plain).unwrap();
    assert!(source.contains("pub struct Person {"));
    assert!(!source.contains("PersonParam"));
}

/// With `with` entries, interfaces imported from other packages need an entry
/// unless `generate_all` is set; interfaces of the world's own package and
/// exports are always generated.
#[test]
fn generate_all_generates_what_with_does_not_name() {
    let loaded = canon_wit::Loader::new()
        .load_path(canon_wit::test_wits_dir().join("cross-package"))
        .unwrap();
    let world = loaded.select_world(None).unwrap();
    let local = (
        "test:cross-package/local".to_string(),
        canon_bindgen_rust::WithTarget::Generate,
    );
    let options = Options {
        with: vec![local.clone()],
        ..Options::default()
    };
    let err = generate(&loaded.resolve, world, &options).unwrap_err();
    let ErrorKind::MissingWith { key } = err.kind() else {
        panic!("{err:?}");
    };
    assert!(key.starts_with("test:dep-"), "{key}");
    assert!(err.to_string().contains("generate_all"), "{err}");

    let options = Options {
        with: vec![local.clone()],
        generate_all: true,
        ..Options::default()
    };
    let source = generate(&loaded.resolve, world, &options).unwrap();
    assert!(source.contains("pub mod dep_types {"), "{source}");
    assert!(source.contains("pub mod dep_util {"));
    assert!(source.contains("pub mod local {"));

    // Every foreign interface named: no generate_all needed, and the mapped
    // ones are not generated.
    let path = |p: &str| canon_bindgen_rust::WithTarget::Path(p.into());
    let options = Options {
        with: vec![
            ("test:dep-types/types".into(), path("crate::types")),
            ("test:dep-types/geometry".into(), path("crate::geometry")),
            (
                "test:dep-util/util".into(),
                canon_bindgen_rust::WithTarget::Generate,
            ),
        ],
        ..Options::default()
    };
    let source = generate(&loaded.resolve, world, &options).unwrap();
    assert!(source.contains("crate::types::Color"), "{source}");
    assert!(source.contains("pub mod dep_util {"));
    assert!(source.contains("pub mod local {"));

    // No `with` at all: everything is generated, as before.
    let source = generate(&loaded.resolve, world, &Options::default()).unwrap();
    assert!(source.contains("pub mod dep_types {"));
}

/// A type mapped by `with` is defined elsewhere, owning: borrowing mode
/// must not spell it `Foo<'a>` or `FooParam<'a>` (the host's bindgen! left
/// mapped types out already).
#[test]
fn borrowing_leaves_types_mapped_by_with_owning() {
    let mut resolve = wit_parser::Resolve::default();
    let package = resolve
        .push_str(
            "w.wit",
            "package a:b;
             interface types { record named { name: string } }
             interface api {
                 use types.{named};
                 take: func(x: named);
                 both: func(x: named) -> named;
             }
             world w { import api; }",
        )
        .unwrap();
    let world = resolve.select_world(&[package], Some("w")).unwrap();
    for duplicate_if_necessary in [false, true] {
        let options = Options {
            ownership: Ownership::Borrowing {
                duplicate_if_necessary,
            },
            with: vec![(
                "a:b/types".into(),
                canon_bindgen_rust::WithTarget::Path("crate::elsewhere".into()),
            )],
            ..Options::default()
        };
        let source = generate(&resolve, world, &options).unwrap();
        assert!(
            source.contains("pub fn take(x: &Named)") || source.contains("pub fn take(x: Named)"),
            "{source}"
        );
        assert!(!source.contains("Named<'"), "{source}");
        assert!(!source.contains("NamedParam"), "{source}");
        assert!(source.contains("crate::elsewhere::Named"), "{source}");
    }
}
