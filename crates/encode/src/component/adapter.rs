//! Adapters: core modules (such as the preview1 adapter) whose exports the
//! main module imports under the adapter's name.
//!
//! An adapter brings its own world, merged into the component's by
//! [`ComponentBuilder`](super::ComponentBuilder). Here it is trimmed to what
//! is used ([`gc`](super::gc)): the functions the main module imports from
//! it, the world's exports it provides (which the main module lacks) and its
//! reallocs. The trimmed adapter is then checked against the world like the
//! main module, except that it may import the main module's memory and, from
//! `__main_module__`, the main module's exports.

use canon_abi::WitTypes;
use canon_wit::names;
use wit_parser::WorldItem;

use super::check::{self, CoreImport, CoreInfo, ModuleInfo, Role};
use super::gc;
use crate::error::{Result, bail};
use crate::metadata::Metadata;

/// An adapter as given: its name (the core module name the main module
/// imports it by), its module without metadata, and its functions.
#[derive(Debug)]
pub(crate) struct Adapter {
    pub(crate) name: String,
    pub(crate) wasm: Vec<u8>,
    pub(crate) info: ModuleInfo,
}

/// An adapter ready to be instantiated after the main module.
#[derive(Debug)]
pub(crate) struct TrimmedAdapter<'a> {
    pub(crate) name: String,
    pub(crate) wasm: Vec<u8>,
    pub(crate) info: CoreInfo<'a>,
}

/// The realloc the main module gives its adapters: `cabi_realloc_adapter`,
/// or its `cabi_realloc`.
const REALLOC_FOR_ADAPTER: &str = "cabi_realloc_adapter";

/// Trims and checks every adapter. `main` is the checked main module.
pub(crate) fn prepare<'a>(
    adapters: &[Adapter],
    main: &CoreInfo<'_>,
    metadata: &'a Metadata,
    abi: &WitTypes,
) -> Result<Vec<TrimmedAdapter<'a>>> {
    let resolve = &metadata.resolve;
    let world = &resolve.worlds[metadata.world];
    // The core names of the world's exported functions, with their
    // post-returns.
    let mut world_exports = Vec::new();
    for (key, item) in world.exports.iter() {
        let funcs: Vec<_> = match item {
            WorldItem::Function(func) => vec![(None, func)],
            WorldItem::Interface { id, .. } => resolve.interfaces[*id]
                .functions
                .values()
                .map(|f| (Some(key), f))
                .collect(),
            WorldItem::Type { .. } => Vec::new(),
        };
        for (key, func) in funcs {
            let core = names::export_function(resolve, key, func);
            world_exports.push((names::post_return(&core), core));
        }
    }
    let main_realloc = [REALLOC_FOR_ADAPTER, names::REALLOC]
        .into_iter()
        .find(|name| main.exports.contains(*name));

    let mut trimmed = Vec::new();
    for adapter in adapters {
        let name = adapter.name.as_str();
        let mut keep: Vec<String> = Vec::new();
        for import in &main.imports {
            if let CoreImport::Adapter { module, field, .. } = import
                && module == name
                && !keep.contains(field)
            {
                keep.push(field.clone());
            }
        }
        let used_by_main = !keep.is_empty();
        let mut provides_export = false;
        for (post_return, core) in &world_exports {
            if main.exports.contains(core) || !adapter.info.exports.contains_key(core) {
                continue;
            }
            provides_export = true;
            keep.push(core.clone());
            if adapter.info.exports.contains_key(post_return) {
                keep.push(post_return.clone());
            }
        }
        if !used_by_main && !provides_export {
            let mut modules: Vec<String> = main
                .imports
                .iter()
                .map(|import| format!("`{}`", import.names().0))
                .collect();
            modules.sort();
            modules.dedup();
            let modules = if modules.is_empty() {
                "nothing".to_string()
            } else {
                modules.join(", ")
            };
            bail!(
                Component,
                "adapter `{name}` is given, but the module imports nothing from `{name}` and the adapter provides none of the world's exports; the module imports from: {modules}"
            );
        }
        for realloc in [check::IMPORT_REALLOC, check::EXPORT_REALLOC, names::REALLOC] {
            if adapter.info.exports.contains_key(realloc) {
                keep.push(realloc.to_string());
            }
        }
        let wasm = gc::trim(name, &adapter.wasm, &keep, main_realloc)?;
        let info = check::check(
            &wasm,
            metadata,
            abi,
            Role::Adapter {
                name,
                main_exports: &main.exports,
            },
        )
        .map_err(|e| e.context(format!("adapter `{name}`")))?;
        if let Some((module, field)) = &info.memory_import
            && !main.has_memory
        {
            bail!(
                Component,
                "adapter `{name}` imports memory `{module}#{field}`, the main module's, but the module exports no `{}`",
                names::MEMORY
            );
        }
        trimmed.push(TrimmedAdapter {
            name: name.to_string(),
            wasm,
            info,
        });
    }
    Ok(trimmed)
}
