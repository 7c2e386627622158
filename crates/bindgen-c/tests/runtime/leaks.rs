//! The leak check: a freestanding guest over canon's own allocator, whose
//! exports take and return strings, lists and records; after a thousand
//! rounds of calls as many blocks are live as after the first.

use crate::build::Guest;
use crate::hosts::{HOSTS, Imports, Session};

const GUEST: Guest = Guest::freestanding("leak-check", "leak-check");

fn f(name: &str) -> String {
    format!("test:leak-check/work#{name}")
}

const ENTRIES: &str = "[{key: \"alpha\", values: [1, 2, 3], note: some(\"ü note\")}, {key: \"\", values: [], note: none}, {key: \"beta\", values: [4294967295], note: some(\"\")}]";

/// One round: every export, with exact results.
fn round(s: &mut Session) {
    s.expect(&f("upper"), &["\"hello, wörld\""], "\"HELLO, WöRLD\"");
    s.expect(&f("upper"), &["\"\""], "\"\"");
    s.expect(
        &f("words"),
        &["\"ab cd  xyz\""],
        "[\"ba\", \"dc\", \"\", \"zyx\"]",
    );
    s.expect(
        &f("transform"),
        &[ENTRIES],
        "[{key: \"alpha!\", values: [2, 4, 6], note: some(\"ü note\")}, {key: \"!\", values: []}, {key: \"beta!\", values: [4294967294], note: some(\"\")}]",
    );
    s.expect(&f("transform"), &["[]"], "[]");
    s.expect(&f("summarize"), &[ENTRIES], "(4294967301, \"alpha++beta\")");
    s.expect(&f("parse"), &["\"1,22,333\""], "ok([1, 22, 333])");
    s.expect(&f("parse"), &["\"1,,2\""], "err(\"empty number\")");
    s.expect(&f("parse"), &["\"1,x\""], "err(\"not a digit\")");
}

#[test]
fn no_leaks_after_a_thousand_rounds() {
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        round(&mut s);
        let after_first = s.wave(&f("live-allocations"), &[]);
        for _ in 1..1000 {
            round(&mut s);
        }
        let after_all = s.wave(&f("live-allocations"), &[]);
        assert_eq!(
            after_all, after_first,
            "{host}: blocks live after 1000 rounds"
        );
        // Nothing the guest keeps between calls: every block is freed.
        assert_eq!(after_first, "0", "{host}");
    }
}
