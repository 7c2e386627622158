//! `component new`: a core module with world metadata becomes a component.
//!
//! The layout follows wit-component's:
//!
//! 1. the world's imports the module and its adapters use are imported
//!    (instances, functions, types);
//! 2. a *shim* module exports a table and one trampoline per lowering that
//!    needs the main module's memory or realloc, per function the main
//!    module imports from an adapter, and per exported resource destructor,
//!    each calling through the table;
//! 3. exported resources are defined, resource intrinsics and the remaining
//!    lowerings are created, and the main module is instantiated;
//! 4. the adapters, trimmed to what is used (module `gc`), are instantiated
//!    with the main module's memory and exports; the lowerings with
//!    memory/realloc/string-encoding options are made, and a *fixup* module
//!    fills the shim's table with them and with the adapters' functions;
//! 5. if the module exports `_initialize`, a module whose start function
//!    imports it runs it;
//! 6. exports are lifted (with realloc, post-return and string encoding)
//!    from the main module or the adapter that provides them, interfaces
//!    being exported as instances ascribed with their WIT type.
//!
//! Only the imported functions the modules use are imported, with the types
//! they and the exports need (module `live`), as wit-component does.

mod adapter;
mod builder;
mod check;
mod gc;
mod live;
mod nested;
mod shim;
mod spaces;

use std::collections::HashMap;

use canon_abi::{AbiVariant, WitTypes};
use indexmap::IndexMap;
use wasm_encoder::{
    CanonicalOption, ComponentExportKind, ComponentTypeRef, ExportKind, InstanceType,
};
use wit_parser::{InterfaceId, Resolve, Type, TypeDefKind, TypeId, WorldItem, WorldKey};

use crate::error::{Error, ErrorKind, Result, bail};
use crate::metadata::{self, Metadata, StringEncoding};
use crate::wit::producers_section;
use crate::wit::types::{TypeMaps, TypeSpace, extern_name};
use adapter::{Adapter, TrimmedAdapter};
use builder::{Intrinsic, Writer};
use check::{CoreImport, CoreInfo, Role};
use live::Live;
use shim::Slot;
use spaces::{InstanceSpace, RootSpace};

pub use check::{ModuleInfo, module_info};

/// Turns `module`, with embedded world metadata, into a component.
pub fn new_component(module: &[u8]) -> Result<Vec<u8>> {
    ComponentBuilder::new(module).encode()
}

/// A core module and its adapters, to be turned into a component.
///
/// ```no_run
/// # fn f(module: &[u8], adapter: &[u8]) -> canon_encode::Result<()> {
/// let component = canon_encode::ComponentBuilder::new(module)
///     .adapter("wasi_snapshot_preview1", adapter)
///     .encode()?;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct ComponentBuilder<'a> {
    module: &'a [u8],
    adapters: Vec<(String, &'a [u8])>,
    keep_unused_imports: bool,
}

impl<'a> ComponentBuilder<'a> {
    /// A component of `module`, which carries its world's metadata (or, with
    /// adapters, may carry none).
    pub fn new(module: &'a [u8]) -> Self {
        ComponentBuilder {
            module,
            adapters: Vec::new(),
            keep_unused_imports: false,
        }
    }

    /// Imports the whole world, not only what the module uses (which is what
    /// wit-component imports, and the default): the component's world is
    /// then the module's world, unused imports included.
    pub fn keep_unused_imports(mut self) -> Self {
        self.keep_unused_imports = true;
        self
    }

    /// Adds adapter `name` (such as `wasi_snapshot_preview1`): a core module
    /// with world metadata, whose exports the main module imports from core
    /// module `name`.
    pub fn adapter(mut self, name: impl Into<String>, bytes: &'a [u8]) -> Self {
        self.adapters.push((name.into(), bytes));
        self
    }

    /// The world of the component: the module's merged with its adapters'.
    pub fn metadata(&self) -> Result<Metadata> {
        Ok(self.read()?.1)
    }

