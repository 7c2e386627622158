//! Variants, enums, flags of one, two and four bytes, and options and
//! results both at the top level (bool and out-parameters) and nested.

use crate::build::Guest;
use crate::hosts::{HOSTS, Imports, Session};

const GUEST: Guest = Guest::freestanding("variants", "variants");

fn f(name: &str) -> String {
    format!("test:variants/kinds#{name}")
}

#[test]
fn variants_and_enums() {
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        s.expect(&f("area"), &["circle(2)"], "12");
        s.expect(&f("area"), &["rect((2, 3.5))"], "7");
        s.expect(&f("area"), &["dot"], "0");
        s.expect(&f("area"), &["named(\"ünï\")"], "5");
        s.expect(&f("grow"), &["circle(1.5)"], "circle(3)");
        s.expect(&f("grow"), &["rect((1, -2))"], "rect((2, -4))");
        s.expect(&f("grow"), &["dot"], "named(\"dot\")");
        s.expect(&f("grow"), &["named(\"abc é\")"], "named(\"ABC é\")");
        s.expect(&f("next-color"), &["red"], "green");
        s.expect(&f("next-color"), &["green"], "blue");
        s.expect(&f("next-color"), &["blue"], "red");
        s.expect(&f("shapes"), &["[]"], "[]");
        s.expect(
            &f("shapes"),
            &["[dot, named(\"x\"), circle(1), rect((1, 1))]"],
            "[green, blue, red, red]",
        );
    }
}

#[test]
fn flags_of_every_width() {
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        s.expect(&f("invert"), &["{}"], "{read, write, exec}");
        s.expect(&f("invert"), &["{read}"], "{write, exec}");
        s.expect(&f("invert"), &["{read, write, exec}"], "{}");
        s.expect(
            &f("invert-wide"),
            &["{f0, f11}"],
            "{f1, f2, f3, f4, f5, f6, f7, f8, f9, f10}",
        );
        s.expect(
            &f("invert-wide"),
            &["{f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11}"],
            "{}",
        );
        s.expect(
            &f("invert-wide"),
            &["{f1, f2, f3, f4, f5, f6, f7, f9, f10}"],
            "{f0, f8, f11}",
        );
        let all: Vec<String> = (0..32).map(|i| format!("h{i}")).collect();
        s.expect(
            &f("invert-huge"),
            &["{}"],
            &format!("{{{}}}", all.join(", ")),
        );
        s.expect(
            &f("invert-huge"),
            &["{h0, h31}"],
            &format!("{{{}}}", all[1..31].join(", ")),
        );
        s.expect(
            &f("invert-huge"),
            &[&format!("{{{}}}", all[..16].join(", "))],
            &format!("{{{}}}", all[16..].join(", ")),
        );
    }
}

#[test]
fn top_level_options_and_results() {
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        s.expect(&f("double-option"), &["some(4)"], "some(8)");
        s.expect(&f("double-option"), &["some(0)"], "none");
        s.expect(&f("double-option"), &["none"], "none");
        s.expect(&f("double-option"), &["some(2147483648)"], "some(0)");
        s.expect(&f("parse"), &["\"123\""], "ok(123)");
        s.expect(&f("parse"), &["\"4294967295\""], "ok(4294967295)");
        s.expect(&f("parse"), &["\"12x\""], "err(\"not a number\")");
        s.expect(&f("parse"), &["\"\""], "err(\"not a number\")");
        s.expect(&f("check"), &["5"], "ok");
        s.expect(&f("check"), &["-1"], "err(too-small)");
        s.expect(&f("check"), &["101"], "err(too-big)");
        s.expect(&f("halve"), &["8"], "ok(4)");
        s.expect(&f("halve"), &["7"], "err");
    }
}

#[test]
fn nested_options_and_results() {
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        s.expect(&f("first-some"), &["[]"], "none");
        s.expect(&f("first-some"), &["[none, none]"], "none");
        s.expect(
            &f("first-some"),
            &["[none, some(\"b\"), some(\"c\")]"],
            "some(\"b\")",
        );
        s.expect(&f("first-some"), &["[some(\"\")]"], "some(\"\")");
        s.expect(&f("flip"), &["ok(none)"], "none");
        s.expect(&f("flip"), &["ok(some(9))"], "some(ok(9))");
        s.expect(&f("flip"), &["err([\"a\", \"b\"])"], "some(err(2))");
        s.expect(&f("flip"), &["err([])"], "some(err(0))");
        s.expect(&f("nested-option"), &["none"], "some(none)");
        s.expect(&f("nested-option"), &["some(none)"], "none");
        s.expect(&f("nested-option"), &["some(some(1))"], "some(some(2))");
        s.expect(&f("nested-option"), &["some(some(255))"], "some(some(0))");
    }
}
