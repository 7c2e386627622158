//! Upstream wit-bindgen twin of the canon runtime-test guest `records`, for the
//! size comparison of `tests/runtime/size.rs`.

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
