//! Component value types: structural, compared by structure, with names of
//! record fields, variant cases, enum cases and flags.

use std::fmt;
use std::sync::Arc;

/// A component-level value type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum ValueType {
    /// `bool`
    Bool,
    /// `s8`
    S8,
    /// `u8`
    U8,
    /// `s16`
    S16,
    /// `u16`
    U16,
    /// `s32`
    S32,
    /// `u32`
    U32,
    /// `s64`
    S64,
    /// `u64`
    U64,
    /// `f32`
    F32,
    /// `f64`
    F64,
    /// `char`
    Char,
    /// `string`
    String,
    /// `list<T>`
    List(Arc<ValueType>),
    /// `record { ... }`
    Record(Arc<RecordType>),
    /// `tuple<...>`
    Tuple(Arc<[ValueType]>),
    /// `variant { ... }`
    Variant(Arc<VariantType>),
    /// `enum { ... }`
    Enum(Arc<[Box<str>]>),
    /// `option<T>`
    Option(Arc<ValueType>),
    /// `result<T, E>`
    Result(Arc<ResultType>),
    /// `flags { ... }`
    Flags(Arc<[Box<str>]>),
    /// `own<R>` of a resource, by the component's number of the resource
    /// (`u32::MAX` when a host does not know it; see [`ValueType::matches`]).
    Own(u32),
    /// `borrow<R>` of a resource, numbered as for `Own`.
    Borrow(u32),
}

impl ValueType {
    /// Whether values of this type are values of `other`: the same
    /// structure and names, with any resource numbers. A value's handles
    /// are checked against the resource they go to when they are lowered,
    /// so a host can build `option<own<R>>` without knowing how the
    /// component numbers `R`.
    pub fn matches(&self, other: &ValueType) -> bool {
        match (self, other) {
            (ValueType::Own(_), ValueType::Own(_))
            | (ValueType::Borrow(_), ValueType::Borrow(_)) => true,
            (ValueType::List(a), ValueType::List(b))
            | (ValueType::Option(a), ValueType::Option(b)) => Arc::ptr_eq(a, b) || a.matches(b),
            (ValueType::Record(a), ValueType::Record(b)) => Arc::ptr_eq(a, b) || a.matches(b),
            (ValueType::Tuple(a), ValueType::Tuple(b)) => Arc::ptr_eq(a, b) || tuple_matches(a, b),
            (ValueType::Variant(a), ValueType::Variant(b)) => Arc::ptr_eq(a, b) || a.matches(b),
            (ValueType::Result(a), ValueType::Result(b)) => Arc::ptr_eq(a, b) || a.matches(b),
            (a, b) => a == b,
        }
    }
}

/// [`ValueType::matches`] for the element types of two tuples.
pub(crate) fn tuple_matches(a: &[ValueType], b: &[ValueType]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a.matches(b))
}

/// [`ValueType::matches`] for optional payloads.
fn optional_matches(a: &Option<ValueType>, b: &Option<ValueType>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.matches(b),
        (None, None) => true,
        _ => false,
    }
}

/// A record type: named fields in order.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct RecordType {
    /// The fields.
    pub fields: Box<[(Box<str>, ValueType)]>,
}

impl RecordType {
    /// [`ValueType::matches`] for records: the same field names in order.
    pub(crate) fn matches(&self, other: &RecordType) -> bool {
        self.fields.len() == other.fields.len()
            && self
                .fields
                .iter()
                .zip(other.fields.iter())
                .all(|((na, ta), (nb, tb))| na == nb && ta.matches(tb))
    }

    /// The index of the field named `name`.
    pub fn field_index(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|(n, _)| &**n == name)
    }
}

/// A variant type: named cases with optional payloads.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct VariantType {
    /// The cases.
    pub cases: Box<[(Box<str>, Option<ValueType>)]>,
}

impl VariantType {
    /// [`ValueType::matches`] for variants: the same case names in order.
    pub(crate) fn matches(&self, other: &VariantType) -> bool {
        self.cases.len() == other.cases.len()
            && self
                .cases
                .iter()
                .zip(other.cases.iter())
                .all(|((na, ta), (nb, tb))| na == nb && optional_matches(ta, tb))
    }

    /// The index of the case named `name`.
    pub fn case_index(&self, name: &str) -> Option<usize> {
        self.cases.iter().position(|(n, _)| &**n == name)
    }
}

/// A result type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ResultType {
    /// The `ok` payload.
    pub ok: Option<ValueType>,
    /// The `err` payload.
    pub err: Option<ValueType>,
}

impl ResultType {
    /// [`ValueType::matches`] for results.
    pub(crate) fn matches(&self, other: &ResultType) -> bool {
        optional_matches(&self.ok, &other.ok) && optional_matches(&self.err, &other.err)
    }
}

/// A component function type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct FuncType {
    /// Named parameters.
    pub params: Box<[(Box<str>, ValueType)]>,
    /// The result, if any.
    pub result: Option<ValueType>,
}

impl FuncType {
    /// The number of results (0 or 1).
    pub fn result_count(&self) -> usize {
        usize::from(self.result.is_some())
    }
}

impl fmt::Display for ValueType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValueType::Bool => f.write_str("bool"),
            ValueType::S8 => f.write_str("s8"),
            ValueType::U8 => f.write_str("u8"),
            ValueType::S16 => f.write_str("s16"),
            ValueType::U16 => f.write_str("u16"),
            ValueType::S32 => f.write_str("s32"),
            ValueType::U32 => f.write_str("u32"),
            ValueType::S64 => f.write_str("s64"),
            ValueType::U64 => f.write_str("u64"),
            ValueType::F32 => f.write_str("f32"),
            ValueType::F64 => f.write_str("f64"),
            ValueType::Char => f.write_str("char"),
            ValueType::String => f.write_str("string"),
            ValueType::List(t) => write!(f, "list<{t}>"),
            ValueType::Record(r) => {
                f.write_str("record {")?;
                for (i, (n, t)) in r.fields.iter().enumerate() {
                    let sep = if i == 0 { " " } else { ", " };
                    write!(f, "{sep}{n}: {t}")?;
                }
                f.write_str(" }")
            }
            ValueType::Tuple(ts) => {
                f.write_str("tuple<")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{t}")?;
                }
                f.write_str(">")
            }
            ValueType::Variant(v) => {
                f.write_str("variant {")?;
                for (i, (n, t)) in v.cases.iter().enumerate() {
                    let sep = if i == 0 { " " } else { ", " };
                    match t {
                        Some(t) => write!(f, "{sep}{n}({t})")?,
                        None => write!(f, "{sep}{n}")?,
                    }
                }
                f.write_str(" }")
            }
            ValueType::Enum(names) => write!(f, "enum {{ {} }}", names.join(", ")),
            ValueType::Flags(names) => write!(f, "flags {{ {} }}", names.join(", ")),
            ValueType::Option(t) => write!(f, "option<{t}>"),
            ValueType::Result(r) => match (&r.ok, &r.err) {
                (None, None) => f.write_str("result"),
                (Some(o), None) => write!(f, "result<{o}>"),
                (None, Some(e)) => write!(f, "result<_, {e}>"),
                (Some(o), Some(e)) => write!(f, "result<{o}, {e}>"),
            },
            ValueType::Own(r) => write!(f, "own<resource#{r}>"),
            ValueType::Borrow(r) => write!(f, "borrow<resource#{r}>"),
        }
    }
}
