//! The guest programs: the Rust workspace `tests/guests` built once per
//! test run for both targets, the C program built with clang-19, and the
//! wasip1 modules made components with canon-encode and the preview1
//! command adapter.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};

use wasi_preview1_component_adapter_provider::{
    WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME as PREVIEW1, WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER,
};

/// Which WASI a guest was built for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Target {
    /// `wasm32-wasip1`, made a component with the preview1 command adapter.
    P1,
    /// `wasm32-wasip2`: rustc links the component itself.
    P2,
}

impl Target {
    fn triple(self) -> &'static str {
        match self {
            Target::P1 => "wasm32-wasip1",
            Target::P2 => "wasm32-wasip2",
        }
    }
}

/// A guest program: a bin of `tests/guests`, or the C one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Guest {
    /// `tests/guests/src/bin/<name>.rs`, for a target.
    Rust(&'static str, Target),
    /// `tests/guests/c/hello.c`, for wasm32-wasi (preview1).
    C,
}

impl Guest {
    /// A name for messages and for `argv[0]`.
    pub(crate) fn name(self) -> String {
        match self {
            Guest::Rust(name, target) => format!("{}-{}", name.replace('_', "-"), target.triple()),
            Guest::C => "hello-c".to_string(),
        }
    }
}

/// The workspace's target directory (the parent of `CARGO_TARGET_TMPDIR`).
fn target_dir() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    tmp.parent().unwrap_or(tmp).join("wasi-guests")
}

fn guests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/guests")
}

/// Whether an environment variable of the `cargo test` running us must not
/// reach the inner build: flags and wrappers meant for the host build
/// (coverage instrumentation, say), package variables, profile and target
/// overrides, the jobserver. What configures cargo's network and home
/// stays.
fn leaks_into_the_guest_build(name: &OsStr) -> bool {
    let Some(name) = name.to_str() else {
        return false;
    };
    let kept = [
        "CARGO_HOME",
        "CARGO_NET_",
        "CARGO_HTTP_",
        "CARGO_REGISTR",
        "CARGO_TERM_",
    ];
    if name.starts_with("CARGO_") {
        return !kept.iter().any(|k| name.starts_with(k));
    }
    matches!(
        name,
        "RUSTFLAGS"
            | "RUSTDOCFLAGS"
            | "RUSTC_WRAPPER"
            | "RUSTC_WORKSPACE_WRAPPER"
            | "MAKEFLAGS"
            | "MFLAGS"
    )
}

/// Builds every bin of `tests/guests` for both targets, once per test run,
/// in one cargo invocation; returns the target directory. A failure is
/// kept, and reported to every test that needs a guest.
fn rust_guests() -> &'static Path {
    static BUILT: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        let target = target_dir();
        let mut command = Command::new(env!("CARGO"));
        command
            .args(["build", "--release", "--locked", "--bins"])
            .args([
                "--target",
                Target::P2.triple(),
                "--target",
                Target::P1.triple(),
            ])
            .current_dir(guests_dir());
        for (name, _) in std::env::vars_os() {
            if leaks_into_the_guest_build(&name) {
                command.env_remove(name);
            }
        }
        command.env("CARGO_TARGET_DIR", &target);
        let output = command
            .output()
            .map_err(|e| format!("running cargo: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "building tests/guests failed (`rustup target add wasm32-wasip2 \
                 wasm32-wasip1` is needed):\n{}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        Ok(target)
    });
    match built {
        Ok(target) => target,
        Err(message) => panic!("{message}"),
    }
}

/// Builds `tests/guests/c/hello.c` with clang-19 and wasi-libc, once per
/// test run; returns the module. Without clang-19, fails: CI installs it.
fn c_guest() -> &'static Path {
    static BUILT: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        let out_dir = target_dir().join("c");
        std::fs::create_dir_all(&out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
        let out = out_dir.join("hello.wasm");
        let source = guests_dir().join("c/hello.c");
        let output = Command::new("clang-19")
            .args([
                "--target=wasm32-wasi",
                "-O2",
                "-s",
                "-Wall",
                "-Werror",
                "-o",
            ])
            .arg(&out)
            .arg(&source)
            .output()
            .map_err(|e| {
                format!(
                    "running clang-19 failed ({e}): the C guest needs clang-19 with a \
                     wasm32-wasi sysroot; on Debian/Ubuntu: apt-get install clang-19 lld-19 \
                     wasi-libc libclang-rt-19-dev-wasm32"
                )
            })?;
        if !output.status.success() {
            return Err(format!(
                "clang-19 --target=wasm32-wasi failed on {} (is wasi-libc installed? \
                 apt-get install wasi-libc libclang-rt-19-dev-wasm32):\n{}",
                source.display(),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        Ok(out)
    });
    match built {
        Ok(out) => out,
        Err(message) => panic!("{message}"),
    }
}

/// A preview1 command module as a component, with canon-encode and the
/// preview1 command adapter.
fn adapt(module: &[u8]) -> Vec<u8> {
    let component = canon_encode::ComponentBuilder::new(module)
        .adapter(PREVIEW1, WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER)
        .encode()
        .unwrap_or_else(|e| panic!("canon component new: {e}"));
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
        .validate_all(&component)
        .unwrap_or_else(|e| panic!("the adapted component is invalid: {e}"));
    component
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The component of a guest program, built (once) on first use.
pub(crate) fn component(guest: Guest) -> &'static [u8] {
    static COMPONENTS: OnceLock<Mutex<HashMap<Guest, &'static [u8]>>> = OnceLock::new();
    let components = COMPONENTS.get_or_init(Default::default);
    if let Some(bytes) = components.lock().unwrap().get(&guest) {
        return bytes;
    }
    let bytes = match guest {
        Guest::Rust(name, target) => {
            let path = rust_guests()
                .join(target.triple())
                .join("release")
                .join(format!("{name}.wasm"));
            match target {
                Target::P2 => read(&path),
                Target::P1 => adapt(&read(&path)),
            }
        }
        Guest::C => adapt(&read(c_guest())),
    };
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    components.lock().unwrap().entry(guest).or_insert(bytes)
}
