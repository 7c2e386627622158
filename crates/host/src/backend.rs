//! The backend traits: the small core-wasm engine interface canon-host runs on.
//!
//! A backend provides an engine that compiles core modules and creates stores;
//! a store instantiates modules, defines host functions and gives slice access
//! to linear memories. Handles (`FuncRef`, `MemoryRef`, ...) are plain indices
//! into the backend store, so canon-host never sees an engine type.

use std::any::Any;
use std::fmt;
use std::sync::Arc;

use crate::error::{Error, Trap};

/// A core value type at the component boundary (and of globals).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum CoreValType {
    /// `i32`
    I32,
    /// `i64`
    I64,
    /// `f32`
    F32,
    /// `f64`
    F64,
}

/// A core value. Floats are kept as bits so NaN payloads survive.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CoreVal {
    /// `i32`
    I32(i32),
    /// `i64`
    I64(i64),
    /// `f32` bits
    F32(u32),
    /// `f64` bits
    F64(u64),
}

impl CoreVal {
    /// The type of this value.
    pub fn ty(self) -> CoreValType {
        match self {
            CoreVal::I32(_) => CoreValType::I32,
            CoreVal::I64(_) => CoreValType::I64,
            CoreVal::F32(_) => CoreValType::F32,
            CoreVal::F64(_) => CoreValType::F64,
        }
    }

    /// The zero value of `ty`.
    pub fn default_for(ty: CoreValType) -> CoreVal {
        match ty {
            CoreValType::I32 => CoreVal::I32(0),
            CoreValType::I64 => CoreVal::I64(0),
            CoreValType::F32 => CoreVal::F32(0),
            CoreValType::F64 => CoreVal::F64(0),
        }
    }

    /// The value as an `i32`, if it is one.
    pub fn as_i32(self) -> Option<i32> {
        match self {
            CoreVal::I32(v) => Some(v),
            _ => None,
        }
    }

    /// The value as an `i64`, if it is one.
    pub fn as_i64(self) -> Option<i64> {
        match self {
            CoreVal::I64(v) => Some(v),
            _ => None,
        }
    }
}

/// A core function type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct CoreFuncType {
    /// Parameter types.
    pub params: Vec<CoreValType>,
    /// Result types.
    pub results: Vec<CoreValType>,
}

impl CoreFuncType {
    /// A function type from parameter and result lists.
    pub fn new(
        params: impl IntoIterator<Item = CoreValType>,
        results: impl IntoIterator<Item = CoreValType>,
    ) -> Self {
        CoreFuncType {
            params: params.into_iter().collect(),
            results: results.into_iter().collect(),
        }
    }
}

macro_rules! handle {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        pub struct $name(pub u32);
    };
}

handle!(
    /// A core function in a backend store.
    FuncRef
);
handle!(
    /// A core linear memory in a backend store.
    MemoryRef
);
handle!(
    /// A core table in a backend store.
    TableRef
);
handle!(
    /// A core global in a backend store.
    GlobalRef
);
handle!(
    /// A core module instance in a backend store.
    InstanceRef
);

/// A core external value.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum CoreExtern {
    /// A function.
    Func(FuncRef),
    /// A memory.
    Memory(MemoryRef),
    /// A table.
    Table(TableRef),
    /// A global.
    Global(GlobalRef),
}

impl CoreExtern {
    /// The kind of this external value.
    pub fn kind(self) -> CoreExternKind {
        match self {
            CoreExtern::Func(_) => CoreExternKind::Func,
            CoreExtern::Memory(_) => CoreExternKind::Memory,
            CoreExtern::Table(_) => CoreExternKind::Table,
            CoreExtern::Global(_) => CoreExternKind::Global,
        }
    }
}

/// The kind of a core import or export.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum CoreExternKind {
    /// A function.
    Func,
    /// A memory.
    Memory,
    /// A table.
    Table,
    /// A global.
    Global,
    /// An exception tag (not supported by canon-host's linking).
    Tag,
}

/// One import of a core module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoreImport {
    /// The module name.
    pub module: String,
    /// The field name.
    pub name: String,
    /// What is imported.
    pub kind: CoreExternKind,
}

/// One export of a core module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoreExport {
    /// The export name.
    pub name: String,
    /// What is exported.
    pub kind: CoreExternKind,
}

/// Resource limits a store enforces, passed through to the engine.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoreLimits {
    /// Fuel available to guest code; `None` means unmetered.
    pub fuel: Option<u64>,
    /// Maximum size in bytes of any one linear memory.
    pub max_memory_bytes: Option<usize>,
    /// Maximum number of elements of any one table.
    pub max_table_elements: Option<usize>,
}

/// Engine-wide configuration.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EngineConfig {
    /// Enable fuel metering (required for `StoreLimits::fuel`).
    pub consume_fuel: bool,
}

