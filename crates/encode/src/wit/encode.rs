//! WIT packages and worlds as types-only components, in the standard layout.
//!
//! A package becomes a component that exports one component type per
//! interface and per world, named by the item's short name:
//!
//! * an interface's type imports the instance type of every interface it
//!   depends on (named by its full id) and exports its own instance type;
//! * a world's type wraps a component type, exported under the world's id,
//!   whose imports and exports are the world's.
//!
//! A `package-docs` custom section carries documentation and stability, and a
//! producers section names canon.

use std::collections::HashMap;
use std::mem;

use indexmap::IndexSet;
use wasm_encoder::{
    Alias, ComponentBuilder, ComponentDefinedTypeEncoder, ComponentExportKind, ComponentExternName,
    ComponentFuncTypeEncoder, ComponentOuterAliasKind, ComponentType, ComponentTypeRef,
    CustomSection, InstanceType, ProducersField, ProducersSection, TypeBounds,
};
use wit_parser::{
    InterfaceId, PackageId, PackageMetadata, Resolve, Type, TypeId, WorldId, WorldItem, WorldKey,
};

use crate::error::{Error, ErrorKind, Result, bail};
use crate::wit::types::{TypeMaps, TypeSpace, extern_name};

/// The name canon writes into `processed-by` of producers sections.
pub const PRODUCER_NAME: &str = "canon";
/// The version canon writes into `processed-by` of producers sections.
pub const PRODUCER_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Encodes `package` of `resolve` as a types-only component.
pub fn encode_package(resolve: &Resolve, package: PackageId) -> Result<Vec<u8>> {
    let mut builder = ComponentBuilder::default();
    let names = &resolve.packages[package];
    for (name, &interface) in names.interfaces.iter() {
        let ty = encode_interface(resolve, interface)
            .map_err(|e| e.context(format!("encoding interface `{name}`")))?;
        let index = builder.type_component(None, &ty);
        builder.export(name.as_str(), ComponentExportKind::Type, index, None);
    }
    for (name, &world) in names.worlds.iter() {
        let ty = encode_world(resolve, world)
            .map_err(|e| e.context(format!("encoding world `{name}`")))?;
        let mut wrapper = ComponentType::new();
        wrapper.ty().component(&ty);
        wrapper.export(
            names.name.interface_id(name).as_str(),
            ComponentTypeRef::Component(0),
        );
        let index = builder.type_component(None, &wrapper);
        builder.export(name.as_str(), ComponentExportKind::Type, index, None);
    }
    let docs = PackageMetadata::extract(resolve, package)
        .encode()
        .map_err(|e| Error::new(ErrorKind::Encode, format!("encoding package docs: {e}")))?;
    builder.custom_section(&CustomSection {
        name: PackageMetadata::SECTION_NAME.into(),
        data: docs.into(),
    });
    builder.raw_custom_section(&producers_section());
    Ok(builder.finish())
}

/// A producers section (with its id and size) saying canon processed the binary.
pub fn producers_section() -> Vec<u8> {
    let mut field = ProducersField::new();
    field.value(PRODUCER_NAME, PRODUCER_VERSION);
    let mut section = ProducersSection::new();
    section.field("processed-by", &field);
    let mut bytes = Vec::new();
    use wasm_encoder::Encode;
    section.encode(&mut bytes);
    bytes
}

/// Encodes the imports and exports of `world` as a component type.
pub fn encode_world(resolve: &Resolve, world: WorldId) -> Result<ComponentType> {
    let mut encoder = TypeEncoder::new(resolve);
    let world = &resolve.worlds[world];
    for (key, item) in world.imports.iter() {
        let what = || format!("encoding import `{}`", resolve.name_world_key(key));
        let ty = match item {
            WorldItem::Interface { id, .. } => {
                encoder.interface = Some(*id);
                ComponentTypeRef::Instance(
                    encoder
                        .encode_instance(*id)
                        .map_err(|e| e.context(what()))?,
                )
            }
            WorldItem::Function(func) => {
                encoder.interface = None;
                ComponentTypeRef::Func(
                    encoder
                        .encode_func_type(resolve, func)
                        .map_err(|e| e.context(what()))?,
                )
            }
            WorldItem::Type { id, .. } => {
                encoder.interface = None;
                encoder.import_types = true;
                encoder
                    .encode_valtype(resolve, &Type::Id(*id))
                    .map_err(|e| e.context(what()))?;
                encoder.import_types = false;
                continue;
            }
        };
        encoder
            .outer
            .import(world_extern_name(resolve, key, item), ty);
    }
    for (key, item) in world.exports.iter() {
        let what = || format!("encoding export `{}`", resolve.name_world_key(key));
        let ty = match item {
            WorldItem::Interface { id, .. } => {
                encoder.interface = Some(*id);
                ComponentTypeRef::Instance(
                    encoder
                        .encode_instance(*id)
                        .map_err(|e| e.context(what()))?,
                )
            }
            WorldItem::Function(func) => {
                encoder.interface = None;
                ComponentTypeRef::Func(
                    encoder
                        .encode_func_type(resolve, func)
                        .map_err(|e| e.context(what()))?,
                )
            }
            WorldItem::Type { .. } => bail!(Encode, "{}: a world cannot export a type", what()),
        };
        encoder
            .outer
            .export(world_extern_name(resolve, key, item), ty);
    }
    Ok(encoder.outer)
}

