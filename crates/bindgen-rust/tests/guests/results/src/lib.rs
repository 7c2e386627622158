//! Runtime-test guest `results`: every export echoes its argument through the
//! host's matching import.

canon_guest::generate!({ path: "wit" });

struct Component;

impl Guest for Component {
    fn run_full(x: Result<u32, String>) -> Result<u32, String> {
        echo_full(x)
    }

    fn run_no_ok(x: Result<(), u8>) -> Result<(), u8> {
        echo_no_ok(x)
    }

    fn run_bare(x: Result<(), ()>) -> Result<(), ()> {
        echo_bare(x)
    }

    fn run_no_err(x: Result<String, ()>) -> Result<String, ()> {
        echo_no_err(x)
    }

    fn run_floats(x: Result<f32, f64>) -> Result<f32, f64> {
        echo_floats(x)
    }
}

export!(Component);
