//! The procedural macros of canon-host, re-exported from it:
//!
//! - `#[derive(ComponentType)]` maps Rust structs to WIT records, enums with
//!   payloads to variants and fieldless enums to enums (see [`derive`]);
//! - `flags!` declares a bit set for a WIT `flags` (see [`flags`]);
//! - `bindgen!` generates host bindings for a WIT world: Rust types, a
//!   `Host` trait per imported interface with `add_to_linker`, and typed
//!   accessors for the exports (see [`bindgen`]).
//!
//! Generated code names items of `::canon_host` only.

mod bindgen;
mod derive;
mod flags;
#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Implements `canon_host::ComponentType` for a struct (a WIT record) or an
/// enum (a WIT variant, or a WIT enum when no case has a payload).
///
/// `#[component(name = "...")]` on a field or case overrides its WIT name
/// (default: kebab-case of the Rust name); `#[component(variant)]` on a
/// fieldless enum makes it a variant.
#[proc_macro_derive(ComponentType, attributes(component))]
pub fn derive_component_type(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    derive::expand(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Declares a flags type: `flags! { Name { const A; const B; } }`.
#[proc_macro]
pub fn flags(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as flags::FlagsInput);
    flags::expand(&input).into()
}

/// Generates host bindings for a WIT world. See the crate documentation of
/// canon-host.
#[proc_macro]
pub fn bindgen(input: TokenStream) -> TokenStream {
    let config = syn::parse_macro_input!(input as bindgen::Config);
    config
        .expand()
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}
