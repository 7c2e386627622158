//! Components end to end on both backends: lifting, lowering, linking.

use std::sync::Arc;

use canon_host::types::{RecordType, ValueType};
use canon_host::value::{List, Record};
use canon_host::{Component, Engine, Error, Linker, ResourceType, Store, TrapKind, Value};

use crate::engines;

/// A core module with a memory, a bump allocator and helpers, shared by the
/// test components.
pub(crate) const LIBC: &str = r#"
    (memory (export "mem") 1)
    (global $bump (mut i32) (i32.const 1024))
    (func $realloc (export "realloc") (param i32 i32 i32 i32) (result i32)
      (local $p i32)
      ;; Shrinking keeps the allocation in place.
      (if (i32.and (i32.ne (local.get 0) (i32.const 0)) (i32.le_u (local.get 3) (local.get 1)))
        (then (return (local.get 0))))
      (global.set $bump (i32.and (i32.add (global.get $bump) (i32.sub (local.get 2) (i32.const 1)))
                                 (i32.sub (i32.const 0) (local.get 2))))
      (local.set $p (global.get $bump))
      (global.set $bump (i32.add (global.get $bump) (local.get 3)))
      (if (local.get 1) (then (memory.copy (local.get $p) (local.get 0) (local.get 1))))
      (local.get $p))
    ;; Stores a (ptr, len) pair at 8 and returns 8: the identity on strings/lists.
    (func (export "id-pair") (param i32 i32) (result i32)
      (i32.store (i32.const 8) (local.get 0))
      (i32.store (i32.const 12) (local.get 1))
      (i32.const 8))
"#;

pub(crate) fn component(engine: &Engine, text: &str) -> Component {
    let bytes = wat::parse_str(text).unwrap();
    Component::new(engine, &bytes).unwrap()
}

fn instantiate(engine: &Engine, text: &str) -> (Store<()>, canon_host::Instance) {
    let c = component(engine, text);
    let mut store = Store::new(engine, ()).unwrap();
    let inst = Linker::new().instantiate(&mut store, &c).unwrap();
    (store, inst)
}

fn call1(store: &mut Store<()>, inst: &canon_host::Instance, name: &str, args: &[Value]) -> Value {
    let f = inst.get_func(name).unwrap();
    let mut out = [Value::Bool(false)];
    f.call(store, args, &mut out).unwrap();
    out.into_iter().next().unwrap()
}

#[test]
fn scalars_round_trip() {
    let text = r#"(component
      (core module $m
        (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
        (func (export "neg") (param f64) (result f64) local.get 0 f64.neg)
        (func (export "id64") (param i64) (result i64) local.get 0)
        (func (export "id") (param i32) (result i32) local.get 0))
      (core instance $i (instantiate $m))
      (func (export "add") (param "a" u32) (param "b" u32) (result u32)
        (canon lift (core func $i "add")))
      (func (export "neg") (param "x" f64) (result f64) (canon lift (core func $i "neg")))
      (func (export "s64") (param "x" s64) (result s64) (canon lift (core func $i "id64")))
      (func (export "char") (param "x" char) (result char) (canon lift (core func $i "id")))
    )"#;
    for (name, engine) in engines() {
        let (mut store, inst) = instantiate(&engine, text);
        let v = call1(&mut store, &inst, "add", &[Value::U32(40), Value::U32(2)]);
        assert_eq!(v, Value::U32(42), "{name}");
        let v = call1(&mut store, &inst, "neg", &[Value::F64(1.5)]);
        assert_eq!(v, Value::F64(-1.5), "{name}");
        let v = call1(&mut store, &inst, "s64", &[Value::S64(i64::MIN)]);
        assert_eq!(v, Value::S64(i64::MIN), "{name}");
        let f = inst.get_func("add").unwrap();
        assert_eq!(f.ty().params.len(), 2);
        assert_eq!(f.ty().result, Some(ValueType::U32));
        // Type errors are reported, not trapped.
        let err = f
            .call(
                &mut store,
                &[Value::S32(1), Value::U32(2)],
                &mut [Value::Bool(false)],
            )
            .unwrap_err();
        assert!(matches!(err, Error::Type(_)), "{name}: {err:?}");
    }
}

