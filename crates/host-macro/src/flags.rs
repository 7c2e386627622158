//! `flags!`: a bit-set type for a WIT `flags`.
//!
//! ```text
//! canon_host::flags! {
//!     #[derive(Hash)]
//!     pub Permissions {
//!         const READ;
//!         #[component(name = "write-all")]
//!         const WRITE;
//!     }
//! }
//! ```
//!
//! Flag names are the kebab-case of the constants (`READ_ALL` → `read-all`)
//! unless `#[component(name = "...")]` says otherwise.

use heck::ToKebabCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitStr, Token, Visibility, braced};

use crate::derive::rt;

/// One `const NAME;` with its attributes.
struct Flag {
    attrs: Vec<Attribute>,
    ident: Ident,
    name: String,
}

/// A `flags!` invocation.
pub(crate) struct FlagsInput {
    attrs: Vec<Attribute>,
    vis: Visibility,
    ident: Ident,
    flags: Vec<Flag>,
}

impl Parse for FlagsInput {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        let ident: Ident = input.parse()?;
        let content;
        braced!(content in input);
        let mut flags = Vec::new();
        while !content.is_empty() {
            let mut attrs = content.call(Attribute::parse_outer)?;
            content.parse::<Token![const]>()?;
            let ident: Ident = content.parse()?;
            content.parse::<Token![;]>()?;
            let mut name = ident.to_string().to_kebab_case();
            let mut rest = Vec::new();
            for attr in attrs.drain(..) {
                if attr.path().is_ident("component") {
                    attr.parse_nested_meta(|meta| {
                        if meta.path.is_ident("name") {
                            name = meta.value()?.parse::<LitStr>()?.value();
                            Ok(())
                        } else {
                            Err(meta.error("expected `name = \"...\"`"))
                        }
                    })?;
                } else {
                    rest.push(attr);
                }
            }
            flags.push(Flag {
                attrs: rest,
                ident,
                name,
            });
        }
        Ok(FlagsInput {
            attrs,
            vis,
            ident,
            flags,
        })
    }
}

pub(crate) fn expand(input: &FlagsInput) -> TokenStream {
    let rt = rt();
    let FlagsInput {
        attrs,
        vis,
        ident,
        flags,
    } = input;
    let words = flags.len().div_ceil(32).max(1);
    let consts = flags.iter().enumerate().map(|(i, f)| {
        let Flag { attrs, ident, name } = f;
        let mut bits = vec![0u32; words];
        bits[i / 32] = 1 << (i % 32);
        let doc = format!(" The flag `{name}`.");
        let doc = if attrs.iter().any(|a| a.path().is_ident("doc")) {
            quote!()
        } else {
            quote!(#[doc = #doc])
        };
        quote! {
            #doc
            #(#attrs)*
            pub const #ident: Self = Self { bits: [#(#bits),*] };
        }
    });
    let mut all = vec![0u32; words];
    for i in 0..flags.len() {
        all[i / 32] |= 1 << (i % 32);
    }
    let names: Vec<&String> = flags.iter().map(|f| &f.name).collect();
    let idents: Vec<&Ident> = flags.iter().map(|f| &f.ident).collect();
    let what = ident.to_string().to_kebab_case();
    let ops = [
        ("BitOr", "bitor", quote!(|=)),
        ("BitAnd", "bitand", quote!(&=)),
        ("BitXor", "bitxor", quote!(^=)),
    ]
    .into_iter()
    .map(|(tr, method, op)| {
        let tr = format_ident!("{tr}");
        let tr_assign = format_ident!("{tr}Assign");
        let method = format_ident!("{method}");
        let method_assign = format_ident!("{method}_assign");
        quote! {
            impl ::core::ops::#tr for #ident {
                type Output = Self;
                fn #method(mut self, rhs: Self) -> Self {
                    for (a, b) in self.bits.iter_mut().zip(rhs.bits) { *a #op b; }
                    self
                }
            }
            impl ::core::ops::#tr_assign for #ident {
                fn #method_assign(&mut self, rhs: Self) {
                    *self = ::core::ops::#tr::#method(*self, rhs);
                }
            }
        }
    });
    quote! {
        #(#attrs)*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
        #vis struct #ident {
            bits: [u32; #words],
        }

        impl #ident {
            #(#consts)*

            /// No flags set.
            pub const fn empty() -> Self {
                Self { bits: [0; #words] }
            }
            /// Every flag set.
            pub const fn all() -> Self {
                Self { bits: [#(#all),*] }
            }
            /// Whether no flag is set.
            pub fn is_empty(&self) -> bool {
                self.bits.iter().all(|w| *w == 0)
            }
            /// Whether every flag of `other` is set.
            pub fn contains(&self, other: Self) -> bool {
                (*self & other) == other
            }
            /// Sets the flags of `other`.
            pub fn insert(&mut self, other: Self) {
                *self |= other;
            }
            /// Clears the flags of `other`.
            pub fn remove(&mut self, other: Self) {
                *self &= !other;
            }
            /// The flags as 32-bit words, flag 0 in bit 0 of word 0.
            pub fn as_words(&self) -> [u32; #words] {
                self.bits
            }
            /// Flags from 32-bit words; bits beyond the flags are ignored.
            pub fn from_words(bits: [u32; #words]) -> Self {
                Self { bits } & Self::all()
            }
        }

        #(#ops)*

        impl ::core::ops::Not for #ident {
            type Output = Self;
            fn not(mut self) -> Self {
                for w in self.bits.iter_mut() { *w = !*w; }
                self & Self::all()
            }
        }

        impl ::core::ops::Sub for #ident {
            type Output = Self;
            fn sub(self, rhs: Self) -> Self {
                self & !rhs
            }
        }

        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let mut set = f.debug_set();
                #(if self.contains(Self::#idents) { set.entry(&::core::format_args!(#names)); })*
                set.finish()
            }
        }

        impl #rt::ComponentType for #ident {
            fn typecheck(ty: &#rt::ValueType) -> ::core::result::Result<(), #rt::typed::TypeMismatch> {
                #rt::typed::typecheck_names(ty, #what, &[#(#names),*], true)
            }
            fn lower_flat(
                &self,
                cx: &mut #rt::typed::TypedCx<'_, '_>,
                ty: #rt::typed::ValType,
                out: &mut #rt::typed::Flat,
            ) -> ::core::result::Result<(), #rt::Error> {
                cx.lower_flags(ty, &self.bits, out)
            }
            fn store(
                &self,
                cx: &mut #rt::typed::TypedCx<'_, '_>,
                ty: #rt::typed::ValType,
                ptr: u32,
            ) -> ::core::result::Result<(), #rt::Error> {
                cx.store_flags(ty, ptr, &self.bits)
            }
            fn lift_flat(
                cx: &mut #rt::typed::TypedCx<'_, '_>,
                ty: #rt::typed::ValType,
                vals: &[#rt::typed::CoreVal],
                pos: &mut usize,
            ) -> ::core::result::Result<Self, #rt::Trap> {
                Ok(Self { bits: cx.lift_flags(ty, vals, pos)? })
            }
            fn load(
                cx: &mut #rt::typed::TypedCx<'_, '_>,
                ty: #rt::typed::ValType,
                ptr: u32,
            ) -> ::core::result::Result<Self, #rt::Trap> {
                Ok(Self { bits: cx.load_flags(ty, ptr)? })
            }
        }
    }
}
