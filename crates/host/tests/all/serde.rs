//! Feature `serde` (enabled for these tests by canon-host's dev-dependency on
//! itself): types and values round-trip through JSON, and deserializing an
//! ill-typed value fails instead of building one.

use std::sync::Arc;

use canon_host::Value;
use canon_host::value::{Enum, Flags, List, OptionValue, Record, ResultValue, Tuple, Variant};
use canon_host::{ValueType, types::RecordType, types::ResultType, types::VariantType};

fn names(ns: &[&str]) -> Arc<[Box<str>]> {
    ns.iter().map(|n| Box::from(*n)).collect()
}

fn point() -> Arc<RecordType> {
    Arc::new(RecordType {
        fields: [
            ("x".into(), ValueType::S32),
            ("tags".into(), ValueType::List(Arc::new(ValueType::String))),
        ]
        .into(),
    })
}

fn shape() -> Arc<VariantType> {
    Arc::new(VariantType {
        cases: [
            ("none".into(), None),
            ("circle".into(), Some(ValueType::F64)),
            (
                "points".into(),
                Some(ValueType::List(Arc::new(ValueType::Record(point())))),
            ),
        ]
        .into(),
    })
}

fn perms() -> Arc<[Box<str>]> {
    // 35 flags: two words of bits.
    let owned: Vec<String> = (0..35).map(|i| format!("f{i}")).collect();
    owned.iter().map(|n| Box::from(n.as_str())).collect()
}

fn types() -> Vec<ValueType> {
    vec![
        ValueType::Bool,
        ValueType::Char,
        ValueType::String,
        ValueType::List(Arc::new(ValueType::U16)),
        ValueType::Record(point()),
        ValueType::Tuple([ValueType::U8, ValueType::String].into()),
        ValueType::Variant(shape()),
        ValueType::Enum(names(&["red", "green"])),
        ValueType::Option(Arc::new(ValueType::F32)),
        ValueType::Result(Arc::new(ResultType {
            ok: Some(ValueType::U64),
            err: None,
        })),
        ValueType::Flags(perms()),
        ValueType::Own(3),
        ValueType::Borrow(4),
    ]
}

fn values() -> Vec<Value> {
    let rec = |x: i32, tags: &[&str]| {
        let tags: Vec<Value> = tags.iter().map(|t| Value::string(t)).collect();
        let tags = List::new(ValueType::String, tags).unwrap();
        Value::Record(Record::new(point(), vec![Value::S32(x), Value::List(tags)]).unwrap())
    };
    let points = List::new(
        ValueType::Record(point()),
        vec![rec(1, &["a"]), rec(-2, &[])],
    )
    .unwrap();
    vec![
        Value::Bool(true),
        Value::Char('☃'),
        Value::string("héllo \"json\""),
        Value::U64(u64::MAX),
        Value::F64(-0.5),
        Value::List(List::from_slice(&[1u8, 2, 255])),
        Value::List(List::from_slice(&[i64::MIN, 0, i64::MAX])),
        Value::List(List::from_slice(&[1.5f32, -0.0, f32::MAX])),
        Value::List(List::from_slice::<u32>(&[])),
        rec(7, &["x", "y"]),
        Value::Tuple(
            Tuple::new(
                [ValueType::U8, ValueType::String].into(),
                vec![Value::U8(9), Value::string("nine")],
            )
            .unwrap(),
        ),
        Value::Variant(Variant::new(shape(), "none", None).unwrap()),
        Value::Variant(Variant::new(shape(), "circle", Some(Value::F64(2.0))).unwrap()),
        Value::Variant(Variant::new(shape(), "points", Some(Value::List(points))).unwrap()),
        Value::Enum(Enum::new(names(&["red", "green"]), "green").unwrap()),
        Value::Option(OptionValue::new(Arc::new(ValueType::F32), Some(Value::F32(1.0))).unwrap()),
        Value::Option(OptionValue::new(Arc::new(ValueType::F32), None).unwrap()),
        Value::Result(
            ResultValue::new(
                Arc::new(ResultType {
                    ok: Some(ValueType::U64),
                    err: None,
                }),
                Err(None),
            )
            .unwrap(),
        ),
        Value::Flags(Flags::new(perms(), &["f0", "f31", "f34"]).unwrap()),
        Value::Flags(Flags::new(names(&["a", "b"]), &[]).unwrap()),
    ]
}

