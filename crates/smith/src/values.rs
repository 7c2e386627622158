//! Random values of any WIT type from `arbitrary::Unstructured`.
//!
//! Lists have bounded lengths (and are empty past a nesting depth, so values
//! stay small), strings come in every shape (empty, ASCII, multi-byte, long,
//! arbitrary), floats include NaN, infinities and negative zero on purpose,
//! and every case of a variant, enum, option and result is reachable. When the
//! input runs dry, every choice falls back to its first option, so generation
//! always terminates.

use arbitrary::{Result, Unstructured};
use wit_parser::{Handle, Resolve, Type, TypeDefKind, TypeId};

/// A component-model value, named as in WIT (kebab-case field, case and flag names).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    S8(i8),
    U8(u8),
    S16(i16),
    U16(u16),
    S32(i32),
    U32(u32),
    S64(i64),
    U64(u64),
    F32(f32),
    F64(f64),
    Char(char),
    String(String),
    List(Vec<Value>),
    Record(Vec<(String, Value)>),
    Tuple(Vec<Value>),
    Variant(String, Option<Box<Value>>),
    Enum(String),
    Option(Option<Box<Value>>),
    Result(std::result::Result<Option<Box<Value>>, Option<Box<Value>>>),
    /// The names of the flags that are set, in declaration order.
    Flags(Vec<String>),
    /// A resource handle: which resource (its definition, aliases followed)
    /// and whether it owns. Handles exist only in a running instance, so
    /// the value stands for "some handle of this type"; whoever makes the
    /// call supplies one.
    Handle {
        resource: TypeId,
        own: bool,
    },
}

/// Strings worth sending on purpose: empty, ASCII, two-, three- and
/// four-byte UTF-8, and the edges of the code-point ranges.
pub const STRINGS: &[&str] = &[
    "",
    "a",
    "hello, world",
    "héllo wörld",
    "✓ 𝄞 ☃ ∑",
    "\u{0}\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}",
];

const F32_SPECIALS: &[f32] = &[
    f32::NAN,
    f32::INFINITY,
    f32::NEG_INFINITY,
    -0.0,
    f32::MIN_POSITIVE,
    f32::MAX,
];
const F64_SPECIALS: &[f64] = &[
    f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
    -0.0,
    f64::MIN_POSITIVE,
    f64::MAX,
];

/// Bounds of generated values.
#[derive(Clone, Debug)]
pub struct ValueConfig {
    /// The longest list.
    pub max_list: u32,
    /// Nesting depth past which lists are empty.
    pub max_depth: u32,
    /// The most repetitions of a sample string in a long string.
    pub max_repeat: u32,
}

impl Default for ValueConfig {
    fn default() -> Self {
        ValueConfig {
            max_list: 12,
            max_depth: 6,
            max_repeat: 60,
        }
    }
}

/// A value of `ty` (resolved in `resolve`). Resource handles become
/// [`Value::Handle`] placeholders. Futures, streams and error contexts have
/// no value without a running instance: they are
/// `arbitrary::Error::IncorrectFormat`.
pub fn arbitrary_value(
    u: &mut Unstructured<'_>,
    resolve: &Resolve,
    ty: &Type,
    config: &ValueConfig,
) -> Result<Value> {
    value(u, resolve, ty, config, 0)
}

fn float32(u: &mut Unstructured<'_>) -> Result<f32> {
    Ok(if u.ratio(1, 4)? {
        *u.choose(F32_SPECIALS)?
    } else {
        u.arbitrary()?
    })
}

fn float64(u: &mut Unstructured<'_>) -> Result<f64> {
    Ok(if u.ratio(1, 4)? {
        *u.choose(F64_SPECIALS)?
    } else {
        u.arbitrary()?
    })
}

fn string(u: &mut Unstructured<'_>, config: &ValueConfig) -> Result<String> {
    Ok(match u.int_in_range(0..=3u8)? {
        0 => u.choose(STRINGS)?.to_string(),
        1 => u.arbitrary::<String>()?,
        2 => {
            let sample = u.choose(STRINGS)?;
            sample.repeat(u.int_in_range(1..=config.max_repeat.max(1))? as usize)
        }
        _ => String::new(),
    })
}

