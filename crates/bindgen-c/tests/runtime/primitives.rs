//! Primitives: every integer width at its extremes, floats with NaN, -0.0
//! and infinities passing through, bool and char.

use crate::build::Guest;
use crate::hosts::{HOSTS, Imports, Session};

const GUEST: Guest = Guest::freestanding("primitives", "primitives");
const PRIMS: &str = "test:primitives/prims";

fn f(name: &str) -> String {
    format!("{PRIMS}#{name}")
}

#[test]
fn integers_at_their_extremes() {
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        for (func, values) in [
            ("echo-u8", &["0", "1", "127", "128", "255"][..]),
            ("echo-s8", &["-128", "-1", "0", "127"]),
            ("echo-u16", &["0", "32768", "65535"]),
            ("echo-s16", &["-32768", "-1", "32767"]),
            ("echo-u32", &["0", "2147483648", "4294967295"]),
            ("echo-s32", &["-2147483648", "-1", "2147483647"]),
            (
                "echo-u64",
                &["0", "9223372036854775808", "18446744073709551615"],
            ),
            (
                "echo-s64",
                &["-9223372036854775808", "-1", "9223372036854775807"],
            ),
        ] {
            for value in values {
                s.expect(&f(func), &[value], value);
            }
        }
        let sum = 255u64
            .wrapping_add(-128i64 as u64)
            .wrapping_add(65535)
            .wrapping_add(-32768i64 as u64)
            .wrapping_add(4294967295)
            .wrapping_add(-2147483648i64 as u64)
            .wrapping_add(u64::MAX)
            .wrapping_add(i64::MIN as u64) as i64;
        s.expect(
            &f("wrapping-sum"),
            &[
                "255",
                "-128",
                "65535",
                "-32768",
                "4294967295",
                "-2147483648",
                "18446744073709551615",
                "-9223372036854775808",
            ],
            &sum.to_string(),
        );
        s.expect(
            &f("wrapping-sum"),
            &["1", "2", "3", "4", "5", "6", "7", "8"],
            "36",
        );
    }
}

#[test]
fn floats_pass_through_bit_exact() {
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        for value in ["0", "-0", "1.5", "-2.25", "inf", "-inf", "nan", "65504"] {
            s.expect(&f("echo-f32"), &[value], value);
        }
        // WAVE spells very large and very small numbers positionally, as
        // Rust's `Display` does, on every host.
        s.expect(&f("echo-f32"), &["3.4028235e38"], &f32::MAX.to_string());
        for value in [-1e300f64, f64::MAX, 5e-324] {
            s.expect(&f("echo-f64"), &[&format!("{value:e}")], &value.to_string());
        }
        for value in ["0", "-0", "0.1", "inf", "-inf", "nan"] {
            s.expect(&f("echo-f64"), &[value], value);
        }
        // -0.0 keeps its sign bit inside the guest.
        s.expect(&f("f32-bits"), &["-0"], &0x8000_0000u32.to_string());
        s.expect(&f("f32-bits"), &["1"], &1.0f32.to_bits().to_string());
        s.expect(&f("f64-bits"), &["-0"], &(1u64 << 63).to_string());
        s.expect(
            &f("f64-bits"),
            &["-inf"],
            &f64::NEG_INFINITY.to_bits().to_string(),
        );
        s.expect(&f("negate"), &["0"], "-0");
        s.expect(&f("negate"), &["-0"], "0");
        s.expect(&f("negate"), &["inf"], "-inf");
        s.expect(&f("negate"), &["nan"], "nan");
        // A NaN seen inside the guest is a NaN (any payload).
        let bits: u32 = s.wave(&f("f32-bits"), &["nan"]).parse().unwrap();
        assert!(f32::from_bits(bits).is_nan(), "{host}: {bits:#x}");
        let bits: u64 = s.wave(&f("f64-bits"), &["nan"]).parse().unwrap();
        assert!(f64::from_bits(bits).is_nan(), "{host}: {bits:#x}");
    }
}

#[test]
fn bool_and_char() {
    for host in HOSTS {
        let mut s = Session::new(host, &GUEST, &Imports::new());
        s.expect(&f("echo-bool"), &["true"], "true");
        s.expect(&f("echo-bool"), &["false"], "false");
        s.expect(&f("not"), &["true"], "false");
        s.expect(&f("not"), &["false"], "true");
        for c in [
            "'a'",
            "'\\u{0}'",
            "'é'",
            "'\\u{d7ff}'",
            "'\\u{e000}'",
            "'😀'",
            "'\\u{10ffff}'",
        ] {
            s.expect(&f("echo-char"), &[c], c);
        }
        s.expect(&f("next-char"), &["'a'"], "'b'");
        s.expect(&f("next-char"), &["'\\u{d7ff}'"], "'\\u{e000}'");
        s.expect(&f("next-char"), &["'\\u{10ffff}'"], "'\\u{0}'");
        s.expect(&f("next-char"), &["'😀'"], "'😁'");
    }
}
