//! Exporting an interface with resources through a nested component.
//!
//! A bag-of-exports instance cannot carry `[method]r.m` functions (the
//! resource has no name there), so the interface is wrapped in a small
//! component that imports the lifted functions and the types they use
//! (under `import-*` labels) and exports them under their WIT names, with
//! their types re-stated so that every resource is named.

use indexmap::IndexMap;
use wasm_encoder::{
    ComponentDefinedTypeEncoder, ComponentExportKind, ComponentExternName,
    ComponentFuncTypeEncoder, ComponentTypeRef, TypeBounds,
};
use wit_parser::{Function, FunctionKind, InterfaceId, Resolve, Type, TypeDefKind, TypeId};

use super::builder::Writer;
use crate::error::{Error, ErrorKind, Result, bail};
use crate::wit::types::{TypeMaps, TypeSpace, extern_name, type_label};

/// The nested component being written.
struct Nested<'a> {
    resolve: &'a Resolve,
    w: Writer,
    maps: TypeMaps<'a>,
    interface: InterfaceId,
    exporting: bool,
    /// Import name and WIT type of each imported type.
    type_imports: IndexMap<String, TypeId>,
}

impl Nested<'_> {
    fn unique(&self, base: String) -> String {
        let mut name = base.clone();
        let mut n = 1;
        while self.type_imports.contains_key(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        name
    }

    fn type_named(&self, name: &str) -> Option<TypeId> {
        self.resolve.interfaces[self.interface]
            .types
            .get(name)
            .copied()
    }
}

impl<'a> TypeSpace<'a> for Nested<'a> {
    fn defined_type(&mut self) -> (u32, ComponentDefinedTypeEncoder<'_>) {
        self.w.defined_type()
    }
    fn function_type(&mut self) -> (u32, ComponentFuncTypeEncoder<'_>) {
        self.w.function_type()
    }
    fn export_type(&mut self, index: u32, name: ComponentExternName<'a>) -> Option<u32> {
        let bounds = ComponentTypeRef::Type(TypeBounds::Eq(index));
        if self.exporting {
            return Some(self.w.export(name, ComponentExportKind::Type, index, None));
        }
        let id = self.type_named(&name.name)?;
        let import = self.unique(format!("import-type-{}", name.name));
        let new = self.w.import(extern_name(&import, None), bounds);
        self.type_imports.insert(import, id);
        Some(new)
    }
    fn export_resource(&mut self, name: ComponentExternName<'a>) -> u32 {
        let import = self.unique(format!("import-type-{}", name.name));
        let new = self.w.import(
            extern_name(&import, None),
            ComponentTypeRef::Type(TypeBounds::SubResource),
        );
        if let Some(id) = self.type_named(&name.name) {
            self.type_imports.insert(import, id);
        }
        new
    }
    fn maps(&mut self) -> &mut TypeMaps<'a> {
        &mut self.maps
    }
    fn import_type(&mut self, owner: InterfaceId, id: TypeId) -> Result<u32> {
        // A foreign type: define it here as its owner would, and import it.
        let saved = std::mem::replace(&mut self.interface, owner);
        let encoded = self.encode_valtype(self.resolve, &Type::Id(id));
        self.interface = saved;
        let label = || type_label(self.resolve, id);
        match encoded {
            Ok(wasm_encoder::ComponentValType::Type(index)) => Ok(index),
            Ok(wasm_encoder::ComponentValType::Primitive(_)) => Err(Error::new(
                ErrorKind::Component,
                format!("foreign type {} has no name to import it by", label()),
            )),
            Err(e) => Err(e.context(format!("encoding foreign type {}", label()))),
        }
    }
    fn interface(&self) -> Option<InterfaceId> {
        Some(self.interface)
    }
}

fn import_func_name(func: &Function) -> String {
    match &func.kind {
        FunctionKind::Freestanding | FunctionKind::AsyncFreestanding => {
            format!("import-func-{}", func.name)
        }
        FunctionKind::Constructor(_) => {
            format!(
                "import-constructor-{}",
                func.name.trim_start_matches("[constructor]")
            )
        }
        FunctionKind::Method(_) | FunctionKind::AsyncMethod(_) => {
            let rest = func.name.trim_start_matches("[method]").replace('.', "-");
            format!("import-method-{rest}")
        }
        FunctionKind::Static(_) | FunctionKind::AsyncStatic(_) => {
            let rest = func.name.trim_start_matches("[static]").replace('.', "-");
            format!("import-static-{rest}")
        }
    }
}

