//! Checking a core module against its world: every import must be something
//! the world provides, with the core signature canon-abi gives it, and every
//! export the world requires must be there.

use std::collections::{HashMap, HashSet};
use std::fmt;

use canon_abi::{AbiVariant, WitTypes};
use canon_wit::names::{self, FunctionName, ImportField};
use wasm_encoder::ValType;
use wasmparser::{Parser, Payload, TypeRef, Validator, WasmFeatures};
use wit_parser::{Function, InterfaceId, Resolve, TypeDefKind, TypeId, WorldItem, WorldKey};

use super::builder::Intrinsic;
use crate::dummy::{plan, val_type};
use crate::error::{Error, ErrorKind, Result, bail};
use crate::metadata::Metadata;

/// A core function type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CoreSig {
    params: Vec<ValType>,
    results: Vec<ValType>,
}

impl CoreSig {
    pub(crate) fn params(&self) -> &[ValType] {
        &self.params
    }
    pub(crate) fn results(&self) -> &[ValType] {
        &self.results
    }
    fn from_abi(sig: &canon_abi::CoreSignature) -> Self {
        CoreSig {
            params: sig.params.iter().copied().map(val_type).collect(),
            results: sig.results.iter().copied().map(val_type).collect(),
        }
    }
}

impl fmt::Display for CoreSig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |types: &[ValType]| {
            types
                .iter()
                .map(|t| match t {
                    ValType::I32 => "i32",
                    ValType::I64 => "i64",
                    ValType::F32 => "f32",
                    ValType::F64 => "f64",
                    ValType::V128 => "v128",
                    ValType::Ref(_) => "ref",
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        write!(f, "({}) -> ({})", list(&self.params), list(&self.results))
    }
}

/// One import of the core module, with what it stands for.
#[derive(Debug)]
pub(crate) enum CoreImport<'a> {
    /// A WIT function, lowered.
    Func {
        module: String,
        field: String,
        interface: Option<InterfaceId>,
        key: WorldKey,
        func: &'a Function,
        sig: CoreSig,
        needs_memory: bool,
    },
    /// `resource.drop` of an imported resource.
    ImportedDrop {
        module: String,
        field: String,
        ty: TypeId,
    },
    /// A function an adapter exports, with its signature.
    Adapter {
        module: String,
        field: String,
        sig: CoreSig,
    },
    /// In an adapter: an export of the main module (`__main_module__`).
    MainExport { module: String, field: String },
    /// An intrinsic of an exported resource.
    Exported {
        module: String,
        field: String,
        ty: TypeId,
        intrinsic: Intrinsic,
    },
}

impl CoreImport<'_> {
    pub(crate) fn names(&self) -> (&str, &str) {
        match self {
            CoreImport::Func { module, field, .. }
            | CoreImport::Adapter { module, field, .. }
            | CoreImport::MainExport { module, field }
            | CoreImport::ImportedDrop { module, field, .. }
            | CoreImport::Exported { module, field, .. } => (module, field),
        }
    }
}

/// What the encoder needs to know of the core module.
#[derive(Debug)]
pub(crate) struct CoreInfo<'a> {
    pub(crate) imports: Vec<CoreImport<'a>>,
    pub(crate) exports: HashSet<String>,
    /// Exported resources with a destructor export, and its name.
    pub(crate) destructors: Vec<(TypeId, String)>,
    pub(crate) has_memory: bool,
    /// The realloc that lowered imports use: `cabi_import_realloc`, or
    /// `cabi_realloc`.
    pub(crate) import_realloc: Option<&'static str>,
    /// The realloc that lifted exports use: `cabi_export_realloc`, or
    /// `cabi_realloc`.
    pub(crate) export_realloc: Option<&'static str>,
    /// The memory the module imports (an adapter imports the main module's).
    pub(crate) memory_import: Option<(String, String)>,
    /// The module exports `_initialize`, to run once it is instantiated.
    pub(crate) initialize: bool,
}

/// The imports (module, field, signature) and function exports (name,
/// signature) of a core module.
#[derive(Debug, Default)]
pub struct ModuleInfo {
    /// Function imports.
    pub imports: Vec<(String, String, String)>,
    /// Function exports, with signatures rendered as `(i32) -> (i32)`.
    pub exports: HashMap<String, String>,
    /// All export names.
    pub export_names: HashSet<String>,
}

struct Parsed {
    imports: Vec<(String, String, CoreSig, usize)>,
    memory_imports: Vec<(String, String)>,
    exports: HashMap<String, (Option<CoreSig>, usize)>,
}

