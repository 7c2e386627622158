//! Tests of the `canon` binary, run as a process.

mod adapt;
mod bindgen;
mod component;
mod run;
