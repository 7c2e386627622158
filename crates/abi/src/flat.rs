//! Flat core types, the join of variant payloads, and the coercions joins imply.

use std::fmt;

/// A core wasm value type, as component values are flattened into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlatType {
    I32,
    I64,
    F32,
    F64,
}

impl fmt::Display for FlatType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FlatType::I32 => "i32",
            FlatType::I64 => "i64",
            FlatType::F32 => "f32",
            FlatType::F64 => "f64",
        })
    }
}

/// The narrowest flat type that can carry both `a` and `b` by bit-casting:
/// equal types stay, `i32` and `f32` share an `i32`, anything else needs `i64`.
pub fn join(a: FlatType, b: FlatType) -> FlatType {
    match (a, b) {
        _ if a == b => a,
        (FlatType::I32, FlatType::F32) | (FlatType::F32, FlatType::I32) => FlatType::I32,
        _ => FlatType::I64,
    }
}

/// How one flat value of a variant case travels in the variant's joined slot.
///
/// Lowering applies it forwards (case type to slot type), lifting backwards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Coercion {
    /// Slot and case value have the same type.
    None,
    /// An `f32` travels as its bits in an `i32` slot.
    F32AsI32,
    /// An `i32` is zero-extended into an `i64` slot (lifting wraps it back).
    I32AsI64,
    /// An `f32`'s bits are zero-extended into an `i64` slot.
    F32AsI64,
    /// An `f64` travels as its bits in an `i64` slot.
    F64AsI64,
}

impl Coercion {
    /// The coercion that carries a `value` type in a `slot` type, where `slot`
    /// is a join that includes `value`.
    pub(crate) fn between(value: FlatType, slot: FlatType) -> Coercion {
        match (value, slot) {
            (FlatType::F32, FlatType::I32) => Coercion::F32AsI32,
            (FlatType::I32, FlatType::I64) => Coercion::I32AsI64,
            (FlatType::F32, FlatType::I64) => Coercion::F32AsI64,
            (FlatType::F64, FlatType::I64) => Coercion::F64AsI64,
            _ => {
                debug_assert_eq!(value, slot, "slot {slot} is not a join of {value}");
                Coercion::None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use FlatType::*;

    #[test]
    fn join_table() {
        let expected = [
            (I32, I32, I32),
            (I32, F32, I32),
            (F32, I32, I32),
            (F32, F32, F32),
            (I32, I64, I64),
            (I64, I32, I64),
            (F32, F64, I64),
            (F64, F32, I64),
            (F64, F64, F64),
            (I32, F64, I64),
            (F32, I64, I64),
            (I64, F64, I64),
            (I64, I64, I64),
        ];
        for (a, b, joined) in expected {
            assert_eq!(join(a, b), joined, "join({a}, {b})");
        }
    }

    #[test]
    fn coercions_follow_the_join() {
        assert_eq!(Coercion::between(F32, join(F32, I32)), Coercion::F32AsI32);
        assert_eq!(Coercion::between(I32, join(I32, I64)), Coercion::I32AsI64);
        assert_eq!(Coercion::between(F32, join(F32, F64)), Coercion::F32AsI64);
        assert_eq!(Coercion::between(F64, join(F64, I32)), Coercion::F64AsI64);
        assert_eq!(Coercion::between(I64, join(I64, F64)), Coercion::None);
        assert_eq!(Coercion::between(F32, F32), Coercion::None);
    }
}
