//! The smallest WASI command: one line to stdout. The benchmark of
//! instantiating and running a command (`benches/benches/wasi.rs`) runs it.

fn main() {
    println!("hello, world");
}