#[test]
fn strings_and_lists_through_memory() {
    let text = format!(
        r#"(component
      (core module $m {LIBC})
      (core instance $i (instantiate $m))
      (func (export "echo") (param "s" string) (result string)
        (canon lift (core func $i "id-pair") (memory (core memory $i "mem")) (realloc (core func $i "realloc"))))
      (func (export "bytes") (param "b" (list u8)) (result (list u8))
        (canon lift (core func $i "id-pair") (memory (core memory $i "mem")) (realloc (core func $i "realloc"))))
      (func (export "words") (param "b" (list u32)) (result (list u32))
        (canon lift (core func $i "id-pair") (memory (core memory $i "mem")) (realloc (core func $i "realloc"))))
      (func (export "utf16") (param "s" string) (result string)
        (canon lift (core func $i "id-pair") (memory (core memory $i "mem")) (realloc (core func $i "realloc"))
          string-encoding=utf16))
      (func (export "compact") (param "s" string) (result string)
        (canon lift (core func $i "id-pair") (memory (core memory $i "mem")) (realloc (core func $i "realloc"))
          string-encoding=latin1+utf16))
    )"#
    );
    for (name, engine) in engines() {
        let (mut store, inst) = instantiate(&engine, &text);
        for s in ["", "hello", "héllo wörld", "日本語 ☃ 🎉"] {
            for f in ["echo", "utf16", "compact"] {
                let v = call1(&mut store, &inst, f, &[Value::string(s)]);
                assert_eq!(v, Value::string(s), "{name} {f} {s:?}");
            }
        }
        let bytes: Vec<u8> = (0..=255).collect();
        let v = call1(
            &mut store,
            &inst,
            "bytes",
            &[Value::List(List::from_slice(&bytes))],
        );
        let Value::List(l) = v else { panic!() };
        assert_eq!(l.typed::<u8>(), Some(&bytes[..]), "{name}: zero-copy view");
        let words = [1u32, u32::MAX, 7];
        let v = call1(
            &mut store,
            &inst,
            "words",
            &[Value::List(List::from_slice(&words))],
        );
        let Value::List(l) = v else { panic!() };
        assert_eq!(l.typed::<u32>(), Some(&words[..]), "{name}");
    }
}

