//! The reference host: wasmtime's own component runtime, implementing every
//! import dynamically from the component's types.

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::{Context, Result};
use wasmtime::component::types::{ComponentFunc, ComponentItem};
use wasmtime::component::{Component, Linker, Val};
use wasmtime::{Config, Engine, Store};

use super::traps::{INJECTED, classify_wasmtime};
use super::values::ImportResults;
use super::{Call, ImportCall, Outcome};

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

/// Runs `calls` on one instance of `component`, and a fresh one after each
/// trap (a trapped store is locked down); reports each outcome.
pub(crate) fn run(
    engine: &Engine,
    component: &Component,
    calls: &[Call],
    import_results: &Arc<ImportResults>,
) -> Result<Vec<Outcome>> {
    let mut linker: Linker<Vec<ImportCall>> = Linker::new(engine);
    for ((interface, name), _) in import_types(engine, component) {
        let label = format!("{interface}#{name}");
        let import_results = Arc::clone(import_results);
        linker
            .instance(&interface)?
            .func_new(&name, move |mut store, _ty, params, results| {
                store.data_mut().push(ImportCall {
                    name: label.clone(),
                    args: params.to_vec(),
                });
                if import_results.traps(&label, params) {
                    return Err(wasmtime::Error::msg(format!("{INJECTED} in {label}")));
                }
                for (slot, value) in results
                    .iter_mut()
                    .zip(import_results.result(&label, params))
                {
                    *slot = value;
                }
                Ok(())
            })?;
    }
    let pre = linker.instantiate_pre(component)?;
    let mut running = None;
    let mut outcomes = Vec::with_capacity(calls.len());
    for call in calls {
        let (store, instance) = match &mut running {
            Some(running) => running,
            None => {
                let mut store = Store::new(engine, Vec::new());
                let instance = pre.instantiate(&mut store)?;
                running.insert((store, instance))
            }
        };
        let interface = instance
            .get_export_index(&mut *store, None, &call.interface)
            .with_context(|| format!("no export `{}`", call.interface))?;
        let func_index = instance
            .get_export_index(&mut *store, Some(&interface), &call.function)
            .with_context(|| format!("no export `{}#{}`", call.interface, call.function))?;
        let func = instance
            .get_func(&mut *store, func_index)
            .with_context(|| format!("`{}#{}` is not a function", call.interface, call.function))?;
        let call_once = |store: &mut Store<Vec<ImportCall>>| {
            let mut results = vec![Val::Bool(false); func.ty(&*store).results().len()];
            func.call(&mut *store, &call.args, &mut results)
                .map(|()| results)
                .map_err(|error| classify_wasmtime(&error))
        };
        store.data_mut().clear();
        let result = call_once(store);
        let trace = std::mem::take(store.data_mut());
        let after_trap = result.is_err().then(|| call_once(store));
        if result.is_err() {
            running = None;
        }
        outcomes.push(Outcome {
            result,
            trace,
            after_trap,
        });
    }
    Ok(outcomes)
}
