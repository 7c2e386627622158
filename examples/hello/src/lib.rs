//! The quickstart guest: greets people and celebrates birthdays, logging
//! through the host's `log` import.

canon_guest::generate!({ path: "wit" });

use example::hello::host::log;
use exports::example::hello::greeter::{Guest, Person};

struct Hello;

impl Guest for Hello {
    fn greet(who: Person) -> String {
        log(&format!("greet: {} is {}", who.name, who.age));
        if who.nicknames.is_empty() {
            format!("Hello, {}!", who.name)
        } else {
            format!("Hello, {} (a.k.a. {})!", who.name, who.nicknames.join(", "))
        }
    }

    fn birthdays(mut people: Vec<Person>) -> Vec<Person> {
        log(&format!("birthdays: {} people", people.len()));
        for person in &mut people {
            person.age = person.age.saturating_add(1);
        }
        people.sort_by(|a, b| b.age.cmp(&a.age));
        people
    }
}

export!(Hello);
