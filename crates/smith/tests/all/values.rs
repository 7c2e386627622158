//! Value generation: every case is reachable, strings come in every shape,
//! special floats appear, and list lengths stay in bounds.

use arbitrary::Unstructured;
use canon_smith::{Value, ValueConfig, arbitrary_value};
use wit_parser::{Resolve, Type};

const WIT: &str = "
package test:values;
interface types {
    variant shape { none, circle(f32), square(list<u8>), named(string) }
    enum color { red, green, blue }
    flags perms { read, write, exec }
    record point { x: f64, y: s64 }
    type nested = list<list<option<result<u16, string>>>>;
    resource res;
    type res-alias = res;
    record holder { owned: own<res-alias>, lent: borrow<res> }
}
";

fn load() -> (Resolve, impl Fn(&str) -> Type) {
    let mut resolve = Resolve::default();
    let package = resolve.push_str("values.wit", WIT).unwrap();
    let iface = resolve.packages[package].interfaces["types"];
    let types = resolve.interfaces[iface].types.clone();
    (resolve, move |name: &str| Type::Id(types[name]))
}

/// Deterministic inputs: a simple xorshift stream per seed.
fn bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect()
}

fn values(resolve: &Resolve, ty: &Type, config: &ValueConfig, n: u64) -> Vec<Value> {
    (0..n)
        .map(|seed| {
            let data = bytes(seed, 4096);
            arbitrary_value(&mut Unstructured::new(&data), resolve, ty, config).unwrap()
        })
        .collect()
}

#[test]
fn every_variant_enum_and_result_case_is_generated() {
    let (resolve, ty) = load();
    let config = ValueConfig::default();
    let mut cases: Vec<String> = values(&resolve, &ty("shape"), &config, 200)
        .into_iter()
        .map(|v| match v {
            Value::Variant(case, _) => case,
            other => panic!("not a variant: {other:?}"),
        })
        .collect();
    cases.sort();
    cases.dedup();
    assert_eq!(cases, ["circle", "named", "none", "square"]);

    let mut colors: Vec<String> = values(&resolve, &ty("color"), &config, 100)
        .into_iter()
        .map(|v| match v {
            Value::Enum(case) => case,
            other => panic!("not an enum: {other:?}"),
        })
        .collect();
    colors.sort();
    colors.dedup();
    assert_eq!(colors, ["blue", "green", "red"]);
}

#[test]
fn strings_come_in_every_shape() {
    let resolve = Resolve::default();
    let strings: Vec<String> = values(&resolve, &Type::String, &ValueConfig::default(), 300)
        .into_iter()
        .map(|v| match v {
            Value::String(s) => s,
            other => panic!("not a string: {other:?}"),
        })
        .collect();
    assert!(strings.iter().any(String::is_empty), "no empty string");
    assert!(
        strings.iter().any(|s| !s.is_empty() && s.is_ascii()),
        "no ASCII string"
    );
    assert!(
        strings.iter().any(|s| s.chars().any(|c| c.len_utf8() == 4)),
        "no four-byte character"
    );
    assert!(strings.iter().any(|s| s.len() > 200), "no long string");
}

#[test]
fn special_floats_are_generated() {
    let resolve = Resolve::default();
    let floats: Vec<f64> = values(&resolve, &Type::F64, &ValueConfig::default(), 300)
        .into_iter()
        .map(|v| match v {
            Value::F64(f) => f,
            other => panic!("not an f64: {other:?}"),
        })
        .collect();
    assert!(floats.iter().any(|f| f.is_nan()), "no NaN");
    assert!(floats.iter().any(|f| f.is_infinite()), "no infinity");
    assert!(
        floats.iter().any(|f| *f == 0.0 && f.is_sign_negative()),
        "no negative zero"
    );
}

fn max_list_len(value: &Value) -> usize {
    match value {
        Value::List(items) => items
            .iter()
            .map(max_list_len)
            .max()
            .unwrap_or(0)
            .max(items.len()),
        Value::Option(Some(v)) | Value::Result(Ok(Some(v)) | Err(Some(v))) => max_list_len(v),
        _ => 0,
    }
}

#[test]
fn list_lengths_and_flags_stay_in_bounds() {
    let (resolve, ty) = load();
    let config = ValueConfig {
        max_list: 3,
        ..ValueConfig::default()
    };
    let nested = values(&resolve, &ty("nested"), &config, 100);
    assert!(nested.iter().all(|v| max_list_len(v) <= 3));
    assert!(nested.iter().any(|v| max_list_len(v) == 3));
    for value in values(&resolve, &ty("perms"), &config, 50) {
        let Value::Flags(set) = value else {
            panic!("not flags: {value:?}")
        };
        assert!(
            set.iter()
                .all(|f| ["read", "write", "exec"].contains(&f.as_str()))
        );
    }
    // Records name their fields in declaration order.
    let Value::Record(fields) = &values(&resolve, &ty("point"), &config, 1)[0] else {
        panic!("not a record")
    };
    let names: Vec<&str> = fields.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["x", "y"]);
}

#[test]
fn an_empty_input_still_gives_a_value() {
    let (resolve, ty) = load();
    let mut u = Unstructured::new(&[]);
    let value = arbitrary_value(&mut u, &resolve, &ty("nested"), &ValueConfig::default());
    assert_eq!(value.unwrap(), Value::List(Vec::new()));
}

#[test]
fn handles_are_placeholders_naming_the_resource_definition() {
    let (resolve, ty) = load();
    let Type::Id(res) = ty("res") else {
        unreachable!("a named type is an id")
    };
    let config = ValueConfig::default();
    let generated = values(&resolve, &ty("holder"), &config, 1);
    let [Value::Record(fields)] = generated.as_slice() else {
        panic!("one record value, got {generated:?}")
    };
    // The alias is followed: both handles name `res` itself.
    assert_eq!(
        *fields,
        vec![
            (
                "owned".to_string(),
                Value::Handle {
                    resource: res,
                    own: true
                }
            ),
            (
                "lent".to_string(),
                Value::Handle {
                    resource: res,
                    own: false
                }
            ),
        ]
    );
}
