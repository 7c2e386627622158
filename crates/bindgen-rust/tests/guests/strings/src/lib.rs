//! Runtime-test guest `strings`: every export echoes its argument through the
//! host's matching import.

canon_guest::generate!({ path: "wit" });

struct Component;

impl Guest for Component {
    fn run_string(x: String) -> String {
        echo_string(&x)
    }

    fn run_strings(x: Vec<String>) -> Vec<String> {
        echo_strings(&x)
    }

    fn run_pair(x: (String, String)) -> (String, String) {
        echo_pair(x)
    }
}

export!(Component);
