//! The C renderer: types, resources, imported and exported functions.
//!
//! `Generator` holds the world walk, the options and the name registry; its
//! methods are spread over the submodules by what they render: `types`
//! (spelling and defining types, their `_free` functions and layout
//! checks), `resources`, `funcs` (imported functions and export wrappers)
//! and `emit` (instruction trees as C statements).

mod emit;
mod funcs;
mod query;
mod resources;
mod types;

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use canon_abi::WitTypes;
use canon_bindgen_core::walk::{ScopeKind, WorldWalk};
use wit_parser::{Resolve, Type, TypeDefKind, WorldId, WorldKey};

use crate::error::{Error, ErrorKind, Result};
use crate::names::{NameKey, Registry, prefix_part, world_prefix};
use crate::options::Options;
use crate::{Bindings, StringEncoding};

pub use query::{FunctionNames, Names, Param, ResourceNames as ResourceCNames, ResultShape};

/// The text of the two files, section by section, filled as rendering goes.
#[derive(Debug, Default)]
struct Out {
    /// Header: type definitions, in dependency order.
    typedefs: String,
    /// Header: declarations of helpers, `_free`s and resource functions.
    helper_decls: String,
    /// Header: imported functions.
    import_decls: String,
    /// Header: what the user implements.
    export_decls: String,
    /// Source: layout checks.
    asserts: String,
    /// Source: core imports and their wrappers.
    imports: String,
    /// Source: export wrappers and post-returns.
    exports: String,
    /// Source: helpers and `_free`s.
    helpers: String,
}

pub(crate) struct Generator<'a> {
    resolve: &'a Resolve,
    world: WorldId,
    opts: &'a Options,
    walk: WorldWalk,
    wt: WitTypes,
    /// The world's name in snake case.
    world_snake: String,
    /// Each scope's prefix.
    prefixes: Vec<String>,
    names: RefCell<Registry>,
    /// C names of the types defined so far.
    defined: RefCell<HashSet<String>>,
    out: RefCell<Out>,
    /// The largest return area of an export: (size, align).
    ret_area: RefCell<(u32, u32)>,
}

impl<'a> Generator<'a> {
    pub(crate) fn new(resolve: &'a Resolve, world: WorldId, opts: &'a Options) -> Result<Self> {
        let wt = WitTypes::new(resolve).map_err(|e| Error::new(ErrorKind::Types(e)))?;
        let walk = WorldWalk::new(resolve, world);
        let world_name = &resolve.worlds[world].name;
        let mut names = Registry::default();
        let mut used_renames = HashSet::new();
        let rename = |key: &str, used: &mut HashSet<String>| -> Option<String> {
            opts.renames.iter().find(|(k, _)| k == key).map(|(k, v)| {
                used.insert(k.clone());
                v.clone()
            })
        };
        let world_snake = world_prefix(world_name, &opts.renames);
        used_renames.insert(world_name.clone());
        // Packages present in more than one version get theirs in the prefix.
        let mut versions: HashMap<(String, String), usize> = HashMap::new();
        for (_, pkg) in resolve.packages.iter() {
            *versions
                .entry((pkg.name.namespace.clone(), pkg.name.name.clone()))
                .or_default() += 1;
        }
        let mut prefixes = Vec::new();
        for (index, scope) in walk.scopes.iter().enumerate() {
            let base = match &scope.key {
                None => world_snake.clone(),
                Some(key) => {
                    let full = resolve.name_world_key(key);
                    let unversioned = full.split('@').next().unwrap_or(&full).to_string();
                    match rename(&full, &mut used_renames)
                        .or_else(|| rename(&unversioned, &mut used_renames))
                    {
                        Some(renamed) => renamed,
                        None => match key {
                            WorldKey::Name(name) => {
                                format!("{world_snake}_{}", prefix_part(name))
                            }
                            WorldKey::Interface(id) => {
                                let iface = &resolve.interfaces[*id];
                                let iname = prefix_part(iface.name.as_deref().unwrap_or(""));
                                match iface.package {
                                    Some(pkg) => {
                                        let name = &resolve.packages[pkg].name;
                                        let mut p = format!(
                                            "{}_{}",
                                            prefix_part(&name.namespace),
                                            prefix_part(&name.name)
                                        );
                                        let key = (name.namespace.clone(), name.name.clone());
                                        if let Some(v) = &name.version
                                            && versions.get(&key).copied().unwrap_or(0) > 1
                                        {
                                            let _ = write!(p, "_{}", prefix_part(&v.to_string()));
                                        }
                                        format!("{p}_{iname}")
                                    }
                                    None => iname,
                                }
                            }
                        },
                    }
                }
            };
            let base = match scope.kind {
                ScopeKind::Import => base,
                ScopeKind::Export => format!("exports_{base}"),
            };
            prefixes.push(names.claim(NameKey::Prefix(index), &base, ""));
        }
        for (key, _) in &opts.renames {
            if !used_renames.contains(key) {
                return Err(Error::new(ErrorKind::UnusedRename { key: key.clone() }));
            }
        }
        names.reserve("cabi_realloc");
        Ok(Generator {
            resolve,
            world,
            opts,
            walk,
            wt,
            world_snake,
            prefixes,
            names: RefCell::new(names),
            defined: RefCell::new(HashSet::new()),
            out: RefCell::new(Out::default()),
            ret_area: RefCell::new((0, 1)),
        })
    }

