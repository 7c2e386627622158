//! Instantiation: replaying a component's steps in binary order over a
//! backend store, and the resulting instances with exports by name.

use std::fmt;
use std::sync::Arc;

use crate::backend::{
    CoreExtern, CoreFuncType, CoreModule, CoreStore, CoreVal, CoreValType, FuncRef, GlobalRef,
    HostFunc, InstanceRef, MemoryRef, TableRef,
};
use canon_abi::ResourceId;

use crate::component::{
    ComponentDef, ComponentInner, CoreSort, Options, ResourceBuiltin, ResourcePaths, Sort, Step,
    StringEncoding,
};
use crate::error::{Error, Trap, TrapKind};
use crate::func::{Func, FuncImpl, Lifted, RtOptions, call_impl, call_lowered};
use crate::resource::{
    InstanceResources, ResourceType, res_mut, resource_drop_guest, resource_new, resource_rep,
};
use crate::store::{InstanceFlags, host_state};

/// Anything a component index space or an instance export can hold.
#[derive(Clone, Debug)]
pub(crate) enum Item {
    Func(Func),
    Instance(Arc<InstanceData>),
    Module(Arc<dyn CoreModule>),
    Component(Arc<RtComponent>),
    /// A type; resource types carry their runtime identity.
    Type(Option<ResourceType>),
    Value,
}

impl Item {
    fn sort(&self) -> Sort {
        match self {
            Item::Func(_) => Sort::Func,
            Item::Instance(_) => Sort::Instance,
            Item::Module(_) => Sort::Module,
            Item::Component(_) => Sort::Component,
            Item::Type(_) => Sort::Type,
            Item::Value => Sort::Value,
        }
    }
}

/// The exports of a component instance.
#[derive(Debug, Default)]
pub(crate) struct InstanceData {
    pub(crate) exports: Vec<(String, Item)>,
}

impl InstanceData {
    pub(crate) fn get(&self, name: &str) -> Option<&Item> {
        self.exports.iter().find(|(n, _)| n == name).map(|(_, i)| i)
    }
}

/// A component value at run time: its definition and the enclosing scopes
/// its outer aliases refer to.
#[derive(Debug)]
pub(crate) struct RtComponent {
    pub(crate) def: Arc<ComponentDef>,
    pub(crate) outer: Option<Arc<Scope>>,
}

/// The modules and components of an enclosing component, as outer aliases
/// see them.
#[derive(Debug)]
pub(crate) struct Scope {
    modules: Vec<Arc<dyn CoreModule>>,
    components: Vec<Arc<RtComponent>>,
    parent: Option<Arc<Scope>>,
    /// The enclosing component instance, whose resource types outer
    /// aliases see.
    instance: usize,
}

#[derive(Debug)]
enum CoreInst {
    Real(InstanceRef),
    Exports(Vec<(String, CoreExtern)>),
}

#[derive(Default)]
struct Env {
    core_funcs: Vec<FuncRef>,
    memories: Vec<MemoryRef>,
    tables: Vec<TableRef>,
    globals: Vec<GlobalRef>,
    tags: u32,
    modules: Vec<Arc<dyn CoreModule>>,
    core_instances: Vec<CoreInst>,
    funcs: Vec<Func>,
    instances: Vec<Arc<InstanceData>>,
    components: Vec<Arc<RtComponent>>,
}

fn link(msg: impl Into<String>) -> Error {
    Error::Link(msg.into())
}

fn get<T: Clone>(v: &[T], i: u32, what: &str) -> Result<T, Error> {
    v.get(i as usize)
        .cloned()
        .ok_or_else(|| link(format!("{what} index {i} out of range")))
}

impl Env {
    fn push_item(&mut self, item: Item) {
        match item {
            Item::Func(f) => self.funcs.push(f),
            Item::Instance(i) => self.instances.push(i),
            Item::Module(m) => self.modules.push(m),
            Item::Component(c) => self.components.push(c),
            Item::Type(_) | Item::Value => {}
        }
    }

    fn item(
        &self,
        store: &dyn CoreStore,
        def: &ComponentDef,
        instance: usize,
        sort: Sort,
        index: u32,
    ) -> Result<Item, Error> {
        Ok(match sort {
            Sort::Func => Item::Func(get(&self.funcs, index, "function")?),
            Sort::Instance => Item::Instance(get(&self.instances, index, "instance")?),
            Sort::Module => Item::Module(get(&self.modules, index, "module")?),
            Sort::Component => Item::Component(get(&self.components, index, "component")?),
            Sort::Type => Item::Type(
                def.type_resources
                    .get(index as usize)
                    .copied()
                    .flatten()
                    .and_then(|id| bound(store, instance, id)),
            ),
            Sort::Value => Item::Value,
        })
    }

