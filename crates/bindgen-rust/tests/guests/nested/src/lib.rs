//! Runtime-test guest `nested`: every export echoes its argument through the
//! host's matching import.

canon_guest::generate!({ path: "wit" });

struct Component;

impl Guest for Component {
    fn run_items(x: Vec<Item>) -> Vec<Item> {
        echo_items(&x)
    }

    fn run_node(x: Node) -> Node {
        echo_node(&x)
    }

    fn run_nodes(x: Vec<Option<Node>>) -> Vec<Option<Node>> {
        echo_nodes(&x)
    }
}

export!(Component);
