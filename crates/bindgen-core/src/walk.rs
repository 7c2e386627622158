//! Which items a world needs, in what order, and which scope owns each type.
//!
//! A world is walked into [`Scope`]s: one per imported interface, one per
//! exported interface, and one for each of the world's own imports and
//! exports (functions and types declared directly in the world). Scopes come
//! in the world's order, imports first. Every named type has exactly one
//! owning scope, found with [`WorldWalk::type_scope`]: a type defined in an
//! interface lives in that interface's export scope when referenced from it
//! and the interface is exported, and in its import scope otherwise; `use`
//! aliases are their own types, defined in the scope that says `use`.

use std::collections::HashSet;

use wit_parser::{
    Docs, Function, FunctionKind, InterfaceId, Resolve, Type, TypeDefKind, TypeId, TypeOwner,
    WorldId, WorldItem, WorldKey,
};

/// Whether a scope is imported or exported by the world.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    Import,
    Export,
}

/// One interface, or the world's own items, on one side of the world.
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// The key in the world, `None` for the world's own items.
    pub key: Option<WorldKey>,
    pub interface: Option<InterfaceId>,
    /// The module path in WIT names: `[namespace, package, interface]` for a
    /// packaged interface, `[name]` for an inline one, empty for the world.
    pub path: Vec<String>,
    /// Named types defined here (including `use` aliases), in source order.
    pub types: Vec<(String, TypeId)>,
    /// Functions, freestanding and of resources, in source order.
    pub functions: Vec<Function>,
    pub docs: Docs,
}

impl Scope {
    /// The resources defined (not aliased) in this scope, in order.
    pub fn resources<'a>(&'a self, resolve: &'a Resolve) -> impl Iterator<Item = TypeId> + 'a {
        self.types
            .iter()
            .map(|(_, id)| *id)
            .filter(|id| matches!(resolve.types[*id].kind, TypeDefKind::Resource))
    }

    /// The functions that belong to no resource.
    pub fn freestanding(&self) -> impl Iterator<Item = &Function> {
        self.functions
            .iter()
            .filter(|f| matches!(f.kind, FunctionKind::Freestanding))
    }

    /// The functions of `resource`, constructor first if any, then in order.
    pub fn resource_functions(&self, resource: TypeId) -> Vec<&Function> {
        let mut funcs: Vec<&Function> = self
            .functions
            .iter()
            .filter(|f| function_resource(f) == Some(resource))
            .collect();
        funcs.sort_by_key(|f| !matches!(f.kind, FunctionKind::Constructor(_)));
        funcs
    }
}

/// The resource a function belongs to.
pub fn function_resource(func: &Function) -> Option<TypeId> {
    match func.kind {
        FunctionKind::Method(id) | FunctionKind::Static(id) | FunctionKind::Constructor(id) => {
            Some(id)
        }
        _ => None,
    }
}

/// Where a referenced named type is defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeOwnerScope {
    /// In scope number `index` of the walk (see [`WorldWalk::scope`]).
    Scope(usize),
    /// The type has no name (`list<u8>`, `option<T>`, ...): spelled in place.
    Anonymous,
}

/// A world, walked into scopes.
#[derive(Clone, Debug)]
pub struct WorldWalk {
    pub world: WorldId,
    /// Every scope: imports first, then exports, each in world order.
    pub scopes: Vec<Scope>,
}

impl WorldWalk {
    /// Walks `world` of `resolve`.
    pub fn new(resolve: &Resolve, world: WorldId) -> Self {
        let w = &resolve.worlds[world];
        let mut scopes = Vec::new();
        for (kind, items) in [
            (ScopeKind::Import, &w.imports),
            (ScopeKind::Export, &w.exports),
        ] {
            let mut root = Scope {
                kind,
                key: None,
                interface: None,
                path: Vec::new(),
                types: Vec::new(),
                functions: Vec::new(),
                docs: Docs::default(),
            };
            for (key, item) in items {
                match item {
                    WorldItem::Interface { id, .. } => {
                        let iface = &resolve.interfaces[*id];
                        scopes.push(Scope {
                            kind,
                            key: Some(key.clone()),
                            interface: Some(*id),
                            path: interface_path(resolve, key),
                            types: iface.types.iter().map(|(n, t)| (n.clone(), *t)).collect(),
                            functions: iface
                                .functions
                                .values()
                                .filter(|f| !f.kind.is_async())
                                .cloned()
                                .collect(),
                            docs: iface.docs.clone(),
                        });
                    }
                    WorldItem::Function(func) if !func.kind.is_async() => {
                        root.functions.push(func.clone());
                    }
                    WorldItem::Function(_) => {}
                    WorldItem::Type { id, .. } => {
                        root.types.push((resolve.name_world_key(key), *id));
                    }
                }
            }
            if !root.types.is_empty() || !root.functions.is_empty() {
                scopes.push(root);
            }
        }
        WorldWalk { world, scopes }
    }

    /// Scope number `index`.
    pub fn scope(&self, index: usize) -> &Scope {
        &self.scopes[index]
    }

    /// The scope of `kind` for `interface` (`None`: the world's own items).
    pub fn find(&self, kind: ScopeKind, interface: Option<InterfaceId>) -> Option<usize> {
        self.scopes
            .iter()
            .position(|s| s.kind == kind && s.interface == interface)
    }

