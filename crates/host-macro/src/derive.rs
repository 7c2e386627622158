//! `#[derive(ComponentType)]`: structs as records, enums with payloads as
//! variants, fieldless enums as enums.
//!
//! Names are the kebab-case of the Rust names (`field_name` → `field-name`,
//! `CaseName` → `case-name`), or `#[component(name = "...")]`. A fieldless
//! enum is a WIT `enum` unless marked `#[component(variant)]`.

use heck::ToKebabCase;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::{Data, DeriveInput, Error, Fields, LitStr};

/// The `canon_host` items the generated code names.
pub(crate) fn rt() -> TokenStream {
    quote!(::canon_host)
}

/// The WIT name of a Rust identifier: kebab-case, without `r#`.
pub(crate) fn kebab(ident: &syn::Ident) -> String {
    let s = ident.to_string();
    s.strip_prefix("r#").unwrap_or(&s).to_kebab_case()
}

/// What `#[component(...)]` says about an item.
#[derive(Default)]
struct Attrs {
    name: Option<String>,
    variant: bool,
}

fn parse_attrs(attrs: &[syn::Attribute]) -> syn::Result<Attrs> {
    let mut out = Attrs::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("component")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("name") {
                out.name = Some(meta.value()?.parse::<LitStr>()?.value());
                Ok(())
            } else if meta.path.is_ident("variant") {
                out.variant = true;
                Ok(())
            } else {
                Err(meta.error("expected `name = \"...\"` or `variant`"))
            }
        })?;
    }
    Ok(out)
}

pub(crate) fn expand(input: &DeriveInput) -> syn::Result<TokenStream> {
    let rt = rt();
    let attrs = parse_attrs(&input.attrs)?;
    let name = &input.ident;
    let what = attrs.name.clone().unwrap_or_else(|| kebab(name));
    let mut generics = input.generics.clone();
    for param in generics.type_params_mut() {
        param.bounds.push(syn::parse_quote!(#rt::ComponentType));
    }
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let body = match &input.data {
        Data::Struct(s) => record(&what, &s.fields)?,
        Data::Enum(e) => {
            let unit = e.variants.iter().all(|v| matches!(v.fields, Fields::Unit));
            if unit && !attrs.variant {
                enumeration(&what, e)?
            } else {
                variant(&what, e)?
            }
        }
        Data::Union(u) => {
            return Err(Error::new(
                u.union_token.span,
                "ComponentType cannot be derived for unions",
            ));
        }
    };
    Ok(quote! {
        impl #impl_generics #rt::ComponentType for #name #ty_generics #where_clause {
            #body
        }
    })
}

/// The signatures of the trait's methods, with the body of each.
fn methods(
    typecheck: TokenStream,
    lower_flat: TokenStream,
    store: TokenStream,
    lift_flat: TokenStream,
    load: TokenStream,
) -> TokenStream {
    let rt = rt();
    quote! {
        fn typecheck(ty: &#rt::ValueType) -> ::core::result::Result<(), #rt::typed::TypeMismatch> {
            #typecheck
        }
        fn lower_flat(
            &self,
            cx: &mut #rt::typed::TypedCx<'_, '_>,
            ty: #rt::typed::ValType,
            out: &mut #rt::typed::Flat,
        ) -> ::core::result::Result<(), #rt::Error> {
            #lower_flat
        }
        fn store(
            &self,
            cx: &mut #rt::typed::TypedCx<'_, '_>,
            ty: #rt::typed::ValType,
            ptr: u32,
        ) -> ::core::result::Result<(), #rt::Error> {
            #store
        }
        fn lift_flat(
            cx: &mut #rt::typed::TypedCx<'_, '_>,
            ty: #rt::typed::ValType,
            vals: &[#rt::typed::CoreVal],
            pos: &mut usize,
        ) -> ::core::result::Result<Self, #rt::Trap> {
            #lift_flat
        }
        fn load(
            cx: &mut #rt::typed::TypedCx<'_, '_>,
            ty: #rt::typed::ValType,
            ptr: u32,
        ) -> ::core::result::Result<Self, #rt::Trap> {
            #load
        }
    }
}

