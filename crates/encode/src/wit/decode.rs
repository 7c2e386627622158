//! Binaries back to WIT: types-only packages, world metadata and real components.
//!
//! The binary is validated with wasmparser, whose type information then drives
//! the walk. Each wasmparser type id that has been given a WIT meaning is
//! remembered, so that aliases (`use`) come back as references to the
//! original definition and foreign interfaces are filled in lazily, with
//! only the items that are used.

use std::collections::HashMap;
use std::mem;

use indexmap::{IndexMap, IndexSet};
use wasmparser::component_types::{
    ComponentAnyTypeId, ComponentDefinedType, ComponentEntityType, ComponentItem, ComponentType,
    ComponentValType,
};
use wasmparser::names::{ComponentName, ComponentNameKind};
use wasmparser::types::Types;
use wasmparser::{
    ComponentExternalKind, Encoding, Parser, Payload, PrimitiveValType, ValidPayload, Validator,
    WasmFeatures,
};
use wit_parser::{
    Case, Docs, Enum, EnumCase, Field, Flag, Flags, Function, FunctionKind, Handle, Interface,
    InterfaceId, Package, PackageId, PackageMetadata, PackageName, Param, Record, Resolve, Result_,
    Tuple, Type, TypeDef, TypeDefKind, TypeId, TypeOwner, Variant, World, WorldId, WorldItem,
    WorldKey,
};

use crate::error::{Error, ErrorKind, Result, bail};

/// What a binary turned out to be.
#[derive(Debug)]
pub enum Decoded {
    /// A WIT package encoded as a types-only component.
    Package {
        /// The package and its dependencies.
        resolve: Resolve,
        /// The encoded package.
        package: PackageId,
    },
    /// A real component; its world is synthesised as `root:component/root`.
    Component {
        /// The world's package and the interfaces it refers to.
        resolve: Resolve,
        /// The component's world.
        world: WorldId,
    },
}

impl Decoded {
    /// The resolve, whichever it is.
    pub fn resolve(&self) -> &Resolve {
        match self {
            Decoded::Package { resolve, .. } | Decoded::Component { resolve, .. } => resolve,
        }
    }

    /// The main package: the encoded one, or the component's synthetic one.
    pub fn package(&self) -> Option<PackageId> {
        match self {
            Decoded::Package { package, .. } => Some(*package),
            Decoded::Component { resolve, world } => resolve.worlds[*world].package,
        }
    }
}

/// What the top level of a component says.
struct Info {
    types: Types,
    imports: Vec<(String, ComponentItem)>,
    exports: Vec<(String, ComponentItem, ComponentExternalKind, bool)>,
    docs: Option<PackageMetadata>,
}

fn features() -> WasmFeatures {
    WasmFeatures::all()
}

impl Info {
    fn read(bytes: &[u8]) -> Result<Info> {
        let mut validator = Validator::new_with_features(features());
        let mut imports = Vec::new();
        let mut exports = Vec::new();
        let mut docs = None;
        let mut depth = 0usize;
        let mut types = None;
        for payload in Parser::new(0).parse_all(bytes) {
            let payload = payload.map_err(|e| Error::from_wasmparser(ErrorKind::Decode, &e))?;
            if let Payload::Version {
                encoding, range, ..
            } = &payload
                && depth == 0
                && *encoding != Encoding::Component
            {
                return Err(Error::new(
                    ErrorKind::Decode,
                    "expected a component, found a core module",
                )
                .at(range.start));
            }
            match validator
                .payload(&payload)
                .map_err(|e| Error::from_wasmparser(ErrorKind::Decode, &e))?
            {
                ValidPayload::End(t) if depth == 1 => types = Some(t),
                _ => {}
            }
            match &payload {
                Payload::Version { .. } => depth += 1,
                Payload::End(_) => depth = depth.saturating_sub(1),
                Payload::ComponentImportSection(section) if depth == 1 => {
                    for import in section.clone() {
                        let import =
                            import.map_err(|e| Error::from_wasmparser(ErrorKind::Decode, &e))?;
                        let name = import.name.name.to_string();
                        if let Some(types) = validator.types(0)
                            && let Some(item) = types.component_item_for_import(&name)
                        {
                            imports.push((name, item.clone()));
                        }
                    }
                }
                Payload::ComponentExportSection(section) if depth == 1 => {
                    for export in section.clone() {
                        let export =
                            export.map_err(|e| Error::from_wasmparser(ErrorKind::Decode, &e))?;
                        let name = export.name.name.to_string();
                        if let Some(types) = validator.types(0)
                            && let Some(item) = types.component_item_for_export(&name)
                        {
                            exports.push((name, item.clone(), export.kind, export.ty.is_some()));
                        }
                    }
                }
                Payload::CustomSection(section)
                    if depth == 1 && section.name() == PackageMetadata::SECTION_NAME =>
                {
                    if docs.is_some() {
                        return Err(Error::new(
                            ErrorKind::Decode,
                            "more than one `package-docs` section",
                        )
                        .at(section.range().start));
                    }
                    docs = Some(PackageMetadata::decode(section.data()).map_err(|e| {
                        Error::new(
                            ErrorKind::Decode,
                            format!("bad `package-docs` section: {e}"),
                        )
                        .at(section.range().start)
                    })?);
                }
                _ => {}
            }
        }
        let Some(types) = types else {
            bail!(Decode, "the binary ends before the component does");
        };
        Ok(Info {
            types,
            imports,
            exports,
            docs,
        })
    }