/// The name of a world import or export, with its `implements` and
/// `external-id` annotations.
pub(crate) fn world_extern_name(
    resolve: &Resolve,
    key: &WorldKey,
    item: &WorldItem,
) -> ComponentExternName<'static> {
    ComponentExternName {
        name: resolve.name_world_key(key).into(),
        implements: resolve.implements_value(key, item).map(Into::into),
        external_id: resolve.external_id_value(key, item).map(Into::into),
        version_suffix: None,
    }
}

/// Encodes interface `id` as a component type that imports its dependencies
/// and exports itself.
fn encode_interface(resolve: &Resolve, id: InterfaceId) -> Result<ComponentType> {
    // Dependencies first, whole interfaces at a time, so that every reader of
    // a foreign interface sees its types in the same order.
    let mut interfaces = IndexSet::new();
    add_with_deps(resolve, &mut interfaces, id);

    let mut encoder = TypeEncoder::new(resolve);
    for &interface in &interfaces {
        encoder.interface = Some(interface);
        let Some(name) = resolve.id_of(interface) else {
            bail!(Encode, "a dependency of an interface has no name");
        };
        if interface == id {
            let index = encoder.encode_instance(interface)?;
            encoder
                .outer
                .export(name.as_str(), ComponentTypeRef::Instance(index));
        } else {
            encoder.push_instance();
            for (_, &ty) in resolve.interfaces[interface].types.iter() {
                encoder.encode_valtype(resolve, &Type::Id(ty))?;
            }
            let instance = encoder.pop_instance();
            let index = encoder.outer.type_count();
            encoder.outer.ty().instance(&instance);
            encoder.instance_of.insert(interface, encoder.instances);
            encoder.instances += 1;
            encoder
                .outer
                .import(name.as_str(), ComponentTypeRef::Instance(index));
        }
    }
    Ok(encoder.outer)
}

fn add_with_deps(resolve: &Resolve, set: &mut IndexSet<InterfaceId>, id: InterfaceId) {
    if set.contains(&id) {
        return;
    }
    for dep in resolve.interface_direct_deps(id) {
        add_with_deps(resolve, set, dep);
    }
    set.insert(id);
}

/// Writes instance types into a component type, aliasing foreign types out of
/// the instances imported before.
struct TypeEncoder<'a> {
    resolve: &'a Resolve,
    outer: ComponentType,
    /// The instance type being written, if any.
    instance: Option<InstanceType>,
    maps: TypeMaps<'a>,
    saved_maps: Option<TypeMaps<'a>>,
    /// Instance index of each interface imported or defined so far.
    instance_of: HashMap<InterfaceId, u32>,
    /// Outer type index of each type aliased out of an instance.
    outer_alias: HashMap<TypeId, u32>,
    instances: u32,
    import_types: bool,
    interface: Option<InterfaceId>,
}

impl<'a> TypeEncoder<'a> {
    fn new(resolve: &'a Resolve) -> Self {
        TypeEncoder {
            resolve,
            outer: ComponentType::new(),
            instance: None,
            maps: TypeMaps::default(),
            saved_maps: None,
            instance_of: HashMap::new(),
            outer_alias: HashMap::new(),
            instances: 0,
            import_types: false,
            interface: None,
        }
    }

