//! Typed calls: `TypedFunc<P, R>` over the `ComponentType` trait, lowering
//! Rust values straight into flat values and linear memory (and lifting them
//! back) along canon-abi's plans, without building dynamic `Value`s.
//!
//! [`ComponentType`] is implemented here for primitives, `String`, `Vec<T>`,
//! `Option<T>`, `Result<T, E>` and tuples, and by `#[derive(ComponentType)]`
//! (canon-host-macro) for structs (records) and enums (variants and enums),
//! and by `flags!` for flags. Derived implementations are written with the
//! building blocks of [`TypedCx`] (record fields, variant cases, flags words),
//! which read every offset, discriminant size and join from canon-abi's plans.
//!
//! [`Lower`] is the lowering half alone: every `ComponentType`, plus the
//! borrowed `&str` and `&[T]`, so typed calls take borrowed parameters
//! ([`ComponentParams`]) while typed host functions receive owned ones
//! ([`LiftParams`]). Strings and lists of primitives move as one
//! bounds-checked byte range (one allocation and one copy).

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

use canon_abi::{AbiVariant, ParamsPlan, ResultPlan};

use crate::abi::{Cx, bad_flat, check_range, zero};
use crate::component::StringEncoding;
use crate::error::{Error, Trap, TrapKind};
use crate::func::{Func, FuncImpl, Lifted, TypedHostCall, cx_for, in_task, to_trap};
use crate::resource::{end_scope, end_task, scope_mark};
use crate::store::{Store, StoreContextMut};
use crate::types::{FuncType, ValueType};

mod borrowed;
mod cx;
mod prims;
mod tuples;

pub use crate::abi::Flat;
pub use crate::backend::CoreVal;
pub use canon_abi::ValType;
pub use cx::{CasePayload, RecordFields};

/// The lift/lower context a `ComponentType` works in: the guest's memory,
/// its canonical options and the component's ABI types.
pub struct TypedCx<'a, 'b>(pub(crate) &'a mut Cx<'b>);

impl fmt::Debug for TypedCx<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TypedCx")
    }
}

/// Why a Rust type does not match a component type: the path to the
/// mismatch (fields, cases, parameters) and what differs there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeMismatch {
    /// Outermost first: `parameter `p``, `field `x``, `case `c``, ...
    path: Vec<String>,
    message: String,
}

impl TypeMismatch {
    /// A mismatch described by `message`, at the top level.
    #[cold]
    pub fn new(message: impl Into<String>) -> Self {
        TypeMismatch {
            path: Vec::new(),
            message: message.into(),
        }
    }

    /// `found` where a `expected` was expected.
    #[cold]
    pub fn expected(expected: &str, found: &ValueType) -> Self {
        Self::new(format!("expected {expected}, found `{found}`"))
    }

    /// The same mismatch, inside `context` (e.g. ``field `x` ``).
    #[cold]
    pub fn within(mut self, context: impl Into<String>) -> Self {
        self.path.insert(0, context.into());
        self
    }

    /// The path to the mismatch, outermost first.
    pub fn path(&self) -> &[String] {
        &self.path
    }

