//! Runtime-test guest `resources-import`: constructs, uses, merges and drops
//! host resources; the host counts destructor calls.

canon_guest::generate!({ path: "wit" });

use guest::resources_import::host::{Counter, total};

struct Component;

impl Guest for Component {
    fn run(start: u32) -> u32 {
        let a = Counter::new(start);
        a.increment(2);
        let b = Counter::new(10);
        b.increment(1);
        let merged = Counter::merge(a, b);
        total(&merged) + merged.value()
    }

    fn keep() -> u32 {
        let c = Counter::new(7);
        let v = c.increment(1);
        drop(c);
        v
    }
}

export!(Component);