    fn read(&self) -> Result<(Vec<u8>, Metadata, Vec<Adapter>)> {
        let (module, metadata) = metadata::read(self.module)?;
        let mut metadata = match metadata {
            Some(metadata) => metadata,
            None if !self.adapters.is_empty() => Metadata::default(),
            None => bail!(
                Component,
                "the module has no `component-type` metadata; embed a world first (`canon component embed`)"
            ),
        };
        let mut adapters: Vec<Adapter> = Vec::new();
        for (name, bytes) in &self.adapters {
            let context = || format!("adapter `{name}`");
            if adapters.iter().any(|a| a.name == *name) {
                bail!(Component, "adapter `{name}` is given twice");
            }
            let (wasm, adapter_metadata) =
                metadata::read(bytes).map_err(|e| e.context(context()))?;
            if let Some(mut adapter_metadata) = adapter_metadata {
                adapter_metadata.rename_root_package(&format!("adapter-{}", adapters.len()));
                metadata
                    .merge(adapter_metadata)
                    .map_err(|e| e.context(context()))?;
            }
            let info = module_info(&wasm).map_err(|e| e.context(context()))?;
            adapters.push(Adapter {
                name: name.clone(),
                wasm,
                info,
            });
        }
        Ok((module, metadata, adapters))
    }

    /// Builds the component.
    pub fn encode(&self) -> Result<Vec<u8>> {
        let (module, metadata, adapters) = self.read()?;
        let abi = WitTypes::new(&metadata.resolve).map_err(|e| {
            Error::new(
                ErrorKind::Component,
                format!("the world's types have no canonical ABI: {e}"),
            )
        })?;
        let info = check::check(
            &module,
            &metadata,
            &abi,
            Role::Main {
                adapters: &adapters,
            },
        )?;
        let trimmed = adapter::prepare(&adapters, &info, &metadata, &abi)?;
        Encoder {
            metadata: &metadata,
            adapters: &trimmed,
            resolve: &metadata.resolve,
            abi: &abi,
            info: &info,
            w: Writer::default(),
            instance_of: HashMap::new(),
            alias_of: HashMap::new(),
            maps: TypeMaps::default(),
            resources: HashMap::new(),
            keep_unused_imports: self.keep_unused_imports,
        }
        .encode(&module)
    }
}

struct Encoder<'a> {
    metadata: &'a Metadata,
    /// The trimmed adapters, instantiated after the main module.
    adapters: &'a [TrimmedAdapter<'a>],
    resolve: &'a Resolve,
    abi: &'a WitTypes,
    info: &'a CoreInfo<'a>,
    w: Writer,
    /// Component instance of each imported or exported interface.
    instance_of: HashMap<InterfaceId, u32>,
    /// Root type index of each type aliased out of an instance.
    alias_of: HashMap<TypeId, u32>,
    maps: TypeMaps<'a>,
    /// Root type index of each exported resource.
    resources: HashMap<TypeId, u32>,
    /// Import the whole world, used or not.
    keep_unused_imports: bool,
}

/// What a slot of the shim's table is filled with.
#[derive(Clone, Copy, Debug)]
enum SlotKind<'i> {
    /// A lowering with memory and realloc, for import `import` of module
    /// `module` (0 for the main module, then the adapters).
    Lower { module: usize, import: usize },
    /// Export `field` of adapter `adapter`.
    AdapterExport { adapter: usize, field: &'i str },
    /// A resource destructor the main module exports.
    Destructor { export: &'i str },
}

/// A core instance exports are lifted from.
struct Source<'i> {
    instance: u32,
    exports: &'i std::collections::HashSet<String>,
    realloc: Option<u32>,
    memory: Option<u32>,
}

fn options(encoding: StringEncoding) -> CanonicalOption {
    match encoding {
        StringEncoding::Utf8 => CanonicalOption::UTF8,
        StringEncoding::Utf16 => CanonicalOption::UTF16,
        StringEncoding::CompactUtf16 => CanonicalOption::CompactUTF16,
    }
}

