//! WIT loading for the rest of canon: files, directories with `deps/`, inline source,
//! feature gates and world selection, plus the core-wasm naming conventions.
//!
//! Everything returns wit-parser's [`Resolve`] so that callers work on the same
//! resolved representation as the rest of the wasm-tools family.
//!
//! ```
//! let loaded = canon_wit::Loader::new()
//!     .load_source("hello.wit", "package a:b; world hello { export greet: func() -> string; }")
//!     .unwrap();
//! let world = loaded.select_world(Some("hello")).unwrap();
//! assert_eq!(loaded.resolve.worlds[world].name, "hello");
//! ```

mod corpus;
mod error;
mod load;
pub mod names;

pub use corpus::{CorpusEntry, corpus_entries, test_wits_dir};
pub use error::{Error, ErrorKind};
pub use load::{Loaded, Loader};
pub use wit_parser;
pub use wit_parser::{PackageId, Resolve, WorldId};

use wit_parser::{Type, TypeDefKind, TypeId};

/// `ty` with `type x = y` aliases (including `use`) followed to the
/// definition: a resource's own type for a handle's `use`d name.
pub fn resolve_alias(resolve: &Resolve, mut ty: TypeId) -> TypeId {
    while let TypeDefKind::Type(Type::Id(next)) = resolve.types[ty].kind {
        ty = next;
    }
    ty
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_are_followed_to_the_definition() {
        let loaded = Loader::new()
            .load_source(
                "a.wit",
                "package a:b;
                 interface defs { resource r; record p { x: u32 } }
                 interface uses { use defs.{r, p}; type r2 = r; }",
            )
            .unwrap();
        let resolve = &loaded.resolve;
        let iface =
            |name: &str| &resolve.interfaces[resolve.packages[loaded.package].interfaces[name]];
        let r = iface("defs").types["r"];
        assert_eq!(resolve_alias(resolve, iface("uses").types["r2"]), r);
        assert_eq!(resolve_alias(resolve, iface("uses").types["r"]), r);
        assert_eq!(resolve_alias(resolve, r), r);
        let p = iface("defs").types["p"];
        assert_eq!(resolve_alias(resolve, iface("uses").types["p"]), p);
    }
}
