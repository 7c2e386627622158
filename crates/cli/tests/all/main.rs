//! Tests of the `canon` binary, run as a process.

mod component;
mod run;
