//! Integration tests of canon-abi: golden tables, differential tests against
//! wit-parser, and property tests over generated types.

#![allow(
    clippy::print_stdout,
    reason = "tests print the counts that the issue notes quote"
)]

mod differential;
mod golden;
mod proptest_types;
mod shapes;