    /// What differs.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for TypeMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.path {
            write!(f, "{p}: ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for TypeMismatch {}

impl From<TypeMismatch> for Error {
    fn from(m: TypeMismatch) -> Self {
        Error::Type(m.to_string())
    }
}

/// The type check of a [`ComponentType`], as a function pointer (what
/// derived implementations pass to [`typecheck_record`] and friends).
pub type TypecheckFn = fn(&ValueType) -> Result<(), TypeMismatch>;

/// A Rust type with a component-model counterpart.
///
/// Implementations move values along canon-abi's plans: `ty` is always the
/// ABI type the value has in the component at hand, already type-checked
/// against this Rust type with [`ComponentType::typecheck`]. Implement it
/// with `#[derive(ComponentType)]` or `flags!` rather than by hand.
pub trait ComponentType: Sized {
    /// Whether this Rust type is `()`, which stands for an absent payload
    /// (`result<_, E>` as `Result<(), E>`, a variant case without payload).
    #[doc(hidden)]
    const IS_UNIT: bool = false;

    /// Checks that `ty` is this type's counterpart, naming the first
    /// mismatching field, case or element when it is not.
    fn typecheck(ty: &ValueType) -> Result<(), TypeMismatch>;

    /// Lowers the value into flat core values, appended to `out`.
    fn lower_flat(
        &self,
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        out: &mut Flat,
    ) -> Result<(), Error>;

    /// Stores the value in linear memory at `ptr` (in bounds and aligned).
    fn store(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<(), Error>;

    /// Lifts a value from flat core values starting at `*pos`, advancing it.
    fn lift_flat(
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Self, Trap>;

    /// Loads a value from linear memory at `ptr`.
    fn load(cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<Self, Trap>;

    /// Lowers `items` as the elements of list type `ty`: allocates them and
    /// returns the pointer and length. Primitives override this to write the
    /// whole byte range at once.
    #[doc(hidden)]
    fn store_list(
        items: &[Self],
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
    ) -> Result<(u32, u32), Error> {
        store_each(items, cx, ty, Self::store)
    }

    /// Lifts the `n` elements of list type `ty` at `ptr` (the whole range is
    /// checked first). Primitives override this to read the whole byte range
    /// at once.
    #[doc(hidden)]
    fn load_list(
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        ptr: u32,
        n: u32,
    ) -> Result<Vec<Self>, Trap> {
        let (elem, size, _) = cx.0.list_bytes(ty, ptr, n)?;
        // In bounds: the range of all `n` elements was checked.
        (0..n)
            .map(|i| Self::load(cx, elem, ptr + i * size))
            .collect()
    }
}

/// Lowers list elements one by one with `store`.
fn store_each<T>(
    items: &[T],
    cx: &mut TypedCx<'_, '_>,
    ty: ValType,
    store: impl Fn(&T, &mut TypedCx<'_, '_>, ValType, u32) -> Result<(), Error>,
) -> Result<(u32, u32), Error> {
    let (ptr, elem, size) = cx.0.allocate_list(ty, items.len())?;
    for (i, item) in items.iter().enumerate() {
        // In bounds: `allocate_list` checked the whole range.
        store(item, cx, elem, ptr + i as u32 * size)?;
    }
    Ok((ptr, items.len() as u32))
}

/// A Rust value that lowers into a component type: every [`ComponentType`],
/// and the borrowed `&str` and `&[T]`, which lower straight from the
/// caller's data but cannot be lifted (use them as [`TypedFunc`]
/// parameters, e.g. `func.typed::<(&str, &[u32]), u32>()`).
pub trait Lower {
    /// Checks that `ty` is this type's counterpart, naming the first
    /// mismatching field, case or element when it is not.
    fn typecheck(ty: &ValueType) -> Result<(), TypeMismatch>;

    /// Lowers the value into flat core values, appended to `out`.
    fn lower_flat(
        &self,
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        out: &mut Flat,
    ) -> Result<(), Error>;

    /// Stores the value in linear memory at `ptr` (in bounds and aligned).
    fn store(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<(), Error>;

    /// Lowers `items` as the elements of list type `ty`.
    #[doc(hidden)]
    fn store_list(
        items: &[Self],
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
    ) -> Result<(u32, u32), Error>
    where
        Self: Sized,
    {
        store_each(items, cx, ty, Self::store)
    }
}

impl<T: ComponentType> Lower for T {
    fn typecheck(ty: &ValueType) -> Result<(), TypeMismatch> {
        <T as ComponentType>::typecheck(ty)
    }
    fn lower_flat(
        &self,
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
        out: &mut Flat,
    ) -> Result<(), Error> {
        ComponentType::lower_flat(self, cx, ty, out)
    }
    fn store(&self, cx: &mut TypedCx<'_, '_>, ty: ValType, ptr: u32) -> Result<(), Error> {
        ComponentType::store(self, cx, ty, ptr)
    }
    fn store_list(
        items: &[Self],
        cx: &mut TypedCx<'_, '_>,
        ty: ValType,
    ) -> Result<(u32, u32), Error> {
        <T as ComponentType>::store_list(items, cx, ty)
    }
}

/// Checks a record type against named fields in order.
pub fn typecheck_record(
    ty: &ValueType,
    what: &str,
    fields: &[(&str, TypecheckFn)],
) -> Result<(), TypeMismatch> {
    let ValueType::Record(r) = ty else {
        return Err(TypeMismatch::expected(&format!("record `{what}`"), ty));
    };
    for (i, (name, check)) in fields.iter().enumerate() {
        let Some((found, fty)) = r.fields.get(i) else {
            return Err(TypeMismatch::new(format!(
                "record `{what}`: field `{name}` is missing from `{ty}`"
            )));
        };
        if &**found != *name {
            return Err(TypeMismatch::new(format!(
                "record `{what}`: field {i} is `{name}` in Rust but `{found}` in the component"
            )));
        }
        check(fty).map_err(|e| e.within(format!("record `{what}` field `{name}`")))?;
    }
    if let Some((extra, _)) = r.fields.get(fields.len()) {
        return Err(TypeMismatch::new(format!(
            "record `{what}`: the component has field `{extra}`, which the Rust type lacks"
        )));
    }
    Ok(())
}

/// Checks a variant type against named cases in order, each with the check
/// of its payload (`None`: no payload).
pub fn typecheck_variant(
    ty: &ValueType,
    what: &str,
    cases: &[(&str, Option<TypecheckFn>)],
) -> Result<(), TypeMismatch> {
    let ValueType::Variant(v) = ty else {
        return Err(TypeMismatch::expected(&format!("variant `{what}`"), ty));
    };
    for (i, (name, check)) in cases.iter().enumerate() {
        let Some((found, cty)) = v.cases.get(i) else {
            return Err(TypeMismatch::new(format!(
                "variant `{what}`: case `{name}` is missing from `{ty}`"
            )));
        };
        if &**found != *name {
            return Err(TypeMismatch::new(format!(
                "variant `{what}`: case {i} is `{name}` in Rust but `{found}` in the component"
            )));
        }
        match (check, cty) {
            (None, None) => {}
            (Some(check), Some(cty)) => {
                check(cty).map_err(|e| e.within(format!("variant `{what}` case `{name}`")))?;
            }
            (None, Some(cty)) => {
                return Err(TypeMismatch::new(format!(
                    "variant `{what}`: case `{name}` has no payload in Rust but `{cty}` in the component"
                )));
            }
            (Some(_), None) => {
                return Err(TypeMismatch::new(format!(
                    "variant `{what}`: case `{name}` has a payload in Rust but none in the component"
                )));
            }
        }
    }
    if let Some((extra, _)) = v.cases.get(cases.len()) {
        return Err(TypeMismatch::new(format!(
            "variant `{what}`: the component has case `{extra}`, which the Rust type lacks"
        )));
    }
    Ok(())
}

/// Checks names against an `enum` (`flags: false`) or `flags` type.
pub fn typecheck_names(
    ty: &ValueType,
    what: &str,
    names: &[&str],
    flags: bool,
) -> Result<(), TypeMismatch> {
    let (kind, found) = match ty {
        ValueType::Enum(n) if !flags => ("enum", n),
        ValueType::Flags(n) if flags => ("flags", n),
        _ => {
            let kind = if flags { "flags" } else { "enum" };
            return Err(TypeMismatch::expected(&format!("{kind} `{what}`"), ty));
        }
    };
    let item = if flags { "flag" } else { "case" };
    for (i, name) in names.iter().enumerate() {
        match found.get(i) {
            Some(f) if &**f == *name => {}
            Some(f) => {
                return Err(TypeMismatch::new(format!(
                    "{kind} `{what}`: {item} {i} is `{name}` in Rust but `{f}` in the component"
                )));
            }
            None => {
                return Err(TypeMismatch::new(format!(
                    "{kind} `{what}`: {item} `{name}` is missing from `{ty}`"
                )));
            }
        }
    }
    if let Some(extra) = found.get(names.len()) {
        return Err(TypeMismatch::new(format!(
            "{kind} `{what}`: the component has {item} `{extra}`, which the Rust type lacks"
        )));
    }
    Ok(())
}

/// A list of parameters: a tuple of [`Lower`] types (owned
/// `ComponentType`s or borrowed `&str`/`&[T]`), what [`TypedFunc`] calls
/// take.
pub trait ComponentParams {
    /// Checks the parameter types, naming the first mismatching parameter.
    fn check(params: &[(Box<str>, ValueType)]) -> Result<(), TypeMismatch>;

    /// Whether the parameter types match.
    fn typecheck(params: &[(Box<str>, ValueType)]) -> bool {
        Self::check(params).is_ok()
    }
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
}

/// A list of parameters that can also be lifted: a tuple of
/// `ComponentType`s, what typed host functions receive.
pub trait LiftParams: ComponentParams + Sized {
    #[doc(hidden)]
    fn lift_params(
        cx: &mut TypedCx<'_, '_>,
        tys: &[ValType],
        vals: &[CoreVal],
    ) -> Result<Self, Trap>;
    #[doc(hidden)]
    fn load_params(
        cx: &mut TypedCx<'_, '_>,
        tys: &[ValType],
        ptr: u32,
        offsets: &[u32],
    ) -> Result<Self, Trap>;
}

/// A function result: `()` (no result) or one `ComponentType`.
pub trait ComponentResult: Sized {
    /// Checks the result type.
    fn check(result: Option<&ValueType>) -> Result<(), TypeMismatch>;

    /// Whether the result type matches.
    fn typecheck(result: Option<&ValueType>) -> bool {
        Self::check(result).is_ok()
    }
    #[doc(hidden)]
    fn lift(cx: &mut TypedCx<'_, '_>, plan: &ResultPlan, rets: &[CoreVal]) -> Result<Self, Trap>;
    #[doc(hidden)]
    fn lower_result(
        &self,
        cx: &mut TypedCx<'_, '_>,
        plan: &ResultPlan,
        args: &[CoreVal],
        rets: &mut [CoreVal],
    ) -> Result<(), Error>;
}

impl<T: ComponentType> ComponentResult for T {
    fn check(result: Option<&ValueType>) -> Result<(), TypeMismatch> {
        match result {
            None if T::IS_UNIT => Ok(()),
            None => Err(TypeMismatch::new(
                "the function has no result, but the Rust type is not `()`",
            )),
            Some(ty) => T::typecheck(ty).map_err(|e| e.within("result")),
        }
    }
    fn lift(cx: &mut TypedCx<'_, '_>, plan: &ResultPlan, rets: &[CoreVal]) -> Result<Self, Trap> {
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
            // `()` reads nothing, whatever type it is given.
            ResultPlan::None if T::IS_UNIT => T::lift_flat(cx, ValType::Bool, &[], &mut 0),
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
            ResultPlan::None if T::IS_UNIT => Ok(()),
            ResultPlan::None => Err(bad_flat().into()),
        }
    }
}

/// Checks a function type against typed parameters and result.
pub(crate) fn check_func<P: ComponentParams, R: ComponentResult>(
    ty: &FuncType,
) -> Result<(), TypeMismatch> {
    P::check(&ty.params)?;
    R::check(ty.result.as_ref())
}

/// A typed host closure.
pub(crate) type TypedHostFn<T, P, R> =
    Arc<dyn Fn(StoreContextMut<'_, T>, P) -> Result<R, Error> + Send + Sync>;

/// The body of a lowered typed host function `f`.
pub(crate) fn typed_host<T, P, R>(f: TypedHostFn<T, P, R>) -> TypedHostCall
where
    T: 'static,
    P: LiftParams + 'static,
    R: ComponentResult + 'static,
{
    Arc::new(move |cx, site, args, rets| {
        let plan = &site.info.plan;
        let tys = &site.info.abi.params;
        let params = {
            let enc = site.options.encoding;
            let mut c = cx_for(&mut *cx, site.space, site.options, site.instance, enc);
            let mut t = TypedCx(&mut c);
            match &plan.params {
                ParamsPlan::Flat { .. } => P::lift_params(&mut t, tys, args)?,
                ParamsPlan::Indirect { offsets, layout } => {
                    let ptr = match args.first() {
                        Some(CoreVal::I32(p)) => *p as u32,
                        _ => return Err(bad_flat()),
                    };
                    check_range(t.0.mem()?.len(), ptr, layout.size, layout.align)?;
                    P::load_params(&mut t, tys, ptr, offsets)?
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

impl<P, R> fmt::Debug for TypedFunc<P, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TypedFunc")
            .field("func", &self.func)
            .finish()
    }
}

impl<P, R> Clone for TypedFunc<P, R> {
    fn clone(&self) -> Self {
        TypedFunc {
            func: self.func.clone(),
            _marker: PhantomData,
        }
    }
}

impl Func {
    /// This function with static types, checked against its component type.
    /// A mismatch is an `Error::Type` naming the parameter, field or case.
    pub fn typed<P: ComponentParams, R: ComponentResult>(&self) -> Result<TypedFunc<P, R>, Error> {
        let ty = self.ty();
        if !matches!(&*self.inner, FuncImpl::Lifted(_)) {
            return Err(Error::Type(
                "a typed view needs a function lifted from a component".into(),
            ));
        }
        check_func::<P, R>(&ty).map_err(|e| {
            Error::Type(format!(
                "typed view does not match the function type `{}`: {e}",
                display_func(&ty)
            ))
        })?;
        Ok(TypedFunc {
            func: self.clone(),
            _marker: PhantomData,
        })
    }
}

pub(crate) fn display_func(ty: &FuncType) -> String {
    let params: Vec<String> = ty.params.iter().map(|(n, t)| format!("{n}: {t}")).collect();
    match &ty.result {
        Some(r) => format!("func({}) -> {r}", params.join(", ")),
        None => format!("func({})", params.join(", ")),
    }
}

impl<P: ComponentParams, R: ComponentResult> TypedFunc<P, R> {
    /// Calls the function with parameter types `Q`, without checking them
    /// again. For generated bindings only: `Q` must be `P` with other
    /// lifetimes (the `'static` form is checked once, each call borrows).
    /// A `Q` of another shape is not unsafe, but lowers wrongly typed values.
    #[doc(hidden)]
    pub fn call_relifetimed<Q: ComponentParams, T: Send + 'static>(
        &self,
        store: &mut Store<T>,
        params: Q,
    ) -> Result<R, Error> {
        call_checked(&self.func, store, &params)
    }

    /// The untyped function.
    pub fn func(&self) -> &Func {
        &self.func
    }

    /// Calls the function.
    pub fn call<T: Send + 'static>(&self, store: &mut Store<T>, params: P) -> Result<R, Error> {
        call_checked(&self.func, store, &params)
    }
}

/// Calls `func`, whose type was checked against `P` and `R` (with any
/// lifetimes).
fn call_checked<P: ComponentParams, R: ComponentResult, T: Send + 'static>(
    func: &Func,
    store: &mut Store<T>,
    params: &P,
) -> Result<R, Error> {
    let FuncImpl::Lifted(l) = &*func.inner else {
        return Err(Error::Type("not a lifted function".into()));
    };
    let cx = store.inner.as_context_mut();
    // Host handles lent to the call are released when it returns, as on
    // the dynamic path (`Func::call`).
    let mark = scope_mark(cx)?;
    let r = in_task(cx, l, |cx| call_typed(cx, l, params));
    end_scope(cx, mark);
    r
}

fn cx_of<'a>(cx: &'a mut dyn crate::backend::CoreContext, l: &'a Lifted) -> Cx<'a> {
    cx_for(cx, &l.space, &l.options, l.instance, StringEncoding::Utf8)
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
    crate::store::note_guest_runs(cx, l.instance);
    cx.call(l.core, args.as_slice(), rets.as_mut_slice())?;
    let result = {
        let mut c = cx_of(&mut *cx, l);
        let mut t = TypedCx(&mut c);
        R::lift(&mut t, &plan.result, rets.as_slice())?
    };
    // Every borrow lowered into the call must have been dropped.
    end_task(cx, l.instance)?;
    if let Some(pr) = l.options.post_return {
        crate::abi::set_may_leave(cx, l.instance, false);
        let r = cx.call(pr, rets.as_slice(), &mut []);
        crate::abi::set_may_leave(cx, l.instance, true);
        r.map_err(|t| Trap::new(TrapKind::PostReturn(Box::new(t.into_kind()))))?;
    }
    Ok(result)
}
