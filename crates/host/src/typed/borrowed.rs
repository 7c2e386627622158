//! [`Lower`] for the borrowed `&str` and `&[T]`: typed parameters that lower
//! straight from the caller's data into linear memory (a string in one
//! allocation and one copy, a list of primitives in one allocation and one
//! write of its whole byte range), without an owned `String` or `Vec`.

use canon_abi::ValType;

use super::{Lower, TypeMismatch, TypedCx};
use crate::abi::{Flat, add};
use crate::backend::CoreVal;
use crate::error::Error;
use crate::types::ValueType;

/// Writes a `(pointer, length)` pair at `ptr`.
fn store_pair(cx: &mut TypedCx<'_, '_>, ptr: u32, (p, n): (u32, u32)) -> Result<(), Error> {
    cx.0.write(ptr, &p.to_le_bytes())?;
    Ok(cx.0.write(add(ptr, 4)?, &n.to_le_bytes())?)
}

/// Pushes a `(pointer, length)` pair flat.
fn push_pair(out: &mut Flat, (p, n): (u32, u32)) -> Result<(), Error> {
    out.push(CoreVal::I32(p as i32))?;
    Ok(out.push(CoreVal::I32(n as i32))?)
}

impl Lower for &str {
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
        let range = cx.0.store_string_into_range(self)?;
        push_pair(out, range)
    }
    fn store(&self, cx: &mut TypedCx<'_, '_>, _: ValType, ptr: u32) -> Result<(), Error> {
        let range = cx.0.store_string_into_range(self)?;
        store_pair(cx, ptr, range)
    }
}

impl<T: Lower> Lower for &[T] {
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
        let range = T::store_list(self, cx, ty)?;
        push_pair(out, range)
    }
    fn store(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<(), Error> {
        let range = T::store_list(self, cx, ty)?;
        store_pair(cx, ptr, range)
    }
}
