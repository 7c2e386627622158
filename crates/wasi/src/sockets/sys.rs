//! The operating system's side: error codes from I/O errors, readiness with
//! `poll(2)`, and the socket options TCP and UDP share, with the WIT's rules
//! (a zero value is `invalid-argument`) and wasmtime-wasi's portability
//! fixes.

use std::io;
use std::time::Duration;

use rustix::event::{PollFd, PollFlags, Timespec};
use rustix::fd::AsFd;
use rustix::io::Errno;
use socket2::Socket;

use super::addr::Family;
use super::{ErrorCode, SocketResult};

/// The `error-code` of an I/O error, as wasmtime-wasi maps them.
pub(crate) fn error_code(e: &io::Error) -> ErrorCode {
    if let Some(errno) = Errno::from_io_error(e) {
        return errno_code(errno);
    }
    use io::ErrorKind as K;
    match e.kind() {
        K::AddrInUse => ErrorCode::AddressInUse,
        K::AddrNotAvailable => ErrorCode::AddressNotBindable,
        K::ConnectionAborted => ErrorCode::ConnectionAborted,
        K::ConnectionRefused => ErrorCode::ConnectionRefused,
        K::ConnectionReset => ErrorCode::ConnectionReset,
        K::Interrupted | K::WouldBlock => ErrorCode::WouldBlock,
        K::InvalidInput => ErrorCode::InvalidArgument,
        K::NotConnected => ErrorCode::InvalidState,
        K::OutOfMemory => ErrorCode::OutOfMemory,
        K::PermissionDenied => ErrorCode::AccessDenied,
        K::TimedOut => ErrorCode::Timeout,
        K::Unsupported => ErrorCode::NotSupported,
        K::HostUnreachable | K::NetworkUnreachable | K::NetworkDown => ErrorCode::RemoteUnreachable,
        _ => ErrorCode::Unknown,
    }
}

/// The `error-code` of an OS error number.
pub(crate) fn errno_code(errno: Errno) -> ErrorCode {
    #[allow(unreachable_patterns, reason = "EWOULDBLOCK and EAGAIN may be equal")]
    match errno {
        Errno::WOULDBLOCK | Errno::AGAIN | Errno::INTR => ErrorCode::WouldBlock,
        #[cfg(not(windows))]
        Errno::PERM => ErrorCode::AccessDenied,
        Errno::ACCESS => ErrorCode::AccessDenied,
        Errno::ADDRINUSE => ErrorCode::AddressInUse,
        Errno::ADDRNOTAVAIL => ErrorCode::AddressNotBindable,
        Errno::ALREADY => ErrorCode::ConcurrencyConflict,
        Errno::TIMEDOUT => ErrorCode::Timeout,
        Errno::CONNREFUSED => ErrorCode::ConnectionRefused,
        Errno::CONNRESET => ErrorCode::ConnectionReset,
        Errno::CONNABORTED => ErrorCode::ConnectionAborted,
        Errno::INVAL => ErrorCode::InvalidArgument,
        Errno::HOSTUNREACH | Errno::HOSTDOWN | Errno::NETDOWN | Errno::NETUNREACH => {
            ErrorCode::RemoteUnreachable
        }
        #[cfg(target_os = "linux")]
        Errno::NONET => ErrorCode::RemoteUnreachable,
        Errno::ISCONN | Errno::NOTCONN | Errno::DESTADDRREQ => ErrorCode::InvalidState,
        #[cfg(not(windows))]
        Errno::NFILE => ErrorCode::NewSocketLimit,
        Errno::MFILE => ErrorCode::NewSocketLimit,
        Errno::MSGSIZE => ErrorCode::DatagramTooLarge,
        #[cfg(not(windows))]
        Errno::NOMEM => ErrorCode::OutOfMemory,
        Errno::NOBUFS => ErrorCode::OutOfMemory,
        Errno::OPNOTSUPP
        | Errno::NOPROTOOPT
        | Errno::PFNOSUPPORT
        | Errno::PROTONOSUPPORT
        | Errno::PROTOTYPE
        | Errno::SOCKTNOSUPPORT
        | Errno::AFNOSUPPORT => ErrorCode::NotSupported,
        _ => ErrorCode::Unknown,
    }
}

