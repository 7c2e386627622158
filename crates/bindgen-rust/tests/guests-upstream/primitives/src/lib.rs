//! Upstream wit-bindgen twin of the canon runtime-test guest `primitives`, for the
//! size comparison of `tests/runtime/size.rs`.

wit_bindgen::generate!({ path: "../../guests/primitives/wit" });

struct Component;

impl Guest for Component {
    fn run_bool(x: bool) -> bool {
        echo_bool(x)
    }

    fn run_s8(x: i8) -> i8 {
        echo_s8(x)
    }

    fn run_u8(x: u8) -> u8 {
        echo_u8(x)
    }

    fn run_s16(x: i16) -> i16 {
        echo_s16(x)
    }

    fn run_u16(x: u16) -> u16 {
        echo_u16(x)
    }

    fn run_s32(x: i32) -> i32 {
        echo_s32(x)
    }

    fn run_u32(x: u32) -> u32 {
        echo_u32(x)
    }

    fn run_s64(x: i64) -> i64 {
        echo_s64(x)
    }

    fn run_u64(x: u64) -> u64 {
        echo_u64(x)
    }

    fn run_f32(x: f32) -> f32 {
        echo_f32(x)
    }

    fn run_f64(x: f64) -> f64 {
        echo_f64(x)
    }

    fn run_char(x: char) -> char {
        echo_char(x)
    }
}

export!(Component);
