//! C guests: clang with wasi-libc builds a core module (a WASI reactor, or
//! freestanding over canon's own small C runtime), which becomes a component
//! with canon-encode or with upstream wit-component.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use wasi_preview1_component_adapter_provider::{
    WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME, WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER,
};

/// The Debian packages of the C toolchain for wasm, which `.ci/run` installs.
pub const DEBIAN_PACKAGES: &str = "clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32";

/// The flags every build and syntax check starts with (the caller's extra
/// flags come after them, so they can override).
const WARNINGS: [&str; 3] = ["-Wall", "-Wextra", "-Werror"];

/// How a C guest is linked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CBuild {
    /// `--target=wasm32-wasi -mexec-model=reactor` with wasi-libc: the
    /// module exports `_initialize` and imports `wasi_snapshot_preview1`,
    /// which the preview1 reactor adapter provides.
    Reactor,
    /// `--target=wasm32-wasi -nostdlib -Wl,--no-entry` with canon's C
    /// runtime ([`runtime_source`]): no WASI imports at all. wasi-libc's
    /// headers are still on the include path, and [`runtime_dir`] is added
    /// to it for `canon_freestanding.h`.
    Freestanding,
}

/// The language a syntax check reads a file as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// `-std=c11`.
    C11,
    /// `-x c++ -std=c++17`.
    Cxx17,
}

/// The directory of canon's freestanding C runtime: `canon_freestanding.c`
/// and its header `canon_freestanding.h`.
pub fn runtime_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("c")
}

/// canon's freestanding C runtime: malloc, calloc, realloc, free, memcpy,
/// memmove, memset, memcmp, strlen, abort, and `canon_live_allocations`.
pub fn runtime_source() -> PathBuf {
    runtime_dir().join("canon_freestanding.c")
}

/// A clang that targets `wasm32-wasi` with wasi-libc: `clang-19`, else
/// `clang`, from `PATH`. Looked up once.
pub fn clang() -> Result<PathBuf, String> {
    static FOUND: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    FOUND.get_or_init(find_clang).clone()
}

