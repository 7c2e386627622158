//! The wasmtime backend for canon-host, on wasmtime's core-wasm API only
//! (canon-host implements the component model itself).

use std::any::Any;
use std::fmt;
use std::sync::Arc;

use canon_host::backend::{
    CoreContext, CoreEngine, CoreExport, CoreExtern, CoreExternKind, CoreFuncType, CoreImport,
    CoreModule, CoreStore, CoreVal, CoreValType, EngineConfig, FuncRef, GlobalRef, HostFunc,
    InstanceRef, MemoryRef, StoreLimits, TableRef,
};
use canon_host::{Error, Trap, TrapKind};
use wasmtime::{
    AsContext, AsContextMut, Caller, Extern, Func, Global, Instance, Memory, Table, Val,
};

/// The wasmtime engine.
#[derive(Clone)]
pub struct WasmtimeEngine {
    engine: wasmtime::Engine,
    fuel: bool,
}

impl fmt::Debug for WasmtimeEngine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WasmtimeEngine")
            .field("fuel", &self.fuel)
            .finish()
    }
}

impl WasmtimeEngine {
    /// A new engine with the given configuration.
    pub fn new(config: &EngineConfig) -> Result<Self, Error> {
        let mut c = wasmtime::Config::new();
        c.consume_fuel(config.consume_fuel);
        let engine = wasmtime::Engine::new(&c).map_err(|e| Error::Compile(format!("{e:#}")))?;
        Ok(WasmtimeEngine {
            engine,
            fuel: config.consume_fuel,
        })
    }

    /// The underlying wasmtime engine.
    pub fn inner(&self) -> &wasmtime::Engine {
        &self.engine
    }
}

#[derive(Debug)]
struct WasmtimeModule {
    module: wasmtime::Module,
    imports: Vec<CoreImport>,
    exports: Vec<CoreExport>,
}

fn kind_of(ty: &wasmtime::ExternType) -> CoreExternKind {
    match ty {
        wasmtime::ExternType::Func(_) => CoreExternKind::Func,
        wasmtime::ExternType::Memory(_) => CoreExternKind::Memory,
        wasmtime::ExternType::Table(_) => CoreExternKind::Table,
        wasmtime::ExternType::Global(_) => CoreExternKind::Global,
        wasmtime::ExternType::Tag(_) => CoreExternKind::Tag,
    }
}

impl CoreModule for WasmtimeModule {
    fn imports(&self) -> &[CoreImport] {
        &self.imports
    }
    fn exports(&self) -> &[CoreExport] {
        &self.exports
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl CoreEngine for WasmtimeEngine {
    fn name(&self) -> &'static str {
        "wasmtime"
    }

    fn compile(&self, wasm: &[u8]) -> Result<Arc<dyn CoreModule>, Error> {
        let module = wasmtime::Module::new(&self.engine, wasm)
            .map_err(|e| Error::Compile(format!("{e:#}")))?;
        let imports = module
            .imports()
            .map(|i| CoreImport {
                module: i.module().to_string(),
                name: i.name().to_string(),
                kind: kind_of(&i.ty()),
            })
            .collect();
        let exports = module
            .exports()
            .map(|e| CoreExport {
                name: e.name().to_string(),
                kind: kind_of(&e.ty()),
            })
            .collect();
        Ok(Arc::new(WasmtimeModule {
            module,
            imports,
            exports,
        }))
    }

    fn new_store(
        &self,
        limits: &StoreLimits,
        data: Box<dyn Any + Send>,
    ) -> Result<Box<dyn CoreStore>, Error> {
        let mut lb = wasmtime::StoreLimitsBuilder::new();
        if let Some(m) = limits.max_memory_bytes {
            lb = lb.memory_size(m);
        }
        if let Some(t) = limits.max_table_elements {
            lb = lb.table_elements(t);
        }
        let mut store = wasmtime::Store::new(
            &self.engine,
            Data {
                host: data,
                funcs: Vec::new(),
                memories: Vec::new(),
                tables: Vec::new(),
                globals: Vec::new(),
                instances: Vec::new(),
                limits: lb.build(),
            },
        );
        store.limiter(|d| &mut d.limits);
        if self.fuel {
            store
                .set_fuel(limits.fuel.unwrap_or(u64::MAX))
                .map_err(|e| Error::Unsupported(format!("{e:#}")))?;
        } else if limits.fuel.is_some() {
            return Err(Error::Unsupported(
                "fuel limit on an engine without fuel metering".into(),
            ));
        }
        Ok(Box::new(WasmtimeStore(store)))
    }
}

struct Data {
    host: Box<dyn Any + Send>,
    funcs: Vec<Func>,
    memories: Vec<Memory>,
    tables: Vec<Table>,
    globals: Vec<Global>,
    instances: Vec<Instance>,
    limits: wasmtime::StoreLimits,
}

/// A wasmtime store as a canon-host backend store.
struct WasmtimeStore(wasmtime::Store<Data>);

impl fmt::Debug for WasmtimeStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WasmtimeStore").finish_non_exhaustive()
    }
}

