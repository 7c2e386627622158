//! Upstream tools the compatibility tests compare against, as `.ci/run`
//! installs them.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The version of upstream `wit-bindgen-cli` that `.ci/run` installs; it
/// matches the wit-bindgen crate of the Rust upstream-twin tests.
pub const WIT_BINDGEN_VERSION: &str = "0.46.0";

/// The root of this cargo workspace.
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .and_then(Path::parent)
        .unwrap_or(manifest)
        .to_path_buf()
}

/// Upstream's `wit-bindgen` binary: the one `.ci/run` installs under
/// `target/tools/wit-bindgen-<version>/bin`, else `wit-bindgen` on `PATH`.
pub fn upstream_wit_bindgen() -> Result<PathBuf, String> {
    let installed = workspace_root()
        .join("target/tools")
        .join(format!("wit-bindgen-{WIT_BINDGEN_VERSION}"))
        .join("bin/wit-bindgen");
    if installed.is_file() {
        return Ok(installed);
    }
    let on_path = PathBuf::from("wit-bindgen");
    match Command::new(&on_path).arg("--version").output() {
        Ok(output) if output.status.success() => Ok(on_path),
        _ => Err(format!(
            "upstream wit-bindgen {WIT_BINDGEN_VERSION} is not installed: neither {} nor \
             `wit-bindgen` on PATH was found; run .ci/run, which installs it with `cargo install \
             --locked wit-bindgen-cli --version {WIT_BINDGEN_VERSION} --root \
             target/tools/wit-bindgen-{WIT_BINDGEN_VERSION}`",
            installed.display()
        )),
    }
}
