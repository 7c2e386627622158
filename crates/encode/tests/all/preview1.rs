//! The real preview1 adapters at work: a Rust `wasm32-wasip1` command and
//! reactor (`tests/fixtures/preview1`) become components with the adapters
//! the `wasi-preview1-component-adapter-provider` crate ships, run on
//! wasmtime's WASI, and decode to the same world as wit-component's.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use canon_encode::{ComponentBuilder, Decoded, StringEncoding};
use wasi_preview1_component_adapter_provider::{
    WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME as PREVIEW1, WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER,
    WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER,
};
use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::{Config, Engine, Store};
use wasmtime_wasi::p2::bindings::sync::Command as WasiCommand;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{I32Exit, WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};

use crate::support::world_summary;

/// The fixture guests, built once per test run.
fn fixtures() -> &'static PathBuf {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT.get_or_init(|| {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/preview1");
        let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("encode-fixtures");
        let output = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--release", "--target", "wasm32-wasip1"])
            .current_dir(&manifest)
            .env("CARGO_TARGET_DIR", &target)
            .env_remove("RUSTFLAGS")
            .output()
            .expect("cargo runs");
        assert!(
            output.status.success(),
            "building tests/fixtures/preview1 failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        target.join("wasm32-wasip1/release")
    })
}

fn fixture(name: &str) -> Vec<u8> {
    let path = fixtures().join(format!("{name}.wasm"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The command: no metadata, only preview1 imports.
fn command_module() -> Vec<u8> {
    fixture("command")
}

const REACTOR_WIT: &str = "package canon:fixture;
world reactor {
  export greet: func(name: string) -> u32;
}";

/// The reactor, with its world embedded.
fn reactor_module() -> Vec<u8> {
    let loaded = canon_wit::Loader::new()
        .load_source("reactor.wit", REACTOR_WIT)
        .unwrap();
    let world = loaded.select_world(None).unwrap();
    canon_encode::embed(
        &fixture("reactor"),
        &loaded.resolve,
        world,
        StringEncoding::Utf8,
    )
    .unwrap()
}

fn encode(module: &[u8], adapter: &[u8]) -> Vec<u8> {
    let component = ComponentBuilder::new(module)
        .adapter(PREVIEW1, adapter)
        .encode()
        .unwrap_or_else(|e| panic!("canon component new: {e}"));
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
        .validate_all(&component)
        .unwrap_or_else(|e| panic!("the component is invalid: {e}"));
    component
}

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut config = Config::new();
        config.wasm_component_model(true);
        Engine::new(&config).unwrap()
    })
}

struct Host {
    ctx: WasiCtx,
    table: ResourceTable,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.ctx,
            table: &mut self.table,
        }
    }
}

/// A store whose guest sees `env` and writes its stdout to the pipe.
fn new_store(env: &[(&str, &str)]) -> (Store<Host>, MemoryOutputPipe) {
    let stdout = MemoryOutputPipe::new(4096);
    let ctx = WasiCtxBuilder::new()
        .envs(env)
        .stdout(stdout.clone())
        .build();
    let host = Host {
        ctx,
        table: ResourceTable::new(),
    };
    (Store::new(engine(), host), stdout)
}

fn linker() -> Linker<Host> {
    let mut linker = Linker::new(engine());
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker).unwrap();
    linker
}

fn stdout_text(pipe: &MemoryOutputPipe) -> String {
    String::from_utf8(pipe.contents().to_vec()).unwrap()
}

#[test]
fn a_preview1_command_runs_on_wasmtime_with_the_command_adapter() {
    let bytes = encode(&command_module(), WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER);
    let component = Component::new(engine(), &bytes).unwrap();
    let linker = linker();

    // Exit code 0: `run` returns `ok`.
    let (mut store, stdout) = new_store(&[("CANON_NAME", "canon")]);
    let command = WasiCommand::instantiate(&mut store, &component, &linker).unwrap();
    let result = command.wasi_cli_run().call_run(&mut store);
    assert!(matches!(result, Ok(Ok(()))), "{result:?}");
    assert_eq!(stdout_text(&stdout), "hello, canon!\n");

    // A non-zero code: preview1's `proc_exit(7)` becomes `wasi:cli/exit`'s
    // `exit(err)`, which wasmtime reports as exit status 1 (the adapter does
    // not use the unstable `exit-with-code`).
    let (mut store, stdout) = new_store(&[("CANON_NAME", "exit"), ("CANON_EXIT_CODE", "7")]);
    let command = WasiCommand::instantiate(&mut store, &component, &linker).unwrap();
    let error = command
        .wasi_cli_run()
        .call_run(&mut store)
        .expect_err("the command exits");
    assert_eq!(
        error.downcast_ref::<I32Exit>().map(|exit| exit.0),
        Some(1),
        "{error:?}"
    );
    assert_eq!(stdout_text(&stdout), "hello, exit!\n");

    // Without the variable, the default name.
    let (mut store, stdout) = new_store(&[]);
    let command = WasiCommand::instantiate(&mut store, &component, &linker).unwrap();
    let result = command.wasi_cli_run().call_run(&mut store);
    assert!(matches!(result, Ok(Ok(()))), "{result:?}");
    assert_eq!(stdout_text(&stdout), "hello, nobody!\n");
}

