//! Component functions: lifted guest exports, host functions and trapping
//! stand-ins, and the call paths between them and core wasm.

use std::fmt;
use std::sync::Arc;

use canon_abi::{AbiVariant, ParamsPlan, ResultPlan};

use crate::abi::{Cx, Flat, check_range, set_may_leave};
use crate::backend::{CoreContext, CoreVal, FuncRef, MemoryRef};
use crate::component::StringEncoding;
use crate::convert::{FuncInfo, TypeSpace};
use crate::error::{Error, Trap, TrapKind};
use crate::resource::{begin_task, end_scope, end_task, scope_mark};
use crate::store::{Store, host_state};
use crate::types::FuncType;
use crate::value::Value;

/// A host function over dynamic values.
pub(crate) type HostCall =
    Arc<dyn Fn(&mut dyn CoreContext, &[Value], &mut [Value]) -> Result<(), Error> + Send + Sync>;

/// Canonical options resolved to backend handles.
#[derive(Clone, Debug)]
pub(crate) struct RtOptions {
    pub(crate) memory: Option<MemoryRef>,
    pub(crate) realloc: Option<FuncRef>,
    pub(crate) post_return: Option<FuncRef>,
    pub(crate) encoding: StringEncoding,
}

/// A lifted core function.
#[derive(Debug)]
pub(crate) struct Lifted {
    pub(crate) core: FuncRef,
    pub(crate) options: RtOptions,
    pub(crate) info: Arc<FuncInfo>,
    pub(crate) space: Arc<TypeSpace>,
    pub(crate) instance: usize,
}

/// What a component function is.
pub(crate) enum FuncImpl {
    Lifted(Lifted),
    Host {
        ty: FuncType,
        call: HostCall,
    },
    Trap {
        name: String,
        ty: FuncType,
    },
    Unsupported(String),
    /// A typed host function: lifts and lowers Rust values itself.
    TypedHost {
        ty: FuncType,
        call: TypedHostCall,
    },
}

/// The body of a typed host function, called from a lowered import with the
/// lowering site's plan and options.
pub(crate) type TypedHostCall = Arc<
    dyn Fn(&mut dyn CoreContext, &LowerSite<'_>, &[CoreVal], &mut [CoreVal]) -> Result<(), Trap>
        + Send
        + Sync,
>;

/// Where a typed host function is lowered into.
pub(crate) struct LowerSite<'a> {
    pub(crate) info: &'a FuncInfo,
    pub(crate) space: &'a TypeSpace,
    pub(crate) options: &'a RtOptions,
    pub(crate) instance: usize,
}

impl fmt::Debug for FuncImpl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FuncImpl::Lifted(l) => f.debug_tuple("Lifted").field(&l.core).finish(),
            FuncImpl::Host { ty, .. } => f.debug_struct("Host").field("ty", ty).finish(),
            FuncImpl::Trap { name, .. } => f.debug_tuple("Trap").field(name).finish(),
            FuncImpl::Unsupported(w) => f.debug_tuple("Unsupported").field(w).finish(),
            FuncImpl::TypedHost { ty, .. } => f.debug_struct("TypedHost").field("ty", ty).finish(),
        }
    }
}

/// A component function, callable with dynamic values.
#[derive(Clone, Debug)]
pub struct Func {
    pub(crate) inner: Arc<FuncImpl>,
}

impl Func {
    /// The function's type.
    pub fn ty(&self) -> FuncType {
        match &*self.inner {
            FuncImpl::Lifted(l) => l.info.ty.clone(),
            FuncImpl::Host { ty, .. }
            | FuncImpl::Trap { ty, .. }
            | FuncImpl::TypedHost { ty, .. } => ty.clone(),
            FuncImpl::Unsupported(_) => FuncType::default(),
        }
    }

    /// Calls the function: `params` must match its parameter types and
    /// `results` must have room for its results (0 or 1).
    pub fn call<T: Send + 'static>(
        &self,
        store: &mut Store<T>,
        params: &[Value],
        results: &mut [Value],
    ) -> Result<(), Error> {
        if let FuncImpl::Lifted(l) = &*self.inner {
            let ty = &l.info.ty;
            if params.len() != ty.params.len() {
                return Err(Error::Type(format!(
                    "expected {} arguments, got {}",
                    ty.params.len(),
                    params.len()
                )));
            }
            for ((name, t), v) in ty.params.iter().zip(params) {
                if !v.has_type(t) {
                    return Err(Error::Type(format!(
                        "argument `{name}`: expected {t}, got {}",
                        v.ty()
                    )));
                }
            }
            if results.len() != ty.result_count() {
                return Err(Error::Type(format!(
                    "expected room for {} results, got {}",
                    ty.result_count(),
                    results.len()
                )));
            }
        }
        let cx = store.inner.as_context_mut();
        let mark = scope_mark(cx)?;
        let r = call_impl(cx, &self.inner, StringEncoding::Utf8, params, results);
        // Host handles lent to the call are released.
        end_scope(cx, mark);
        r.map(|_| ())
    }
}