    fn core_item(&self, sort: CoreSort, index: u32) -> Result<CoreExtern, Error> {
        Ok(match sort {
            CoreSort::Func => CoreExtern::Func(get(&self.core_funcs, index, "core function")?),
            CoreSort::Memory => CoreExtern::Memory(get(&self.memories, index, "memory")?),
            CoreSort::Table => CoreExtern::Table(get(&self.tables, index, "table")?),
            CoreSort::Global => CoreExtern::Global(get(&self.globals, index, "global")?),
            CoreSort::Tag => return Err(Error::Unsupported("exception tags".into())),
        })
    }

    fn push_core(&mut self, sort: CoreSort, e: CoreExtern) -> Result<(), Error> {
        match (sort, e) {
            (CoreSort::Func, CoreExtern::Func(f)) => self.core_funcs.push(f),
            (CoreSort::Memory, CoreExtern::Memory(m)) => self.memories.push(m),
            (CoreSort::Table, CoreExtern::Table(t)) => self.tables.push(t),
            (CoreSort::Global, CoreExtern::Global(g)) => self.globals.push(g),
            _ => return Err(link("core export of the wrong kind")),
        }
        Ok(())
    }

    fn options(&self, o: &Options) -> Result<RtOptions, Error> {
        Ok(RtOptions {
            memory: o
                .memory
                .map(|m| get(&self.memories, m, "memory"))
                .transpose()?,
            realloc: o
                .realloc
                .map(|f| get(&self.core_funcs, f, "realloc"))
                .transpose()?,
            post_return: o
                .post_return
                .map(|f| get(&self.core_funcs, f, "post-return"))
                .transpose()?,
            encoding: o.encoding,
        })
    }
}

fn core_export(store: &mut dyn CoreStore, inst: &CoreInst, name: &str) -> Option<CoreExtern> {
    match inst {
        CoreInst::Real(r) => store.instance_export(*r, name),
        CoreInst::Exports(list) => list.iter().find(|(n, _)| n == name).map(|(_, e)| *e),
    }
}

fn trap_func(
    store: &mut dyn CoreStore,
    ty: &CoreFuncType,
    kind: TrapKind,
) -> Result<FuncRef, Error> {
    let f: HostFunc = Arc::new(move |_, _, _| Err(Trap::new(kind.clone())));
    store.new_func(ty, f)
}

/// The runtime type bound to resource `id` in `instance`.
fn bound(store: &dyn CoreStore, instance: usize, id: ResourceId) -> Option<ResourceType> {
    res_mut(store)
        .ok()?
        .instances
        .get(instance)?
        .types
        .get(&id)
        .cloned()
}

/// Binds resource `id` in `instance` to `ty`, unless it is already bound.
fn bind(store: &dyn CoreStore, instance: usize, id: ResourceId, ty: ResourceType, replace: bool) {
    if let Ok(mut r) = res_mut(store)
        && let Some(inst) = r.instances.get_mut(instance)
    {
        if replace {
            inst.types.insert(id, ty);
        } else {
            inst.types.entry(id).or_insert(ty);
        }
    }
}

/// Binds the resource types found at `paths` inside `item`.
fn bind_paths(store: &dyn CoreStore, instance: usize, item: &Item, paths: &ResourcePaths) {
    for (path, id) in paths {
        let mut cur = Some(item.clone());
        for name in path {
            cur = match cur {
                Some(Item::Instance(i)) => i.get(name).cloned(),
                _ => None,
            };
        }
        if let Some(Item::Type(Some(ty))) = cur {
            bind(store, instance, *id, ty, false);
        }
    }
}

/// A host function implementing a resource built-in of `ty` for `instance`.
fn resource_builtin(which: ResourceBuiltin, instance: usize, ty: ResourceType) -> HostFunc {
    Arc::new(move |cx, args, rets| {
        let may_leave = host_state(cx)
            .and_then(|s| s.flags.get(instance))
            .is_some_and(|f| f.may_leave);
        if !may_leave && which != ResourceBuiltin::Rep {
            return Err(Trap::new(TrapKind::CannotLeave));
        }
        let arg = match args.first() {
            Some(CoreVal::I32(v)) => *v as u32,
            _ => {
                return Err(Trap::new(TrapKind::Other(
                    "resource built-in signature".into(),
                )));
            }
        };
        let out = match which {
            ResourceBuiltin::New => resource_new(cx, instance, &ty, arg)?,
            ResourceBuiltin::Rep => resource_rep(cx, instance, &ty, arg)?,
            ResourceBuiltin::Drop => {
                resource_drop_guest(cx, instance, &ty, arg)?;
                return Ok(());
            }
        };
        match rets.first_mut() {
            Some(r) => *r = CoreVal::I32(out as i32),
            None => {
                return Err(Trap::new(TrapKind::Other(
                    "resource built-in signature".into(),
                )));
            }
        }
        Ok(())
    })
}

