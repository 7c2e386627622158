//! Typed strings and lists: borrowed `&str`/`&[T]` parameters lowered
//! straight into linear memory, lists of every primitive moved as one byte
//! range, and the checks typed lifting keeps (UTF-8, UTF-16, `char`, bounds,
//! alignment, length overflow, `bool` normalization), on both backends.

use canon_host::{Error, Linker, Store, TrapKind};

use crate::components::{LIBC, component};
use crate::engines;

/// A core function summing the bytes of `len` bytes at `ptr`, plus exports
/// that read borrowed parameters (flat and through a parameter area).
const SUMS: &str = r#"
    (func $bytes (param $p i32) (param $n i32) (result i32)
      (local $acc i32) (local $i i32)
      (block $done (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $acc (i32.add (local.get $acc)
          (i32.load8_u (i32.add (local.get $p) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
      (local.get $acc))
    ;; The string's bytes plus the u32 words.
    (func (export "sum") (param $s i32) (param $sl i32) (param $w i32) (param $n i32) (result i32)
      (local $acc i32) (local $i i32)
      (local.set $acc (call $bytes (local.get $s) (local.get $sl)))
      (block $done (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $acc (i32.add (local.get $acc)
          (i32.load (i32.add (local.get $w) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
      (local.get $acc))
    ;; Nine strings passed through a parameter area: the sum of their bytes.
    (func (export "nine") (param $area i32) (result i32)
      (local $acc i32) (local $i i32)
      (block $done (loop $l
        (br_if $done (i32.ge_u (local.get $i) (i32.const 9)))
        (local.set $acc (i32.add (local.get $acc)
          (call $bytes
            (i32.load (i32.add (local.get $area) (i32.shl (local.get $i) (i32.const 3))))
            (i32.load offset=4 (i32.add (local.get $area) (i32.shl (local.get $i) (i32.const 3)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
      (local.get $acc))
"#;

fn byte_sum(s: &str) -> u32 {
    s.bytes().map(u32::from).sum()
}

/// Exports `name` as `id-pair` lifted with parameter and result `ty`.
fn echo(name: &str, ty: &str, options: &str) -> String {
    format!(
        r#"(func (export "{name}") (param "x" {ty}) (result {ty})
          (canon lift (core func $i "id-pair") (memory (core memory $i "mem"))
            (realloc (core func $i "realloc")) {options}))"#
    )
}

fn echo_component() -> String {
    let mut exports = String::new();
    for (name, ty) in [
        ("u8s", "(list u8)"),
        ("s8s", "(list s8)"),
        ("u16s", "(list u16)"),
        ("s16s", "(list s16)"),
        ("u32s", "(list u32)"),
        ("s32s", "(list s32)"),
        ("u64s", "(list u64)"),
        ("s64s", "(list s64)"),
        ("f32s", "(list f32)"),
        ("f64s", "(list f64)"),
        ("bools", "(list bool)"),
        ("chars", "(list char)"),
        ("strings", "(list string)"),
        ("nested", "(list (list u16))"),
        ("pairs", "(list (tuple u8 u32))"),
        ("utf8", "string"),
    ] {
        exports.push_str(&echo(name, ty, ""));
    }
    exports.push_str(&echo("utf16", "string", "string-encoding=utf16"));
    exports.push_str(&echo("compact", "string", "string-encoding=latin1+utf16"));
    let nine_params: String = (0..9)
        .map(|i| format!(r#"(param "s{i}" string) "#))
        .collect();
    format!(
        r#"(component
      (core module $m {LIBC} {SUMS})
      (core instance $i (instantiate $m))
      {exports}
      (func (export "sum") (param "s" string) (param "w" (list u32)) (result u32)
        (canon lift (core func $i "sum") (memory (core memory $i "mem"))
          (realloc (core func $i "realloc"))))
      (func (export "nine") {nine_params}(result u32)
        (canon lift (core func $i "nine") (memory (core memory $i "mem"))
          (realloc (core func $i "realloc"))))
    )"#
    )
}

#[test]
fn borrowed_params_lower_straight_into_memory() {
    let text = echo_component();
    for (name, engine) in engines() {
        let c = component(&engine, &text);
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = Linker::new().instantiate(&mut store, &c).unwrap();
        let f = inst.get_func("sum").unwrap();

        // Borrowed and owned parameters reach the guest as the same bytes.
        let s = "héllo, wörld";
        let words = [1u32, 20, 300, 4000];
        let expected = byte_sum(s) + words.iter().sum::<u32>();
        let borrowed = f.typed::<(&str, &[u32]), u32>().unwrap();
        assert_eq!(
            borrowed.call(&mut store, (s, &words[..])).unwrap(),
            expected,
            "{name}"
        );
        let owned = f.typed::<(String, Vec<u32>), u32>().unwrap();
        assert_eq!(
            owned.call(&mut store, (s.into(), words.to_vec())).unwrap(),
            expected,
            "{name}"
        );
        // Empty string and list.
        assert_eq!(
            borrowed.call(&mut store, ("", &[][..])).unwrap(),
            0,
            "{name}"
        );
        // A borrowed type checks like its owned counterpart.
        let err = f.typed::<(&str, &[u64]), u32>().unwrap_err();
        assert!(
            matches!(&err, Error::Type(m) if m.contains("parameter `w`") && m.contains("u64")),
            "{name}: {err}"
        );
        assert!(
            matches!(f.typed::<(&[u8], &[u32]), u32>(), Err(Error::Type(_))),
            "{name}"
        );

        // Nine strings: 18 flat values, so they go through a parameter area.
        let parts = ["a", "bc", "déf", "", "ghij", "k", "ĺm", "nop", "q"];
        let nine = inst
            .get_func("nine")
            .unwrap()
            .typed::<(&str, &str, &str, &str, &str, &str, &str, &str, &str), u32>()
            .unwrap();
        let args = (
            parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6], parts[7],
            parts[8],
        );
        assert_eq!(
            nine.call(&mut store, args).unwrap(),
            parts.iter().map(|p| byte_sum(p)).sum::<u32>(),
            "{name}"
        );

        // Borrowed parameters lifted back as owned results.
        let utf8 = inst.get_func("utf8").unwrap();
        let utf8 = utf8.typed::<(&str,), String>().unwrap();
        for enc in ["utf8", "utf16", "compact"] {
            let f = inst
                .get_func(enc)
                .unwrap()
                .typed::<(&str,), String>()
                .unwrap();
            for s in ["", "plain", "café", "日本語 ☃", "\u{10348}"] {
                assert_eq!(f.call(&mut store, (s,)).unwrap(), s, "{name} {enc}");
            }
        }
        assert_eq!(utf8.call(&mut store, ("x",)).unwrap(), "x", "{name}");
        let strings = inst
            .get_func("strings")
            .unwrap()
            .typed::<(&[&str],), Vec<String>>()
            .unwrap();
        assert_eq!(
            strings.call(&mut store, (&["a", "", "ünï"][..],)).unwrap(),
            ["a", "", "ünï"],
            "{name}"
        );
        let nested = inst
            .get_func("nested")
            .unwrap()
            .typed::<(&[&[u16]],), Vec<Vec<u16>>>()
            .unwrap();
        let inner: [&[u16]; 3] = [&[1, 2], &[], &[u16::MAX]];
        assert_eq!(
            nested.call(&mut store, (&inner[..],)).unwrap(),
            vec![vec![1, 2], vec![], vec![u16::MAX]],
            "{name}"
        );
        let pairs = inst
            .get_func("pairs")
            .unwrap()
            .typed::<(&[(u8, u32)],), Vec<(u8, u32)>>()
            .unwrap();
        let p = [(1u8, 2u32), (255, u32::MAX)];
        assert_eq!(pairs.call(&mut store, (&p[..],)).unwrap(), p, "{name}");
    }
}

/// Calls export `f` with `v` borrowed and owned; both must echo `v`.
fn round_trip<T>(store: &mut Store<()>, inst: &canon_host::Instance, f: &str, v: &[T], name: &str)
where
    T: canon_host::ComponentType + Clone + PartialEq + std::fmt::Debug,
{
    let func = inst.get_func(f).unwrap();
    let borrowed = func.typed::<(&[T],), Vec<T>>().unwrap();
    assert_eq!(borrowed.call(store, (v,)).unwrap(), v, "{name} {f}");
    let owned = func.typed::<(Vec<T>,), Vec<T>>().unwrap();
    assert_eq!(owned.call(store, (v.to_vec(),)).unwrap(), v, "{name} {f}");
    assert_eq!(
        owned.call(store, (Vec::new(),)).unwrap(),
        Vec::<T>::new(),
        "{name} {f}"
    );
}

#[test]
fn typed_lists_of_primitives_round_trip() {
    let text = echo_component();
    for (name, engine) in engines() {
        let c = component(&engine, &text);
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = Linker::new().instantiate(&mut store, &c).unwrap();
        let s = &mut store;
        round_trip(s, &inst, "u8s", &[0u8, 1, 0x7f, 0x80, u8::MAX], name);
        round_trip(s, &inst, "s8s", &[0i8, -1, i8::MIN, i8::MAX], name);
        round_trip(s, &inst, "u16s", &[0u16, 0x1234, u16::MAX], name);
        round_trip(s, &inst, "s16s", &[-2i16, i16::MIN, i16::MAX], name);
        round_trip(s, &inst, "u32s", &[0u32, 0xdead_beef, u32::MAX], name);
        round_trip(s, &inst, "s32s", &[-3i32, i32::MIN, i32::MAX], name);
        round_trip(
            s,
            &inst,
            "u64s",
            &[0u64, 0x0123_4567_89ab_cdef, u64::MAX],
            name,
        );
        round_trip(s, &inst, "s64s", &[-4i64, i64::MIN, i64::MAX], name);
        round_trip(
            s,
            &inst,
            "f32s",
            &[0.5f32, -0.0, f32::INFINITY, f32::MIN],
            name,
        );
        round_trip(s, &inst, "f64s", &[1e300f64, -2.5, f64::NEG_INFINITY], name);
        round_trip(s, &inst, "bools", &[true, false, true], name);
        round_trip(s, &inst, "chars", &['a', 'é', '\u{10ffff}', '\0'], name);
        // NaN payloads survive the byte copy.
        let nan = f32::from_bits(0x7fc0_1234);
        let back = inst
            .get_func("f32s")
            .unwrap()
            .typed::<(&[f32],), Vec<f32>>()
            .unwrap()
            .call(s, (&[nan][..],))
            .unwrap();
        assert_eq!(back[0].to_bits(), 0x7fc0_1234, "{name}");
    }
}

/// A component whose export `name` (result `ty`, lifted from the `(ptr,
/// len)` pair `get` stores at 8) returns what `data` and `get` set up.
fn bad_guest(data: &str, ptr: u32, len: u32, name: &str, ty: &str, options: &str) -> String {
    format!(
        r#"(component
      (core module $m {LIBC} {data}
        (func (export "get") (result i32)
          (i32.store (i32.const 8) (i32.const {ptr})) (i32.store (i32.const 12) (i32.const {len}))
          (i32.const 8))
        (func (export "ok") (result i32) i32.const 1))
      (core instance $i (instantiate $m))
      (func (export "{name}") (result {ty})
        (canon lift (core func $i "get") (memory (core memory $i "mem")) {options}))
      (func (export "ok") (result u32) (canon lift (core func $i "ok")))
    )"#
    )
}

/// Calls `f` (typed as returning `R`) on both backends; returns each trap
/// kind after checking that the instance is locked down and the store stays
/// usable.
fn typed_trap<R: canon_host::ComponentResult>(text: &str, f: &str) -> Vec<(String, TrapKind)> {
    let mut kinds = Vec::new();
    for (name, engine) in engines() {
        let c = component(&engine, text);
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = Linker::new().instantiate(&mut store, &c).unwrap();
        let func = inst.get_func(f).unwrap().typed::<(), R>().unwrap();
        let Err(Error::Trap(t)) = func.call(&mut store, ()) else {
            panic!("{name}: `{f}` did not trap");
        };
        kinds.push((name.to_string(), t.into_kind()));
        // The trapped instance is locked down; the store stays usable.
        let ok = inst.get_func("ok").unwrap().typed::<(), u32>().unwrap();
        let after = ok.call(&mut store, ());
        assert!(
            matches!(&after, Err(Error::Trap(t)) if *t.kind() == TrapKind::CannotEnter),
            "{name}: {after:?}"
        );
        let fresh = Linker::new().instantiate(&mut store, &c).unwrap();
        let ok = fresh.get_func("ok").unwrap().typed::<(), u32>().unwrap();
        assert_eq!(ok.call(&mut store, ()).unwrap(), 1, "{name}");
    }
    kinds
}

fn assert_kinds(kinds: Vec<(String, TrapKind)>, pred: impl Fn(&TrapKind) -> bool) {
    assert_eq!(kinds.len(), 2);
    for (name, k) in kinds {
        assert!(pred(&k), "{name}: unexpected trap {k:?}");
    }
}

#[test]
fn typed_lifting_checks_guest_data() {
    let bad_utf8 = bad_guest(
        r#"(data (i32.const 200) "ok\ff")"#,
        200,
        3,
        "s",
        "string",
        "",
    );
    assert_kinds(typed_trap::<String>(&bad_utf8, "s"), |k| {
        matches!(k, TrapKind::InvalidUtf8)
    });
    let bad_utf16 = bad_guest(
        r#"(data (i32.const 200) "a\00\00\d8b\00")"#,
        200,
        3,
        "s",
        "string",
        "string-encoding=utf16",
    );
    assert_kinds(typed_trap::<String>(&bad_utf16, "s"), |k| {
        matches!(k, TrapKind::InvalidUtf16)
    });
    let oob_string = bad_guest("", 65530, 10, "s", "string", "");
    assert_kinds(typed_trap::<String>(&oob_string, "s"), |k| {
        matches!(
            k,
            TrapKind::PointerOutOfBounds {
                ptr: 65530,
                len: 10
            }
        )
    });
    let oob_list = bad_guest("", 65528, 3, "w", "(list u32)", "");
    assert_kinds(typed_trap::<Vec<u32>>(&oob_list, "w"), |k| {
        matches!(
            k,
            TrapKind::PointerOutOfBounds {
                ptr: 65528,
                len: 12
            }
        )
    });
    let misaligned = bad_guest("", 101, 1, "w", "(list u32)", "");
    assert_kinds(typed_trap::<Vec<u32>>(&misaligned, "w"), |k| {
        matches!(k, TrapKind::MisalignedPointer { ptr: 101, align: 4 })
    });
    let misaligned_f64 = bad_guest("", 100, 1, "d", "(list f64)", "");
    assert_kinds(typed_trap::<Vec<f64>>(&misaligned_f64, "d"), |k| {
        matches!(k, TrapKind::MisalignedPointer { ptr: 100, align: 8 })
    });
    let overflow = bad_guest("", 0, 0x2000_0000, "l", "(list u64)", "");
    assert_kinds(typed_trap::<Vec<u64>>(&overflow, "l"), |k| {
        matches!(k, TrapKind::LengthOverflow)
    });
    // Lists of non-primitives are bounds-checked as a whole before any
    // element is read.
    let oob_strings = bad_guest("", 65000, 100, "l", "(list string)", "");
    assert_kinds(typed_trap::<Vec<String>>(&oob_strings, "l"), |k| {
        matches!(
            k,
            TrapKind::PointerOutOfBounds {
                ptr: 65000,
                len: 800
            }
        )
    });
    // The second char is a surrogate.
    let bad_char = bad_guest(
        r#"(data (i32.const 200) "a\00\00\00\00\d8\00\00")"#,
        200,
        2,
        "c",
        "(list char)",
        "",
    );
    assert_kinds(typed_trap::<Vec<char>>(&bad_char, "c"), |k| {
        matches!(k, TrapKind::InvalidChar(0xd800))
    });
}

#[test]
fn typed_bool_lists_normalize_non_zero_bytes() {
    let text = bad_guest(
        r#"(data (i32.const 200) "\00\01\02\ff")"#,
        200,
        4,
        "b",
        "(list bool)",
        "",
    );
    for (name, engine) in engines() {
        let c = component(&engine, &text);
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = Linker::new().instantiate(&mut store, &c).unwrap();
        let f = inst
            .get_func("b")
            .unwrap()
            .typed::<(), Vec<bool>>()
            .unwrap();
        assert_eq!(
            f.call(&mut store, ()).unwrap(),
            [false, true, true, true],
            "{name}"
        );
        // The untyped path agrees.
        let u8s = inst.get_func("b").unwrap();
        let mut out = [canon_host::Value::Bool(false)];
        u8s.call(&mut store, &[], &mut out).unwrap();
        let canon_host::Value::List(l) = &out[0] else {
            panic!("{name}: not a list: {:?}", out[0]);
        };
        let bools: Vec<_> = l.iter().collect();
        let expected = [false, true, true, true].map(canon_host::Value::Bool);
        assert_eq!(bools, expected, "{name}");
    }
}