fn parse(module: &[u8]) -> Result<Parsed> {
    let mut validator = Validator::new_with_features(WasmFeatures::all());
    validator.validate_all(module).map_err(|e| {
        Error::from_wasmparser(ErrorKind::Validate, &e).context("invalid core module")
    })?;
    let mut types: Vec<CoreSig> = Vec::new();
    let mut func_types: Vec<u32> = Vec::new();
    let mut parsed = Parsed {
        imports: Vec::new(),
        memory_imports: Vec::new(),
        exports: HashMap::new(),
    };
    let err = |e: wasmparser::BinaryReaderError| Error::from_wasmparser(ErrorKind::Validate, &e);
    for payload in Parser::new(0).parse_all(module) {
        match payload.map_err(err)? {
            Payload::TypeSection(section) => {
                for ty in section.into_iter_err_on_gc_types() {
                    let ty = ty.map_err(err)?;
                    let convert = |t: &wasmparser::ValType| match t {
                        wasmparser::ValType::I32 => ValType::I32,
                        wasmparser::ValType::I64 => ValType::I64,
                        wasmparser::ValType::F32 => ValType::F32,
                        wasmparser::ValType::F64 => ValType::F64,
                        wasmparser::ValType::V128 => ValType::V128,
                        wasmparser::ValType::Ref(_) => ValType::Ref(wasm_encoder::RefType::FUNCREF),
                    };
                    types.push(CoreSig {
                        params: ty.params().iter().map(convert).collect(),
                        results: ty.results().iter().map(convert).collect(),
                    });
                }
            }
            Payload::ImportSection(section) => {
                for import in section.into_imports() {
                    let import = import.map_err(err)?;
                    if let TypeRef::Memory(_) = import.ty {
                        parsed
                            .memory_imports
                            .push((import.module.to_string(), import.name.to_string()));
                    }
                    if let TypeRef::Func(ty) = import.ty {
                        let sig = types.get(ty as usize).cloned().unwrap_or(CoreSig {
                            params: Vec::new(),
                            results: Vec::new(),
                        });
                        parsed.imports.push((
                            import.module.to_string(),
                            import.name.to_string(),
                            sig,
                            0,
                        ));
                        func_types.push(ty);
                    }
                }
            }
            Payload::FunctionSection(section) => {
                for ty in section {
                    func_types.push(ty.map_err(err)?);
                }
            }
            Payload::ExportSection(section) => {
                for export in section {
                    let export = export.map_err(err)?;
                    let sig = match export.kind {
                        wasmparser::ExternalKind::Func => func_types
                            .get(export.index as usize)
                            .and_then(|ty| types.get(*ty as usize))
                            .cloned(),
                        _ => None,
                    };
                    parsed.exports.insert(export.name.to_string(), (sig, 0));
                }
            }
            _ => {}
        }
    }
    Ok(parsed)
}

/// The function imports and exports of a core module, for diagnostics.
pub fn module_info(module: &[u8]) -> Result<ModuleInfo> {
    let parsed = parse(module)?;
    Ok(ModuleInfo {
        imports: parsed
            .imports
            .iter()
            .map(|(m, f, sig, _)| (m.clone(), f.clone(), sig.to_string()))
            .collect(),
        exports: parsed
            .exports
            .iter()
            .filter_map(|(name, (sig, _))| Some((name.clone(), sig.as_ref()?.to_string())))
            .collect(),
        export_names: parsed.exports.keys().cloned().collect(),
    })
}

fn needs_memory(p: &canon_abi::FuncPlan, variant: AbiVariant) -> bool {
    let sig = p.signature(variant);
    p.params_props.has_pointers || p.result_props.has_pointers || sig.indirect_params || sig.retptr
}

fn list(names: impl Iterator<Item = String>) -> String {
    let names: Vec<String> = names.map(|n| format!("`{n}`")).collect();
    if names.is_empty() {
        "nothing".to_string()
    } else {
        names.join(", ")
    }
}

/// Which module is checked.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Role<'r> {
    /// The main module, with the adapters it may import from.
    Main {
        adapters: &'r [super::adapter::Adapter],
    },
    /// An adapter, instantiated after the main module, which exports
    /// `main_exports`. It lifts the world's exports the main module lacks.
    Adapter {
        name: &'r str,
        main_exports: &'r HashSet<String>,
    },
}

