//! Argument and import-result values for the differential run, generated from
//! `arbitrary::Unstructured`, and their comparison (every NaN equals every NaN).

use arbitrary::Unstructured;
use wasmtime::component::{Type, Val};

/// Strings of every shape: empty, ASCII, multi-byte, and long.
const STRINGS: &[&str] = &[
    "",
    "a",
    "hello, world",
    "héllo wörld",
    "✓ 𝄞 ☃ ∑",
    "\u{0}\u{7f}\u{80}\u{ffff}",
];

/// Float bit patterns worth sending on purpose.
const F32_SPECIALS: &[f32] = &[
    f32::NAN,
    f32::INFINITY,
    f32::NEG_INFINITY,
    -0.0,
    f32::MIN_POSITIVE,
];
const F64_SPECIALS: &[f64] = &[
    f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
    -0.0,
    f64::MIN_POSITIVE,
];

/// The longest generated list, and the nesting past which lists are empty.
const MAX_LIST: u32 = 12;
const MAX_DEPTH: u32 = 6;

/// A value of type `ty`. When `u` runs dry every choice falls back to its first
/// option, so generation always terminates.
pub(crate) fn arbitrary_val(
    u: &mut Unstructured<'_>,
    ty: &Type,
    depth: u32,
) -> arbitrary::Result<Val> {
    Ok(match ty {
        Type::Bool => Val::Bool(u.arbitrary()?),
        Type::S8 => Val::S8(u.arbitrary()?),
        Type::U8 => Val::U8(u.arbitrary()?),
        Type::S16 => Val::S16(u.arbitrary()?),
        Type::U16 => Val::U16(u.arbitrary()?),
        Type::S32 => Val::S32(u.arbitrary()?),
        Type::U32 => Val::U32(u.arbitrary()?),
        Type::S64 => Val::S64(u.arbitrary()?),
        Type::U64 => Val::U64(u.arbitrary()?),
        Type::Float32 => Val::Float32(if u.ratio(1, 4)? {
            *u.choose(F32_SPECIALS)?
        } else {
            u.arbitrary()?
        }),
        Type::Float64 => Val::Float64(if u.ratio(1, 4)? {
            *u.choose(F64_SPECIALS)?
        } else {
            u.arbitrary()?
        }),
        Type::Char => Val::Char(u.arbitrary()?),
        Type::String => Val::String(match u.int_in_range(0..=3u8)? {
            0 => u.choose(STRINGS)?.to_string(),
            1 => u.arbitrary::<String>()?,
            2 => u.choose(STRINGS)?.repeat(u.int_in_range(10..=60)?),
            _ => String::new(),
        }),
        Type::List(list) => {
            let len = if depth >= MAX_DEPTH {
                0
            } else {
                u.int_in_range(0..=MAX_LIST)?
            };
            let elem = list.ty();
            let mut values = Vec::with_capacity(len as usize);
            for _ in 0..len {
                values.push(arbitrary_val(u, &elem, depth + 1)?);
            }
            Val::List(values)
        }
        Type::Record(record) => {
            let mut fields = Vec::new();
            for field in record.fields() {
                fields.push((
                    field.name.to_string(),
                    arbitrary_val(u, &field.ty, depth + 1)?,
                ));
            }
            Val::Record(fields)
        }
        Type::Tuple(tuple) => {
            let mut values = Vec::new();
            for ty in tuple.types() {
                values.push(arbitrary_val(u, &ty, depth + 1)?);
            }
            Val::Tuple(values)
        }
        Type::Variant(variant) => {
            let cases: Vec<_> = variant.cases().collect();
            let case = &cases[u.choose_index(cases.len())?];
            let payload = match &case.ty {
                Some(ty) => Some(Box::new(arbitrary_val(u, ty, depth + 1)?)),
                None => None,
            };
            Val::Variant(case.name.to_string(), payload)
        }
        Type::Enum(enum_) => {
            let names: Vec<_> = enum_.names().collect();
            Val::Enum(names[u.choose_index(names.len())?].to_string())
        }
        Type::Option(option) => Val::Option(if u.arbitrary()? {
            Some(Box::new(arbitrary_val(u, &option.ty(), depth + 1)?))
        } else {
            None
        }),
        Type::Result(result) => {
            let payload = |u: &mut Unstructured<'_>, ty: Option<Type>| -> arbitrary::Result<_> {
                ty.map(|ty| arbitrary_val(u, &ty, depth + 1).map(Box::new))
                    .transpose()
            };
            Val::Result(if u.arbitrary()? {
                Ok(payload(u, result.ok())?)
            } else {
                Err(payload(u, result.err())?)
            })
        }
        Type::Flags(flags) => {
            let mut set = Vec::new();
            for name in flags.names() {
                if u.arbitrary()? {
                    set.push(name.to_string());
                }
            }
            Val::Flags(set)
        }
        other => return Err(unsupported(other)),
    })
}

fn unsupported(_ty: &Type) -> arbitrary::Error {
    arbitrary::Error::IncorrectFormat
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
