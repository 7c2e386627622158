//! Clocks and randomness, checked inside the guest: prints `PASS` or
//! `FAIL` lines, never a time or a random value, so runs compare equal.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn check(what: &str, ok: bool) {
    println!("{} {what}", if ok { "PASS" } else { "FAIL" });
}

unsafe extern "C" {
    /// wasi-libc's, over `random_get` or `wasi:random/random`.
    fn getentropy(buf: *mut u8, len: usize) -> i32;
}

fn entropy() -> [u8; 32] {
    let mut buf = [0u8; 32];
    // SAFETY: `buf` is 32 writable bytes, under getentropy's 256 limit.
    let rc = unsafe { getentropy(buf.as_mut_ptr(), buf.len()) };
    assert_eq!(rc, 0, "getentropy fails");
    buf
}

fn main() {
    let start = Instant::now();
    std::thread::sleep(Duration::from_millis(20));
    let slept = start.elapsed();
    check(
        "a 20ms sleep lasts at least 20ms",
        slept >= Duration::from_millis(20),
    );
    check(
        "a 20ms sleep lasts less than 10s",
        slept < Duration::from_secs(10),
    );

    let mut last = Instant::now();
    let mut monotonic = true;
    for _ in 0..1000 {
        let now = Instant::now();
        monotonic &= now >= last;
        last = now;
    }
    check(
        "the monotonic clock never goes back in 1000 reads",
        monotonic,
    );
    check("time passes", last > start);

    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    // 2020-01-01 and 2200-01-01.
    check(
        "the wall clock is after 2020 and before 2200",
        now > Duration::from_secs(1_577_836_800) && now < Duration::from_secs(7_258_118_400),
    );

    let a = entropy();
    let b = entropy();
    check("two 32-byte random buffers differ", a != b);
    check("a random buffer is not all zeroes", a != [0; 32]);
    p2::check_more(check);
}

#[cfg(target_env = "p2")]
mod p2 {
    use wasip2::clocks::{monotonic_clock, wall_clock};
    use wasip2::random::{insecure, insecure_seed, random};

    pub(crate) fn check_more(check: fn(&str, bool)) {
        let a = random::get_random_bytes(32);
        let b = random::get_random_bytes(32);
        check(
            "get-random-bytes returns 32 bytes",
            a.len() == 32 && b.len() == 32,
        );
        check("two get-random-bytes differ", a != b);
        check(
            "two get-random-u64 differ",
            random::get_random_u64() != random::get_random_u64(),
        );
        check(
            "get-random-bytes(0) is empty",
            random::get_random_bytes(0).is_empty(),
        );
        let a = insecure::get_insecure_random_bytes(32);
        let b = insecure::get_insecure_random_bytes(32);
        check(
            "two get-insecure-random-bytes differ",
            a.len() == 32 && a != b,
        );
        check(
            "two get-insecure-random-u64 differ",
            insecure::get_insecure_random_u64() != insecure::get_insecure_random_u64(),
        );
        check(
            "insecure-seed is stable",
            insecure_seed::insecure_seed() == insecure_seed::insecure_seed(),
        );

        check(
            "the monotonic resolution is at most 1ms",
            (1..=1_000_000).contains(&monotonic_clock::resolution()),
        );
        let res = wall_clock::resolution();
        check(
            "the wall-clock resolution is at most 1s",
            res.seconds == 0 && res.nanoseconds > 0 || res.seconds == 1 && res.nanoseconds == 0,
        );
        let t0 = monotonic_clock::now();
        monotonic_clock::subscribe_duration(5_000_000).block();
        check(
            "subscribe-duration(5ms).block() waits at least 5ms",
            monotonic_clock::now() - t0 >= 5_000_000,
        );
        let deadline = monotonic_clock::now() + 5_000_000;
        let instant = monotonic_clock::subscribe_instant(deadline);
        check("a future instant is not ready", !instant.ready());
        instant.block();
        check("it is ready after block", instant.ready());
        check(
            "block returned at the instant",
            monotonic_clock::now() >= deadline,
        );
        // (wasmtime-wasi answers `ready` on a past instant `false` once,
        // to yield to its event loop: poll it instead.)
        let past = monotonic_clock::subscribe_instant(0);
        check(
            "poll returns an instant in the past",
            wasip2::io::poll::poll(&[&past]) == [0],
        );
        check("an instant in the past is then ready", past.ready());
        let never = monotonic_clock::subscribe_duration(u64::MAX);
        let soon = monotonic_clock::subscribe_duration(1_000_000);
        let ready = wasip2::io::poll::poll(&[&never, &soon]);
        check("poll returns the ready pollable only", ready == [1]);
    }
}

#[cfg(not(target_env = "p2"))]
mod p2 {
    pub(crate) fn check_more(_: fn(&str, bool)) {}
}
