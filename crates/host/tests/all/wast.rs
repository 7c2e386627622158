//! The spec's component `.wast` scripts on both backends. Files listed as
//! clean must pass every directive, the others run without panicking, and
//! each folder's totals are pinned (files in `nyi.txt` are skipped, as in
//! `cargo xtask test-all`), so any regression fails.

use std::path::PathBuf;

use canon_host::wast::run_file;

use crate::engines;

fn spec_dir(sub: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/spec/test")
        .join(sub)
}

/// Runs every `.wast` file of `sub` (except those in `nyi.txt`) on both
/// backends; `totals` is the expected `(passed, failed)` per backend.
fn run_dir(sub: &str, expect_clean: &[&str], totals: (usize, usize)) {
    let dir = spec_dir(sub);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        // The spec checkout lives outside the repository; without it there
        // is nothing to run.
        return;
    };
    let nyi = std::fs::read_to_string(spec_dir("nyi.txt")).unwrap_or_default();
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "wast"))
        .filter(|p| {
            let rel = format!("./{sub}/{}", p.file_name().unwrap().to_str().unwrap());
            !nyi.lines().any(|l| l.trim() == rel)
        })
        .collect();
    files.sort();
    for (name, engine) in engines() {
        let (mut passed, mut failed) = (0, 0);
        for file in &files {
            let report = run_file(&engine, file).unwrap();
            let stem = file.file_stem().unwrap().to_str().unwrap();
            if expect_clean.contains(&stem) {
                assert!(
                    report.failures.is_empty() && report.passed > 0,
                    "{name} {stem}: {:#?}",
                    report.failures
                );
            }
            passed += report.passed;
            failed += report.failed();
        }
        assert_eq!((passed, failed), totals, "{name} {sub}: (passed, failed)");
    }
}

#[test]
fn spec_values() {
    // FIXME: variants.wast has one async lift (`task.return`), which
    // canon-host does not run.
    run_dir(
        "values",
        &[
            "alignment",
            "concat",
            "numerics",
            "post-return",
            "realloc",
            "strings",
            "transcode",
        ],
        (220, 1),
    );
}

#[test]
fn spec_validation() {
    run_dir(
        "validation",
        &[
            "abi",
            "annotated-names",
            "attributes",
            "core-modules",
            "defined-types",
            "extern-names",
            "external-visibility",
            "indicies",
            "instantiation",
            "kebab",
            "outer-alias",
            "resources",
        ],
        (453, 0),
    );
}

#[test]
fn spec_binary_and_linking() {
    run_dir("binary", &["binary"], (123, 0));
    // FIXME: tags.wast needs exception tags passed between core instances,
    // which the backend traits do not carry (10 failures).
    run_dir(
        "linking",
        &[
            "link-time-virtualization",
            "shared-everything-dynamic-linking",
            "unit",
        ],
        (262, 10),
    );
}

#[test]
fn spec_resources() {
    run_dir(
        "resources",
        &["borrows", "handle-table", "multiple-resources"],
        (36, 0),
    );
}
