//! World metadata in core modules: `component-type` custom sections.
//!
//! A section's payload is a types-only component whose single export is a
//! component type wrapping the world (exported under the world's id). A
//! `wit-component-encoding` custom section inside it holds the format version
//! (`0x04`) and the string encoding of the module's functions. A module may
//! carry several such sections (one per bindings generator run); reading
//! merges them into one world.

use std::borrow::Cow;

use indexmap::IndexMap;
use wasm_encoder::{
    ComponentBuilder, ComponentExportKind, ComponentType, ComponentTypeRef, CustomSection,
};
use wasmparser::{BinaryReader, Encoding, Parser, Payload};
use wit_parser::{
    CloneMaps, Docs, Package, PackageName, Resolve, World, WorldId, WorldItem, WorldKey,
};

use crate::error::{Error, ErrorKind, Result, bail};
use crate::wit::{decode_world, encode_world, producers_section};

/// Prefix of the custom sections holding world metadata.
pub const SECTION_PREFIX: &str = "component-type";
/// Custom section, inside the metadata, with the version and string encoding.
pub const ENCODING_SECTION: &str = "wit-component-encoding";
/// The metadata format version this crate writes and reads.
pub const VERSION: u8 = 0x04;

/// How strings cross the boundary of a module's functions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum StringEncoding {
    /// UTF-8.
    #[default]
    Utf8,
    /// UTF-16.
    Utf16,
    /// Latin-1 or UTF-16, chosen per string.
    CompactUtf16,
}

impl StringEncoding {
    /// The byte of the metadata format.
    pub fn byte(self) -> u8 {
        match self {
            StringEncoding::Utf8 => 0,
            StringEncoding::Utf16 => 1,
            StringEncoding::CompactUtf16 => 2,
        }
    }

    /// Reads the byte of the metadata format.
    pub fn from_byte(byte: u8) -> Option<Self> {
        match byte {
            0 => Some(StringEncoding::Utf8),
            1 => Some(StringEncoding::Utf16),
            2 => Some(StringEncoding::CompactUtf16),
            _ => None,
        }
    }

    /// The name used on command lines: `utf8`, `utf16` or `compact-utf16`.
    pub fn name(self) -> &'static str {
        match self {
            StringEncoding::Utf8 => "utf8",
            StringEncoding::Utf16 => "utf16",
            StringEncoding::CompactUtf16 => "compact-utf16",
        }
    }
}

impl std::str::FromStr for StringEncoding {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "utf8" => Ok(StringEncoding::Utf8),
            "utf16" => Ok(StringEncoding::Utf16),
            "compact-utf16" | "latin1+utf16" => Ok(StringEncoding::CompactUtf16),
            _ => bail!(
                Metadata,
                "unknown string encoding `{s}`; expected utf8, utf16 or compact-utf16"
            ),
        }
    }
}

/// The payload of a `component-type` section describing `world`.
pub fn encode_metadata(
    resolve: &Resolve,
    world: WorldId,
    encoding: StringEncoding,
) -> Result<Vec<u8>> {
    let ty = encode_world(resolve, world)?;
    let world = &resolve.worlds[world];
    let Some(package) = world.package else {
        bail!(Encode, "world `{}` belongs to no package", world.name);
    };
    let mut wrapper = ComponentType::new();
    wrapper.ty().component(&ty);
    wrapper.export(
        resolve.id_of_name(package, &world.name).as_str(),
        ComponentTypeRef::Component(0),
    );
    let mut builder = ComponentBuilder::default();
    builder.custom_section(&CustomSection {
        name: ENCODING_SECTION.into(),
        data: Cow::Borrowed(&[VERSION, encoding.byte()]),
    });
    let index = builder.type_component(None, &wrapper);
    builder.export(world.name.as_str(), ComponentExportKind::Type, index, None);
    builder.raw_custom_section(&producers_section());
    Ok(builder.finish())
}

/// The name canon gives the `component-type` section of `world`.
pub fn section_name(resolve: &Resolve, world: WorldId) -> String {
    let world = &resolve.worlds[world];
    match world.package {
        Some(package) => format!(
            "{SECTION_PREFIX}:canon:{}",
            resolve.id_of_name(package, &world.name)
        ),
        None => format!("{SECTION_PREFIX}:canon:{}", world.name),
    }
}

/// Appends the metadata of `world` to core module `module`.
pub fn embed(
    module: &[u8],
    resolve: &Resolve,
    world: WorldId,
    encoding: StringEncoding,
) -> Result<Vec<u8>> {
    check_is_module(module, ErrorKind::Metadata)?;
    let payload = encode_metadata(resolve, world, encoding)?;
    let mut out = module.to_vec();
    let section = CustomSection {
        name: section_name(resolve, world).into(),
        data: Cow::Owned(payload),
    };
    use wasm_encoder::{Encode, Section};
    out.push(section.id());
    section.encode(&mut out);
    Ok(out)
}