impl<'a> Encoder<'a> {
    fn encode(mut self, module: &[u8]) -> Result<Vec<u8>> {
        let resolve = self.resolve;
        let world = &resolve.worlds[self.metadata.world];

        // 1. Imports: the functions the module uses, and the types they need.
        let mut modules: Vec<&CoreInfo<'_>> = vec![self.info];
        modules.extend(self.adapters.iter().map(|a| &a.info));
        let live = Live::new(resolve, self.metadata.world, &modules);
        let mut root_funcs: HashMap<String, u32> = HashMap::new();
        for (key, item) in world.imports.iter() {
            let name = crate::wit::world_extern_name(resolve, key, item);
            match item {
                WorldItem::Interface { id, .. } => {
                    // An interface none of whose items are used is left out.
                    let ty = if self.keep_unused_imports {
                        Some(self.instance_type(*id)?)
                    } else {
                        self.import_instance_type(*id, &live)?
                    };
                    if let Some(ty) = ty {
                        let index = self.w.import(name, ComponentTypeRef::Instance(ty));
                        self.instance_of.insert(*id, index);
                    }
                }
                WorldItem::Function(func)
                    if !self.keep_unused_imports && !live.func(None, &func.name) => {}
                WorldItem::Function(func) => {
                    let ty = self.root(None, false).encode_func_type(resolve, func)?;
                    let index = self.w.import(name, ComponentTypeRef::Func(ty));
                    root_funcs.insert(func.name.clone(), index);
                }
                WorldItem::Type { id, .. } => {
                    self.root(None, true)
                        .encode_valtype(resolve, &Type::Id(*id))?;
                }
            }
        }

        // 2. The shim: one slot per indirect lowering (of the main module
        // or an adapter), per function the main module imports from an
        // adapter, and per destructor.
        let (info, adapters) = (self.info, self.adapters);
        let mut slots: Vec<Slot> = Vec::new();
        let mut slot_kinds: Vec<SlotKind<'_>> = Vec::new();
        let mut slot_of_import: HashMap<(usize, usize), usize> = HashMap::new();
        for (m, info) in modules.iter().enumerate() {
            for (i, import) in info.imports.iter().enumerate() {
                let (kind, sig) = match import {
                    CoreImport::Func {
                        needs_memory: true,
                        sig,
                        ..
                    } => (
                        SlotKind::Lower {
                            module: m,
                            import: i,
                        },
                        sig,
                    ),
                    CoreImport::Adapter { module, field, sig } => {
                        let Some(adapter) = adapters.iter().position(|a| a.name == *module) else {
                            bail!(Component, "internal: adapter `{module}` was not prepared");
                        };
                        (SlotKind::AdapterExport { adapter, field }, sig)
                    }
                    _ => continue,
                };
                slot_of_import.insert((m, i), slots.len());
                slot_kinds.push(kind);
                slots.push(Slot {
                    params: sig.params().to_vec(),
                    results: sig.results().to_vec(),
                });
            }
        }
        let mut slot_of_dtor: HashMap<TypeId, usize> = HashMap::new();
        for (ty, dtor) in &info.destructors {
            slot_of_dtor.insert(*ty, slots.len());
            slot_kinds.push(SlotKind::Destructor { export: dtor });
            slots.push(Slot {
                params: vec![wasm_encoder::ValType::I32],
                results: Vec::new(),
            });
        }
        let shim = if slots.is_empty() {
            None
        } else {
            let module = self.w.core_module(&shim::shim_module(&slots));
            Some(self.w.core_instantiate(module, &[]))
        };
        let slot_alias = |w: &mut Writer, slot: usize| match shim {
            Some(shim) => Ok(w.alias_core_export(shim, &slot.to_string(), ExportKind::Func)),
            None => Err(Error::new(
                ErrorKind::Component,
                "internal: no shim for a slot",
            )),
        };

        // 3. Exported resources, intrinsics and direct lowerings; the main
        // module.
        for item in world.exports.values() {
            if let WorldItem::Interface { id, .. } = item {
                for (_, &ty) in resolve.interfaces[*id].types.iter() {
                    if matches!(resolve.types[ty].kind, TypeDefKind::Resource) {
                        let dtor = match slot_of_dtor.get(&ty) {
                            Some(slot) => Some(slot_alias(&mut self.w, *slot)?),
                            None => None,
                        };
                        let index = self.w.resource_type(dtor);
                        self.resources.insert(ty, index);
                    }
                }
            }
        }
        let args = self.instantiate_args(0, &root_funcs, &slot_of_import, &slot_alias, None)?;
        let main = self.w.core_module(module);
        let main = self.w.core_instantiate(main, &args);
        let memory = info.has_memory.then(|| {
            self.w
                .alias_core_export(main, canon_wit::names::MEMORY, ExportKind::Memory)
        });
        let mut instances = vec![main];

        // 4. The adapters, with the main module's memory, and the lowerings
        // that need a memory and realloc, which fill the shim's table.
        for (a, adapter) in adapters.iter().enumerate() {
            let mut args = self.instantiate_args(
                a + 1,
                &root_funcs,
                &slot_of_import,
                &slot_alias,
                Some(main),
            )?;
            if let Some((module_name, field)) = &adapter.info.memory_import {
                let Some(memory) = memory else {
                    bail!(
                        Component,
                        "adapter `{}` imports the main module's memory, but the module exports no `memory`",
                        adapter.name
                    );
                };
                let instance =
                    self.w
                        .core_instance_of(&[(field.clone(), ExportKind::Memory, memory)]);
                args.push((module_name.clone(), instance));
            }
            let module = self.w.core_module(&adapter.wasm);
            instances.push(self.w.core_instantiate(module, &args));
        }
        if let Some(shim) = shim {
            let mut fixup_args = vec![(
                "$imports".to_string(),
                ExportKind::Table,
                self.w
                    .alias_core_export(shim, "$imports", ExportKind::Table),
            )];
            let mut import_reallocs: HashMap<usize, Option<u32>> = HashMap::new();
            for (slot, kind) in slot_kinds.iter().enumerate() {
                let core = match *kind {
                    SlotKind::Lower { module: m, import } => {
                        let CoreImport::Func {
                            interface,
                            func,
                            key,
                            ..
                        } = &modules[m].imports[import]
                        else {
                            bail!(Component, "internal: slot {slot} is not a lowering");
                        };
                        let Some(memory) = memory else {
                            bail!(
                                Component,
                                "function `{}` needs linear memory, but the module exports no `memory`",
                                func.name
                            );
                        };
                        let realloc = match import_reallocs.get(&m) {
                            Some(realloc) => *realloc,
                            None => {
                                let realloc = modules[m].import_realloc.map(|name| {
                                    self.w
                                        .alias_core_export(instances[m], name, ExportKind::Func)
                                });
                                import_reallocs.insert(m, realloc);
                                realloc
                            }
                        };
                        let encoding = self.metadata.encoding(true, key, &func.name);
                        let mut opts = vec![options(encoding), CanonicalOption::Memory(memory)];
                        if let Some(realloc) = realloc {
                            opts.push(CanonicalOption::Realloc(realloc));
                        }
                        let func = self.component_func(&root_funcs, *interface, &func.name)?;
                        self.w.lower(func, opts)
                    }
                    SlotKind::AdapterExport { adapter, field } => {
                        self.w
                            .alias_core_export(instances[adapter + 1], field, ExportKind::Func)
                    }
                    SlotKind::Destructor { export } => {
                        self.w.alias_core_export(main, export, ExportKind::Func)
                    }
                };
                fixup_args.push((slot.to_string(), ExportKind::Func, core));
            }
            let args = self.w.core_instance_of(&fixup_args);
            let fixup = self.w.core_module(&shim::fixup_module(&slots));
            self.w.core_instantiate(fixup, &[(String::new(), args)]);
        }
        // Exports are lifted from the module that exports them, with its
        // export realloc.
        let mut sources = Vec::new();
        for (m, info) in modules.iter().enumerate() {
            let realloc = info.export_realloc.map(|name| {
                self.w
                    .alias_core_export(instances[m], name, ExportKind::Func)
            });
            sources.push(Source {
                instance: instances[m],
                exports: &info.exports,
                realloc,
                memory,
            });
        }

        // 5. `_initialize`, run by the start function of a one-import module
        // once everything above is hooked up.
        if self.info.initialize {
            let init =
                self.w
                    .alias_core_export(main, canon_wit::names::INITIALIZE, ExportKind::Func);
            let args = self
                .w
                .core_instance_of(&[(String::new(), ExportKind::Func, init)]);
            let start = self.w.core_module(&shim::start_module());
            self.w.core_instantiate(start, &[(String::new(), args)]);
        }

        // 6. Exports.
        for (key, item) in world.exports.iter() {
            let name = crate::wit::world_extern_name(resolve, key, item);
            match item {
                WorldItem::Function(func) => {
                    let ty = self.root(None, false).encode_func_type(resolve, func)?;
                    let lifted = self.lift(&sources, None, key, func, ty)?;
                    self.w.export(name, ComponentExportKind::Func, lifted, None);
                }
                WorldItem::Interface { id, .. } => {
                    let iface = &resolve.interfaces[*id];
                    // An interface both imported and exported: the export's
                    // types are its own, not the import's.
                    let saved = std::mem::take(&mut self.maps);
                    for (&ty, &index) in &self.resources {
                        if let TypeDefKind::Resource = resolve.types[ty].kind
                            && resolve.types[ty].owner == wit_parser::TypeOwner::Interface(*id)
                        {
                            self.maps.insert_id(ty, index);
                        }
                    }
                    let mut exports = Vec::new();
                    for (type_name, &ty) in iface.types.iter() {
                        let encoded = self
                            .root(Some(*id), false)
                            .encode_valtype(resolve, &Type::Id(ty))?;
                        let wasm_encoder::ComponentValType::Type(index) = encoded else {
                            continue;
                        };
                        exports.push((type_name.clone(), ComponentExportKind::Type, index));
                    }
                    let mut funcs: Vec<_> = iface.functions.iter().collect();
                    let order: Vec<TypeId> = iface.types.values().copied().collect();
                    funcs.sort_by_key(|(_, f)| match f.kind.resource() {
                        Some(r) => order.iter().position(|t| *t == r).unwrap_or(order.len()),
                        None => order.len(),
                    });
                    for (func_name, func) in funcs {
                        let ty = self
                            .root(Some(*id), false)
                            .encode_func_type(resolve, func)?;
                        let lifted = self.lift(&sources, Some(key), key, func, ty)?;
                        exports.push((func_name.clone(), ComponentExportKind::Func, lifted));
                    }
                    let has_resources = iface
                        .types
                        .values()
                        .any(|t| matches!(resolve.types[*t].kind, TypeDefKind::Resource));
                    let exported = if has_resources {
                        let nested = nested::build(resolve, *id)?;
                        let mut args = Vec::new();
                        for (import, ty) in &nested.type_args {
                            let index = match self
                                .root(Some(*id), false)
                                .encode_valtype(resolve, &Type::Id(*ty))?
                            {
                                wasm_encoder::ComponentValType::Type(index) => index,
                                wasm_encoder::ComponentValType::Primitive(_) => {
                                    bail!(
                                        Component,
                                        "internal: a named type encoded as a primitive"
                                    )
                                }
                            };
                            args.push((import.clone(), ComponentExportKind::Type, index));
                        }
                        for (import, func) in &nested.func_args {
                            let Some((_, _, lifted)) = exports.iter().find(|(n, kind, _)| {
                                n == func && *kind == ComponentExportKind::Func
                            }) else {
                                bail!(Component, "internal: function `{func}` was not lifted");
                            };
                            args.push((import.clone(), ComponentExportKind::Func, *lifted));
                        }
                        let component = self.w.component(nested.bytes);
                        let instance = self.w.instantiate(component, &args);
                        self.w
                            .export(name, ComponentExportKind::Instance, instance, None)
                    } else {
                        let instance = self.w.instance_of(&exports);
                        let ty = self.instance_type(*id)?;
                        self.w.export(
                            name,
                            ComponentExportKind::Instance,
                            instance,
                            Some(ComponentTypeRef::Instance(ty)),
                        )
                    };
                    self.instance_of.insert(*id, exported);
                    self.maps = saved;
                    // Later exports use this interface's types from the export.
                    self.alias_of.retain(|ty, _| {
                        resolve.types[*ty].owner != wit_parser::TypeOwner::Interface(*id)
                    });
                }
                WorldItem::Type { .. } => {}
            }
        }
        self.w.raw_custom(&producers_section());
        Ok(self.w.finish())
    }

