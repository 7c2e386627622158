//! The core-wasm names through which a core module meets its world.
//!
//! These are the "legacy" names that wit-bindgen and wit-component use, so that
//! modules built by either toolchain interoperate with canon's:
//!
//! | item | core name |
//! |---|---|
//! | interface function import | module `ns:pkg/iface@v`, field `f` |
//! | world-level function import | module `$root`, field `f` |
//! | imported resource drop | module of the interface, field `[resource-drop]r` |
//! | exported resource intrinsics | module `[export]ns:pkg/iface`, fields `[resource-new]r`, `[resource-rep]r`, `[resource-drop]r` |
//! | resource functions | `[constructor]r`, `[method]r.m`, `[static]r.f` |
//! | interface function export | `ns:pkg/iface#f` |
//! | world-level function export | `f` |
//! | post-return | `cabi_post_` + the export name |
//! | exported resource destructor | `ns:pkg/iface#[dtor]r` |
//! | memory, realloc, initialiser | `memory`, `cabi_realloc`, `_initialize` |
//!
//! Each direction has both a builder and a parser, so the generators and the
//! encoder share one definition.

use wit_parser::{Function, Resolve, WorldKey};

/// Import module of world-level functions.
pub const ROOT_MODULE: &str = "$root";
/// Prefix of the import module of an exported interface's resource intrinsics.
pub const EXPORT_MODULE_PREFIX: &str = "[export]";
/// The exported linear memory.
pub const MEMORY: &str = "memory";
/// The exported allocator, `(func (param old_ptr old_size align new_size) (result ptr))`.
pub const REALLOC: &str = "cabi_realloc";
/// The exported initialiser, run once after instantiation.
pub const INITIALIZE: &str = "_initialize";
/// Prefix of post-return exports.
pub const POST_RETURN_PREFIX: &str = "cabi_post_";

const CONSTRUCTOR: &str = "[constructor]";
const METHOD: &str = "[method]";
const STATIC: &str = "[static]";
const RESOURCE_DROP: &str = "[resource-drop]";
const RESOURCE_NEW: &str = "[resource-new]";
const RESOURCE_REP: &str = "[resource-rep]";
const DTOR: &str = "[dtor]";

/// The WIT name of a resource constructor: `[constructor]r`.
pub fn constructor(resource: &str) -> String {
    format!("{CONSTRUCTOR}{resource}")
}

/// The WIT name of a resource method: `[method]r.m`.
pub fn method(resource: &str, method: &str) -> String {
    format!("{METHOD}{resource}.{method}")
}

/// The WIT name of a static resource function: `[static]r.f`.
pub fn static_function(resource: &str, function: &str) -> String {
    format!("{STATIC}{resource}.{function}")
}

/// A function name, with the resource it belongs to taken apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionName<'a> {
    /// A plain function `f`.
    Freestanding(&'a str),
    /// `[constructor]r`.
    Constructor { resource: &'a str },
    /// `[method]r.m`.
    Method { resource: &'a str, name: &'a str },
    /// `[static]r.f`.
    Static { resource: &'a str, name: &'a str },
}

impl<'a> FunctionName<'a> {
    /// Takes a function name apart. Malformed resource prefixes are read as
    /// plain names, which the caller then fails to find.
    pub fn parse(name: &'a str) -> Self {
        if let Some(resource) = name.strip_prefix(CONSTRUCTOR) {
            return FunctionName::Constructor { resource };
        }
        for (prefix, is_method) in [(METHOD, true), (STATIC, false)] {
            if let Some((resource, function)) = name
                .strip_prefix(prefix)
                .and_then(|rest| rest.split_once('.'))
            {
                return if is_method {
                    FunctionName::Method {
                        resource,
                        name: function,
                    }
                } else {
                    FunctionName::Static {
                        resource,
                        name: function,
                    }
                };
            }
        }
        FunctionName::Freestanding(name)
    }

    /// The resource this function belongs to, if any.
    pub fn resource(&self) -> Option<&'a str> {
        match *self {
            FunctionName::Freestanding(_) => None,
            FunctionName::Constructor { resource }
            | FunctionName::Method { resource, .. }
            | FunctionName::Static { resource, .. } => Some(resource),
        }
    }
}

