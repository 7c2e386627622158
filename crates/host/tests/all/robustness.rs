//! A misbehaving guest gets a typed trap, never a panic; the trapped instance
//! is locked down and the store stays usable. One test per kind of
//! misbehaviour, on both backends.

use canon_host::backend::{EngineConfig, StoreLimits};
use canon_host::value::List;
use canon_host::{Error, Linker, Store, TrapKind, Value};

use crate::components::{LIBC, component};
use crate::{backends, engines};

/// A component whose exports return whatever the core function leaves at a
/// fixed address or returns directly.
fn guest(body: &str, exports: &str) -> String {
    format!(
        r#"(component
      (core module $m {LIBC} {body}
        (func (export "ok") (result i32) i32.const 1))
      (core instance $i (instantiate $m))
      {exports}
      (func (export "ok") (result u32) (canon lift (core func $i "ok")))
    )"#
    )
}

fn trap_of(text: &str, func: &str, params: &[Value]) -> Vec<(String, TrapKind)> {
    let mut kinds = Vec::new();
    for (name, engine) in engines() {
        let c = component(&engine, text);
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = Linker::new().instantiate(&mut store, &c).unwrap();
        let f = inst.get_func(func).unwrap();
        let mut out = vec![Value::Bool(false); f.ty().result_count()];
        let err = f.call(&mut store, params, &mut out).unwrap_err();
        let Error::Trap(t) = err else {
            panic!("{name}: not a trap: {err:?}")
        };
        kinds.push((name.to_string(), t.into_kind()));
        // The trapped instance is locked down: any later call traps before
        // the guest runs, so its state after the trap is never observed.
        let mut out = [Value::Bool(false)];
        let after = inst.get_func("ok").unwrap().call(&mut store, &[], &mut out);
        assert!(
            matches!(&after, Err(Error::Trap(t)) if *t.kind() == TrapKind::CannotEnter),
            "{name}: a call after the trap gave {after:?}"
        );
        // The store stays usable: a new instance in it runs.
        let fresh = Linker::new().instantiate(&mut store, &c).unwrap();
        fresh
            .get_func("ok")
            .unwrap()
            .call(&mut store, &[], &mut out)
            .unwrap();
        assert_eq!(out[0], Value::U32(1), "{name}");
    }
    kinds
}

fn assert_all(kinds: Vec<(String, TrapKind)>, pred: impl Fn(&TrapKind) -> bool) {
    for (name, k) in kinds {
        assert!(pred(&k), "{name}: unexpected trap {k:?}");
    }
}

const STRING_OUT: &str = r#"(func (export "string") (result string)
    (canon lift (core func $i "get") (memory (core memory $i "mem"))))"#;

#[test]
fn out_of_bounds_pointer() {
    let text = guest(
        r#"(func (export "get") (result i32)
            (i32.store (i32.const 8) (i32.const 65530)) (i32.store (i32.const 12) (i32.const 10))
            (i32.const 8))"#,
        STRING_OUT,
    );
    assert_all(trap_of(&text, "string", &[]), |k| {
        matches!(
            k,
            TrapKind::PointerOutOfBounds {
                ptr: 65530,
                len: 10
            }
        )
    });
}

#[test]
fn out_of_bounds_return_pointer() {
    let text = guest(
        r#"(func (export "get") (result i32) (i32.const 65535))"#,
        STRING_OUT,
    );
    assert_all(trap_of(&text, "string", &[]), |k| {
        matches!(
            k,
            TrapKind::PointerOutOfBounds { .. } | TrapKind::MisalignedPointer { .. }
        )
    });
}

#[test]
fn misaligned_pointer() {
    let text = guest(
        r#"(func (export "get") (result i32)
            (i32.store (i32.const 8) (i32.const 101)) (i32.store (i32.const 12) (i32.const 1))
            (i32.const 8))"#,
        r#"(func (export "words") (result (list u32))
            (canon lift (core func $i "get") (memory (core memory $i "mem"))))"#,
    );
    assert_all(trap_of(&text, "words", &[]), |k| {
        matches!(k, TrapKind::MisalignedPointer { ptr: 101, align: 4 })
    });
}

