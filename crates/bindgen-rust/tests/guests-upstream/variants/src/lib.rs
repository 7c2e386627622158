//! Upstream wit-bindgen twin of the canon runtime-test guest `variants`, for the
//! size comparison of `tests/runtime/size.rs`.

wit_bindgen::generate!({ path: "../../guests/variants/wit" });

struct Component;

impl Guest for Component {
    fn run_shape(x: Shape) -> Shape {
        echo_shape(&x)
    }

    fn run_shapes(x: Vec<Shape>) -> Vec<Shape> {
        echo_shapes(&x)
    }
}

export!(Component);
