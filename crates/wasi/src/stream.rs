//! Host streams: what an `input-stream` or `output-stream` handle reads from
//! or writes to (stdio, in-memory pipes, files, sockets), and the errors
//! they report.
//!
//! Every stream is synchronous. A non-blocking operation never waits; its
//! blocking twin waits on [`InputStream::block`] / [`OutputStream::block`],
//! which `wasi:io/poll` also uses.

use std::collections::VecDeque;
use std::fmt;
use std::io::{Read, Write};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use canon_host::Error;

/// Why a stream operation failed.
#[derive(Debug)]
pub enum StreamError {
    /// The stream is closed: end of input, or a writer that has gone.
    Closed,
    /// The last operation failed; the stream is closed after it. The error
    /// becomes the guest's `wasi:io/error` resource (and, through
    /// `wasi:filesystem/types.filesystem-error-code`, an error code).
    Failed(std::io::Error),
    /// The guest misused the stream (wrote more than `check-write`
    /// allowed, say): the call traps.
    Trap(Error),
}

impl StreamError {
    /// A failure from an I/O error.
    pub fn io(error: std::io::Error) -> Self {
        StreamError::Failed(error)
    }

    /// A failure with a message.
    pub fn failed(message: impl Into<String>) -> Self {
        StreamError::Failed(std::io::Error::other(message.into()))
    }
}

impl fmt::Display for StreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StreamError::Closed => write!(f, "stream closed"),
            StreamError::Failed(m) => write!(f, "stream operation failed: {m}"),
            StreamError::Trap(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for StreamError {}

impl From<Error> for StreamError {
    fn from(e: Error) -> Self {
        StreamError::Trap(e)
    }
}

/// How long a readiness loop sleeps between checks when a source cannot
/// block by itself.
pub(crate) const POLL_INTERVAL: Duration = Duration::from_millis(1);

/// What an `input-stream` reads from.
pub trait InputStream: Send + 'static {
    /// Reads up to `len` bytes without blocking. An empty result means that
    /// nothing is available yet; end of input is `Err(Closed)`.
    fn read(&mut self, len: usize) -> Result<Vec<u8>, StreamError>;

    /// Whether `read` would return data, end of input or an error now.
    fn ready(&mut self) -> bool;

    /// Blocks until `read` would return data, end of input or an error.
    fn block(&mut self) {
        while !self.ready() {
            std::thread::sleep(POLL_INTERVAL);
        }
    }

    /// Skips up to `len` bytes without blocking; returns how many.
    fn skip(&mut self, len: usize) -> Result<usize, StreamError> {
        Ok(self.read(len)?.len())
    }
}

/// What an `output-stream` writes to.
pub trait OutputStream: Send + 'static {
    /// How many bytes `write` accepts now (0: none until ready).
    fn check_write(&mut self) -> Result<usize, StreamError>;

    /// Writes bytes; never more than the last `check_write` allowed.
    fn write(&mut self, bytes: &[u8]) -> Result<(), StreamError>;

    /// Starts (and, for these synchronous streams, finishes) a flush.
    fn flush(&mut self) -> Result<(), StreamError>;

    /// Whether `check_write` would allow writing, or report an error, now.
    fn ready(&mut self) -> bool {
        true
    }

    /// Blocks until [`OutputStream::ready`].
    fn block(&mut self) {
        while !self.ready() {
            std::thread::sleep(POLL_INTERVAL);
        }
    }
}

/// The most an output stream accepts in one write, as wasmtime-wasi allows.
pub(crate) const WRITE_BUDGET: usize = 1 << 20;

/// An input stream over a fixed byte buffer: the data, then end of input.
#[derive(Clone, Debug, Default)]
pub struct MemoryInputPipe {
    data: Arc<Mutex<VecDeque<u8>>>,
}

impl MemoryInputPipe {
    /// A pipe that yields `bytes`, then end of input.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        MemoryInputPipe {
            data: Arc::new(Mutex::new(bytes.into().into())),
        }
    }
}