    /// Whether this is a WIT package: only exports, all component types, named
    /// by plain labels.
    fn is_package(&self) -> bool {
        !self.exports.is_empty()
            && self.imports.is_empty()
            && self.exports.iter().all(|(name, item, _, _)| {
                matches!(
                    item.ty,
                    ComponentEntityType::Type {
                        created: ComponentAnyTypeId::Component(_),
                        ..
                    }
                ) && ComponentName::new(name, 0)
                    .is_ok_and(|n| matches!(n.kind(), ComponentNameKind::Label(_)))
            })
    }
}

/// Decodes a types-only WIT package or a component.
pub fn decode(bytes: &[u8]) -> Result<Decoded> {
    let info = Info::read(bytes)?;
    let mut decoder = Decoder::new(&info.types);
    if info.is_package() {
        let mut package = PackageParts::default();
        let mut name: Option<PackageName> = None;
        for (export, item, _, _) in &info.exports {
            let ComponentEntityType::Type {
                created: ComponentAnyTypeId::Component(id),
                ..
            } = item.ty
            else {
                continue;
            };
            let ty = &info.types[id];
            let this = decoder
                .decode_package_item(ty, &mut package)
                .map_err(|e| e.context(format!("decoding `{export}`")))?;
            match &name {
                Some(name) if *name != this => bail!(
                    Decode,
                    "`{export}` belongs to package `{this}`, but earlier items to `{name}`"
                ),
                Some(_) => {}
                None => name = Some(this),
            }
        }
        let Some(name) = name else {
            bail!(Decode, "no exported component type found");
        };
        let (mut resolve, package) = decoder.finish(package.into_package(name));
        if let Some(docs) = &info.docs {
            docs.inject(&mut resolve, package)
                .map_err(|e| Error::new(ErrorKind::Decode, format!("package docs: {e}")))?;
        }
        Ok(Decoded::Package { resolve, package })
    } else {
        let world = decoder.resolve.worlds.alloc(empty_world("root"));
        let mut package = PackageParts::default();
        package.worlds.insert("root".to_string(), world);
        for (name, item) in &info.imports {
            decoder
                .decode_component_import(name, item, world, &mut package)
                .map_err(|e| e.context(format!("decoding import `{name}`")))?;
        }
        for (name, item, _, _) in &info.exports {
            decoder
                .decode_component_export(name, item, world, &mut package)
                .map_err(|e| e.context(format!("decoding export `{name}`")))?;
        }
        let (mut resolve, package) = decoder.finish(package.into_package(PackageName {
            namespace: "root".to_string(),
            name: "component".to_string(),
            version: None,
        }));
        if let Some(docs) = &info.docs {
            docs.inject(&mut resolve, package)
                .map_err(|e| Error::new(ErrorKind::Decode, format!("package docs: {e}")))?;
        }
        Ok(Decoded::Component { resolve, world })
    }
}

/// Decodes a world encoded as world metadata: a component whose single export
/// is a component type wrapping the world, exported under its id.
pub fn decode_world(bytes: &[u8]) -> Result<(Resolve, WorldId)> {
    let info = Info::read(bytes)?;
    let [(_, item, kind, ascribed)] = info.exports.as_slice() else {
        bail!(
            Decode,
            "expected world metadata with one export, found {} exports",
            info.exports.len()
        );
    };
    if *kind != ComponentExternalKind::Type || *ascribed {
        bail!(
            Decode,
            "expected world metadata to export an un-ascribed type"
        );
    }
    let ComponentEntityType::Type {
        created: ComponentAnyTypeId::Component(id),
        ..
    } = item.ty
    else {
        bail!(Decode, "expected world metadata to export a component type");
    };
    let ty = &info.types[id];
    let mut decoder = Decoder::new(&info.types);
    let mut package = PackageParts::default();
    let (name, item) = match (ty.imports.len(), ty.exports.iter().next()) {
        (0, Some((name, item))) if ty.exports.len() == 1 => (name, item),
        _ => bail!(Decode, "expected world metadata to wrap exactly one world"),
    };
    let ComponentEntityType::Component(world_ty) = item.ty else {
        bail!(Decode, "`{name}` is not a component type");
    };
    let package_name = package_name_of(name, item)?;
    decoder.register_world(name, &info.types[world_ty], &mut package)?;
    let (resolve, package) = decoder.finish(package.into_package(package_name));
    let Some(&world) = resolve.packages[package].worlds.values().next() else {
        bail!(Decode, "world metadata without a world");
    };
    Ok((resolve, world))
}

