//! The linker: host definitions of a component's imports, matched by name
//! (with semver-compatible versions), reusable across stores.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use crate::component::{Component, ImportType};
use crate::error::Error;
use crate::func::{Func, FuncImpl, HostCall, TypedHostCall};
use crate::instance::{Instance, InstanceData, Item, instantiate};
use crate::resource::{HostDtor, ResourceType};
use crate::store::{Store, StoreContextMut};
use crate::typed::{
    ComponentResult, LiftParams, TypeMismatch, check_func, display_func, typed_host,
};
use crate::types::FuncType;
use crate::value::Value;

/// A host function over dynamic values.
type HostFn<T> =
    Arc<dyn Fn(StoreContextMut<'_, T>, &[Value], &mut [Value]) -> Result<(), Error> + Send + Sync>;

/// A typed host function: its type check and its lowered body.
struct TypedDef {
    check: fn(&FuncType) -> Result<(), TypeMismatch>,
    call: TypedHostCall,
}

enum Def<T> {
    Func(HostFn<T>),
    Typed(Arc<TypedDef>),
    Instance(BTreeMap<String, Def<T>>),
    Item(Item),
}

impl<T> Clone for Def<T> {
    fn clone(&self) -> Self {
        match self {
            Def::Func(f) => Def::Func(f.clone()),
            Def::Typed(f) => Def::Typed(f.clone()),
            Def::Instance(m) => Def::Instance(m.clone()),
            Def::Item(i) => Def::Item(i.clone()),
        }
    }
}

/// Definitions for the imports of components.
pub struct Linker<T> {
    root: BTreeMap<String, Def<T>>,
    trap_unknown: bool,
}

impl<T> fmt::Debug for Linker<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Linker")
            .field("names", &self.root.keys().collect::<Vec<_>>())
            .field("trap_unknown", &self.trap_unknown)
            .finish()
    }
}

impl<T: Send + 'static> Default for Linker<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Clone for Linker<T> {
    fn clone(&self) -> Self {
        Linker {
            root: self.root.clone(),
            trap_unknown: self.trap_unknown,
        }
    }
}

/// A place in a linker where names are defined: the root, or an instance.
pub struct LinkerInstance<'a, T> {
    map: &'a mut BTreeMap<String, Def<T>>,
}