#[test]
fn length_overflow() {
    let text = guest(
        r#"(func (export "get") (result i32)
            (i32.store (i32.const 8) (i32.const 0)) (i32.store (i32.const 12) (i32.const 0x20000000))
            (i32.const 8))"#,
        r#"(func (export "longs") (result (list u64))
            (canon lift (core func $i "get") (memory (core memory $i "mem"))))"#,
    );
    assert_all(trap_of(&text, "longs", &[]), |k| {
        matches!(k, TrapKind::LengthOverflow)
    });
}

#[test]
fn invalid_utf8() {
    let text = guest(
        r#"(data (i32.const 200) "ok\ff")
          (func (export "get") (result i32)
            (i32.store (i32.const 8) (i32.const 200)) (i32.store (i32.const 12) (i32.const 3))
            (i32.const 8))"#,
        STRING_OUT,
    );
    assert_all(trap_of(&text, "string", &[]), |k| {
        matches!(k, TrapKind::InvalidUtf8)
    });
}

#[test]
fn invalid_utf16() {
    let text = guest(
        r#"(data (i32.const 200) "a\00\00\d8b\00")
          (func (export "get") (result i32)
            (i32.store (i32.const 8) (i32.const 200)) (i32.store (i32.const 12) (i32.const 3))
            (i32.const 8))"#,
        r#"(func (export "string") (result string)
            (canon lift (core func $i "get") (memory (core memory $i "mem")) string-encoding=utf16))"#,
    );
    assert_all(trap_of(&text, "string", &[]), |k| {
        matches!(k, TrapKind::InvalidUtf16)
    });
}

#[test]
fn invalid_char() {
    let text = guest(
        r#"(func (export "get") (result i32) (i32.const 0xd800))"#,
        r#"(func (export "char") (result char) (canon lift (core func $i "get")))"#,
    );
    assert_all(trap_of(&text, "char", &[]), |k| {
        matches!(k, TrapKind::InvalidChar(0xd800))
    });
}

#[test]
fn out_of_range_discriminant() {
    let text = guest(
        r#"(func (export "get") (result i32) (i32.const 3))"#,
        r#"(type $e0 (enum "a" "b" "c")) (export $e "e" (type $e0))
           (func (export "enum") (result $e) (canon lift (core func $i "get")))"#,
    );
    assert_all(trap_of(&text, "enum", &[]), |k| {
        matches!(k, TrapKind::InvalidDiscriminant { value: 3, cases: 3 })
    });
}

#[test]
fn flags_bits_beyond_the_type_are_masked() {
    let text = guest(
        r#"(func (export "get") (result i32) (i32.const 0xff))"#,
        r#"(type $f0 (flags "a" "b" "c")) (export $f "f" (type $f0))
           (func (export "flags") (result $f) (canon lift (core func $i "get")))"#,
    );
    for (name, engine) in engines() {
        let c = component(&engine, &text);
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = Linker::new().instantiate(&mut store, &c).unwrap();
        let mut out = [Value::Bool(false)];
        inst.get_func("flags")
            .unwrap()
            .call(&mut store, &[], &mut out)
            .unwrap();
        let Value::Flags(f) = &out[0] else { panic!() };
        assert_eq!(f.bits(), &[0b111], "{name}");
        assert_eq!(f.set_names().collect::<Vec<_>>(), ["a", "b", "c"], "{name}");
    }
}

#[test]
fn realloc_returning_a_bad_pointer() {
    for (ret, what) in [("65530", "out of bounds"), ("1026", "misaligned")] {
        let text = format!(
            r#"(component
          (core module $m
            (memory (export "mem") 1)
            (func (export "realloc") (param i32 i32 i32 i32) (result i32) (i32.const {ret}))
            (func (export "take") (param i32 i32))
            (func (export "ok") (result i32) i32.const 1))
          (core instance $i (instantiate $m))
          (func (export "take") (param "l" (list u32))
            (canon lift (core func $i "take") (memory (core memory $i "mem")) (realloc (core func $i "realloc"))))
          (func (export "ok") (result u32) (canon lift (core func $i "ok")))
        )"#
        );
        let list = Value::List(List::from_slice(&[1u32, 2, 3]));
        assert_all(trap_of(&text, "take", &[list]), |k| {
            matches!(k, TrapKind::BadRealloc { .. })
        });
        let _ = what;
    }
}