fn empty_world(name: &str) -> World {
    World {
        name: name.to_string(),
        docs: Docs::default(),
        imports: IndexMap::default(),
        exports: IndexMap::default(),
        includes: Vec::new(),
        package: None,
        stability: Default::default(),
        span: Default::default(),
    }
}

fn empty_interface(name: Option<String>) -> Interface {
    Interface {
        name,
        docs: Docs::default(),
        types: IndexMap::default(),
        functions: IndexMap::default(),
        package: None,
        stability: Default::default(),
        span: Default::default(),
        clone_of: None,
    }
}

/// The interfaces and worlds of a package being decoded.
#[derive(Default)]
struct PackageParts {
    interfaces: IndexMap<String, InterfaceId>,
    worlds: IndexMap<String, WorldId>,
}

impl PackageParts {
    fn into_package(self, name: PackageName) -> Package {
        Package {
            name,
            docs: Docs::default(),
            interfaces: self.interfaces,
            worlds: self.worlds,
        }
    }
}

fn parse_name(name: &str) -> Result<ComponentName> {
    ComponentName::new(name, 0).map_err(|e| {
        Error::new(
            ErrorKind::Decode,
            format!("bad name `{name}`: {}", e.message()),
        )
    })
}

/// The package of an id-form name `ns:pkg/item@version`.
fn package_name_of(name: &str, item: &ComponentItem) -> Result<PackageName> {
    let parsed = parse_name(name)?;
    let ComponentNameKind::Interface(id) = parsed.kind() else {
        bail!(
            Decode,
            "`{name}` is not of the form `namespace:package/name`"
        );
    };
    let version = id
        .version(item.version_suffix.as_deref())
        .map_err(|e| Error::new(ErrorKind::Decode, format!("bad version in `{name}`: {e}")))?;
    Ok(PackageName {
        namespace: id.namespace().to_string(),
        name: id.package().to_string(),
        version,
    })
}

struct Decoder<'a> {
    resolve: Resolve,
    types: &'a Types,
    /// Packages known only through the interfaces used from them.
    foreign: IndexMap<String, Package>,
    foreign_of: HashMap<InterfaceId, usize>,
    /// Interfaces of the main package, by full id.
    local: HashMap<String, InterfaceId>,
    /// Resources by owner and name, for functions' `[method]r.f` names.
    resources: HashMap<TypeOwner, HashMap<String, TypeId>>,
    /// wasmparser type ids already given a WIT meaning.
    type_map: HashMap<ComponentAnyTypeId, TypeId>,
}

impl<'a> Decoder<'a> {
    fn new(types: &'a Types) -> Self {
        Decoder {
            resolve: Resolve::default(),
            types,
            foreign: IndexMap::new(),
            foreign_of: HashMap::new(),
            local: HashMap::new(),
            resources: HashMap::new(),
            type_map: HashMap::new(),
        }
    }

    /// One export of a WIT package: an interface (the component type exports
    /// an instance) or a world (it exports a component). Returns its package.
    fn decode_package_item(
        &mut self,
        ty: &ComponentType,
        package: &mut PackageParts,
    ) -> Result<PackageName> {
        let (name, item) = match ty.exports.iter().next() {
            Some((name, item)) if ty.exports.len() == 1 => (name, item),
            _ => bail!(
                Decode,
                "expected a single export, found {}",
                ty.exports.len()
            ),
        };
        let package_name = package_name_of(name, item)?;
        match item.ty {
            ComponentEntityType::Component(world) => {
                self.register_world(name, &self.types[world], package)?;
            }
            ComponentEntityType::Instance(_) => {
                for (import, item) in ty.imports.iter() {
                    self.register_import(import, item)
                        .map_err(|e| e.context(format!("decoding import `{import}`")))?;
                }
                self.register_interface(name, item, package)?;
            }
            _ => bail!(Decode, "`{name}` is neither an interface nor a world"),
        }
        Ok(package_name)
    }

    fn decode_component_import(
        &mut self,
        name: &str,
        item: &ComponentItem,
        world: WorldId,
        package: &mut PackageParts,
    ) -> Result<()> {
        let owner = TypeOwner::World(world);
        let (key, item) = match item.ty {
            ComponentEntityType::Instance(_) => self.decode_world_instance(name, item, package)?,
            ComponentEntityType::Func(_) => (
                WorldKey::Name(name.to_string()),
                WorldItem::Function(self.convert_function(name, item, owner)?),
            ),
            ComponentEntityType::Type { .. } => (
                WorldKey::Name(name.to_string()),
                WorldItem::Type {
                    id: self.register_type_export(name, item, owner)?,
                    span: Default::default(),
                },
            ),
            // Modules, components and values are not part of a world.
            _ => return Ok(()),
        };
        self.resolve.worlds[world].imports.insert(key, item);
        Ok(())
    }

