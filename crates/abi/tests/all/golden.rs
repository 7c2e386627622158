//! Golden ABI tables for the test-wits corpus: every named type's layout,
//! flattening and plan, and every function's core signatures.
//!
//! The tables live in `tests/golden/<package>.txt`; run with `BLESS=1` to
//! rewrite them after an intended change.

use std::path::Path;

use canon_abi::{ValType, WitTypes, describe_package};
use canon_wit::{Loader, corpus_entries, test_wits_dir};
use wit_parser::Type;

#[test]
fn golden_tables_match() {
    let golden_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var_os("BLESS").is_some();
    let mut mismatches = Vec::new();
    let entries = corpus_entries(&test_wits_dir()).unwrap();
    for entry in &entries {
        let loaded = Loader::new()
            .all_features(true)
            .load_path(&entry.path)
            .unwrap();
        let actual = describe_package(&loaded.resolve, loaded.package);
        let path = golden_dir.join(format!("{}.txt", entry.name));
        if bless {
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(expected) if expected.replace("\r\n", "\n") == actual => {}
            Ok(_) => mismatches.push(format!("{} differs", path.display())),
            Err(_) => mismatches.push(format!("{} is missing", path.display())),
        }
    }
    assert!(
        mismatches.is_empty(),
        "golden ABI tables out of date (rerun with BLESS=1 to update):\n{}",
        mismatches.join("\n")
    );
    if !bless {
        let tables = std::fs::read_dir(&golden_dir).unwrap().count();
        assert_eq!(
            tables,
            entries.len(),
            "stale tables in {}",
            golden_dir.display()
        );
    }
}

#[test]
fn unknown_value_type_is_not_silently_mapped() {
    let loaded = Loader::new()
        .load_source("s.wit", "package a:b; interface i { type s = string; }")
        .unwrap();
    let ours = WitTypes::new(&loaded.resolve).unwrap();
    let (id, _) = loaded.resolve.types.iter().next().unwrap();
    assert_eq!(ours.val_type(&Type::Id(id)).unwrap(), ValType::String);
}
