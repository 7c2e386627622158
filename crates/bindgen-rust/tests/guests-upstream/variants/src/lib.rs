//! Upstream wit-bindgen twin of a canon runtime-test guest, for size comparison.
//! host's matching import.

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
