//! The `roundtrip` fuzz target's logic, 500 iterations over fixed seeds.

use canon_smith::roundtrip::{Outcome, check, run};

/// A small deterministic generator of input bytes (xorshift).
fn input(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

#[test]
fn roundtrip_500_seeds() {
    let mut checked = 0;
    let mut worlds = 0;
    for seed in 0..500 {
        let len = 64 + (seed as usize * 37) % 2048;
        if let Outcome::Checked { worlds: w } = run(&input(seed, len)) {
            checked += 1;
            worlds += w;
        }
    }
    // Most inputs must make valid packages, or the generator is broken.
    assert!(checked > 250, "only {checked} of 500 inputs gave valid WIT");
    assert!(
        worlds > 100,
        "only {worlds} worlds went through component new"
    );
}

#[test]
fn the_check_can_fail() {
    // Invalid WIT is rejected, not reported as a failure.
    assert_eq!(
        check("package a:b; interface i { f: func() -> nope; }"),
        Ok(Outcome::Rejected)
    );
    // And valid WIT is checked.
    let outcome = check(
        "package a:b; interface i { resource r { constructor(); m: func(x: list<string>) -> option<r>; } }
         world w { import i; export i; export g: func(s: string) -> tuple<u8, string>; }",
    );
    assert_eq!(outcome, Ok(Outcome::Checked { worlds: 1 }));
}
