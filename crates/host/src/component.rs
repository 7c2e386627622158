//! Loading a component: parse and validate with wasmparser, then translate
//! each (nested) component into a list of steps that instantiation replays in
//! binary order. Core modules are compiled once, here.

use std::collections::HashSet;
use std::sync::Arc;

use canon_abi::ResourceId;
use wasmparser::component_types::{ComponentAnyTypeId, ComponentEntityType};
use wasmparser::types::Types;
use wasmparser::{
    CanonicalFunction, CanonicalOption, ComponentAlias, ComponentExternalKind,
    ComponentOuterAliasKind, ComponentTypeRef, ExternalKind, Instance, Parser, Payload,
    ValidPayload, Validator, WasmFeatures,
};

use crate::backend::{CoreFuncType, CoreModule, CoreValType};
use crate::convert::{Converter, FuncInfo, TypeSpace};
use crate::engine::Engine;
use crate::error::Error;

/// A string encoding of canonical options.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum StringEncoding {
    Utf8,
    Utf16,
    Latin1Utf16,
}

/// Canonical options, as indices into the defining component's index spaces.
#[derive(Clone, Debug)]
pub(crate) struct Options {
    pub(crate) memory: Option<u32>,
    pub(crate) realloc: Option<u32>,
    pub(crate) post_return: Option<u32>,
    pub(crate) encoding: StringEncoding,
}

/// The kind of item in a component-level index space.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Sort {
    Module,
    Func,
    Value,
    Type,
    Instance,
    Component,
}

impl From<ComponentExternalKind> for Sort {
    fn from(k: ComponentExternalKind) -> Self {
        match k {
            ComponentExternalKind::Module => Sort::Module,
            ComponentExternalKind::Func => Sort::Func,
            ComponentExternalKind::Value => Sort::Value,
            ComponentExternalKind::Type => Sort::Type,
            ComponentExternalKind::Instance => Sort::Instance,
            ComponentExternalKind::Component => Sort::Component,
        }
    }
}

/// The kind of item in a core index space.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum CoreSort {
    Func,
    Table,
    Memory,
    Global,
    Tag,
}

impl From<ExternalKind> for CoreSort {
    fn from(k: ExternalKind) -> Self {
        match k {
            ExternalKind::Func | ExternalKind::FuncExact => CoreSort::Func,
            ExternalKind::Table => CoreSort::Table,
            ExternalKind::Memory => CoreSort::Memory,
            ExternalKind::Global => CoreSort::Global,
            ExternalKind::Tag => CoreSort::Tag,
        }
    }
}

/// The type of an import, as far as linking needs it.
#[derive(Clone, Debug)]
pub(crate) enum ImportType {
    Func(Result<Arc<FuncInfo>, String>),
    Instance(Vec<(String, ImportType)>),
    Module,
    Component,
    Type,
    /// A fresh (abstract) resource type: the importer needs a definition.
    Resource,
    Value,
}

/// Where an import or instance binds resource types: the export path from
/// the item to a type, and the resource id the component's types use for it.
pub(crate) type ResourcePaths = Vec<(Vec<String>, ResourceId)>;

/// Which canonical resource built-in.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum ResourceBuiltin {
    New,
    Rep,
    Drop,
}

/// One step of instantiating a component, in binary order.
#[derive(Clone, Debug)]
pub(crate) enum Step {
    Import {
        name: String,
        ty: ImportType,
        resources: ResourcePaths,
    },
    /// `(type (resource (rep i32) (dtor ...)))`: a fresh resource type per
    /// instance.
    DefineResource {
        id: ResourceId,
        dtor: Option<u32>,
    },
    /// `resource.new`, `resource.rep` or `resource.drop` of a resource type.
    Resource {
        which: ResourceBuiltin,
        id: ResourceId,
    },
    /// `backpressure.inc` / `backpressure.dec`: a per-instance counter
    /// (only async tasks wait on it; canon-host runs sync tasks).
    Backpressure {
        inc: bool,
    },
    /// The component's start function (no value arguments or results).
    Start {
        func: u32,
    },
    CoreModule(usize),
    Component(usize),
    CoreInstantiate {
        module: u32,
        args: Vec<(String, u32)>,
    },
    CoreInstanceFromExports(Vec<(String, CoreSort, u32)>),
    Instantiate {
        component: u32,
        args: Vec<(String, Sort, u32)>,
    },
    InstanceFromExports(Vec<(String, Sort, u32)>),
    AliasCoreExport {
        instance: u32,
        name: String,
        sort: CoreSort,
    },
    AliasExport {
        instance: u32,
        name: String,
        sort: Sort,
    },
    AliasOuter {
        count: u32,
        index: u32,
        sort: Sort,
    },
    Lift {
        core_func: u32,
        info: Result<Arc<FuncInfo>, String>,
        options: Options,
    },
    Lower {
        func: u32,
        info: Result<Arc<FuncInfo>, String>,
        options: Options,
        core_type: CoreFuncType,
    },
    /// `context.get` / `context.set` of an `i32` slot.
    Context {
        set: bool,
        slot: u32,
    },
    /// A canonical built-in canon-host does not implement: a core function
    /// that traps when called.
    UnsupportedBuiltin {
        what: String,
        core_type: CoreFuncType,
    },
    Export {
        name: String,
        sort: Sort,
        index: u32,
    },
}

