//! Upstream wit-bindgen twin of a canon runtime-test guest, for size comparison.
//! host's matching import.

wit_bindgen::generate!({ path: "../../guests/records/wit" });

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