/// Checks `module` against the world of `metadata`.
pub(crate) fn check<'a>(
    module: &[u8],
    metadata: &'a Metadata,
    abi: &WitTypes,
    role: Role<'_>,
) -> Result<CoreInfo<'a>> {
    let resolve = &metadata.resolve;
    let world = &resolve.worlds[metadata.world];
    let world_name = &world.name;
    let parsed = parse(module)?;
    let mut imports = Vec::new();
    let adapters = match role {
        Role::Main { adapters } => adapters,
        Role::Adapter { .. } => &[],
    };

    // An interface by its exact name or, failing that, by a semver-compatible
    // one (the preview1 adapter imports `wasi:filesystem/preopens@0.2.6`
    // while its world, like the others, has `@0.2.12`).
    let find_key = |items: &'a indexmap::IndexMap<WorldKey, WorldItem>, name: &str| {
        let interfaces = || {
            items.iter().filter_map(|(key, item)| match item {
                WorldItem::Interface { id, .. } => Some((key, *id, resolve.name_world_key(key))),
                _ => None,
            })
        };
        interfaces()
            .find(|(_, _, key_name)| key_name == name)
            .or_else(|| interfaces().find(|(_, _, key_name)| semver_compatible(key_name, name)))
            .map(|(key, id, _)| (key, id))
    };

    for (module_name, field, sig, _) in &parsed.imports {
        let what = format!("`{module_name}#{field}`");
        if let Role::Adapter { name, main_exports } = role
            && module_name == super::gc::MAIN_MODULE
        {
            if !main_exports.contains(field) {
                let mut names: Vec<&String> = main_exports.iter().collect();
                names.sort();
                bail!(
                    Validate,
                    "adapter `{name}` imports {what}, but the main module does not export `{field}`; it exports: {}",
                    list(names.into_iter().cloned())
                );
            }
            imports.push(CoreImport::MainExport {
                module: module_name.clone(),
                field: field.clone(),
            });
            continue;
        }
        if let Some(adapter) = adapters.iter().find(|a| a.name == *module_name) {
            let Some(expected) = adapter.info.exports.get(field) else {
                let mut names: Vec<&String> = adapter.info.exports.keys().collect();
                names.sort();
                bail!(
                    Validate,
                    "module imports {what}, but adapter `{module_name}` exports no such function; it exports: {}",
                    list(names.into_iter().cloned())
                );
            };
            if sig.to_string() != *expected {
                bail!(
                    Validate,
                    "import {what} has signature {sig}, but adapter `{module_name}` exports it as {expected}"
                );
            }
            imports.push(CoreImport::Adapter {
                module: module_name.clone(),
                field: field.clone(),
                sig: sig.clone(),
            });
            continue;
        }
        let parsed_module = names::parse_import_module(module_name);
        if parsed_module.exported {
            // `[export]iface`: intrinsics of a resource the module exports.
            let Some(interface_name) = parsed_module.interface else {
                bail!(
                    Validate,
                    "module imports {what}, but world-level resources cannot be exported"
                );
            };
            let Some((_, id)) = find_key(&world.exports, interface_name) else {
                bail!(
                    Validate,
                    "module imports {what}, but world `{world_name}` exports no interface `{interface_name}`; it exports: {}",
                    list(world.exports.keys().map(|k| resolve.name_world_key(k)))
                );
            };
            let (resource, intrinsic, expected) = match ImportField::parse(field) {
                ImportField::ResourceNew(r) => (r, Intrinsic::New, "(i32) -> (i32)"),
                ImportField::ResourceRep(r) => (r, Intrinsic::Rep, "(i32) -> (i32)"),
                ImportField::ResourceDrop(r) => (r, Intrinsic::Drop, "(i32) -> ()"),
                ImportField::Function(_) => bail!(
                    Validate,
                    "module imports {what}, but only resource intrinsics can be imported from `{module_name}`"
                ),
            };
            let ty = resource_of(resolve, id, resource).ok_or_else(|| {
                Error::new(
                    ErrorKind::Validate,
                    format!("module imports {what}, but interface `{interface_name}` has no resource `{resource}`"),
                )
            })?;
            if sig.to_string() != expected {
                bail!(
                    Validate,
                    "import {what} has signature {sig}, but the world expects {expected}"
                );
            }
            imports.push(CoreImport::Exported {
                module: module_name.clone(),
                field: field.clone(),
                ty,
                intrinsic,
            });
            continue;
        }

        // Functions and resource drops of an imported interface or the world.
        let (interface, key, functions): (Option<InterfaceId>, Option<&WorldKey>, Vec<&Function>) =
            match parsed_module.interface {
                None => (
                    None,
                    None,
                    world
                        .imports
                        .values()
                        .filter_map(|item| match item {
                            WorldItem::Function(f) => Some(f),
                            _ => None,
                        })
                        .collect(),
                ),
                Some(name) => {
                    let Some((key, id)) = find_key(&world.imports, name) else {
                        // A plain core module name (no `ns:pkg/`) is more
                        // likely an adapter than an interface.
                        let hint = if name.contains(':') {
                            String::new()
                        } else {
                            format!(" (if `{name}` is an adapter, give it as one)")
                        };
                        bail!(
                            Validate,
                            "module imports {what}, but world `{world_name}` imports no interface `{name}`{hint}; it imports: {}",
                            list(world.imports.keys().map(|k| resolve.name_world_key(k)))
                        );
                    };
                    (
                        Some(id),
                        Some(key),
                        resolve.interfaces[id].functions.values().collect(),
                    )
                }
            };
        match ImportField::parse(field) {
            ImportField::ResourceDrop(resource) => {
                let ty = match interface {
                    Some(id) => resource_of(resolve, id, resource),
                    None => world.imports.values().find_map(|item| match item {
                        WorldItem::Type { id, .. }
                            if resolve.types[*id].name.as_deref() == Some(resource)
                                && matches!(resolve.types[*id].kind, TypeDefKind::Resource) =>
                        {
                            Some(*id)
                        }
                        _ => None,
                    }),
                };
                let Some(ty) = ty else {
                    bail!(
                        Validate,
                        "module imports {what}, but `{module_name}` has no resource `{resource}`"
                    );
                };
                if sig.to_string() != "(i32) -> ()" {
                    bail!(
                        Validate,
                        "import {what} has signature {sig}, but the world expects (i32) -> ()"
                    );
                }
                imports.push(CoreImport::ImportedDrop {
                    module: module_name.clone(),
                    field: field.clone(),
                    ty,
                });
            }
            ImportField::Function(name) => {
                let full = match name {
                    FunctionName::Freestanding(n) => n.to_string(),
                    _ => field.clone(),
                };
                let Some(func) = functions.iter().find(|f| f.name == full) else {
                    bail!(
                        Validate,
                        "module imports {what}, but world `{world_name}` has no such function; `{module_name}` has: {}",
                        list(functions.iter().map(|f| f.name.clone()))
                    );
                };
                let p = plan(abi, func)?;
                let expected = CoreSig::from_abi(p.signature(AbiVariant::GuestImport));
                if *sig != expected {
                    bail!(
                        Validate,
                        "import {what} has signature {sig}, but the world expects {expected}"
                    );
                }
                imports.push(CoreImport::Func {
                    module: module_name.clone(),
                    field: field.clone(),
                    interface,
                    key: key
                        .cloned()
                        .unwrap_or_else(|| WorldKey::Name(func.name.clone())),
                    func,
                    sig: expected,
                    needs_memory: needs_memory(&p, AbiVariant::GuestImport),
                });
            }
            ImportField::ResourceNew(_) | ImportField::ResourceRep(_) => bail!(
                Validate,
                "module imports {what}, but `resource.new` and `resource.rep` are only for exported resources (module `[export]{module_name}`)"
            ),
        }
    }

    // Exports the world requires.
    let mut destructors = Vec::new();
    let check_export = |key: Option<&WorldKey>, func: &Function| -> Result<()> {
        let core = names::export_function(resolve, key, func);
        match role {
            Role::Main { adapters } => {
                if !parsed.exports.contains_key(&core)
                    && adapters.iter().any(|a| a.info.exports.contains_key(&core))
                {
                    // An adapter provides this export.
                    return Ok(());
                }
            }
            Role::Adapter { main_exports, .. } => {
                if main_exports.contains(&core) || !parsed.exports.contains_key(&core) {
                    // Not lifted from the adapter.
                    return Ok(());
                }
            }
        }
        let Some((sig, _)) = parsed.exports.get(&core) else {
            bail!(
                Validate,
                "world `{world_name}` exports `{}`, but the module does not export `{core}`",
                func.name
            );
        };
        let p = plan(abi, func)?;
        let expected = CoreSig::from_abi(p.signature(AbiVariant::GuestExport));
        if sig.as_ref() != Some(&expected) {
            let actual = sig
                .as_ref()
                .map_or("not a function".to_string(), |s| s.to_string());
            bail!(
                Validate,
                "export `{core}` has signature {actual}, but the world expects {expected}"
            );
        }
        // A post-return takes the export's core results and returns nothing.
        let post_return = names::post_return(&core);
        if let Some((post_sig, _)) = parsed.exports.get(&post_return) {
            let expected_post = CoreSig {
                params: expected.results.clone(),
                results: Vec::new(),
            };
            if post_sig.as_ref() != Some(&expected_post) {
                let actual = post_sig
                    .as_ref()
                    .map_or("not a function".to_string(), |s| s.to_string());
                bail!(
                    Validate,
                    "export `{post_return}` has signature {actual}, but the post-return of `{core}` must be {expected_post}"
                );
            }
        }
        Ok(())
    };
    for (key, item) in world.exports.iter() {
        match item {
            WorldItem::Function(func) => check_export(None, func)?,
            WorldItem::Interface { id, .. } => {
                for func in resolve.interfaces[*id].functions.values() {
                    check_export(Some(key), func)?;
                }
                for (name, ty) in resolve.interfaces[*id].types.iter() {
                    if matches!(role, Role::Main { .. })
                        && matches!(resolve.types[*ty].kind, TypeDefKind::Resource)
                    {
                        let dtor = names::resource_destructor(resolve, Some(key), name);
                        if parsed.exports.contains_key(&dtor) {
                            destructors.push((*ty, dtor));
                        }
                    }
                }
            }
            WorldItem::Type { .. } => {}
        }
    }
    let initialize = match parsed.exports.get(names::INITIALIZE) {
        None => false,
        Some(_) if matches!(role, Role::Adapter { .. }) => false,
        Some((Some(sig), _)) if sig.params.is_empty() && sig.results.is_empty() => true,
        Some((sig, _)) => {
            let actual = sig
                .as_ref()
                .map_or("not a function".to_string(), |s| s.to_string());
            bail!(
                Validate,
                "export `{}` has signature {actual}, but it must be () -> ()",
                names::INITIALIZE
            );
        }
    };
    Ok(CoreInfo {
        initialize,
        imports,
        exports: parsed.exports.keys().cloned().collect(),
        destructors,
        has_memory: parsed.exports.contains_key(names::MEMORY),
        import_realloc: realloc(&parsed, IMPORT_REALLOC),
        export_realloc: realloc(&parsed, EXPORT_REALLOC),
        memory_import: parsed.memory_imports.first().cloned(),
    })
}

