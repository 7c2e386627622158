//! Lift/lower plans: precomputed, allocation-free descriptions of how a value of
//! a type moves between flat core values and linear memory.
//!
//! A [`Plan`] is the one-level view of a type that both directions need. Records
//! and tuples are [`Plan::Record`]; variants, enums, options and results are
//! all [`Plan::Variant`] (an enum is a variant without payloads, an option is
//! `none | some(T)`, a result is `ok(T?) | err(E?)`), because the ABI moves them
//! identically. Walking plans recursively visits each value once; every offset,
//! join and size on the way was computed when the type was pushed.

use crate::flat::{Coercion, FlatType};
use crate::layout::Layout;
use crate::types::{ResourceId, ValType};

/// A primitive that fits in one flat value: every primitive type but `string`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scalar {
    Bool,
    S8,
    U8,
    S16,
    U16,
    S32,
    U32,
    S64,
    U64,
    F32,
    F64,
    Char,
}

impl Scalar {
    /// Size and alignment in linear memory.
    pub fn layout(self) -> Layout {
        match self {
            Scalar::Bool | Scalar::S8 | Scalar::U8 => Layout::new(1, 1),
            Scalar::S16 | Scalar::U16 => Layout::new(2, 2),
            Scalar::S32 | Scalar::U32 | Scalar::F32 | Scalar::Char => Layout::new(4, 4),
            Scalar::S64 | Scalar::U64 | Scalar::F64 => Layout::new(8, 8),
        }
    }

    /// The flat core type that carries it.
    pub fn flat_type(self) -> FlatType {
        match self {
            Scalar::S64 | Scalar::U64 => FlatType::I64,
            Scalar::F32 => FlatType::F32,
            Scalar::F64 => FlatType::F64,
            _ => FlatType::I32,
        }
    }

    /// Whether every bit pattern of its memory representation is a valid value,
    /// so that a list of it moves as one byte copy with no per-element check.
    /// `bool` and `char` need validation; integers and floats do not.
    pub fn all_bits_valid(self) -> bool {
        !matches!(self, Scalar::Bool | Scalar::Char)
    }
}

/// A field of a record or tuple plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FieldPlan {
    pub ty: ValType,
    /// Offset from the start of the record in linear memory.
    pub offset: u32,
    /// Index of the field's first flat value among the record's flat values.
    /// Meaningful only when the record is passed flat.
    pub flat_offset: u32,
}

/// A case of a variant plan.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CasePlan {
    pub ty: Option<ValType>,
    /// For each flat value of the payload, how it travels in the variant's
    /// joined slot of the same index (slot `i` is the variant's flat value
    /// `i + 1`, after the discriminant). Empty when the case has no payload
    /// or the variant is never passed flat.
    pub coercions: Box<[Coercion]>,
}

/// The size of a variant's discriminant: the smallest that counts the cases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DiscriminantSize {
    U8,
    U16,
    U32,
}

impl DiscriminantSize {
    /// The discriminant size for `cases` cases (at least one).
    pub fn for_cases(cases: usize) -> Self {
        if cases <= 1 << 8 {
            DiscriminantSize::U8
        } else if cases <= 1 << 16 {
            DiscriminantSize::U16
        } else {
            DiscriminantSize::U32
        }
    }

    /// Size and alignment of the discriminant in memory.
    pub fn layout(self) -> Layout {
        let bytes = self.bytes();
        Layout::new(bytes, bytes)
    }

    /// Size in bytes.
    pub fn bytes(self) -> u32 {
        match self {
            DiscriminantSize::U8 => 1,
            DiscriminantSize::U16 => 2,
            DiscriminantSize::U32 => 4,
        }
    }
}

/// How a flags value is stored.
///
/// The specification allows 1 to 32 flags, packed in the smallest integer that
/// holds them. canon also accepts wider flags the way wit-parser and wasmtime lay
/// them out (consecutive `u32` words, one flat `i32` each), and zero flags,
/// which wit-parser lays out as zero `u32` words (size 0, alignment 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlagsRepr {
    U8,
    U16,
    /// This many `u32` words.
    U32s(u32),
}

impl FlagsRepr {
    /// The representation of `count` flags.
    pub fn for_count(count: u32) -> Self {
        match count {
            1..=8 => FlagsRepr::U8,
            9..=16 => FlagsRepr::U16,
            0 | 17.. => FlagsRepr::U32s(count.div_ceil(32)),
        }
    }

    /// Size and alignment in linear memory.
    pub fn layout(self) -> Layout {
        match self {
            FlagsRepr::U8 => Layout::new(1, 1),
            FlagsRepr::U16 => Layout::new(2, 2),
            FlagsRepr::U32s(words) => Layout::new(words * 4, 4),
        }
    }

    /// How many flat `i32` values carry it.
    pub fn flat_count(self) -> u32 {
        match self {
            FlagsRepr::U8 | FlagsRepr::U16 => 1,
            FlagsRepr::U32s(words) => words,
        }
    }
}

/// The plan of one type: a view into precomputed data of a [`crate::Types`] arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan<'a> {
    /// A primitive in one flat value.
    Scalar(Scalar),
    /// A string: pointer and length (in code units of the string encoding).
    String,
    /// A list: pointer and element count.
    List {
        elem: ValType,
        elem_layout: Layout,
        /// Set when the element is a scalar. With [`Scalar::all_bits_valid`]
        /// the list moves as one byte copy.
        elem_scalar: Option<Scalar>,
    },
    /// A record or a tuple.
    Record(&'a [FieldPlan]),
    /// A variant, enum, option or result.
    Variant {
        discriminant: DiscriminantSize,
        /// Offset of the payload from the start of the value in memory.
        payload_offset: u32,
        cases: &'a [CasePlan],
    },
    /// Flags, `count` of them.
    Flags { count: u32, repr: FlagsRepr },
    /// An owned handle.
    Own(ResourceId),
    /// A borrowed handle.
    Borrow(ResourceId),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discriminant_sizes() {
        assert_eq!(DiscriminantSize::for_cases(1), DiscriminantSize::U8);
        assert_eq!(DiscriminantSize::for_cases(256), DiscriminantSize::U8);
        assert_eq!(DiscriminantSize::for_cases(257), DiscriminantSize::U16);
        assert_eq!(DiscriminantSize::for_cases(65536), DiscriminantSize::U16);
        assert_eq!(DiscriminantSize::for_cases(65537), DiscriminantSize::U32);
    }

    #[test]
    fn flags_representations() {
        let cases = [
            (0, FlagsRepr::U32s(0), Layout::new(0, 4), 0),
            (1, FlagsRepr::U8, Layout::new(1, 1), 1),
            (8, FlagsRepr::U8, Layout::new(1, 1), 1),
            (9, FlagsRepr::U16, Layout::new(2, 2), 1),
            (16, FlagsRepr::U16, Layout::new(2, 2), 1),
            (17, FlagsRepr::U32s(1), Layout::new(4, 4), 1),
            (32, FlagsRepr::U32s(1), Layout::new(4, 4), 1),
            (33, FlagsRepr::U32s(2), Layout::new(8, 4), 2),
            (64, FlagsRepr::U32s(2), Layout::new(8, 4), 2),
            (70, FlagsRepr::U32s(3), Layout::new(12, 4), 3),
        ];
        for (count, repr, layout, flat) in cases {
            let actual = FlagsRepr::for_count(count);
            assert_eq!(actual, repr, "{count} flags");
            assert_eq!(actual.layout(), layout, "{count} flags");
            assert_eq!(actual.flat_count(), flat, "{count} flags");
        }
    }
}
