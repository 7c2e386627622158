//! Typed calls: `TypedFunc<P, R>` lowering Rust values directly.

use canon_host::{Error, Linker, Store};

use crate::components::{LIBC, component};
use crate::engines;

#[test]
fn typed_calls_round_trip() {
    let text = format!(
        r#"(component
      (core module $m {LIBC}
        (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
        (func (export "opt") (param i32 i32) (result i32)
          (i32.store (i32.const 32) (local.get 0))
          (i32.store (i32.const 36) (local.get 1))
          (i32.const 32))
        (func (export "trip") (param i32 i32 i32) (result i32)
          (i32.store (i32.const 32) (local.get 0))
          (i32.store (i32.const 36) (local.get 1))
          (i32.store (i32.const 40) (local.get 2))
          (i32.const 32))
        (func (export "bad") (result i32) (i32.const 7)))
      (core instance $i (instantiate $m))
      (func (export "add") (param "a" u32) (param "b" u32) (result u32)
        (canon lift (core func $i "add")))
      (func (export "echo") (param "s" string) (result string)
        (canon lift (core func $i "id-pair") (memory (core memory $i "mem"))
          (realloc (core func $i "realloc"))))
      (func (export "words") (param "w" (list u64)) (result (list u64))
        (canon lift (core func $i "id-pair") (memory (core memory $i "mem"))
          (realloc (core func $i "realloc"))))
      (func (export "opt") (param "o" (option u32)) (result (option u32))
        (canon lift (core func $i "opt") (memory (core memory $i "mem"))))
      (func (export "res") (param "r" (result u32 (error string))) (result (result u32 (error string)))
        (canon lift (core func $i "trip") (memory (core memory $i "mem"))
          (realloc (core func $i "realloc"))))
      (func (export "pair") (param "p" (tuple u8 string)) (result (tuple u8 string))
        (canon lift (core func $i "trip") (memory (core memory $i "mem"))
          (realloc (core func $i "realloc"))))
      (func (export "bad") (result bool) (canon lift (core func $i "bad")))
    )"#
    );
    for (name, engine) in engines() {
        let c = component(&engine, &text);
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = Linker::new().instantiate(&mut store, &c).unwrap();
        let add = inst
            .get_func("add")
            .unwrap()
            .typed::<(u32, u32), u32>()
            .unwrap();
        assert_eq!(add.call(&mut store, (40, 2)).unwrap(), 42, "{name}");
        assert!(
            matches!(
                inst.get_func("add").unwrap().typed::<(u32,), u32>(),
                Err(Error::Type(_))
            ),
            "{name}"
        );
        let echo = inst
            .get_func("echo")
            .unwrap()
            .typed::<(String,), String>()
            .unwrap();
        assert_eq!(
            echo.call(&mut store, ("héllo".into(),)).unwrap(),
            "héllo",
            "{name}"
        );
        let words = inst
            .get_func("words")
            .unwrap()
            .typed::<(Vec<u64>,), Vec<u64>>()
            .unwrap();
        let w = vec![1, u64::MAX, 3];
        assert_eq!(words.call(&mut store, (w.clone(),)).unwrap(), w, "{name}");
        let opt = inst
            .get_func("opt")
            .unwrap()
            .typed::<(Option<u32>,), Option<u32>>()
            .unwrap();
        assert_eq!(opt.call(&mut store, (Some(9),)).unwrap(), Some(9), "{name}");
        assert_eq!(opt.call(&mut store, (None,)).unwrap(), None, "{name}");
        let res = inst
            .get_func("res")
            .unwrap()
            .typed::<(Result<u32, String>,), Result<u32, String>>()
            .unwrap();
        for v in [Ok(5), Err("no".to_string())] {
            assert_eq!(res.call(&mut store, (v.clone(),)).unwrap(), v, "{name}");
        }
        let pair = inst
            .get_func("pair")
            .unwrap()
            .typed::<((u8, String),), (u8, String)>()
            .unwrap();
        let p = (7u8, "seven".to_string());
        assert_eq!(pair.call(&mut store, (p.clone(),)).unwrap(), p, "{name}");
        // bool lifts any non-zero as true, per the spec.
        let bad = inst.get_func("bad").unwrap().typed::<(), bool>().unwrap();
        assert!(bad.call(&mut store, ()).unwrap(), "{name}");
    }
}