fn record(what: &str, fields: &Fields) -> syn::Result<TokenStream> {
    let rt = rt();
    let Fields::Named(named) = fields else {
        return Err(Error::new(
            Span::call_site(),
            "ComponentType derives records from structs with named fields",
        ));
    };
    let mut checks = Vec::new();
    let mut lowers = Vec::new();
    let mut stores = Vec::new();
    let mut lifts = Vec::new();
    let mut loads = Vec::new();
    for (i, field) in named.named.iter().enumerate() {
        let ident = field.ident.as_ref().expect("named fields have names");
        let ty = &field.ty;
        let wit = parse_attrs(&field.attrs)?
            .name
            .unwrap_or_else(|| kebab(ident));
        checks.push(quote!((#wit, <#ty as #rt::ComponentType>::typecheck)));
        lowers.push(quote! {
            #rt::ComponentType::lower_flat(&self.#ident, cx, fields.ty(#i)?, out)?;
        });
        stores.push(quote! {{
            let (t, at) = fields.at(#i, ptr)?;
            #rt::ComponentType::store(&self.#ident, cx, t, at)?;
        }});
        lifts.push(quote! {
            #ident: <#ty as #rt::ComponentType>::lift_flat(cx, fields.ty(#i)?, vals, pos)?,
        });
        loads.push(quote! {
            #ident: {
                let (t, at) = fields.at(#i, ptr)?;
                <#ty as #rt::ComponentType>::load(cx, t, at)?
            },
        });
    }
    Ok(methods(
        quote!(#rt::typed::typecheck_record(ty, #what, &[#(#checks),*])),
        quote! { let fields = cx.record(ty)?; #(#lowers)* Ok(()) },
        quote! { let fields = cx.record(ty)?; #(#stores)* Ok(()) },
        quote! { let fields = cx.record(ty)?; Ok(Self { #(#lifts)* }) },
        quote! { let fields = cx.record(ty)?; Ok(Self { #(#loads)* }) },
    ))
}

fn case_names(e: &syn::DataEnum) -> syn::Result<Vec<String>> {
    e.variants
        .iter()
        .map(|v| {
            Ok(parse_attrs(&v.attrs)?
                .name
                .unwrap_or_else(|| kebab(&v.ident)))
        })
        .collect()
}

fn enumeration(what: &str, e: &syn::DataEnum) -> syn::Result<TokenStream> {
    let rt = rt();
    let names = case_names(e)?;
    let idents: Vec<_> = e.variants.iter().map(|v| &v.ident).collect();
    let discs: Vec<u32> = (0..idents.len() as u32).collect();
    let lift_arms = quote! {
        match case.discriminant() {
            #(#discs => Ok(Self::#idents),)*
            _ => Err(case.invalid()),
        }
    };
    Ok(methods(
        quote!(#rt::typed::typecheck_names(ty, #what, &[#(#names),*], false)),
        quote! {
            let disc = match self { #(Self::#idents => #discs,)* };
            cx.lower_case(ty, disc, out)
        },
        quote! {
            let disc = match self { #(Self::#idents => #discs,)* };
            cx.store_case(ty, ptr, disc)
        },
        quote! { let case = cx.lift_case(ty, vals, pos)?; #lift_arms },
        quote! { let case = cx.load_case(ty, ptr)?; #lift_arms },
    ))
}

fn variant(what: &str, e: &syn::DataEnum) -> syn::Result<TokenStream> {
    let rt = rt();
    let names = case_names(e)?;
    let mut checks = Vec::new();
    let mut lowers = Vec::new();
    let mut stores = Vec::new();
    let mut lifts = Vec::new();
    for (i, (v, name)) in e.variants.iter().zip(&names).enumerate() {
        let ident = &v.ident;
        let disc = i as u32;
        match &v.fields {
            Fields::Unit => {
                checks.push(quote!((#name, None)));
                lowers.push(quote!(Self::#ident => cx.lower_case(ty, #disc, out),));
                stores.push(quote!(Self::#ident => cx.store_case(ty, ptr, #disc),));
                lifts.push(quote!(#disc => Ok(Self::#ident),));
            }
            Fields::Unnamed(f) if f.unnamed.len() == 1 => {
                let ty = &f.unnamed[0].ty;
                checks.push(quote!((#name, Some(<#ty as #rt::ComponentType>::typecheck))));
                let payload = format_ident!("payload");
                lowers.push(
                    quote!(Self::#ident(#payload) => cx.lower_case_with(ty, #disc, #payload, out),),
                );
                stores.push(
                    quote!(Self::#ident(#payload) => cx.store_case_with(ty, ptr, #disc, #payload),),
                );
                lifts.push(quote!(#disc => Ok(Self::#ident(case.lift::<#ty>(cx)?)),));
            }
            _ => {
                return Err(Error::new_spanned(
                    &v.fields,
                    "a variant case has no payload or exactly one unnamed field",
                ));
            }
        }
    }
    let lift_arms = quote! {
        match case.discriminant() {
            #(#lifts)*
            _ => Err(case.invalid()),
        }
    };
    Ok(methods(
        quote!(#rt::typed::typecheck_variant(ty, #what, &[#(#checks),*])),
        quote!(match self { #(#lowers)* }),
        quote!(match self { #(#stores)* }),
        quote! { let case = cx.lift_case(ty, vals, pos)?; #lift_arms },
        quote! { let case = cx.load_case(ty, ptr)?; #lift_arms },
    ))
}
