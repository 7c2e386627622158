//! Resources: handle types, drops, and for exported resources `_new`,
//! `_rep` and the destructor export.

use std::fmt::Write as _;

use canon_bindgen_core::walk::{ScopeKind, TypeOwnerScope, resolve_alias};
use canon_wit::names::{ResourceIntrinsic, resource_destructor, resource_intrinsic};
use wit_parser::{TypeDefKind, TypeId};

use super::Generator;
use super::types::base;
use crate::error::Result;
use crate::names::prefix_part;

/// The C names of one resource, as seen from its owning scope.
#[derive(Clone, Debug)]
pub(super) struct ResourceNames {
    /// `<prefix>_<r>`, the stem of its functions.
    pub(super) base: String,
    pub(super) own: String,
    pub(super) borrow: String,
    /// The representation type (exported resources).
    pub(super) rep: String,
    pub(super) exported: bool,
}

impl Generator<'_> {
    /// The scope owning resource `r` as referenced from `scope`, and whether
    /// it is exported.
    pub(super) fn resource_owner(&self, r: TypeId, scope: usize) -> Result<(usize, bool)> {
        match self.walk.type_scope(self.resolve, r, scope) {
            TypeOwnerScope::Scope(owner) => {
                Ok((owner, self.walk.scopes[owner].kind == ScopeKind::Export))
            }
            TypeOwnerScope::Anonymous => Err(self.unsupported_resource(r, scope)),
        }
    }

    fn unsupported_resource(&self, r: TypeId, scope: usize) -> crate::Error {
        crate::Error::new(crate::ErrorKind::UnsupportedType {
            scope: self.scope_desc(scope),
            name: self.resolve.types[r].name.clone().unwrap_or_default(),
            kind: "resource of no scope",
        })
    }

    /// `<prefix>_<r>` for resource `r` of scope `owner`.
    pub(super) fn resource_base(&self, r: TypeId, owner: usize) -> String {
        let name = self.resolve.types[r].name.as_deref().unwrap_or_default();
        self.claim(
            "resource",
            format!("{owner}:{}", r.index()),
            &format!("{}_{}", self.prefixes[owner], prefix_part(name)),
            "",
        )
    }

    pub(super) fn resource_names(&self, r: TypeId, owner: usize) -> ResourceNames {
        let name = prefix_part(self.resolve.types[r].name.as_deref().unwrap_or_default());
        let prefix = &self.prefixes[owner];
        let what = format!("{owner}:{}", r.index());
        let base = self.resource_base(r, owner);
        let exported = self.walk.scopes[owner].kind == ScopeKind::Export;
        let own = self.claim("own", what.clone(), &format!("{prefix}_own_{name}"), "_t");
        let borrow = self.claim(
            "borrow",
            what.clone(),
            &format!("{prefix}_borrow_{name}"),
            "_t",
        );
        let rep = if exported {
            self.claim("rep", what, &base, "_t")
        } else {
            String::new()
        };
        ResourceNames {
            base,
            own,
            borrow,
            rep,
            exported,
        }
    }

    /// The handle type of `r` (aliases followed), owned or borrowed, as
    /// referenced from `scope`; defined on first use.
    pub(super) fn handle_type(&self, r: TypeId, own: bool, scope: usize) -> Result<String> {
        let (owner, _) = self.resource_owner(r, scope)?;
        self.resource_types(r, owner)?;
        let names = self.resource_names(r, owner);
        Ok(if own { names.own } else { names.borrow })
    }

    /// The function dropping an owned handle of `r`, as seen from `scope`.
    pub(super) fn drop_own_name(&self, r: TypeId, scope: usize) -> Result<String> {
        let (owner, _) = self.resource_owner(r, scope)?;
        self.resource_types(r, owner)?;
        Ok(format!("{}_drop_own", self.resource_names(r, owner).base))
    }

    /// Defines the handle types of resource `r` of scope `owner` (or, for a
    /// `use` of a resource, alias typedefs) and its functions.
    pub(super) fn resource_types(&self, r: TypeId, owner: usize) -> Result<()> {
        let target = resolve_alias(self.resolve, r);
        let names = self.resource_names(r, owner);
        if !self.defined.borrow_mut().insert(names.own.clone()) {
            return Ok(());
        }
        let wit_name = self.resolve.types[r].name.clone().unwrap_or_default();
        if target != r {
            let own = self.handle_type(target, true, owner)?;
            let borrow = self.handle_type(target, false, owner)?;
            let mut out = self.out.borrow_mut();
            let _ = write!(
                out.typedefs,
                "// `{wit_name}`, a `use` of a resource.\ntypedef {own} {};\ntypedef {borrow} {};\n\n",
                names.own, names.borrow
            );
            return Ok(());
        }
        let scope = &self.walk.scopes[owner];
        let key = scope.key.as_ref();
        let ResourceNames {
            base: b,
            own,
            borrow,
            rep,
            exported,
        } = &names;
        let docs = self.resolve.types[r]
            .docs
            .contents
            .as_deref()
            .unwrap_or("")
            .trim()
            .to_string();
        let mut out = self.out.borrow_mut();
        for line in docs.lines() {
            let _ = writeln!(out.typedefs, "// {}", line.trim_end());
        }
        let _ = writeln!(
            out.typedefs,
            "// Resource `{wit_name}`, {}.\ntypedef struct {own} {{\n    int32_t __handle;\n}} {own};",
            if *exported { "exported" } else { "imported" }
        );
        let (drop_module, drop_field) = resource_intrinsic(
            self.resolve,
            key,
            &wit_name,
            if *exported {
                ResourceIntrinsic::ExportedDrop
            } else {
                ResourceIntrinsic::ImportedDrop
            },
        );
        let _ = write!(
            out.imports,
            "__attribute__((__import_module__(\"{drop_module}\"), __import_name__(\"{drop_field}\")))\n\
             extern void __wasm_import_{b}_drop(int32_t handle);\n\n\
             void {b}_drop_own({own} handle) {{\n    __wasm_import_{b}_drop(handle.__handle);\n}}\n\n"
        );
        let _ = writeln!(
            out.helper_decls,
            "// Drops an owned handle of `{wit_name}`.\nextern void {b}_drop_own({own} handle);"
        );
        if *exported {
            let _ = write!(
                out.typedefs,
                "// Define `struct {rep}` to hold what a `{wit_name}` is.\ntypedef struct {rep} {rep};\n\
                 // A borrow of an exported resource is its representation.\ntypedef {rep} *{borrow};\n\n"
            );
            let (new_module, new_field) =
                resource_intrinsic(self.resolve, key, &wit_name, ResourceIntrinsic::ExportedNew);
            let (rep_module, rep_field) =
                resource_intrinsic(self.resolve, key, &wit_name, ResourceIntrinsic::ExportedRep);
            let dtor = resource_destructor(self.resolve, key, &wit_name);
            let _ = write!(
                out.imports,
                "__attribute__((__import_module__(\"{new_module}\"), __import_name__(\"{new_field}\")))\n\
                 extern int32_t __wasm_import_{b}_new(int32_t rep);\n\n\
                 __attribute__((__import_module__(\"{rep_module}\"), __import_name__(\"{rep_field}\")))\n\
                 extern int32_t __wasm_import_{b}_rep(int32_t handle);\n\n\
                 {own} {b}_new({rep} *rep) {{\n    {own} handle = {{ __wasm_import_{b}_new((int32_t) (uintptr_t) rep) }};\n    return handle;\n}}\n\n\
                 {rep} *{b}_rep({own} handle) {{\n    return ({rep} *) (uintptr_t) __wasm_import_{b}_rep(handle.__handle);\n}}\n\n\
                 __attribute__((__export_name__(\"{dtor}\")))\n\
                 void __wasm_export_{b}_dtor(int32_t rep);\n\
                 void __wasm_export_{b}_dtor(int32_t rep) {{\n    {b}_destructor(({rep} *) (uintptr_t) rep);\n}}\n\n"
            );
            let _ = write!(
                out.helper_decls,
                "// A new handle owning `rep`.\nextern {own} {b}_new({rep} *rep);\n\
                 // The representation behind an owned handle.\nextern {rep} *{b}_rep({own} handle);\n"
            );
            let _ = write!(
                out.export_decls,
                "// Called when the last handle of a `{wit_name}` is dropped.\nvoid {b}_destructor({rep} *rep);\n\n"
            );
        } else {
            let _ = write!(
                out.typedefs,
                "typedef struct {borrow} {{\n    int32_t __handle;\n}} {borrow};\n\n"
            );
            let borrow_fn = base(borrow);
            let _ = write!(
                out.imports,
                "void {b}_drop_borrow({borrow} handle) {{\n    __wasm_import_{b}_drop(handle.__handle);\n}}\n\n\
                 {borrow} {borrow_fn}({own} handle) {{\n    {borrow} borrowed = {{ handle.__handle }};\n    return borrowed;\n}}\n\n"
            );
            let _ = write!(
                out.helper_decls,
                "// Drops a borrowed handle of `{wit_name}` an export received.\nextern void {b}_drop_borrow({borrow} handle);\n\
                 // Borrows an owned handle.\nextern {borrow} {borrow_fn}({own} handle);\n"
            );
        }
        out.helper_decls.push('\n');
        Ok(())
    }

    /// Defines the resources of scope `index` and the aliases of resources.
    pub(super) fn scope_resources(&self, index: usize) -> Result<()> {
        for (_, id) in &self.walk.scopes[index].types {
            let target = resolve_alias(self.resolve, *id);
            if matches!(self.resolve.types[target].kind, TypeDefKind::Resource) {
                self.resource_types(*id, index)?;
            }
        }
        Ok(())
    }
}
