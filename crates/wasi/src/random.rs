//! `wasi:random`: secure random bytes from the operating system, an
//! insecure fast generator, and the insecure seed, each replaceable by the
//! embedder (for deterministic tests).

use canon_host::Result;

use crate::WasiCtx;
use crate::bindings::wasi::random::{insecure, insecure_seed, random};
use crate::table::trap;

/// A source of random bytes.
pub trait RandomSource: Send + 'static {
    /// Fills `buf`.
    fn fill(&mut self, buf: &mut [u8]);
    /// A random `u64`.
    fn next_u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        self.fill(&mut b);
        u64::from_le_bytes(b)
    }
}

/// The operating system's secure random source.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemRandom;

impl RandomSource for SystemRandom {
    fn fill(&mut self, buf: &mut [u8]) {
        if getrandom::fill(buf).is_err() {
            // The OS source failed (no /dev/urandom in a bare chroot, say):
            // fall back to a generator seeded from the clock and address
            // entropy rather than handing out zeros.
            let seed = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0)
                ^ (buf.as_ptr() as u64);
            InsecureRandom::new(seed).fill(buf);
        }
    }
}

/// A fast, deterministic generator (SplitMix64): what `wasi:random/insecure`
/// uses, seeded once per context. Also useful for tests.
#[derive(Clone, Copy, Debug)]
pub struct InsecureRandom {
    state: u64,
}

impl InsecureRandom {
    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> Self {
        InsecureRandom { state: seed }
    }
}

impl RandomSource for InsecureRandom {
    fn fill(&mut self, buf: &mut [u8]) {
        for chunk in buf.chunks_mut(8) {
            let v = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&v[..chunk.len()]);
        }
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// The most bytes one call may ask for. The WIT lets a host trap on a
/// request it cannot allocate; 64 MiB is far beyond any real use and keeps
/// a hostile length from exhausting host memory.
const MAX_RANDOM_BYTES: u64 = 64 << 20;

fn bytes(source: &mut dyn RandomSource, len: u64) -> Result<Vec<u8>> {
    if len > MAX_RANDOM_BYTES {
        return Err(trap(format!(
            "get-random-bytes: {len} bytes asked, more than the {MAX_RANDOM_BYTES} allowed"
        )));
    }
    let mut buf = vec![0u8; len as usize];
    source.fill(&mut buf);
    Ok(buf)
}

impl random::Host for WasiCtx {
    fn get_random_bytes(&mut self, len: u64) -> Result<Vec<u8>> {
        bytes(&mut *self.random, len)
    }

    fn get_random_u64(&mut self) -> Result<u64> {
        Ok(self.random.next_u64())
    }
}

impl insecure::Host for WasiCtx {
    fn get_insecure_random_bytes(&mut self, len: u64) -> Result<Vec<u8>> {
        bytes(&mut *self.insecure_random, len)
    }

    fn get_insecure_random_u64(&mut self) -> Result<u64> {
        Ok(self.insecure_random.next_u64())
    }
}

impl insecure_seed::Host for WasiCtx {
    fn insecure_seed(&mut self) -> Result<(u64, u64)> {
        Ok(self.insecure_seed)
    }
}
