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