/// Instantiates `def` (a component of `comp`) with `imports` resolving its
/// import names.
pub(crate) fn instantiate(
    store: &mut dyn CoreStore,
    comp: &ComponentInner,
    def: &ComponentDef,
    outer: Option<Arc<Scope>>,
    imports: &dyn Fn(&str) -> Option<Item>,
) -> Result<Arc<InstanceData>, Error> {
    let instance = {
        let state = host_state(store.as_context_mut())
            .ok_or_else(|| link("store was not created by canon-host"))?;
        state.flags.push(InstanceFlags {
            may_leave: true,
            may_enter: true,
            trapped: false,
            guest_ran: false,
            context: [0; 2],
            backpressure: 0,
        });
        let index = state.flags.len() - 1;
        let mut res = state
            .res
            .try_borrow_mut()
            .map_err(|_| link("resource state in use"))?;
        // Outer aliases see the enclosing instance's resource types.
        let types = outer
            .as_ref()
            .and_then(|o| res.instances.get(o.instance))
            .map(|i| i.types.clone())
            .unwrap_or_default();
        res.instances.push(InstanceResources::new(types));
        if res.instances.len() != index + 1 {
            return Err(link("resource state out of step with instance flags"));
        }
        index
    };
    let mut bound_instances = 0;
    let mut env = Env::default();
    let mut exports = Vec::new();
    for step in &def.steps {
        // Instances added by the previous step bind the resource types they
        // export.
        while bound_instances < env.instances.len() {
            if let Some(paths) = def.instance_resources.get(bound_instances) {
                let item = Item::Instance(env.instances[bound_instances].clone());
                bind_paths(&*store, instance, &item, paths);
            }
            bound_instances += 1;
        }
        match step {
            Step::Import {
                name, resources, ..
            } => {
                let item = imports(name).ok_or_else(|| link(format!("missing import `{name}`")))?;
                bind_paths(&*store, instance, &item, resources);
                env.push_item(item);
            }
            Step::DefineResource { id, dtor } => {
                let dtor = dtor
                    .map(|d| get(&env.core_funcs, d, "destructor"))
                    .transpose()?;
                bind(
                    &*store,
                    instance,
                    *id,
                    ResourceType::guest(instance, dtor),
                    true,
                );
            }
            Step::Resource { which, id } => {
                let ty = bound(&*store, instance, *id)
                    .ok_or_else(|| link(format!("resource type {} is not bound", id.0)))?;
                let core_type = match which {
                    ResourceBuiltin::New | ResourceBuiltin::Rep => {
                        CoreFuncType::new([CoreValType::I32], [CoreValType::I32])
                    }
                    ResourceBuiltin::Drop => CoreFuncType::new([CoreValType::I32], []),
                };
                let f = store.new_func(&core_type, resource_builtin(*which, instance, ty))?;
                env.core_funcs.push(f);
            }
            Step::Backpressure { inc } => {
                let inc = *inc;
                let body: HostFunc = Arc::new(move |cx, _, _| {
                    let flags = host_state(cx)
                        .and_then(|s| s.flags.get_mut(instance))
                        .ok_or_else(|| Trap::new(TrapKind::Other("unknown instance".into())))?;
                    let next = if inc {
                        flags.backpressure.checked_add(1)
                    } else {
                        flags.backpressure.checked_sub(1)
                    };
                    flags.backpressure = next.ok_or_else(|| {
                        Trap::new(TrapKind::Other("backpressure counter out of range".into()))
                    })?;
                    Ok(())
                });
                env.core_funcs
                    .push(store.new_func(&CoreFuncType::default(), body)?);
            }
            Step::Start { func } => {
                let f = get(&env.funcs, *func, "start function")?;
                call_impl(
                    store.as_context_mut(),
                    &f.inner,
                    StringEncoding::Utf8,
                    &[],
                    &mut [],
                )?;
            }
            Step::CoreModule(i) => env.modules.push(comp.modules[*i].clone()),
            Step::Component(i) => {
                let scope = Scope {
                    modules: env.modules.clone(),
                    components: env.components.clone(),
                    parent: outer.clone(),
                    instance,
                };
                env.components.push(Arc::new(RtComponent {
                    def: comp.components[*i].clone(),
                    outer: Some(Arc::new(scope)),
                }));
            }
            Step::CoreInstantiate { module, args } => {
                let m = get(&env.modules, *module, "module")?;
                let mut externs = Vec::with_capacity(m.imports().len());
                for imp in m.imports() {
                    let (_, idx) = args
                        .iter()
                        .find(|(n, _)| *n == imp.module)
                        .ok_or_else(|| link(format!("missing core instance `{}`", imp.module)))?;
                    let inst = env
                        .core_instances
                        .get(*idx as usize)
                        .ok_or_else(|| link("core instance index out of range"))?;
                    let e = core_export(store, inst, &imp.name).ok_or_else(|| {
                        link(format!(
                            "missing core export `{}` `{}`",
                            imp.module, imp.name
                        ))
                    })?;
                    externs.push(e);
                }
                let r = store.instantiate(&*m, &externs)?;
                env.core_instances.push(CoreInst::Real(r));
            }
            Step::CoreInstanceFromExports(list) => {
                let mut items = Vec::with_capacity(list.len());
                for (name, sort, idx) in list {
                    items.push((name.clone(), env.core_item(*sort, *idx)?));
                }
                env.core_instances.push(CoreInst::Exports(items));
            }
            Step::Instantiate { component, args } => {
                let c = get(&env.components, *component, "component")?;
                let mut items = Vec::with_capacity(args.len());
                for (name, sort, idx) in args {
                    items.push((name.clone(), env.item(&*store, def, instance, *sort, *idx)?));
                }
                let lookup = |name: &str| {
                    items
                        .iter()
                        .find(|(n, _)| n == name)
                        .map(|(_, i)| i.clone())
                };
                let inst = instantiate(store, comp, &c.def, c.outer.clone(), &lookup)?;
                env.instances.push(inst);
            }
            Step::InstanceFromExports(list) => {
                let mut items = Vec::with_capacity(list.len());
                for (name, sort, idx) in list {
                    items.push((name.clone(), env.item(&*store, def, instance, *sort, *idx)?));
                }
                env.instances
                    .push(Arc::new(InstanceData { exports: items }));
            }
            Step::AliasCoreExport {
                instance,
                name,
                sort,
            } => {
                if *sort == CoreSort::Tag {
                    env.tags += 1;
                    continue;
                }
                let inst = env
                    .core_instances
                    .get(*instance as usize)
                    .ok_or_else(|| link("core instance index out of range"))?;
                let e = core_export(store, inst, name)
                    .ok_or_else(|| link(format!("missing core export `{name}`")))?;
                env.push_core(*sort, e)?;
            }
            Step::AliasExport {
                instance,
                name,
                sort,
            } => {
                let inst = get(&env.instances, *instance, "instance")?;
                let item = match inst.get(name) {
                    Some(item) => item.clone(),
                    None if matches!(sort, Sort::Type | Sort::Value) => Item::Type(None),
                    None => return Err(link(format!("missing instance export `{name}`"))),
                };
                if item.sort() != *sort && !matches!(sort, Sort::Type | Sort::Value) {
                    return Err(link(format!("instance export `{name}` has the wrong kind")));
                }
                env.push_item(item);
            }
            Step::AliasOuter { count, index, sort } => {
                if matches!(sort, Sort::Type) {
                    continue;
                }
                let item = if *count == 0 {
                    env.item(&*store, def, instance, *sort, *index)?
                } else {
                    let mut scope = outer.clone();
                    for _ in 1..*count {
                        scope = scope.and_then(|s| s.parent.clone());
                    }
                    let scope = scope.ok_or_else(|| link("outer alias out of range"))?;
                    match sort {
                        Sort::Module => Item::Module(get(&scope.modules, *index, "module")?),
                        Sort::Component => {
                            Item::Component(get(&scope.components, *index, "component")?)
                        }
                        _ => return Err(link("unsupported outer alias")),
                    }
                };
                env.push_item(item);
            }
            Step::Lift {
                core_func,
                info,
                options,
            } => {
                let f = match info {
                    Ok(info) => FuncImpl::Lifted(Lifted {
                        core: get(&env.core_funcs, *core_func, "core function")?,
                        options: env.options(options)?,
                        info: info.clone(),
                        space: comp.space.clone(),
                        instance,
                    }),
                    Err(what) => FuncImpl::Unsupported(what.clone()),
                };
                env.funcs.push(Func { inner: Arc::new(f) });
            }
            Step::Lower {
                func,
                info,
                options,
                core_type,
            } => {
                let callee = get(&env.funcs, *func, "function")?.inner;
                let f = match info {
                    Ok(info) => {
                        let info = info.clone();
                        let space = comp.space.clone();
                        let opts = env.options(options)?;
                        let body: HostFunc = Arc::new(move |cx, args, rets| {
                            call_lowered(cx, &callee, &info, &space, &opts, instance, args, rets)
                        });
                        store.new_func(core_type, body)?
                    }
                    Err(what) => trap_func(store, core_type, TrapKind::Unsupported(what.clone()))?,
                };
                env.core_funcs.push(f);
            }
            Step::Context { set, slot } => {
                let (set, slot) = (*set, *slot as usize);
                let ty = if set {
                    CoreFuncType::new([CoreValType::I32], [])
                } else {
                    CoreFuncType::new([], [CoreValType::I32])
                };
                let body: HostFunc = Arc::new(move |cx, args, rets| {
                    let flags = host_state(cx)
                        .and_then(|s| s.flags.get_mut(instance))
                        .ok_or_else(|| Trap::new(TrapKind::Other("unknown instance".into())))?;
                    let cell = flags
                        .context
                        .get_mut(slot)
                        .ok_or_else(|| Trap::new(TrapKind::Other("context slot".into())))?;
                    match (set, args.first(), rets.first_mut()) {
                        (true, Some(CoreVal::I32(v)), _) => *cell = *v,
                        (false, _, Some(r)) => *r = CoreVal::I32(*cell),
                        _ => return Err(Trap::new(TrapKind::Other("context signature".into()))),
                    }
                    Ok(())
                });
                env.core_funcs.push(store.new_func(&ty, body)?);
            }
            Step::UnsupportedBuiltin { what, core_type } => {
                // Like every built-in, it may not be called while the
                // instance may not leave (in realloc or post-return).
                let what = what.clone();
                let body: HostFunc = Arc::new(move |cx, _, _| {
                    let may_leave = host_state(cx)
                        .and_then(|s| s.flags.get(instance))
                        .is_some_and(|f| f.may_leave);
                    Err(Trap::new(if may_leave {
                        TrapKind::Unsupported(what.clone())
                    } else {
                        TrapKind::CannotLeave
                    }))
                });
                env.core_funcs.push(store.new_func(core_type, body)?);
            }
            Step::Export { name, sort, index } => {
                let item = env.item(&*store, def, instance, *sort, *index)?;
                exports.push((name.clone(), item.clone()));
                env.push_item(item);
            }
        }
    }
    Ok(Arc::new(InstanceData { exports }))
}