    /// A unique top-level name for `what` (a description unique to the item).
    fn claim(&self, kind: &str, what: String, base: &str, suffix: &str) -> String {
        self.names
            .borrow_mut()
            .claim(NameKey::Item(kind.to_string(), what), base, suffix)
    }

    /// How scope `index` is called in messages.
    fn scope_desc(&self, index: usize) -> String {
        let scope = &self.walk.scopes[index];
        let side = match scope.kind {
            ScopeKind::Import => "imported",
            ScopeKind::Export => "exported",
        };
        match &scope.key {
            Some(key) => format!("{side} interface `{}`", self.resolve.name_world_key(key)),
            None => format!("world `{}`", self.resolve.worlds[self.world].name),
        }
    }

    /// `ty` with every `type a = b` alias followed, to a primitive or a
    /// definition of another kind.
    fn strip(&self, ty: &Type) -> Type {
        let mut ty = *ty;
        while let Type::Id(id) = ty {
            match &self.resolve.types[id].kind {
                TypeDefKind::Type(t) => ty = *t,
                _ => break,
            }
        }
        ty
    }

    fn encoding(&self) -> StringEncoding {
        self.opts.string_encoding
    }

    pub(crate) fn run(&self) -> Result<Bindings> {
        self.string_type();
        for index in 0..self.walk.scopes.len() {
            self.scope_types(index)?;
        }
        for index in 0..self.walk.scopes.len() {
            self.scope_resources(index)?;
            self.scope_functions(index)?;
        }
        Ok(self.assemble())
    }

    fn assemble(&self) -> Bindings {
        let out = self.out.borrow();
        let w = &self.world_snake;
        let guard = format!("__BINDINGS_{}_H", w.to_uppercase());
        let version = env!("CARGO_PKG_VERSION");
        let mut header = format!(
            "// Generated by canon-bindgen-c {version}. DO NOT EDIT!\n\
             #ifndef {guard}\n#define {guard}\n\n\
             #ifdef __cplusplus\nextern \"C\" {{\n#endif\n\n\
             #include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n\n"
        );
        header.push_str(&out.typedefs);
        for (title, text) in [
            (
                "Helpers, destructors and resource functions",
                &out.helper_decls,
            ),
            ("Imported functions", &out.import_decls),
            ("Exported functions: implement these", &out.export_decls),
        ] {
            if !text.is_empty() {
                let _ = write!(header, "// {title}.\n\n{text}");
            }
        }
        header.push_str("#ifdef __cplusplus\n}\n#endif\n#endif\n");

        let (area_size, area_align) = *self.ret_area.borrow();
        let mut source = format!(
            "// Generated by canon-bindgen-c {version}. DO NOT EDIT!\n\
             #include \"{w}.h\"\n#include <stdlib.h>\n#include <string.h>\n\n"
        );
        let _ = write!(
            source,
            "// The canonical ABI's layouts, which the generated types follow.\n{}\n",
            out.asserts
        );
        source.push_str(BIT_CASTS);
        let _ = write!(
            source,
            "// The one `cabi_realloc`: weak, so that two sets of bindings share it.\n\
             __attribute__((__weak__, __export_name__(\"cabi_realloc\")))\n\
             void *cabi_realloc(void *ptr, size_t old_size, size_t align, size_t new_size);\n\
             void *cabi_realloc(void *ptr, size_t old_size, size_t align, size_t new_size) {{\n\
             \x20   if (old_size == 0) ptr = NULL;\n\
             \x20   if (new_size == 0) {{\n\
             \x20       if (ptr != NULL) free(ptr);\n\
             \x20       return (void *) align;\n\
             \x20   }}\n\
             \x20   void *ret = realloc(ptr, new_size);\n\
             \x20   if (ret == NULL) abort();\n\
             \x20   return ret;\n}}\n\n\
             // Links `{w}_component_type.o`, which holds the world's metadata.\n\
             extern void __component_type_object_force_link_{w}(void);\n\
             void __component_type_object_force_link_{w}_public_use_in_this_compilation_unit(void);\n\
             void __component_type_object_force_link_{w}_public_use_in_this_compilation_unit(void) {{\n\
             \x20   __component_type_object_force_link_{w}();\n}}\n\n"
        );
        if area_size > 0 {
            let _ = write!(
                source,
                "// Where exports leave results that travel in memory, until post-return.\n\
                 static _Alignas({area_align}) uint8_t {}[{area_size}];\n\n",
                self.ret_area_name()
            );
        }
        source.push_str(&out.imports);
        source.push_str(&out.exports);
        source.push_str(&out.helpers);
        Bindings {
            header_name: format!("{w}.h"),
            header,
            source_name: format!("{w}.c"),
            source,
        }
    }

    fn ret_area_name(&self) -> String {
        self.claim(
            "static",
            "ret_area".into(),
            &format!("{}_ret_area", self.world_snake),
            "",
        )
    }
}

/// Bit casts between floats and integers, for variant joins.
const BIT_CASTS: &str = "\
__attribute__((__unused__)) static inline int32_t canon_f32_bits(float f) { int32_t i; memcpy(&i, &f, sizeof i); return i; }
__attribute__((__unused__)) static inline float canon_bits_f32(int32_t i) { float f; memcpy(&f, &i, sizeof f); return f; }
__attribute__((__unused__)) static inline int64_t canon_f64_bits(double f) { int64_t i; memcpy(&i, &f, sizeof i); return i; }
__attribute__((__unused__)) static inline double canon_bits_f64(int64_t i) { double f; memcpy(&f, &i, sizeof f); return f; }

";