/// The context inside a host function.
struct CallerCtx<'a>(Caller<'a, Data>);

fn to_val(v: CoreVal) -> Val {
    match v {
        CoreVal::I32(x) => Val::I32(x),
        CoreVal::I64(x) => Val::I64(x),
        CoreVal::F32(x) => Val::F32(x),
        CoreVal::F64(x) => Val::F64(x),
    }
}

fn from_val(v: &Val) -> Result<CoreVal, Trap> {
    Ok(match v {
        Val::I32(x) => CoreVal::I32(*x),
        Val::I64(x) => CoreVal::I64(*x),
        Val::F32(x) => CoreVal::F32(*x),
        Val::F64(x) => CoreVal::F64(*x),
        _ => {
            return Err(Trap::new(TrapKind::Unsupported(
                "reference or vector value at the component boundary".into(),
            )));
        }
    })
}

fn to_valtype(t: CoreValType) -> wasmtime::ValType {
    match t {
        CoreValType::I32 => wasmtime::ValType::I32,
        CoreValType::I64 => wasmtime::ValType::I64,
        CoreValType::F32 => wasmtime::ValType::F32,
        CoreValType::F64 => wasmtime::ValType::F64,
    }
}

fn from_valtype(t: &wasmtime::ValType) -> CoreValType {
    match t {
        wasmtime::ValType::I64 => CoreValType::I64,
        wasmtime::ValType::F32 => CoreValType::F32,
        wasmtime::ValType::F64 => CoreValType::F64,
        // References and vectors never cross canon-host's boundary; report
        // them as i32 so callers see a mismatch rather than a panic.
        _ => CoreValType::I32,
    }
}

/// Maps a wasmtime error to a typed trap.
fn to_trap(e: wasmtime::Error) -> Trap {
    if let Some(t) = e.downcast_ref::<Trap>() {
        return t.clone();
    }
    if let Some(t) = e.downcast_ref::<wasmtime::Trap>() {
        use wasmtime::Trap as W;
        return Trap::new(match t {
            W::UnreachableCodeReached => TrapKind::Unreachable,
            W::MemoryOutOfBounds | W::HeapMisaligned => TrapKind::MemoryOutOfBounds,
            W::IntegerDivisionByZero => TrapKind::DivisionByZero,
            W::IntegerOverflow => TrapKind::IntegerOverflow,
            W::BadConversionToInteger => TrapKind::BadConversionToInteger,
            W::IndirectCallToNull => TrapKind::IndirectCall,
            W::BadSignature => TrapKind::BadSignature,
            W::TableOutOfBounds => TrapKind::TableOutOfBounds,
            W::StackOverflow => TrapKind::StackOverflow,
            W::OutOfFuel => TrapKind::OutOfFuel,
            other => TrapKind::Other(other.to_string()),
        });
    }
    Trap::new(TrapKind::Other(format!("{e:#}")))
}

const INLINE: usize = 20;

