//! Values for the differential run: canon-smith's generated values as
//! wasmtime values, the import results every host computes alike, and their
//! comparison (every NaN equals every NaN).

use std::collections::HashMap;

use arbitrary::Unstructured;
use canon_smith::{Value, ValueConfig, arbitrary_value};
use canon_wit::wit_parser::{Resolve, Type as WitType};
use wasmtime::component::Val;

use super::echo::EchoWorld;
use super::handles;

/// A canon-smith value as a wasmtime value; handles become placeholders
/// naming their resource (see [`handles`]).
pub(crate) fn to_val(value: Value, resolve: &Resolve) -> Val {
    let to_val = |v: Value| to_val(v, resolve);
    let boxed = |v: Option<Box<Value>>| v.map(|v| Box::new(to_val(*v)));
    match value {
        Value::Bool(v) => Val::Bool(v),
        Value::S8(v) => Val::S8(v),
        Value::U8(v) => Val::U8(v),
        Value::S16(v) => Val::S16(v),
        Value::U16(v) => Val::U16(v),
        Value::S32(v) => Val::S32(v),
        Value::U32(v) => Val::U32(v),
        Value::S64(v) => Val::S64(v),
        Value::U64(v) => Val::U64(v),
        Value::F32(v) => Val::Float32(v),
        Value::F64(v) => Val::Float64(v),
        Value::Char(v) => Val::Char(v),
        Value::String(v) => Val::String(v),
        Value::List(items) => Val::List(items.into_iter().map(to_val).collect()),
        Value::Record(fields) => {
            Val::Record(fields.into_iter().map(|(n, v)| (n, to_val(v))).collect())
        }
        Value::Tuple(items) => Val::Tuple(items.into_iter().map(to_val).collect()),
        Value::Variant(case, payload) => Val::Variant(case, boxed(payload)),
        Value::Enum(case) => Val::Enum(case),
        Value::Option(v) => Val::Option(boxed(v)),
        Value::Result(Ok(v)) => Val::Result(Ok(boxed(v))),
        Value::Result(Err(v)) => Val::Result(Err(boxed(v))),
        Value::Flags(set) => Val::Flags(set),
        Value::Handle { resource, own } => {
            handles::placeholder(&handles::resource_label(resolve, resource), own)
        }
    }
}

/// Values of `types`, from the byte stream of `(seed, label)`.
pub(crate) fn generate(
    seed: u64,
    label: &str,
    resolve: &Resolve,
    types: &[&WitType],
) -> arbitrary::Result<Vec<Val>> {
    let bytes = bytes_for(seed, label, 8192);
    let mut u = Unstructured::new(&bytes);
    let config = ValueConfig::default();
    types
        .iter()
        .map(|ty| arbitrary_value(&mut u, resolve, ty, &config).map(|v| to_val(v, resolve)))
        .collect()
}

/// The results imports return: a function of the seed, the import's name and
/// its arguments only, so every host computes the same.
#[derive(Debug)]
pub(crate) struct ImportResults {
    seed: u64,
    resolve: Resolve,
    /// Result type of every import, by `interface#function`.
    types: HashMap<String, Option<WitType>>,
}

impl ImportResults {
    pub(crate) fn new(seed: u64, echo: &EchoWorld) -> Self {
        ImportResults {
            seed,
            resolve: echo.resolve.clone(),
            types: echo
                .functions
                .iter()
                .map(|(interface, func)| (format!("{interface}#{}", func.name), func.result))
                .collect(),
        }
    }

    /// Whether import `label` traps for `args` instead of returning: one
    /// call in eight, so that traps unwinding through the guest, and the
    /// lockdown of the trapped instance, are compared too.
    pub(crate) fn traps(&self, label: &str, args: &[Val]) -> bool {
        bytes_for(self.seed, &format!("trap {label}{args:?}"), 1)[0].is_multiple_of(8)
    }

    /// What import `label` (`interface#function`) returns for `args` (with
    /// placeholders where the host makes new resources).
    pub(crate) fn result(&self, label: &str, args: &[Val]) -> Vec<Val> {
        let Some(Some(ty)) = self.types.get(label) else {
            return Vec::new();
        };
        // Generation never fails on the types the echo world admits.
        generate(self.seed, &format!("{label}{args:?}"), &self.resolve, &[ty]).unwrap_or_default()
    }
}

/// Structural equality where all NaNs are equal and other floats compare by bits.
pub(crate) fn vals_equal(a: &Val, b: &Val) -> bool {
    fn all(a: &[Val], b: &[Val]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(a, b)| vals_equal(a, b))
    }
    fn boxed(a: &Option<Box<Val>>, b: &Option<Box<Val>>) -> bool {
        match (a, b) {
            (Some(a), Some(b)) => vals_equal(a, b),
            (None, None) => true,
            _ => false,
        }
    }
    match (a, b) {
        (Val::Float32(a), Val::Float32(b)) => {
            (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
        }
        (Val::Float64(a), Val::Float64(b)) => {
            (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
        }
        (Val::List(a), Val::List(b)) | (Val::Tuple(a), Val::Tuple(b)) => all(a, b),
        (Val::Record(a), Val::Record(b)) => {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|((na, va), (nb, vb))| na == nb && vals_equal(va, vb))
        }
        (Val::Variant(na, a), Val::Variant(nb, b)) => na == nb && boxed(a, b),
        (Val::Option(a), Val::Option(b)) => boxed(a, b),
        (Val::Result(a), Val::Result(b)) => match (a, b) {
            (Ok(a), Ok(b)) | (Err(a), Err(b)) => boxed(a, b),
            _ => false,
        },
        (Val::Flags(a), Val::Flags(b)) => {
            let mut a = a.clone();
            let mut b = b.clone();
            a.sort();
            b.sort();
            a == b
        }
        _ => a == b,
    }
}

/// A deterministic byte stream for `(seed, label)`: splitmix64 over a hash of both.
pub(crate) fn bytes_for(seed: u64, label: &str, len: usize) -> Vec<u8> {
    let mut state = seed ^ 0x9e37_79b9_7f4a_7c15;
    for byte in label.bytes() {
        state = (state ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        out.extend_from_slice(&(z ^ (z >> 31)).to_le_bytes());
    }
    out.truncate(len);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nans_are_equal_and_zeros_are_not() {
        assert!(vals_equal(
            &Val::Float32(f32::NAN),
            &Val::Float32(-f32::NAN)
        ));
        assert!(!vals_equal(&Val::Float64(0.0), &Val::Float64(-0.0)));
        assert!(vals_equal(
            &Val::Flags(vec!["a".into(), "b".into()]),
            &Val::Flags(vec!["b".into(), "a".into()])
        ));
        assert!(!vals_equal(&Val::U8(1), &Val::U16(1)));
    }

    #[test]
    fn byte_streams_are_deterministic_and_distinct() {
        assert_eq!(bytes_for(1, "f", 64), bytes_for(1, "f", 64));
        assert_ne!(bytes_for(1, "f", 64), bytes_for(2, "f", 64));
        assert_ne!(bytes_for(1, "f", 64), bytes_for(1, "g", 64));
    }
}
