//! Rendering a world: one module per interface (imports at their package
//! path, exports under `exports::`), the world's own items at the root, a
//! `Host` trait with `add_to_linker` per imported interface, a `Guest`
//! struct of typed functions per exported interface, and the world struct.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};

use canon_bindgen_core::walk::{Scope, ScopeKind, TypeOwnerScope, WorldWalk};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::LitStr;
use wit_parser::{Function, Resolve, Type, TypeDefKind, TypeId, WorldId};

use super::Ownership;
use super::borrow::BorrowSets;
use super::names::{ident, type_ident};

/// Everything that changes the generated code.
#[derive(Default)]
pub(crate) struct Options {
    pub(crate) ownership: Ownership,
    /// Derives added to every generated record, variant, enum and flags.
    pub(crate) additional_derives: Vec<syn::Path>,
    /// Interface (`ns:pkg/iface`) or type (`ns:pkg/iface/type`) mappings to
    /// existing Rust paths.
    pub(crate) with: Vec<(LitStr, syn::Path)>,
    /// WIT error types (`ns:pkg/iface/type`) that host functions return as
    /// a Rust error type, converted by the host.
    pub(crate) trappable_error_type: Vec<(LitStr, syn::Type)>,
    /// Every imported function returns `canon_host::Result<T>`, so the host
    /// can trap (a bad handle, say) instead of answering.
    pub(crate) trappable_imports: bool,
}

/// Renders the bindings of `world`.
pub(crate) fn generate(
    resolve: &Resolve,
    world: WorldId,
    opts: &Options,
    span: Span,
) -> syn::Result<TokenStream> {
    let mut generator = Gen {
        resolve,
        world,
        walk: WorldWalk::new(resolve, world),
        opts,
        span,
        with_used: RefCell::new(HashSet::new()),
        borrow: BorrowSets::default(),
    };
    generator.borrow = generator.borrow_sets();
    generator.run()
}

pub(super) struct Gen<'a> {
    pub(super) resolve: &'a Resolve,
    world: WorldId,
    pub(super) walk: WorldWalk,
    pub(super) opts: &'a Options,
    pub(super) span: Span,
    with_used: RefCell<HashSet<String>>,
    /// The records with a borrowing form (`ownership: Borrowing`).
    pub(super) borrow: BorrowSets,
}

/// A module tree: items at this level and named children.
#[derive(Default)]
struct Module {
    items: TokenStream,
    children: BTreeMap<String, Module>,
}

impl Module {
    fn insert(&mut self, path: &[syn::Ident], items: TokenStream) {
        match path.split_first() {
            None => self.items.extend(items),
            Some((first, rest)) => self
                .children
                .entry(first.to_string())
                .or_default()
                .insert(rest, items),
        }
    }

    fn render(self) -> TokenStream {
        let mut out = self.items;
        for (name, child) in self.children {
            let name = format_ident!("{name}");
            let body = child.render();
            out.extend(quote! {
                #[allow(clippy::all, unused_imports, dead_code)]
                pub mod #name { #body }
            });
        }
        out
    }
}

/// One function's Rust parts.
pub(super) struct FuncParts {
    /// The Rust method name.
    pub(super) name: syn::Ident,
    /// `(name, type)` of each parameter.
    pub(super) params: Vec<(syn::Ident, TokenStream)>,
    /// The result type, `()` for none.
    pub(super) result: TokenStream,
}