/// Converts an error raised inside a call into the trap that unwinds it.
pub(crate) fn to_trap(e: Error) -> Trap {
    match e {
        Error::Trap(t) => t,
        other => Trap::new(TrapKind::Host(other.to_string())),
    }
}

/// Calls any component function; strings in `params` were encoded with
/// `src`. Returns the encoding the results' strings came from.
pub(crate) fn call_impl(
    cx: &mut dyn CoreContext,
    f: &FuncImpl,
    src: StringEncoding,
    params: &[Value],
    results: &mut [Value],
) -> Result<StringEncoding, Error> {
    match f {
        FuncImpl::Lifted(l) => call_lifted(cx, l, src, params, results),
        FuncImpl::Host { call, ty } => {
            call(cx, params, results)?;
            if let (Some(t), Some(v)) = (&ty.result, results.first())
                && !v.has_type(t)
            {
                return Err(Error::Type(format!(
                    "host function returned {}, expected {t}",
                    v.ty()
                )));
            }
            Ok(StringEncoding::Utf8)
        }
        FuncImpl::Trap { name, .. } => Err(TrapKind::UnknownImport(name.clone()).into()),
        FuncImpl::Unsupported(what) => Err(TrapKind::Unsupported(what.clone()).into()),
        FuncImpl::TypedHost { .. } => Err(Error::Unsupported(
            "calling a typed host function with dynamic values".into(),
        )),
    }
}

fn flags_mut(
    cx: &mut dyn CoreContext,
    instance: usize,
) -> Result<&mut crate::store::InstanceFlags, Trap> {
    host_state(cx)
        .and_then(|s| s.flags.get_mut(instance))
        .ok_or_else(|| Trap::new(TrapKind::Other("function used with another store".into())))
}

fn call_lifted(
    cx: &mut dyn CoreContext,
    l: &Lifted,
    src: StringEncoding,
    params: &[Value],
    results: &mut [Value],
) -> Result<StringEncoding, Error> {
    in_task(cx, l, |cx| call_lifted_inner(cx, l, src, params, results)).map(|()| l.options.encoding)
}

/// Runs `call` as a call into lifted function `l`, on the dynamic and the
/// typed path alike: the instance is entered (may-enter checked, a new
/// task with zeroed context slots), a trapped call's task is ended with its
/// leftover borrows, and leaving locks the instance down after a trap that
/// followed guest code.
pub(crate) fn in_task<R>(
    cx: &mut dyn CoreContext,
    l: &Lifted,
    call: impl FnOnce(&mut dyn CoreContext) -> Result<R, Error>,
) -> Result<R, Error> {
    // A function of another store is the caller's mistake, not a trap.
    let flags = flags_mut(cx, l.instance)
        .map_err(|_| Error::Type("function used with another store".into()))?;
    flags.enter()?;
    flags.context = [0; 2];
    let r = begin_task(cx, l.instance)
        .map_err(Error::from)
        .and_then(|()| call(&mut *cx));
    if r.is_err() {
        let _ = end_task(cx, l.instance);
    }
    if let Ok(flags) = flags_mut(cx, l.instance) {
        flags.leave_after(&r);
    }
    r
}

pub(crate) fn cx_for<'a>(
    cx: &'a mut dyn CoreContext,
    space: &'a TypeSpace,
    o: &RtOptions,
    instance: usize,
    src: StringEncoding,
) -> Cx<'a> {
    Cx {
        cx,
        space,
        memory: o.memory,
        realloc: o.realloc,
        encoding: o.encoding,
        instance,
        src_encoding: src,
    }
}

fn call_lifted_inner(
    cx: &mut dyn CoreContext,
    l: &Lifted,
    src: StringEncoding,
    params: &[Value],
    results: &mut [Value],
) -> Result<(), Error> {
    let info = &*l.info;
    let plan = &info.plan;
    if params.len() != info.abi.params.len() || results.len() != info.ty.result_count() {
        return Err(Error::Type("wrong number of arguments or results".into()));
    }
    let mut args = Flat::new();
    {
        let mut c = cx_for(cx, &l.space, &l.options, l.instance, src);
        match &plan.params {
            ParamsPlan::Flat { .. } => {
                for (t, v) in info.abi.params.iter().zip(params) {
                    c.lower_flat(*t, v, &mut args)?;
                }
            }
            ParamsPlan::Indirect { offsets, layout } => {
                let ptr = c.allocate(layout.align, layout.size)?;
                for ((t, v), off) in info.abi.params.iter().zip(params).zip(offsets.iter()) {
                    c.store(*t, v, ptr + off)?;
                }
                args.push(CoreVal::I32(ptr as i32))?;
            }
        }
    }
    let sig = plan.signature(AbiVariant::GuestExport);
    let mut rets = Flat::new();
    for t in &sig.results {
        rets.push(crate::abi::zero(*t))?;
    }
    crate::store::note_guest_runs(cx, l.instance);
    cx.call(l.core, args.as_slice(), rets.as_mut_slice())?;
    {
        let c = cx_for(cx, &l.space, &l.options, l.instance, src);
        match plan.result {
            ResultPlan::None => {}
            ResultPlan::Flat(t) => {
                let mut pos = 0;
                results[0] = c.lift_flat(t, rets.as_slice(), &mut pos)?;
            }
            ResultPlan::Indirect(t, layout) => {
                let ptr = match rets.as_slice().first() {
                    Some(CoreVal::I32(p)) => *p as u32,
                    _ => return Err(TrapKind::Other("missing result pointer".into()).into()),
                };
                check_range(c.mem()?.len(), ptr, layout.size, layout.align)?;
                results[0] = c.load(t, ptr)?;
            }
        }
    }
    // Every borrow lowered into the call must have been dropped.
    end_task(cx, l.instance)?;
    if let Some(pr) = l.options.post_return {
        set_may_leave(cx, l.instance, false);
        let r = cx.call(pr, rets.as_slice(), &mut []);
        set_may_leave(cx, l.instance, true);
        r.map_err(|t| Trap::new(TrapKind::PostReturn(Box::new(t.into_kind()))))?;
    }
    Ok(())
}