fn check_is_module(bytes: &[u8], kind: ErrorKind) -> Result<()> {
    match Parser::new(0).parse_all(bytes).next() {
        Some(Ok(Payload::Version {
            encoding: Encoding::Module,
            ..
        })) => Ok(()),
        Some(Ok(Payload::Version { range, .. })) => {
            Err(Error::new(kind, "expected a core module, found a component").at(range.start))
        }
        Some(Err(e)) => {
            let e = Error::from_wasmparser(kind, &e);
            let message = format!("not a WebAssembly binary: {}", e.message());
            Err(Error::new(kind, message).at(e.offset().unwrap_or(0)))
        }
        _ => bail!(Metadata, "empty input: expected a core module"),
    }
}

/// The world a module was built for, merged from all its metadata sections.
#[derive(Debug)]
pub struct Metadata {
    /// Every package the world refers to.
    pub resolve: Resolve,
    /// The merged world.
    pub world: WorldId,
    /// String encoding of each imported function, keyed by [`Metadata::key`].
    pub import_encodings: IndexMap<String, StringEncoding>,
    /// String encoding of each exported function, keyed by [`Metadata::key`].
    pub export_encodings: IndexMap<String, StringEncoding>,
}

impl Default for Metadata {
    fn default() -> Self {
        let mut resolve = Resolve::default();
        let name = PackageName {
            namespace: "root".to_string(),
            name: "root".to_string(),
            version: None,
        };
        let package = resolve.packages.alloc(Package {
            name: name.clone(),
            docs: Docs::default(),
            interfaces: IndexMap::default(),
            worlds: IndexMap::default(),
        });
        resolve.package_names.insert(name, package);
        let world = resolve.worlds.alloc(World {
            name: "root".to_string(),
            docs: Docs::default(),
            imports: IndexMap::default(),
            exports: IndexMap::default(),
            includes: Vec::new(),
            package: Some(package),
            stability: Default::default(),
            span: Default::default(),
        });
        resolve.packages[package]
            .worlds
            .insert("root".to_string(), world);
        Metadata {
            resolve,
            world,
            import_encodings: IndexMap::new(),
            export_encodings: IndexMap::new(),
        }
    }
}

impl Metadata {
    /// The key of function `func` of world item `key` in the encoding maps.
    pub fn key(resolve: &Resolve, key: &WorldKey, func: &str) -> String {
        format!("{}/{func}", resolve.name_world_key(key))
    }

    /// The string encoding of function `func` of import or export `key`.
    pub fn encoding(&self, import: bool, key: &WorldKey, func: &str) -> StringEncoding {
        let map = if import {
            &self.import_encodings
        } else {
            &self.export_encodings
        };
        map.get(&Self::key(&self.resolve, key, func))
            .copied()
            .unwrap_or_default()
    }

    fn from_payload(data: &[u8]) -> Result<Metadata> {
        let (resolve, world) = decode_world(data)?;
        let mut encoding = None;
        for payload in Parser::new(0).parse_all(data) {
            if let Ok(Payload::CustomSection(section)) = payload
                && section.name() == ENCODING_SECTION
            {
                encoding = Some((section.data().to_vec(), section.range().start));
            }
        }
        let encoding = match encoding {
            None => bail!(Metadata, "missing custom section `{ENCODING_SECTION}`"),
            Some((data, offset)) => match data.as_slice() {
                [VERSION, byte] => StringEncoding::from_byte(*byte).ok_or_else(|| {
                    Error::new(
                        ErrorKind::Metadata,
                        format!("invalid string encoding {byte:#x}"),
                    )
                    .at(offset)
                })?,
                [version, ..] => {
                    return Err(Error::new(
                        ErrorKind::Metadata,
                        format!(
                            "`{ENCODING_SECTION}` uses format {version}, but only {VERSION} is supported"
                        ),
                    )
                    .at(offset));
                }
                [] => {
                    return Err(Error::new(
                        ErrorKind::Metadata,
                        format!("`{ENCODING_SECTION}` is empty"),
                    )
                    .at(offset));
                }
            },
        };
        let mut metadata = Metadata {
            resolve,
            world,
            import_encodings: IndexMap::new(),
            export_encodings: IndexMap::new(),
        };
        let world = &metadata.resolve.worlds[world];
        for (items, map) in [
            (&world.imports, &mut metadata.import_encodings),
            (&world.exports, &mut metadata.export_encodings),
        ] {
            for (key, item) in items {
                let funcs: Vec<&str> = match item {
                    WorldItem::Function(func) => vec![func.name.as_str()],
                    WorldItem::Interface { id, .. } => metadata.resolve.interfaces[*id]
                        .functions
                        .keys()
                        .map(String::as_str)
                        .collect(),
                    WorldItem::Type { .. } => Vec::new(),
                };
                for func in funcs {
                    map.insert(Self::key(&metadata.resolve, key, func), encoding);
                }
            }
        }
        Ok(metadata)
    }

