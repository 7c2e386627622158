//! Strings in UTF-8 and in UTF-16: exports taking and returning them, and
//! exports calling host imports that take and return them; the host checks
//! the text it receives.

use std::sync::{Arc, Mutex};

use canon_bindgen_c::StringEncoding;

use crate::build::Guest;
use crate::hosts::{HOSTS, Imports, Plain, Session};

const UTF8: Guest = Guest::freestanding("strings", "strings");

const UTF16: Guest = Guest {
    string_encoding: StringEncoding::Utf16,
    ..Guest::freestanding("strings-utf16", "strings-utf16")
};

/// A string in WAVE, escaped as wasm-wave writes it.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        push_escaped(&mut out, c);
    }
    out.push('"');
    out
}

fn push_escaped(out: &mut String, c: char) {
    if "\\\"'\t\r\n".contains(c) {
        out.extend(c.escape_default());
    } else if c.is_control() {
        out.extend(c.escape_unicode());
    } else {
        out.extend(c.escape_debug());
    }
}

/// The strings every export sees: empty, ASCII, multibyte (2, 3 and 4
/// bytes in UTF-8; surrogate pairs in UTF-16).
const SAMPLES: &[&str] = &[
    "",
    "a",
    "hello, world",
    "wörld",
    "日本語",
    "😀 emoji 🎉",
    "a\u{10FFFF}z",
];

fn utf8_imports(seen: Arc<Mutex<Vec<String>>>) -> Imports {
    let counted = seen.clone();
    Imports::new()
        .func("test:strings/host", "shout", move |args| {
            let s = args[0].str();
            seen.lock().unwrap().push(s.to_string());
            Ok(Some(Plain::Str(s.to_ascii_uppercase())))
        })
        .func("test:strings/host", "count-chars", move |args| {
            let s = args[0].str();
            counted.lock().unwrap().push(s.to_string());
            Ok(Some(Plain::U32(s.chars().count() as u32)))
        })
}

#[test]
fn utf8_strings_in_and_out() {
    const TEXT: &str = "test:strings/text";
    let long = "long text, ".repeat(2000);
    for host in HOSTS {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let mut s = Session::new(host, &UTF8, &utf8_imports(seen.clone()));
        let mut samples: Vec<&str> = SAMPLES.to_vec();
        samples.push(&long);
        for &text in &samples {
            let q = quoted(text);
            s.expect(&format!("{TEXT}#echo"), &[&q], &q);
            s.expect(&format!("{TEXT}#byte-len"), &[&q], &text.len().to_string());
            let reversed: String = text.chars().rev().collect();
            s.expect(&format!("{TEXT}#reverse"), &[&q], &quoted(&reversed));
            s.expect(
                &format!("{TEXT}#concat"),
                &[&q, "\"|ß\""],
                &quoted(&format!("{text}|ß")),
            );
        }
        s.expect(&format!("{TEXT}#empty"), &[], "\"\"");
        s.expect(&format!("{TEXT}#repeat"), &["\"ab\"", "0"], "\"\"");
        s.expect(
            &format!("{TEXT}#repeat"),
            &["\"é😀\"", "5000"],
            &quoted(&"é😀".repeat(5000)),
        );
        assert!(seen.lock().unwrap().is_empty(), "{host}");
        for &text in &samples {
            let shouted = text.to_ascii_uppercase();
            s.expect(
                &format!("{TEXT}#shout-twice"),
                &[&quoted(text)],
                &format!(
                    "({}, {})",
                    quoted(&format!("{shouted}/{shouted}")),
                    text.chars().count()
                ),
            );
        }
        // The host saw each text exactly, twice by `shout` and once by
        // `count-chars`.
        let expected: Vec<String> = samples
            .iter()
            .flat_map(|t| [t.to_string(), t.to_string(), t.to_string()])
            .collect();
        assert_eq!(*seen.lock().unwrap(), expected, "{host}");
    }
}

/// The UTF-16 code units of `s`, as a WAVE list.
fn units(s: &str) -> String {
    let units: Vec<String> = s.encode_utf16().map(|u| u.to_string()).collect();
    format!("[{}]", units.join(", "))
}

#[test]
fn utf16_strings_both_ways() {
    const TEXT: &str = "test:strings-utf16/text";
    let long = "ü😀".repeat(3000);
    for host in HOSTS {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let bracket_seen = seen.clone();
        let len_seen = seen.clone();
        let imports = Imports::new()
            .func("test:strings-utf16/host", "bracket", move |args| {
                let s = args[0].str();
                bracket_seen.lock().unwrap().push(s.to_string());
                Ok(Some(Plain::Str(format!("[{s}]"))))
            })
            .func("test:strings-utf16/host", "utf16-len", move |args| {
                let s = args[0].str();
                len_seen.lock().unwrap().push(s.to_string());
                Ok(Some(Plain::U32(s.encode_utf16().count() as u32)))
            });
        let mut s = Session::new(host, &UTF16, &imports);
        let mut samples: Vec<&str> = SAMPLES.to_vec();
        samples.push(&long);
        for &text in &samples {
            let q = quoted(text);
            s.expect(&format!("{TEXT}#echo"), &[&q], &q);
            // The guest sees code units: a non-BMP char is a surrogate pair.
            s.expect(&format!("{TEXT}#code-units"), &[&q], &units(text));
            s.expect(&format!("{TEXT}#from-code-units"), &[&units(text)], &q);
            let first = match text.chars().next() {
                Some(c) => format!("some({})", char_wave(c)),
                None => "none".to_string(),
            };
            s.expect(&format!("{TEXT}#first-char"), &[&q], &first);
        }
        // Text the guest builds from code units reaches the host decoded.
        s.expect(&format!("{TEXT}#greeting"), &[], "\"hé 😀!\"");
        for &text in &samples {
            let twice = format!("[[{text}]]");
            s.expect(
                &format!("{TEXT}#bracket-twice"),
                &[&quoted(text)],
                &format!("({}, {})", quoted(&twice), twice.encode_utf16().count()),
            );
        }
        let expected: Vec<String> = samples
            .iter()
            .flat_map(|t| [t.to_string(), format!("[{t}]"), format!("[[{t}]]")])
            .collect();
        assert_eq!(*seen.lock().unwrap(), expected, "{host}");
    }
}

/// A char in WAVE.
fn char_wave(c: char) -> String {
    let mut out = String::from("'");
    push_escaped(&mut out, c);
    out.push('\'');
    out
}