/// The import module for functions of `interface`, or of the world itself (`None`).
pub fn import_module(resolve: &Resolve, interface: Option<&WorldKey>) -> String {
    match interface {
        Some(key) => resolve.name_world_key(key),
        None => ROOT_MODULE.to_string(),
    }
}

/// The `(module, field)` a core module imports a WIT function under.
pub fn import_function(
    resolve: &Resolve,
    interface: Option<&WorldKey>,
    function: &Function,
) -> (String, String) {
    (import_module(resolve, interface), function.name.clone())
}

/// The resource intrinsics a core module may import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResourceIntrinsic {
    /// `resource.drop` of an imported resource.
    ImportedDrop,
    /// `resource.drop` of an exported resource.
    ExportedDrop,
    /// `resource.new` of an exported resource.
    ExportedNew,
    /// `resource.rep` of an exported resource.
    ExportedRep,
}

impl ResourceIntrinsic {
    /// Whether the intrinsic concerns a resource the module exports.
    pub fn is_export(self) -> bool {
        !matches!(self, ResourceIntrinsic::ImportedDrop)
    }

    fn field_prefix(self) -> &'static str {
        match self {
            ResourceIntrinsic::ImportedDrop | ResourceIntrinsic::ExportedDrop => RESOURCE_DROP,
            ResourceIntrinsic::ExportedNew => RESOURCE_NEW,
            ResourceIntrinsic::ExportedRep => RESOURCE_REP,
        }
    }
}

/// The `(module, field)` of a resource intrinsic for resource `resource` of
/// `interface` (`None` for a resource of the world itself).
pub fn resource_intrinsic(
    resolve: &Resolve,
    interface: Option<&WorldKey>,
    resource: &str,
    intrinsic: ResourceIntrinsic,
) -> (String, String) {
    let mut module = String::new();
    if intrinsic.is_export() {
        module.push_str(EXPORT_MODULE_PREFIX);
    }
    module.push_str(&import_module(resolve, interface));
    (module, format!("{}{resource}", intrinsic.field_prefix()))
}

/// A core import field, taken apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportField<'a> {
    /// A resource intrinsic on `resource`. Whether it concerns an exported
    /// resource is said by the module name, see [`parse_import_module`].
    ResourceDrop(&'a str),
    ResourceNew(&'a str),
    ResourceRep(&'a str),
    /// A function, named as in WIT.
    Function(FunctionName<'a>),
}

impl<'a> ImportField<'a> {
    /// Takes an import field name apart.
    pub fn parse(field: &'a str) -> Self {
        if let Some(resource) = field.strip_prefix(RESOURCE_DROP) {
            ImportField::ResourceDrop(resource)
        } else if let Some(resource) = field.strip_prefix(RESOURCE_NEW) {
            ImportField::ResourceNew(resource)
        } else if let Some(resource) = field.strip_prefix(RESOURCE_REP) {
            ImportField::ResourceRep(resource)
        } else {
            ImportField::Function(FunctionName::parse(field))
        }
    }
}

/// An import module name, taken apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportModule<'a> {
    /// The interface name (`ns:pkg/iface@v`, or a plain kebab name for an
    /// unnamed interface), or `None` for `$root`.
    pub interface: Option<&'a str>,
    /// Whether the module had the `[export]` prefix.
    pub exported: bool,
}

/// Takes an import module name apart.
pub fn parse_import_module(module: &str) -> ImportModule<'_> {
    let (exported, rest) = match module.strip_prefix(EXPORT_MODULE_PREFIX) {
        Some(rest) => (true, rest),
        None => (false, module),
    };
    ImportModule {
        interface: (rest != ROOT_MODULE).then_some(rest),
        exported,
    }
}

/// The core export name of a WIT function export.
pub fn export_function(
    resolve: &Resolve,
    interface: Option<&WorldKey>,
    function: &Function,
) -> String {
    match interface {
        Some(key) => format!("{}#{}", resolve.name_world_key(key), function.name),
        None => function.name.clone(),
    }
}

/// The post-return export that goes with core export `export_name`.
pub fn post_return(export_name: &str) -> String {
    format!("{POST_RETURN_PREFIX}{export_name}")
}

/// The destructor export of exported resource `resource` of `interface`
/// (`None` for a resource of the world itself).
pub fn resource_destructor(
    resolve: &Resolve,
    interface: Option<&WorldKey>,
    resource: &str,
) -> String {
    match interface {
        Some(key) => format!("{}#{DTOR}{resource}", resolve.name_world_key(key)),
        None => format!("{DTOR}{resource}"),
    }
}

/// A core export name, taken apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportName<'a> {
    Memory,
    Realloc,
    Initialize,
    /// A WIT function of `interface` (`None`: of the world).
    Function {
        interface: Option<&'a str>,
        name: FunctionName<'a>,
    },
    /// The post-return of a function export.
    PostReturn {
        interface: Option<&'a str>,
        name: FunctionName<'a>,
    },
    /// The destructor of an exported resource.
    Destructor {
        interface: Option<&'a str>,
        resource: &'a str,
    },
}