/// The body of a `canon lower`ed core function: lifts the guest's arguments,
/// calls `callee`, and lowers its results back into the guest.
#[allow(clippy::too_many_arguments)]
pub(crate) fn call_lowered(
    cx: &mut dyn CoreContext,
    callee: &FuncImpl,
    info: &FuncInfo,
    space: &TypeSpace,
    options: &RtOptions,
    instance: usize,
    args: &[CoreVal],
    rets: &mut [CoreVal],
) -> Result<(), Trap> {
    if !flags_mut(cx, instance)?.may_leave {
        return Err(Trap::new(TrapKind::CannotLeave));
    }
    // Borrows lifted from the caller are lent until the call completes.
    let mark = scope_mark(cx)?;
    let r = call_lowered_scoped(cx, callee, info, space, options, instance, args, rets);
    end_scope(cx, mark);
    r
}

#[allow(clippy::too_many_arguments)]
fn call_lowered_scoped(
    cx: &mut dyn CoreContext,
    callee: &FuncImpl,
    info: &FuncInfo,
    space: &TypeSpace,
    options: &RtOptions,
    instance: usize,
    args: &[CoreVal],
    rets: &mut [CoreVal],
) -> Result<(), Trap> {
    if let FuncImpl::TypedHost { call, .. } = callee {
        let site = LowerSite {
            info,
            space,
            options,
            instance,
        };
        return call(cx, &site, args, rets);
    }
    let plan = &info.plan;
    let mut params = Vec::with_capacity(info.abi.params.len());
    {
        let c = cx_for(cx, space, options, instance, options.encoding);
        match &plan.params {
            ParamsPlan::Flat { .. } => {
                let mut pos = 0;
                for t in info.abi.params.iter() {
                    params.push(c.lift_flat(*t, args, &mut pos)?);
                }
            }
            ParamsPlan::Indirect { offsets, layout } => {
                let ptr = match args.first() {
                    Some(CoreVal::I32(p)) => *p as u32,
                    _ => {
                        return Err(Trap::new(TrapKind::Other(
                            "missing parameter pointer".into(),
                        )));
                    }
                };
                check_range(c.mem()?.len(), ptr, layout.size, layout.align)?;
                for (t, off) in info.abi.params.iter().zip(offsets.iter()) {
                    params.push(c.load(*t, ptr + off)?);
                }
            }
        }
    }
    let mut results = [Value::Bool(false)];
    let n = info.ty.result_count();
    let src =
        call_impl(cx, callee, options.encoding, &params, &mut results[..n]).map_err(to_trap)?;
    let mut c = cx_for(cx, space, options, instance, src);
    match plan.result {
        ResultPlan::None => {}
        ResultPlan::Flat(t) => {
            let mut out = Flat::new();
            c.lower_flat(t, &results[0], &mut out).map_err(to_trap)?;
            if out.len() != rets.len() {
                return Err(Trap::new(TrapKind::Other("result arity mismatch".into())));
            }
            rets.copy_from_slice(out.as_slice());
        }
        ResultPlan::Indirect(t, layout) => {
            let ptr = match args.last() {
                Some(CoreVal::I32(p)) => *p as u32,
                _ => return Err(Trap::new(TrapKind::Other("missing return pointer".into()))),
            };
            check_range(c.mem()?.len(), ptr, layout.size, layout.align)?;
            c.store(t, &results[0], ptr).map_err(to_trap)?;
        }
    }
    Ok(())
}

impl Func {
    /// Calls the function from inside a host function, re-entering the store.
    pub fn call_from_host<T: 'static>(
        &self,
        cx: &mut crate::store::StoreContextMut<'_, T>,
        params: &[Value],
        results: &mut [Value],
    ) -> Result<(), Error> {
        let mark = scope_mark(cx.cx)?;
        let r = call_impl(cx.cx, &self.inner, StringEncoding::Utf8, params, results);
        end_scope(cx.cx, mark);
        r.map(|_| ())
    }
}
