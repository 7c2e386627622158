//! `cargo xtask demo`: the quickstart. Builds `examples/hello` (a Rust guest
//! written with `canon_guest::generate!`), makes it a component with
//! canon-encode, and runs it with canon-host on wasmi and on wasmtime,
//! printing every call, import and result.

use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result, anyhow, bail};
use canon_host::{Component, Engine, Linker, Store, Value};

use crate::diff::build::{TARGET, ensure_wasm_target};

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
    let example = root.join("examples/hello");
    let target_dir = root.join("target/demo");
    println!("building examples/hello for {TARGET} (cargo build --release)");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let status = Command::new(cargo)
        .args(["build", "--release", "--target", TARGET, "--target-dir"])
        .arg(&target_dir)
        .current_dir(&example)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .stdin(Stdio::null())
        .status()
        .context("running cargo build for examples/hello")?;
    if !status.success() {
        bail!("building examples/hello failed (see cargo's output above)");
    }
    let module_path = target_dir.join(TARGET).join("release/hello.wasm");
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
    Ok(())
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
