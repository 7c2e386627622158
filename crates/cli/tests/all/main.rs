//! Tests of the `canon` binary, run as a process.

mod adapt;
mod bindgen;
mod bindgen_c;
mod component;
mod run;
