//! Integration tests of canon-encode, mostly differential against wit-component.

mod support;
mod wit;