#[test]
fn typed_host_functions() {
    let text = r#"(component
      (import "concat" (func $concat (param "a" string) (param "n" u32) (result string)))
      (import "sum" (func $sum (param "xs" (list u32)) (result u64)))
      (core module $libc
        (memory (export "mem") 1)
        (global $bump (mut i32) (i32.const 1024))
        (func (export "realloc") (param i32 i32 i32 i32) (result i32)
          (local $p i32)
          (local.set $p (global.get $bump))
          (global.set $bump (i32.add (global.get $bump) (local.get 3)))
          (local.get $p)))
      (core instance $libc (instantiate $libc))
      (core func $concat (canon lower (func $concat) (memory (core memory $libc "mem"))
        (realloc (core func $libc "realloc"))))
      (core func $sum (canon lower (func $sum) (memory (core memory $libc "mem"))))
      (core module $m
        (import "" "concat" (func $concat (param i32 i32 i32 i32)))
        (import "" "sum" (func $sum (param i32 i32) (result i64)))
        (func (export "run") (param i32 i32 i32) (result i32)
          (call $concat (local.get 0) (local.get 1) (local.get 2) (i32.const 16))
          (i32.const 16))
        (func (export "sum") (param i32 i32) (result i64)
          (call $sum (local.get 0) (local.get 1))))
      (core instance $i (instantiate $m (with "" (instance
        (export "concat" (func $concat)) (export "sum" (func $sum))))))
      (func (export "run") (param "a" string) (param "n" u32) (result string)
        (canon lift (core func $i "run") (memory (core memory $libc "mem"))
          (realloc (core func $libc "realloc"))))
      (func (export "sum") (param "xs" (list u32)) (result u64)
        (canon lift (core func $i "sum") (memory (core memory $libc "mem"))
          (realloc (core func $libc "realloc"))))
    )"#;
    let mut linker = Linker::<u32>::new();
    linker
        .root()
        .func_wrap("concat", |mut cx, (a, n): (String, u32)| {
            *cx.data_mut() += 1;
            Ok::<_, Error>(a.repeat(n as usize))
        })
        .unwrap();
    linker
        .root()
        .func_wrap("sum", |_, (xs,): (Vec<u32>,)| {
            Ok::<_, Error>(xs.iter().map(|&x| u64::from(x)).sum::<u64>())
        })
        .unwrap();
    for (name, engine) in engines() {
        let c = component(&engine, text);
        let mut store = Store::new(&engine, 0u32).unwrap();
        let inst = linker.instantiate(&mut store, &c).unwrap();
        let run = inst
            .get_func("run")
            .unwrap()
            .typed::<(String, u32), String>()
            .unwrap();
        assert_eq!(
            run.call(&mut store, ("ab".into(), 3)).unwrap(),
            "ababab",
            "{name}"
        );
        assert_eq!(*store.data(), 1, "{name}");
        let sum = inst
            .get_func("sum")
            .unwrap()
            .typed::<(Vec<u32>,), u64>()
            .unwrap();
        assert_eq!(
            sum.call(&mut store, (vec![u32::MAX, 1],)).unwrap(),
            1 << 32,
            "{name}"
        );

        // A typed definition with the wrong type does not link.
        let mut wrong = Linker::<u32>::new();
        wrong
            .root()
            .func_wrap("concat", |_, (a,): (String,)| Ok::<_, Error>(a))
            .unwrap();
        wrong
            .root()
            .func_wrap("sum", |_, (): ()| Ok::<_, Error>(0u64))
            .unwrap();
        assert!(
            matches!(wrong.instantiate(&mut store, &c), Err(Error::Link(_))),
            "{name}"
        );
    }
}