impl<T> fmt::Debug for LinkerInstance<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LinkerInstance")
            .field("names", &self.map.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl<T: Send + 'static> LinkerInstance<'_, T> {
    /// Defines function `name` as a host closure over dynamic values.
    pub fn func_new(
        &mut self,
        name: &str,
        f: impl Fn(StoreContextMut<'_, T>, &[Value], &mut [Value]) -> Result<(), Error>
        + Send
        + Sync
        + 'static,
    ) -> Result<(), Error> {
        if self.map.contains_key(name) {
            return Err(Error::Link(format!("`{name}` is already defined")));
        }
        self.map.insert(name.to_string(), Def::Func(Arc::new(f)));
        Ok(())
    }

    /// Defines function `name` as a typed host closure: parameters are lifted
    /// straight into `P` and the result lowered from `R`, without `Value`s.
    pub fn func_wrap<P, R>(
        &mut self,
        name: &str,
        f: impl Fn(StoreContextMut<'_, T>, P) -> Result<R, Error> + Send + Sync + 'static,
    ) -> Result<(), Error>
    where
        P: LiftParams + 'static,
        R: ComponentResult + 'static,
    {
        if self.map.contains_key(name) {
            return Err(Error::Link(format!("`{name}` is already defined")));
        }
        let def = TypedDef {
            check: check_func::<P, R>,
            call: typed_host::<T, P, R>(Arc::new(f)),
        };
        self.map.insert(name.to_string(), Def::Typed(Arc::new(def)));
        Ok(())
    }

    /// Defines resource type `name` as `ty` (a host type, see
    /// [`ResourceType::host`]); `dtor` runs with the representation when a
    /// guest drops the last owning handle of such a resource.
    pub fn resource(
        &mut self,
        name: &str,
        ty: ResourceType,
        dtor: impl Fn(StoreContextMut<'_, T>, u32) -> Result<(), Error> + Send + Sync + 'static,
    ) -> Result<(), Error> {
        if self.map.contains_key(name) {
            return Err(Error::Link(format!("`{name}` is already defined")));
        }
        let dtor: HostDtor = Arc::new(move |cx, rep| dtor(StoreContextMut::new(cx), rep));
        let ty = ty.with_host_dtor(dtor)?;
        self.map
            .insert(name.to_string(), Def::Item(Item::Type(Some(ty))));
        Ok(())
    }

    /// Defines resource type `name` as `ty`, without a destructor.
    pub fn resource_without_dtor(&mut self, name: &str, ty: ResourceType) -> Result<(), Error> {
        if self.map.contains_key(name) {
            return Err(Error::Link(format!("`{name}` is already defined")));
        }
        self.map
            .insert(name.to_string(), Def::Item(Item::Type(Some(ty))));
        Ok(())
    }

    /// The instance `name` inside this one, created if needed.
    pub fn instance(&mut self, name: &str) -> Result<LinkerInstance<'_, T>, Error> {
        let entry = self
            .map
            .entry(name.to_string())
            .or_insert_with(|| Def::Instance(BTreeMap::new()));
        match entry {
            Def::Instance(map) => Ok(LinkerInstance { map }),
            _ => Err(Error::Link(format!("`{name}` is already defined"))),
        }
    }

    /// Defines `name` as the exports of a component instance.
    pub fn instance_from(&mut self, name: &str, instance: &Instance) -> Result<(), Error> {
        if self.map.contains_key(name) {
            return Err(Error::Link(format!("`{name}` is already defined")));
        }
        self.map.insert(
            name.to_string(),
            Def::Item(Item::Instance(instance.data.clone())),
        );
        Ok(())
    }

    /// Defines `name` as a function of a component instance.
    pub fn func(&mut self, name: &str, func: &Func) -> Result<(), Error> {
        if self.map.contains_key(name) {
            return Err(Error::Link(format!("`{name}` is already defined")));
        }
        self.map
            .insert(name.to_string(), Def::Item(Item::Func(func.clone())));
        Ok(())
    }
}

/// Splits `name@version`.
fn split_version(name: &str) -> Option<(&str, semver::Version)> {
    let (base, v) = name.rsplit_once('@')?;
    Some((base, semver::Version::parse(v).ok()?))
}

/// Whether a definition at version `have` satisfies an import at `want`:
/// both have the same semver-compatible track (the major version, or
/// `0.minor` before 1.0), in either direction, as wasmtime's linker decides.
/// A component built against a newer `0.2.y` of an interface links to an
/// older definition of it (and the other way round); the function types are
/// still checked one by one, so an import the definition lacks fails to link.
fn compatible(want: &semver::Version, have: &semver::Version) -> bool {
    if !want.pre.is_empty() || !have.pre.is_empty() {
        return want == have;
    }
    if want.major != 0 {
        have.major == want.major
    } else if want.minor != 0 {
        have.major == 0 && have.minor == want.minor
    } else {
        have == want
    }
}

fn lookup<'a, T>(map: &'a BTreeMap<String, Def<T>>, name: &str) -> Option<&'a Def<T>> {
    if let Some(d) = map.get(name) {
        return Some(d);
    }
    lookup_compatible(map.iter().map(|(k, d)| (k.as_str(), d)), name)
}

/// The entry whose versioned name is the newest semver-compatible match for
/// `name` (`a:b/c@0.2.0` matches `a:b/c@0.2.3`), if any.
pub(crate) fn lookup_compatible<'a, D>(
    entries: impl Iterator<Item = (&'a str, &'a D)>,
    name: &str,
) -> Option<&'a D> {
    let (base, want) = split_version(name)?;
    entries
        .filter_map(|(k, d)| {
            let (b, have) = split_version(k)?;
            (b == base && compatible(&want, &have)).then_some((have, d))
        })
        .max_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, d)| d)
}