fn call_func(
    mut cx: impl AsContextMut<Data = Data>,
    func: FuncRef,
    args: &[CoreVal],
    results: &mut [CoreVal],
) -> Result<(), Trap> {
    let f = *cx
        .as_context()
        .data()
        .funcs
        .get(func.0 as usize)
        .ok_or_else(|| Trap::new(TrapKind::Other("unknown function handle".into())))?;
    let n = args.len() + results.len();
    if n <= INLINE {
        let mut buf = [Val::I32(0); INLINE];
        for (slot, a) in buf.iter_mut().zip(args) {
            *slot = to_val(*a);
        }
        let (a, r) = buf[..n].split_at_mut(args.len());
        f.call(&mut cx, a, r).map_err(to_trap)?;
        for (out, v) in results.iter_mut().zip(r.iter()) {
            *out = from_val(v)?;
        }
    } else {
        let a: Vec<Val> = args.iter().copied().map(to_val).collect();
        let mut r = vec![Val::I32(0); results.len()];
        f.call(&mut cx, &a, &mut r).map_err(to_trap)?;
        for (out, v) in results.iter_mut().zip(r.iter()) {
            *out = from_val(v)?;
        }
    }
    Ok(())
}

fn func_type_of(cx: impl AsContext<Data = Data>, func: FuncRef) -> CoreFuncType {
    let cx = cx.as_context();
    match cx.data().funcs.get(func.0 as usize) {
        Some(f) => {
            let ty = f.ty(&cx);
            CoreFuncType::new(
                ty.params().map(|t| from_valtype(&t)),
                ty.results().map(|t| from_valtype(&t)),
            )
        }
        None => CoreFuncType::default(),
    }
}

fn global_get(mut cx: impl AsContextMut<Data = Data>, g: GlobalRef) -> CoreVal {
    let Some(global) = cx.as_context().data().globals.get(g.0 as usize).copied() else {
        return CoreVal::I32(0);
    };
    from_val(&global.get(&mut cx)).unwrap_or(CoreVal::I32(0))
}

fn global_set(
    mut cx: impl AsContextMut<Data = Data>,
    g: GlobalRef,
    v: CoreVal,
) -> Result<(), Trap> {
    let global = cx
        .as_context()
        .data()
        .globals
        .get(g.0 as usize)
        .copied()
        .ok_or_else(|| Trap::new(TrapKind::Other("unknown global handle".into())))?;
    global.set(&mut cx, to_val(v)).map_err(to_trap)
}

fn table_size(mut cx: impl AsContextMut<Data = Data>, t: TableRef) -> u64 {
    match cx.as_context().data().tables.get(t.0 as usize).copied() {
        Some(table) => table.size(&mut cx),
        None => 0,
    }
}

fn fuel_of(cx: impl AsContext<Data = Data>) -> Option<u64> {
    cx.as_context().get_fuel().ok()
}

macro_rules! context_impl {
    ($ty:ty, $field:tt) => {
        impl CoreContext for $ty {
            fn data(&self) -> &dyn Any {
                &*self.$field.data().host
            }
            fn data_mut(&mut self) -> &mut dyn Any {
                &mut *self.$field.data_mut().host
            }
            fn call(
                &mut self,
                func: FuncRef,
                args: &[CoreVal],
                results: &mut [CoreVal],
            ) -> Result<(), Trap> {
                call_func(&mut self.$field, func, args, results)
            }
            fn func_type(&self, func: FuncRef) -> CoreFuncType {
                func_type_of(&self.$field, func)
            }
            fn memory(&self, mem: MemoryRef) -> &[u8] {
                match self.$field.data().memories.get(mem.0 as usize) {
                    Some(m) => m.data(&self.$field),
                    None => &[],
                }
            }
            fn memory_mut(&mut self, mem: MemoryRef) -> &mut [u8] {
                match self.$field.data().memories.get(mem.0 as usize).copied() {
                    Some(m) => m.data_mut(&mut self.$field),
                    None => &mut [],
                }
            }
            fn memory_grow(&mut self, mem: MemoryRef, pages: u64) -> Option<u64> {
                let m = self.$field.data().memories.get(mem.0 as usize).copied()?;
                m.grow(&mut self.$field, pages).ok()
            }
            fn global_get(&mut self, global: GlobalRef) -> CoreVal {
                global_get(&mut self.$field, global)
            }
            fn global_set(&mut self, global: GlobalRef, value: CoreVal) -> Result<(), Trap> {
                global_set(&mut self.$field, global, value)
            }
            fn table_size(&mut self, table: TableRef) -> u64 {
                table_size(&mut self.$field, table)
            }
            fn fuel(&self) -> Option<u64> {
                fuel_of(&self.$field)
            }
            fn set_fuel(&mut self, fuel: u64) -> Result<(), Trap> {
                self.$field.set_fuel(fuel).map_err(to_trap)
            }
        }
    };
}