    fn decode_component_export(
        &mut self,
        name: &str,
        item: &ComponentItem,
        world: WorldId,
        package: &mut PackageParts,
    ) -> Result<()> {
        let (key, item) = match item.ty {
            ComponentEntityType::Func(_) => (
                WorldKey::Name(name.to_string()),
                WorldItem::Function(self.convert_function(name, item, TypeOwner::World(world))?),
            ),
            ComponentEntityType::Instance(_) => self.decode_world_instance(name, item, package)?,
            _ => bail!(
                Decode,
                "export `{name}` is neither a function nor an instance"
            ),
        };
        self.resolve.worlds[world].exports.insert(key, item);
        Ok(())
    }

    /// An instance imported or exported by a world: a foreign or local
    /// interface named by id, an `implements` reference, or an inline
    /// interface named by a label.
    fn decode_world_instance(
        &mut self,
        name: &str,
        item: &ComponentItem,
        package: &mut PackageParts,
    ) -> Result<(WorldKey, WorldItem)> {
        let (key, id) = match &item.implements {
            Some(implements) => (
                WorldKey::Name(name.to_string()),
                self.register_import(implements, item)?,
            ),
            None => match parse_name(name)?.kind() {
                ComponentNameKind::Interface(_) => {
                    let id = self.register_import(name, item)?;
                    (WorldKey::Interface(id), id)
                }
                _ => self.register_interface(name, item, package)?,
            },
        };
        Ok((
            key,
            WorldItem::Interface {
                id,
                stability: Default::default(),
                docs: Docs::default(),
                span: Default::default(),
                external_id: item.external_id.clone(),
            },
        ))
    }

    /// An instance named `name` (an id) that is either an interface of this
    /// package, already decoded, or one of a foreign package, filled in here
    /// with whatever this instance shows of it.
    fn register_import(&mut self, name: &str, item: &ComponentItem) -> Result<InterfaceId> {
        let ComponentEntityType::Instance(instance) = item.ty else {
            bail!(Decode, "`{name}` is not an instance");
        };
        let (local, interface) = match self.local.get(name) {
            Some(id) => (true, *id),
            None => (false, self.foreign_interface(name, item)?),
        };
        let owner = TypeOwner::Interface(interface);
        for (export, item) in self.types[instance].exports.iter() {
            match item.ty {
                ComponentEntityType::Type {
                    referenced,
                    created,
                } => {
                    let existing = self.resolve.interfaces[interface]
                        .types
                        .get(export.as_str())
                        .copied();
                    match existing {
                        Some(id) => {
                            if let ComponentAnyTypeId::Defined(def) = referenced {
                                self.register_defined(id, &self.types[def])?;
                            }
                            self.type_map.insert(created, id);
                        }
                        None if local => {
                            bail!(
                                Decode,
                                "`{name}` exports type `{export}`, which the interface does not define"
                            )
                        }
                        None => {
                            let id = self.register_type_export(export, item, owner)?;
                            self.resolve.interfaces[interface]
                                .types
                                .insert(export.to_string(), id);
                        }
                    }
                }
                ComponentEntityType::Func(_) => {
                    if self.resolve.interfaces[interface]
                        .functions
                        .contains_key(export.as_str())
                    {
                        continue;
                    }
                    if local {
                        bail!(
                            Decode,
                            "`{name}` exports function `{export}`, which the interface does not define"
                        );
                    }
                    let func = self.convert_function(export, item, owner)?;
                    self.resolve.interfaces[interface]
                        .functions
                        .insert(export.to_string(), func);
                }
                _ => bail!(
                    Decode,
                    "`{name}` exports `{export}`, which is neither a type nor a function"
                ),
            }
        }
        Ok(interface)
    }

    /// The interface of a foreign package named by `name`, created on first use.
    fn foreign_interface(&mut self, name: &str, item: &ComponentItem) -> Result<InterfaceId> {
        let package_name = package_name_of(name, item)?;
        let parsed = parse_name(name)?;
        let ComponentNameKind::Interface(id) = parsed.kind() else {
            bail!(Decode, "`{name}` is not an interface id");
        };
        let interface_name = id.interface().to_string();
        let key = package_name.to_string();
        let entry = self.foreign.entry(key.clone());
        let index = entry.index();
        let package = entry.or_insert_with(|| Package {
            name: package_name,
            docs: Docs::default(),
            interfaces: IndexMap::default(),
            worlds: IndexMap::default(),
        });
        let interface = match package.interfaces.get(&interface_name) {
            Some(id) => *id,
            None => {
                let id = self
                    .resolve
                    .interfaces
                    .alloc(empty_interface(Some(interface_name.clone())));
                package.interfaces.insert(interface_name, id);
                id
            }
        };
        self.foreign_of.insert(interface, index);
        Ok(interface)
    }

