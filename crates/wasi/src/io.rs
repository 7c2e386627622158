//! `wasi:io`: errors, pollables and `poll`, and the stream methods over
//! the host streams of [`crate::stream`].

use canon_host::{Resource, Result};

use crate::WasiCtx;
use crate::bindings::wasi::io::{error, poll, streams};
use crate::poll::Pollable;
use crate::stream::{InputStream, OutputStream, StreamError};
use crate::table::trap;

/// The table value behind a `wasi:io/error` handle.
#[derive(Debug)]
pub(crate) struct IoError(pub(crate) std::io::Error);

/// The most one `read` returns, so a hostile length cannot make the host
/// allocate gigabytes.
const MAX_READ: u64 = 1 << 20;

/// The most `blocking-write-and-flush` and its zeroes twin accept, as the
/// WIT says.
const MAX_BLOCKING_WRITE: usize = 4096;

/// A stream method's answer: a value, or a stream error (or trap).
type StreamResult<T> = std::result::Result<T, StreamError>;

type DynInput = Box<dyn InputStream>;
type DynOutput = Box<dyn OutputStream>;

impl error::HostError for WasiCtx {
    fn drop(&mut self, rep: Resource<error::Error>) -> Result<()> {
        self.table.delete::<_, IoError>(rep)?;
        Ok(())
    }

    fn to_debug_string(&mut self, self_: Resource<error::Error>) -> Result<String> {
        Ok(self.table.get::<_, IoError>(&self_)?.0.to_string())
    }
}

impl error::Host for WasiCtx {}

impl poll::HostPollable for WasiCtx {
    fn drop(&mut self, rep: Resource<poll::Pollable>) -> Result<()> {
        self.table.delete::<_, Pollable>(rep)?;
        Ok(())
    }

    fn ready(&mut self, self_: Resource<poll::Pollable>) -> Result<bool> {
        crate::poll::is_ready(self, self_.rep())
    }

    fn block(&mut self, self_: Resource<poll::Pollable>) -> Result<()> {
        crate::poll::block(self, self_.rep())
    }
}

impl poll::Host for WasiCtx {
    fn poll(&mut self, in_: Vec<Resource<poll::Pollable>>) -> Result<Vec<u32>> {
        let reps: Vec<u32> = in_.iter().map(Resource::rep).collect();
        crate::poll::poll(self, &reps)
    }
}

fn input<'a>(
    ctx: &'a mut WasiCtx,
    stream: &Resource<streams::InputStream>,
) -> Result<&'a mut DynInput> {
    ctx.table.get_mut::<_, DynInput>(stream)
}

fn output<'a>(
    ctx: &'a mut WasiCtx,
    stream: &Resource<streams::OutputStream>,
) -> Result<&'a mut DynOutput> {
    ctx.table.get_mut::<_, DynOutput>(stream)
}

fn read_len(len: u64) -> usize {
    len.min(MAX_READ) as usize
}

/// Writes `bytes` after checking them against `check-write`: writing more
/// than it permits traps, as the WIT says.
fn checked_write(stream: &mut DynOutput, bytes: &[u8]) -> std::result::Result<(), StreamError> {
    let permitted = stream.check_write()?;
    if bytes.len() > permitted {
        return Err(StreamError::Trap(trap(format!(
            "output-stream.write: {} bytes written, but check-write permitted only {permitted}",
            bytes.len()
        ))));
    }
    stream.write(bytes)
}

/// Writes all of `bytes`, waiting for room, then flushes.
fn blocking_write_all(
    stream: &mut DynOutput,
    mut bytes: &[u8],
) -> std::result::Result<(), StreamError> {
    if bytes.len() > MAX_BLOCKING_WRITE {
        return Err(StreamError::Trap(trap(format!(
            "blocking-write-and-flush: {} bytes, more than the {MAX_BLOCKING_WRITE} allowed",
            bytes.len()
        ))));
    }
    while !bytes.is_empty() {
        stream.block();
        let permitted = stream.check_write()?;
        let n = permitted.min(bytes.len());
        if n == 0 {
            std::thread::sleep(crate::stream::POLL_INTERVAL);
            continue;
        }
        stream.write(&bytes[..n])?;
        bytes = &bytes[n..];
    }
    stream.flush()?;
    stream.block();
    Ok(())
}

impl streams::HostInputStream for WasiCtx {
    fn drop(&mut self, rep: Resource<streams::InputStream>) -> Result<()> {
        self.table.delete::<_, DynInput>(rep)?;
        Ok(())
    }

    fn read(&mut self, self_: Resource<streams::InputStream>, len: u64) -> StreamResult<Vec<u8>> {
        input(self, &self_)?.read(read_len(len))
    }