/// One (nested) component: its steps, and which of them are imports.
#[derive(Debug, Default)]
pub(crate) struct ComponentDef {
    pub(crate) steps: Vec<Step>,
    /// The resource id behind each type index, for resource types.
    pub(crate) type_resources: Vec<Option<ResourceId>>,
    /// The resource types each instance index exports (by path).
    pub(crate) instance_resources: Vec<ResourcePaths>,
}

impl ComponentDef {
    /// The imports of this component with their types.
    pub(crate) fn imports(&self) -> impl Iterator<Item = (&str, &ImportType)> {
        self.steps.iter().filter_map(|s| match s {
            Step::Import { name, ty, .. } => Some((name.as_str(), ty)),
            _ => None,
        })
    }
}

/// A compiled component, ready to instantiate any number of times.
#[derive(Clone, Debug)]
pub struct Component {
    pub(crate) inner: Arc<ComponentInner>,
}

#[derive(Debug)]
pub(crate) struct ComponentInner {
    pub(crate) engine: Engine,
    pub(crate) modules: Vec<Arc<dyn CoreModule>>,
    pub(crate) components: Vec<Arc<ComponentDef>>,
    pub(crate) root: usize,
    pub(crate) space: Arc<TypeSpace>,
}

/// A component being translated, with the counters of the index spaces it
/// needs while its types are not yet known.
#[derive(Default)]
struct Frame {
    steps: Vec<Step>,
    core_funcs: u32,
    funcs: u32,
    /// Pending type resolution: step index and the function index whose type
    /// the step needs (lift: its own index; lower: the lowered function).
    pending_funcs: Vec<(usize, u32)>,
    pending_core: Vec<(usize, u32)>,
    pending_imports: Vec<usize>,
    /// Resource definitions and built-ins: step index and type index.
    pending_resources: Vec<(usize, u32)>,
}

/// The features canon-host validates components with.
///
/// Everything the spec's test suite exercises is accepted by validation;
/// what canon-host cannot run (async lifts, maps, fixed-length lists, the
/// threading and async built-ins) fails only when called.
pub(crate) fn features() -> WasmFeatures {
    WasmFeatures::default()
        | WasmFeatures::CM_THREADING
        | WasmFeatures::CM_MORE_ASYNC_BUILTINS
        | WasmFeatures::CM_ASYNC_STACKFUL
        | WasmFeatures::CM_ERROR_CONTEXT
        | WasmFeatures::CM_FIXED_LENGTH_LISTS
        | WasmFeatures::CM_MAP
        | WasmFeatures::CM_IMPLEMENTS
        // For the `start` section; value imports and exports stay unsupported.
        | WasmFeatures::CM_VALUES
}

fn options(opts: &[CanonicalOption]) -> Options {
    let mut o = Options {
        memory: None,
        realloc: None,
        post_return: None,
        encoding: StringEncoding::Utf8,
    };
    for opt in opts {
        match opt {
            CanonicalOption::UTF8 => o.encoding = StringEncoding::Utf8,
            CanonicalOption::UTF16 => o.encoding = StringEncoding::Utf16,
            CanonicalOption::CompactUTF16 => o.encoding = StringEncoding::Latin1Utf16,
            CanonicalOption::Memory(m) => o.memory = Some(*m),
            CanonicalOption::Realloc(r) => o.realloc = Some(*r),
            CanonicalOption::PostReturn(p) => o.post_return = Some(*p),
            _ => {}
        }
    }
    o
}