fn find_clang() -> Result<PathBuf, String> {
    let mut tried = Vec::new();
    for name in ["clang-19", "clang"] {
        let Some(path) = on_path(name) else {
            tried.push(format!("{name}: not on PATH"));
            continue;
        };
        match targets_wasi(&path) {
            Ok(()) => return Ok(path),
            Err(why) => tried.push(format!("{}: {why}", path.display())),
        }
    }
    Err(format!(
        "no clang able to target wasm32-wasi with wasi-libc ({}); on Debian/Ubuntu: \
         apt-get install {DEBIAN_PACKAGES}",
        tried.join("; ")
    ))
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// Whether `clang` finds wasi-libc and wasm-ld for `wasm32-wasi`.
fn targets_wasi(clang: &Path) -> Result<(), String> {
    for (what, flag) in [
        ("wasi-libc", "-print-file-name=libc.a"),
        ("wasm-ld", "-print-prog-name=wasm-ld"),
    ] {
        let output = Command::new(clang)
            .args(["--target=wasm32-wasi", flag])
            .output()
            .map_err(|e| format!("cannot run it: {e}"))?;
        let printed = String::from_utf8_lossy(&output.stdout).trim().to_string();
        if !output.status.success() || !Path::new(&printed).is_absolute() {
            return Err(format!("it does not find {what}"));
        }
    }
    Ok(())
}

/// Runs `command`, feeding it `stdin`; an error when it cannot start or
/// fails, with its stderr.
fn run(command: &mut Command, stdin: Option<&str>, what: &str) -> Result<Output, String> {
    command
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command
        .spawn()
        .map_err(|e| format!("{what}: cannot run clang: {e}"))?;
    if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
        pipe.write_all(text.as_bytes())
            .map_err(|e| format!("{what}: writing clang's stdin: {e}"))?;
    }
    let output = child
        .wait_with_output()
        .map_err(|e| format!("{what}: waiting for clang: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "{what} failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(output)
}

/// Compiles `sources` and links them with `objects` (such as wit-bindgen's
/// `<world>_component_type.o`) into one core module at `out`, and returns
/// its bytes. Flags: `-O2 -Wall -Wextra -Werror`, the include directories,
/// then `extra_flags`. Exports come from the sources' `export_name`
/// attributes (no `--export-dynamic`). The error carries clang's stderr.
pub fn build(
    sources: &[PathBuf],
    objects: &[PathBuf],
    include_dirs: &[PathBuf],
    build: CBuild,
    extra_flags: &[&str],
    out: &Path,
) -> Result<Vec<u8>, String> {
    let clang = clang()?;
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    let mut command = Command::new(&clang);
    command.arg("--target=wasm32-wasi");
    match build {
        CBuild::Reactor => {
            command.arg("-mexec-model=reactor");
        }
        CBuild::Freestanding => {
            command.args(["-nostdlib", "-Wl,--no-entry"]);
        }
    }
    command.arg("-O2").args(WARNINGS);
    for dir in include_dirs {
        command.arg("-I").arg(dir);
    }
    if build == CBuild::Freestanding {
        command.arg("-I").arg(runtime_dir());
    }
    command.args(extra_flags).args(sources);
    if build == CBuild::Freestanding {
        command.arg(runtime_source());
    }
    command.args(objects);
    if build == CBuild::Freestanding {
        // -nostdlib drops compiler-rt too; its builtins (128-bit and
        // long double arithmetic) are still wanted, and an archive only
        // adds what is used.
        let builtins = run(
            Command::new(&clang).args(["--target=wasm32-wasi", "-print-libgcc-file-name"]),
            None,
            "clang -print-libgcc-file-name",
        )?;
        let builtins = PathBuf::from(String::from_utf8_lossy(&builtins.stdout).trim());
        if builtins.is_file() {
            command.arg(builtins);
        }
    }
    command.arg("-o").arg(out);
    let what = format!(
        "clang {} ({build:?}) of {}",
        clang.display(),
        sources
            .iter()
            .map(|s| s.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    run(&mut command, None, &what)?;
    std::fs::read(out).map_err(|e| format!("{}: {e}", out.display()))
}

/// Checks that a header or source compiles for `wasm32-wasi` as C11
/// (`-std=c11`) or C++17 (`-x c++ -std=c++17`), with `-Wall -Wextra
/// -Werror`: clang reads a one-line translation unit that includes it.
pub fn syntax_check(
    header_or_source: &Path,
    lang: Lang,
    include_dirs: &[PathBuf],
    extra_flags: &[&str],
) -> Result<(), String> {
    let clang = clang()?;
    let path = header_or_source
        .canonicalize()
        .map_err(|e| format!("{}: {e}", header_or_source.display()))?;
    let Some(path_text) = path.to_str() else {
        return Err(format!("{}: the path is not UTF-8", path.display()));
    };
    let quoted = path_text.replace('\\', "\\\\").replace('"', "\\\"");
    let unit = format!("#include \"{quoted}\"\n");
    let mut command = Command::new(&clang);
    command.args(["--target=wasm32-wasi", "-fsyntax-only"]);
    match lang {
        Lang::C11 => command.args(["-x", "c", "-std=c11"]),
        Lang::Cxx17 => command.args(["-x", "c++", "-std=c++17"]),
    };
    command.args(WARNINGS);
    for dir in include_dirs {
        command.arg("-I").arg(dir);
    }
    command.args(extra_flags).arg("-");
    let what = format!("{lang:?} syntax check of {}", path.display());
    run(&mut command, Some(&unit), &what).map(|_| ())
}

/// Makes `core` a component with canon-encode's `component new`: with the
/// preview1 reactor adapter for [`CBuild::Reactor`], with no adapter for
/// [`CBuild::Freestanding`]. The component is validated.
///
/// A reactor that imports nothing from `wasi_snapshot_preview1` (wasi-libc
/// at `-O2` with no I/O) gets no adapter: wit-component drops an unused
/// adapter, but canon-encode refuses one.
pub fn componentize(core: &[u8], build: CBuild) -> Result<Vec<u8>, String> {
    let mut builder = canon_encode::ComponentBuilder::new(core);
    let uses_preview1 = module_imports(core)?
        .iter()
        .any(|(module, _)| module == WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME);
    if build == CBuild::Reactor && uses_preview1 {
        builder = builder.adapter(
            WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME,
            WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER,
        );
    }
    let component = builder
        .encode()
        .map_err(|e| format!("canon component new: {e}"))?;
    validate(&component)
        .map_err(|e| format!("canon component new made an invalid component: {e}"))?;
    Ok(component)
}

/// Makes `core` a component as [`componentize`] does, with upstream
/// wit-component's `ComponentEncoder` instead (validating).
pub fn componentize_with_wit_component(core: &[u8], build: CBuild) -> Result<Vec<u8>, String> {
    let mut encoder = wit_component::ComponentEncoder::default()
        .module(core)
        .map_err(|e| format!("wit-component: reading the module: {e:#}"))?;
    if build == CBuild::Reactor {
        encoder = encoder
            .adapter(
                WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME,
                WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER,
            )
            .map_err(|e| format!("wit-component: the reactor adapter: {e:#}"))?;
    }
    encoder
        .validate(true)
        .encode()
        .map_err(|e| format!("wit-component: {e:#}"))
}

/// Validates a module or component with every feature.
pub fn validate(bytes: &[u8]) -> Result<(), String> {
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
        .validate_all(bytes)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// The `(module, name)` of every import of a core module.
pub fn module_imports(core: &[u8]) -> Result<Vec<(String, String)>, String> {
    let mut imports = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(core) {
        if let wasmparser::Payload::ImportSection(reader) = payload.map_err(|e| e.to_string())? {
            for import in reader.into_imports() {
                let import = import.map_err(|e| e.to_string())?;
                imports.push((import.module.to_string(), import.name.to_string()));
            }
        }
    }
    Ok(imports)
}

/// The names of every export of a core module.
pub fn module_exports(core: &[u8]) -> Result<Vec<String>, String> {
    let mut exports = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(core) {
        if let wasmparser::Payload::ExportSection(reader) = payload.map_err(|e| e.to_string())? {
            for export in reader {
                exports.push(export.map_err(|e| e.to_string())?.name.to_string());
            }
        }
    }
    Ok(exports)
}

#[cfg(test)]
mod tests;
