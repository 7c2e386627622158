//! `wasi:clocks` and `wasi:random`, checked inside the guest: sleeps last,
//! the monotonic clock does not go back, random bytes differ.

use crate::guests::Guest;
use crate::on_both_targets;
use crate::runtimes::{Exit, Setup, run_all};

on_both_targets! {
    /// Every check passes (the guest prints only PASS/FAIL lines, so the
    /// three runs compare equal).
    fn clocks_random(target: Target) {
        let runs = run_all(Guest::Rust("clocks_random", target), &Setup::new());
        let stdout = runs.stdout();
        assert!(!stdout.contains("FAIL"), "{stdout}");
        let passes = stdout.lines().filter(|l| l.starts_with("PASS ")).count();
        let expected = match target {
            Target::P1 => 7,
            Target::P2 => 7 + 16,
        };
        assert_eq!(passes, expected, "{stdout}");
        assert_eq!(stdout.lines().count(), expected, "{stdout}");
        assert!(stdout.contains("PASS a 20ms sleep lasts at least 20ms\n"));
        assert!(stdout.contains("PASS two 32-byte random buffers differ\n"));
        assert_eq!(runs.exit(), &Exit::Code(0));
    }
}