/// What to wait for on a socket.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Interest {
    /// Data to read, a connection to accept, end of input or an error.
    Read,
    /// Room to write, a finished connect, or an error.
    Write,
}

/// Whether `fd` is ready for `interest`, waiting at most `timeout` (`None`:
/// as long as it takes). Errors and hang-ups count as ready: the next
/// operation reports them. A failing `poll` itself counts as ready too, so
/// that nothing waits forever on a socket the OS cannot poll.
pub(crate) fn wait(fd: impl AsFd, interest: Interest, timeout: Option<Duration>) -> bool {
    let events = match interest {
        Interest::Read => PollFlags::IN,
        Interest::Write => PollFlags::OUT,
    };
    let timespec = timeout.map(|t| Timespec {
        tv_sec: i64::try_from(t.as_secs()).unwrap_or(i64::MAX),
        tv_nsec: t.subsec_nanos().into(),
    });
    loop {
        let mut fds = [PollFd::new(&fd, events)];
        match rustix::event::poll(&mut fds, timespec.as_ref()) {
            Ok(0) => return false,
            Ok(_) => return !fds[0].revents().is_empty(),
            Err(Errno::INTR) => continue,
            Err(_) => return true,
        }
    }
}

/// Whether `fd` is ready for `interest` now.
pub(crate) fn ready_now(fd: impl AsFd, interest: Interest) -> bool {
    wait(fd, interest, Some(Duration::ZERO))
}

/// Waits until `fd` is ready for `interest`.
pub(crate) fn block_on(fd: impl AsFd, interest: Interest) {
    wait(fd, interest, None);
}

/// `IP_TTL` / `IPV6_UNICAST_HOPS`.
pub(crate) fn hop_limit(socket: &Socket, family: Family) -> SocketResult<u8> {
    let value = match family {
        Family::V4 => socket.ttl_v4()?,
        Family::V6 => socket.unicast_hops_v6()?,
    };
    u8::try_from(value).map_err(|_| ErrorCode::NotSupported.into())
}

pub(crate) fn set_hop_limit(socket: &Socket, family: Family, value: u8) -> SocketResult<()> {
    // The WIT: "If the provided value is 0, an `invalid-argument` error is
    // returned." Checked here, as operating systems disagree.
    if value == 0 {
        return Err(ErrorCode::InvalidArgument.into());
    }
    match family {
        Family::V4 => socket.set_ttl_v4(value.into())?,
        Family::V6 => socket.set_unicast_hops_v6(value.into())?,
    }
    Ok(())
}

/// Linux doubles a buffer size when it is set and reports the doubled
/// value; halving it gives the guest back about what it asked for.
fn normalize_get_buffer_size(value: usize) -> u64 {
    let value = if cfg!(target_os = "linux") {
        value / 2
    } else {
        value
    };
    u64::try_from(value).unwrap_or(u64::MAX)
}

/// A buffer size to set: zero is `invalid-argument`; the rest is a hint,
/// clamped to what the OS takes.
fn normalize_set_buffer_size(value: u64) -> SocketResult<usize> {
    if value == 0 {
        return Err(ErrorCode::InvalidArgument.into());
    }
    Ok(usize::try_from(value)
        .unwrap_or(usize::MAX)
        .clamp(1, i32::MAX as usize))
}

/// Whether a failed buffer-size setting is only the OS refusing the size:
/// the value is a hint, so that is fine (the BSDs fail where others clamp).
fn buffer_size_refused(e: &io::Error) -> bool {
    Errno::from_io_error(e) == Some(Errno::NOBUFS)
}

pub(crate) fn receive_buffer_size(socket: &Socket) -> SocketResult<u64> {
    Ok(normalize_get_buffer_size(socket.recv_buffer_size()?))
}