fn core_valtype(t: &wasmparser::ValType) -> Result<CoreValType, String> {
    Ok(match t {
        wasmparser::ValType::I32 => CoreValType::I32,
        wasmparser::ValType::I64 => CoreValType::I64,
        wasmparser::ValType::F32 => CoreValType::F32,
        wasmparser::ValType::F64 => CoreValType::F64,
        other => return Err(format!("core type {other:?}")),
    })
}

/// The import type of `ty`. A resource type met before, in this or an
/// earlier import (`wasi:io/streams` re-exporting `wasi:io/error`'s
/// `error`), is only a name for it, which the host need not define, as in
/// wasmtime; `seen` holds the resources met so far.
fn import_type(
    conv: &mut Converter,
    types: &Types,
    ty: ComponentEntityType,
    seen: &mut HashSet<wasmparser::component_types::ResourceId>,
) -> ImportType {
    match ty {
        ComponentEntityType::Func(id) => ImportType::Func(conv.func(types, id)),
        ComponentEntityType::Instance(id) => {
            let inst = &types[id];
            ImportType::Instance(
                inst.exports
                    .iter()
                    .map(|(n, t)| (n.to_string(), import_type(conv, types, t.ty, seen)))
                    .collect(),
            )
        }
        ComponentEntityType::Type {
            created: ComponentAnyTypeId::Resource(c),
            referenced: ComponentAnyTypeId::Resource(r),
        } if c.resource() == r.resource() && !seen.insert(c.resource()) => ImportType::Type,
        ComponentEntityType::Module(_) => ImportType::Module,
        ComponentEntityType::Component(_) => ImportType::Component,
        ComponentEntityType::Type {
            created: ComponentAnyTypeId::Resource(c),
            referenced: ComponentAnyTypeId::Resource(r),
        } if c.resource() == r.resource() => ImportType::Resource,
        ComponentEntityType::Type { .. } => ImportType::Type,
        ComponentEntityType::Value(_) => ImportType::Value,
    }
}