/// An instance of a component.
#[derive(Clone)]
pub struct Instance {
    pub(crate) data: Arc<InstanceData>,
}

impl fmt::Debug for Instance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Instance")
            .field(
                "exports",
                &self.data.exports.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Instance {
    /// The exported function `name`.
    pub fn get_func(&self, name: &str) -> Option<Func> {
        match self.data.get(name)? {
            Item::Func(f) => Some(f.clone()),
            _ => None,
        }
    }

    /// The exported instance `name` (e.g. an interface `a:b/c`). A
    /// versioned name with no exact match finds the newest export of a
    /// semver-compatible version (`a:b/c@0.2.12` finds `a:b/c@0.2.6`), as
    /// imports link.
    pub fn get_instance(&self, name: &str) -> Option<Instance> {
        let item = match self.data.get(name) {
            Some(item) => item,
            None => crate::linker::lookup_compatible(
                self.data.exports.iter().map(|(n, i)| (n.as_str(), i)),
                name,
            )?,
        };
        match item {
            Item::Instance(i) => Some(Instance { data: i.clone() }),
            _ => None,
        }
    }

    /// The exported resource type `name` (of an interface instance, see
    /// [`Instance::get_instance`]): the type of the handles its functions
    /// return. `None` for other exports and for type exports that are not
    /// resources.
    pub fn get_resource(&self, name: &str) -> Option<ResourceType> {
        match self.data.get(name)? {
            Item::Type(ty) => ty.clone(),
            _ => None,
        }
    }

    /// The function `func` of the exported interface `interface`.
    pub fn get_interface_func(&self, interface: &str, func: &str) -> Option<Func> {
        self.get_instance(interface)?.get_func(func)
    }

    /// The names of all exports.
    pub fn export_names(&self) -> impl Iterator<Item = &str> {
        self.data.exports.iter().map(|(n, _)| n.as_str())
    }
}
