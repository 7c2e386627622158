//! Random WIT packages and random values of any WIT type from
//! `arbitrary::Unstructured`, and the round-trip checks that the `roundtrip`
//! fuzz target and the smoke test run on them.
//!
//! Generation writes WIT source freely; whatever wit-parser rejects is thrown
//! away, not avoided by construction.

mod generate;
pub mod roundtrip;
pub mod values;

pub use generate::{Config, generate};
pub use values::{Value, ValueConfig, arbitrary_value};
