//! `ownership: Borrowing`: which records borrow their strings and lists,
//! how types are spelled in the parameters of exported functions, and the
//! borrowing records' definitions with a lower-only `Lower` impl.
//!
//! The host lowers the parameters of the guest's exports, so those may
//! borrow: `string` is `&'a str`, `list<T>` is `&'a [T]` and a record used
//! there is `Foo<'a>`. Variants, options, results and tuples stay owning
//! (their lowering needs `ComponentType`), and so do records holding
//! resource handles. A record used both as an export parameter and
//! elsewhere stays owning, or with `duplicate_if_necessary` is defined
//! twice, as `FooParam<'a>` and `FooResult`.

use std::collections::HashSet;

use canon_bindgen_core::walk::{ScopeKind, TypeOwnerScope, reach, resolve_alias, type_children};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use wit_parser::{Type, TypeDefKind, TypeId};

use super::Ownership;
use super::names::{ident, type_ident};
use super::render::Gen;
use crate::derive::rt;

/// The records defined in borrowing form.
#[derive(Default)]
pub(super) struct BorrowSets {
    /// Borrowing form only (`Foo<'a>`): used only in export parameters.
    pub(super) borrowed: HashSet<TypeId>,
    /// Both forms (`FooParam<'a>` and `FooResult`).
    pub(super) duplicated: HashSet<TypeId>,
}

impl BorrowSets {
    fn borrows(&self, id: TypeId) -> bool {
        self.borrowed.contains(&id) || self.duplicated.contains(&id)
    }
}

/// Collects the types reached from a type, in borrowing positions (`param`)
/// or owning ones (`owned`).
struct Uses<'r> {
    resolve: &'r wit_parser::Resolve,
    param: HashSet<TypeId>,
    owned: HashSet<TypeId>,
}

impl Uses<'_> {
    fn param(&mut self, ty: &Type) {
        let Type::Id(id) = ty else { return };
        let r = resolve_alias(self.resolve, *id);
        match &self.resolve.types[r].kind {
            TypeDefKind::Record(rec) => {
                if self.param.insert(r) {
                    for f in &rec.fields {
                        self.param(&f.ty);
                    }
                }
            }
            TypeDefKind::List(t) | TypeDefKind::Type(t) => self.param(t),
            _ => self.owned(&Type::Id(r)),
        }
    }

    fn owned(&mut self, ty: &Type) {
        reach(self.resolve, ty, &mut self.owned);
    }
}

