//! The spec's component `.wast` scripts on both backends. Files listed as
//! clean must pass every directive; the others run without panicking.

use std::path::PathBuf;

use canon_host::wast::run_file;

use crate::engines;

fn spec_dir(sub: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/spec/test")
        .join(sub)
}

fn run_dir(sub: &str, expect_clean: &[&str]) {
    let dir = spec_dir(sub);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        // The spec checkout lives outside the repository; without it there
        // is nothing to run.
        return;
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "wast"))
        .collect();
    files.sort();
    for (name, engine) in engines() {
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
        }
    }
}

#[test]
fn spec_values() {
    // post-return and variants also use resources and async lifts (part 2).
    run_dir(
        "values",
        &[
            "alignment",
            "concat",
            "numerics",
            "realloc",
            "strings",
            "transcode",
        ],
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
    );
}

#[test]
fn spec_binary_and_linking() {
    run_dir("binary", &["binary"]);
    run_dir(
        "linking",
        &[
            "link-time-virtualization",
            "shared-everything-dynamic-linking",
        ],
    );
}
