//! The transforming guest's rules, computed on the host side: what the
//! import must see and what the export must return.
//!
//! Integers are bumped by one (wrapping), booleans flipped, floats negated,
//! characters kept, strings reversed by character, lists reversed (and their
//! elements transformed), flags complemented; records, tuples, variants,
//! options and results transform their contents. The guest's `Conv::xform`
//! impls (in [`super::guest`]) apply the same rules to Rust values.

use wasmtime::component::{Type, Val};

/// `val` (of type `ty`) transformed.
pub(crate) fn transform(val: &Val, ty: &Type) -> Val {
    let boxed = |v: &Option<Box<Val>>, ty: Option<Type>| match (v, ty) {
        (Some(v), Some(ty)) => Some(Box::new(transform(v, &ty))),
        (v, _) => v.clone(),
    };
    match (val, ty) {
        (Val::Bool(v), _) => Val::Bool(!v),
        (Val::S8(v), _) => Val::S8(v.wrapping_add(1)),
        (Val::U8(v), _) => Val::U8(v.wrapping_add(1)),
        (Val::S16(v), _) => Val::S16(v.wrapping_add(1)),
        (Val::U16(v), _) => Val::U16(v.wrapping_add(1)),
        (Val::S32(v), _) => Val::S32(v.wrapping_add(1)),
        (Val::U32(v), _) => Val::U32(v.wrapping_add(1)),
        (Val::S64(v), _) => Val::S64(v.wrapping_add(1)),
        (Val::U64(v), _) => Val::U64(v.wrapping_add(1)),
        (Val::Float32(v), _) => Val::Float32(-v),
        (Val::Float64(v), _) => Val::Float64(-v),
        (Val::String(s), _) => Val::String(s.chars().rev().collect()),
        (Val::List(items), Type::List(list)) => {
            let elem = list.ty();
            Val::List(items.iter().rev().map(|v| transform(v, &elem)).collect())
        }
        (Val::Record(fields), Type::Record(record)) => Val::Record(
            fields
                .iter()
                .zip(record.fields())
                .map(|((name, v), field)| (name.clone(), transform(v, &field.ty)))
                .collect(),
        ),
        (Val::Tuple(items), Type::Tuple(tuple)) => Val::Tuple(
            items
                .iter()
                .zip(tuple.types())
                .map(|(v, ty)| transform(v, &ty))
                .collect(),
        ),
        (Val::Variant(case, payload), Type::Variant(variant)) => {
            let ty = variant
                .cases()
                .find(|c| c.name == case.as_str())
                .and_then(|c| c.ty);
            Val::Variant(case.clone(), boxed(payload, ty))
        }
        (Val::Option(v), Type::Option(option)) => Val::Option(boxed(v, Some(option.ty()))),
        (Val::Result(r), Type::Result(result)) => Val::Result(match r {
            Ok(v) => Ok(boxed(v, result.ok())),
            Err(v) => Err(boxed(v, result.err())),
        }),
        (Val::Flags(set), Type::Flags(flags)) => Val::Flags(
            flags
                .names()
                .filter(|name| !set.iter().any(|s| s == name))
                .map(String::from)
                .collect(),
        ),
        (other, _) => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Lists, records, variants and flags need component types from a
    // compiled component; every `cargo xtask diff` run checks them against
    // the transforming guest.
    #[test]
    fn scalars_and_strings_transform() {
        assert_eq!(transform(&Val::Bool(true), &Type::Bool), Val::Bool(false));
        assert_eq!(transform(&Val::U8(255), &Type::U8), Val::U8(0));
        assert_eq!(
            transform(&Val::S64(i64::MAX), &Type::S64),
            Val::S64(i64::MIN)
        );
        assert_eq!(transform(&Val::Char('x'), &Type::Char), Val::Char('x'));
        assert_eq!(
            transform(&Val::String("añ𝄞b".into()), &Type::String),
            Val::String("b𝄞ña".into())
        );
        let Val::Float32(f) = transform(&Val::Float32(0.0), &Type::Float32) else {
            panic!("not a float")
        };
        assert!(f == 0.0 && f.is_sign_negative());
    }
}