/// Whether interface names `a` and `b` differ at most in a semver-compatible
/// version: the same major version, or for `0.x`, the same minor version.
fn semver_compatible(a: &str, b: &str) -> bool {
    let (Some((a_name, a_version)), Some((b_name, b_version))) =
        (a.split_once('@'), b.split_once('@'))
    else {
        return false;
    };
    a_name == b_name
        && compatible_track(a_version).is_some()
        && compatible_track(a_version) == compatible_track(b_version)
}

/// The part of a version that compatible versions share (`1`, `0.2`), or
/// `None` for pre-releases, builds and `0.0.x`, which match only exactly.
fn compatible_track(version: &str) -> Option<String> {
    if version.contains(['-', '+']) {
        return None;
    }
    let mut parts = version.split('.');
    let (major, minor, patch) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || ![major, minor, patch]
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    match (major, minor) {
        ("0", "0") => None,
        ("0", minor) => Some(format!("0.{minor}")),
        (major, _) => Some(major.to_string()),
    }
}

/// The realloc lowered imports use in preference to `cabi_realloc`.
pub(crate) const IMPORT_REALLOC: &str = "cabi_import_realloc";
/// The realloc lifted exports use in preference to `cabi_realloc`.
pub(crate) const EXPORT_REALLOC: &str = "cabi_export_realloc";