#[test]
fn a_preview1_reactor_export_runs_on_wasmtime_with_the_reactor_adapter() {
    let bytes = encode(&reactor_module(), WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER);
    let component = Component::new(engine(), &bytes).unwrap();
    let (mut store, stdout) = new_store(&[]);
    let instance = linker().instantiate(&mut store, &component).unwrap();
    let greet = instance
        .get_typed_func::<(&str,), (u32,)>(&mut store, "greet")
        .unwrap();
    let (count,) = greet.call(&mut store, ("wörld",)).unwrap();
    assert_eq!(count, 5);
    let (count,) = greet.call(&mut store, ("canon",)).unwrap();
    assert_eq!(count, 5);
    assert_eq!(stdout_text(&stdout), "hello, wörld!\nhello, canon!\n");
}

/// The world of a component, as a canonical text.
fn decoded_world(bytes: &[u8]) -> String {
    match canon_encode::decode(bytes).unwrap() {
        Decoded::Component { resolve, world } => world_summary(&resolve, world),
        Decoded::Package { .. } => panic!("not a component"),
    }
}

fn upstream_world(bytes: &[u8]) -> String {
    match wit_component::decode(bytes).unwrap() {
        wit_component::DecodedWasm::Component(resolve, world) => world_summary(&resolve, world),
        wit_component::DecodedWasm::WitPackage(..) => panic!("not a component"),
    }
}

#[test]
fn preview1_components_have_the_world_of_wit_components() {
    for (what, module, adapter) in [
        (
            "command",
            command_module(),
            WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER,
        ),
        (
            "reactor",
            reactor_module(),
            WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER,
        ),
    ] {
        let ours = encode(&module, adapter);
        let theirs = wit_component::ComponentEncoder::default()
            .module(&module)
            .unwrap()
            .adapter(PREVIEW1, adapter)
            .unwrap()
            .validate(true)
            .encode()
            .unwrap_or_else(|e| panic!("{what}: wit-component: {e:?}"));
        let world = decoded_world(&ours);
        assert_eq!(world, upstream_world(&theirs), "{what}");
        // Trimmed to what printing, the environment and exiting reach: no
        // sockets, randomness, monotonic clock or opening of files.
        for absent in [
            "wasi:sockets",
            "wasi:random",
            "wasi:clocks/monotonic-clock",
            "open-at",
        ] {
            assert!(!world.contains(absent), "{what}: {absent}: {world}");
        }
        for present in ["wasi:cli/stdout", "get-environment", "wasi:cli/exit"] {
            assert!(world.contains(present), "{what}: {present}: {world}");
        }
    }
}

/// The core modules of a component, in order.
fn core_modules(component: &[u8]) -> Vec<Vec<u8>> {
    let mut modules = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(component) {
        if let wasmparser::Payload::ModuleSection {
            unchecked_range, ..
        } = payload.unwrap()
        {
            modules.push(component[unchecked_range].to_vec());
        }
    }
    modules
}

fn function_imports_and_exports(module: &[u8]) -> (Vec<(String, String)>, Vec<String>) {
    let mut imports = Vec::new();
    let mut exports = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(module) {
        match payload.unwrap() {
            wasmparser::Payload::ImportSection(section) => {
                for import in section.into_imports() {
                    let import = import.unwrap();
                    if matches!(import.ty, wasmparser::TypeRef::Func(_)) {
                        imports.push((import.module.to_string(), import.name.to_string()));
                    }
                }
            }
            wasmparser::Payload::ExportSection(section) => {
                for export in section {
                    exports.push(export.unwrap().name.to_string());
                }
            }
            _ => {}
        }
    }
    (imports, exports)
}

#[test]
fn the_adapter_is_trimmed_to_the_functions_the_command_imports() {
    let module = command_module();
    let (module_imports, _) = function_imports_and_exports(&module);
    let bytes = encode(&module, WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER);
    // The adapter is the core module that imports `__main_module__`.
    let adapter = core_modules(&bytes)
        .into_iter()
        .map(|m| function_imports_and_exports(&m))
        .find(|(imports, _)| imports.iter().any(|(m, _)| m == "__main_module__"))
        .expect("the component embeds the adapter");
    let mut expected: Vec<String> = module_imports
        .iter()
        .filter(|(m, _)| m == PREVIEW1)
        .map(|(_, f)| f.clone())
        .collect();
    expected.push("cabi_import_realloc".to_string());
    // The command adapter's `wasi:cli/run@0.2.x#run`, whatever its version.
    let (_, untrimmed) = function_imports_and_exports(WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER);
    let run: Vec<&String> = untrimmed
        .iter()
        .filter(|e| e.starts_with("wasi:cli/run@") && e.ends_with("#run"))
        .collect();
    assert_eq!(run.len(), 1, "{untrimmed:?}");
    expected.push(run[0].clone());
    // Everything else the adapter exports is gone.
    assert!(untrimmed.len() > expected.len() + 40, "{untrimmed:?}");
    expected.sort();
    let mut exports = adapter.1;
    exports.sort();
    assert_eq!(exports, expected);
    // The command's entry point comes from the main module.
    assert!(
        adapter
            .0
            .contains(&("__main_module__".to_string(), "_start".to_string())),
        "{:?}",
        adapter.0
    );
}
