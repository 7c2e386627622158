//! Pollables: what a `pollable` handle waits for (a deadline on the
//! monotonic clock, or the readiness of its parent resource), and the
//! blocking `poll` loop.

use std::any::Any;
use std::time::Duration;

use canon_host::Error;

use crate::WasiCtx;
use crate::stream::{InputStream, OutputStream, POLL_INTERVAL};

/// A resource a pollable can wait on.
pub(crate) trait Subscribe: Any + Send {
    /// Whether the resource is ready now.
    fn ready(&mut self) -> bool;
    /// Blocks until it is.
    fn block(&mut self) {
        while !self.ready() {
            std::thread::sleep(POLL_INTERVAL);
        }
    }
}

impl Subscribe for Box<dyn InputStream> {
    fn ready(&mut self) -> bool {
        InputStream::ready(&mut **self)
    }
    fn block(&mut self) {
        InputStream::block(&mut **self)
    }
}

impl Subscribe for Box<dyn OutputStream> {
    fn ready(&mut self) -> bool {
        OutputStream::ready(&mut **self)
    }
    fn block(&mut self) {
        OutputStream::block(&mut **self)
    }
}

type ReadyFn = fn(&mut WasiCtx, u32) -> Result<bool, Error>;
type BlockFn = fn(&mut WasiCtx, u32) -> Result<(), Error>;

/// What a pollable waits for.
pub(crate) enum PollTarget {
    /// Always ready (a pollable of something that never blocks).
    Ready,
    /// A point on the context's monotonic clock, in nanoseconds.
    Deadline(u64),
    /// The readiness of the resource at `rep`, its parent in the table.
    Parent {
        rep: u32,
        ready: ReadyFn,
        block: BlockFn,
    },
}

/// The table value behind a `pollable` handle.
pub(crate) struct Pollable {
    pub(crate) target: PollTarget,
}

fn ready_of<V: Subscribe>(ctx: &mut WasiCtx, rep: u32) -> Result<bool, Error> {
    Ok(ctx.table.get_rep_mut::<V>(rep)?.ready())
}

fn block_of<V: Subscribe>(ctx: &mut WasiCtx, rep: u32) -> Result<(), Error> {
    ctx.table.get_rep_mut::<V>(rep)?.block();
    Ok(())
}

impl Pollable {
    /// A pollable of the `V` at `rep`.
    pub(crate) fn of<V: Subscribe>(rep: u32) -> Pollable {
        Pollable {
            target: PollTarget::Parent {
                rep,
                ready: ready_of::<V>,
                block: block_of::<V>,
            },
        }
    }
}

/// Pushes a pollable of the `V` at `parent` as the parent's child.
pub(crate) fn subscribe<M: 'static, V: Subscribe>(
    ctx: &mut WasiCtx,
    parent: u32,
) -> Result<canon_host::Resource<M>, Error> {
    ctx.table.get_rep::<V>(parent)?;
    ctx.table.push_child(Pollable::of::<V>(parent), parent)
}

/// Whether the pollable at `rep` is ready.
pub(crate) fn is_ready(ctx: &mut WasiCtx, rep: u32) -> Result<bool, Error> {
    match ctx.table.get_rep::<Pollable>(rep)?.target {
        PollTarget::Ready => Ok(true),
        PollTarget::Deadline(at) => Ok(ctx.monotonic_clock.now() >= at),
        PollTarget::Parent { rep, ready, .. } => ready(ctx, rep),
    }
}

/// Blocks until the pollable at `rep` is ready.
pub(crate) fn block(ctx: &mut WasiCtx, rep: u32) -> Result<(), Error> {
    match ctx.table.get_rep::<Pollable>(rep)?.target {
        PollTarget::Ready => Ok(()),
        PollTarget::Deadline(at) => {
            let now = ctx.monotonic_clock.now();
            if at > now {
                std::thread::sleep(Duration::from_nanos(at - now));
            }
            Ok(())
        }
        PollTarget::Parent { rep, block, .. } => block(ctx, rep),
    }
}

/// `wasi:io/poll.poll`: blocks until at least one of `reps` is ready and
/// returns the indices of those that are. Traps on an empty list, as the
/// WIT says it may.
pub(crate) fn poll(ctx: &mut WasiCtx, reps: &[u32]) -> Result<Vec<u32>, Error> {
    if reps.is_empty() {
        return Err(crate::table::trap("poll: the list of pollables is empty"));
    }
    if reps.len() > u32::MAX as usize {
        return Err(crate::table::trap("poll: too many pollables"));
    }
    // Check every handle first, so a bad one traps before anything blocks.
    for &rep in reps {
        ctx.table.get_rep::<Pollable>(rep)?;
    }
    if let [only] = reps {
        block(ctx, *only)?;
        return Ok(vec![0]);
    }
    let mut wait = POLL_INTERVAL;
    loop {
        let mut ready = Vec::new();
        for (i, &rep) in reps.iter().enumerate() {
            if is_ready(ctx, rep)? {
                ready.push(i as u32);
            }
        }
        if !ready.is_empty() {
            return Ok(ready);
        }
        // Sleep no longer than until the nearest deadline.
        let now = ctx.monotonic_clock.now();
        let mut nap = wait;
        for &rep in reps {
            if let PollTarget::Deadline(at) = ctx.table.get_rep::<Pollable>(rep)?.target {
                nap = nap.min(Duration::from_nanos(at.saturating_sub(now)));
            }
        }
        std::thread::sleep(nap);
        wait = (wait * 2).min(Duration::from_millis(10));
    }
}