pub(crate) fn set_receive_buffer_size(socket: &Socket, value: u64) -> SocketResult<()> {
    let value = normalize_set_buffer_size(value)?;
    match socket.set_recv_buffer_size(value) {
        Err(e) if !buffer_size_refused(&e) => Err(e.into()),
        _ => Ok(()),
    }
}

pub(crate) fn send_buffer_size(socket: &Socket) -> SocketResult<u64> {
    Ok(normalize_get_buffer_size(socket.send_buffer_size()?))
}

pub(crate) fn set_send_buffer_size(socket: &Socket, value: u64) -> SocketResult<()> {
    let value = normalize_set_buffer_size(value)?;
    match socket.set_send_buffer_size(value) {
        Err(e) if !buffer_size_refused(&e) => Err(e.into()),
        _ => Ok(()),
    }
}

/// A new non-blocking socket of `family` and `ty`; IPv6 sockets are
/// IPv6-only, as the WIT requires.
pub(crate) fn new_socket(
    family: Family,
    ty: socket2::Type,
    protocol: socket2::Protocol,
) -> SocketResult<Socket> {
    let socket = Socket::new(family.domain(), ty, Some(protocol))?;
    socket.set_nonblocking(true)?;
    if family == Family::V6 {
        socket.set_only_v6(true)?;
    }
    #[cfg(target_vendor = "apple")]
    socket.set_nosigpipe(true)?;
    Ok(socket)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_map_to_codes() {
        let code = |kind| error_code(&io::Error::from(kind));
        assert_eq!(code(io::ErrorKind::AddrInUse), ErrorCode::AddressInUse);
        assert_eq!(
            code(io::ErrorKind::PermissionDenied),
            ErrorCode::AccessDenied
        );
        assert_eq!(code(io::ErrorKind::WouldBlock), ErrorCode::WouldBlock);
        assert_eq!(code(io::ErrorKind::Other), ErrorCode::Unknown);
        let os = |errno: Errno| error_code(&io::Error::from_raw_os_error(errno.raw_os_error()));
        assert_eq!(os(Errno::CONNREFUSED), ErrorCode::ConnectionRefused);
        assert_eq!(os(Errno::ADDRNOTAVAIL), ErrorCode::AddressNotBindable);
        assert_eq!(os(Errno::MFILE), ErrorCode::NewSocketLimit);
        assert_eq!(os(Errno::MSGSIZE), ErrorCode::DatagramTooLarge);
        assert_eq!(os(Errno::AFNOSUPPORT), ErrorCode::NotSupported);
    }

    #[test]
    fn options_refuse_zero() {
        let socket = new_socket(Family::V4, socket2::Type::DGRAM, socket2::Protocol::UDP).unwrap();
        let code = |r: SocketResult<()>| r.unwrap_err().code();
        assert_eq!(
            code(set_hop_limit(&socket, Family::V4, 0)),
            Some(ErrorCode::InvalidArgument)
        );
        assert_eq!(
            code(set_receive_buffer_size(&socket, 0)),
            Some(ErrorCode::InvalidArgument)
        );
        assert_eq!(
            code(set_send_buffer_size(&socket, 0)),
            Some(ErrorCode::InvalidArgument)
        );
        set_hop_limit(&socket, Family::V4, 42).unwrap();
        assert_eq!(hop_limit(&socket, Family::V4).unwrap(), 42);
        set_receive_buffer_size(&socket, 1 << 16).unwrap();
        assert!(receive_buffer_size(&socket).unwrap() > 0);
        // A huge value is a hint, clamped, never an error.
        set_send_buffer_size(&socket, u64::MAX).unwrap();
        assert!(send_buffer_size(&socket).unwrap() > 0);
        // A fresh UDP socket can be written to at once, but has nothing to read.
        assert!(ready_now(&socket, Interest::Write));
        assert!(!ready_now(&socket, Interest::Read));
        assert!(!wait(
            &socket,
            Interest::Read,
            Some(Duration::from_millis(5))
        ));
    }
}
