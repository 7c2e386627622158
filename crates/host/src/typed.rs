//! Typed calls: `TypedFunc<P, R>` over the `ComponentType` trait, lowering
//! Rust values straight into flat values and linear memory (and lifting them
//! back) along canon-abi's plans, without building dynamic `Value`s.

use std::marker::PhantomData;

use canon_abi::{AbiVariant, ParamsPlan, Plan, ResultPlan, ValType};

use crate::abi::{Cx, Flat, add, bad_flat, check_range, coerce, next, next_i32, uncoerce, zero};
use crate::backend::CoreVal;
use crate::component::StringEncoding;
use crate::error::{Error, Trap, TrapKind};
use std::sync::Arc;

use crate::func::{Func, FuncImpl, Lifted, TypedHostCall, cx_for, to_trap};
use crate::store::{Store, StoreContextMut, host_state};
use crate::types::ValueType;
use crate::value::Value;

/// The lift/lower context a `ComponentType` works in (opaque).
pub struct TypedCx<'a, 'b>(pub(crate) &'a mut Cx<'b>);

impl std::fmt::Debug for TypedCx<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TypedCx")
    }
}

/// A Rust type with a component-model counterpart.
pub trait ComponentType: Sized {
    /// Whether `ty` is this type's counterpart.
    fn typecheck(ty: &ValueType) -> bool;
    #[doc(hidden)]
    fn lower_flat(
        &self,
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        out: &mut Flat,
    ) -> Result<(), Error>;
    #[doc(hidden)]
    fn store(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<(), Error>;
    #[doc(hidden)]
    fn lift_flat(
        cx: &TypedCx<'_, '_>,
        ty: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Self, Trap>;
    #[doc(hidden)]
    fn load(cx: &TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<Self, Trap>;
}

macro_rules! int {
    ($t:ty, $vt:ident, $core:ident, $as:ty) => {
        impl ComponentType for $t {
            fn typecheck(ty: &ValueType) -> bool {
                *ty == ValueType::$vt
            }
            fn lower_flat(
                &self,
                _: &mut TypedCx<'_, '_>,
                _: ValType,
                out: &mut Flat,
            ) -> Result<(), Error> {
                Ok(out.push(CoreVal::$core(*self as $as))?)
            }
            fn store(&self, cx: &mut TypedCx<'_, '_>, _: ValType, ptr: u32) -> Result<(), Error> {
                Ok(cx.0.write(ptr, &self.to_le_bytes())?)
            }
            fn lift_flat(
                _: &TypedCx<'_, '_>,
                _: ValType,
                vals: &[CoreVal],
                pos: &mut usize,
            ) -> Result<Self, Trap> {
                match next(vals, pos)? {
                    CoreVal::$core(x) => Ok(x as $t),
                    _ => Err(bad_flat()),
                }
            }
            fn load(cx: &TypedCx<'_, '_>, _: ValType, ptr: u32) -> Result<Self, Trap> {
                Ok(<$t>::from_le_bytes(cx.0.read(ptr)?))
            }
        }
    };
}

int!(u8, U8, I32, i32);
int!(i8, S8, I32, i32);
int!(u16, U16, I32, i32);
int!(i16, S16, I32, i32);
int!(u32, U32, I32, i32);
int!(i32, S32, I32, i32);
int!(u64, U64, I64, i64);
int!(i64, S64, I64, i64);

impl ComponentType for bool {
    fn typecheck(ty: &ValueType) -> bool {
        *ty == ValueType::Bool
    }
    fn lower_flat(&self, _: &mut TypedCx<'_, '_>, _: ValType, out: &mut Flat) -> Result<(), Error> {
        Ok(out.push(CoreVal::I32(i32::from(*self)))?)
    }
    fn store(&self, cx: &mut TypedCx<'_, '_>, _: ValType, ptr: u32) -> Result<(), Error> {
        Ok(cx.0.write(ptr, &[u8::from(*self)])?)
    }
    fn lift_flat(
        _: &TypedCx<'_, '_>,
        _: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Self, Trap> {
        Ok(next_i32(vals, pos)? != 0)
    }
    fn load(cx: &TypedCx<'_, '_>, _: ValType, ptr: u32) -> Result<Self, Trap> {
        Ok(cx.0.read::<1>(ptr)?[0] != 0)
    }
}

impl ComponentType for String {
    fn typecheck(ty: &ValueType) -> bool {
        *ty == ValueType::String
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
        cx: &TypedCx<'_, '_>,
        _: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Self, Trap> {
        let p = next_i32(vals, pos)?;
        let l = next_i32(vals, pos)?;
        string_of(cx.0.load_string_range(p, l)?)
    }
    fn load(cx: &TypedCx<'_, '_>, _: ValType, ptr: u32) -> Result<Self, Trap> {
        let p = cx.0.read_u32(ptr)?;
        let l = cx.0.read_u32(add(ptr, 4)?)?;
        string_of(cx.0.load_string_range(p, l)?)
    }
}

fn string_of(v: Value) -> Result<String, Trap> {
    match v {
        Value::String(s) => Ok(s.to_string()),
        _ => Err(bad_flat()),
    }
}

impl<T: ComponentType> ComponentType for Vec<T> {
    fn typecheck(ty: &ValueType) -> bool {
        matches!(ty, ValueType::List(e) if T::typecheck(e))
    }
    fn lower_flat(
        &self,
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        out: &mut Flat,
    ) -> Result<(), Error> {
        let (p, n) = store_list(self, cx, ty)?;
        out.push(CoreVal::I32(p as i32))?;
        Ok(out.push(CoreVal::I32(n as i32))?)
    }
    fn store(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<(), Error> {
        let (p, n) = store_list(self, cx, ty)?;
        cx.0.write(ptr, &p.to_le_bytes())?;
        Ok(cx.0.write(add(ptr, 4)?, &n.to_le_bytes())?)
    }
    fn lift_flat(
        cx: &TypedCx<'_, '_>,
        ty: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Self, Trap> {
        let p = next_i32(vals, pos)?;
        let n = next_i32(vals, pos)?;
        load_list(cx, ty, p, n)
    }
    fn load(cx: &TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<Self, Trap> {
        let p = cx.0.read_u32(ptr)?;
        let n = cx.0.read_u32(add(ptr, 4)?)?;
        load_list(cx, ty, p, n)
    }
}

fn store_list<T: ComponentType>(
    items: &[T],
    cx: &mut TypedCx<'_, '_>,
    ty: ValType,
) -> Result<(u32, u32), Error> {
    let (elem, size, align, _) = cx.0.list_parts(ty)?;
    let byte_len = items.len() as u64 * u64::from(size);
    if byte_len > u64::from(u32::MAX) {
        return Err(Trap::new(TrapKind::LengthOverflow).into());
    }
    let ptr = cx.0.allocate(align, byte_len as u32)?;
    for (i, item) in items.iter().enumerate() {
        item.store(cx, elem, ptr + i as u32 * size)?;
    }
    Ok((ptr, items.len() as u32))
}

fn load_list<T: ComponentType>(
    cx: &TypedCx<'_, '_>,
    ty: ValType,
    ptr: u32,
    n: u32,
) -> Result<Vec<T>, Trap> {
    let (elem, size, align, _) = cx.0.list_parts(ty)?;
    let byte_len = u64::from(n) * u64::from(size);
    if byte_len > u64::from(u32::MAX) {
        return Err(Trap::new(TrapKind::LengthOverflow));
    }
    check_range(cx.0.mem()?.len(), ptr, byte_len as u32, align)?;
    (0..n).map(|i| T::load(cx, elem, ptr + i * size)).collect()
}

/// The parts of a variant plan: case payload types and payload offset.
fn variant_case(
    cx: &TypedCx<'_, '_>,
    ty: ValType,
    disc: u32,
) -> Result<(Option<ValType>, u32, u32), Trap> {
    match cx.0.space.abi.plan(ty) {
        Plan::Variant {
            discriminant,
            payload_offset,
            cases,
        } => {
            let case =
                cases
                    .get(disc as usize)
                    .ok_or(Trap::new(TrapKind::InvalidDiscriminant {
                        value: disc,
                        cases: cases.len() as u32,
                    }))?;
            Ok((case.ty, payload_offset, discriminant.bytes()))
        }
        _ => Err(bad_flat()),
    }
}

/// Lowers a case payload flat.
type LowerPayload<'p> = &'p dyn Fn(&mut TypedCx<'_, '_>, ValType, &mut Flat) -> Result<(), Error>;

/// Lowers a variant's discriminant and payload flat, with join coercions.
fn lower_variant_flat(
    cx: &mut TypedCx<'_, '_>,
    ty: ValType,
    disc: u32,
    payload: Option<LowerPayload<'_>>,
    out: &mut Flat,
) -> Result<(), Error> {
    let flat =
        cx.0.space
            .abi
            .flat(ty)
            .ok_or_else(|| Error::Type("variant too wide".into()))?;
    let flat_len = flat.len();
    let slots: Vec<_> = flat.to_vec();
    let Plan::Variant { cases, .. } = cx.0.space.abi.plan(ty) else {
        return Err(bad_flat().into());
    };
    let case = cases
        .get(disc as usize)
        .ok_or_else(|| Error::Type("no such case".into()))?;
    let coercions: Vec<_> = case.coercions.to_vec();
    let case_ty = case.ty;
    out.push(CoreVal::I32(disc as i32))?;
    let mut written = 0;
    if let (Some(f), Some(t)) = (payload, case_ty) {
        let mut tmp = Flat::new();
        f(cx, t, &mut tmp)?;
        for (c, v) in coercions.iter().zip(tmp.as_slice()) {
            out.push(coerce(*c, *v))?;
        }
        written = tmp.len();
    }
    for t in slots.iter().take(flat_len).skip(1 + written) {
        out.push(zero(*t))?;
    }
    Ok(())
}

/// Lifts a variant flat: the discriminant and the payload's flat values.
fn lift_variant_flat(
    cx: &TypedCx<'_, '_>,
    ty: ValType,
    vals: &[CoreVal],
    pos: &mut usize,
) -> Result<(u32, Option<(ValType, Flat)>), Trap> {
    let flat = cx.0.space.abi.flat(ty).ok_or_else(bad_flat)?;
    let disc = next_i32(vals, pos)?;
    let start = *pos;
    let end = start + flat.len() - 1;
    if end > vals.len() {
        return Err(bad_flat());
    }
    *pos = end;
    let Plan::Variant { cases, .. } = cx.0.space.abi.plan(ty) else {
        return Err(bad_flat());
    };
    let case = cases
        .get(disc as usize)
        .ok_or(Trap::new(TrapKind::InvalidDiscriminant {
            value: disc,
            cases: cases.len() as u32,
        }))?;
    let payload = match case.ty {
        Some(t) => {
            let mut tmp = Flat::new();
            for (i, c) in case.coercions.iter().enumerate() {
                tmp.push(uncoerce(*c, vals[start + i])?)?;
            }
            Some((t, tmp))
        }
        None => None,
    };
    Ok((disc, payload))
}

fn write_disc(cx: &mut TypedCx<'_, '_>, ptr: u32, disc: u32, bytes: u32) -> Result<(), Trap> {
    match bytes {
        1 => cx.0.write(ptr, &[disc as u8]),
        2 => cx.0.write(ptr, &(disc as u16).to_le_bytes()),
        _ => cx.0.write(ptr, &disc.to_le_bytes()),
    }
}

fn read_disc(cx: &TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<u32, Trap> {
    let bytes = match cx.0.space.abi.plan(ty) {
        Plan::Variant { discriminant, .. } => discriminant.bytes(),
        _ => return Err(bad_flat()),
    };
    Ok(match bytes {
        1 => u32::from(cx.0.read::<1>(ptr)?[0]),
        2 => u32::from(u16::from_le_bytes(cx.0.read(ptr)?)),
        _ => cx.0.read_u32(ptr)?,
    })
}

impl<T: ComponentType> ComponentType for Option<T> {
    fn typecheck(ty: &ValueType) -> bool {
        matches!(ty, ValueType::Option(t) if T::typecheck(t))
    }
    fn lower_flat(
        &self,
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        out: &mut Flat,
    ) -> Result<(), Error> {
        match self {
            None => lower_variant_flat(cx, ty, 0, None, out),
            Some(v) => lower_variant_flat(cx, ty, 1, Some(&|cx, t, o| v.lower_flat(cx, t, o)), out),
        }
    }
    fn store(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<(), Error> {
        let disc = u32::from(self.is_some());
        let (case, offset, bytes) = variant_case(cx, ty, disc)?;
        write_disc(cx, ptr, disc, bytes)?;
        if let (Some(v), Some(t)) = (self, case) {
            v.store(cx, t, add(ptr, offset)?)?;
        }
        Ok(())
    }
    fn lift_flat(
        cx: &TypedCx<'_, '_>,
        ty: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Self, Trap> {
        match lift_variant_flat(cx, ty, vals, pos)? {
            (1, Some((t, flat))) => Ok(Some(T::lift_flat(cx, t, flat.as_slice(), &mut 0)?)),
            _ => Ok(None),
        }
    }
    fn load(cx: &TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<Self, Trap> {
        let disc = read_disc(cx, ty, ptr)?;
        match variant_case(cx, ty, disc)? {
            (Some(t), offset, _) if disc == 1 => Ok(Some(T::load(cx, t, add(ptr, offset)?)?)),
            _ => Ok(None),
        }
    }
}

impl<T: ComponentType, E: ComponentType> ComponentType for Result<T, E> {
    fn typecheck(ty: &ValueType) -> bool {
        matches!(ty, ValueType::Result(r)
            if r.ok.as_ref().is_some_and(T::typecheck) && r.err.as_ref().is_some_and(E::typecheck))
    }
    fn lower_flat(
        &self,
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        out: &mut Flat,
    ) -> Result<(), Error> {
        match self {
            Ok(v) => lower_variant_flat(cx, ty, 0, Some(&|cx, t, o| v.lower_flat(cx, t, o)), out),
            Err(e) => lower_variant_flat(cx, ty, 1, Some(&|cx, t, o| e.lower_flat(cx, t, o)), out),
        }
    }
    fn store(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<(), Error> {
        let disc = u32::from(self.is_err());
        let (case, offset, bytes) = variant_case(cx, ty, disc)?;
        write_disc(cx, ptr, disc, bytes)?;
        let t = case.ok_or_else(|| Error::Type("result case without payload".into()))?;
        match self {
            Ok(v) => v.store(cx, t, add(ptr, offset)?),
            Err(e) => e.store(cx, t, add(ptr, offset)?),
        }
    }
    fn lift_flat(
        cx: &TypedCx<'_, '_>,
        ty: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Self, Trap> {
        match lift_variant_flat(cx, ty, vals, pos)? {
            (0, Some((t, flat))) => Ok(Ok(T::lift_flat(cx, t, flat.as_slice(), &mut 0)?)),
            (_, Some((t, flat))) => Ok(Err(E::lift_flat(cx, t, flat.as_slice(), &mut 0)?)),
            _ => Err(bad_flat()),
        }
    }
    fn load(cx: &TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<Self, Trap> {
        let disc = read_disc(cx, ty, ptr)?;
        let (case, offset, _) = variant_case(cx, ty, disc)?;
        let t = case.ok_or_else(bad_flat)?;
        let at = add(ptr, offset)?;
        Ok(if disc == 0 {
            Ok(T::load(cx, t, at)?)
        } else {
            Err(E::load(cx, t, at)?)
        })
    }
}

fn record_fields(cx: &TypedCx<'_, '_>, ty: ValType) -> Result<Vec<(ValType, u32)>, Trap> {
    match cx.0.space.abi.plan(ty) {
        Plan::Record(fields) => Ok(fields.iter().map(|f| (f.ty, f.offset)).collect()),
        _ => Err(bad_flat()),
    }
}

macro_rules! tuple {
    ($($t:ident $i:tt),+) => {
        impl<$($t: ComponentType),+> ComponentType for ($($t,)+) {
            fn typecheck(ty: &ValueType) -> bool {
                let ValueType::Tuple(ts) = ty else { return false };
                let n = [$($i),+].len();
                ts.len() == n $(&& $t::typecheck(&ts[$i]))+
            }
            fn lower_flat(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, out: &mut Flat) -> Result<(), Error> {
                let fields = record_fields(cx, ty)?;
                $(self.$i.lower_flat(cx, fields.get($i).ok_or_else(bad_flat)?.0, out)?;)+
                Ok(())
            }
            fn store(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<(), Error> {
                let fields = record_fields(cx, ty)?;
                $({
                    let (t, off) = *fields.get($i).ok_or_else(bad_flat)?;
                    self.$i.store(cx, t, add(ptr, off)?)?;
                })+
                Ok(())
            }
            fn lift_flat(cx: &TypedCx<'_, '_>, ty: ValType, vals: &[CoreVal], pos: &mut usize) -> Result<Self, Trap> {
                let fields = record_fields(cx, ty)?;
                Ok(($($t::lift_flat(cx, fields.get($i).ok_or_else(bad_flat)?.0, vals, pos)?,)+))
            }
            fn load(cx: &TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<Self, Trap> {
                let fields = record_fields(cx, ty)?;
                Ok(($({
                    let (t, off) = *fields.get($i).ok_or_else(bad_flat)?;
                    $t::load(cx, t, add(ptr, off)?)?
                },)+))
            }
        }
    };
}

tuple!(A 0);
tuple!(A 0, B 1);
tuple!(A 0, B 1, C 2);
tuple!(A 0, B 1, C 2, D 3);

/// A list of parameters: a tuple of `ComponentType`s.
pub trait ComponentParams: Sized {
    /// Whether the parameter types match.
    fn typecheck(params: &[(Box<str>, ValueType)]) -> bool;
    #[doc(hidden)]
    fn lower_flat(
        &self,
        cx: &mut TypedCx<'_, '_>,
        tys: &[ValType],
        out: &mut Flat,
    ) -> Result<(), Error>;
    #[doc(hidden)]
    fn store(
        &self,
        cx: &mut TypedCx<'_, '_>,
        tys: &[ValType],
        ptr: u32,
        offsets: &[u32],
    ) -> Result<(), Error>;
    #[doc(hidden)]
    fn lift_params(cx: &TypedCx<'_, '_>, tys: &[ValType], vals: &[CoreVal]) -> Result<Self, Trap>;
    #[doc(hidden)]
    fn load_params(
        cx: &TypedCx<'_, '_>,
        tys: &[ValType],
        ptr: u32,
        offsets: &[u32],
    ) -> Result<Self, Trap>;
}

impl ComponentParams for () {
    fn typecheck(params: &[(Box<str>, ValueType)]) -> bool {
        params.is_empty()
    }
    fn lower_flat(
        &self,
        _: &mut TypedCx<'_, '_>,
        _: &[ValType],
        _: &mut Flat,
    ) -> Result<(), Error> {
        Ok(())
    }
    fn store(
        &self,
        _: &mut TypedCx<'_, '_>,
        _: &[ValType],
        _: u32,
        _: &[u32],
    ) -> Result<(), Error> {
        Ok(())
    }
    fn lift_params(_: &TypedCx<'_, '_>, _: &[ValType], _: &[CoreVal]) -> Result<Self, Trap> {
        Ok(())
    }
    fn load_params(_: &TypedCx<'_, '_>, _: &[ValType], _: u32, _: &[u32]) -> Result<Self, Trap> {
        Ok(())
    }
}

macro_rules! params {
    ($($t:ident $i:tt),+) => {
        impl<$($t: ComponentType),+> ComponentParams for ($($t,)+) {
            fn typecheck(params: &[(Box<str>, ValueType)]) -> bool {
                let n = [$($i),+].len();
                params.len() == n $(&& $t::typecheck(&params[$i].1))+
            }
            fn lower_flat(&self, cx: &mut TypedCx<'_, '_>, tys: &[ValType], out: &mut Flat) -> Result<(), Error> {
                $(self.$i.lower_flat(cx, *tys.get($i).ok_or_else(bad_flat)?, out)?;)+
                Ok(())
            }
            fn store(&self, cx: &mut TypedCx<'_, '_>, tys: &[ValType], ptr: u32, offsets: &[u32]) -> Result<(), Error> {
                $(self.$i.store(
                    cx,
                    *tys.get($i).ok_or_else(bad_flat)?,
                    add(ptr, *offsets.get($i).ok_or_else(bad_flat)?)?,
                )?;)+
                Ok(())
            }
            fn lift_params(cx: &TypedCx<'_, '_>, tys: &[ValType], vals: &[CoreVal]) -> Result<Self, Trap> {
                let mut pos = 0;
                Ok(($($t::lift_flat(cx, *tys.get($i).ok_or_else(bad_flat)?, vals, &mut pos)?,)+))
            }
            fn load_params(cx: &TypedCx<'_, '_>, tys: &[ValType], ptr: u32, offsets: &[u32]) -> Result<Self, Trap> {
                Ok(($($t::load(
                    cx,
                    *tys.get($i).ok_or_else(bad_flat)?,
                    add(ptr, *offsets.get($i).ok_or_else(bad_flat)?)?,
                )?,)+))
            }
        }
    };
}

params!(A 0);
params!(A 0, B 1);
params!(A 0, B 1, C 2);
params!(A 0, B 1, C 2, D 3);

/// A function result: `()` or one `ComponentType`.
pub trait ComponentResult: Sized {
    /// Whether the result type matches.
    fn typecheck(result: Option<&ValueType>) -> bool;
    #[doc(hidden)]
    fn lift(cx: &TypedCx<'_, '_>, plan: &ResultPlan, rets: &[CoreVal]) -> Result<Self, Trap>;
    #[doc(hidden)]
    fn lower_result(
        &self,
        cx: &mut TypedCx<'_, '_>,
        plan: &ResultPlan,
        args: &[CoreVal],
        rets: &mut [CoreVal],
    ) -> Result<(), Error>;
}

impl ComponentResult for () {
    fn typecheck(result: Option<&ValueType>) -> bool {
        result.is_none()
    }
    fn lift(_: &TypedCx<'_, '_>, _: &ResultPlan, _: &[CoreVal]) -> Result<Self, Trap> {
        Ok(())
    }
    fn lower_result(
        &self,
        _: &mut TypedCx<'_, '_>,
        _: &ResultPlan,
        _: &[CoreVal],
        _: &mut [CoreVal],
    ) -> Result<(), Error> {
        Ok(())
    }
}

impl<T: ComponentType> ComponentResult for T {
    fn typecheck(result: Option<&ValueType>) -> bool {
        result.is_some_and(T::typecheck)
    }
    fn lift(cx: &TypedCx<'_, '_>, plan: &ResultPlan, rets: &[CoreVal]) -> Result<Self, Trap> {
        match *plan {
            ResultPlan::Flat(t) => T::lift_flat(cx, t, rets, &mut 0),
            ResultPlan::Indirect(t, layout) => {
                let ptr = match rets.first() {
                    Some(CoreVal::I32(p)) => *p as u32,
                    _ => return Err(bad_flat()),
                };
                check_range(cx.0.mem()?.len(), ptr, layout.size, layout.align)?;
                T::load(cx, t, ptr)
            }
            ResultPlan::None => Err(bad_flat()),
        }
    }
    fn lower_result(
        &self,
        cx: &mut TypedCx<'_, '_>,
        plan: &ResultPlan,
        args: &[CoreVal],
        rets: &mut [CoreVal],
    ) -> Result<(), Error> {
        match *plan {
            ResultPlan::Flat(t) => {
                let mut out = Flat::new();
                self.lower_flat(cx, t, &mut out)?;
                if out.len() != rets.len() {
                    return Err(bad_flat().into());
                }
                rets.copy_from_slice(out.as_slice());
                Ok(())
            }
            ResultPlan::Indirect(t, layout) => {
                let ptr = match args.last() {
                    Some(CoreVal::I32(p)) => *p as u32,
                    _ => return Err(bad_flat().into()),
                };
                check_range(cx.0.mem()?.len(), ptr, layout.size, layout.align)?;
                self.store(cx, t, ptr)
            }
            ResultPlan::None => Err(bad_flat().into()),
        }
    }
}

/// A typed host closure.
pub(crate) type TypedHostFn<T, P, R> =
    Arc<dyn Fn(StoreContextMut<'_, T>, P) -> Result<R, Error> + Send + Sync>;

/// The body of a lowered typed host function `f`.
pub(crate) fn typed_host<T, P, R>(f: TypedHostFn<T, P, R>) -> TypedHostCall
where
    T: 'static,
    P: ComponentParams + 'static,
    R: ComponentResult + 'static,
{
    Arc::new(move |cx, site, args, rets| {
        let plan = &site.info.plan;
        let tys = &site.info.abi.params;
        let params = {
            let enc = site.options.encoding;
            let mut c = cx_for(&mut *cx, site.space, site.options, site.instance, enc);
            let t = TypedCx(&mut c);
            match &plan.params {
                ParamsPlan::Flat { .. } => P::lift_params(&t, tys, args)?,
                ParamsPlan::Indirect { offsets, layout } => {
                    let ptr = match args.first() {
                        Some(CoreVal::I32(p)) => *p as u32,
                        _ => return Err(bad_flat()),
                    };
                    check_range(t.0.mem()?.len(), ptr, layout.size, layout.align)?;
                    P::load_params(&t, tys, ptr, offsets)?
                }
            }
        };
        let r = f(StoreContextMut::new(&mut *cx), params).map_err(to_trap)?;
        let mut c = cx_for(
            cx,
            site.space,
            site.options,
            site.instance,
            StringEncoding::Utf8,
        );
        let mut t = TypedCx(&mut c);
        r.lower_result(&mut t, &plan.result, args, rets)
            .map_err(to_trap)
    })
}

/// A component function with static parameter and result types.
pub struct TypedFunc<P, R> {
    func: Func,
    _marker: PhantomData<fn(P) -> R>,
}

impl<P, R> std::fmt::Debug for TypedFunc<P, R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TypedFunc")
            .field("func", &self.func)
            .finish()
    }
}

impl Func {
    /// This function with static types, checked against its component type.
    pub fn typed<P: ComponentParams, R: ComponentResult>(&self) -> Result<TypedFunc<P, R>, Error> {
        let ty = self.ty();
        if !matches!(&*self.inner, FuncImpl::Lifted(_))
            || !P::typecheck(&ty.params)
            || !R::typecheck(ty.result.as_ref())
        {
            return Err(Error::Type(format!(
                "typed view does not match function type {ty:?}"
            )));
        }
        Ok(TypedFunc {
            func: self.clone(),
            _marker: PhantomData,
        })
    }
}

impl<P: ComponentParams, R: ComponentResult> TypedFunc<P, R> {
    /// Calls the function.
    pub fn call<T: Send + 'static>(&self, store: &mut Store<T>, params: P) -> Result<R, Error> {
        let FuncImpl::Lifted(l) = &*self.func.inner else {
            return Err(Error::Type("not a lifted function".into()));
        };
        let cx = store.inner.as_context_mut();
        let flags = host_state(cx)
            .and_then(|s| s.flags.get_mut(l.instance))
            .ok_or_else(|| Error::Type("function used with another store".into()))?;
        if !flags.may_enter {
            return Err(TrapKind::CannotEnter.into());
        }
        flags.may_enter = false;
        flags.context = [0; 2];
        let r = call_typed(store.inner.as_context_mut(), l, &params);
        if let Some(f) =
            host_state(store.inner.as_context_mut()).and_then(|s| s.flags.get_mut(l.instance))
        {
            f.may_enter = true;
        }
        r
    }
}

fn cx_of<'a>(cx: &'a mut dyn crate::backend::CoreContext, l: &'a Lifted) -> Cx<'a> {
    Cx {
        cx,
        space: &l.space,
        memory: l.options.memory,
        realloc: l.options.realloc,
        encoding: l.options.encoding,
        instance: l.instance,
        src_encoding: StringEncoding::Utf8,
    }
}

fn call_typed<P: ComponentParams, R: ComponentResult>(
    cx: &mut dyn crate::backend::CoreContext,
    l: &Lifted,
    params: &P,
) -> Result<R, Error> {
    let plan = &l.info.plan;
    let tys = &l.info.abi.params;
    let mut args = Flat::new();
    {
        let mut c = cx_of(&mut *cx, l);
        let mut t = TypedCx(&mut c);
        match &plan.params {
            ParamsPlan::Flat { .. } => params.lower_flat(&mut t, tys, &mut args)?,
            ParamsPlan::Indirect { offsets, layout } => {
                let ptr = t.0.allocate(layout.align, layout.size)?;
                params.store(&mut t, tys, ptr, offsets)?;
                args.push(CoreVal::I32(ptr as i32))?;
            }
        }
    }
    let mut rets = Flat::new();
    for t in &plan.signature(AbiVariant::GuestExport).results {
        rets.push(zero(*t))?;
    }
    cx.call(l.core, args.as_slice(), rets.as_mut_slice())?;
    let result = {
        let mut c = cx_of(&mut *cx, l);
        let t = TypedCx(&mut c);
        R::lift(&t, &plan.result, rets.as_slice())?
    };
    if let Some(pr) = l.options.post_return {
        crate::abi::set_may_leave(cx, l.instance, false);
        let r = cx.call(pr, rets.as_slice(), &mut []);
        crate::abi::set_may_leave(cx, l.instance, true);
        r.map_err(|t| Trap::new(TrapKind::PostReturn(Box::new(t.into_kind()))))?;
    }
    Ok(result)
}
