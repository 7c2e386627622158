//! Backend conformance: the same core-wasm scenarios on every backend.

use std::sync::Arc;

use canon_host::backend::{
    CoreExtern, CoreFuncType, CoreVal, CoreValType, EngineConfig, HostFunc, StoreLimits,
};
use canon_host::{Trap, TrapKind};

use crate::{backends, core, engines};

fn wasm(text: &str) -> Vec<u8> {
    wat::parse_str(text).unwrap()
}

fn export_func(
    store: &mut dyn canon_host::backend::CoreStore,
    inst: canon_host::backend::InstanceRef,
    name: &str,
) -> canon_host::backend::FuncRef {
    match store.instance_export(inst, name) {
        Some(CoreExtern::Func(f)) => f,
        other => panic!("export {name}: {other:?}"),
    }
}

#[test]
fn instantiate_and_call_exports() {
    for (name, engine) in engines() {
        let module = core(&engine)
            .compile(&wasm(
                r#"(module (func (export "add") (param i32 i32) (result i32)
                    local.get 0 local.get 1 i32.add)
                  (func (export "f64") (param f64) (result f64) local.get 0))"#,
            ))
            .unwrap();
        assert_eq!(module.exports().len(), 2, "{name}");
        let mut store = core(&engine)
            .new_store(&StoreLimits::default(), Box::new(()))
            .unwrap();
        let inst = store.instantiate(&*module, &[]).unwrap();
        let add = export_func(&mut *store, inst, "add");
        assert_eq!(
            store.func_type(add),
            CoreFuncType::new([CoreValType::I32; 2], [CoreValType::I32])
        );
        let mut out = [CoreVal::I32(0)];
        store
            .call(add, &[CoreVal::I32(40), CoreVal::I32(2)], &mut out)
            .unwrap();
        assert_eq!(out[0], CoreVal::I32(42), "{name}");
        let f = export_func(&mut *store, inst, "f64");
        let nan = f64::NAN.to_bits() | 1;
        let mut out = [CoreVal::F64(0)];
        store.call(f, &[CoreVal::F64(nan)], &mut out).unwrap();
        assert_eq!(out[0], CoreVal::F64(nan), "{name}: NaN bits survive");
    }
}

#[test]
fn host_functions_see_store_data_and_memory() {
    for (name, engine) in engines() {
        let module = core(&engine)
            .compile(&wasm(
                r#"(module
                  (import "env" "host" (func $h (param i32) (result i32)))
                  (memory (export "mem") 1)
                  (data (i32.const 16) "hello")
                  (func (export "run") (param i32) (result i32)
                    local.get 0 call $h))"#,
            ))
            .unwrap();
        assert_eq!(module.imports()[0].name, "host", "{name}");
        let mut store = core(&engine)
            .new_store(&StoreLimits::default(), Box::new(7u32))
            .unwrap();
        let host: HostFunc = Arc::new(|cx, args, rets| {
            let extra = *cx.data().downcast_ref::<u32>().unwrap();
            let x = args[0].as_i32().unwrap();
            rets[0] = CoreVal::I32(x * 2 + extra as i32);
            Ok(())
        });
        let f = store
            .new_func(
                &CoreFuncType::new([CoreValType::I32], [CoreValType::I32]),
                host,
            )
            .unwrap();
        let inst = store.instantiate(&*module, &[CoreExtern::Func(f)]).unwrap();
        let run = export_func(&mut *store, inst, "run");
        let mut out = [CoreVal::I32(0)];
        store.call(run, &[CoreVal::I32(10)], &mut out).unwrap();
        assert_eq!(out[0], CoreVal::I32(27), "{name}");

        let Some(CoreExtern::Memory(mem)) = store.instance_export(inst, "mem") else {
            panic!("{name}: no memory");
        };
        assert_eq!(&store.memory(mem)[16..21], b"hello", "{name}");
        store.memory_mut(mem)[16..21].copy_from_slice(b"HELLO");
        assert_eq!(&store.memory(mem)[16..21], b"HELLO", "{name}");
        assert_eq!(store.memory(mem).len(), 65536, "{name}");
        assert_eq!(store.memory_grow(mem, 1), Some(1), "{name}");
        assert_eq!(store.memory(mem).len(), 2 * 65536, "{name}");
    }
}

