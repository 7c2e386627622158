//! canon's component encoder: WIT packages to and from binaries, world
//! metadata embedded in core modules, and core modules to components.
//!
//! ```
//! let loaded = canon_wit::Loader::new()
//!     .load_source("a.wit", "package a:b; interface i { f: func(x: u32) -> string; }")
//!     .unwrap();
//! let bytes = canon_encode::encode_package(&loaded.resolve, loaded.package).unwrap();
//! let decoded = canon_encode::decode(&bytes).unwrap();
//! assert!(matches!(decoded, canon_encode::Decoded::Package { .. }));
//! ```

pub mod component;
mod dummy;
mod error;
pub mod metadata;
mod print;
mod wit;

pub use component::{ComponentBuilder, new_component};
pub use dummy::dummy_module;
pub use error::{Error, ErrorKind, Result};
pub use metadata::{Metadata, StringEncoding, embed};
pub use print::print_package;
pub use wit::{
    Decoded, PRODUCER_NAME, PRODUCER_VERSION, decode, decode_world, encode_package, encode_world,
    producers_section,
};