    /// Renames the package of the merged world (`root:root`) to `root:{name}`,
    /// so that metadata read from another module can be merged with this.
    pub(crate) fn rename_root_package(&mut self, name: &str) {
        let Some(package) = self.resolve.worlds[self.world].package else {
            return;
        };
        let old = self.resolve.packages[package].name.clone();
        let new = PackageName {
            namespace: old.namespace.clone(),
            name: name.to_string(),
            version: None,
        };
        self.resolve.package_names.shift_remove(&old);
        self.resolve.packages[package].name = new.clone();
        self.resolve.package_names.insert(new, package);
    }

    /// Merges `other` into this metadata: its packages, its world's imports
    /// and exports, and its encodings, which must agree.
    pub fn merge(&mut self, other: Metadata) -> Result<()> {
        let Metadata {
            resolve,
            world,
            import_encodings,
            export_encodings,
        } = other;
        let remap = self.resolve.merge(resolve).map_err(|e| {
            Error::new(
                ErrorKind::Metadata,
                format!("cannot merge WIT packages: {e:#}"),
            )
        })?;
        let world = remap
            .map_world(world, Default::default())
            .map_err(|e| Error::new(ErrorKind::Metadata, format!("cannot merge worlds: {e:#}")))?;
        self.resolve
            .merge_worlds(world, self.world, &mut CloneMaps::default())
            .map_err(|e| Error::new(ErrorKind::Metadata, format!("cannot merge worlds: {e:#}")))?;
        for (mine, theirs) in [
            (&mut self.import_encodings, import_encodings),
            (&mut self.export_encodings, export_encodings),
        ] {
            for (key, encoding) in theirs {
                if let Some(previous) = mine.insert(key.clone(), encoding)
                    && previous != encoding
                {
                    bail!(
                        Metadata,
                        "conflicting string encodings for `{key}`: {} and {}",
                        previous.name(),
                        encoding.name()
                    );
                }
            }
        }
        Ok(())
    }
}

/// Reads and merges all `component-type` sections of `module`. Returns the
/// module without them, and the metadata, or `None` if there was none.
pub fn read(module: &[u8]) -> Result<(Vec<u8>, Option<Metadata>)> {
    check_is_module(module, ErrorKind::Metadata)?;
    let mut stripped = wasm_encoder::Module::new();
    let mut metadata: Option<Metadata> = None;
    for payload in Parser::new(0).parse_all(module) {
        let payload = payload.map_err(|e| Error::from_wasmparser(ErrorKind::Metadata, &e))?;
        match &payload {
            Payload::CustomSection(section) if section.name().starts_with(SECTION_PREFIX) => {
                let name = section.name().to_string();
                let data = section.data();
                let offset = section.data_offset();
                let this = decode_section(data).map_err(|e| {
                    e.context(format!(
                        "reading custom section `{name}` at offset {offset:#x}"
                    ))
                })?;
                match &mut metadata {
                    Some(metadata) => metadata
                        .merge(this)
                        .map_err(|e| e.context(format!("merging custom section `{name}`")))?,
                    None => {
                        let mut base = Metadata::default();
                        base.merge(this)
                            .map_err(|e| e.context(format!("merging custom section `{name}`")))?;
                        metadata = Some(base);
                    }
                }
            }
            _ => {
                if let Some((id, range)) = payload.as_section() {
                    stripped.section(&wasm_encoder::RawSection {
                        id,
                        data: &module[range],
                    });
                }
            }
        }
    }
    Ok((stripped.finish(), metadata))
}

/// One section's payload: the current format, or the older `0x03` one that
/// names the world before a whole encoded package.
fn decode_section(data: &[u8]) -> Result<Metadata> {
    let mut reader = BinaryReader::new(data, 0);
    match reader.read_u8() {
        Ok(0x03) => {
            let byte = reader
                .read_u8()
                .map_err(|e| Error::from_wasmparser(ErrorKind::Metadata, &e))?;
            let encoding = StringEncoding::from_byte(byte).ok_or_else(|| {
                Error::new(
                    ErrorKind::Metadata,
                    format!("invalid string encoding {byte:#x}"),
                )
            })?;
            let world_name = reader
                .read_string()
                .map_err(|e| Error::from_wasmparser(ErrorKind::Metadata, &e))?
                .to_string();
            let rest = &data[reader.original_position()..];
            let crate::wit::Decoded::Package { resolve, package } = crate::wit::decode(rest)?
            else {
                bail!(Metadata, "expected an encoded WIT package");
            };
            let Some(&world) = resolve.packages[package].worlds.get(&world_name) else {
                bail!(Metadata, "the package has no world `{world_name}`");
            };
            // Re-encoded in the current format, read the same way.
            let bytes = encode_metadata(&resolve, world, encoding)?;
            Metadata::from_payload(&bytes)
        }
        _ => Metadata::from_payload(data),
    }
}