    /// An interface defined here: its types and functions, in order.
    fn register_interface(
        &mut self,
        name: &str,
        item: &ComponentItem,
        package: &mut PackageParts,
    ) -> Result<(WorldKey, InterfaceId)> {
        let ComponentEntityType::Instance(instance) = item.ty else {
            bail!(Decode, "`{name}` is not an instance");
        };
        if self.local.contains_key(name) {
            let id = self.register_import(name, item)?;
            return Ok((WorldKey::Interface(id), id));
        }
        let interface_name = match parse_name(name)?.kind() {
            ComponentNameKind::Interface(id) => Some(id.interface().to_string()),
            ComponentNameKind::Label(_) => None,
            _ => bail!(Decode, "`{name}` cannot name an interface"),
        };
        let mut interface = empty_interface(interface_name.clone());
        let owner = TypeOwner::Interface(self.resolve.interfaces.next_id());
        for (export, item) in self.types[instance].exports.iter() {
            match item.ty {
                ComponentEntityType::Type { .. } => {
                    let ty = self
                        .register_type_export(export, item, owner)
                        .map_err(|e| e.context(format!("decoding type `{export}`")))?;
                    interface.types.insert(export.to_string(), ty);
                }
                ComponentEntityType::Func(_) => {
                    let func = self
                        .convert_function(export, item, owner)
                        .map_err(|e| e.context(format!("decoding function `{export}`")))?;
                    interface.functions.insert(export.to_string(), func);
                }
                _ => bail!(
                    Decode,
                    "`{name}` exports `{export}`, which is neither a type nor a function"
                ),
            }
        }
        let id = self.resolve.interfaces.alloc(interface);
        let key = match interface_name {
            Some(interface_name) => {
                package.interfaces.insert(interface_name, id);
                self.local.insert(name.to_string(), id);
                WorldKey::Interface(id)
            }
            None => WorldKey::Name(name.to_string()),
        };
        Ok((key, id))
    }

    /// A world: a component type named `ns:pkg/world`.
    fn register_world(
        &mut self,
        name: &str,
        ty: &ComponentType,
        package: &mut PackageParts,
    ) -> Result<WorldId> {
        let world_name = match parse_name(name)?.kind() {
            ComponentNameKind::Interface(id) => id.interface().to_string(),
            _ => bail!(
                Decode,
                "world name `{name}` is not of the form `namespace:package/world`"
            ),
        };
        let mut world = empty_world(&world_name);
        let owner = TypeOwner::World(self.resolve.worlds.next_id());
        for (import, item) in ty.imports.iter() {
            let what = || format!("decoding import `{import}` of world `{world_name}`");
            let entry = match item.ty {
                ComponentEntityType::Instance(_) => self
                    .decode_world_instance(import, item, package)
                    .map_err(|e| e.context(what()))?,
                ComponentEntityType::Type { .. } => (
                    WorldKey::Name(import.to_string()),
                    WorldItem::Type {
                        id: self
                            .register_type_export(import, item, owner)
                            .map_err(|e| e.context(what()))?,
                        span: Default::default(),
                    },
                ),
                ComponentEntityType::Func(_) => (
                    WorldKey::Name(import.to_string()),
                    WorldItem::Function(
                        self.convert_function(import, item, owner)
                            .map_err(|e| e.context(what()))?,
                    ),
                ),
                _ => bail!(Decode, "{}: not an instance, function or type", what()),
            };
            world.imports.insert(entry.0, entry.1);
        }
        for (export, item) in ty.exports.iter() {
            let what = || format!("decoding export `{export}` of world `{world_name}`");
            let entry = match item.ty {
                ComponentEntityType::Instance(_) => self
                    .decode_world_instance(export, item, package)
                    .map_err(|e| e.context(what()))?,
                ComponentEntityType::Func(_) => (
                    WorldKey::Name(export.to_string()),
                    WorldItem::Function(
                        self.convert_function(export, item, owner)
                            .map_err(|e| e.context(what()))?,
                    ),
                ),
                _ => bail!(Decode, "{}: not an instance or function", what()),
            };
            world.exports.insert(entry.0, entry.1);
        }
        let id = self.resolve.worlds.alloc(world);
        package.worlds.insert(world_name, id);
        Ok(id)
    }

    /// Follows the alias chain of `id` to a type already given a meaning.
    fn find_alias(&self, id: ComponentAnyTypeId) -> Option<TypeId> {
        let mut current = id;
        loop {
            if let Some(found) = self.type_map.get(&current) {
                return Some(*found);
            }
            current = self.types.peel_alias(current)?;
        }
    }

