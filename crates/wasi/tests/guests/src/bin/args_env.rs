//! Prints its arguments and its whole environment, in the order given.

fn main() {
    for (i, arg) in std::env::args().enumerate() {
        println!("arg {i}: {arg:?}");
    }
    for (name, value) in std::env::vars() {
        println!("env {name}={value:?}");
    }
    match std::env::var("CANON_MISSING") {
        Ok(value) => println!("CANON_MISSING is set: {value:?}"),
        Err(e) => println!("CANON_MISSING: {e}"),
    }
}
