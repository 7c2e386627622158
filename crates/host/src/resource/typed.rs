//! `ComponentType` for resource handles: `Resource<T>` (host resources) and
//! `ResourceAny` (any resource) in typed functions and typed host functions.

use std::sync::atomic::Ordering;

use canon_abi::{Plan, ValType};

use super::{Resource, ResourceAny, res_mut, trap};
use crate::abi::{Flat, next_i32};
use crate::backend::CoreVal;
use crate::error::{Error, Trap, TrapKind};
use crate::typed::{ComponentType, TypeMismatch, TypedCx};
use crate::types::ValueType;

fn handle_plan(cx: &mut TypedCx<'_, '_>, ty: ValType) -> Result<Plan<'static>, Trap> {
    match cx.0.space.abi.plan(ty) {
        Plan::Own(id) => Ok(Plan::Own(id)),
        Plan::Borrow(id) => Ok(Plan::Borrow(id)),
        _ => Err(crate::abi::bad_flat()),
    }
}

fn is_handle(ty: &ValueType) -> Result<(), TypeMismatch> {
    match ty {
        ValueType::Own(_) | ValueType::Borrow(_) => Ok(()),
        other => Err(TypeMismatch::expected("a resource handle", other)),
    }
}

impl<T: 'static> Resource<T> {
    fn lift_index(cx: &mut TypedCx<'_, '_>, ty: ValType, index: u32) -> Result<Self, Trap> {
        let plan = handle_plan(cx, ty)?;
        let instance = cx.0.instance;
        let mut r = res_mut(&*cx.0.cx)?;
        match plan {
            Plan::Own(id) => {
                let rt = r.type_of(instance, id)?;
                if !rt.is_host::<T>() {
                    return Err(trap(TrapKind::ResourceTypeMismatch(index)));
                }
                Ok(Resource::new_own(r.lift_own(instance, index, &rt)?))
            }
            Plan::Borrow(id) => {
                let rt = r.type_of(instance, id)?;
                if !rt.is_host::<T>() {
                    return Err(trap(TrapKind::ResourceTypeMismatch(index)));
                }
                Ok(Resource::new_borrow(r.lift_borrow(instance, index, &rt)?))
            }
            _ => Err(crate::abi::bad_flat()),
        }
    }

    fn lower_index(&self, cx: &mut TypedCx<'_, '_>, ty: ValType) -> Result<u32, Error> {
        let plan = handle_plan(cx, ty)?;
        let instance = cx.0.instance;
        let mut r = res_mut(&*cx.0.cx)?;
        let (id, own) = match plan {
            Plan::Own(id) => (id, true),
            Plan::Borrow(id) => (id, false),
            _ => return Err(crate::abi::bad_flat().into()),
        };
        let rt = r.type_of(instance, id)?;
        if !rt.is_host::<T>() {
            return Err(Error::Type(format!(
                "expected a resource of type {rt:?}, got a {}",
                std::any::type_name::<T>()
            )));
        }
        if own {
            if !self.own {
                return Err(Error::Type(
                    "expected an owned resource, got a borrow".into(),
                ));
            }
            // An owning handle moves into the guest exactly once.
            if self.moved.swap(true, Ordering::Relaxed) {
                return Err(TrapKind::StaleResource.into());
            }
            Ok(r.lower_own(instance, rt, self.rep)?)
        } else {
            Ok(r.lower_borrow(instance, rt, self.rep)?)
        }
    }
}

impl<T: 'static> ComponentType for Resource<T> {
    fn typecheck(ty: &ValueType) -> Result<(), TypeMismatch> {
        is_handle(ty)
    }
    fn lower_flat(
        &self,
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        out: &mut Flat,
    ) -> Result<(), Error> {
        let index = self.lower_index(cx, ty)?;
        Ok(out.push(CoreVal::I32(index as i32))?)
    }
    fn store(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<(), Error> {
        let index = self.lower_index(cx, ty)?;
        Ok(cx.0.write(ptr, &index.to_le_bytes())?)
    }
    fn lift_flat(
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Self, Trap> {
        let index = next_i32(vals, pos)?;
        Self::lift_index(cx, ty, index)
    }
    fn load(cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<Self, Trap> {
        let index = cx.0.read_u32(ptr)?;
        Self::lift_index(cx, ty, index)
    }
}

fn lift_any(cx: &mut TypedCx<'_, '_>, ty: ValType, index: u32) -> Result<ResourceAny, Trap> {
    let plan = handle_plan(cx, ty)?;
    let mut r = res_mut(&*cx.0.cx)?;
    match plan {
        Plan::Own(id) => r.lift_own_any(cx.0.instance, id, index),
        Plan::Borrow(id) => r.lift_borrow_any(cx.0.instance, id, index),
        _ => Err(crate::abi::bad_flat()),
    }
}

fn lower_any(any: &ResourceAny, cx: &mut TypedCx<'_, '_>, ty: ValType) -> Result<u32, Error> {
    let plan = handle_plan(cx, ty)?;
    let mut r = res_mut(&*cx.0.cx)?;
    match plan {
        Plan::Own(id) => r.lower_own_any(cx.0.instance, id, any),
        Plan::Borrow(id) => r.lower_borrow_any(cx.0.instance, id, any),
        _ => Err(crate::abi::bad_flat().into()),
    }
}

impl ComponentType for ResourceAny {
    fn typecheck(ty: &ValueType) -> Result<(), TypeMismatch> {
        is_handle(ty)
    }
    fn lower_flat(
        &self,
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        out: &mut Flat,
    ) -> Result<(), Error> {
        let index = lower_any(self, cx, ty)?;
        Ok(out.push(CoreVal::I32(index as i32))?)
    }
    fn store(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<(), Error> {
        let index = lower_any(self, cx, ty)?;
        Ok(cx.0.write(ptr, &index.to_le_bytes())?)
    }
    fn lift_flat(
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Self, Trap> {
        let index = next_i32(vals, pos)?;
        lift_any(cx, ty, index)
    }
    fn load(cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<Self, Trap> {
        let index = cx.0.read_u32(ptr)?;
        lift_any(cx, ty, index)
    }
}