/// The nested component exporting interface `id`, and the arguments to
/// instantiate it with: `(import name, WIT type)` for types (the caller
/// supplies their root indices) and `(import name, function name)`.
pub(super) struct NestedExport {
    pub(super) bytes: Writer,
    pub(super) type_args: Vec<(String, TypeId)>,
    pub(super) func_args: Vec<(String, String)>,
}

pub(super) fn build(resolve: &Resolve, id: InterfaceId) -> Result<NestedExport> {
    let iface = &resolve.interfaces[id];
    let mut n = Nested {
        resolve,
        w: Writer::default(),
        maps: TypeMaps::default(),
        interface: id,
        exporting: false,
        type_imports: IndexMap::new(),
    };
    // 1. Foreign types used by this interface.
    for (_, &ty) in iface.types.iter() {
        if let TypeDefKind::Type(Type::Id(other)) = resolve.types[ty].kind
            && let wit_parser::TypeOwner::Interface(owner) = resolve.types[other].owner
            && owner != id
        {
            let index = n.import_type(owner, other)?;
            n.maps.insert_id(other, index);
        }
    }
    let foreign = n.maps.clone();
    // 2. This interface's resources, 3. its functions, importing the named
    // types they use.
    let mut resources = Vec::new();
    for (name, &ty) in iface.types.iter() {
        if matches!(resolve.types[ty].kind, TypeDefKind::Resource) {
            let index = n.export_resource(extern_name(name, None));
            n.maps.insert_id(ty, index);
            resources.push((name.clone(), ty, index));
        }
    }
    let mut func_imports = Vec::new();
    let mut func_args = Vec::new();
    for (name, func) in iface.functions.iter() {
        let ty = n.encode_func_type(resolve, func)?;
        let import = import_func_name(func);
        let index =
            n.w.import(extern_name(&import, None), ComponentTypeRef::Func(ty));
        func_imports.push((name.clone(), func, index));
        func_args.push((import, name.clone()));
    }
    // 4. Export the types under their names, then the functions.
    n.maps = foreign;
    n.exporting = true;
    // In the interface's order, resources among the other types.
    for (name, &ty) in iface.types.iter() {
        match resources.iter().find(|(_, r, _)| *r == ty) {
            Some((_, _, index)) => {
                let exported = n.w.export(
                    extern_name(name, resolve.types[ty].external_id.as_deref()),
                    ComponentExportKind::Type,
                    *index,
                    None,
                );
                n.maps.insert_id(ty, exported);
            }
            None => {
                n.encode_valtype(resolve, &Type::Id(ty))?;
            }
        }
    }
    let order: Vec<TypeId> = iface.types.values().copied().collect();
    func_imports.sort_by_key(|(_, f, _)| match f.kind.resource() {
        Some(r) => order.iter().position(|t| *t == r).unwrap_or(order.len()),
        None => order.len(),
    });
    for (name, func, index) in func_imports {
        let ty = n.encode_func_type(resolve, func)?;
        n.w.export(
            extern_name(&name, func.external_id.as_deref()),
            ComponentExportKind::Func,
            index,
            Some(ComponentTypeRef::Func(ty)),
        );
    }
    if n.type_imports
        .values()
        .any(|ty| resolve.types[*ty].name.is_none())
    {
        bail!(Component, "internal: an anonymous type was imported");
    }
    Ok(NestedExport {
        bytes: n.w,
        type_args: n.type_imports.into_iter().collect(),
        func_args,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_foreign_type_that_cannot_be_encoded_is_named() {
        let mut loaded = canon_wit::Loader::new()
            .load_source(
                "a.wit",
                "package a:b;
                 interface a { type t = u32; }
                 interface b { use a.{t}; resource r; f: func(x: t); }",
            )
            .unwrap();
        let resolve = &mut loaded.resolve;
        let a = resolve.packages[loaded.package].interfaces["a"];
        let b = resolve.packages[loaded.package].interfaces["b"];
        let t = resolve.interfaces[a].types["t"];
        resolve.types[t].kind = TypeDefKind::Unknown;
        let Err(error) = build(resolve, b) else {
            panic!("an unresolved foreign type was encoded");
        };
        assert_eq!(error.kind(), ErrorKind::Encode);
        assert!(
            error
                .to_string()
                .contains("encoding foreign type `t` of interface `a:b/a`"),
            "{error}"
        );
    }
}
