//! Runtime-test guest `variants`: every export echoes its argument through the
//! host's matching import.

canon_guest::generate!({ path: "wit" });

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