impl InputStream for MemoryInputPipe {
    fn read(&mut self, len: usize) -> Result<Vec<u8>, StreamError> {
        let mut data = lock(&self.data);
        if data.is_empty() {
            return Err(StreamError::Closed);
        }
        let n = len.min(data.len());
        Ok(data.drain(..n).collect())
    }

    fn ready(&mut self) -> bool {
        true
    }
}

/// An output stream collecting everything written, readable by the
/// embedder through a clone ([`MemoryOutputPipe::contents`]).
#[derive(Clone, Debug)]
pub struct MemoryOutputPipe {
    data: Arc<Mutex<Vec<u8>>>,
    capacity: usize,
}

impl MemoryOutputPipe {
    /// A pipe that accepts up to `capacity` bytes in all; writing more
    /// closes it.
    pub fn new(capacity: usize) -> Self {
        MemoryOutputPipe {
            data: Arc::default(),
            capacity,
        }
    }

    /// Everything written so far.
    pub fn contents(&self) -> Vec<u8> {
        lock(&self.data).clone()
    }
}

impl OutputStream for MemoryOutputPipe {
    fn check_write(&mut self) -> Result<usize, StreamError> {
        let len = lock(&self.data).len();
        if len >= self.capacity {
            return Err(StreamError::Closed);
        }
        Ok((self.capacity - len).min(WRITE_BUDGET))
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), StreamError> {
        let mut data = lock(&self.data);
        if data.len() + bytes.len() > self.capacity {
            return Err(StreamError::Closed);
        }
        data.extend_from_slice(bytes);
        Ok(())
    }

    fn flush(&mut self) -> Result<(), StreamError> {
        Ok(())
    }
}

/// An output stream that discards everything.
#[derive(Clone, Copy, Debug, Default)]
pub struct SinkOutputStream;

impl OutputStream for SinkOutputStream {
    fn check_write(&mut self) -> Result<usize, StreamError> {
        Ok(WRITE_BUDGET)
    }
    fn write(&mut self, _: &[u8]) -> Result<(), StreamError> {
        Ok(())
    }
    fn flush(&mut self) -> Result<(), StreamError> {
        Ok(())
    }
}

/// An input stream that is always at end of input.
#[derive(Clone, Copy, Debug, Default)]
pub struct ClosedInputStream;

impl InputStream for ClosedInputStream {
    fn read(&mut self, _: usize) -> Result<Vec<u8>, StreamError> {
        Err(StreamError::Closed)
    }
    fn ready(&mut self) -> bool {
        true
    }
}

/// Which of the process's output streams.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StdioOut {
    Stdout,
    Stderr,
}

/// The host process's stdout or stderr.
#[derive(Clone, Copy, Debug)]
pub struct InheritedOutput(pub(crate) StdioOut);

impl InheritedOutput {
    /// The host's stdout.
    pub fn stdout() -> Self {
        InheritedOutput(StdioOut::Stdout)
    }
    /// The host's stderr.
    pub fn stderr() -> Self {
        InheritedOutput(StdioOut::Stderr)
    }
}

impl OutputStream for InheritedOutput {
    fn check_write(&mut self) -> Result<usize, StreamError> {
        Ok(WRITE_BUDGET)
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), StreamError> {
        let result = match self.0 {
            StdioOut::Stdout => std::io::stdout().write_all(bytes),
            StdioOut::Stderr => std::io::stderr().write_all(bytes),
        };
        result.map_err(StreamError::io)
    }

    fn flush(&mut self) -> Result<(), StreamError> {
        let result = match self.0 {
            StdioOut::Stdout => std::io::stdout().flush(),
            StdioOut::Stderr => std::io::stderr().flush(),
        };
        result.map_err(StreamError::io)
    }
}

/// The state of the host's stdin, shared by every reader: one background
/// thread reads it (stdin cannot be read without blocking), so that
/// `ready` can be answered and a guest that polls stdin with a timeout
/// does not hang.
#[derive(Default)]
struct StdinState {
    buffer: VecDeque<u8>,
    eof: bool,
    error: Option<String>,
    reader_started: bool,
    /// Whether a reader is waiting for the thread to fetch more.
    wanted: bool,
}

