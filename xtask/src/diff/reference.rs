//! The reference host: wasmtime's own component runtime, implementing every
//! import dynamically from the component's types.

use std::collections::HashMap;

use anyhow::{Context, Result};
use arbitrary::Unstructured;
use wasmtime::component::types::{ComponentFunc, ComponentItem};
use wasmtime::component::{Component, Linker, Type, Val};
use wasmtime::{Config, Engine, Store};

use super::values::{arbitrary_val, bytes_for};
use super::{Call, ImportCall, Outcome};

/// Bytes of randomness behind one import's generated result.
const RESULT_BYTES: usize = 4096;

/// The value an import returns for `args`: a function of the seed, the
/// import's name and the arguments only, so every host computes the same.
pub(crate) fn import_result(seed: u64, name: &str, args: &[Val], ty: Option<&Type>) -> Vec<Val> {
    let Some(ty) = ty else { return Vec::new() };
    let label = format!("{name}{args:?}");
    let bytes = bytes_for(seed, &label, RESULT_BYTES);
    let mut u = Unstructured::new(&bytes);
    // Generation never fails on the types the echo world admits.
    arbitrary_val(&mut u, ty, 0).map_or_else(|_| Vec::new(), |val| vec![val])
}

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

/// Runs `calls` on one fresh instance of `component` and reports each outcome.
pub(crate) fn run(
    engine: &Engine,
    component: &Component,
    calls: &[Call],
    seed: u64,
) -> Result<Vec<Outcome>> {
    let mut linker: Linker<Vec<ImportCall>> = Linker::new(engine);
    for ((interface, name), _) in import_types(engine, component) {
        let label = format!("{interface}#{name}");
        linker
            .instance(&interface)?
            .func_new(&name, move |mut store, ty, params, results| {
                store.data_mut().push(ImportCall {
                    name: label.clone(),
                    args: params.to_vec(),
                });
                let result_type = ty.results().next();
                for (slot, value) in results.iter_mut().zip(import_result(
                    seed,
                    &label,
                    params,
                    result_type.as_ref(),
                )) {
                    *slot = value;
                }
                Ok(())
            })?;
    }
    let mut store = Store::new(engine, Vec::new());
    let instance = linker.instantiate(&mut store, component)?;
    let mut outcomes = Vec::with_capacity(calls.len());
    for call in calls {
        let interface = instance
            .get_export_index(&mut store, None, &call.interface)
            .with_context(|| format!("no export `{}`", call.interface))?;
        let func_index = instance
            .get_export_index(&mut store, Some(&interface), &call.function)
            .with_context(|| format!("no export `{}#{}`", call.interface, call.function))?;
        let func = instance
            .get_func(&mut store, func_index)
            .with_context(|| format!("`{}#{}` is not a function", call.interface, call.function))?;
        let mut results = vec![Val::Bool(false); func.ty(&store).results().len()];
        store.data_mut().clear();
        let result = func
            .call(&mut store, &call.args, &mut results)
            .map(|()| results)
            .map_err(|error| format!("{error:#}"));
        outcomes.push(Outcome {
            result,
            trace: std::mem::take(store.data_mut()),
        });
    }
    Ok(outcomes)
}