    /// Lifts export `func` from the module of `sources` that exports it:
    /// the main module, or else an adapter.
    fn lift(
        &mut self,
        sources: &[Source<'_>],
        interface: Option<&WorldKey>,
        key: &WorldKey,
        func: &wit_parser::Function,
        ty: u32,
    ) -> Result<u32> {
        let core_name = canon_wit::names::export_function(self.resolve, interface, func);
        let Some(source) = sources.iter().find(|s| s.exports.contains(&core_name)) else {
            bail!(
                Component,
                "no module exports `{core_name}`, which lifts `{}`",
                func.name
            );
        };
        let core = self
            .w
            .alias_core_export(source.instance, &core_name, ExportKind::Func);
        let plan = crate::dummy::plan(self.abi, func)?;
        let sig = plan.signature(AbiVariant::GuestExport);
        let needs_memory = plan.params_props.has_pointers
            || plan.result_props.has_pointers
            || sig.indirect_params
            || sig.retptr;
        let encoding = self.metadata.encoding(false, key, &func.name);
        let mut opts = vec![options(encoding)];
        if needs_memory {
            let Some(memory) = source.memory else {
                bail!(
                    Component,
                    "export `{core_name}` needs linear memory, but the module exports no `memory`"
                );
            };
            opts.push(CanonicalOption::Memory(memory));
            if let Some(realloc) = source.realloc {
                opts.push(CanonicalOption::Realloc(realloc));
            } else if plan.lowering_params_needs_realloc() {
                bail!(
                    Component,
                    "export `{core_name}` takes lists or strings, but the module exports no `cabi_realloc`"
                );
            }
        }
        let post = canon_wit::names::post_return(&core_name);
        if source.exports.contains(&post) {
            let post = self
                .w
                .alias_core_export(source.instance, &post, ExportKind::Func);
            opts.push(CanonicalOption::PostReturn(post));
        }
        Ok(self.w.lift(core, ty, opts))
    }

    /// The instantiation arguments of module `m` (0 for the main module,
    /// then the adapters): one bag of exports per imported module name.
    /// Adapters import the main module's exports from instance `main`.
    fn instantiate_args(
        &mut self,
        m: usize,
        root_funcs: &HashMap<String, u32>,
        slot_of_import: &HashMap<(usize, usize), usize>,
        slot_alias: &dyn Fn(&mut Writer, usize) -> Result<u32>,
        main: Option<u32>,
    ) -> Result<Vec<(String, u32)>> {
        let info = match m {
            0 => self.info,
            _ => &self.adapters[m - 1].info,
        };
        let mut args: IndexMap<&str, Vec<(String, ExportKind, u32)>> = IndexMap::new();
        for (i, import) in info.imports.iter().enumerate() {
            let core = if let Some(&slot) = slot_of_import.get(&(m, i)) {
                slot_alias(&mut self.w, slot)?
            } else {
                match import {
                    CoreImport::Func {
                        interface, func, ..
                    } => {
                        let func = self.component_func(root_funcs, *interface, &func.name)?;
                        self.w.lower(func, Vec::new())
                    }
                    CoreImport::ImportedDrop { ty, .. } => {
                        let ty = self.root_type(*ty)?;
                        self.w.resource_intrinsic(Intrinsic::Drop, ty)
                    }
                    CoreImport::Adapter { module, .. } => {
                        bail!(Component, "internal: adapter `{module}` has no shim slot")
                    }
                    CoreImport::MainExport { field, .. } => {
                        let Some(main) = main else {
                            bail!(
                                Component,
                                "internal: `{field}` imported before the main module"
                            )
                        };
                        self.w.alias_core_export(main, field, ExportKind::Func)
                    }
                    CoreImport::Exported { ty, intrinsic, .. } => {
                        let Some(&ty) = self.resources.get(ty) else {
                            bail!(Component, "internal: exported resource not defined");
                        };
                        self.w.resource_intrinsic(*intrinsic, ty)
                    }
                }
            };
            let (module, field) = import.names();
            args.entry(module)
                .or_default()
                .push((field.to_string(), ExportKind::Func, core));
        }
        let mut instantiate_args = Vec::new();
        for (module, exports) in &args {
            let instance = self.w.core_instance_of(exports);
            instantiate_args.push((module.to_string(), instance));
        }
        Ok(instantiate_args)
    }

    /// The component function `name` of `interface` (or of the world).
    fn component_func(
        &mut self,
        root_funcs: &HashMap<String, u32>,
        interface: Option<InterfaceId>,
        name: &str,
    ) -> Result<u32> {
        match interface {
            Some(id) => {
                let Some(&instance) = self.instance_of.get(&id) else {
                    bail!(Component, "internal: interface of `{name}` not imported");
                };
                Ok(self
                    .w
                    .alias_export(instance, name, ComponentExportKind::Func))
            }
            None => match root_funcs.get(name) {
                Some(index) => Ok(*index),
                None => bail!(Component, "internal: function `{name}` not imported"),
            },
        }
    }

    /// The root type index of (imported) type `ty`.
    fn root_type(&mut self, ty: TypeId) -> Result<u32> {
        let resolve = self.resolve;
        match self
            .root(None, false)
            .encode_valtype(resolve, &Type::Id(ty))?
        {
            wasm_encoder::ComponentValType::Type(index) => Ok(index),
            wasm_encoder::ComponentValType::Primitive(_) => {
                bail!(Component, "internal: a resource encoded as a primitive")
            }
        }
    }

    fn root(&mut self, interface: Option<InterfaceId>, import_types: bool) -> RootSpace<'_, 'a> {
        RootSpace {
            enc: self,
            interface,
            import_types,
        }
    }

    /// The instance type of `interface`, at the root.
    fn instance_type(&mut self, interface: InterfaceId) -> Result<u32> {
        let resolve = self.resolve;
        let mut space = InstanceSpace {
            enc: self,
            interface,
            maps: TypeMaps::default(),
            ty: InstanceType::new(),
        };
        let iface = &resolve.interfaces[interface];
        let mut order = Vec::new();
        for (_, &id) in iface.types.iter() {
            space.encode_valtype(resolve, &Type::Id(id))?;
            order.push(id);
        }
        let mut funcs: Vec<_> = iface.functions.iter().collect();
        funcs.sort_by_key(|(_, f)| match f.kind.resource() {
            Some(r) => order.iter().position(|t| *t == r).unwrap_or(order.len()),
            None => order.len(),
        });
        for (name, func) in funcs {
            let ty = space.encode_func_type(resolve, func)?;
            space.ty.export(
                extern_name(name, func.external_id.as_deref()),
                ComponentTypeRef::Func(ty),
            );
        }
        let ty = space.ty;
        Ok(self.w.instance_type(&ty))
    }

    /// The instance type of imported `interface`: its live types and used
    /// functions, or `None` when nothing of it is used.
    fn import_instance_type(&mut self, interface: InterfaceId, live: &Live) -> Result<Option<u32>> {
        let resolve = self.resolve;
        let mut space = InstanceSpace {
            enc: self,
            interface,
            maps: TypeMaps::default(),
            ty: InstanceType::new(),
        };
        for id in live.types(interface) {
            space.encode_valtype(resolve, &Type::Id(id))?;
        }
        for (name, func) in resolve.interfaces[interface].functions.iter() {
            if !live.func(Some(interface), &func.name) {
                continue;
            }
            let ty = space.encode_func_type(resolve, func)?;
            space.ty.export(
                extern_name(name, func.external_id.as_deref()),
                ComponentTypeRef::Func(ty),
            );
        }
        if space.ty.is_empty() {
            return Ok(None);
        }
        let ty = space.ty;
        Ok(Some(self.w.instance_type(&ty)))
    }

    /// Aliases type `id` out of the instance of its interface, once.
    fn alias_type(&mut self, owner: InterfaceId, id: TypeId) -> Result<u32> {
        if let Some(index) = self.alias_of.get(&id) {
            return Ok(*index);
        }
        let Some(&instance) = self.instance_of.get(&owner) else {
            bail!(
                Component,
                "type {} is used, but its interface is neither imported nor exported",
                crate::wit::types::type_label(self.resolve, id)
            );
        };
        let name = self.resolve.types[id].name.clone().unwrap_or_default();
        let index = self
            .w
            .alias_export(instance, &name, ComponentExportKind::Type);
        self.alias_of.insert(id, index);
        Ok(index)
    }
}
