//! `ComponentType` for primitives, `()`, `String`, `Vec<T>`, `Option<T>` and
//! `Result<T, E>`.

use canon_abi::ValType;

use super::{ComponentType, TypeMismatch, TypedCx};
use crate::abi::{Flat, add, bad_flat, next, next_i32};
use crate::backend::CoreVal;
use crate::error::{Error, Trap, TrapKind};
use crate::types::ValueType;

macro_rules! scalar {
    ($t:ty, $vt:ident, $name:literal, $core:ident, $to:expr, $from:expr) => {
        impl ComponentType for $t {
            fn typecheck(ty: &ValueType) -> Result<(), TypeMismatch> {
                if *ty == ValueType::$vt {
                    Ok(())
                } else {
                    Err(TypeMismatch::expected($name, ty))
                }
            }
            fn lower_flat(
                &self,
                _: &mut TypedCx<'_, '_>,
                _: ValType,
                out: &mut Flat,
            ) -> Result<(), Error> {
                let to: fn($t) -> _ = $to;
                Ok(out.push(CoreVal::$core(to(*self)))?)
            }
            fn store(&self, cx: &mut TypedCx<'_, '_>, _: ValType, ptr: u32) -> Result<(), Error> {
                Ok(cx.0.write(ptr, &self.to_le_bytes())?)
            }
            fn lift_flat(
                _: &mut TypedCx<'_, '_>,
                _: ValType,
                vals: &[CoreVal],
                pos: &mut usize,
            ) -> Result<Self, Trap> {
                let from: fn(_) -> $t = $from;
                match next(vals, pos)? {
                    CoreVal::$core(x) => Ok(from(x)),
                    _ => Err(bad_flat()),
                }
            }
            fn load(cx: &mut TypedCx<'_, '_>, _: ValType, ptr: u32) -> Result<Self, Trap> {
                Ok(<$t>::from_le_bytes(cx.0.read(ptr)?))
            }
            fn store_list(
                items: &[Self],
                cx: &mut TypedCx<'_, '_>,
                ty: ValType,
            ) -> Result<(u32, u32), Error> {
                const N: usize = size_of::<$t>();
                Ok(cx.0.store_list_bytes(ty, items.len(), N as u32, |dst| {
                    for (d, x) in dst.as_chunks_mut::<N>().0.iter_mut().zip(items) {
                        *d = x.to_le_bytes();
                    }
                })?)
            }
            fn load_list(
                cx: &mut TypedCx<'_, '_>,
                ty: ValType,
                ptr: u32,
                n: u32,
            ) -> Result<Vec<Self>, Trap> {
                const N: usize = size_of::<$t>();
                let (_, size, bytes) = cx.0.list_bytes(ty, ptr, n)?;
                if size as usize != N {
                    return Err(bad_flat());
                }
                Ok(bytes
                    .as_chunks::<N>()
                    .0
                    .iter()
                    .map(|b| <$t>::from_le_bytes(*b))
                    .collect())
            }
        }
    };
}

scalar!(u8, U8, "`u8`", I32, |x| i32::from(x), |x| x as u8);
scalar!(i8, S8, "`s8`", I32, |x| i32::from(x), |x| x as i8);
scalar!(u16, U16, "`u16`", I32, |x| i32::from(x), |x| x as u16);
scalar!(i16, S16, "`s16`", I32, |x| i32::from(x), |x| x as i16);
scalar!(u32, U32, "`u32`", I32, |x| x as i32, |x| x as u32);
scalar!(i32, S32, "`s32`", I32, |x| x, |x| x);
scalar!(u64, U64, "`u64`", I64, |x| x as i64, |x| x as u64);
scalar!(i64, S64, "`s64`", I64, |x| x, |x| x);
scalar!(f32, F32, "`f32`", F32, f32::to_bits, f32::from_bits);
scalar!(f64, F64, "`f64`", F64, f64::to_bits, f64::from_bits);

fn char_of(i: u32) -> Result<char, Trap> {
    char::from_u32(i).ok_or(Trap::new(TrapKind::InvalidChar(i)))
}

