//! Integration tests of canon-encode, mostly differential against wit-component.

mod adapter;
mod component;
mod metadata;
mod new;
mod preview1;
mod support;
mod wit;