impl Gen<'_> {
    /// Decides which records borrow under the `ownership` option.
    pub(super) fn borrow_sets(&self) -> BorrowSets {
        let Ownership::Borrowing {
            duplicate_if_necessary,
        } = self.opts.ownership
        else {
            return BorrowSets::default();
        };
        let mut uses = Uses {
            resolve: self.resolve,
            param: HashSet::new(),
            owned: HashSet::new(),
        };
        let mut external = HashSet::new();
        for (index, scope) in self.walk.scopes.iter().enumerate() {
            for func in &scope.functions {
                for p in &func.params {
                    match scope.kind {
                        ScopeKind::Export => uses.param(&p.ty),
                        ScopeKind::Import => uses.owned(&p.ty),
                    }
                }
                if let Some(r) = &func.result {
                    uses.owned(r);
                }
            }
            let whole = scope.kind == ScopeKind::Import && self.with_path(index).is_some();
            for (name, id) in &scope.types {
                if whole || self.with_type_path(index, name).is_some() {
                    external.insert(resolve_alias(self.resolve, *id));
                }
            }
        }
        // Types not reached from export parameters are defined owning, and
        // so is everything they hold.
        for scope in &self.walk.scopes {
            for (_, id) in &scope.types {
                if !uses.param.contains(&resolve_alias(self.resolve, *id)) {
                    uses.owned(&Type::Id(*id));
                }
            }
        }
        // A record holding a handle stays owning, and so must what it holds.
        let holders: Vec<TypeId> = uses
            .param
            .iter()
            .copied()
            .filter(|id| self.has_handle(&Type::Id(*id)))
            .collect();
        for id in holders {
            for child in type_children(&self.resolve.types[id].kind) {
                uses.owned(&child);
            }
        }
        let mut candidates: HashSet<TypeId> = uses
            .param
            .iter()
            .copied()
            .filter(|id| {
                self.resolve.types[*id].name.is_some()
                    && !external.contains(id)
                    && !self.has_handle(&Type::Id(*id))
                    && (duplicate_if_necessary || !uses.owned.contains(id))
            })
            .collect();
        // Keep the records of which some field borrows (a string, a list or
        // a borrowing record), until nothing changes.
        loop {
            let so_far = BorrowSets {
                borrowed: candidates.clone(),
                duplicated: HashSet::new(),
            };
            let before = candidates.len();
            candidates.retain(|id| match &self.resolve.types[*id].kind {
                TypeDefKind::Record(r) => r.fields.iter().any(|f| self.ty_borrows(&so_far, &f.ty)),
                _ => false,
            });
            if candidates.len() == before {
                break;
            }
        }
        let mut sets = BorrowSets::default();
        for id in candidates {
            if uses.owned.contains(&id) {
                sets.duplicated.insert(id);
            } else {
                sets.borrowed.insert(id);
            }
        }
        sets
    }

    /// Whether the borrowing spelling of `ty` holds a lifetime.
    fn ty_borrows(&self, sets: &BorrowSets, ty: &Type) -> bool {
        match ty {
            Type::String => true,
            Type::Id(id) => {
                let r = resolve_alias(self.resolve, *id);
                match &self.resolve.types[r].kind {
                    TypeDefKind::List(_) => true,
                    TypeDefKind::Type(t) => self.ty_borrows(sets, t),
                    _ => sets.borrows(r),
                }
            }
            _ => false,
        }
    }

    /// Whether a parameter of an exported function borrows.
    pub(super) fn param_borrows(&self, ty: &Type) -> bool {
        self.opts.ownership != Ownership::Owning && self.ty_borrows(&self.borrow, ty)
    }

    /// The Rust name of named type `id` (an alias or a record) in its
    /// owning form: `FooResult` when it has two forms.
    pub(super) fn owned_name(&self, id: TypeId, name: &str) -> syn::Ident {
        self.twin_name(id, name, "Result")
    }

    /// The Rust name of borrowing record (or alias of one) `id`.
    fn param_name(&self, id: TypeId, name: &str) -> syn::Ident {
        self.twin_name(id, name, "Param")
    }

    /// `name` as a Rust type name, with `suffix` when `id` has two forms.
    fn twin_name(&self, id: TypeId, name: &str, suffix: &str) -> syn::Ident {
        let base = type_ident(name);
        if self
            .borrow
            .duplicated
            .contains(&resolve_alias(self.resolve, id))
        {
            format_ident!("{base}{suffix}")
        } else {
            base
        }
    }

    /// The path of named type `id` from scope `from` under Rust name `rust`.
    pub(super) fn path_as(&self, id: TypeId, from: usize, rust: &syn::Ident) -> TokenStream {
        match self.walk.type_scope(self.resolve, id, from) {
            TypeOwnerScope::Scope(owner) => {
                let prefix = self.scope_path(from, owner);
                quote!(#prefix #rust)
            }
            TypeOwnerScope::Anonymous => quote!(#rust),
        }
    }

    /// The spelling of `ty` in an export parameter, with lifetime `lt`.
    pub(super) fn rty_borrow(
        &self,
        ty: &Type,
        from: usize,
        lt: &TokenStream,
    ) -> syn::Result<TokenStream> {
        match ty {
            Type::String => Ok(quote!(&#lt str)),
            Type::Id(id) => {
                let r = resolve_alias(self.resolve, *id);
                let def = &self.resolve.types[*id];
                if self.borrow.borrows(r) {
                    let name = def.name.as_deref().unwrap_or_default();
                    let path = self.path_as(*id, from, &self.param_name(*id, name));
                    return Ok(quote!(#path<#lt>));
                }
                match &self.resolve.types[r].kind {
                    TypeDefKind::List(t) => {
                        let t = self.rty_borrow(t, from, lt)?;
                        Ok(quote!(&#lt [#t]))
                    }
                    TypeDefKind::Type(t) if self.param_borrows(t) => self.rty_borrow(t, from, lt),
                    _ => self.rty(ty, from),
                }
            }
            _ => self.rty(ty, from),
        }
    }

    /// The definitions of type `name` (`id`) of scope `index` when it has
    /// a borrowing form, else `None`.
    pub(super) fn define_borrowing(
        &self,
        index: usize,
        name: &str,
        id: TypeId,
    ) -> syn::Result<Option<TokenStream>> {
        let r = resolve_alias(self.resolve, id);
        if !self.borrow.borrows(r) {
            return Ok(None);
        }
        let def = &self.resolve.types[id];
        let docs = self.docs(&def.docs);
        let lt = quote!('a);
        let param = self.param_name(id, name);
        let mut out = TokenStream::new();
        if let TypeDefKind::Type(target) = &def.kind {
            let ty = self.rty_borrow(target, index, &lt)?;
            out.extend(quote!(#docs pub type #param<'a> = #ty;));
            if self.borrow.duplicated.contains(&r) {
                let owned = self.owned_name(id, name);
                let ty = self.rty(target, index)?;
                out.extend(quote!(#docs pub type #owned = #ty;));
            }
            return Ok(Some(out));
        }
        let TypeDefKind::Record(rec) = &def.kind else {
            return Ok(None);
        };
        if self.borrow.duplicated.contains(&r) {
            out.extend(self.define_record(index, id, &self.owned_name(id, name), name)?);
        }
        let mut fields = Vec::new();
        let mut lower = Vec::new();
        for f in &rec.fields {
            let fname = ident(&f.name);
            let ty = self.rty_borrow(&f.ty, index, &lt)?;
            let fdocs = self.docs(&f.docs);
            fields.push(quote!(#fdocs pub #fname: #ty));
            lower.push((fname, ty, f.name.clone()));
        }
        let derives = self.derives(&[quote!(Clone), quote!(Debug)], &[]);
        let doc = format!(
            " The borrowing form of `{name}`, lowered into the parameters of exported functions."
        );
        let lower = lower_record(&param, name, &lower);
        out.extend(quote! {
            #docs
            #[doc = #doc]
            #derives
            pub struct #param<'a> { #(#fields,)* }
            #lower
        });
        Ok(Some(out))
    }
}

/// `impl<'a> Lower for Name<'a>`: a record lowered field by field.
fn lower_record(
    name: &syn::Ident,
    what: &str,
    fields: &[(syn::Ident, TokenStream, String)],
) -> TokenStream {
    let rt = rt();
    let checks = fields
        .iter()
        .map(|(_, ty, wit)| quote!((#wit, <#ty as #rt::Lower>::typecheck)));
    let lowers = fields
        .iter()
        .enumerate()
        .map(|(i, (f, _, _))| quote!(#rt::Lower::lower_flat(&self.#f, cx, fields.ty(#i)?, out)?;));
    let stores = fields.iter().enumerate().map(|(i, (f, _, _))| {
        quote! {{
            let (t, at) = fields.at(#i, ptr)?;
            #rt::Lower::store(&self.#f, cx, t, at)?;
        }}
    });
    quote! {
        impl<'a> #rt::Lower for #name<'a> {
            fn typecheck(ty: &#rt::ValueType) -> ::core::result::Result<(), #rt::typed::TypeMismatch> {
                #rt::typed::typecheck_record(ty, #what, &[#(#checks),*])
            }
            fn lower_flat(
                &self,
                cx: &mut #rt::typed::TypedCx<'_, '_>,
                ty: #rt::typed::ValType,
                out: &mut #rt::typed::Flat,
            ) -> ::core::result::Result<(), #rt::Error> {
                let fields = cx.record(ty)?;
                #(#lowers)*
                Ok(())
            }
            fn store(
                &self,
                cx: &mut #rt::typed::TypedCx<'_, '_>,
                ty: #rt::typed::ValType,
                ptr: u32,
            ) -> ::core::result::Result<(), #rt::Error> {
                let fields = cx.record(ty)?;
                #(#stores)*
                Ok(())
            }
        }
    }
}