    /// A named type: an alias of a type seen before (a `use`), or a new one.
    fn register_type_export(
        &mut self,
        name: &str,
        item: &ComponentItem,
        owner: TypeOwner,
    ) -> Result<TypeId> {
        let ComponentEntityType::Type {
            referenced,
            created,
        } = item.ty
        else {
            bail!(Decode, "`{name}` is not a type");
        };
        let kind = match self.find_alias(referenced) {
            Some(previous) => TypeDefKind::Type(Type::Id(previous)),
            None => match referenced {
                ComponentAnyTypeId::Defined(def) => self.convert_defined(&self.types[def])?,
                ComponentAnyTypeId::Resource(_) => TypeDefKind::Resource,
                _ => bail!(
                    Decode,
                    "type `{name}` is neither a value type nor a resource"
                ),
            },
        };
        let is_resource = matches!(kind, TypeDefKind::Resource);
        let id = self.resolve.types.alloc(TypeDef {
            name: Some(name.to_string()),
            kind,
            docs: Docs::default(),
            stability: Default::default(),
            owner,
            span: Default::default(),
            external_id: item.external_id.clone(),
        });
        if is_resource {
            self.resources
                .entry(owner)
                .or_default()
                .insert(name.to_string(), id);
        }
        if self.type_map.insert(created, id).is_some() {
            bail!(
                Decode,
                "cannot represent this component in WIT: type `{name}` appears more than once"
            );
        }
        Ok(id)
    }

    fn convert_function(
        &mut self,
        name: &str,
        item: &ComponentItem,
        owner: TypeOwner,
    ) -> Result<Function> {
        let ComponentEntityType::Func(func) = item.ty else {
            bail!(Decode, "`{name}` is not a function");
        };
        let ty = &self.types[func];
        let mut params = Vec::with_capacity(ty.params.len());
        for (param, ty) in ty.params.iter() {
            params.push(Param {
                name: param.to_string(),
                ty: self.convert_valtype(ty)?,
                span: Default::default(),
            });
        }
        let result = ty.result.map(|ty| self.convert_valtype(&ty)).transpose()?;
        let is_async = ty.async_;
        let parsed = parse_name(name)?;
        let resource = |resource: &str| -> Result<TypeId> {
            self.resources
                .get(&owner)
                .and_then(|resources| resources.get(resource))
                .copied()
                .ok_or_else(|| {
                    Error::new(
                        ErrorKind::Decode,
                        format!("function `{name}` refers to unknown resource `{resource}`"),
                    )
                })
        };
        let kind = match parsed.kind() {
            ComponentNameKind::Label(_) if is_async => FunctionKind::AsyncFreestanding,
            ComponentNameKind::Label(_) => FunctionKind::Freestanding,
            ComponentNameKind::Constructor(r) => FunctionKind::Constructor(resource(r.as_str())?),
            ComponentNameKind::Method(m) if is_async => {
                FunctionKind::AsyncMethod(resource(m.resource().as_str())?)
            }
            ComponentNameKind::Method(m) => FunctionKind::Method(resource(m.resource().as_str())?),
            ComponentNameKind::Static(s) if is_async => {
                FunctionKind::AsyncStatic(resource(s.resource().as_str())?)
            }
            ComponentNameKind::Static(s) => FunctionKind::Static(resource(s.resource().as_str())?),
            _ => bail!(Decode, "`{name}` is not a function name"),
        };
        Ok(Function {
            name: name.to_string(),
            kind,
            params,
            result,
            docs: Docs::default(),
            stability: Default::default(),
            span: Default::default(),
            external_id: item.external_id.clone(),
        })
    }

    fn convert_valtype(&mut self, ty: &ComponentValType) -> Result<Type> {
        let id = match ty {
            ComponentValType::Primitive(primitive) => return Ok(convert_primitive(*primitive)),
            ComponentValType::Type(id) => *id,
        };
        let key = ComponentAnyTypeId::from(id);
        if let Some(found) = self.type_map.get(&key) {
            return Ok(Type::Id(*found));
        }
        let kind = self.convert_defined(&self.types[id])?;
        if matches!(
            kind,
            TypeDefKind::Record(_)
                | TypeDefKind::Variant(_)
                | TypeDefKind::Enum(_)
                | TypeDefKind::Flags(_)
                | TypeDefKind::Resource
        ) {
            bail!(
                Decode,
                "a {} type must be named to be used in WIT",
                kind.as_str()
            );
        }
        let new = self.resolve.types.alloc(TypeDef {
            name: None,
            kind,
            docs: Docs::default(),
            stability: Default::default(),
            owner: TypeOwner::None,
            span: Default::default(),
            external_id: None,
        });
        self.type_map.insert(key, new);
        Ok(Type::Id(new))
    }

    fn convert_optional(&mut self, ty: Option<&ComponentValType>) -> Result<Option<Type>> {
        ty.map(|ty| self.convert_valtype(ty)).transpose()
    }

