//! Smoke test of the wasmi backend; the conformance scenarios shared with the
//! other backend live in canon-host's tests.

use canon_backend_wasmi::WasmiEngine;
use canon_host::backend::{CoreEngine, CoreExtern, CoreVal, EngineConfig, StoreLimits};

#[test]
fn compiles_instantiates_and_calls() {
    let engine = WasmiEngine::new(&EngineConfig::default()).unwrap();
    assert_eq!(engine.name(), "wasmi");
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

/// A guest that runs millions of instructions finishes on a test thread's
/// small stack, in any build profile. wasmi's tail-call dispatch recurses
/// natively once per instruction unless LLVM turns the calls into jumps,
/// which it does only when optimizing; without the `auto-dispatch` feature
/// debug builds used it anyway and a long loop aborted the process with a
/// stack overflow (found by `cargo xtask diff --count 500`).
#[test]
fn long_running_guests_do_not_overflow_the_native_stack() {
    let engine = WasmiEngine::new(&EngineConfig::default()).unwrap();
    let wasm = wat::parse_str(
        r#"(module
          (func (export "count") (param $n i32) (result i32) (local $acc i32)
            (block $done
              (loop $next
                (br_if $done (i32.eqz (local.get $n)))
                (local.set $acc (i32.add (local.get $acc) (i32.const 3)))
                (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                (br $next)))
            (local.get $acc)))"#,
    )
    .unwrap();
    let module = engine.compile(&wasm).unwrap();
    let mut store = engine
        .new_store(&StoreLimits::default(), Box::new(()))
        .unwrap();
    let instance = store.instantiate(&*module, &[]).unwrap();
    let Some(CoreExtern::Func(count)) = store.instance_export(instance, "count") else {
        panic!("no export");
    };
    // A 256 KiB stack: far less than a loop of a million iterations would
    // need if each executed instruction took a native frame.
    let result = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(move || {
            let mut out = [CoreVal::I32(0)];
            store
                .call(count, &[CoreVal::I32(1_000_000)], &mut out)
                .unwrap();
            out[0]
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(result, CoreVal::I32(3_000_000));
}