#[test]
fn records_variants_and_flags_by_name() {
    let text = format!(
        r#"(component
      (core module $m {LIBC}
        (func (export "rec") (param i32 i32 i32) (result i32)
          (i32.store (i32.const 32) (local.get 0))
          (i32.store (i32.const 36) (local.get 1))
          (i32.store (i32.const 40) (local.get 2))
          (i32.const 32))
        (func (export "id") (param i32) (result i32) local.get 0))
      (core instance $i (instantiate $m))
      (type $r0 (record (field "n" u32) (field "name" string)))
      (type $v0 (variant (case "none") (case "num" u32) (case "text" string)))
      (type $f0 (flags "a" "b" "c"))
      (type $e0 (enum "x" "y" "z"))
      (export $r "r" (type $r0))
      (export $v "v" (type $v0))
      (export $f "f" (type $f0))
      (export $e "e" (type $e0))
      (func (export "rec") (param "r" $r) (result $r)
        (canon lift (core func $i "rec") (memory (core memory $i "mem")) (realloc (core func $i "realloc"))))
      (func (export "flags") (param "f" $f) (result $f) (canon lift (core func $i "id")))
      (func (export "enum") (param "e" $e) (result $e) (canon lift (core func $i "id")))
      (func (export "var") (param "v" $v) (result $v)
        (canon lift (core func $i "rec") (memory (core memory $i "mem")) (realloc (core func $i "realloc"))))
    )"#
    );
    for (name, engine) in engines() {
        let (mut store, inst) = instantiate(&engine, &text);
        let rty = match &inst.get_func("rec").unwrap().ty().params[0].1 {
            ValueType::Record(r) => r.clone(),
            other => panic!("{other}"),
        };
        assert_eq!(
            *rty,
            RecordType {
                fields: vec![
                    ("n".into(), ValueType::U32),
                    ("name".into(), ValueType::String)
                ]
                .into()
            }
        );
        let r = Record::new(rty, vec![Value::U32(7), Value::string("seven")]).unwrap();
        let v = call1(&mut store, &inst, "rec", &[Value::Record(r.clone())]);
        let Value::Record(out) = &v else { panic!() };
        assert_eq!(out.field("name"), Some(&Value::string("seven")), "{name}");
        assert_eq!(out.field("n"), Some(&Value::U32(7)), "{name}");
        assert_eq!(v, Value::Record(r), "{name}");

        let f = inst.get_func("var").unwrap();
        let ValueType::Variant(vt) = &f.ty().params[0].1 else {
            panic!()
        };
        for (case, payload) in [
            ("none", None),
            ("num", Some(Value::U32(9))),
            ("text", Some(Value::string("hi"))),
        ] {
            let x = canon_host::value::Variant::new(vt.clone(), case, payload).unwrap();
            let v = call1(&mut store, &inst, "var", &[Value::Variant(x.clone())]);
            let Value::Variant(got) = &v else { panic!() };
            assert_eq!(got.case_name(), case, "{name}");
            assert_eq!(v, Value::Variant(x), "{name}");
        }

        let f = inst.get_func("flags").unwrap();
        let ValueType::Flags(names) = &f.ty().params[0].1 else {
            panic!()
        };
        let fl = canon_host::value::Flags::new(names.clone(), &["a", "c"]).unwrap();
        let v = call1(&mut store, &inst, "flags", &[Value::Flags(fl.clone())]);
        let Value::Flags(got) = &v else { panic!() };
        assert!(
            got.is_set("a") && !got.is_set("b") && got.is_set("c"),
            "{name}"
        );

        let f = inst.get_func("enum").unwrap();
        let ValueType::Enum(names) = &f.ty().params[0].1 else {
            panic!()
        };
        let e = canon_host::value::Enum::new(names.clone(), "z").unwrap();
        let v = call1(&mut store, &inst, "enum", &[Value::Enum(e.clone())]);
        assert_eq!(v, Value::Enum(e), "{name}");
    }
}

const IMPORTER: &str = r#"(component
  (import "a:b/host@0.2.0" (instance $h
    (export "double" (func (param "x" u32) (result u32)))
    (export "greet" (func (param "s" string) (result string)))))
  (alias export $h "double" (func $double))
  (alias export $h "greet" (func $greet))
  (core module $libc
    (memory (export "mem") 1)
    (global $bump (mut i32) (i32.const 1024))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32)
      (local $p i32)
      (local.set $p (global.get $bump))
      (global.set $bump (i32.add (global.get $bump) (local.get 3)))
      (local.get $p)))
  (core instance $libc (instantiate $libc))
  (core func $double (canon lower (func $double)))
  (core func $greet (canon lower (func $greet) (memory (core memory $libc "mem")) (realloc (core func $libc "realloc"))))
  (core module $m
    (import "host" "double" (func $double (param i32) (result i32)))
    (import "host" "greet" (func $greet (param i32 i32 i32)))
    (import "libc" "mem" (memory 1))
    (func (export "run") (param i32) (result i32) (call $double (call $double (local.get 0))))
    (func (export "greet") (param i32 i32) (result i32)
      (call $greet (local.get 0) (local.get 1) (i32.const 64))
      (i32.const 64)))
  (core instance $i (instantiate $m
    (with "host" (instance (export "double" (func $double)) (export "greet" (func $greet))))
    (with "libc" (instance $libc))))
  (func (export "run") (param "x" u32) (result u32) (canon lift (core func $i "run")))
  (func (export "greet") (param "s" string) (result string)
    (canon lift (core func $i "greet") (memory (core memory $libc "mem")) (realloc (core func $libc "realloc"))))
)"#;