fn value(
    u: &mut Unstructured<'_>,
    resolve: &Resolve,
    ty: &Type,
    config: &ValueConfig,
    depth: u32,
) -> Result<Value> {
    let boxed = |u: &mut Unstructured<'_>, ty: Option<&Type>| -> Result<Option<Box<Value>>> {
        ty.map(|ty| value(u, resolve, ty, config, depth + 1).map(Box::new))
            .transpose()
    };
    Ok(match ty {
        Type::Bool => Value::Bool(u.arbitrary()?),
        Type::S8 => Value::S8(u.arbitrary()?),
        Type::U8 => Value::U8(u.arbitrary()?),
        Type::S16 => Value::S16(u.arbitrary()?),
        Type::U16 => Value::U16(u.arbitrary()?),
        Type::S32 => Value::S32(u.arbitrary()?),
        Type::U32 => Value::U32(u.arbitrary()?),
        Type::S64 => Value::S64(u.arbitrary()?),
        Type::U64 => Value::U64(u.arbitrary()?),
        Type::F32 => Value::F32(float32(u)?),
        Type::F64 => Value::F64(float64(u)?),
        Type::Char => Value::Char(u.arbitrary()?),
        Type::String => Value::String(string(u, config)?),
        Type::ErrorContext => return Err(arbitrary::Error::IncorrectFormat),
        Type::Id(id) => match &resolve.types[*id].kind {
            TypeDefKind::Type(t) => value(u, resolve, t, config, depth)?,
            TypeDefKind::List(elem) => {
                let len = if depth >= config.max_depth {
                    0
                } else {
                    u.int_in_range(0..=config.max_list)?
                };
                let mut items = Vec::with_capacity(len as usize);
                for _ in 0..len {
                    items.push(value(u, resolve, elem, config, depth + 1)?);
                }
                Value::List(items)
            }
            TypeDefKind::FixedLengthList(elem, len) => {
                let mut items = Vec::with_capacity(*len as usize);
                for _ in 0..*len {
                    items.push(value(u, resolve, elem, config, depth + 1)?);
                }
                Value::List(items)
            }
            TypeDefKind::Record(record) => {
                let mut fields = Vec::with_capacity(record.fields.len());
                for field in &record.fields {
                    fields.push((
                        field.name.clone(),
                        value(u, resolve, &field.ty, config, depth + 1)?,
                    ));
                }
                Value::Record(fields)
            }
            TypeDefKind::Tuple(tuple) => {
                let mut items = Vec::with_capacity(tuple.types.len());
                for ty in &tuple.types {
                    items.push(value(u, resolve, ty, config, depth + 1)?);
                }
                Value::Tuple(items)
            }
            TypeDefKind::Variant(variant) => {
                let case = &variant.cases[u.choose_index(variant.cases.len())?];
                Value::Variant(case.name.clone(), boxed(u, case.ty.as_ref())?)
            }
            TypeDefKind::Enum(enum_) => {
                Value::Enum(enum_.cases[u.choose_index(enum_.cases.len())?].name.clone())
            }
            TypeDefKind::Option(t) => Value::Option(if u.arbitrary()? {
                boxed(u, Some(t))?
            } else {
                None
            }),
            TypeDefKind::Result(result) => Value::Result(if u.arbitrary()? {
                Ok(boxed(u, result.ok.as_ref())?)
            } else {
                Err(boxed(u, result.err.as_ref())?)
            }),
            TypeDefKind::Flags(flags) => {
                let mut set = Vec::new();
                for flag in &flags.flags {
                    if u.arbitrary()? {
                        set.push(flag.name.clone());
                    }
                }
                Value::Flags(set)
            }
            TypeDefKind::Handle(Handle::Own(resource)) => Value::Handle {
                resource: canon_wit::resolve_alias(resolve, *resource),
                own: true,
            },
            TypeDefKind::Handle(Handle::Borrow(resource)) => Value::Handle {
                resource: canon_wit::resolve_alias(resolve, *resource),
                own: false,
            },
            TypeDefKind::Resource
            | TypeDefKind::Future(_)
            | TypeDefKind::Stream(_)
            | TypeDefKind::Map(..)
            | TypeDefKind::Unknown => return Err(arbitrary::Error::IncorrectFormat),
        },
    })
}