impl ComponentType for char {
    fn typecheck(ty: &ValueType) -> Result<(), TypeMismatch> {
        match ty {
            ValueType::Char => Ok(()),
            _ => Err(TypeMismatch::expected("`char`", ty)),
        }
    }
    fn lower_flat(&self, _: &mut TypedCx<'_, '_>, _: ValType, out: &mut Flat) -> Result<(), Error> {
        Ok(out.push(CoreVal::I32(*self as i32))?)
    }
    fn store(&self, cx: &mut TypedCx<'_, '_>, _: ValType, ptr: u32) -> Result<(), Error> {
        Ok(cx.0.write(ptr, &(*self as u32).to_le_bytes())?)
    }
    fn lift_flat(
        _: &mut TypedCx<'_, '_>,
        _: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Self, Trap> {
        char_of(next_i32(vals, pos)?)
    }
    fn load(cx: &mut TypedCx<'_, '_>, _: ValType, ptr: u32) -> Result<Self, Trap> {
        char_of(cx.0.read_u32(ptr)?)
    }
    fn store_list(
        items: &[Self],
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
    ) -> Result<(u32, u32), Error> {
        Ok(cx.0.store_list_bytes(ty, items.len(), 4, |dst| {
            for (d, c) in dst.as_chunks_mut::<4>().0.iter_mut().zip(items) {
                *d = (*c as u32).to_le_bytes();
            }
        })?)
    }
    fn load_list(
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        ptr: u32,
        n: u32,
    ) -> Result<Vec<Self>, Trap> {
        let (_, size, bytes) = cx.0.list_bytes(ty, ptr, n)?;
        if size != 4 {
            return Err(bad_flat());
        }
        // Every element is checked to be a Unicode scalar value.
        bytes
            .as_chunks::<4>()
            .0
            .iter()
            .map(|b| char_of(u32::from_le_bytes(*b)))
            .collect()
    }
}

impl ComponentType for bool {
    fn typecheck(ty: &ValueType) -> Result<(), TypeMismatch> {
        match ty {
            ValueType::Bool => Ok(()),
            _ => Err(TypeMismatch::expected("`bool`", ty)),
        }
    }
    fn lower_flat(&self, _: &mut TypedCx<'_, '_>, _: ValType, out: &mut Flat) -> Result<(), Error> {
        Ok(out.push(CoreVal::I32(i32::from(*self)))?)
    }
    fn store(&self, cx: &mut TypedCx<'_, '_>, _: ValType, ptr: u32) -> Result<(), Error> {
        Ok(cx.0.write(ptr, &[u8::from(*self)])?)
    }
    fn lift_flat(
        _: &mut TypedCx<'_, '_>,
        _: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Self, Trap> {
        Ok(next_i32(vals, pos)? != 0)
    }
    fn load(cx: &mut TypedCx<'_, '_>, _: ValType, ptr: u32) -> Result<Self, Trap> {
        Ok(cx.0.read::<1>(ptr)?[0] != 0)
    }
    fn store_list(
        items: &[Self],
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
    ) -> Result<(u32, u32), Error> {
        Ok(cx.0.store_list_bytes(ty, items.len(), 1, |dst| {
            for (d, b) in dst.iter_mut().zip(items) {
                *d = u8::from(*b);
            }
        })?)
    }
    fn load_list(
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        ptr: u32,
        n: u32,
    ) -> Result<Vec<Self>, Trap> {
        let (_, size, bytes) = cx.0.list_bytes(ty, ptr, n)?;
        if size != 1 {
            return Err(bad_flat());
        }
        // Any non-zero byte is `true`, per the specification.
        Ok(bytes.iter().map(|b| *b != 0).collect())
    }
}

/// `()`: an absent payload (`Result<(), E>`, `Option`-less cases), or the
/// empty tuple.
impl ComponentType for () {
    const IS_UNIT: bool = true;