fn host_linker() -> Linker<u32> {
    let mut linker = Linker::<u32>::new();
    let mut host = linker.instance("a:b/host@0.2.3").unwrap();
    host.func_new("double", |mut cx, params, results| {
        *cx.data_mut() += 1;
        let Value::U32(x) = params[0] else {
            return Err(Error::Type("u32".into()));
        };
        results[0] = Value::U32(x * 2);
        Ok(())
    })
    .unwrap();
    host.func_new("greet", |_, params, results| {
        let Value::String(s) = &params[0] else {
            return Err(Error::Type("string".into()));
        };
        results[0] = Value::String(format!("hello, {s}!").into());
        Ok(())
    })
    .unwrap();
    // Extra exports are allowed.
    host.func_new("unused", |_, _, _| Ok(())).unwrap();
    linker
}

#[test]
fn host_imports_with_semver_and_extra_exports() {
    let linker = host_linker();
    for (name, engine) in engines() {
        let c = component(&engine, IMPORTER);
        assert_eq!(c.import_names(), ["a:b/host@0.2.0"]);
        // The same linker serves several stores.
        for _ in 0..2 {
            let mut store = Store::new(&engine, 0u32).unwrap();
            let inst = linker.instantiate(&mut store, &c).unwrap();
            let run = inst.get_func("run").unwrap();
            let mut out = [Value::Bool(false)];
            run.call(&mut store, &[Value::U32(5)], &mut out).unwrap();
            assert_eq!(out[0], Value::U32(20), "{name}");
            assert_eq!(*store.data(), 2, "{name}: host saw its store data");
            let greet = inst.get_func("greet").unwrap();
            greet
                .call(&mut store, &[Value::string("wörld")], &mut out)
                .unwrap();
            assert_eq!(out[0], Value::string("hello, wörld!"), "{name}");
        }
    }
}

#[test]
fn missing_and_trapping_imports() {
    for (name, engine) in engines() {
        let c = component(&engine, IMPORTER);
        let mut store = Store::new(&engine, 0u32).unwrap();
        let err = Linker::new().instantiate(&mut store, &c).unwrap_err();
        assert!(
            matches!(&err, Error::Link(m) if m.contains("a:b/host@0.2.0")),
            "{name}: {err:?}"
        );
        // An incompatible version does not match.
        let mut linker = Linker::<u32>::new();
        linker.instance("a:b/host@0.3.0").unwrap();
        assert!(linker.instantiate(&mut store, &c).is_err(), "{name}");

        let mut linker = Linker::<u32>::new();
        linker.define_unknown_imports_as_traps();
        let inst = linker.instantiate(&mut store, &c).unwrap();
        let err = inst
            .get_func("run")
            .unwrap()
            .call(&mut store, &[Value::U32(1)], &mut [Value::Bool(false)])
            .unwrap_err();
        assert!(
            matches!(err.as_trap().map(|t| t.kind()), Some(TrapKind::UnknownImport(n)) if n.contains("double")),
            "{name}: {err:?}"
        );
    }
}

#[test]
fn component_to_component_with_transcoding() {
    // $C speaks UTF-16 and $D latin1+utf16; a string crosses both ways.
    let text = format!(
        r#"(component
      (component $C
        (core module $m {LIBC})
        (core instance $i (instantiate $m))
        (func (export "echo") (param "s" string) (result string)
          (canon lift (core func $i "id-pair") (memory (core memory $i "mem")) (realloc (core func $i "realloc"))
            string-encoding=utf16)))
      (component $D
        (import "echo" (func $echo (param "s" string) (result string)))
        (core module $libc {LIBC})
        (core instance $libc (instantiate $libc))
        (core func $echo (canon lower (func $echo) (memory (core memory $libc "mem"))
          (realloc (core func $libc "realloc")) string-encoding=latin1+utf16))
        (core module $m
          (import "" "echo" (func $echo (param i32 i32 i32)))
          (func (export "run") (param i32 i32) (result i32)
            (call $echo (local.get 0) (local.get 1) (i32.const 16))
            (i32.const 16)))
        (core instance $i (instantiate $m (with "" (instance (export "echo" (func $echo))))))
        (func (export "run") (param "s" string) (result string)
          (canon lift (core func $i "run") (memory (core memory $libc "mem"))
            (realloc (core func $libc "realloc")) string-encoding=latin1+utf16)))
      (instance $c (instantiate $C))
      (instance $d (instantiate $D (with "echo" (func $c "echo"))))
      (export "run" (func $d "run"))
    )"#
    );
    for (name, engine) in engines() {
        let (mut store, inst) = instantiate(&engine, &text);
        for s in ["plain", "café", "☃ snow", ""] {
            let v = call1(&mut store, &inst, "run", &[Value::string(s)]);
            assert_eq!(v, Value::string(s), "{name}: {s:?}");
        }
    }
}

