//! Rust types for WIT types: definitions (records as structs, variants and
//! enums as enums, all with `#[derive(ComponentType)]`, flags with `flags!`,
//! aliases as `type`) and spellings of type references.

use canon_bindgen_core::naming::shouty;
use heck::ToKebabCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use wit_parser::{Handle, Type, TypeDefKind, TypeId};

use super::names::{ident, type_ident};
use canon_bindgen_core::walk::ScopeKind;

use super::render::Gen;
use crate::derive::kebab;

impl Gen<'_> {
    /// The Rust spelling of `ty` in scope `from`.
    pub(super) fn rty(&self, ty: &Type, from: usize) -> syn::Result<TokenStream> {
        Ok(match ty {
            Type::Bool => quote!(bool),
            Type::U8 => quote!(u8),
            Type::U16 => quote!(u16),
            Type::U32 => quote!(u32),
            Type::U64 => quote!(u64),
            Type::S8 => quote!(i8),
            Type::S16 => quote!(i16),
            Type::S32 => quote!(i32),
            Type::S64 => quote!(i64),
            Type::F32 => quote!(f32),
            Type::F64 => quote!(f64),
            Type::Char => quote!(char),
            Type::String => quote!(::std::string::String),
            Type::ErrorContext => return Err(self.err("`error-context` is not supported")),
            Type::Id(id) => {
                let def = &self.resolve.types[*id];
                if def.name.is_some() {
                    self.named_path(*id, from)
                } else {
                    self.anonymous(&def.kind, from)?
                }
            }
        })
    }

    fn opt_rty(&self, ty: Option<&Type>, from: usize) -> syn::Result<TokenStream> {
        match ty {
            Some(t) => self.rty(t, from),
            None => Ok(quote!(())),
        }
    }

    /// A structural type spelled in place.
    fn anonymous(&self, kind: &TypeDefKind, from: usize) -> syn::Result<TokenStream> {
        Ok(match kind {
            TypeDefKind::List(t) => {
                let t = self.rty(t, from)?;
                quote!(::std::vec::Vec<#t>)
            }
            TypeDefKind::Option(t) => {
                let t = self.rty(t, from)?;
                quote!(::core::option::Option<#t>)
            }
            TypeDefKind::Result(r) => {
                let ok = self.opt_rty(r.ok.as_ref(), from)?;
                let err = self.opt_rty(r.err.as_ref(), from)?;
                quote!(::core::result::Result<#ok, #err>)
            }
            TypeDefKind::Tuple(t) => {
                let tys = t
                    .types
                    .iter()
                    .map(|t| self.rty(t, from))
                    .collect::<syn::Result<Vec<_>>>()?;
                quote!((#(#tys,)*))
            }
            TypeDefKind::Type(t) => self.rty(t, from)?,
            TypeDefKind::Handle(Handle::Own(r) | Handle::Borrow(r)) => {
                if self.walk.is_exported_resource(self.resolve, *r, from) {
                    quote!(::canon_host::ResourceAny)
                } else {
                    let r = self.rty(&Type::Id(*r), from)?;
                    quote!(::canon_host::Resource<#r>)
                }
            }
            TypeDefKind::Resource => {
                return Err(self.err("a resource is used without a handle"));
            }
            other => {
                return Err(self.err(format!(
                    "WIT type kind `{}` is not supported by canon-host's bindgen!",
                    other.as_str()
                )));
            }
        })
    }

    /// `#[derive(...)]` with `builtin` and the additional derives, without
    /// duplicates (compared by last path segment).
    pub(super) fn derives(&self, builtin: &[TokenStream], skip: &[&str]) -> TokenStream {
        let mut seen: Vec<String> = skip.iter().map(|s| s.to_string()).collect();
        let mut out: Vec<TokenStream> = Vec::new();
        for b in builtin {
            let last = b
                .to_string()
                .rsplit(':')
                .next()
                .unwrap_or_default()
                .trim()
                .to_string();
            seen.push(last);
            out.push(b.clone());
        }
        for path in &self.opts.additional_derives {
            let last = path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default();
            if !seen.contains(&last) {
                seen.push(last);
                out.push(quote!(#path));
            }
        }
        if out.is_empty() {
            TokenStream::new()
        } else {
            quote!(#[derive(#(#out),*)])
        }
    }

    /// The derives of a record or variant: `Clone` only without owned handles.
    fn value_derives(&self, id: TypeId) -> Vec<TokenStream> {
        let mut out = vec![quote!(::canon_host::ComponentType)];
        if !self.has_handle(&Type::Id(id)) {
            out.push(quote!(Clone));
        }
        out.push(quote!(Debug));
        out
    }

    /// Whether values of `ty` hold resource handles.
    pub(super) fn has_handle(&self, ty: &Type) -> bool {
        let Type::Id(id) = ty else { return false };
        match &self.resolve.types[*id].kind {
            TypeDefKind::Handle(_) | TypeDefKind::Resource => true,
            TypeDefKind::Type(t) | TypeDefKind::List(t) | TypeDefKind::Option(t) => {
                self.has_handle(t)
            }
            TypeDefKind::Record(r) => r.fields.iter().any(|f| self.has_handle(&f.ty)),
            TypeDefKind::Tuple(t) => t.types.iter().any(|t| self.has_handle(t)),
            TypeDefKind::Variant(v) => v
                .cases
                .iter()
                .any(|c| c.ty.as_ref().is_some_and(|t| self.has_handle(t))),
            TypeDefKind::Result(r) => [&r.ok, &r.err]
                .into_iter()
                .any(|t| t.as_ref().is_some_and(|t| self.has_handle(t))),
            _ => false,
        }
    }

    /// The named types of scope `index`, defined.
    pub(super) fn scope_types(&self, index: usize) -> syn::Result<TokenStream> {
        let scope = &self.walk.scopes[index];
        let mut out = TokenStream::new();
        for (name, id) in &scope.types {
            if self.with_type_path(index, name).is_some() {
                continue;
            }
            out.extend(self.define_type(index, name, *id)?);
        }
        Ok(out)
    }

    /// Record `id` (WIT name `wit`) as the owning struct `rname`.
    pub(super) fn define_record(
        &self,
        index: usize,
        id: TypeId,
        rname: &syn::Ident,
        wit: &str,
    ) -> syn::Result<TokenStream> {
        let def = &self.resolve.types[id];
        let TypeDefKind::Record(r) = &def.kind else {
            return Err(self.err(format!("`{wit}` is not a record")));
        };
        let docs = self.docs(&def.docs);
        let derives = self.derives(&self.value_derives(id), &[]);
        let fields = r
            .fields
            .iter()
            .map(|f| {
                let fname = ident(&f.name);
                let ty = self.rty(&f.ty, index)?;
                let docs = self.docs(&f.docs);
                let rename = rename(&fname, &f.name);
                Ok(quote!(#docs #rename pub #fname: #ty))
            })
            .collect::<syn::Result<Vec<_>>>()?;
        // A renamed owning form (`FooResult`) keeps the WIT name in messages.
        let rename = if *rname == type_ident(wit) {
            TokenStream::new()
        } else {
            quote!(#[component(name = #wit)])
        };
        Ok(quote! {
            #docs
            #derives
            #rename
            pub struct #rname { #(#fields,)* }
        })
    }

    fn define_type(&self, index: usize, name: &str, id: TypeId) -> syn::Result<TokenStream> {
        let def = &self.resolve.types[id];
        let rname = type_ident(name);
        let docs = self.docs(&def.docs);
        let component = quote!(::canon_host::ComponentType);
        if let Some(tokens) = self.define_borrowing(index, name, id)? {
            return Ok(tokens);
        }
        Ok(match &def.kind {
            TypeDefKind::Record(_) => self.define_record(index, id, &rname, name)?,
            TypeDefKind::Variant(v) => {
                let derives = self.derives(&self.value_derives(id), &[]);
                let all_unit = v.cases.iter().all(|c| c.ty.is_none());
                let marker = if all_unit {
                    quote!(#[component(variant)])
                } else {
                    TokenStream::new()
                };
                let cases = v
                    .cases
                    .iter()
                    .map(|c| {
                        let cname = type_ident(&c.name);
                        let docs = self.docs(&c.docs);
                        let rename = rename(&cname, &c.name);
                        Ok(match &c.ty {
                            Some(t) => {
                                let t = self.rty(t, index)?;
                                quote!(#docs #rename #cname(#t))
                            }
                            None => quote!(#docs #rename #cname),
                        })
                    })
                    .collect::<syn::Result<Vec<_>>>()?;
                quote! {
                    #docs
                    #derives
                    #marker
                    pub enum #rname { #(#cases,)* }
                }
            }
            TypeDefKind::Enum(e) => {
                let derives = self.derives(
                    &[
                        component,
                        quote!(Clone),
                        quote!(Copy),
                        quote!(Debug),
                        quote!(PartialEq),
                        quote!(Eq),
                    ],
                    &[],
                );
                let cases = e.cases.iter().map(|c| {
                    let cname = type_ident(&c.name);
                    let docs = self.docs(&c.docs);
                    let rename = rename(&cname, &c.name);
                    quote!(#docs #rename #cname)
                });
                quote! {
                    #docs
                    #derives
                    pub enum #rname { #(#cases,)* }
                }
            }
            TypeDefKind::Flags(f) => {
                let derives = self.derives(
                    &[],
                    &[
                        "Clone",
                        "Copy",
                        "PartialEq",
                        "Eq",
                        "Hash",
                        "Default",
                        "Debug",
                    ],
                );
                let flags = f.flags.iter().map(|flag| {
                    let cname = format_ident!("{}", shouty(&flag.name));
                    let docs = self.docs(&flag.docs);
                    let wit = &flag.name;
                    let rename = if cname.to_string().to_kebab_case() == *wit {
                        TokenStream::new()
                    } else {
                        quote!(#[component(name = #wit)])
                    };
                    quote!(#docs #rename const #cname;)
                });
                quote! {
                    ::canon_host::flags! {
                        #docs
                        #derives
                        pub #rname { #(#flags)* }
                    }
                }
            }
            TypeDefKind::Resource if self.walk.scope(index).kind == ScopeKind::Export => {
                let doc =
                    format!(" The guest-defined resource `{name}`, held by the host as a handle.");
                quote! {
                    #docs
                    #[doc = #doc]
                    pub type #rname = ::canon_host::ResourceAny;
                }
            }
            TypeDefKind::Resource => {
                let doc = format!(
                    " The host-defined resource `{name}`: its handles are `Resource<{rname}>`."
                );
                quote! {
                    #docs
                    #[doc = #doc]
                    pub enum #rname {}
                }
            }
            kind => {
                let ty = self.anonymous(kind, index)?;
                quote! {
                    #docs
                    pub type #rname = #ty;
                }
            }
        })
    }
}

/// `#[component(name = "...")]` when the derive's default name for
/// `rust` differs from the WIT name.
fn rename(rust: &syn::Ident, wit: &str) -> TokenStream {
    if kebab(rust) == wit {
        TokenStream::new()
    } else {
        quote!(#[component(name = #wit)])
    }
}
