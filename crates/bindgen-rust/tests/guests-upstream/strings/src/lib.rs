//! Upstream wit-bindgen twin of the canon runtime-test guest `strings`, for the
//! size comparison of `tests/runtime/size.rs`.

wit_bindgen::generate!({ path: "../../guests/strings/wit" });

struct Component;

impl Guest for Component {
    fn run_string(x: String) -> String {
        echo_string(&x)
    }

    fn run_strings(x: Vec<String>) -> Vec<String> {
        echo_strings(&x)
    }

    fn run_pair(x: (String, String)) -> (String, String) {
        echo_pair((&x.0, &x.1))
    }
}

export!(Component);