#[test]
fn nested_components_aliases_and_instances() {
    let text = r#"(component
      (core module $M (func (export "seven") (result i32) i32.const 7))
      (component $Outer
        (component $Inner
          (core module $N (func (export "eight") (result i32) i32.const 8))
          (core instance $n (instantiate $N))
          (func (export "eight") (result u32) (canon lift (core func $n "eight"))))
        (alias outer 1 $M (core module $M))
        (core instance $m (instantiate $M))
        (func $seven (result u32) (canon lift (core func $m "seven")))
        (instance $inner (instantiate $Inner))
        (instance $bundle (export "seven" (func $seven)) (export "eight" (func $inner "eight")))
        (export "bundle" (instance $bundle)))
      (instance $o (instantiate $Outer))
      (alias export $o "bundle" (instance $b))
      (export "api" (instance $b))
    )"#;
    for (name, engine) in engines() {
        let (mut store, inst) = instantiate(&engine, text);
        let api = inst.get_instance("api").unwrap();
        let mut out = [Value::Bool(false)];
        api.get_func("seven")
            .unwrap()
            .call(&mut store, &[], &mut out)
            .unwrap();
        assert_eq!(out[0], Value::U32(7), "{name}");
        inst.get_interface_func("api", "eight")
            .unwrap()
            .call(&mut store, &[], &mut out)
            .unwrap();
        assert_eq!(out[0], Value::U32(8), "{name}");
    }
}

#[test]
fn invalid_components_are_rejected() {
    for (name, engine) in engines() {
        let err = Component::new(&engine, b"\0asm\x0d\0\x01\0\xff").unwrap_err();
        assert!(matches!(err, Error::Invalid(_)), "{name}: {err:?}");
        let core = wat::parse_str("(module)").unwrap();
        assert!(Component::new(&engine, &core).is_err(), "{name}");
        let _ = Arc::new(());
    }
}

/// Found by the differential harness: an imported instance that exports only
/// types needs no definition in the linker (wasmtime links it too), while an
/// instance with a function still does.
#[test]
fn type_only_instance_imports_need_no_definition() {
    for (backend, engine) in engines() {
        let types_only = component(
            &engine,
            r#"(component
                 (import "a:b/types" (instance
                   (type $p (record (field "x" u32)))
                   (export "point" (type (eq $p))))))"#,
        );
        let mut store = Store::new(&engine, ()).unwrap();
        Linker::new()
            .instantiate(&mut store, &types_only)
            .unwrap_or_else(|e| panic!("{backend}: {e}"));
        let with_func = component(
            &engine,
            r#"(component
                 (import "a:b/api" (instance (export "f" (func)))))"#,
        );
        let error = Linker::new()
            .instantiate(&mut store, &with_func)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("missing import `a:b/api`"),
            "{backend}: {error}"
        );
    }
}

