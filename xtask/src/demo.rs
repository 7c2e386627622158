//! `cargo xtask demo`: the quickstart. Builds `examples/hello` (a Rust guest
//! written with `canon_guest::generate!`), makes it a component with
//! canon-encode, and runs it with canon-host on wasmi and on wasmtime,
//! printing every call, import and result. Then builds `examples/wasi-hello`,
//! a plain Rust program for `wasm32-wasip2`, and runs it as a WASI command
//! with canon-wasi on both backends: arguments, environment, a preopened
//! directory, stdout, stderr and the exit status.

use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result, anyhow, bail};
use canon_host::{Component, Engine, Linker, Store, Value};
use canon_wasi::{DirPerms, FilePerms, MemoryOutputPipe, WasiCtx, WasiCtxBuilder};

use crate::diff::build::{TARGET, ensure_target, ensure_wasm_target};

/// The target of the WASI command.
const WASI_TARGET: &str = "wasm32-wasip2";

/// The export calls the demo makes, with WAVE arguments.
const CALLS: &[(&str, &str)] = &[
    (
        "greet",
        r#"{name: "Ada", age: 36, nicknames: ["the Enchantress of Number"]}"#,
    ),
    ("greet", r#"{name: "Grace", age: 85, nicknames: []}"#),
    (
        "birthdays",
        r#"[{name: "Ada", age: 36, nicknames: []}, {name: "Grace", age: 85, nicknames: ["Amazing Grace"]}, {name: "Ælfrēd", age: 255, nicknames: ["the Great"]}]"#,
    ),
];

const INTERFACE: &str = "example:hello/greeter";

pub(crate) fn run() -> Result<()> {
    let root = crate::workspace_root()?;
    ensure_wasm_target(true)?;
    let module_path = build_example(&root, "hello", TARGET)?;
    let module = std::fs::read(&module_path)
        .with_context(|| format!("reading {}", module_path.display()))?;
    let component = canon_encode::new_component(&module).context("canon component new")?;
    println!(
        "component: {} bytes (core module {} bytes), made by canon-encode",
        component.len(),
        module.len()
    );
    let engines = [
        (
            "wasmi",
            Engine::new(
                canon_backend_wasmi::WasmiEngine::new(&Default::default())
                    .map_err(|e| anyhow!("{e}"))?,
            ),
        ),
        (
            "wasmtime",
            Engine::new(
                canon_backend_wasmtime::WasmtimeEngine::new(&Default::default())
                    .map_err(|e| anyhow!("{e}"))?,
            ),
        ),
    ];
    let mut outputs = Vec::new();
    for (name, engine) in &engines {
        println!("\n== canon-host on {name}");
        outputs.push(run_on(engine, &component)?);
    }
    anyhow::ensure!(
        outputs.windows(2).all(|pair| pair[0] == pair[1]),
        "the backends disagree: {outputs:?}"
    );
    println!("\nboth backends agree");
    wasi_demo(&root, &engines)
}

/// Builds a crate of `examples/` for `target`; returns the `.wasm` path.
fn build_example(root: &std::path::Path, name: &str, target: &str) -> Result<std::path::PathBuf> {
    let example = root.join("examples").join(name);
    let target_dir = root.join("target/demo");
    println!("building examples/{name} for {target} (cargo build --release)");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let status = Command::new(cargo)
        .args(["build", "--release", "--target", target, "--target-dir"])
        .arg(&target_dir)
        .current_dir(&example)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .stdin(Stdio::null())
        .status()
        .with_context(|| format!("running cargo build for examples/{name}"))?;
    if !status.success() {
        bail!("building examples/{name} failed (see cargo's output above)");
    }
    Ok(target_dir
        .join(target)
        .join("release")
        .join(format!("{name}.wasm")))
}

/// What a WASI command left behind: stdout, stderr, exit status.
#[derive(Debug, PartialEq, Eq)]
struct CommandOutput {
    stdout: String,
    stderr: String,
    status: i32,
}

/// The store data of the WASI demo.
struct WasiState {
    wasi: WasiCtx,
}

fn wasi_demo(root: &std::path::Path, engines: &[(&str, Engine)]) -> Result<()> {
    ensure_target(WASI_TARGET, true)?;
    let path = build_example(root, "wasi-hello", WASI_TARGET)?;
    let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
    println!(
        "\nWASI command: {} bytes, linked by rustc for {WASI_TARGET}",
        bytes.len()
    );
    let mut outputs = Vec::new();
    for (name, engine) in engines {
        println!("\n== canon-host + canon-wasi on {name}");
        let sandbox = root.join("target/demo/sandbox").join(name);
        if sandbox.exists() {
            std::fs::remove_dir_all(&sandbox)
                .with_context(|| format!("clearing {}", sandbox.display()))?;
        }
        std::fs::create_dir_all(&sandbox)
            .with_context(|| format!("creating {}", sandbox.display()))?;
        let output = run_command(engine, &bytes, &sandbox)?;
        for line in output.stdout.lines() {
            println!("  stdout: {line}");
        }
        for line in output.stderr.lines() {
            println!("  stderr: {line}");
        }
        println!("  exit status: {}", output.status);
        outputs.push(output);
    }
    anyhow::ensure!(
        outputs.windows(2).all(|pair| pair[0] == pair[1]),
        "the backends disagree: {outputs:?}"
    );
    anyhow::ensure!(
        outputs.first().map(|o| o.status) == Some(1),
        "the command should exit with status 1: {outputs:?}"
    );
    println!("\nboth backends agree");
    Ok(())
}

/// Runs the command on `engine` with a preopened `sandbox`.
fn run_command(engine: &Engine, bytes: &[u8], sandbox: &std::path::Path) -> Result<CommandOutput> {
    let component = Component::new(engine, bytes).map_err(|e| anyhow!("{e}"))?;
    let mut linker = Linker::<WasiState>::new();
    canon_wasi::add_to_linker(&mut linker, |s| &mut s.wasi).map_err(|e| anyhow!("{e}"))?;
    let stdout = MemoryOutputPipe::new(1 << 20);
    let stderr = MemoryOutputPipe::new(1 << 20);
    let wasi = WasiCtxBuilder::new()
        .args(["wasi-hello", "Ada", "Grace"])
        .env("GREETING", "hi")
        .stdout(stdout.clone())
        .stderr(stderr.clone())
        .preopened_dir(sandbox, "/sandbox", DirPerms::ALL, FilePerms::ALL)
        .with_context(|| format!("preopening {}", sandbox.display()))?
        .build();
    let mut store = Store::new(engine, WasiState { wasi }).map_err(|e| anyhow!("{e}"))?;
    let command = canon_wasi::Command::instantiate(&mut store, &component, &linker)
        .map_err(|e| anyhow!("instantiating: {e}"))?;
    let status = canon_wasi::exit_status(command.wasi_cli_run().call_run(&mut store))
        .map_err(|e| anyhow!("running the command: {e}"))?;
    Ok(CommandOutput {
        stdout: String::from_utf8_lossy(&stdout.contents()).into_owned(),
        stderr: String::from_utf8_lossy(&stderr.contents()).into_owned(),
        status,
    })
}

/// Runs every call on `engine`; returns the results as WAVE.
fn run_on(engine: &Engine, bytes: &[u8]) -> Result<Vec<String>> {
    let component = Component::new(engine, bytes).map_err(|e| anyhow!("{e}"))?;
    let log: Arc<Mutex<Vec<String>>> = Arc::default();
    let mut linker: Linker<()> = Linker::new();
    let sink = Arc::clone(&log);
    linker
        .instance("example:hello/host")
        .map_err(|e| anyhow!("{e}"))?
        .func_new("log", move |_store, params, _results| {
            if let [Value::String(message)] = params {
                println!("  host log: {message}");
                sink.lock()
                    .map_err(|_| canon_host::Error::Type("log poisoned".into()))?
                    .push(message.to_string());
            }
            Ok(())
        })
        .map_err(|e| anyhow!("{e}"))?;
    let mut store = Store::new(engine, ()).map_err(|e| anyhow!("{e}"))?;
    let instance = linker
        .instantiate(&mut store, &component)
        .map_err(|e| anyhow!("instantiating: {e}"))?;
    let mut results_wave = Vec::new();
    for (function, arg) in CALLS {
        let func = instance
            .get_interface_func(INTERFACE, function)
            .with_context(|| format!("no export `{INTERFACE}#{function}`"))?;
        let ty = func.ty();
        let (_, param_type) = ty.params.first().context("one parameter")?;
        let value = Value::from_wave(param_type, arg).map_err(|e| anyhow!("{e}"))?;
        let mut results = vec![Value::Bool(false); ty.result_count()];
        println!("  call {function}({arg})");
        func.call(&mut store, &[value], &mut results)
            .map_err(|e| anyhow!("{function}: {e}"))?;
        for result in &results {
            let text = result.to_wave().map_err(|e| anyhow!("{e}"))?;
            println!("    -> {text}");
            results_wave.push(text);
        }
    }
    Ok(results_wave)
}