context_impl!(WasmtimeStore, 0);
context_impl!(CallerCtx<'_>, 0);

fn register(data: &mut Data, e: Extern) -> Option<CoreExtern> {
    Some(match e {
        Extern::Func(f) => {
            data.funcs.push(f);
            CoreExtern::Func(FuncRef(data.funcs.len() as u32 - 1))
        }
        Extern::Memory(m) => {
            data.memories.push(m);
            CoreExtern::Memory(MemoryRef(data.memories.len() as u32 - 1))
        }
        Extern::Table(t) => {
            data.tables.push(t);
            CoreExtern::Table(TableRef(data.tables.len() as u32 - 1))
        }
        Extern::Global(g) => {
            data.globals.push(g);
            CoreExtern::Global(GlobalRef(data.globals.len() as u32 - 1))
        }
        _ => return None,
    })
}

fn resolve(data: &Data, e: CoreExtern) -> Option<Extern> {
    Some(match e {
        CoreExtern::Func(f) => Extern::Func(*data.funcs.get(f.0 as usize)?),
        CoreExtern::Memory(m) => Extern::Memory(*data.memories.get(m.0 as usize)?),
        CoreExtern::Table(t) => Extern::Table(*data.tables.get(t.0 as usize)?),
        CoreExtern::Global(g) => Extern::Global(*data.globals.get(g.0 as usize)?),
    })
}

impl CoreStore for WasmtimeStore {
    fn instantiate(
        &mut self,
        module: &dyn CoreModule,
        imports: &[CoreExtern],
    ) -> Result<InstanceRef, Error> {
        let module = module
            .as_any()
            .downcast_ref::<WasmtimeModule>()
            .ok_or_else(|| Error::Link("module from another backend".into()))?;
        let data = self.0.data();
        let externs = imports
            .iter()
            .map(|e| resolve(data, *e).ok_or_else(|| Error::Link("unknown handle".into())))
            .collect::<Result<Vec<_>, _>>()?;
        let instance = Instance::new(&mut self.0, &module.module, &externs).map_err(|e| {
            if e.downcast_ref::<wasmtime::Trap>().is_some() || e.downcast_ref::<Trap>().is_some() {
                Error::Trap(to_trap(e))
            } else {
                Error::Link(format!("{e:#}"))
            }
        })?;
        let data = self.0.data_mut();
        data.instances.push(instance);
        Ok(InstanceRef(data.instances.len() as u32 - 1))
    }

    fn instance_export(&mut self, instance: InstanceRef, name: &str) -> Option<CoreExtern> {
        let inst = *self.0.data().instances.get(instance.0 as usize)?;
        let e = inst.get_export(&mut self.0, name)?;
        register(self.0.data_mut(), e)
    }

    fn new_func(&mut self, ty: &CoreFuncType, func: HostFunc) -> Result<FuncRef, Error> {
        let fty = wasmtime::FuncType::new(
            self.0.engine(),
            ty.params.iter().copied().map(to_valtype),
            ty.results.iter().copied().map(to_valtype),
        );
        let f = Func::new(
            &mut self.0,
            fty,
            move |caller: Caller<'_, Data>, params: &[Val], results: &mut [Val]| {
                let mut cx = CallerCtx(caller);
                let n = params.len() + results.len();
                let mut inline = [CoreVal::I32(0); INLINE];
                let mut heap = Vec::new();
                let buf: &mut [CoreVal] = if n <= INLINE {
                    &mut inline[..n]
                } else {
                    heap.resize(n, CoreVal::I32(0));
                    &mut heap
                };
                let (a, r) = buf.split_at_mut(params.len());
                for (slot, p) in a.iter_mut().zip(params) {
                    *slot = from_val(p)?;
                }
                for (slot, out) in r.iter_mut().zip(results.iter()) {
                    *slot = from_val(out).unwrap_or(CoreVal::I32(0));
                }
                func(&mut cx, a, r)?;
                for (out, v) in results.iter_mut().zip(r.iter()) {
                    *out = to_val(*v);
                }
                Ok(())
            },
        );
        let data = self.0.data_mut();
        data.funcs.push(f);
        Ok(FuncRef(data.funcs.len() as u32 - 1))
    }

    fn as_context_mut(&mut self) -> &mut dyn CoreContext {
        self
    }
}
