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
