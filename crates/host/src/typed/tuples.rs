//! `ComponentType` for tuples, and `ComponentParams` (lowering, over `Lower`
//! types) and `LiftParams` (lifting) for parameter lists, up to 24 elements.

use canon_abi::ValType;

use super::{ComponentParams, ComponentType, LiftParams, Lower, TypeMismatch, TypedCx};
use crate::abi::{Flat, add, bad_flat};
use crate::backend::CoreVal;
use crate::error::{Error, Trap};
use crate::types::ValueType;

impl ComponentParams for () {
    fn check(params: &[(Box<str>, ValueType)]) -> Result<(), TypeMismatch> {
        match params.first() {
            None => Ok(()),
            Some((name, _)) => Err(TypeMismatch::new(format!(
                "the function has parameter `{name}`, but the Rust parameters are `()`"
            ))),
        }
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
}

impl LiftParams for () {
    fn lift_params(_: &mut TypedCx<'_, '_>, _: &[ValType], _: &[CoreVal]) -> Result<Self, Trap> {
        Ok(())
    }
    fn load_params(
        _: &mut TypedCx<'_, '_>,
        _: &[ValType],
        _: u32,
        _: &[u32],
    ) -> Result<Self, Trap> {
        Ok(())
    }
}

fn count_mismatch(what: &str, rust: usize, found: usize) -> TypeMismatch {
    TypeMismatch::new(format!(
        "the Rust type has {rust} {what}, the component type has {found}"
    ))
}

macro_rules! tuple {
    ($n:literal; $($t:ident $i:tt),+) => {
        impl<$($t: ComponentType),+> ComponentType for ($($t,)+) {
            fn typecheck(ty: &ValueType) -> Result<(), TypeMismatch> {
                let ValueType::Tuple(ts) = ty else {
                    return Err(TypeMismatch::expected(concat!("a `tuple` of ", $n), ty));
                };
                if ts.len() != $n {
                    return Err(count_mismatch("tuple elements", $n, ts.len()));
                }
                $($t::typecheck(&ts[$i]).map_err(|m| m.within(concat!("tuple element ", $i)))?;)+
                Ok(())
            }
            fn lower_flat(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, out: &mut Flat) -> Result<(), Error> {
                let fields = cx.record(ty)?;
                $(self.$i.lower_flat(cx, fields.ty($i)?, out)?;)+
                Ok(())
            }
            fn store(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<(), Error> {
                let fields = cx.record(ty)?;
                $({
                    let (t, at) = fields.at($i, ptr)?;
                    self.$i.store(cx, t, at)?;
                })+
                Ok(())
            }
            fn lift_flat(cx: &mut TypedCx<'_, '_>, ty: ValType, vals: &[CoreVal], pos: &mut usize) -> Result<Self, Trap> {
                let fields = cx.record(ty)?;
                Ok(($($t::lift_flat(cx, fields.ty($i)?, vals, pos)?,)+))
            }
            fn load(cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<Self, Trap> {
                let fields = cx.record(ty)?;
                Ok(($({
                    let (t, at) = fields.at($i, ptr)?;
                    $t::load(cx, t, at)?
                },)+))
            }
        }

        impl<$($t: Lower),+> ComponentParams for ($($t,)+) {
            fn check(params: &[(Box<str>, ValueType)]) -> Result<(), TypeMismatch> {
                if params.len() != $n {
                    return Err(count_mismatch("parameters", $n, params.len()));
                }
                $(<$t as Lower>::typecheck(&params[$i].1)
                    .map_err(|m| m.within(format!("parameter `{}`", params[$i].0)))?;)+
                Ok(())
            }
            fn lower_flat(&self, cx: &mut TypedCx<'_, '_>, tys: &[ValType], out: &mut Flat) -> Result<(), Error> {
                $(Lower::lower_flat(&self.$i, cx, *tys.get($i).ok_or_else(bad_flat)?, out)?;)+
                Ok(())
            }
            fn store(&self, cx: &mut TypedCx<'_, '_>, tys: &[ValType], ptr: u32, offsets: &[u32]) -> Result<(), Error> {
                $(Lower::store(
                    &self.$i,
                    cx,
                    *tys.get($i).ok_or_else(bad_flat)?,
                    add(ptr, *offsets.get($i).ok_or_else(bad_flat)?)?,
                )?;)+
                Ok(())
            }
        }

        impl<$($t: ComponentType),+> LiftParams for ($($t,)+) {
            fn lift_params(cx: &mut TypedCx<'_, '_>, tys: &[ValType], vals: &[CoreVal]) -> Result<Self, Trap> {
                let mut pos = 0;
                Ok(($($t::lift_flat(cx, *tys.get($i).ok_or_else(bad_flat)?, vals, &mut pos)?,)+))
            }
            fn load_params(cx: &mut TypedCx<'_, '_>, tys: &[ValType], ptr: u32, offsets: &[u32]) -> Result<Self, Trap> {
                Ok(($($t::load(
                    cx,
                    *tys.get($i).ok_or_else(bad_flat)?,
                    add(ptr, *offsets.get($i).ok_or_else(bad_flat)?)?,
                )?,)+))
            }
        }
    };
}

tuple!(1; A 0);
tuple!(2; A 0, B 1);
tuple!(3; A 0, B 1, C 2);
tuple!(4; A 0, B 1, C 2, D 3);
tuple!(5; A 0, B 1, C 2, D 3, E 4);
tuple!(6; A 0, B 1, C 2, D 3, E 4, F 5);
tuple!(7; A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple!(8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
tuple!(9; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
tuple!(10; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
tuple!(11; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
tuple!(12; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);
tuple!(13; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12);
tuple!(14; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13);
tuple!(15; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14);
tuple!(16; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15);
tuple!(17; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16);
tuple!(18; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, R 17);
tuple!(19; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, R 17, S 18);
tuple!(20; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, R 17, S 18, T 19);
tuple!(21; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, R 17, S 18, T 19, U 20);
tuple!(22; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, R 17, S 18, T 19, U 20, V 21);
tuple!(23; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, R 17, S 18, T 19, U 20, V 21, W 22);
tuple!(24; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, R 17, S 18, T 19, U 20, V 21, W 22, X 23);