/// A component importing `a:b/host@0.2.9`, newer than the host's 0.2.3,
/// links, as wasmtime's linker allows (the function types are still
/// checked); and `get_instance` finds an export by a compatible version.
#[test]
fn newer_imports_link_to_older_definitions_and_exports_resolve_by_track() {
    let linker = host_linker();
    let newer = IMPORTER.replace("a:b/host@0.2.0", "a:b/host@0.2.9");
    let exporter = r#"(component
      (core module $m (func (export "f") (result i32) (i32.const 7)))
      (core instance $i (instantiate $m))
      (func $f (result u32) (canon lift (core func $i "f")))
      (instance $api (export "f" (func $f)))
      (export "a:b/api@0.2.6" (instance $api)))"#;
    for (name, engine) in engines() {
        let c = component(&engine, &newer);
        let mut store = Store::new(&engine, 0u32).unwrap();
        let inst = linker.instantiate(&mut store, &c).unwrap();
        let mut out = [Value::Bool(false)];
        inst.get_func("run")
            .unwrap()
            .call(&mut store, &[Value::U32(3)], &mut out)
            .unwrap();
        assert_eq!(out[0], Value::U32(12), "{name}");

        let c = component(&engine, exporter);
        let inst = Linker::<u32>::new().instantiate(&mut store, &c).unwrap();
        for version in ["0.2.6", "0.2.0", "0.2.12"] {
            let api = inst
                .get_instance(&format!("a:b/api@{version}"))
                .unwrap_or_else(|| panic!("{name}: a:b/api@{version} not found"));
            api.get_func("f")
                .unwrap()
                .call(&mut store, &[], &mut out)
                .unwrap();
            assert_eq!(out[0], Value::U32(7), "{name}");
        }
        assert!(inst.get_instance("a:b/api@0.3.0").is_none(), "{name}");
        assert!(inst.get_instance("a:b/api").is_none(), "{name}");
    }
}

/// An imported instance that re-exports a resource of an earlier import
/// (as `wasi:io/streams` re-exports `wasi:io/error`'s `error`) needs no
/// definition of it: the name refers to the resource already linked.
#[test]
fn a_reexported_resource_needs_no_definition() {
    let guest = r#"(component
      (import "a:b/error" (instance $e (export "error" (type (sub resource)))))
      (alias export $e "error" (type $error))
      (import "a:b/streams" (instance $s
        (export "error" (type $err (eq $error)))
        (export "last" (func (result (own $err))))))
      (alias export $s "last" (func $last))
      (core func $last (canon lower (func $last)))
      (core func $drop (canon resource.drop $error))
      (core module $m
        (import "" "last" (func $last (result i32)))
        (import "" "drop" (func $drop (param i32)))
        (func (export "run") (result i32)
          (local $h i32)
          (local.set $h (call $last))
          (call $drop (local.get $h))
          (local.get $h)))
      (core instance $i (instantiate $m (with "" (instance
        (export "last" (func $last)) (export "drop" (func $drop))))))
      (func (export "run") (result u32) (canon lift (core func $i "run"))))"#;
    struct Error0;
    for (name, engine) in engines() {
        let c = component(&engine, guest);
        let mut linker = Linker::<u32>::new();
        linker
            .instance("a:b/error")
            .unwrap()
            .resource(
                "error",
                ResourceType::host::<Error0>(),
                |mut cx: canon_host::StoreContextMut<'_, u32>, rep| {
                    *cx.data_mut() += rep;
                    Ok(())
                },
            )
            .unwrap();
        linker
            .instance("a:b/streams")
            .unwrap()
            .func_wrap(
                "last",
                |_cx: canon_host::StoreContextMut<'_, u32>, (): ()| {
                    Ok(canon_host::Resource::<Error0>::new_own(40))
                },
            )
            .unwrap();
        let mut store = Store::new(&engine, 0u32).unwrap();
        let inst = linker.instantiate(&mut store, &c).unwrap();
        let mut out = [Value::Bool(false)];
        inst.get_func("run")
            .unwrap()
            .call(&mut store, &[], &mut out)
            .unwrap();
        assert_eq!(out[0], Value::U32(1), "{name}: the guest's first handle");
        assert_eq!(*store.data(), 40, "{name}: the host destructor ran");
    }
}
