//! Instantiating and running a WASI 0.2 hello-world command
//! (`examples/wasi-hello`'s `hello`, built by rustc for `wasm32-wasip2`): on
//! canon-host with canon-wasi over wasmi and over wasmtime, and on wasmtime's
//! component runtime with wasmtime-wasi, in the same run.
//!
//! Each iteration makes a fresh store and WASI context, instantiates the
//! already-compiled component and calls `wasi:cli/run`; stdout goes to an
//! in-memory pipe. Run with `cargo bench -p canon-benches --bench wasi`
//! (it builds the guest first; the `wasm32-wasip2` target must be
//! installed).

use std::path::{Path, PathBuf};
use std::process::Command;

use criterion::{Criterion, criterion_group, criterion_main};

fn hello_component() -> Vec<u8> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let example = root.join("examples/wasi-hello");
    let target_dir = root.join("target/demo");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--bin",
            "hello",
            "--target",
            "wasm32-wasip2",
        ])
        .arg("--target-dir")
        .arg(&target_dir)
        .current_dir(&example)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .status()
        .expect("cargo runs");
    assert!(status.success(), "building examples/wasi-hello failed");
    let path: PathBuf = target_dir.join("wasm32-wasip2/release/hello.wasm");
    std::fs::read(&path).expect("the hello command was built")
}

mod canon {
    use canon_host::{Component, Engine, Linker, Store};
    use canon_wasi::{MemoryOutputPipe, WasiCtx, WasiCtxBuilder};

    pub(crate) struct State {
        wasi: WasiCtx,
    }

    pub(crate) struct Runner {
        engine: Engine,
        component: Component,
        linker: Linker<State>,
    }

    impl Runner {
        pub(crate) fn new(engine: Engine, bytes: &[u8]) -> Runner {
            let component = Component::new(&engine, bytes).expect("the component loads");
            let mut linker = Linker::new();
            canon_wasi::add_to_linker(&mut linker, |s: &mut State| &mut s.wasi)
                .expect("WASI links");
            Runner {
                engine,
                component,
                linker,
            }
        }

        /// One instantiation and run; returns the stdout length.
        pub(crate) fn run(&self) -> usize {
            let stdout = MemoryOutputPipe::new(4096);
            let wasi = WasiCtxBuilder::new()
                .arg("hello")
                .stdout(stdout.clone())
                .build();
            let mut store = Store::new(&self.engine, State { wasi }).expect("a store");
            let command =
                canon_wasi::Command::instantiate(&mut store, &self.component, &self.linker)
                    .expect("instantiates");
            command
                .wasi_cli_run()
                .call_run(&mut store)
                .expect("runs")
                .expect("succeeds");
            stdout.contents().len()
        }
    }
}

mod reference {
    use wasmtime::component::{Component, Linker, ResourceTable};
    use wasmtime::{Engine, Store};
    use wasmtime_wasi::p2::bindings::sync::Command;
    use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
    use wasmtime_wasi::{WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};

    pub(crate) struct State {
        ctx: WasiCtx,
        table: ResourceTable,
    }

    impl WasiView for State {
        fn ctx(&mut self) -> WasiCtxView<'_> {
            WasiCtxView {
                ctx: &mut self.ctx,
                table: &mut self.table,
            }
        }
    }

    pub(crate) struct Runner {
        engine: Engine,
        component: Component,
        linker: Linker<State>,
    }

    impl Runner {
        pub(crate) fn new(bytes: &[u8]) -> Runner {
            let engine = Engine::default();
            let component = Component::new(&engine, bytes).expect("the component loads");
            let mut linker = Linker::new(&engine);
            wasmtime_wasi::p2::add_to_linker_sync(&mut linker).expect("WASI links");
            Runner {
                engine,
                component,
                linker,
            }
        }

        pub(crate) fn run(&self) -> usize {
            let stdout = MemoryOutputPipe::new(4096);
            let ctx = WasiCtxBuilder::new()
                .arg("hello")
                .stdout(stdout.clone())
                .build();
            let state = State {
                ctx,
                table: ResourceTable::new(),
            };
            let mut store = Store::new(&self.engine, state);
            let command = Command::instantiate(&mut store, &self.component, &self.linker)
                .expect("instantiates");
            command
                .wasi_cli_run()
                .call_run(&mut store)
                .expect("runs")
                .expect("succeeds");
            stdout.contents().len()
        }
    }
}

fn bench(c: &mut Criterion) {
    let bytes = hello_component();
    let wasmi = canon::Runner::new(
        canon_host::Engine::new(
            canon_backend_wasmi::WasmiEngine::new(&Default::default()).expect("wasmi"),
        ),
        &bytes,
    );
    let wasmtime = canon::Runner::new(
        canon_host::Engine::new(
            canon_backend_wasmtime::WasmtimeEngine::new(&Default::default()).expect("wasmtime"),
        ),
        &bytes,
    );
    let reference = reference::Runner::new(&bytes);
    // All three print the same line.
    let expected = "hello, world\n".len();
    assert_eq!(wasmi.run(), expected);
    assert_eq!(wasmtime.run(), expected);
    assert_eq!(reference.run(), expected);

    let mut group = c.benchmark_group("wasi-hello-instantiate-and-run");
    group.bench_function("canon-wasi/wasmi", |b| b.iter(|| wasmi.run()));
    group.bench_function("canon-wasi/wasmtime", |b| b.iter(|| wasmtime.run()));
    group.bench_function("wasmtime-wasi/wasmtime", |b| b.iter(|| reference.run()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