struct StdinShared {
    state: Mutex<StdinState>,
    changed: Condvar,
}

fn stdin_shared() -> &'static Arc<StdinShared> {
    static SHARED: std::sync::OnceLock<Arc<StdinShared>> = std::sync::OnceLock::new();
    SHARED.get_or_init(|| {
        Arc::new(StdinShared {
            state: Mutex::new(StdinState::default()),
            changed: Condvar::new(),
        })
    })
}

/// The host process's stdin.
#[derive(Clone, Copy, Debug, Default)]
pub struct InheritedStdin;

impl InheritedStdin {
    /// Asks the reader thread (started on first use) for more input.
    fn want_more(shared: &Arc<StdinShared>, state: &mut StdinState) {
        state.wanted = true;
        shared.changed.notify_all();
        if state.reader_started {
            return;
        }
        state.reader_started = true;
        let reader = Arc::clone(shared);
        let spawned = std::thread::Builder::new()
            .name("canon-wasi-stdin".into())
            .spawn(move || {
                let shared = reader;
                let mut buf = vec![0u8; 64 * 1024];
                loop {
                    {
                        let mut state = lock(&shared.state);
                        while !state.wanted {
                            state = shared
                                .changed
                                .wait(state)
                                .unwrap_or_else(|e| e.into_inner());
                        }
                    }
                    let result = std::io::stdin().read(&mut buf);
                    let mut state = lock(&shared.state);
                    state.wanted = false;
                    match result {
                        Ok(0) => state.eof = true,
                        Ok(n) => state.buffer.extend(&buf[..n]),
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        Err(e) => state.error = Some(e.to_string()),
                    }
                    let done = state.eof || state.error.is_some();
                    shared.changed.notify_all();
                    if done {
                        return;
                    }
                }
            });
        if let Err(e) = spawned {
            state.error = Some(format!("cannot start the stdin reader thread: {e}"));
        }
    }
}

impl InputStream for InheritedStdin {
    fn read(&mut self, len: usize) -> Result<Vec<u8>, StreamError> {
        let shared = stdin_shared();
        let mut state = lock(&shared.state);
        if !state.buffer.is_empty() {
            let n = len.min(state.buffer.len());
            return Ok(state.buffer.drain(..n).collect());
        }
        if let Some(e) = state.error.take() {
            // The reader has stopped: after reporting its error once, stdin
            // is at its end (a later `ready` or `block` must not wait for a
            // reader that is gone).
            state.eof = true;
            return Err(StreamError::failed(e));
        }
        if state.eof {
            return Err(StreamError::Closed);
        }
        Self::want_more(shared, &mut state);
        Ok(Vec::new())
    }

    fn ready(&mut self) -> bool {
        let shared = stdin_shared();
        let mut state = lock(&shared.state);
        let ready = !state.buffer.is_empty() || state.eof || state.error.is_some();
        if !ready {
            Self::want_more(shared, &mut state);
        }
        ready
    }

    fn block(&mut self) {
        let shared = stdin_shared();
        let mut state = lock(&shared.state);
        loop {
            if !state.buffer.is_empty() || state.eof || state.error.is_some() {
                return;
            }
            Self::want_more(shared, &mut state);
            state = shared
                .changed
                .wait(state)
                .unwrap_or_else(|e| e.into_inner());
        }
    }
}

/// Locks a mutex, taking the data of a poisoned one (a panicking embedder
/// thread must not make every later guest call panic too).
pub(crate) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipes_read_and_write() {
        let mut input = MemoryInputPipe::new(b"hello".to_vec());
        assert_eq!(input.read(3).unwrap(), b"hel");
        assert_eq!(input.skip(10).unwrap(), 2);
        assert!(matches!(input.read(1), Err(StreamError::Closed)));

        let out = MemoryOutputPipe::new(4);
        let mut writer = out.clone();
        assert_eq!(writer.check_write().unwrap(), 4);
        writer.write(b"abc").unwrap();
        assert_eq!(writer.check_write().unwrap(), 1);
        assert!(matches!(writer.write(b"de"), Err(StreamError::Closed)));
        assert_eq!(out.contents(), b"abc");
    }
}