    fn convert_defined(&mut self, ty: &ComponentDefinedType) -> Result<TypeDefKind> {
        Ok(match ty {
            ComponentDefinedType::Primitive(p) => TypeDefKind::Type(convert_primitive(*p)),
            ComponentDefinedType::List { element, .. } => {
                TypeDefKind::List(self.convert_valtype(element)?)
            }
            ComponentDefinedType::Map { key, value, .. } => {
                TypeDefKind::Map(self.convert_valtype(key)?, self.convert_valtype(value)?)
            }
            ComponentDefinedType::FixedLengthList {
                element, length, ..
            } => TypeDefKind::FixedLengthList(self.convert_valtype(element)?, *length),
            ComponentDefinedType::Tuple(tuple) => {
                let mut types = Vec::with_capacity(tuple.types.len());
                for ty in tuple.types.iter() {
                    types.push(self.convert_valtype(ty)?);
                }
                TypeDefKind::Tuple(Tuple { types })
            }
            ComponentDefinedType::Option { ty, .. } => {
                TypeDefKind::Option(self.convert_valtype(ty)?)
            }
            ComponentDefinedType::Result { ok, err, .. } => TypeDefKind::Result(Result_ {
                ok: self.convert_optional(ok.as_ref())?,
                err: self.convert_optional(err.as_ref())?,
            }),
            ComponentDefinedType::Record(record) => {
                let mut fields = Vec::with_capacity(record.fields.len());
                for (name, ty) in record.fields.iter() {
                    fields.push(Field {
                        name: name.to_string(),
                        ty: self.convert_valtype(ty)?,
                        docs: Docs::default(),
                        span: Default::default(),
                    });
                }
                TypeDefKind::Record(Record { fields })
            }
            ComponentDefinedType::Variant(variant) => {
                let mut cases = Vec::with_capacity(variant.cases.len());
                for (name, case) in variant.cases.iter() {
                    cases.push(Case {
                        name: name.to_string(),
                        ty: self.convert_optional(case.ty.as_ref())?,
                        docs: Docs::default(),
                        span: Default::default(),
                    });
                }
                TypeDefKind::Variant(Variant { cases })
            }
            ComponentDefinedType::Flags(flags) => TypeDefKind::Flags(Flags {
                flags: flags
                    .iter()
                    .map(|name| Flag {
                        name: name.to_string(),
                        docs: Docs::default(),
                        span: Default::default(),
                    })
                    .collect(),
            }),
            ComponentDefinedType::Enum(cases) => TypeDefKind::Enum(Enum {
                cases: cases
                    .iter()
                    .map(|name| EnumCase {
                        name: name.to_string(),
                        docs: Docs::default(),
                        span: Default::default(),
                    })
                    .collect(),
            }),
            ComponentDefinedType::Own(resource) => {
                TypeDefKind::Handle(Handle::Own(self.resource_of((*resource).into())?))
            }
            ComponentDefinedType::Borrow(resource) => {
                TypeDefKind::Handle(Handle::Borrow(self.resource_of((*resource).into())?))
            }
            ComponentDefinedType::Future { ty, .. } => {
                TypeDefKind::Future(self.convert_optional(ty.as_ref())?)
            }
            ComponentDefinedType::Stream { ty, .. } => {
                TypeDefKind::Stream(self.convert_optional(ty.as_ref())?)
            }
        })
    }

    fn resource_of(&self, id: ComponentAnyTypeId) -> Result<TypeId> {
        match self.type_map.get(&id) {
            Some(id) => Ok(*id),
            None => bail!(Decode, "a handle refers to a resource that has no name"),
        }
    }

