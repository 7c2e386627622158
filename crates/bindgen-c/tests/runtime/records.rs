//! Records and tuples: nested, with strings and lists, more than 16 flat
//! parameters (spilled to memory), and results returned through memory.

use crate::build::Guest;
use crate::hosts::{HOSTS, Imports, Session};

const GUEST: Guest = Guest::freestanding("records", "records");

fn f(name: &str) -> String {
    format!("test:records/shapes#{name}")
}

#[test]
fn records_with_strings_and_lists() {
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        s.expect(
            &f("make-person"),
            &["\"Ada\"", "36", "1.75", "[\"math\", \"ü\"]", "{x: 1.5, y: -2}"],
            "{name: \"Ada\", age: 36, height: 1.75, tags: [\"math\", \"ü\"], home: {x: 1.5, y: -2}}",
        );
        s.expect(
            &f("make-person"),
            &["\"\"", "0", "0", "[]", "{x: 0, y: 0}"],
            "{name: \"\", age: 0, height: 0, tags: [], home: {x: 0, y: 0}}",
        );
        s.expect(
            &f("older"),
            &[
                "{name: \"B\", age: 250, height: 2.5, tags: [\"t\"], home: {x: -1, y: 3}}",
                "10",
            ],
            "{name: \"B\", age: 4, height: 2.5, tags: [\"t\"], home: {x: 0, y: 3}}",
        );
        s.expect(
            &f("midpoint"),
            &["{x: 1, y: 2}", "{x: 3, y: -6}"],
            "{x: 2, y: -2}",
        );
    }
}

#[test]
fn tuples() {
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        s.expect(&f("swap"), &["(7, \"seven\", 2.5)"], "(2.5, \"seven\", 7)");
        s.expect(&f("swap"), &["(255, \"\", -0)"], "(-0, \"\", 255)");
        s.expect(
            &f("nested"),
            &["({x: 1, y: 2}, (21, \"s\"), [{x: 3, y: 4}, {x: 5, y: 6}])"],
            "([{x: 3, y: 4}, {x: 5, y: 6}, {x: 1, y: 2}], 42, \"s\")",
        );
        s.expect(
            &f("nested"),
            &["({x: 0, y: 0}, (0, \"\"), [])"],
            "([{x: 0, y: 0}], 0, \"\")",
        );
    }
}

#[test]
fn spilled_parameters_and_wide_records() {
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        let args: Vec<String> = (1..=17).map(|i| i.to_string()).collect();
        let args: Vec<&str> = args.iter().map(|a| a.as_str()).collect();
        // Weighted by position: sum of i * i.
        s.expect(&f("sum-many"), &args, "1785");
        let extremes = [
            "255",
            "65535",
            "4294967295",
            "18446744073709551615",
            "-128",
            "-32768",
            "-2147483648",
            "-9223372036854775808",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "1",
        ];
        let weights: [u64; 8] = [1, 2, 3, 4, 5, 6, 7, 8];
        let values: [u64; 8] = [
            255,
            65535,
            4294967295,
            u64::MAX,
            -128i64 as u64,
            -32768i64 as u64,
            -2147483648i64 as u64,
            i64::MIN as u64,
        ];
        let sum = values
            .iter()
            .zip(weights)
            .fold(17u64, |acc, (v, w)| acc.wrapping_add(v.wrapping_mul(w)));
        s.expect(&f("sum-many"), &extremes, &(sum as i64).to_string());
        s.expect(
            &f("bump-wide"),
            &["{a: 255, b: 65535, c: 4294967295, d: 18446744073709551615, e: 127, f: 32767, g: 2147483647, h: 9223372036854775807, i: 1.5, j: -2.5, k: true, l: 'a', m: 0, n: 1, o: 2, p: 3, q: -128, r: -32768, s: -1, t: -9223372036854775808}"],
            "{a: 0, b: 0, c: 0, d: 0, e: -128, f: -32768, g: -2147483648, h: -9223372036854775808, i: 2.5, j: -1.5, k: false, l: 'b', m: 1, n: 2, o: 3, p: 4, q: -127, r: -32767, s: 0, t: -9223372036854775807}",
        );
        let letters: Vec<String> = ('a'..='r').map(|c| format!("\"{c}{c}\"")).collect();
        let letters: Vec<&str> = letters.iter().map(|a| a.as_str()).collect();
        s.expect(
            &f("concat-many"),
            &letters,
            "\"aabbccddeeffgghhiijjkkllmmnnooppqqrr\"",
        );
        let mut mixed = vec!["\"\""; 18];
        mixed[0] = "\"ü\"";
        mixed[17] = "\"😀\"";
        s.expect(&f("concat-many"), &mixed, "\"ü😀\"");
    }
}
