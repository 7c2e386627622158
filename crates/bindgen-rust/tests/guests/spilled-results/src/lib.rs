//! Runtime-test guest `spilled-results`: every export echoes its argument through the
//! host's matching import.

canon_guest::generate!({ path: "wit" });

struct Component;

impl Guest for Component {
    fn run_big(x: Big) -> Big {
        echo_big(&x)
    }

    fn run_tuple(x: (u64, String, u8)) -> (u64, String, u8) {
        echo_tuple(x)
    }

    fn run_bigs(x: Vec<Big>) -> Vec<Big> {
        echo_bigs(&x)
    }
}

export!(Component);
