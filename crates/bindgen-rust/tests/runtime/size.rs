//! Size comparison with upstream wit-bindgen: the guests of
//! `tests/guests-upstream/` are the same programs as six runtime-test guests,
//! written against wit-bindgen. Both workspaces build in release mode with the
//! same profile, into the runtime tests' target directory, and each of our
//! `.wasm` files must be no larger than its upstream twin.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{build_guests, guests_dir};

/// The guests with an upstream twin.
const SIZE_GUESTS: &[&str] = &[
    "primitives",
    "strings",
    "lists",
    "records",
    "variants",
    "resources-export",
];

fn upstream_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/guests-upstream")
}

/// Builds the upstream twins in one cargo invocation, into the same target
/// directory and with the same flags as [`build_guests`].
fn build_upstream() -> PathBuf {
    let ours = build_guests();
    let target = ours
        .parent()
        .and_then(Path::parent)
        .expect("the guests' target directory");
    let output = Command::new(env!("CARGO"))
        .args([
            "build",
            "--quiet",
            "--release",
            "--workspace",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .current_dir(upstream_dir())
        .env("CARGO_TARGET_DIR", target)
        .env("RUSTFLAGS", "-D warnings")
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "building the upstream guests failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    target.join("wasm32-unknown-unknown/release")
}

/// The `[profile.release]` table of a workspace manifest, as text.
fn release_profile(workspace: &Path) -> String {
    let manifest = std::fs::read_to_string(workspace.join("Cargo.toml")).unwrap();
    let start = manifest
        .find("[profile.release]")
        .unwrap_or_else(|| panic!("{}: no [profile.release]", workspace.display()));
    let rest = &manifest[start..];
    let end = rest[1..].find("\n[").map_or(rest.len(), |i| i + 1);
    rest[..end].trim().to_string()
}

fn wasm_size(dir: &Path, crate_name: &str) -> u64 {
    let path = dir.join(format!("{}.wasm", crate_name.replace('-', "_")));
    std::fs::metadata(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .len()
}

#[test]
#[expect(clippy::print_stdout, reason = "the size table is this test's report")]
fn guests_are_no_larger_than_their_upstream_twins() {
    assert_eq!(
        release_profile(&guests_dir()),
        release_profile(&upstream_dir()),
        "both workspaces must build with the same release profile"
    );
    let ours = build_guests();
    let upstream = build_upstream();
    let mut table = format!(
        "{:<18} {:>8} {:>10} {:>7}\n",
        "guest", "canon", "wit-bindgen", "ratio"
    );
    let mut larger = Vec::new();
    for name in SIZE_GUESTS {
        let canon = wasm_size(ours, &format!("guest-{name}"));
        let theirs = wasm_size(&upstream, &format!("upstream-{name}"));
        let ratio = canon as f64 / theirs as f64;
        table.push_str(&format!(
            "{name:<18} {canon:>8} {theirs:>10} {ratio:>7.3}\n"
        ));
        if ratio > 1.0 {
            larger.push(*name);
        }
    }
    println!("{table}");
    assert!(
        larger.is_empty(),
        "larger than upstream wit-bindgen: {larger:?}\n{table}"
    );
}
