//! Hand-written C guests over canon-bindgen-c's bindings, each run on
//! canon-host over wasmi and over wasmtime and on wasmtime's own component
//! runtime, every call asserting the exact result on all three. Guests live
//! in `tests/guests/<name>/{<name>.wit,guest.c}`; they are built once per
//! run under `CARGO_TARGET_TMPDIR/c-guests`.

mod build;
mod hosts;

mod leaks;
mod lists;
mod primitives;
mod records;
mod resources;
mod strings;
mod variants;
mod wasi;
