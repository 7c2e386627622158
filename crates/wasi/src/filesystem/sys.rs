//! What differs between host systems: positioned reads and writes, appends,
//! `fadvise`, status-change times and the errno behind an `io::Error`.

use std::fs::File;
use std::io;

use cap_std::fs::Metadata;

use crate::bindings::wasi::clocks::wall_clock::Datetime;
use crate::bindings::wasi::filesystem::types::{Advice, ErrorCode};

/// Reads at `offset` without moving (or using) a file cursor.
#[cfg(unix)]
pub(super) fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buf, offset)
}

/// Reads at `offset`.
#[cfg(windows)]
pub(super) fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buf, offset)
}

/// Writes at `offset` without moving (or using) a file cursor.
#[cfg(unix)]
pub(super) fn write_at(file: &File, buf: &[u8], offset: u64) -> io::Result<usize> {
    std::os::unix::fs::FileExt::write_at(file, buf, offset)
}

/// Writes at `offset`.
#[cfg(windows)]
pub(super) fn write_at(file: &File, buf: &[u8], offset: u64) -> io::Result<usize> {
    std::os::windows::fs::FileExt::seek_write(file, buf, offset)
}

/// Writes all of `buf` at `offset`, retrying interrupted and short writes.
pub(super) fn write_all_at(file: &File, mut buf: &[u8], mut offset: u64) -> io::Result<()> {
    while !buf.is_empty() {
        match write_at(file, buf, offset) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => {
                buf = &buf[n..];
                offset = offset.checked_add(n as u64).ok_or_else(too_large)?;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// The error for an offset past what a file can hold.
fn too_large() -> io::Error {
    io::Error::new(
        io::ErrorKind::FileTooLarge,
        "offset past the largest file size",
    )
}

/// Appends all of `buf` at the end of the file, wherever the end is when
/// each write lands: `pwritev2(RWF_APPEND)` on Linux, which is atomic like
/// `O_APPEND`; elsewhere (or on kernels without it) the current size,
/// which is not atomic against writers outside this process.
pub(super) fn append_all(file: &File, mut buf: &[u8]) -> io::Result<()> {
    while !buf.is_empty() {
        match append(file, buf) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => buf = &buf[n..],
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

fn append(file: &File, buf: &[u8]) -> io::Result<usize> {
    #[cfg(target_os = "linux")]
    {
        use rustix::io::{Errno, ReadWriteFlags, pwritev2};
        // Kernels before 4.16 lack `RWF_APPEND`; older ones `pwritev2`.
        match pwritev2(file, &[io::IoSlice::new(buf)], 0, ReadWriteFlags::APPEND) {
            Err(Errno::NOSYS | Errno::NOTSUP) => {}
            otherwise => return Ok(otherwise?),
        }
    }
    let end = file.metadata()?.len();
    write_at(file, buf, end)
}

/// `posix_fadvise`, where the host has it; a no-op elsewhere (the advice
/// is only a hint).
pub(super) fn advise(file: &File, offset: u64, len: u64, advice: Advice) -> io::Result<()> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        use rustix::fs::Advice as A;
        let advice = match advice {
            Advice::Normal => A::Normal,
            Advice::Sequential => A::Sequential,
            Advice::Random => A::Random,
            Advice::WillNeed => A::WillNeed,
            Advice::DontNeed => A::DontNeed,
            Advice::NoReuse => A::NoReuse,
        };
        rustix::fs::fadvise(file, offset, std::num::NonZeroU64::new(len), advice)?;
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    let _ = (file, offset, len, advice);
    Ok(())
}

/// The status-change time (`st_ctime`).
#[cfg(unix)]
pub(super) fn status_change_time(meta: &Metadata) -> Option<Datetime> {
    let seconds = u64::try_from(cap_fs_ext::OsMetadataExt::ctime(meta)).ok()?;
    let nanoseconds = u32::try_from(cap_fs_ext::OsMetadataExt::ctime_nsec(meta)).ok()?;
    (nanoseconds < 1_000_000_000).then_some(Datetime {
        seconds,
        nanoseconds,
    })
}

/// No status-change time here; the creation time comes closest.
#[cfg(not(unix))]
pub(super) fn status_change_time(meta: &Metadata) -> Option<Datetime> {
    meta.created()
        .ok()
        .and_then(|t| super::datetime(t.into_std()))
}

/// The error code of an OS error number, as wasmtime-wasi maps them (and a
/// few more that have their own code: `EROFS`, `EXDEV`, `ETXTBSY`, ...).
#[cfg(unix)]
pub(super) fn errno_code(raw: i32) -> Option<ErrorCode> {
    use rustix::io::Errno;
    #[allow(
        unreachable_patterns,
        reason = "some errnos share a value on some hosts"
    )]
    let code = match Errno::from_raw_os_error(raw) {
        Errno::PIPE => ErrorCode::Pipe,
        Errno::PERM => ErrorCode::NotPermitted,
        Errno::NOENT => ErrorCode::NoEntry,
        Errno::NOMEM => ErrorCode::InsufficientMemory,
        Errno::IO => ErrorCode::Io,
        Errno::BADF => ErrorCode::BadDescriptor,
        Errno::BUSY => ErrorCode::Busy,
        Errno::ACCESS => ErrorCode::Access,
        Errno::NOTDIR => ErrorCode::NotDirectory,
        Errno::ISDIR => ErrorCode::IsDirectory,
        Errno::INVAL => ErrorCode::Invalid,
        Errno::EXIST => ErrorCode::Exist,
        Errno::FBIG => ErrorCode::FileTooLarge,
        Errno::NOSPC => ErrorCode::InsufficientSpace,
        Errno::SPIPE => ErrorCode::InvalidSeek,
        Errno::MLINK => ErrorCode::TooManyLinks,
        Errno::NAMETOOLONG => ErrorCode::NameTooLong,
        Errno::NOTEMPTY => ErrorCode::NotEmpty,
        Errno::LOOP => ErrorCode::Loop,
        Errno::OVERFLOW => ErrorCode::Overflow,
        Errno::ILSEQ => ErrorCode::IllegalByteSequence,
        Errno::NOTSUP => ErrorCode::Unsupported,
        Errno::OPNOTSUPP => ErrorCode::Unsupported,
        Errno::NOSYS => ErrorCode::Unsupported,
        Errno::ALREADY => ErrorCode::Already,
        Errno::INPROGRESS => ErrorCode::InProgress,
        Errno::INTR => ErrorCode::Interrupted,
        Errno::AGAIN => ErrorCode::WouldBlock,
        Errno::DEADLK => ErrorCode::Deadlock,
        Errno::DQUOT => ErrorCode::Quota,
        Errno::MSGSIZE => ErrorCode::MessageSize,
        Errno::NODEV => ErrorCode::NoDevice,
        Errno::NOLCK => ErrorCode::NoLock,
        Errno::NOTTY => ErrorCode::NoTty,
        Errno::NXIO => ErrorCode::NoSuchDevice,
        Errno::ROFS => ErrorCode::ReadOnly,
        Errno::TXTBSY => ErrorCode::TextFileBusy,
        Errno::XDEV => ErrorCode::CrossDevice,
        _ => return None,
    };
    Some(code)
}

/// Error numbers are not mapped here; the error's kind decides.
#[cfg(not(unix))]
pub(super) fn errno_code(_: i32) -> Option<ErrorCode> {
    None
}
