//! A WASI reactor on wasi-libc (printf, snprintf, qsort, getenv, malloc),
//! made a component with the preview1 reactor adapter, on every host with
//! its WASI.

use canon_test_support::c::CBuild;

use crate::build::Guest;
use crate::hosts::{ENV, HOSTS, Imports, Session};

const GUEST: Guest = Guest {
    build: CBuild::Reactor,
    ..Guest::freestanding("wasi-printf", "wasi-printf")
};

fn f(name: &str) -> String {
    format!("test:wasi-printf/report#{name}")
}

#[test]
fn printf_malloc_and_getenv_in_a_reactor() {
    let numbers: Vec<String> = (0..1000).map(|i| i.to_string()).collect();
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        s.expect(
            &f("line"),
            &["\"wörld\"", "3", "12.345"],
            "\"wörld has 3 items (12.35%)\\n\"",
        );
        s.expect(
            &f("line"),
            &["\"\"", "0", "0"],
            "\" has 0 items (0.00%)\\n\"",
        );
        s.expect(
            &f("sorted"),
            &["[5, -3, 2147483647, -2147483648, 0]"],
            "[-2147483648, -3, 0, 5, 2147483647]",
        );
        s.expect(&f("sorted"), &["[]"], "[]");
        s.expect(&f("numbers"), &["0"], "\"\"");
        s.expect(
            &f("numbers"),
            &["1000"],
            &format!("\"{}\"", numbers.join(" ")),
        );
        s.expect(
            &f("env"),
            &[&format!("\"{}\"", ENV.0)],
            &format!("some(\"{}\")", ENV.1),
        );
        s.expect(&f("env"), &["\"CANON_UNSET\""], "none");
        assert_eq!(
            s.stdout(),
            "wörld has 3 items (12.35%)\n has 0 items (0.00%)\n\
             sorted[0] = -2147483648\nsorted[1] = -3\nsorted[2] = 0\nsorted[3] = 5\nsorted[4] = 2147483647\n",
            "{host}"
        );
    }
}