    /// Writes the instance type of `interface`: its types, then its functions
    /// (those of resources first, in resource order). Returns its type index.
    fn encode_instance(&mut self, interface: InterfaceId) -> Result<u32> {
        self.push_instance();
        let iface = &self.resolve.interfaces[interface];
        let mut type_order = IndexSet::new();
        for (_, &id) in iface.types.iter() {
            self.encode_valtype(self.resolve, &Type::Id(id))?;
            type_order.insert(id);
        }
        let mut funcs: Vec<_> = iface.functions.iter().collect();
        funcs.sort_by_key(|(_, func)| match func.kind.resource() {
            Some(id) => type_order.get_index_of(&id).unwrap_or(type_order.len()),
            None => type_order.len(),
        });
        for (name, func) in funcs {
            let ty = self
                .encode_func_type(self.resolve, func)
                .map_err(|e| e.context(format!("encoding function `{name}`")))?;
            if let Some(instance) = &mut self.instance {
                instance.export(
                    extern_name(name, func.external_id.as_deref()),
                    ComponentTypeRef::Func(ty),
                );
            }
        }
        let instance = self.pop_instance();
        let index = self.outer.type_count();
        self.outer.ty().instance(&instance);
        self.instance_of.insert(interface, self.instances);
        self.instances += 1;
        Ok(index)
    }

    fn push_instance(&mut self) {
        self.saved_maps = Some(mem::take(&mut self.maps));
        self.instance = Some(InstanceType::new());
    }

    fn pop_instance(&mut self) -> InstanceType {
        if let Some(maps) = self.saved_maps.take() {
            self.maps = maps;
        }
        self.instance.take().unwrap_or_default()
    }
}

impl<'a> TypeSpace<'a> for TypeEncoder<'a> {
    fn defined_type(&mut self) -> (u32, ComponentDefinedTypeEncoder<'_>) {
        match &mut self.instance {
            Some(instance) => (instance.type_count(), instance.ty().defined_type()),
            None => (self.outer.type_count(), self.outer.ty().defined_type()),
        }
    }

    fn function_type(&mut self) -> (u32, ComponentFuncTypeEncoder<'_>) {
        match &mut self.instance {
            Some(instance) => (instance.type_count(), instance.ty().function()),
            None => (self.outer.type_count(), self.outer.ty().function()),
        }
    }

    fn export_type(&mut self, index: u32, name: ComponentExternName<'a>) -> Option<u32> {
        let bounds = ComponentTypeRef::Type(TypeBounds::Eq(index));
        match &mut self.instance {
            Some(instance) => {
                let new = instance.type_count();
                instance.export(name, bounds);
                Some(new)
            }
            None => {
                let new = self.outer.type_count();
                if self.import_types {
                    self.outer.import(name, bounds);
                } else {
                    self.outer.export(name, bounds);
                }
                Some(new)
            }
        }
    }

    fn export_resource(&mut self, name: ComponentExternName<'a>) -> u32 {
        let bounds = ComponentTypeRef::Type(TypeBounds::SubResource);
        match &mut self.instance {
            Some(instance) => {
                instance.export(name, bounds);
                instance.type_count() - 1
            }
            None => {
                if self.import_types {
                    self.outer.import(name, bounds);
                } else {
                    self.outer.export(name, bounds);
                }
                self.outer.type_count() - 1
            }
        }
    }

    fn maps(&mut self) -> &mut TypeMaps<'a> {
        &mut self.maps
    }

    fn import_type(&mut self, owner: InterfaceId, id: TypeId) -> Result<u32> {
        let Some(&instance) = self.instance_of.get(&owner) else {
            bail!(
                Encode,
                "type {} is used before its interface is imported",
                crate::wit::types::type_label(self.resolve, id)
            );
        };
        let name = self.resolve.types[id].name.as_deref().unwrap_or_default();
        let outer = match self.outer_alias.get(&id) {
            Some(index) => *index,
            None => {
                let index = self.outer.type_count();
                self.outer.alias(Alias::InstanceExport {
                    instance,
                    name,
                    kind: ComponentExportKind::Type,
                });
                self.outer_alias.insert(id, index);
                index
            }
        };
        match &mut self.instance {
            Some(ty) => {
                let index = ty.type_count();
                ty.alias(Alias::Outer {
                    count: 1,
                    index: outer,
                    kind: ComponentOuterAliasKind::Type,
                });
                Ok(index)
            }
            None => Ok(outer),
        }
    }

    fn interface(&self) -> Option<InterfaceId> {
        self.interface
    }
}
