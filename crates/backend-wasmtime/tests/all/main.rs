//! Smoke test of the wasmtime backend; the conformance scenarios shared with the
//! other backend live in canon-host's tests.

use canon_backend_wasmtime::WasmtimeEngine;
use canon_host::backend::{CoreEngine, CoreExtern, CoreVal, EngineConfig, StoreLimits};

#[test]
fn compiles_instantiates_and_calls() {
    let engine = WasmtimeEngine::new(&EngineConfig::default()).unwrap();
    assert_eq!(engine.name(), "wasmtime");
    let wasm = wat::parse_str(
        r#"(module (func (export "inc") (param i64) (result i64) local.get 0 i64.const 1 i64.add))"#,
    )
    .unwrap();
    let module = engine.compile(&wasm).unwrap();
    let mut store = engine
        .new_store(&StoreLimits::default(), Box::new(()))
        .unwrap();
    let instance = store.instantiate(&*module, &[]).unwrap();
    let Some(CoreExtern::Func(inc)) = store.instance_export(instance, "inc") else {
        panic!("no export");
    };
    let mut out = [CoreVal::I64(0)];
    store.call(inc, &[CoreVal::I64(41)], &mut out).unwrap();
    assert_eq!(out[0], CoreVal::I64(42));
    assert!(store.instance_export(instance, "missing").is_none());
}