/// A host function: receives the calling context, the core arguments and a
/// results slice to fill. No allocation happens between the engine and here
/// when the engine allows it.
pub type HostFunc =
    Arc<dyn Fn(&mut dyn CoreContext, &[CoreVal], &mut [CoreVal]) -> Result<(), Trap> + Send + Sync>;

/// A core-wasm engine.
pub trait CoreEngine: Send + Sync + fmt::Debug {
    /// A short name ("wasmi", "wasmtime").
    fn name(&self) -> &'static str;
    /// Compiles (and validates) a core module.
    fn compile(&self, wasm: &[u8]) -> Result<Arc<dyn CoreModule>, Error>;
    /// Creates a store holding `data`, reachable from host functions through
    /// [`CoreContext::data`].
    fn new_store(
        &self,
        limits: &StoreLimits,
        data: Box<dyn Any + Send>,
    ) -> Result<Box<dyn CoreStore>, Error>;
}

/// A compiled core module.
pub trait CoreModule: Send + Sync + fmt::Debug {
    /// The imports, in order.
    fn imports(&self) -> &[CoreImport];
    /// The exports, in order.
    fn exports(&self) -> &[CoreExport];
    /// Downcasting support for the backend.
    fn as_any(&self) -> &dyn Any;
}

/// Operations available both on a store and inside a host function call.
pub trait CoreContext {
    /// The data the store was created with.
    fn data(&self) -> &dyn Any;
    /// The data the store was created with.
    fn data_mut(&mut self) -> &mut dyn Any;
    /// Calls a function: `args` must match its parameters and `results` its
    /// results in length and type.
    fn call(
        &mut self,
        func: FuncRef,
        args: &[CoreVal],
        results: &mut [CoreVal],
    ) -> Result<(), Trap>;
    /// The type of a function.
    fn func_type(&self, func: FuncRef) -> CoreFuncType;
    /// The bytes of a memory.
    fn memory(&self, mem: MemoryRef) -> &[u8];
    /// The bytes of a memory, writable.
    fn memory_mut(&mut self, mem: MemoryRef) -> &mut [u8];
    /// Grows a memory by `pages` pages; returns the old size in pages, or
    /// `None` when growth failed.
    fn memory_grow(&mut self, mem: MemoryRef, pages: u64) -> Option<u64>;
    /// The current value of a global.
    fn global_get(&mut self, global: GlobalRef) -> CoreVal;
    /// Sets a mutable global.
    fn global_set(&mut self, global: GlobalRef, value: CoreVal) -> Result<(), Trap>;
    /// The number of elements of a table.
    fn table_size(&mut self, table: TableRef) -> u64;
    /// The remaining fuel, when metering is on.
    fn fuel(&self) -> Option<u64>;
    /// Sets the remaining fuel.
    fn set_fuel(&mut self, fuel: u64) -> Result<(), Trap>;
}

/// A backend store: owns instances, functions, memories, tables, globals.
pub trait CoreStore: CoreContext + Send + fmt::Debug {
    /// Instantiates `module` with one external value per import, in order.
    /// The module's start function runs here.
    fn instantiate(
        &mut self,
        module: &dyn CoreModule,
        imports: &[CoreExtern],
    ) -> Result<InstanceRef, Error>;
    /// An export of an instance.
    fn instance_export(&mut self, instance: InstanceRef, name: &str) -> Option<CoreExtern>;
    /// Defines a host function.
    fn new_func(&mut self, ty: &CoreFuncType, func: HostFunc) -> Result<FuncRef, Error>;
    /// Upcast, for host code taking a `&mut dyn CoreContext`.
    fn as_context_mut(&mut self) -> &mut dyn CoreContext;
}

/// Reads `len` bytes at `ptr` from a memory slice, or traps.
pub fn read_bytes(mem: &[u8], ptr: u32, len: u32) -> Result<&[u8], Trap> {
    let start = ptr as usize;
    let end = start.checked_add(len as usize).ok_or(Trap::new(
        crate::error::TrapKind::PointerOutOfBounds { ptr, len },
    ))?;
    mem.get(start..end)
        .ok_or(Trap::new(crate::error::TrapKind::PointerOutOfBounds {
            ptr,
            len,
        }))
}

/// Writable `len` bytes at `ptr` of a memory slice, or traps.
pub fn write_bytes(mem: &mut [u8], ptr: u32, len: u32) -> Result<&mut [u8], Trap> {
    let start = ptr as usize;
    let end = start.checked_add(len as usize).ok_or(Trap::new(
        crate::error::TrapKind::PointerOutOfBounds { ptr, len },
    ))?;
    mem.get_mut(start..end)
        .ok_or(Trap::new(crate::error::TrapKind::PointerOutOfBounds {
            ptr,
            len,
        }))
}
