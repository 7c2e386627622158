//! The streams of a file descriptor (`read-via-stream`, `write-via-stream`,
//! `append-via-stream`): each keeps its own position and shares the open
//! file, so several streams of one file do not disturb each other.

use std::fs::File;
use std::io;
use std::sync::Arc;

use super::sys;
use crate::stream::{InputStream, OutputStream, StreamError, WRITE_BUDGET};

/// The most one read of a file stream returns (`wasi:io` caps lengths the
/// same way before they get here).
const MAX_READ: usize = 1 << 20;

/// Reads a file from a position onwards.
pub(super) struct FileInputStream {
    file: Arc<File>,
    position: u64,
    closed: bool,
}

impl FileInputStream {
    pub(super) fn new(file: Arc<File>, position: u64) -> Self {
        FileInputStream {
            file,
            position,
            closed: false,
        }
    }

    fn fail(&mut self, error: io::Error) -> StreamError {
        self.closed = true;
        StreamError::Failed(error)
    }
}

impl InputStream for FileInputStream {
    fn read(&mut self, len: usize) -> Result<Vec<u8>, StreamError> {
        if self.closed {
            return Err(StreamError::Closed);
        }
        if len == 0 {
            return Ok(Vec::new());
        }
        let mut buf = vec![0; len.min(MAX_READ)];
        loop {
            match sys::read_at(&self.file, &mut buf, self.position) {
                Ok(0) => {
                    self.closed = true;
                    return Err(StreamError::Closed);
                }
                Ok(n) => {
                    buf.truncate(n);
                    self.position = self.position.saturating_add(n as u64);
                    return Ok(buf);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(self.fail(e)),
            }
        }
    }

    fn ready(&mut self) -> bool {
        true
    }

    /// Skips without reading: as far as the end of the file, which closes
    /// the stream once reached.
    fn skip(&mut self, len: usize) -> Result<usize, StreamError> {
        if self.closed {
            return Err(StreamError::Closed);
        }
        let size = match self.file.metadata() {
            Ok(meta) => meta.len(),
            Err(e) => return Err(self.fail(e)),
        };
        if self.position >= size {
            if len == 0 {
                return Ok(0);
            }
            self.closed = true;
            return Err(StreamError::Closed);
        }
        let n = (len as u64).min(size - self.position);
        self.position += n;
        // `n <= len`, so it fits.
        Ok(n as usize)
    }
}

/// Where an output stream writes.
#[derive(Clone, Copy, Debug)]
enum Mode {
    /// At this offset, which moves on with each write.
    At(u64),
    /// At the end of the file, whatever it is at the time.
    Append,
}

/// Writes a file at a position onwards, or appends to it.
pub(super) struct FileOutputStream {
    file: Arc<File>,
    mode: Mode,
    closed: bool,
}

impl FileOutputStream {
    /// A stream writing from `position` on.
    pub(super) fn at(file: Arc<File>, position: u64) -> Self {
        FileOutputStream {
            file,
            mode: Mode::At(position),
            closed: false,
        }
    }

    /// A stream whose every write lands at the end of the file.
    pub(super) fn append(file: Arc<File>) -> Self {
        FileOutputStream {
            file,
            mode: Mode::Append,
            closed: false,
        }
    }
}

impl OutputStream for FileOutputStream {
    fn check_write(&mut self) -> Result<usize, StreamError> {
        if self.closed {
            return Err(StreamError::Closed);
        }
        Ok(WRITE_BUDGET)
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), StreamError> {
        if self.closed {
            return Err(StreamError::Closed);
        }
        let result = match &mut self.mode {
            Mode::At(position) => sys::write_all_at(&self.file, bytes, *position).map(|()| {
                *position = position.saturating_add(bytes.len() as u64);
            }),
            Mode::Append => sys::append_all(&self.file, bytes),
        };
        result.map_err(|e| {
            // A failed write closes the stream, as wasmtime-wasi's do.
            self.closed = true;
            StreamError::Failed(e)
        })
    }

    /// Writes go straight to the file: nothing to flush.
    fn flush(&mut self) -> Result<(), StreamError> {
        if self.closed {
            return Err(StreamError::Closed);
        }
        Ok(())
    }
}
