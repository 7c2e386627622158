//! canon-wasi end to end: guest programs (`tests/guests`, Rust for
//! wasm32-wasip2 and wasm32-wasip1, and C on wasi-libc) run on canon-host
//! over wasmi and over wasmtime, both with canon-wasi, and on wasmtime's own
//! component runtime with wasmtime-wasi as the reference; stdout, stderr and
//! the exit status must be the same on all three.

mod guests;
mod runtimes;

mod c;
mod cli;
mod clocks_random;
mod filesystem;
mod hostile;
mod sockets;

/// Two tests of one body, `wasip1` and `wasip2`: the guest built for each
/// target (the wasip1 one made a component with the preview1 command
/// adapter).
macro_rules! on_both_targets {
    ($(#[$doc:meta])* fn $name:ident($target:ident: Target) $body:block) => {
        $(#[$doc])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            use crate::guests::Target;

            fn body($target: Target) $body

            #[test]
            fn wasip1() {
                body(Target::P1)
            }

            #[test]
            fn wasip2() {
                body(Target::P2)
            }
        }
    };
}
pub(crate) use on_both_targets;