/// `preferred` if the module exports it, else `cabi_realloc` if it does.
fn realloc(parsed: &Parsed, preferred: &'static str) -> Option<&'static str> {
    [preferred, names::REALLOC]
        .into_iter()
        .find(|name| parsed.exports.contains_key(*name))
}

fn resource_of(resolve: &Resolve, interface: InterfaceId, name: &str) -> Option<TypeId> {
    let ty = *resolve.interfaces[interface].types.get(name)?;
    matches!(resolve.types[ty].kind, TypeDefKind::Resource).then_some(ty)
}

#[cfg(test)]
mod tests {
    use super::semver_compatible;

    #[test]
    fn interface_names_match_across_compatible_versions() {
        for (a, b, compatible) in [
            ("wasi:io/poll@0.2.6", "wasi:io/poll@0.2.12", true),
            ("wasi:io/poll@0.2.6", "wasi:io/poll@0.3.0", false),
            ("a:b/c@1.2.3", "a:b/c@1.9.0", true),
            ("a:b/c@1.2.3", "a:b/c@2.0.0", false),
            ("a:b/c@0.0.1", "a:b/c@0.0.2", false),
            ("a:b/c@1.0.0-rc1", "a:b/c@1.0.0", false),
            ("a:b/c@1.0.0", "a:b/d@1.0.0", false),
            ("a:b/c", "a:b/c@1.0.0", false),
        ] {
            assert_eq!(semver_compatible(a, b), compatible, "{a} {b}");
        }
    }
}