/// Collects the resource types reachable through `ty` by export path.
fn resource_paths(
    conv: &mut Converter,
    types: &Types,
    ty: ComponentEntityType,
    path: &mut Vec<String>,
    out: &mut ResourcePaths,
) {
    match ty {
        ComponentEntityType::Type {
            created: ComponentAnyTypeId::Resource(r),
            ..
        } => out.push((path.clone(), conv.resource(r.resource()))),
        ComponentEntityType::Instance(id) => {
            for (n, t) in types[id].exports.iter() {
                path.push(n.to_string());
                resource_paths(conv, types, t.ty, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

impl Frame {
    fn push_core_func(&mut self, step: Step) {
        self.steps.push(step);
        self.core_funcs += 1;
    }

    /// Resolves the types the steps need, now that validation produced them.
    fn finish(mut self, conv: &mut Converter, types: &Types) -> Result<ComponentDef, Error> {
        let r = types.as_ref();
        for (step, func) in std::mem::take(&mut self.pending_funcs) {
            let info = conv.func(types, r.component_function_at(func));
            match &mut self.steps[step] {
                Step::Lift { info: i, .. } | Step::Lower { info: i, .. } => *i = info,
                _ => {}
            }
        }
        for (step, core_func) in std::mem::take(&mut self.pending_core) {
            let id = r.core_function_at(core_func);
            let f = types[id].unwrap_func();
            let params = f
                .params()
                .iter()
                .map(core_valtype)
                .collect::<Result<Vec<_>, _>>();
            let results = f
                .results()
                .iter()
                .map(core_valtype)
                .collect::<Result<Vec<_>, _>>();
            let ty = match (params, results) {
                (Ok(p), Ok(r)) => CoreFuncType::new(p, r),
                (Err(e), _) | (_, Err(e)) => return Err(Error::Unsupported(e)),
            };
            match &mut self.steps[step] {
                Step::Lower { core_type, .. } | Step::UnsupportedBuiltin { core_type, .. } => {
                    *core_type = ty
                }
                _ => {}
            }
        }
        let mut seen_resources = HashSet::new();
        for step in std::mem::take(&mut self.pending_imports) {
            if let Step::Import {
                name,
                ty,
                resources,
            } = &mut self.steps[step]
                && let Some(item) = r.component_item_for_import(name)
            {
                *ty = import_type(conv, types, item.ty, &mut seen_resources);
                resource_paths(conv, types, item.ty, &mut Vec::new(), resources);
            }
        }
        for (step, type_index) in std::mem::take(&mut self.pending_resources) {
            let ComponentAnyTypeId::Resource(res) = r.component_any_type_at(type_index) else {
                return Err(Error::Invalid(format!(
                    "type index {type_index} is not a resource type"
                )));
            };
            let resource = conv.resource(res.resource());
            match &mut self.steps[step] {
                Step::DefineResource { id, .. } | Step::Resource { id, .. } => *id = resource,
                _ => {}
            }
        }
        let type_resources = (0..r.component_type_count())
            .map(|i| match r.component_any_type_at(i) {
                ComponentAnyTypeId::Resource(res) => Some(conv.resource(res.resource())),
                _ => None,
            })
            .collect();
        let instance_resources = (0..r.component_instance_count())
            .map(|i| {
                let mut out = Vec::new();
                let ty = ComponentEntityType::Instance(r.component_instance_at(i));
                resource_paths(conv, types, ty, &mut Vec::new(), &mut out);
                out
            })
            .collect();
        Ok(ComponentDef {
            steps: self.steps,
            type_resources,
            instance_resources,
        })
    }
}

enum Nest {
    Module,
    Component(Frame),
}

/// Parses, validates and translates `bytes`, compiling its core modules.
pub(crate) fn translate(engine: &Engine, bytes: &[u8]) -> Result<ComponentInner, Error> {
    let mut validator = Validator::new_with_features(features());
    let mut conv = Converter::default();
    let mut stack: Vec<Nest> = Vec::new();
    let mut modules: Vec<Arc<dyn CoreModule>> = Vec::new();
    let mut components: Vec<Arc<ComponentDef>> = Vec::new();
    let mut root = None;
    let invalid = |e: wasmparser::BinaryReaderError| Error::Invalid(e.to_string());
    for payload in Parser::new(0).parse_all(bytes) {
        let payload = payload.map_err(invalid)?;
        let valid = validator.payload(&payload).map_err(invalid)?;
        // Module bodies are only validated here; the engine compiles them.
        if let Some(Nest::Module) = stack.last() {
            if let Payload::End(_) = payload {
                stack.pop();
            }
            continue;
        }
        match &payload {
            Payload::Version { encoding, .. } => {
                if *encoding != wasmparser::Encoding::Component {
                    return Err(Error::Invalid("not a component".into()));
                }
                stack.push(Nest::Component(Frame::default()));
            }
            Payload::ModuleSection {
                unchecked_range, ..
            } => {
                let module = engine.backend().compile(&bytes[unchecked_range.clone()])?;
                modules.push(module);
                frame(&mut stack)?
                    .steps
                    .push(Step::CoreModule(modules.len() - 1));
                stack.push(Nest::Module);
            }
            Payload::ComponentSection { .. } => {
                // The nested component's `Version` payload pushes its frame.
            }
            Payload::CoreTypeSection(_) => {}
            Payload::ComponentTypeSection(section) => {
                let count = validator.types(0).map_or(0, |t| t.component_type_count());
                let first = count - section.count();
                let f = frame(&mut stack)?;
                for (i, ty) in section.clone().into_iter().enumerate() {
                    if let wasmparser::ComponentType::Resource { dtor, .. } = ty.map_err(invalid)? {
                        f.pending_resources.push((f.steps.len(), first + i as u32));
                        f.steps.push(Step::DefineResource {
                            id: ResourceId(u32::MAX),
                            dtor,
                        });
                    }
                }
            }
            Payload::InstanceSection(s) => {
                for inst in s.clone() {
                    let step = match inst.map_err(invalid)? {
                        Instance::Instantiate { module_index, args } => Step::CoreInstantiate {
                            module: module_index,
                            args: args.iter().map(|a| (a.name.to_string(), a.index)).collect(),
                        },
                        Instance::FromExports(exports) => Step::CoreInstanceFromExports(
                            exports
                                .iter()
                                .map(|e| (e.name.to_string(), e.kind.into(), e.index))
                                .collect(),
                        ),
                    };
                    frame(&mut stack)?.steps.push(step);
                }
            }
            Payload::ComponentInstanceSection(s) => {
                for inst in s.clone() {
                    let step = match inst.map_err(invalid)? {
                        wasmparser::ComponentInstance::Instantiate {
                            component_index,
                            args,
                        } => Step::Instantiate {
                            component: component_index,
                            args: args
                                .iter()
                                .map(|a| (a.name.to_string(), a.kind.into(), a.index))
                                .collect(),
                        },
                        wasmparser::ComponentInstance::FromExports(exports) => {
                            Step::InstanceFromExports(
                                exports
                                    .iter()
                                    .map(|e| (e.name.name.to_string(), e.kind.into(), e.index))
                                    .collect(),
                            )
                        }
                    };
                    frame(&mut stack)?.steps.push(step);
                }
            }
            Payload::ComponentAliasSection(s) => {
                for alias in s.clone() {
                    let f = frame(&mut stack)?;
                    match alias.map_err(invalid)? {
                        ComponentAlias::CoreInstanceExport {
                            kind,
                            instance_index,
                            name,
                        } => {
                            let sort = CoreSort::from(kind);
                            let step = Step::AliasCoreExport {
                                instance: instance_index,
                                name: name.to_string(),
                                sort,
                            };
                            if sort == CoreSort::Func {
                                f.push_core_func(step);
                            } else {
                                f.steps.push(step);
                            }
                        }
                        ComponentAlias::InstanceExport {
                            kind,
                            instance_index,
                            name,
                        } => {
                            let sort = Sort::from(kind);
                            if sort == Sort::Func {
                                f.funcs += 1;
                            }
                            f.steps.push(Step::AliasExport {
                                instance: instance_index,
                                name: name.to_string(),
                                sort,
                            });
                        }
                        ComponentAlias::Outer { kind, count, index } => {
                            let sort = match kind {
                                ComponentOuterAliasKind::CoreModule => Sort::Module,
                                ComponentOuterAliasKind::Component => Sort::Component,
                                ComponentOuterAliasKind::CoreType
                                | ComponentOuterAliasKind::Type => Sort::Type,
                            };
                            f.steps.push(Step::AliasOuter { count, index, sort });
                        }
                    }
                }
            }
            Payload::ComponentCanonicalSection(s) => {
                for canon in s.clone() {
                    let f = frame(&mut stack)?;
                    match canon.map_err(invalid)? {
                        CanonicalFunction::Lift {
                            core_func_index,
                            options: opts,
                            ..
                        } => {
                            f.pending_funcs.push((f.steps.len(), f.funcs));
                            f.funcs += 1;
                            f.steps.push(Step::Lift {
                                core_func: core_func_index,
                                info: Err("unresolved".into()),
                                options: options(&opts),
                            });
                        }
                        CanonicalFunction::Lower {
                            func_index,
                            options: opts,
                        } => {
                            f.pending_funcs.push((f.steps.len(), func_index));
                            f.pending_core.push((f.steps.len(), f.core_funcs));
                            f.push_core_func(Step::Lower {
                                func: func_index,
                                info: Err("unresolved".into()),
                                options: options(&opts),
                                core_type: CoreFuncType::default(),
                            });
                        }
                        canon @ (CanonicalFunction::ResourceNew { .. }
                        | CanonicalFunction::ResourceRep { .. }
                        | CanonicalFunction::ResourceDrop { .. }) => {
                            let (which, resource) = match canon {
                                CanonicalFunction::ResourceNew { resource } => {
                                    (ResourceBuiltin::New, resource)
                                }
                                CanonicalFunction::ResourceRep { resource } => {
                                    (ResourceBuiltin::Rep, resource)
                                }
                                CanonicalFunction::ResourceDrop { resource } => {
                                    (ResourceBuiltin::Drop, resource)
                                }
                                _ => continue,
                            };
                            f.pending_resources.push((f.steps.len(), resource));
                            f.push_core_func(Step::Resource {
                                which,
                                id: ResourceId(u32::MAX),
                            });
                        }
                        CanonicalFunction::BackpressureInc => {
                            f.push_core_func(Step::Backpressure { inc: true })
                        }
                        CanonicalFunction::BackpressureDec => {
                            f.push_core_func(Step::Backpressure { inc: false })
                        }
                        CanonicalFunction::ContextGet {
                            ty: wasmparser::ValType::I32,
                            slot,
                        } => f.push_core_func(Step::Context { set: false, slot }),
                        CanonicalFunction::ContextSet {
                            ty: wasmparser::ValType::I32,
                            slot,
                        } => f.push_core_func(Step::Context { set: true, slot }),
                        other => {
                            let what = format!("{other:?}");
                            let what = what.split([' ', '{', '(']).next().unwrap_or("").to_string();
                            f.pending_core.push((f.steps.len(), f.core_funcs));
                            f.push_core_func(Step::UnsupportedBuiltin {
                                what,
                                core_type: CoreFuncType::default(),
                            });
                        }
                    }
                }
            }
            Payload::ComponentStartSection { start, .. } => {
                if !start.arguments.is_empty() || start.results != 0 {
                    return Err(Error::Unsupported(
                        "component start functions with value arguments or results".into(),
                    ));
                }
                frame(&mut stack)?.steps.push(Step::Start {
                    func: start.func_index,
                });
            }
            Payload::ComponentImportSection(s) => {
                for import in s.clone() {
                    let import = import.map_err(invalid)?;
                    let f = frame(&mut stack)?;
                    if let ComponentTypeRef::Func(_) = import.ty {
                        f.funcs += 1;
                    }
                    f.pending_imports.push(f.steps.len());
                    f.steps.push(Step::Import {
                        name: import.name.name.to_string(),
                        ty: ImportType::Type,
                        resources: Vec::new(),
                    });
                }
            }
            Payload::ComponentExportSection(s) => {
                for export in s.clone() {
                    let export = export.map_err(invalid)?;
                    let f = frame(&mut stack)?;
                    let sort = Sort::from(export.kind);
                    if sort == Sort::Func {
                        f.funcs += 1;
                    }
                    f.steps.push(Step::Export {
                        name: export.name.name.to_string(),
                        sort,
                        index: export.index,
                    });
                }
            }
            Payload::End(_) => {
                let ValidPayload::End(types) = valid else {
                    return Err(Error::Invalid("unexpected end".into()));
                };
                let Some(Nest::Component(f)) = stack.pop() else {
                    return Err(Error::Invalid("unbalanced end".into()));
                };
                let def = f.finish(&mut conv, &types)?;
                components.push(Arc::new(def));
                let id = components.len() - 1;
                match stack.last_mut() {
                    Some(Nest::Component(parent)) => parent.steps.push(Step::Component(id)),
                    Some(Nest::Module) => return Err(Error::Invalid("component in module".into())),
                    None => root = Some(id),
                }
            }
            Payload::CustomSection(_) => {}
            other => {
                return Err(Error::Invalid(format!(
                    "unexpected section in a component: {other:?}"
                )));
            }
        }
    }
    let root = root.ok_or_else(|| Error::Invalid("truncated component".into()))?;
    Ok(ComponentInner {
        engine: engine.clone(),
        modules,
        components,
        root,
        space: Arc::new(conv.space),
    })
}

fn frame(stack: &mut [Nest]) -> Result<&mut Frame, Error> {
    match stack.last_mut() {
        Some(Nest::Component(f)) => Ok(f),
        _ => Err(Error::Invalid("section outside a component".into())),
    }
}

impl Component {
    /// Loads a component from its binary (or, with `wat` text, nothing else:
    /// use the `wat` crate to convert text first).
    pub fn new(engine: &Engine, bytes: &[u8]) -> Result<Component, Error> {
        Ok(Component {
            inner: Arc::new(translate(engine, bytes)?),
        })
    }

    /// The engine the component was compiled for.
    pub fn engine(&self) -> &Engine {
        &self.inner.engine
    }

    /// The names of the root component's imports.
    pub fn import_names(&self) -> Vec<String> {
        self.inner.components[self.inner.root]
            .imports()
            .map(|(n, _)| n.to_string())
            .collect()
    }

    /// The names of the root component's exports.
    pub fn export_names(&self) -> Vec<String> {
        self.inner.components[self.inner.root]
            .steps
            .iter()
            .filter_map(|s| match s {
                Step::Export { name, .. } => Some(name.clone()),
                _ => None,
            })
            .collect()
    }
}
