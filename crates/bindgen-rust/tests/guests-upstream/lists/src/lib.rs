//! Upstream wit-bindgen twin of the canon runtime-test guest `lists`, for the
//! size comparison of `tests/runtime/size.rs`.

wit_bindgen::generate!({ path: "../../guests/lists/wit" });

struct Component;

impl Guest for Component {
    fn run_bytes(x: Vec<u8>) -> Vec<u8> {
        echo_bytes(&x)
    }

    fn run_words(x: Vec<u32>) -> Vec<u32> {
        echo_words(&x)
    }

    fn run_floats(x: Vec<f64>) -> Vec<f64> {
        echo_floats(&x)
    }

    fn run_bools(x: Vec<bool>) -> Vec<bool> {
        echo_bools(&x)
    }

    fn run_chars(x: Vec<char>) -> Vec<char> {
        echo_chars(&x)
    }

    fn run_nested(x: Vec<Vec<u16>>) -> Vec<Vec<u16>> {
        echo_nested(&x)
    }

    fn run_signed(x: Vec<i64>) -> Vec<i64> {
        echo_signed(&x)
    }
}

export!(Component);
