//! `wasi:clocks`: the monotonic clock (with pollables for an instant or a
//! duration) and the wall clock, each replaceable by the embedder.

use std::time::{Duration, Instant, SystemTime};

use canon_host::{Resource, Result};

use crate::WasiCtx;
use crate::bindings::wasi::clocks::{monotonic_clock, wall_clock};
use crate::poll::{PollTarget, Pollable};

/// A wall clock: time since the Unix epoch.
pub trait HostWallClock: Send + 'static {
    /// The clock's resolution.
    fn resolution(&self) -> Duration;
    /// The current time since 1970-01-01T00:00:00Z (negative times are
    /// reported as the epoch).
    fn now(&self) -> Duration;
}

/// A monotonic clock, in nanoseconds from an arbitrary start.
pub trait HostMonotonicClock: Send + 'static {
    /// The clock's resolution in nanoseconds.
    fn resolution(&self) -> u64;
    /// The current instant; never decreases.
    fn now(&self) -> u64;
}

/// The system's wall clock.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemWallClock;

impl HostWallClock for SystemWallClock {
    fn resolution(&self) -> Duration {
        Duration::from_nanos(1)
    }
    fn now(&self) -> Duration {
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
    }
}

/// The system's monotonic clock, counted from when it was made.
#[derive(Clone, Copy, Debug)]
pub struct SystemMonotonicClock {
    start: Instant,
}

impl SystemMonotonicClock {
    /// A clock starting at zero now.
    pub fn new() -> Self {
        SystemMonotonicClock {
            start: Instant::now(),
        }
    }
}

impl Default for SystemMonotonicClock {
    fn default() -> Self {
        Self::new()
    }
}

impl HostMonotonicClock for SystemMonotonicClock {
    fn resolution(&self) -> u64 {
        1
    }
    fn now(&self) -> u64 {
        u64::try_from(self.start.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }
}

impl monotonic_clock::Host for WasiCtx {
    fn now(&mut self) -> Result<u64> {
        Ok(self.monotonic_clock.now())
    }

    fn resolution(&mut self) -> Result<u64> {
        Ok(self.monotonic_clock.resolution())
    }

    fn subscribe_instant(&mut self, when: u64) -> Result<Resource<monotonic_clock::Pollable>> {
        self.table.push(Pollable {
            target: PollTarget::Deadline(when),
        })
    }

    fn subscribe_duration(&mut self, when: u64) -> Result<Resource<monotonic_clock::Pollable>> {
        let at = self.monotonic_clock.now().saturating_add(when);
        self.table.push(Pollable {
            target: PollTarget::Deadline(at),
        })
    }
}

fn datetime(d: Duration) -> wall_clock::Datetime {
    wall_clock::Datetime {
        seconds: d.as_secs(),
        nanoseconds: d.subsec_nanos(),
    }
}

impl wall_clock::Host for WasiCtx {
    fn now(&mut self) -> Result<wall_clock::Datetime> {
        Ok(datetime(self.wall_clock.now()))
    }

    fn resolution(&mut self) -> Result<wall_clock::Datetime> {
        Ok(datetime(self.wall_clock.resolution()))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};

    use crate::bindings::wasi::clocks::{monotonic_clock, wall_clock};
    use crate::bindings::wasi::io::poll::HostPollable;
    use crate::bindings::wasi::random::{insecure, insecure_seed, random};
    use crate::{HostMonotonicClock, HostWallClock, InsecureRandom, WasiCtxBuilder};

    /// A clock the test moves by hand.
    #[derive(Clone, Default)]
    struct ManualClock(Arc<AtomicU64>);

    impl HostMonotonicClock for ManualClock {
        fn resolution(&self) -> u64 {
            1_000
        }
        fn now(&self) -> u64 {
            self.0.load(Ordering::SeqCst)
        }
    }

    struct FixedWallClock;

    impl HostWallClock for FixedWallClock {
        fn resolution(&self) -> std::time::Duration {
            std::time::Duration::from_millis(1)
        }
        fn now(&self) -> std::time::Duration {
            std::time::Duration::new(1_700_000_000, 5)
        }
    }

    #[test]
    fn clocks_and_random_are_replaceable_for_deterministic_tests() {
        let clock = ManualClock::default();
        let make = || {
            WasiCtxBuilder::new()
                .monotonic_clock(clock.clone())
                .wall_clock(FixedWallClock)
                .secure_random(InsecureRandom::new(42))
                .insecure_random(InsecureRandom::new(7))
                .insecure_random_seed((1, 2))
                .build()
        };
        let mut a = make();
        let mut b = make();
        // The same sources give the same answers in two contexts.
        let bytes = random::Host::get_random_bytes(&mut a, 16).unwrap();
        assert_eq!(bytes, random::Host::get_random_bytes(&mut b, 16).unwrap());
        assert_eq!(bytes.len(), 16);
        assert_eq!(
            insecure::Host::get_insecure_random_u64(&mut a).unwrap(),
            insecure::Host::get_insecure_random_u64(&mut b).unwrap()
        );
        assert_eq!(insecure_seed::Host::insecure_seed(&mut a).unwrap(), (1, 2));
        let now = wall_clock::Host::now(&mut a).unwrap();
        assert_eq!((now.seconds, now.nanoseconds), (1_700_000_000, 5));
        assert_eq!(monotonic_clock::Host::resolution(&mut a).unwrap(), 1_000);

        // A deadline pollable follows the replaced clock.
        clock.0.store(100, Ordering::SeqCst);
        assert_eq!(monotonic_clock::Host::now(&mut a).unwrap(), 100);
        let later = monotonic_clock::Host::subscribe_duration(&mut a, 50).unwrap();
        let later = later.rep();
        let borrow = canon_host::Resource::new_borrow;
        assert!(!HostPollable::ready(&mut a, borrow(later)).unwrap());
        clock.0.store(150, Ordering::SeqCst);
        assert!(HostPollable::ready(&mut a, borrow(later)).unwrap());
        let past = monotonic_clock::Host::subscribe_instant(&mut a, 10).unwrap();
        assert!(HostPollable::ready(&mut a, canon_host::Resource::new_borrow(past.rep())).unwrap());

        // A hostile length traps instead of allocating.
        assert!(random::Host::get_random_bytes(&mut a, u64::MAX).is_err());
    }
}