#[test]
fn traps_are_typed() {
    for (name, engine) in engines() {
        let module = core(&engine)
            .compile(&wasm(
                r#"(module
                  (import "env" "fail" (func $fail))
                  (func (export "unreachable") unreachable)
                  (func (export "div") (param i32) (result i32) i32.const 1 local.get 0 i32.div_u)
                  (func (export "host") call $fail))"#,
            ))
            .unwrap();
        let mut store = core(&engine)
            .new_store(&StoreLimits::default(), Box::new(()))
            .unwrap();
        let fail: HostFunc = Arc::new(|_, _, _| Err(Trap::new(TrapKind::InvalidUtf8)));
        let f = store.new_func(&CoreFuncType::default(), fail).unwrap();
        let inst = store.instantiate(&*module, &[CoreExtern::Func(f)]).unwrap();
        let u = export_func(&mut *store, inst, "unreachable");
        let err = store.call(u, &[], &mut []).unwrap_err();
        assert_eq!(err.kind(), &TrapKind::Unreachable, "{name}");
        let d = export_func(&mut *store, inst, "div");
        let err = store
            .call(d, &[CoreVal::I32(0)], &mut [CoreVal::I32(0)])
            .unwrap_err();
        assert_eq!(err.kind(), &TrapKind::DivisionByZero, "{name}");
        let h = export_func(&mut *store, inst, "host");
        let err = store.call(h, &[], &mut []).unwrap_err();
        assert_eq!(err.kind(), &TrapKind::InvalidUtf8, "{name}: host trap kept");
        // The store is still usable.
        let mut out = [CoreVal::I32(0)];
        store.call(d, &[CoreVal::I32(1)], &mut out).unwrap();
        assert_eq!(out[0], CoreVal::I32(1), "{name}");
    }
}

#[test]
fn fuel_limits_pass_through() {
    let config = EngineConfig { consume_fuel: true };
    for (name, engine) in backends(&config) {
        let module = core(&engine)
            .compile(&wasm(r#"(module (func (export "spin") (loop br 0)))"#))
            .unwrap();
        let limits = StoreLimits {
            fuel: Some(10_000),
            ..StoreLimits::default()
        };
        let mut store = core(&engine).new_store(&limits, Box::new(())).unwrap();
        assert_eq!(store.fuel(), Some(10_000), "{name}");
        let inst = store.instantiate(&*module, &[]).unwrap();
        let spin = export_func(&mut *store, inst, "spin");
        let err = store.call(spin, &[], &mut []).unwrap_err();
        assert_eq!(err.kind(), &TrapKind::OutOfFuel, "{name}");
    }
}

#[test]
fn memory_limits_pass_through() {
    for (name, engine) in engines() {
        let limits = StoreLimits {
            max_memory_bytes: Some(2 * 65536),
            ..StoreLimits::default()
        };
        let module = core(&engine)
            .compile(&wasm(
                r#"(module (memory (export "m") 1)
                  (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))"#,
            ))
            .unwrap();
        let mut store = core(&engine).new_store(&limits, Box::new(())).unwrap();
        let inst = store.instantiate(&*module, &[]).unwrap();
        let grow = export_func(&mut *store, inst, "grow");
        let mut out = [CoreVal::I32(0)];
        store.call(grow, &[CoreVal::I32(1)], &mut out).unwrap();
        assert_eq!(out[0], CoreVal::I32(1), "{name}: within the limit");
        store.call(grow, &[CoreVal::I32(1)], &mut out).unwrap();
        assert_eq!(out[0], CoreVal::I32(-1), "{name}: beyond the limit");

        let big = core(&engine)
            .compile(&wasm(r#"(module (memory 3))"#))
            .unwrap();
        assert!(store.instantiate(&*big, &[]).is_err(), "{name}");
    }
}

#[test]
fn globals_and_tables() {
    for (name, engine) in engines() {
        let module = core(&engine)
            .compile(&wasm(
                r#"(module (global (export "g") (mut i64) (i64.const 5))
                  (table (export "t") 3 funcref))"#,
            ))
            .unwrap();
        let mut store = core(&engine)
            .new_store(&StoreLimits::default(), Box::new(()))
            .unwrap();
        let inst = store.instantiate(&*module, &[]).unwrap();
        let Some(CoreExtern::Global(g)) = store.instance_export(inst, "g") else {
            panic!("{name}");
        };
        assert_eq!(store.global_get(g), CoreVal::I64(5), "{name}");
        store.global_set(g, CoreVal::I64(9)).unwrap();
        assert_eq!(store.global_get(g), CoreVal::I64(9), "{name}");
        let Some(CoreExtern::Table(t)) = store.instance_export(inst, "t") else {
            panic!("{name}");
        };
        assert_eq!(store.table_size(t), 3, "{name}");
    }
}

#[test]
fn link_errors_are_not_traps() {
    for (name, engine) in engines() {
        let module = core(&engine)
            .compile(&wasm(r#"(module (import "a" "b" (func (param i32))))"#))
            .unwrap();
        let mut store = core(&engine)
            .new_store(&StoreLimits::default(), Box::new(()))
            .unwrap();
        let f = store
            .new_func(
                &CoreFuncType::new([CoreValType::I64], []),
                Arc::new(|_, _, _| Ok(())),
            )
            .unwrap();
        let err = store
            .instantiate(&*module, &[CoreExtern::Func(f)])
            .unwrap_err();
        assert!(matches!(err, canon_host::Error::Link(_)), "{name}: {err:?}");
        assert!(
            core(&engine).compile(b"\0asm\x01\0\0\0\x7f").is_err(),
            "{name}"
        );
    }
}
