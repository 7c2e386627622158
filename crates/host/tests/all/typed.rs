//! Typed calls: `TypedFunc<P, R>` lowering Rust values directly.

use canon_host::{Error, Linker, Store, TrapKind};

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
        let _ = TrapKind::CannotEnter;
    }
}
