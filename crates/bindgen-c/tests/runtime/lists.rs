//! Lists: of bytes, of u32, of strings, of records, of lists, and empty.

use crate::build::Guest;
use crate::hosts::{HOSTS, Imports, Session};

const GUEST: Guest = Guest::freestanding("lists", "lists");

fn f(name: &str) -> String {
    format!("test:lists/ops#{name}")
}

fn wave_list<T: ToString>(items: impl IntoIterator<Item = T>) -> String {
    let items: Vec<String> = items.into_iter().map(|i| i.to_string()).collect();
    format!("[{}]", items.join(", "))
}

#[test]
fn lists_of_primitives() {
    let bytes: Vec<u8> = (0..=255).cycle().take(3000).collect();
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        s.expect(&f("sum-bytes"), &["[]"], "0");
        s.expect(&f("sum-bytes"), &["[1, 2, 255]"], "258");
        s.expect(
            &f("sum-bytes"),
            &[&wave_list(&bytes)],
            &bytes.iter().map(|&b| b as u64).sum::<u64>().to_string(),
        );
        s.expect(&f("reverse-bytes"), &["[]"], "[]");
        s.expect(
            &f("reverse-bytes"),
            &[&wave_list(&bytes)],
            &wave_list(bytes.iter().rev()),
        );
        s.expect(&f("double-u32"), &["[]"], "[0]");
        s.expect(
            &f("double-u32"),
            &["[1, 2147483648, 4294967295]"],
            "[2, 0, 4294967294, 3]",
        );
        s.expect(&f("empty-u32"), &[], "[]");
    }
}

#[test]
fn lists_of_strings() {
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        s.expect(&f("join"), &["[]", "\", \""], "\"\"");
        s.expect(&f("join"), &["[\"\"]", "\"-\""], "\"\"");
        s.expect(
            &f("join"),
            &["[\"a\", \"\", \"ü😀\", \"z\"]", "\"--\""],
            "\"a----ü😀--z\"",
        );
        s.expect(&f("split"), &["\"\""], "[\"\"]");
        s.expect(
            &f("split"),
            &["\"x,,日本,\""],
            "[\"x\", \"\", \"日本\", \"\"]",
        );
        s.expect(&f("empty-strings"), &[], "[]");
        let many: Vec<String> = (0..500).map(|i| format!("\"s{i}\"")).collect();
        let joined: Vec<String> = (0..500).map(|i| format!("s{i}")).collect();
        s.expect(
            &f("join"),
            &[&format!("[{}]", many.join(", ")), "\",\""],
            &format!("\"{}\"", joined.join(",")),
        );
        s.expect(
            &f("split"),
            &[&format!("\"{}\"", joined.join(","))],
            &format!("[{}]", many.join(", ")),
        );
    }
}

#[test]
fn lists_of_records() {
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        s.expect(&f("move-points"), &["[]", "1", "1"], "[]");
        s.expect(
            &f("move-points"),
            &[
                "[{x: 1, y: 2, label: \"a\"}, {x: -5, y: 0, label: \"\"}, {x: 2147483647, y: -2147483648, label: \"ü\"}]",
                "-1",
                "10",
            ],
            "[{x: 2147483646, y: -2147483638, label: \"ü\\'\"}, {x: -6, y: 10, label: \"\\'\"}, {x: 0, y: 12, label: \"a\\'\"}]",
        );
    }
}

#[test]
fn nested_lists() {
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        s.expect(&f("reverse-nested"), &["[]"], "[]");
        s.expect(&f("reverse-nested"), &["[[]]"], "[[]]");
        s.expect(
            &f("reverse-nested"),
            &["[[1, 2, 3], [], [65535], [4, 5]]"],
            "[[5, 4], [65535], [], [3, 2, 1]]",
        );
        s.expect(&f("lengths"), &["[[1, 2, 3], [], [4]]"], "[3, 0, 1]");
        s.expect(&f("lengths"), &["[]"], "[]");
        s.expect(&f("triangle"), &["0"], "[]");
        s.expect(&f("triangle"), &["4"], "[[], [0], [0, 1], [0, 1, 2]]");
        let big = s.wave(&f("triangle"), &["200"]);
        let expected = wave_list((0..200u16).map(|i| wave_list(0..i)));
        assert_eq!(big, expected, "{host}");
        s.expect(&f("lengths"), &[&expected], &wave_list(0..200));
    }
}
