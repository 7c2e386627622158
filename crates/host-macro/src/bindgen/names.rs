//! Rust identifiers for WIT names, on canon-bindgen-core's case conversions;
//! Rust keywords get a trailing `_`, as in canon-bindgen-rust.

use canon_bindgen_core::naming::{snake, upper_camel};
use proc_macro2::{Ident, Span};

/// Whether `s` cannot be a plain Rust identifier (a strict or reserved
/// keyword of any edition, as syn knows them, or `gen` of edition 2024).
fn is_keyword(s: &str) -> bool {
    syn::parse_str::<Ident>(s).is_err() || matches!(s, "gen" | "try")
}

fn escaped(s: String) -> Ident {
    if is_keyword(&s) {
        Ident::new(&format!("{s}_"), Span::call_site())
    } else {
        Ident::new(&s, Span::call_site())
    }
}

/// A snake-case identifier (functions, fields, modules).
pub(crate) fn ident(name: &str) -> Ident {
    escaped(snake(name))
}

/// An upper-camel-case identifier (types, cases).
pub(crate) fn type_ident(name: &str) -> Ident {
    escaped(upper_camel(name))
}