    fn blocking_read(
        &mut self,
        self_: Resource<streams::InputStream>,
        len: u64,
    ) -> StreamResult<Vec<u8>> {
        let stream = input(self, &self_)?;
        if len == 0 {
            return stream.read(0);
        }
        loop {
            stream.block();
            let bytes = stream.read(read_len(len))?;
            if !bytes.is_empty() {
                return Ok(bytes);
            }
        }
    }

    fn skip(&mut self, self_: Resource<streams::InputStream>, len: u64) -> StreamResult<u64> {
        Ok(input(self, &self_)?.skip(read_len(len))? as u64)
    }

    fn blocking_skip(
        &mut self,
        self_: Resource<streams::InputStream>,
        len: u64,
    ) -> StreamResult<u64> {
        let stream = input(self, &self_)?;
        if len == 0 {
            return Ok(stream.skip(0)? as u64);
        }
        loop {
            stream.block();
            let n = stream.skip(read_len(len))?;
            if n > 0 {
                return Ok(n as u64);
            }
        }
    }

    fn subscribe(
        &mut self,
        self_: Resource<streams::InputStream>,
    ) -> Result<Resource<streams::Pollable>> {
        crate::poll::subscribe::<_, DynInput>(self, self_.rep())
    }
}

impl streams::HostOutputStream for WasiCtx {
    fn drop(&mut self, rep: Resource<streams::OutputStream>) -> Result<()> {
        let mut stream = self.table.delete::<_, DynOutput>(rep)?;
        // Data written is handed on before the handle goes, as wasmtime-wasi
        // does for its synchronous streams.
        let _ = stream.flush();
        Ok(())
    }

    fn check_write(&mut self, self_: Resource<streams::OutputStream>) -> StreamResult<u64> {
        Ok(output(self, &self_)?.check_write()? as u64)
    }

    fn write(
        &mut self,
        self_: Resource<streams::OutputStream>,
        contents: Vec<u8>,
    ) -> StreamResult<()> {
        checked_write(output(self, &self_)?, &contents)
    }

    fn blocking_write_and_flush(
        &mut self,
        self_: Resource<streams::OutputStream>,
        contents: Vec<u8>,
    ) -> StreamResult<()> {
        blocking_write_all(output(self, &self_)?, &contents)
    }

    fn flush(&mut self, self_: Resource<streams::OutputStream>) -> StreamResult<()> {
        output(self, &self_)?.flush()
    }

    fn blocking_flush(&mut self, self_: Resource<streams::OutputStream>) -> StreamResult<()> {
        let stream = output(self, &self_)?;
        stream.flush()?;
        stream.block();
        Ok(())
    }

    fn subscribe(
        &mut self,
        self_: Resource<streams::OutputStream>,
    ) -> Result<Resource<streams::Pollable>> {
        crate::poll::subscribe::<_, DynOutput>(self, self_.rep())
    }

    fn write_zeroes(
        &mut self,
        self_: Resource<streams::OutputStream>,
        len: u64,
    ) -> StreamResult<()> {
        let stream = output(self, &self_)?;
        let permitted = stream.check_write()?;
        if len > permitted as u64 || len > crate::stream::WRITE_BUDGET as u64 {
            return Err(StreamError::Trap(trap(format!(
                "output-stream.write-zeroes: {len} bytes, but check-write permitted only {permitted}"
            ))));
        }
        stream.write(&vec![0; len as usize])
    }

    fn blocking_write_zeroes_and_flush(
        &mut self,
        self_: Resource<streams::OutputStream>,
        len: u64,
    ) -> StreamResult<()> {
        if len > MAX_BLOCKING_WRITE as u64 {
            return Err(StreamError::Trap(trap(format!(
                "blocking-write-zeroes-and-flush: {len} bytes, more than the {MAX_BLOCKING_WRITE} allowed"
            ))));
        }
        blocking_write_all(output(self, &self_)?, &vec![0; len as usize])
    }

    fn splice(
        &mut self,
        self_: Resource<streams::OutputStream>,
        src: Resource<streams::InputStream>,
        len: u64,
    ) -> StreamResult<u64> {
        let permitted = output(self, &self_)?.check_write()? as u64;
        let bytes = input(self, &src)?.read(read_len(len.min(permitted)))?;
        output(self, &self_)?.write(&bytes)?;
        Ok(bytes.len() as u64)
    }

    fn blocking_splice(
        &mut self,
        self_: Resource<streams::OutputStream>,
        src: Resource<streams::InputStream>,
        len: u64,
    ) -> StreamResult<u64> {
        output(self, &self_)?.block();
        input(self, &src)?.block();
        self.splice(self_, src, len)
    }
}

impl streams::Host for WasiCtx {
    fn convert_stream_error(&mut self, err: StreamError) -> Result<streams::StreamError> {
        match err {
            StreamError::Closed => Ok(streams::StreamError::Closed),
            StreamError::Failed(e) => Ok(streams::StreamError::LastOperationFailed(
                self.table.push(IoError(e))?,
            )),
            StreamError::Trap(e) => Err(e),
        }
    }
}
