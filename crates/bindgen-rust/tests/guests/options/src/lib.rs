//! Runtime-test guest `options`: every export echoes its argument through the
//! host's matching import.

canon_guest::generate!({ path: "wit" });

struct Component;

impl Guest for Component {
    fn run_num(x: Option<u32>) -> Option<u32> {
        echo_num(x)
    }

    fn run_text(x: Option<String>) -> Option<String> {
        echo_text(x)
    }

    fn run_deep(x: Option<Option<u8>>) -> Option<Option<u8>> {
        echo_deep(x)
    }

    fn run_wide(x: Option<f64>) -> Option<f64> {
        echo_wide(x)
    }
}

export!(Component);
