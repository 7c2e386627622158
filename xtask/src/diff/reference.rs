//! The reference host: wasmtime's own component runtime, implementing every
//! import dynamically from the component's types. Imported resources are
//! dynamic host resources numbered in import order.

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::{Context, Result, anyhow};
use wasmtime::component::types::{ComponentFunc, ComponentItem};
use wasmtime::component::{
    Component, Instance, InstancePre, Linker, ResourceAny, ResourceDynamic, ResourceType, Val,
};
use wasmtime::{Config, Engine, Store};

use super::handles::{self, Host, HostResources, HostState};
use super::traps::{Failure, INJECTED, classify_wasmtime};
use super::values::ImportResults;
use super::{Call, ImportCall};

/// The wasmtime engine, shared by every run.
pub(crate) fn engine() -> Result<Engine> {
    let mut config = Config::new();
    config.wasm_component_model(true);
    Engine::new(&config).map_err(anyhow::Error::from)
}

/// Every function the component imports, by `(interface, function)`, with its type.
pub(crate) fn import_types(
    engine: &Engine,
    component: &Component,
) -> HashMap<(String, String), ComponentFunc> {
    let mut types = HashMap::new();
    for (interface, item) in component.component_type().imports(engine) {
        if let ComponentItem::ComponentInstance(instance) = item.ty {
            for (name, item) in instance.exports(engine) {
                if let ComponentItem::ComponentFunc(func) = item.ty {
                    types.insert((interface.to_string(), name.to_string()), func);
                }
            }
        }
    }
    types
}

/// The resources of the component's imported (`exports == false`) or
/// exported instances, as `(interface, name, number)` in the component's
/// order. Names of one resource type (a type alias, a `use` in another
/// interface) share the number of its first name, which is its definition.
pub(crate) fn resources(
    engine: &Engine,
    component: &Component,
    exports: bool,
) -> Vec<(String, String, u32)> {
    let ty = component.component_type();
    let items: Vec<(String, ComponentItem)> = if exports {
        ty.exports(engine)
            .map(|(n, i)| (n.to_string(), i.ty))
            .collect()
    } else {
        ty.imports(engine)
            .map(|(n, i)| (n.to_string(), i.ty))
            .collect()
    };
    let mut types: Vec<ResourceType> = Vec::new();
    let mut found = Vec::new();
    for (interface, item) in items {
        if let ComponentItem::ComponentInstance(instance) = item {
            for (name, item) in instance.exports(engine) {
                if let ComponentItem::Resource(ty) = item.ty {
                    let number = match types.iter().position(|t| *t == ty) {
                        Some(number) => number,
                        None => {
                            types.push(ty);
                            types.len() - 1
                        }
                    };
                    found.push((interface.clone(), name.to_string(), number as u32));
                }
            }
        }
    }
    found
}

/// wasmtime as a [`Host`]: one store and instance at a time.
pub(crate) struct Reference<'a> {
    engine: &'a Engine,
    pre: InstancePre<HostState>,
    exported: Vec<(String, String, u32)>,
    running: Option<Running>,
}

struct Running {
    store: Store<HostState>,
    instance: Instance,
    /// The instance's exported resource types, with their labels.
    guest_types: Vec<(ResourceType, String)>,
}

impl<'a> Reference<'a> {
    pub(crate) fn new(
        engine: &'a Engine,
        component: &Component,
        import_results: &Arc<ImportResults>,
    ) -> Result<Self> {
        let mut linker: Linker<HostState> = Linker::new(engine);
        let imported = resources(engine, component, false);
        let host_resources = Arc::new(HostResources::new(&imported));
        for (interface, name, payload) in imported {
            let label = format!("{}#[dtor]", host_resources.label(payload)?);
            linker.instance(&interface)?.resource(
                &name,
                ResourceType::host_dynamic(payload),
                move |mut store, rep| {
                    store.data_mut().trace.push(ImportCall {
                        name: label.clone(),
                        args: vec![Val::U32(rep)],
                    });
                    Ok(())
                },
            )?;
        }
        for ((interface, name), _) in import_types(engine, component) {
            let label = format!("{interface}#{name}");
            let import_results = Arc::clone(import_results);
            let host_resources = Arc::clone(&host_resources);
            linker.instance(&interface)?.func_new(
                &name,
                move |mut store, _ty, params, results| {
                    let args = params
                        .iter()
                        .map(|v| {
                            handles::map_val(v, &mut |v| {
                                let Val::Resource(any) = v else { return None };
                                Some(host_token(&mut store, *any, &host_resources))
                            })
                        })
                        .collect::<Result<Vec<_>>>()
                        .map_err(|e| wasmtime::Error::msg(format!("{e:#}")))?;
                    let traps = import_results.traps(&label, &args);
                    let generated = import_results.result(&label, &args);
                    store.data_mut().trace.push(ImportCall {
                        name: label.clone(),
                        args,
                    });
                    if traps {
                        return Err(wasmtime::Error::msg(format!("{INJECTED} in {label}")));
                    }
                    for (slot, value) in results.iter_mut().zip(generated) {
                        *slot = handles::map_val(&value, &mut |v| {
                            let (resource, _) = handles::as_placeholder(v)?;
                            Some(new_host_resource(&mut store, resource, &host_resources))
                        })
                        .map_err(|e| wasmtime::Error::msg(format!("{e:#}")))?;
                    }
                    Ok(())
                },
            )?;
        }
        Ok(Reference {
            engine,
            pre: linker.instantiate_pre(component)?,
            exported: resources(engine, component, true),
            running: None,
        })
    }
}