impl<T: Send + 'static> Linker<T> {
    /// An empty linker.
    pub fn new() -> Self {
        Linker {
            root: BTreeMap::new(),
            trap_unknown: false,
        }
    }

    /// The root namespace.
    pub fn root(&mut self) -> LinkerInstance<'_, T> {
        LinkerInstance {
            map: &mut self.root,
        }
    }

    /// The instance `name` at the root, created if needed.
    pub fn instance(&mut self, name: &str) -> Result<LinkerInstance<'_, T>, Error> {
        let mut root = LinkerInstance {
            map: &mut self.root,
        };
        root.instance(name)?;
        match self.root.get_mut(name) {
            Some(Def::Instance(map)) => Ok(LinkerInstance { map }),
            _ => Err(Error::Link(format!("`{name}` is already defined"))),
        }
    }

    /// Makes imports (and instance exports) without a definition resolve to
    /// functions that trap when called, instead of failing to link.
    pub fn define_unknown_imports_as_traps(&mut self) {
        self.trap_unknown = true;
    }

    /// Instantiates `component` in `store`.
    pub fn instantiate(
        &self,
        store: &mut Store<T>,
        component: &Component,
    ) -> Result<Instance, Error> {
        let comp = &component.inner;
        let def = &comp.components[comp.root];
        let mut items = Vec::new();
        for (name, ty) in def.imports() {
            let item = self.resolve(lookup(&self.root, name), name, ty)?;
            items.push((name.to_string(), item));
        }
        let lookup_item = |name: &str| {
            items
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, i)| i.clone())
        };
        let data = instantiate(&mut *store.inner, comp, def, None, &lookup_item)?;
        Ok(Instance { data })
    }

    fn resolve(&self, def: Option<&Def<T>>, name: &str, ty: &ImportType) -> Result<Item, Error> {
        let func_ty = |t: &ImportType| match t {
            ImportType::Func(Ok(info)) => info.ty.clone(),
            _ => FuncType::default(),
        };
        Ok(match (ty, def) {
            (ImportType::Type, _) => Item::Type(None),
            (ImportType::Resource, Some(Def::Item(item @ Item::Type(Some(_))))) => item.clone(),
            (ImportType::Resource, None) if self.trap_unknown => {
                Item::Type(Some(ResourceType::unknown(name)))
            }
            (_, Some(Def::Item(item))) => item.clone(),
            (ImportType::Func(_), Some(Def::Func(f))) => {
                let f = f.clone();
                let call: HostCall = Arc::new(move |cx, params, results| {
                    f(StoreContextMut::new(cx), params, results)
                });
                Item::Func(Func {
                    inner: Arc::new(FuncImpl::Host {
                        ty: func_ty(ty),
                        call,
                    }),
                })
            }
            (ImportType::Func(info), Some(Def::Typed(d))) => {
                let info = info.as_ref().map_err(|e| {
                    Error::Link(format!(
                        "import `{name}` has a type typed host functions do not support: {e}"
                    ))
                })?;
                (d.check)(&info.ty).map_err(|e| {
                    Error::Link(format!(
                        "import `{name}` of type `{}` does not match the typed host function: {e}",
                        display_func(&info.ty)
                    ))
                })?;
                let ty = info.ty.clone();
                Item::Func(Func {
                    inner: Arc::new(FuncImpl::TypedHost {
                        ty,
                        call: d.call.clone(),
                    }),
                })
            }
            (ImportType::Instance(exports), Some(Def::Instance(map))) => {
                let mut items = Vec::with_capacity(exports.len());
                for (n, t) in exports {
                    let item = self
                        .resolve(lookup(map, n), n, t)
                        .map_err(|e| Error::Link(format!("in instance `{name}`: {e}")))?;
                    items.push((n.clone(), item));
                }
                Item::Instance(Arc::new(InstanceData { exports: items }))
            }
            (ImportType::Func(_), None) if self.trap_unknown => Item::Func(Func {
                inner: Arc::new(FuncImpl::Trap {
                    name: name.to_string(),
                    ty: func_ty(ty),
                }),
            }),
            (ImportType::Instance(exports), None) if self.trap_unknown => {
                let mut items = Vec::with_capacity(exports.len());
                for (n, t) in exports {
                    items.push((n.clone(), self.resolve(None, &format!("{name}#{n}"), t)?));
                }
                Item::Instance(Arc::new(InstanceData { exports: items }))
            }
            // An instance that exports only types needs nothing from the
            // host, as in wasmtime. Found by the differential harness
            // (`use-same-package`'s `types` interface).
            (ImportType::Instance(exports), None)
                if exports.iter().all(|(_, t)| matches!(t, ImportType::Type)) =>
            {
                Item::Instance(Arc::new(InstanceData {
                    exports: exports
                        .iter()
                        .map(|(n, _)| (n.clone(), Item::Type(None)))
                        .collect(),
                }))
            }
            (_, None) => return Err(Error::Link(format!("missing import `{name}`"))),
            (_, Some(_)) => {
                return Err(Error::Link(format!(
                    "import `{name}` is defined with the wrong kind"
                )));
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semver_compatibility() {
        let v = |s: &str| semver::Version::parse(s).unwrap();
        assert!(compatible(&v("0.2.0"), &v("0.2.1")));
        // Newer imports link to an older definition of the same track.
        assert!(compatible(&v("0.2.12"), &v("0.2.6")));
        assert!(compatible(&v("1.4.0"), &v("1.0.0")));
        assert!(!compatible(&v("0.2.0"), &v("0.3.0")));
        assert!(compatible(&v("1.0.0"), &v("1.4.0")));
        assert!(!compatible(&v("1.0.0"), &v("2.0.0")));
        assert!(!compatible(&v("0.0.1"), &v("0.0.2")));
    }

    #[test]
    fn lookup_prefers_exact_then_newest_compatible() {
        let mut map: BTreeMap<String, Def<()>> = BTreeMap::new();
        map.insert("a:b/c@0.2.1".into(), Def::Item(Item::Type(None)));
        map.insert("a:b/c@0.2.3".into(), Def::Item(Item::Value));
        assert!(matches!(
            lookup(&map, "a:b/c@0.2.0"),
            Some(Def::Item(Item::Value))
        ));
        assert!(matches!(
            lookup(&map, "a:b/c@0.2.1"),
            Some(Def::Item(Item::Type(None)))
        ));
        assert!(lookup(&map, "a:b/c@0.3.0").is_none());
        assert!(lookup(&map, "a:b/d@0.2.0").is_none());
    }
}
