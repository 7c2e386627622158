//! Support for canon's test suites: C guests built with clang and
//! wasi-libc ([`c`]) and the upstream tools the compatibility tests run
//! ([`upstream`]). Dev-only: never part of a published API.

pub mod c;
pub mod upstream;

pub use upstream::{WIT_BINDGEN_VERSION, upstream_wit_bindgen, workspace_root};