    /// Where named type `ty`, referenced from scope `from`, is defined.
    pub fn type_scope(&self, resolve: &Resolve, ty: TypeId, from: usize) -> TypeOwnerScope {
        let def = &resolve.types[ty];
        if def.name.is_none() {
            return TypeOwnerScope::Anonymous;
        }
        let from_scope = &self.scopes[from];
        let found = match def.owner {
            TypeOwner::Interface(id) => {
                if from_scope.kind == ScopeKind::Export && from_scope.interface == Some(id) {
                    Some(from)
                } else {
                    self.find(ScopeKind::Import, Some(id))
                        .or_else(|| self.find(ScopeKind::Export, Some(id)))
                }
            }
            TypeOwner::World(_) => self
                .find(ScopeKind::Import, None)
                .or_else(|| self.find(ScopeKind::Export, None)),
            TypeOwner::None => None,
        };
        found.map_or(TypeOwnerScope::Anonymous, TypeOwnerScope::Scope)
    }

    /// The scope whose functions are exported and which uses `resource`, for
    /// resources defined in exported interfaces.
    pub fn is_exported_resource(&self, resolve: &Resolve, resource: TypeId, from: usize) -> bool {
        match self.type_scope(resolve, resolve_alias(resolve, resource), from) {
            TypeOwnerScope::Scope(index) => self.scopes[index].kind == ScopeKind::Export,
            TypeOwnerScope::Anonymous => false,
        }
    }
}

pub use canon_wit::resolve_alias;

/// The types a definition refers to directly: fields, elements, payloads,
/// the aliased type. Handles and resources refer to none.
pub fn type_children(kind: &TypeDefKind) -> Vec<Type> {
    match kind {
        TypeDefKind::Record(r) => r.fields.iter().map(|f| f.ty).collect(),
        TypeDefKind::Tuple(t) => t.types.clone(),
        TypeDefKind::Variant(v) => v.cases.iter().filter_map(|c| c.ty).collect(),
        TypeDefKind::Option(t)
        | TypeDefKind::List(t)
        | TypeDefKind::FixedLengthList(t, _)
        | TypeDefKind::Type(t) => vec![*t],
        TypeDefKind::Result(r) => r.ok.iter().chain(r.err.iter()).copied().collect(),
        _ => Vec::new(),
    }
}

/// Adds every type reachable from `ty` (itself included, through fields,
/// elements, payloads and aliases) to `reached`; what is already there is
/// not walked again.
pub fn reach(resolve: &Resolve, ty: &Type, reached: &mut HashSet<TypeId>) {
    let Type::Id(id) = ty else { return };
    if !reached.insert(*id) {
        return;
    }
    for child in type_children(&resolve.types[*id].kind) {
        reach(resolve, &child, reached);
    }
}

/// The module path of an interface in WIT names.
fn interface_path(resolve: &Resolve, key: &WorldKey) -> Vec<String> {
    match key {
        WorldKey::Name(name) => vec![name.clone()],
        WorldKey::Interface(id) => {
            let iface = &resolve.interfaces[*id];
            let name = iface.name.clone().unwrap_or_default();
            match iface.package {
                Some(package) => {
                    let pkg = &resolve.packages[package].name;
                    vec![pkg.namespace.clone(), pkg.name.clone(), name]
                }
                None => vec![name],
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_children_are_the_direct_references() {
        let loaded = canon_wit::Loader::new()
            .load_source(
                "a.wit",
                "package a:b;
                 interface i {
                     resource res;
                     record r { x: u32, y: string }
                     variant v { a, b(r), c(list<u8>) }
                     type t = tuple<r, option<v>>;
                     type alias = r;
                     type h = own<res>;
                 }",
            )
            .unwrap();
        let resolve = &loaded.resolve;
        let id = |name: &str| {
            let iface = resolve.packages[loaded.package].interfaces["i"];
            resolve.interfaces[iface].types[name]
        };
        let children = |name: &str| type_children(&resolve.types[id(name)].kind);
        assert_eq!(children("r"), [Type::U32, Type::String]);
        assert_eq!(children("v").len(), 2);
        assert_eq!(children("v")[0], Type::Id(id("r")));
        assert_eq!(children("t").len(), 2);
        assert_eq!(children("alias"), [Type::Id(id("r"))]);
        assert!(children("h").is_empty());
        assert!(children("res").is_empty());
        // `reach` takes in everything below, once.
        let mut reached = HashSet::new();
        reach(resolve, &Type::Id(id("t")), &mut reached);
        for name in ["t", "r", "v"] {
            assert!(reached.contains(&id(name)), "{name}");
        }
        assert!(!reached.contains(&id("alias")) && !reached.contains(&id("h")));
        let before = reached.len();
        reach(resolve, &Type::Id(id("v")), &mut reached);
        assert_eq!(reached.len(), before);
    }

    #[test]
    fn scopes_and_owners() {
        let loaded = canon_wit::Loader::new()
            .load_source(
                "a.wit",
                "package a:b;
                 interface types { record r { x: u32 } }
                 interface api { use types.{r}; f: func(x: r) -> r; }
                 world w { import api; export api; export g: func(); }",
            )
            .unwrap();
        let world = loaded.select_world(Some("w")).unwrap();
        let walk = WorldWalk::new(&loaded.resolve, world);
        let summary: Vec<_> = walk
            .scopes
            .iter()
            .map(|s| (s.kind, s.path.join("/")))
            .collect();
        assert_eq!(
            summary,
            [
                (ScopeKind::Import, "a/b/types".to_string()),
                (ScopeKind::Import, "a/b/api".to_string()),
                (ScopeKind::Export, "a/b/api".to_string()),
                (ScopeKind::Export, String::new()),
            ]
        );
        let alias = walk.scopes[2].types[0].1;
        assert_eq!(
            walk.type_scope(&loaded.resolve, alias, 2),
            TypeOwnerScope::Scope(2)
        );
        let r = resolve_alias(&loaded.resolve, alias);
        assert_eq!(
            walk.type_scope(&loaded.resolve, r, 2),
            TypeOwnerScope::Scope(0)
        );
    }
}
