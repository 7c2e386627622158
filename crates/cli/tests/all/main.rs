//! Tests of the `canon` binary, run as a process.

mod adapt;
mod component;
mod run;