/// The token of a host resource handle passed to an import.
fn host_token(
    store: &mut wasmtime::StoreContextMut<'_, HostState>,
    any: ResourceAny,
    host_resources: &HostResources,
) -> Result<Val> {
    let handle = ResourceDynamic::try_from_resource_any(any, &mut *store)
        .map_err(|e| anyhow!("not a host resource: {e:#}"))?;
    let label = host_resources.label(handle.ty())?;
    Ok(handles::host_token(label, handle.rep(), handle.owned()))
}

/// A new host resource of `resource` (a label), numbered by the store.
fn new_host_resource(
    store: &mut wasmtime::StoreContextMut<'_, HostState>,
    resource: &str,
    host_resources: &HostResources,
) -> Result<Val> {
    let payload = host_resources.payload(resource)?;
    let rep = store.data_mut().new_rep();
    let any = ResourceDynamic::new_own(rep, payload)
        .try_into_resource_any(&mut *store)
        .map_err(|e| anyhow!("{e:#}"))?;
    Ok(Val::Resource(any))
}

impl Host for Reference<'_> {
    type Handle = ResourceAny;

    fn start(&mut self) -> Result<()> {
        let mut store = Store::new(self.engine, HostState::default());
        let instance = self.pre.instantiate(&mut store)?;
        let mut guest_types = Vec::new();
        for (interface, name, _) in &self.exported {
            let index = instance
                .get_export_index(&mut store, None, interface)
                .and_then(|i| instance.get_export_index(&mut store, Some(&i), name))
                .with_context(|| format!("no exported resource {interface}/{name}"))?;
            let ty = instance
                .get_resource(&mut store, index)
                .with_context(|| format!("{interface}/{name} is not a resource"))?;
            guest_types.push((ty, format!("{interface}/{name}")));
        }
        self.running = Some(Running {
            store,
            instance,
            guest_types,
        });
        Ok(())
    }

    fn call(
        &mut self,
        call: &Call,
        handles: &[ResourceAny],
        receive: &mut dyn FnMut(&str, ResourceAny) -> Val,
    ) -> Result<Vec<Val>, Failure> {
        let running = self
            .running
            .as_mut()
            .ok_or_else(|| Failure::harness(anyhow!("no instance")))?;
        let store = &mut running.store;
        let instance = &running.instance;
        let func = instance
            .get_export_index(&mut *store, None, &call.interface)
            .and_then(|i| instance.get_export_index(&mut *store, Some(&i), &call.function))
            .and_then(|i| instance.get_func(&mut *store, i))
            .ok_or_else(|| {
                Failure::harness(anyhow!("no export `{}#{}`", call.interface, call.function))
            })?;
        let mut next = handles.iter();
        let args = call
            .args
            .iter()
            .map(|v| {
                handles::map_val(v, &mut |v| {
                    handles::as_placeholder(v)?;
                    Some(
                        next.next()
                            .map(|h| Val::Resource(*h))
                            .context("fewer handles than placeholders"),
                    )
                })
            })
            .collect::<Result<Vec<_>>>()
            .map_err(Failure::harness)?;
        let mut results = vec![Val::Bool(false); func.ty(&*store).results().len()];
        func.call(&mut *store, &args, &mut results)
            .map_err(|error| classify_wasmtime(&error))?;
        let guest_types = &running.guest_types;
        results
            .iter()
            .map(|v| {
                handles::map_val(v, &mut |v| {
                    let Val::Resource(any) = v else { return None };
                    Some(
                        guest_types
                            .iter()
                            .find(|(ty, _)| *ty == any.ty())
                            .map(|(_, label)| receive(label, *any))
                            .context("a handle of no exported resource"),
                    )
                })
            })
            .collect::<Result<Vec<_>>>()
            .map_err(Failure::harness)
    }

    fn take_trace(&mut self) -> Vec<ImportCall> {
        self.running
            .as_mut()
            .map(|r| std::mem::take(&mut r.store.data_mut().trace))
            .unwrap_or_default()
    }

    fn drop_handle(&mut self, handle: ResourceAny) -> Result<(), Failure> {
        let running = self
            .running
            .as_mut()
            .ok_or_else(|| Failure::harness(anyhow!("no instance")))?;
        handle
            .resource_drop(&mut running.store)
            .map_err(|error| classify_wasmtime(&error))
    }
}
