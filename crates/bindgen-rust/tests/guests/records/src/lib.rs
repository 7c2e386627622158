//! Runtime-test guest `records`: every export echoes its argument through the
//! host's matching import.

canon_guest::generate!({ path: "wit" });

struct Component;

impl Guest for Component {
    fn run_point(x: Point) -> Point {
        echo_point(x)
    }

    fn run_person(x: Person) -> Person {
        echo_person(&x)
    }

    fn run_people(x: Vec<Person>) -> Vec<Person> {
        echo_people(&x)
    }
}

export!(Component);
