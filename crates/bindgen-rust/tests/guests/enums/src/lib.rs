//! Runtime-test guest `enums`: every export echoes its argument through the
//! host's matching import.

canon_guest::generate!({ path: "wit" });

struct Component;

impl Guest for Component {
    fn run_color(x: Color) -> Color {
        echo_color(x)
    }

    fn run_colors(x: Vec<Color>) -> Vec<Color> {
        echo_colors(&x)
    }

    fn run_maybe(x: Option<Color>) -> Option<Color> {
        echo_maybe(x)
    }
}

export!(Component);