#[test]
fn serde_round_trips_types_and_values() {
    for ty in types() {
        let json = serde_json::to_string(&ty).unwrap();
        let back: ValueType = serde_json::from_str(&json).unwrap();
        assert_eq!(back, ty, "{json}");
    }
    for v in values() {
        let json = serde_json::to_string(&v).unwrap();
        let back: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back, v, "{json}");
        // The value keeps its type (lists of primitives stay specialised).
        assert_eq!(back.ty(), v.ty(), "{json}");
        if let (Value::List(a), Value::List(b)) = (&back, &v) {
            assert_eq!(a.typed::<u8>(), b.typed::<u8>(), "{json}");
            assert_eq!(a.typed::<i64>(), b.typed::<i64>(), "{json}");
        }
    }
    let flags = Value::Flags(Flags::new(perms(), &["f0", "f34"]).unwrap());
    let back: Value = serde_json::from_str(&serde_json::to_string(&flags).unwrap()).unwrap();
    let Value::Flags(f) = back else {
        panic!("not flags: {back:?}");
    };
    assert_eq!(f.set_names().collect::<Vec<_>>(), ["f0", "f34"]);
}

#[test]
fn serde_json_cannot_carry_non_finite_floats() {
    // JSON has no infinities or NaNs: serde_json writes them as `null`, which
    // then fails to deserialize (an error, not a panic). Binary formats carry
    // them; this documents the JSON limitation.
    for v in [Value::F64(f64::INFINITY), Value::F32(f32::NAN)] {
        let json = serde_json::to_string(&v).unwrap();
        assert!(json.contains("null"), "{json}");
        assert!(serde_json::from_str::<Value>(&json).is_err(), "{json}");
    }
}

/// Replaces `from` (which must occur) in `json` by `to`, and deserializes.
fn tampered(v: &Value, from: &str, to: &str) -> Result<Value, serde_json::Error> {
    let json = serde_json::to_string(v).unwrap();
    assert!(json.contains(from), "`{from}` not in {json}");
    serde_json::from_str(&json.replacen(from, to, 1))
}

#[test]
fn serde_rejects_ill_typed_values() {
    let vs = values();
    let find = |pred: &dyn Fn(&Value) -> bool| vs.iter().find(|v| pred(v)).unwrap().clone();
    let circle = find(&|v| matches!(v, Value::Variant(x) if x.case_name() == "circle"));
    // A case out of range, and a payload of another type.
    let err = tampered(&circle, r#""case":1"#, r#""case":3"#).unwrap_err();
    assert!(err.to_string().contains("out of range"), "{err}");
    assert!(tampered(&circle, r#"{"F64":2.0}"#, r#"{"U8":2}"#).is_err());
    // An enum case out of range.
    let green = find(&|v| matches!(v, Value::Enum(_)));
    assert!(tampered(&green, r#""case":1"#, r#""case":2"#).is_err());
    // A record missing a field, or with a field of another type.
    let rec = find(&|v| matches!(v, Value::Record(_)));
    assert!(tampered(&rec, r#"{"S32":7},"#, "").is_err());
    assert!(tampered(&rec, r#"{"S32":7}"#, r#"{"U32":7}"#).is_err());
    // Flags bits beyond the type's 35 names, or the wrong number of words.
    let flags = find(&|v| matches!(v, Value::Flags(f) if f.ty().len() == 35));
    let err = tampered(
        &flags,
        r#""bits":[2147483649,4]"#,
        r#""bits":[2147483649,8]"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("beyond"), "{err}");
    assert!(tampered(&flags, r#""bits":[2147483649,4]"#, r#""bits":[1]"#).is_err());
    // List data of another element type.
    let bytes = find(&|v| matches!(v, Value::List(l) if l.typed::<u8>().is_some()));
    assert!(tampered(&bytes, r#""elem":"U8""#, r#""elem":"U16""#).is_err());
    // An option payload of another type.
    let some = find(&|v| matches!(v, Value::Option(o) if o.value().is_some()));
    assert!(tampered(&some, r#"{"F32":1.0}"#, r#"{"Bool":true}"#).is_err());
}