    /// Records the wasmparser ids inside `def` as the WIT types inside `id`,
    /// so that a foreign interface seen twice does not grow duplicate
    /// anonymous types.
    fn register_defined(&mut self, id: TypeId, def: &ComponentDefinedType) -> Result<()> {
        let kind = self.resolve.types[id].kind.clone();
        let pairs: Vec<(Option<&ComponentValType>, Option<&Type>)> = match (def, &kind) {
            (ComponentDefinedType::List { element, .. }, TypeDefKind::List(t))
            | (ComponentDefinedType::Option { ty: element, .. }, TypeDefKind::Option(t))
            | (
                ComponentDefinedType::FixedLengthList { element, .. },
                TypeDefKind::FixedLengthList(t, _),
            ) => vec![(Some(element), Some(t))],
            (ComponentDefinedType::Map { key, value, .. }, TypeDefKind::Map(k, v)) => {
                vec![(Some(key), Some(k)), (Some(value), Some(v))]
            }
            (ComponentDefinedType::Tuple(tuple), TypeDefKind::Tuple(t)) => tuple
                .types
                .iter()
                .zip(&t.types)
                .map(|(a, b)| (Some(a), Some(b)))
                .collect(),
            (ComponentDefinedType::Record(record), TypeDefKind::Record(r)) => record
                .fields
                .values()
                .zip(&r.fields)
                .map(|(a, b)| (Some(a), Some(&b.ty)))
                .collect(),
            (ComponentDefinedType::Variant(variant), TypeDefKind::Variant(v)) => variant
                .cases
                .values()
                .zip(&v.cases)
                .map(|(a, b)| (a.ty.as_ref(), b.ty.as_ref()))
                .collect(),
            (ComponentDefinedType::Result { ok, err, .. }, TypeDefKind::Result(r)) => {
                vec![(ok.as_ref(), r.ok.as_ref()), (err.as_ref(), r.err.as_ref())]
            }
            (ComponentDefinedType::Future { ty, .. }, TypeDefKind::Future(t))
            | (ComponentDefinedType::Stream { ty, .. }, TypeDefKind::Stream(t)) => {
                vec![(ty.as_ref(), t.as_ref())]
            }
            (_, TypeDefKind::Type(Type::Id(inner))) => {
                return self.register_defined(*inner, def);
            }
            _ => Vec::new(),
        };
        for (wasm, wit) in pairs {
            if let (Some(ComponentValType::Type(wasm)), Some(Type::Id(wit))) = (wasm, wit) {
                let key = ComponentAnyTypeId::from(*wasm);
                if self.type_map.contains_key(&key) {
                    continue;
                }
                // Only anonymous types are unified; named ones have their own
                // export and are registered when that export is seen.
                if self.resolve.types[*wit].name.is_none() {
                    self.type_map.insert(key, *wit);
                    self.register_defined(*wit, &self.types[*wasm])?;
                }
            }
        }
        Ok(())
    }

    /// Inserts the foreign packages (dependencies first) and then `package`.
    fn finish(mut self, package: Package) -> (Resolve, PackageId) {
        let mut order = IndexSet::new();
        for index in 0..self.foreign.len() {
            self.visit(index, &mut order);
        }
        let mut foreign: Vec<Option<Package>> = mem::take(&mut self.foreign)
            .into_values()
            .map(Some)
            .collect();
        for index in order {
            if let Some(package) = foreign[index].take() {
                self.insert_package(package);
            }
        }
        let id = self.insert_package(package);
        (self.resolve, id)
    }

    fn visit(&self, index: usize, order: &mut IndexSet<usize>) {
        if order.contains(&index) {
            return;
        }
        // Mark first so that a cycle cannot recurse forever.
        let Some((_, package)) = self.foreign.get_index(index) else {
            return;
        };
        let mut deps = Vec::new();
        for &interface in package.interfaces.values() {
            for dep in self.resolve.interface_direct_deps(interface) {
                if let Some(&dep_index) = self.foreign_of.get(&dep)
                    && dep_index != index
                {
                    deps.push(dep_index);
                }
            }
        }
        for dep in deps {
            if !order.contains(&dep) {
                self.visit(dep, order);
            }
        }
        order.insert(index);
    }

    fn insert_package(&mut self, package: Package) -> PackageId {
        let Package {
            name,
            docs,
            interfaces,
            worlds,
        } = package;
        let id = match self.resolve.package_names.get(&name) {
            Some(id) => *id,
            None => {
                let id = self.resolve.packages.alloc(Package {
                    name: name.clone(),
                    docs,
                    interfaces: IndexMap::default(),
                    worlds: IndexMap::default(),
                });
                self.resolve.package_names.insert(name, id);
                id
            }
        };
        for (name, interface) in interfaces {
            self.resolve.packages[id].interfaces.insert(name, interface);
            self.resolve.interfaces[interface].package = Some(id);
        }
        for (name, world) in worlds {
            self.resolve.packages[id].worlds.insert(name, world);
            let world = &mut self.resolve.worlds[world];
            world.package = Some(id);
            for (key, item) in world.imports.iter().chain(world.exports.iter()) {
                if let (WorldKey::Name(_), WorldItem::Interface { id: interface, .. }) = (key, item)
                {
                    let interface = &mut self.resolve.interfaces[*interface];
                    if interface.name.is_none() {
                        interface.package = Some(id);
                    }
                }
            }
        }
        id
    }
}

fn convert_primitive(ty: PrimitiveValType) -> Type {
    match ty {
        PrimitiveValType::Bool => Type::Bool,
        PrimitiveValType::S8 => Type::S8,
        PrimitiveValType::U8 => Type::U8,
        PrimitiveValType::S16 => Type::S16,
        PrimitiveValType::U16 => Type::U16,
        PrimitiveValType::S32 => Type::S32,
        PrimitiveValType::U32 => Type::U32,
        PrimitiveValType::S64 => Type::S64,
        PrimitiveValType::U64 => Type::U64,
        PrimitiveValType::F32 => Type::F32,
        PrimitiveValType::F64 => Type::F64,
        PrimitiveValType::Char => Type::Char,
        PrimitiveValType::String => Type::String,
        PrimitiveValType::ErrorContext => Type::ErrorContext,
    }
}
