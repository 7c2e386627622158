//! Runtime-test guest `tuples`: every export echoes its argument through the
//! host's matching import.

canon_guest::generate!({ path: "wit" });

struct Component;

impl Guest for Component {
    fn run_triple(x: (u8, String, f64)) -> (u8, String, f64) {
        echo_triple(x)
    }

    fn run_nested(x: ((u8, u16), Vec<(char, bool)>)) -> ((u8, u16), Vec<(char, bool)>) {
        echo_nested(x)
    }
}

export!(Component);