#[test]
fn post_return_trapping() {
    let text = guest(
        r#"(func (export "get") (result i32) (i32.const 5))
           (func (export "post") (param i32) unreachable)"#,
        r#"(func (export "f") (result u32)
            (canon lift (core func $i "get") (post-return (core func $i "post"))))"#,
    );
    assert_all(
        trap_of(&text, "f", &[]),
        |k| matches!(k, TrapKind::PostReturn(inner) if **inner == TrapKind::Unreachable),
    );
}

#[test]
fn reentering_a_component_traps() {
    let text = r#"(component
      (import "callback" (func $cb))
      (core func $cb (canon lower (func $cb)))
      (core module $m
        (import "" "cb" (func $cb))
        (func (export "outer") call $cb)
        (func (export "inner")))
      (core instance $i (instantiate $m (with "" (instance (export "cb" (func $cb))))))
      (func (export "outer") (canon lift (core func $i "outer")))
      (func (export "inner") (canon lift (core func $i "inner")))
    )"#;
    for (name, engine) in engines() {
        let c = component(&engine, text);
        let slot = std::sync::Arc::new(std::sync::Mutex::new(None::<canon_host::Func>));
        let mut linker = Linker::<()>::new();
        let s = slot.clone();
        linker
            .root()
            .func_new("callback", move |mut cx, _, _| {
                let f = s.lock().unwrap().clone().unwrap();
                f.call_from_host(&mut cx, &[], &mut [])
            })
            .unwrap();
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = linker.instantiate(&mut store, &c).unwrap();
        *slot.lock().unwrap() = inst.get_func("inner");
        let err = inst
            .get_func("outer")
            .unwrap()
            .call(&mut store, &[], &mut [])
            .unwrap_err();
        assert_eq!(
            err.as_trap().map(|t| t.kind()),
            Some(&TrapKind::CannotEnter),
            "{name}: {err:?}"
        );
        // The trap locked the instance down; a new one runs `inner`.
        let err = inst
            .get_func("inner")
            .unwrap()
            .call(&mut store, &[], &mut [])
            .unwrap_err();
        assert_eq!(
            err.as_trap().map(|t| t.kind()),
            Some(&TrapKind::CannotEnter),
            "{name}: {err:?}"
        );
        let fresh = linker.instantiate(&mut store, &c).unwrap();
        fresh
            .get_func("inner")
            .unwrap()
            .call(&mut store, &[], &mut [])
            .unwrap();
    }
}

#[test]
fn calling_out_from_realloc_traps() {
    let text = r#"(component
      (import "host" (func $h))
      (core func $h (canon lower (func $h)))
      (core module $m
        (import "" "h" (func $h))
        (memory (export "mem") 1)
        (func (export "realloc") (param i32 i32 i32 i32) (result i32) call $h (i32.const 64))
        (func (export "take") (param i32 i32)))
      (core instance $i (instantiate $m (with "" (instance (export "h" (func $h))))))
      (func (export "take") (param "s" string)
        (canon lift (core func $i "take") (memory (core memory $i "mem")) (realloc (core func $i "realloc"))))
    )"#;
    for (name, engine) in engines() {
        let c = component(&engine, text);
        let mut linker = Linker::<()>::new();
        linker.root().func_new("host", |_, _, _| Ok(())).unwrap();
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = linker.instantiate(&mut store, &c).unwrap();
        let err = inst
            .get_func("take")
            .unwrap()
            .call(&mut store, &[Value::string("x")], &mut [])
            .unwrap_err();
        assert_eq!(
            err.as_trap().map(|t| t.kind()),
            Some(&TrapKind::CannotLeave),
            "{name}: {err:?}"
        );
    }
}

#[test]
fn fuel_limits_stop_guests() {
    let text = r#"(component
      (core module $m (func (export "spin") (loop br 0)))
      (core instance $i (instantiate $m))
      (func (export "spin") (canon lift (core func $i "spin")))
    )"#;
    for (name, engine) in backends(&EngineConfig { consume_fuel: true }) {
        let c = component(&engine, text);
        let limits = StoreLimits {
            fuel: Some(5_000),
            ..StoreLimits::default()
        };
        let mut store = Store::with_limits(&engine, (), &limits).unwrap();
        let inst = Linker::new().instantiate(&mut store, &c).unwrap();
        let err = inst
            .get_func("spin")
            .unwrap()
            .call(&mut store, &[], &mut [])
            .unwrap_err();
        assert_eq!(
            err.as_trap().map(|t| t.kind()),
            Some(&TrapKind::OutOfFuel),
            "{name}"
        );
    }
}