impl FuncParts {
    fn param_tuple(&self) -> TokenStream {
        let tys = self.params.iter().map(|(_, t)| t);
        quote!((#(#tys,)*))
    }

    fn param_pattern(&self) -> TokenStream {
        let names = self.params.iter().map(|(n, _)| n);
        quote!((#(#names,)*))
    }
}

impl Gen<'_> {
    pub(super) fn err(&self, msg: impl std::fmt::Display) -> syn::Error {
        syn::Error::new(self.span, msg.to_string())
    }

    fn run(&self) -> syn::Result<TokenStream> {
        let mut root = Module::default();
        for index in 0..self.walk.scopes.len() {
            let scope = &self.walk.scopes[index];
            if scope.kind == ScopeKind::Import && self.with_path(index).is_some() {
                continue;
            }
            let mut body = self.scope_types(index)?;
            if scope.path.is_empty() {
                // The world's own functions go on the world's trait and struct.
                root.insert(&[], body);
                continue;
            }
            body.extend(match scope.kind {
                ScopeKind::Import => self.host_trait(index)?,
                ScopeKind::Export => self.guest_struct(index)?,
            });
            root.insert(&self.module_segments(index), body);
        }
        let world = self.world_items()?;
        for (key, _) in &self.opts.with {
            if !self.with_used.borrow().contains(&key.value()) {
                return Err(syn::Error::new(
                    key.span(),
                    format!(
                        "unused `with` key `{}`: no such interface or type in the world",
                        key.value()
                    ),
                ));
            }
        }
        for (key, _) in &self.opts.trappable_error_type {
            if self.trappable_type_id(&key.value()).is_none() {
                return Err(syn::Error::new(
                    key.span(),
                    format!(
                        "unknown `trappable_error_type` key `{}`: no such type in the world's \
                         imports (expected `ns:pkg/interface/type`)",
                        key.value()
                    ),
                ));
            }
        }
        let mut out = root.render();
        out.extend(world);
        Ok(out)
    }

    // ------------------------------------------------------------ paths

    /// The `with` path replacing scope `index`, if any.
    pub(super) fn with_path(&self, index: usize) -> Option<&syn::Path> {
        let scope = &self.walk.scopes[index];
        let name = self.resolve.name_world_key(scope.key.as_ref()?);
        let unversioned = name.split('@').next().unwrap_or(&name).to_string();
        for (k, path) in &self.opts.with {
            let k = k.value();
            if k == name || k == unversioned {
                self.with_used.borrow_mut().insert(k);
                return Some(path);
            }
        }
        None
    }

    /// The `with` path replacing type `name` of scope `index`, if any.
    pub(super) fn with_type_path(&self, index: usize, name: &str) -> Option<&syn::Path> {
        let scope = &self.walk.scopes[index];
        let base = self.resolve.name_world_key(scope.key.as_ref()?);
        let unversioned = base.split('@').next().unwrap_or(&base).to_string();
        for (k, path) in &self.opts.with {
            let k = k.value();
            if k == format!("{base}/{name}") || k == format!("{unversioned}/{name}") {
                self.with_used.borrow_mut().insert(k);
                return Some(path);
            }
        }
        None
    }

    fn module_segments(&self, index: usize) -> Vec<syn::Ident> {
        let scope = &self.walk.scopes[index];
        let mut segments = Vec::new();
        if scope.kind == ScopeKind::Export && !scope.path.is_empty() {
            segments.push(format_ident!("exports"));
        }
        segments.extend(scope.path.iter().map(|s| ident(s)));
        segments
    }

    /// `super::...` from scope `from`'s module up to the bindings root.
    fn to_root(&self, from: usize) -> TokenStream {
        let supers = self
            .module_segments(from)
            .into_iter()
            .map(|_| quote!(super::));
        quote!(#(#supers)*)
    }

    /// The path prefix (ending in `::`, or empty) of scope `owner` from `from`.
    pub(super) fn scope_path(&self, from: usize, owner: usize) -> TokenStream {
        if from == owner {
            return TokenStream::new();
        }
        if let Some(path) = self.with_path(owner) {
            return quote!(#path::);
        }
        let root = self.to_root(from);
        let segments = self.module_segments(owner);
        quote!(#root #(#segments::)*)
    }

    /// The path prefix (ending in `::`) of scope `owner` from the root.
    fn root_path(&self, owner: usize) -> TokenStream {
        if let Some(path) = self.with_path(owner) {
            return quote!(#path::);
        }
        let segments = self.module_segments(owner);
        quote!(#(#segments::)*)
    }

    /// The path of named type `id` from scope `from`.
    pub(super) fn named_path(&self, id: TypeId, from: usize) -> TokenStream {
        let name = self.resolve.types[id]
            .name
            .as_deref()
            .unwrap_or("anonymous");
        if let TypeOwnerScope::Scope(owner) = self.walk.type_scope(self.resolve, id, from)
            && let Some(path) = self.with_type_path(owner, name)
        {
            return quote!(#path);
        }
        // A type with two forms is named by its owning `...Result` twin.
        self.path_as(id, from, &self.owned_name(id, name))
    }

    // ------------------------------------------------------------ functions

    pub(super) fn func_parts(&self, index: usize, func: &Function) -> syn::Result<FuncParts> {
        let params = func
            .params
            .iter()
            .map(|p| Ok((ident(&p.name), self.rty(&p.ty, index)?)))
            .collect::<syn::Result<_>>()?;
        let result = match &func.result {
            Some(ty) => self.rty(ty, index)?,
            None => quote!(()),
        };
        Ok(FuncParts {
            name: method_ident(func),
            params,
            result,
        })
    }

    /// The trappable error mapping of a function's result, if any: the
    /// Rust error type, the WIT error type and the scope defining it.
    fn trappable(&self, func: &Function) -> Option<(syn::Type, TypeId)> {
        let Some(Type::Id(id)) = func.result else {
            return None;
        };
        let TypeDefKind::Result(r) = &self.resolve.types[id].kind else {
            return None;
        };
        let Some(Type::Id(err)) = r.err else {
            return None;
        };
        let err = canon_bindgen_core::walk::resolve_alias(self.resolve, err);
        self.opts
            .trappable_error_type
            .iter()
            .find(|(k, _)| self.trappable_type_id(&k.value()) == Some(err))
            .map(|(_, ty)| (ty.clone(), err))
    }

    /// The type named by a `trappable_error_type` key.
    fn trappable_type_id(&self, key: &str) -> Option<TypeId> {
        let (iface, name) = key.rsplit_once('/')?;
        self.walk.scopes.iter().find_map(|s| {
            let scope_name = self.resolve.name_world_key(s.key.as_ref()?);
            let unversioned = scope_name.split('@').next().unwrap_or(&scope_name);
            if s.kind != ScopeKind::Import || (scope_name != iface && unversioned != iface) {
                return None;
            }
            s.types
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, id)| canon_bindgen_core::walk::resolve_alias(self.resolve, *id))
        })
    }

    /// The name of the conversion method for trappable error `err`.
    fn convert_method(&self, err: TypeId) -> syn::Ident {
        let name = self.resolve.types[err].name.as_deref().unwrap_or("error");
        format_ident!("convert_{}", ident(name).to_string().trim_end_matches('_'))
    }

    /// The import scope that defines trappable error `err`.
    fn trappable_scope(&self, err: TypeId) -> Option<usize> {
        self.walk.scopes.iter().position(|s| {
            s.kind == ScopeKind::Import
                && s.types.iter().any(|(_, id)| {
                    canon_bindgen_core::walk::resolve_alias(self.resolve, *id) == err
                })
        })
    }

    /// Trait methods for the host's imports of scope `index`: the
    /// freestanding functions, or those of `resource`.
    fn host_methods(&self, index: usize, resource: Option<TypeId>) -> syn::Result<TokenStream> {
        let scope = &self.walk.scopes[index];
        let mut out = TokenStream::new();
        let funcs: Vec<&Function> = match resource {
            None => scope.freestanding().collect(),
            Some(r) => scope.resource_functions(r),
        };
        if let Some(r) = resource {
            let rname = self.named_path(r, index);
            out.extend(quote! {
                /// Drops the resource: the last owning handle is gone.
                fn drop(&mut self, rep: ::canon_host::Resource<#rname>) -> ::canon_host::Result<()>;
            });
        }
        for func in funcs {
            let parts = self.func_parts(index, func)?;
            let name = &parts.name;
            let params = parts.params.iter().map(|(n, t)| quote!(#n: #t));
            let result = match self.trappable(func) {
                Some((rust_err, _)) => {
                    let ok = self.result_ok(index, func)?;
                    quote!(::core::result::Result<#ok, #rust_err>)
                }
                None if self.opts.trappable_imports => {
                    let result = if func.result.is_none() {
                        quote!(())
                    } else {
                        parts.result.clone()
                    };
                    quote!(::canon_host::Result<#result>)
                }
                None => parts.result.clone(),
            };
            let docs = self.docs(&func.docs);
            let result = if func.result.is_none() && !self.opts.trappable_imports {
                TokenStream::new()
            } else {
                quote!(-> #result)
            };
            out.extend(quote! {
                #docs
                fn #name(&mut self, #(#params),*) #result;
            });
        }
        // Conversions of trappable errors defined here.
        let trappable = if resource.is_some() {
            &[][..]
        } else {
            &self.opts.trappable_error_type[..]
        };
        for (key, rust_err) in trappable {
            let Some(err) = self.trappable_type_id(&key.value()) else {
                continue;
            };
            if self.trappable_scope(err) != Some(index) {
                continue;
            }
            let method = self.convert_method(err);
            let wit = self.named_path(err, index);
            let doc = format!(
                " Converts the host's error into the WIT `{}` returned to the guest, or into a trap.",
                key.value()
            );
            out.extend(quote! {
                #[doc = #doc]
                fn #method(&mut self, err: #rust_err) -> ::canon_host::Result<#wit>;
            });
        }
        Ok(out)
    }

    /// The `ok` type of a function returning `result`.
    fn result_ok(&self, index: usize, func: &Function) -> syn::Result<TokenStream> {
        let Some(Type::Id(id)) = func.result else {
            return Ok(quote!(()));
        };
        match &self.resolve.types[id].kind {
            TypeDefKind::Result(r) => match &r.ok {
                Some(t) => self.rty(t, index),
                None => Ok(quote!(())),
            },
            _ => Ok(quote!(())),
        }
    }

    /// `func_wrap` calls defining the functions of scope `index` on `inst`,
    /// with host trait `host` (a path).
    fn linker_defs(
        &self,
        index: usize,
        host: &TokenStream,
        bounds: &mut Vec<TokenStream>,
    ) -> syn::Result<TokenStream> {
        let scope = &self.walk.scopes[index];
        let mut out = TokenStream::new();
        let mut funcs: Vec<(&Function, TokenStream)> =
            scope.freestanding().map(|f| (f, host.clone())).collect();
        for r in scope.resources(self.resolve) {
            let wit = self.resolve.types[r].name.clone().unwrap_or_default();
            let rname = self.named_path(r, index);
            let trait_name = format_ident!("Host{}", type_ident(&wit));
            out.extend(quote! {
                inst.resource(
                    #wit,
                    ::canon_host::ResourceType::host::<#rname>(),
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                        let host = get(cx.data_mut());
                        #trait_name::drop(host, ::canon_host::Resource::new_own(rep))
                    },
                )?;
            });
            for f in scope.resource_functions(r) {
                funcs.push((f, quote!(#trait_name)));
            }
        }
        for (func, host) in funcs {
            let host = &host;
            let parts = self.func_parts(index, func)?;
            let wit_name = &func.name;
            let name = &parts.name;
            let tuple = parts.param_tuple();
            let pattern = parts.param_pattern();
            let args = parts.params.iter().map(|(n, _)| n);
            let body = match self.trappable(func) {
                Some((_, err)) => {
                    let owner = self
                        .trappable_scope(err)
                        .ok_or_else(|| self.err("trappable error type is not imported"))?;
                    let convert = self.convert_method(err);
                    // The conversion is a method of the owning scope's
                    // `Host` trait, also for a resource's methods.
                    let owner_trait = if owner == index {
                        let t = self.host_trait_name(owner);
                        quote!(#t)
                    } else {
                        let path = self.scope_path(index, owner);
                        let t = self.host_trait_name(owner);
                        let t = quote!(#path #t);
                        bounds.push(t.clone());
                        t
                    };
                    quote! {
                        let host = get(cx.data_mut());
                        match #host::#name(host, #(#args),*) {
                            Ok(v) => Ok(Ok(v)),
                            Err(e) => Ok(Err(#owner_trait::#convert(host, e)?)),
                        }
                    }
                }
                None if self.opts.trappable_imports => quote! {
                    let host = get(cx.data_mut());
                    #host::#name(host, #(#args),*)
                },
                None => quote! {
                    let host = get(cx.data_mut());
                    Ok(#host::#name(host, #(#args),*))
                },
            };
            out.extend(quote! {
                inst.func_wrap(
                    #wit_name,
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, #pattern: #tuple| { #body },
                )?;
            });
        }
        Ok(out)
    }

    /// The `HostR` traits of the resources imported in scope `index`, and
    /// the supertrait list (`: HostA + HostB`) of the scope's own trait.
    fn resource_traits(&self, index: usize) -> syn::Result<(TokenStream, TokenStream)> {
        let scope = &self.walk.scopes[index];
        let mut traits = TokenStream::new();
        let mut names = Vec::new();
        for r in scope.resources(self.resolve) {
            let wit = self.resolve.types[r].name.clone().unwrap_or_default();
            let name = format_ident!("Host{}", type_ident(&wit));
            let methods = self.host_methods(index, Some(r))?;
            let doc = format!(" The host's implementation of the resource `{wit}`.");
            let docs = self.docs(&self.resolve.types[r].docs);
            traits.extend(quote! {
                #docs
                #[doc = #doc]
                pub trait #name {
                    #methods
                }
            });
            names.push(name);
        }
        let supertraits = if names.is_empty() {
            TokenStream::new()
        } else {
            quote!(: #(#names)+*)
        };
        Ok((traits, supertraits))
    }

    fn host_trait_name(&self, index: usize) -> syn::Ident {
        if self.walk.scopes[index].path.is_empty() {
            self.imports_trait()
        } else {
            format_ident!("Host")
        }
    }

    fn imports_trait(&self) -> syn::Ident {
        format_ident!(
            "{}Imports",
            type_ident(&self.resolve.worlds[self.world].name)
        )
    }

    /// The `Host` trait and `add_to_linker` of imported interface `index`.
    fn host_trait(&self, index: usize) -> syn::Result<TokenStream> {
        let scope = &self.walk.scopes[index];
        let methods = self.host_methods(index, None)?;
        let (resource_traits, supertraits) = self.resource_traits(index)?;
        let mut bounds = Vec::new();
        let defs = self.linker_defs(index, &quote!(Host), &mut bounds)?;
        let name = self
            .resolve
            .name_world_key(scope.key.as_ref().expect("interface scope"));
        let docs = self.docs(&scope.docs);
        let link_doc = format!(
            " Defines the functions of `{name}` in `linker`, implemented by the `Host` that `get` \
             finds in the store's data."
        );
        Ok(quote! {
            #resource_traits

            #docs
            pub trait Host #supertraits {
                #methods
            }

            #[doc = #link_doc]
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host #(+ #bounds)* + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance(#name)?;
                #defs
                Ok(())
            }
        })
    }

    /// Typed functions of exported scope `index`: struct fields, their
    /// initialisers from `exports` (an `Instance`) and `call_*` methods.
    fn guest_funcs(
        &self,
        index: usize,
        what: &str,
    ) -> syn::Result<(Vec<TokenStream>, Vec<TokenStream>, Vec<TokenStream>)> {
        let scope = &self.walk.scopes[index];
        let mut fields = Vec::new();
        let mut inits = Vec::new();
        let mut calls = Vec::new();
        let mut funcs: Vec<(&Function, Option<String>)> =
            scope.freestanding().map(|f| (f, None)).collect();
        for r in scope.resources(self.resolve) {
            let wit = self.resolve.types[r].name.clone().unwrap_or_default();
            for f in scope.resource_functions(r) {
                funcs.push((f, Some(wit.clone())));
            }
        }
        for (func, resource) in funcs {
            let mut parts = self.func_parts(index, func)?;
            if let Some(r) = &resource {
                let item = ident(func.item_name()).to_string();
                let item = item.trim_end_matches('_');
                parts.name = match func.kind {
                    wit_parser::FunctionKind::Constructor(_) => {
                        format_ident!("{}_constructor", ident(r))
                    }
                    wit_parser::FunctionKind::Static(_) => {
                        format_ident!("{}_static_{item}", ident(r))
                    }
                    _ => format_ident!("{}_method_{item}", ident(r)),
                };
            }
            // Parameters lowered by the host may borrow: the field holds
            // the `'static` form, checked once; each call rebinds it to the
            // borrowing form's lifetimes.
            let borrows = func.params.iter().any(|p| self.param_borrows(&p.ty));
            let spelled = |lt: TokenStream| {
                func.params
                    .iter()
                    .map(|p| Ok((ident(&p.name), self.rty_borrow(&p.ty, index, &lt)?)))
                    .collect::<syn::Result<Vec<_>>>()
            };
            let tuple = if borrows {
                parts.params = spelled(quote!('static))?;
                let tuple = parts.param_tuple();
                parts.params = spelled(quote!('_))?;
                tuple
            } else {
                parts.param_tuple()
            };
            let name = &parts.name;
            let result = &parts.result;
            let wit_name = &func.name;
            let missing = format!("{what} has no function `{wit_name}`");
            let context = format!("{what}, function `{wit_name}`");
            fields.push(quote!(#name: ::canon_host::TypedFunc<#tuple, #result>));
            inits.push(quote! {
                #name: exports
                    .get_func(#wit_name)
                    .ok_or_else(|| ::canon_host::Error::Link(#missing.into()))?
                    .typed::<#tuple, #result>()
                    .map_err(|e| ::canon_host::Error::Type(::std::format!("{}: {}", #context, e)))?
            });
            let call = format_ident!("call_{}", name.to_string().trim_end_matches('_'));
            let params = parts.params.iter().map(|(n, t)| quote!(#n: #t));
            let pattern = parts.param_pattern();
            let docs = self.docs(&func.docs);
            let body = if borrows {
                let tuple = parts.param_tuple();
                quote! {
                    self.#name.call_relifetimed::<#tuple, S>(store, #pattern)
                }
            } else {
                quote!(self.#name.call(store, #pattern))
            };
            calls.push(quote! {
                #docs
                pub fn #call<S: Send + 'static>(
                    &self,
                    store: &mut ::canon_host::Store<S>,
                    #(#params),*
                ) -> ::canon_host::Result<#result> {
                    #body
                }
            });
        }
        Ok((fields, inits, calls))
    }

    /// The `Guest` struct of exported interface `index`.
    fn guest_struct(&self, index: usize) -> syn::Result<TokenStream> {
        let scope = &self.walk.scopes[index];
        let name = self
            .resolve
            .name_world_key(scope.key.as_ref().expect("interface scope"));
        let what = format!("exported interface `{name}`");
        let (fields, inits, calls) = self.guest_funcs(index, &what)?;
        let missing = format!("the component does not export interface `{name}`");
        let doc = format!(" The functions of the exported interface `{name}`.");
        Ok(quote! {
            #[doc = #doc]
            #[derive(Clone, Debug)]
            pub struct Guest {
                #(#fields,)*
            }

            impl Guest {
                /// Looks the functions up in `instance` and checks their types.
                pub fn new(instance: &::canon_host::Instance) -> ::canon_host::Result<Guest> {
                    #[allow(unused_variables)]
                    let exports = instance
                        .get_instance(#name)
                        .ok_or_else(|| ::canon_host::Error::Link(#missing.into()))?;
                    Ok(Guest { #(#inits,)* })
                }

                #(#calls)*
            }
        })
    }

    /// The world's imports trait, struct and `add_to_linker`.
    fn world_items(&self) -> syn::Result<TokenStream> {
        let world = &self.resolve.worlds[self.world];
        let world_name = type_ident(&world.name);
        let imports_trait = self.imports_trait();
        let mut out = TokenStream::new();
        let mut bounds = Vec::new();
        let mut link_calls = TokenStream::new();
        let mut fields = Vec::new();
        let mut inits = Vec::new();
        let mut methods = Vec::new();
        for index in 0..self.walk.scopes.len() {
            let scope: &Scope = &self.walk.scopes[index];
            match (scope.kind, scope.path.is_empty()) {
                (ScopeKind::Import, true) => {
                    if scope.functions.is_empty() && scope.resources(self.resolve).next().is_none()
                    {
                        continue;
                    }
                    let host_methods = self.host_methods(index, None)?;
                    let (resource_traits, supertraits) = self.resource_traits(index)?;
                    let mut extra = Vec::new();
                    let defs = self.linker_defs(index, &quote!(#imports_trait), &mut extra)?;
                    bounds.push(quote!(#imports_trait));
                    bounds.extend(extra);
                    let doc = format!(
                        " The functions the world `{}` imports directly, implemented by the host.",
                        world.name
                    );
                    out.extend(quote! {
                        #resource_traits

                        #[doc = #doc]
                        pub trait #imports_trait #supertraits {
                            #host_methods
                        }
                    });
                    link_calls.extend(quote! {
                        {
                            let mut inst = linker.root();
                            #defs
                        }
                    });
                }
                (ScopeKind::Import, false) => {
                    let path = self.root_path(index);
                    bounds.push(quote!(#path Host));
                    link_calls.extend(quote!(#path add_to_linker(linker, get)?;));
                }
                (ScopeKind::Export, true) => {
                    let (f, i, c) = self.guest_funcs(index, "the component")?;
                    fields.extend(f);
                    inits.extend(i);
                    methods.extend(c);
                }
                (ScopeKind::Export, false) => {
                    let segments = self.module_segments(index);
                    let accessor = ident(&scope.path.join("-"));
                    let name = self
                        .resolve
                        .name_world_key(scope.key.as_ref().expect("interface"));
                    let doc = format!(" The exported interface `{name}`.");
                    fields.push(quote!(#accessor: #(#segments::)* Guest));
                    inits.push(quote!(#accessor: #(#segments::)* Guest::new(instance)?));
                    methods.push(quote! {
                        #[doc = #doc]
                        pub fn #accessor(&self) -> &#(#segments::)* Guest {
                            &self.#accessor
                        }
                    });
                }
            }
        }
        let doc = format!(
            " An instance of the world `{}`: its exports, typed, after instantiation.",
            world.name
        );
        let link_doc = " Defines everything the world imports in `linker`, implemented by the \
                        host that `get` finds in the store's data.";
        out.extend(quote! {
            #[doc = #doc]
            #[derive(Clone, Debug)]
            pub struct #world_name {
                instance: ::canon_host::Instance,
                #(#fields,)*
            }

            impl #world_name {
                /// Instantiates `component` with `linker` and checks its exports.
                pub fn instantiate<T: Send + 'static>(
                    store: &mut ::canon_host::Store<T>,
                    component: &::canon_host::Component,
                    linker: &::canon_host::Linker<T>,
                ) -> ::canon_host::Result<Self> {
                    let instance = linker.instantiate(store, component)?;
                    Self::new(&instance)
                }

                /// The world's exports of an instance, with their types checked.
                pub fn new(instance: &::canon_host::Instance) -> ::canon_host::Result<Self> {
                    #[allow(unused_variables)]
                    let exports = instance;
                    Ok(Self {
                        instance: instance.clone(),
                        #(#inits,)*
                    })
                }

                /// The component instance.
                pub fn instance(&self) -> &::canon_host::Instance {
                    &self.instance
                }

                #[doc = #link_doc]
                pub fn add_to_linker<T, U>(
                    linker: &mut ::canon_host::Linker<T>,
                    get: fn(&mut T) -> &mut U,
                ) -> ::canon_host::Result<()>
                where
                    T: Send + 'static,
                    U: #(#bounds +)* 'static,
                {
                    #link_calls
                    Ok(())
                }

                #(#methods)*
            }
        });
        Ok(out)
    }

    pub(super) fn docs(&self, docs: &wit_parser::Docs) -> TokenStream {
        docs_tokens(docs)
    }
}

/// The Rust method name of a function: `new` for constructors, the item
/// name for methods and static functions.
fn method_ident(func: &Function) -> syn::Ident {
    match func.kind {
        wit_parser::FunctionKind::Constructor(_) => format_ident!("new"),
        // `new` and `drop` are the constructor and destructor.
        wit_parser::FunctionKind::Method(_) | wit_parser::FunctionKind::Static(_)
            if matches!(func.item_name(), "new" | "drop") =>
        {
            format_ident!("{}_", func.item_name())
        }
        _ => ident(func.item_name()),
    }
}

fn docs_tokens(docs: &wit_parser::Docs) -> TokenStream {
    {
        match &docs.contents {
            Some(text) => {
                let lines = text.lines().map(|l| format!(" {l}"));
                quote!(#(#[doc = #lines])*)
            }
            None => TokenStream::new(),
        }
    }
}