    fn typecheck(ty: &ValueType) -> Result<(), TypeMismatch> {
        match ty {
            ValueType::Tuple(ts) if ts.is_empty() => Ok(()),
            _ => Err(TypeMismatch::expected("no payload (`()`)", ty)),
        }
    }
    fn lower_flat(&self, _: &mut TypedCx<'_, '_>, _: ValType, _: &mut Flat) -> Result<(), Error> {
        Ok(())
    }
    fn store(&self, _: &mut TypedCx<'_, '_>, _: ValType, _: u32) -> Result<(), Error> {
        Ok(())
    }
    fn lift_flat(
        _: &mut TypedCx<'_, '_>,
        _: ValType,
        _: &[CoreVal],
        _: &mut usize,
    ) -> Result<Self, Trap> {
        Ok(())
    }
    fn load(_: &mut TypedCx<'_, '_>, _: ValType, _: u32) -> Result<Self, Trap> {
        Ok(())
    }
}

impl ComponentType for String {
    fn typecheck(ty: &ValueType) -> Result<(), TypeMismatch> {
        match ty {
            ValueType::String => Ok(()),
            _ => Err(TypeMismatch::expected("`string`", ty)),
        }
    }
    fn lower_flat(
        &self,
        cx: &mut TypedCx<'_, '_>,
        _: ValType,
        out: &mut Flat,
    ) -> Result<(), Error> {
        let (p, l) = cx.0.store_string_into_range(self)?;
        out.push(CoreVal::I32(p as i32))?;
        Ok(out.push(CoreVal::I32(l as i32))?)
    }
    fn store(&self, cx: &mut TypedCx<'_, '_>, _: ValType, ptr: u32) -> Result<(), Error> {
        let (p, l) = cx.0.store_string_into_range(self)?;
        cx.0.write(ptr, &p.to_le_bytes())?;
        Ok(cx.0.write(add(ptr, 4)?, &l.to_le_bytes())?)
    }
    fn lift_flat(
        cx: &mut TypedCx<'_, '_>,
        _: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Self, Trap> {
        let p = next_i32(vals, pos)?;
        let l = next_i32(vals, pos)?;
        Ok(cx.0.load_str(p, l)?.into_owned())
    }
    fn load(cx: &mut TypedCx<'_, '_>, _: ValType, ptr: u32) -> Result<Self, Trap> {
        let p = cx.0.read_u32(ptr)?;
        let l = cx.0.read_u32(add(ptr, 4)?)?;
        Ok(cx.0.load_str(p, l)?.into_owned())
    }
}

impl<T: ComponentType> ComponentType for Vec<T> {
    fn typecheck(ty: &ValueType) -> Result<(), TypeMismatch> {
        match ty {
            ValueType::List(e) => T::typecheck(e).map_err(|m| m.within("list element")),
            _ => Err(TypeMismatch::expected("a `list`", ty)),
        }
    }
    fn lower_flat(
        &self,
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        out: &mut Flat,
    ) -> Result<(), Error> {
        let (p, n) = T::store_list(self, cx, ty)?;
        out.push(CoreVal::I32(p as i32))?;
        Ok(out.push(CoreVal::I32(n as i32))?)
    }
    fn store(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<(), Error> {
        let (p, n) = T::store_list(self, cx, ty)?;
        cx.0.write(ptr, &p.to_le_bytes())?;
        Ok(cx.0.write(add(ptr, 4)?, &n.to_le_bytes())?)
    }
    fn lift_flat(
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Self, Trap> {
        let p = next_i32(vals, pos)?;
        let n = next_i32(vals, pos)?;
        T::load_list(cx, ty, p, n)
    }
    fn load(cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<Self, Trap> {
        let p = cx.0.read_u32(ptr)?;
        let n = cx.0.read_u32(add(ptr, 4)?)?;
        T::load_list(cx, ty, p, n)
    }
}

impl<T: ComponentType> ComponentType for Option<T> {
    fn typecheck(ty: &ValueType) -> Result<(), TypeMismatch> {
        match ty {
            ValueType::Option(t) => T::typecheck(t).map_err(|m| m.within("option payload")),
            _ => Err(TypeMismatch::expected("an `option`", ty)),
        }
    }
    fn lower_flat(
        &self,
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        out: &mut Flat,
    ) -> Result<(), Error> {
        match self {
            None => cx.lower_case(ty, 0, out),
            Some(v) => cx.lower_case_with(ty, 1, v, out),
        }
    }
    fn store(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<(), Error> {
        match self {
            None => cx.store_case(ty, ptr, 0),
            Some(v) => cx.store_case_with(ty, ptr, 1, v),
        }
    }
    fn lift_flat(
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Self, Trap> {
        let case = cx.lift_case(ty, vals, pos)?;
        match case.discriminant() {
            0 => Ok(None),
            _ => Ok(Some(case.lift(cx)?)),
        }
    }
    fn load(cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<Self, Trap> {
        let case = cx.load_case(ty, ptr)?;
        match case.discriminant() {
            0 => Ok(None),
            _ => Ok(Some(case.lift(cx)?)),
        }
    }
}

/// Checks a `result` payload: `()` stands for an absent one.
fn check_payload<T: ComponentType>(
    payload: Option<&ValueType>,
    case: &str,
) -> Result<(), TypeMismatch> {
    match payload {
        Some(t) => T::typecheck(t).map_err(|m| m.within(format!("result `{case}` payload"))),
        None if T::IS_UNIT => Ok(()),
        None => Err(TypeMismatch::new(format!(
            "the result has no `{case}` payload, but the Rust type is not `()`"
        ))),
    }
}

impl<T: ComponentType, E: ComponentType> ComponentType for Result<T, E> {
    fn typecheck(ty: &ValueType) -> Result<(), TypeMismatch> {
        match ty {
            ValueType::Result(r) => {
                check_payload::<T>(r.ok.as_ref(), "ok")?;
                check_payload::<E>(r.err.as_ref(), "error")
            }
            _ => Err(TypeMismatch::expected("a `result`", ty)),
        }
    }
    fn lower_flat(
        &self,
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        out: &mut Flat,
    ) -> Result<(), Error> {
        match self {
            Ok(v) => cx.lower_case_with(ty, 0, v, out),
            Err(e) => cx.lower_case_with(ty, 1, e, out),
        }
    }
    fn store(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<(), Error> {
        match self {
            Ok(v) => cx.store_case_with(ty, ptr, 0, v),
            Err(e) => cx.store_case_with(ty, ptr, 1, e),
        }
    }
    fn lift_flat(
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Self, Trap> {
        let case = cx.lift_case(ty, vals, pos)?;
        match case.discriminant() {
            0 => Ok(Ok(case.lift(cx)?)),
            _ => Ok(Err(case.lift(cx)?)),
        }
    }
    fn load(cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<Self, Trap> {
        let case = cx.load_case(ty, ptr)?;
        match case.discriminant() {
            0 => Ok(Ok(case.lift(cx)?)),
            _ => Ok(Err(case.lift(cx)?)),
        }
    }
}