impl<'a> ExportName<'a> {
    /// Takes a core export name apart.
    pub fn parse(export: &'a str) -> Self {
        match export {
            MEMORY => return ExportName::Memory,
            REALLOC => return ExportName::Realloc,
            INITIALIZE => return ExportName::Initialize,
            _ => {}
        }
        let (post_return, rest) = match export.strip_prefix(POST_RETURN_PREFIX) {
            Some(rest) => (true, rest),
            None => (false, export),
        };
        let (interface, item) = match rest.rsplit_once('#') {
            Some((interface, item)) => (Some(interface), item),
            None => (None, rest),
        };
        if !post_return && let Some(resource) = item.strip_prefix(DTOR) {
            return ExportName::Destructor {
                interface,
                resource,
            };
        }
        let name = FunctionName::parse(item);
        if post_return {
            ExportName::PostReturn { interface, name }
        } else {
            ExportName::Function { interface, name }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_names_round_trip() {
        for (text, parsed) in [
            ("f", FunctionName::Freestanding("f")),
            (
                "[constructor]blob",
                FunctionName::Constructor { resource: "blob" },
            ),
            (
                "[method]blob.read",
                FunctionName::Method {
                    resource: "blob",
                    name: "read",
                },
            ),
            (
                "[static]blob.merge",
                FunctionName::Static {
                    resource: "blob",
                    name: "merge",
                },
            ),
        ] {
            assert_eq!(FunctionName::parse(text), parsed, "{text}");
        }
        assert_eq!(constructor("r"), "[constructor]r");
        assert_eq!(method("r", "m"), "[method]r.m");
        assert_eq!(static_function("r", "f"), "[static]r.f");
    }

    #[test]
    fn malformed_method_is_a_plain_name() {
        assert_eq!(
            FunctionName::parse("[method]nodot"),
            FunctionName::Freestanding("[method]nodot")
        );
    }

    #[test]
    fn export_names_parse() {
        assert_eq!(ExportName::parse("memory"), ExportName::Memory);
        assert_eq!(ExportName::parse("cabi_realloc"), ExportName::Realloc);
        assert_eq!(
            ExportName::parse("a:b/c@1.0.0#[method]r.m"),
            ExportName::Function {
                interface: Some("a:b/c@1.0.0"),
                name: FunctionName::Method {
                    resource: "r",
                    name: "m"
                }
            }
        );
        assert_eq!(
            ExportName::parse("cabi_post_a:b/c#f"),
            ExportName::PostReturn {
                interface: Some("a:b/c"),
                name: FunctionName::Freestanding("f")
            }
        );
        assert_eq!(
            ExportName::parse("a:b/c#[dtor]r"),
            ExportName::Destructor {
                interface: Some("a:b/c"),
                resource: "r"
            }
        );
        assert_eq!(
            ExportName::parse("run"),
            ExportName::Function {
                interface: None,
                name: FunctionName::Freestanding("run")
            }
        );
    }

    #[test]
    fn import_modules_parse() {
        assert_eq!(
            parse_import_module("$root"),
            ImportModule {
                interface: None,
                exported: false
            }
        );
        assert_eq!(
            parse_import_module("[export]a:b/c"),
            ImportModule {
                interface: Some("a:b/c"),
                exported: true
            }
        );
        assert_eq!(
            ImportField::parse("[resource-rep]r"),
            ImportField::ResourceRep("r")
        );
    }
}
