//! Runtime-test guest `flags`: every export echoes its argument through the
//! host's matching import.

canon_guest::generate!({ path: "wit" });

struct Component;

impl Guest for Component {
    fn run_perms(x: Perms) -> Perms {
        echo_perms(x)
    }

    fn run_wide(x: Wide) -> Wide {
        echo_wide(x)
    }

    fn run_many(x: Vec<Perms>) -> Vec<Perms> {
        echo_many(&x)
    }
}

export!(Component);
