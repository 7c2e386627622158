//! Which of the world's imports a component keeps: only the functions the
//! core module imports, and the types those and the exports need (as
//! wit-component prunes them).

use std::collections::{HashMap, HashSet};

use indexmap::IndexSet;
use wit_parser::{InterfaceId, LiveTypes, Resolve, TypeId, TypeOwner, WorldId, WorldItem};

use super::check::{CoreImport, CoreInfo};

/// The used imported functions and the live imported types.
#[derive(Debug, Default)]
pub(crate) struct Live {
    funcs: HashSet<(Option<InterfaceId>, String)>,
    types: HashMap<InterfaceId, IndexSet<TypeId>>,
}

impl Live {
    /// The live imports of the main module and the adapters, `modules`.
    pub(crate) fn new(resolve: &Resolve, world: WorldId, modules: &[&CoreInfo<'_>]) -> Self {
        let world = &resolve.worlds[world];
        let mut funcs = HashSet::new();
        let mut live = LiveTypes::default();
        // World-level types are always imported.
        for item in world.imports.values() {
            if let WorldItem::Type { id, .. } = item {
                live.add_type_id(resolve, *id);
            }
        }
        for import in modules.iter().flat_map(|info| &info.imports) {
            match import {
                CoreImport::Func {
                    interface, func, ..
                } => {
                    funcs.insert((*interface, func.name.clone()));
                    live.add_func(resolve, func);
                }
                CoreImport::ImportedDrop { ty, .. } | CoreImport::Exported { ty, .. } => {
                    live.add_type_id(resolve, *ty)
                }
                CoreImport::Adapter { .. } | CoreImport::MainExport { .. } => {}
            }
        }
        // Types the exports use from interfaces that are not exported
        // (so imported): an exported interface's own types, and those of
        // the exported interfaces it depends on, are not imports.
        let mut exported_deps: HashMap<InterfaceId, HashSet<InterfaceId>> = HashMap::new();
        for item in world.exports.values() {
            let id = match item {
                WorldItem::Interface { id, .. } => *id,
                other => {
                    live.add_world_item(resolve, other);
                    continue;
                }
            };
            let mut deps = HashSet::new();
            for dep in resolve.interface_direct_deps(id) {
                if world
                    .exports
                    .contains_key(&wit_parser::WorldKey::Interface(dep))
                    && deps.insert(dep)
                {
                    deps.extend(exported_deps.get(&dep).into_iter().flatten().copied());
                }
            }
            let mut from_export = LiveTypes::default();
            from_export.add_world_item(resolve, item);
            for ty in from_export.iter() {
                if let TypeOwner::Interface(owner) = resolve.types[ty].owner
                    && owner != id
                    && !deps.contains(&owner)
                {
                    live.add_type_id(resolve, ty);
                }
            }
            exported_deps.insert(id, deps);
        }
        let mut types: HashMap<InterfaceId, IndexSet<TypeId>> = HashMap::new();
        for ty in live.iter() {
            if let TypeOwner::Interface(owner) = resolve.types[ty].owner {
                types.entry(owner).or_default().insert(ty);
            }
        }
        Live { funcs, types }
    }

    /// Whether the module imports function `name` of `interface` (or of the
    /// world).
    pub(crate) fn func(&self, interface: Option<InterfaceId>, name: &str) -> bool {
        self.funcs.contains(&(interface, name.to_string()))
    }

    /// The live types of `interface`, dependencies first.
    pub(crate) fn types(&self, interface: InterfaceId) -> impl Iterator<Item = TypeId> + '_ {
        self.types.get(&interface).into_iter().flatten().copied()
    }
}
