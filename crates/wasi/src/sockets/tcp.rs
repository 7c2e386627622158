//! `wasi:sockets/tcp` and `tcp-create-socket`: the TCP socket state machine
//! over a non-blocking socket, and the input and output streams of a
//! connection.
//!
//! The states are the WIT's: `unbound`, `bound` (bind done in
//! `start-bind`), `listening` (listen done in `start-listen`),
//! `connect-in-progress` (a non-blocking `connect(2)`), `connected` and
//! `closed` (a failed connect). The `finish-*` halves of bind and listen
//! only complete what `start-*` began; `finish-connect` answers
//! `would-block` until the OS reports the connect done.

use std::io::Read;
use std::sync::{Arc, Mutex};

use canon_host::{Resource, Result};
use socket2::Socket;

use super::addr::{self, Family};
use super::sys::{self, Interest};
use super::{ErrorCode, SocketError, SocketResult, check_network};
use crate::bindings::wasi::sockets::network::{IpAddressFamily, IpSocketAddress, Network};
use crate::bindings::wasi::sockets::tcp::{self, ShutdownType};
use crate::bindings::wasi::sockets::tcp_create_socket;
use crate::poll::Subscribe;
use crate::stream::{InputStream, OutputStream, StreamError, lock};
use crate::{SocketAddrUse, WasiCtx};

/// The listen backlog when the guest sets none (Rust's standard library
/// default, as wasmtime-wasi uses).
const DEFAULT_BACKLOG: u32 = 128;

/// The most one `read` returns and one `check-write` permits, as
/// wasmtime-wasi allows.
const MAX_CHUNK: usize = 64 * 1024;

const NANOS_PER_SEC: u64 = 1_000_000_000;

/// Where a socket is in the WIT's state machine (its `*-in-progress`
/// states are [`Pending`] on top of these).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// `unbound` or `bound`.
    Default,
    /// `connect-in-progress`: a non-blocking connect was started.
    Connecting,
    Connected,
    Listening,
    /// A connect failed: only `drop` is left.
    Closed,
}

/// The operation a `start-*` began and its `finish-*` has not ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pending {
    Bind,
    Connect,
    Listen,
}

/// The table value behind a `tcp-socket` handle.
pub(crate) struct TcpSocket {
    socket: Arc<Socket>,
    family: Family,
    state: State,
    pending: Option<Pending>,
    bound: bool,
    backlog: u32,
    /// The read side of a connection, shared with its input stream.
    reader: Option<Arc<Mutex<ReadState>>>,
    /// The write side of a connection, shared with its output stream.
    writer: Option<Arc<Mutex<WriteState>>>,
}

impl TcpSocket {
    fn new(socket: Socket, family: Family, state: State) -> Self {
        TcpSocket {
            socket: Arc::new(socket),
            family,
            state,
            pending: None,
            bound: state != State::Default,
            backlog: DEFAULT_BACKLOG,
            reader: None,
            writer: None,
        }
    }

    /// The socket, for an option: not after a failed connect.
    fn live(&self) -> SocketResult<&Socket> {
        match self.state {
            State::Closed => Err(ErrorCode::InvalidState.into()),
            _ => Ok(&self.socket),
        }
    }

    /// The streams of a connected socket, sharing their state with it (for
    /// `shutdown`).
    fn streams(&mut self) -> (Box<dyn InputStream>, Box<dyn OutputStream>) {
        let reader = Arc::new(Mutex::new(ReadState {
            socket: Arc::clone(&self.socket),
            closed: false,
        }));
        let writer = Arc::new(Mutex::new(WriteState {
            socket: Arc::clone(&self.socket),
            pending: Vec::new(),
            sent: 0,
            status: WriteStatus::Open,
        }));
        self.reader = Some(Arc::clone(&reader));
        self.writer = Some(Arc::clone(&writer));
        (Box::new(TcpReader(reader)), Box::new(TcpWriter(writer)))
    }
}

impl Subscribe for TcpSocket {
    fn ready(&mut self) -> bool {
        match (self.pending, self.state) {
            (Some(Pending::Connect), State::Connecting) => {
                sys::ready_now(&*self.socket, Interest::Write)
            }
            (None, State::Listening) => sys::ready_now(&*self.socket, Interest::Read),
            _ => true,
        }
    }

    fn block(&mut self) {
        match (self.pending, self.state) {
            (Some(Pending::Connect), State::Connecting) => {
                sys::block_on(&*self.socket, Interest::Write)
            }
            (None, State::Listening) => sys::block_on(&*self.socket, Interest::Read),
            _ => {}
        }
    }
}

/// The read side of a connection.
struct ReadState {
    socket: Arc<Socket>,
    /// End of input, a failed read, or `shutdown(receive)`.
    closed: bool,
}

/// The input stream of a connection.
struct TcpReader(Arc<Mutex<ReadState>>);

impl InputStream for TcpReader {
    fn read(&mut self, len: usize) -> std::result::Result<Vec<u8>, StreamError> {
        let mut state = lock(&self.0);
        if state.closed {
            return Err(StreamError::Closed);
        }
        if len == 0 {
            return Ok(Vec::new());
        }
        let mut buf = vec![0; len.min(MAX_CHUNK)];
        match (&*state.socket).read(&mut buf) {
            Ok(0) => {
                state.closed = true;
                Err(StreamError::Closed)
            }
            Ok(n) => {
                buf.truncate(n);
                Ok(buf)
            }
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::Interrupted
                ) =>
            {
                Ok(Vec::new())
            }
            Err(e) => {
                state.closed = true;
                Err(StreamError::Failed(e))
            }
        }
    }

    fn ready(&mut self) -> bool {
        let state = lock(&self.0);
        state.closed || sys::ready_now(&*state.socket, Interest::Read)
    }

    fn block(&mut self) {
        let state = lock(&self.0);
        if !state.closed {
            sys::block_on(&*state.socket, Interest::Read);
        }
    }
}

impl Drop for TcpReader {
    fn drop(&mut self) {
        let mut state = lock(&self.0);
        state.closed = true;
        let _ = state.socket.shutdown(std::net::Shutdown::Read);
    }
}

/// Where the write side of a connection is.
#[derive(Debug)]
enum WriteStatus {
    Open,
    /// `shutdown(send)` came while data was still queued: the FIN goes
    /// once it is sent.
    Closing,
    /// Shut down, or the peer is gone.
    Closed,
    /// The last write failed; reported once, then `Closed`.
    Failed(std::io::Error),
}

/// The write side of a connection: what the guest wrote and the socket did
/// not take yet is queued here and sent as the socket drains.
struct WriteState {
    socket: Arc<Socket>,
    pending: Vec<u8>,
    /// How much of `pending` is sent.
    sent: usize,
    status: WriteStatus,
}

/// Flags for `send(2)`: no `SIGPIPE` when the peer is gone, where the OS
/// allows asking for that per call (Apple systems get `SO_NOSIGPIPE`).
fn send_flags() -> rustix::net::SendFlags {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    return rustix::net::SendFlags::NOSIGNAL;
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    return rustix::net::SendFlags::empty();
}

impl WriteState {
    fn is_writing(&self) -> bool {
        matches!(self.status, WriteStatus::Open | WriteStatus::Closing)
    }

    /// Sends as much of the queue as the socket takes now; sends the FIN
    /// once the queue is empty if `shutdown(send)` asked for it.
    fn drain(&mut self) {
        while self.sent < self.pending.len() && self.is_writing() {
            match rustix::net::send(&*self.socket, &self.pending[self.sent..], send_flags()) {
                Ok(0) => break,
                Ok(n) => self.sent += n,
                Err(rustix::io::Errno::INTR) => continue,
                Err(e) if e == rustix::io::Errno::WOULDBLOCK || e == rustix::io::Errno::AGAIN => {
                    break;
                }
                #[cfg(not(windows))]
                Err(rustix::io::Errno::PIPE) => self.status = WriteStatus::Closed,
                Err(e) => self.status = WriteStatus::Failed(e.into()),
            }
        }
        if self.sent >= self.pending.len() || !self.is_writing() {
            self.pending.clear();
            self.sent = 0;
        }
        if self.pending.is_empty() && matches!(self.status, WriteStatus::Closing) {
            let _ = self.socket.shutdown(std::net::Shutdown::Write);
            self.status = WriteStatus::Closed;
        }
    }

    /// The error to report for a stream that no longer writes.
    fn closed_error(&mut self) -> StreamError {
        match std::mem::replace(&mut self.status, WriteStatus::Closed) {
            WriteStatus::Failed(e) => StreamError::Failed(e),
            _ => StreamError::Closed,
        }
    }

    /// `shutdown(send)`: no more writes; the FIN follows the queue.
    fn shutdown(&mut self) {
        if matches!(self.status, WriteStatus::Open) {
            self.status = WriteStatus::Closing;
            self.drain();
        }
    }
}

/// The output stream of a connection.
struct TcpWriter(Arc<Mutex<WriteState>>);

impl OutputStream for TcpWriter {
    fn check_write(&mut self) -> std::result::Result<usize, StreamError> {
        let mut state = lock(&self.0);
        state.drain();
        match state.status {
            WriteStatus::Open => {}
            WriteStatus::Closing => return Ok(0),
            _ => return Err(state.closed_error()),
        }
        if !state.pending.is_empty() || !sys::ready_now(&*state.socket, Interest::Write) {
            return Ok(0);
        }
        Ok(MAX_CHUNK)
    }

    fn write(&mut self, bytes: &[u8]) -> std::result::Result<(), StreamError> {
        let mut state = lock(&self.0);
        if !matches!(state.status, WriteStatus::Open) {
            return Err(state.closed_error());
        }
        if bytes.is_empty() {
            return Ok(());
        }
        state.pending.extend_from_slice(bytes);
        // Surface an error at once, as wasmtime-wasi does.
        state.drain();
        match state.status {
            WriteStatus::Open => Ok(()),
            _ => Err(state.closed_error()),
        }
    }

    fn flush(&mut self) -> std::result::Result<(), StreamError> {
        // Queued data goes out as the socket drains; there is nothing more
        // a flush could do. It reports errors, though.
        let mut state = lock(&self.0);
        state.drain();
        match state.status {
            WriteStatus::Open | WriteStatus::Closing => Ok(()),
            _ => Err(state.closed_error()),
        }
    }

    fn ready(&mut self) -> bool {
        let mut state = lock(&self.0);
        state.drain();
        if !state.is_writing() {
            return true;
        }
        state.pending.is_empty() && sys::ready_now(&*state.socket, Interest::Write)
    }

    fn block(&mut self) {
        while !self.ready() {
            let socket = Arc::clone(&lock(&self.0).socket);
            sys::block_on(&*socket, Interest::Write);
        }
    }
}

impl Drop for TcpWriter {
    fn drop(&mut self) {
        // What the guest wrote was accepted: it is delivered, then the FIN
        // follows (wasmtime-wasi waits for its background writes the same
        // way). What the socket does not take now is sent by a thread, so
        // that dropping a stream never waits on the peer.
        let mut state = lock(&self.0);
        state.drain();
        if state.is_writing() && !state.pending.is_empty() {
            let rest = state.pending[state.sent..].to_vec();
            let socket = Arc::clone(&state.socket);
            let linger = std::thread::Builder::new()
                .name("canon-wasi-tcp-linger".into())
                .spawn(move || send_rest(&socket, &rest));
            if linger.is_err() {
                send_rest(&state.socket, &state.pending[state.sent..]);
            }
        } else if state.is_writing() {
            let _ = state.socket.shutdown(std::net::Shutdown::Write);
        }
        state.pending.clear();
        state.sent = 0;
        state.status = WriteStatus::Closed;
    }
}

/// How long the data of a dropped output stream may take to go out before
/// it is given up.
const LINGER: std::time::Duration = std::time::Duration::from_secs(60);

/// Sends `rest`, waiting for room (up to [`LINGER`]), then the FIN.
fn send_rest(socket: &Socket, mut rest: &[u8]) {
    let deadline = std::time::Instant::now() + LINGER;
    while !rest.is_empty() {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() || !sys::wait(socket, Interest::Write, Some(left)) {
            return;
        }
        match rustix::net::send(socket, rest, send_flags()) {
            Ok(n) => rest = &rest[n..],
            Err(e)
                if e == rustix::io::Errno::INTR
                    || e == rustix::io::Errno::WOULDBLOCK
                    || e == rustix::io::Errno::AGAIN => {}
            Err(_) => return,
        }
    }
    let _ = socket.shutdown(std::net::Shutdown::Write);
}

fn get<'a>(ctx: &'a mut WasiCtx, socket: &Resource<tcp::TcpSocket>) -> Result<&'a mut TcpSocket> {
    ctx.table.get_mut::<_, TcpSocket>(socket)
}

/// Keep-alive times go to the OS in whole seconds: at least one (never
/// rounded down to zero), at most Linux's limit, the lowest of the
/// platforms'.
fn clamp_keep_alive_time(nanos: u64) -> std::time::Duration {
    std::time::Duration::from_nanos(nanos.clamp(NANOS_PER_SEC, i16::MAX as u64 * NANOS_PER_SEC))
}

fn nanos(d: std::time::Duration) -> u64 {
    u64::try_from(d.as_nanos()).unwrap_or(u64::MAX)
}

impl tcp_create_socket::Host for WasiCtx {
    fn create_tcp_socket(
        &mut self,
        address_family: IpAddressFamily,
    ) -> SocketResult<Resource<tcp::TcpSocket>> {
        if !self.sockets.tcp {
            return Err(ErrorCode::AccessDenied.into());
        }
        let family = Family::from(address_family);
        let socket = sys::new_socket(family, socket2::Type::STREAM, socket2::Protocol::TCP)?;
        Ok(self
            .table
            .push(TcpSocket::new(socket, family, State::Default))?)
    }
}

impl tcp::Host for WasiCtx {}

impl tcp::HostTcpSocket for WasiCtx {
    fn drop(&mut self, rep: Resource<tcp::TcpSocket>) -> Result<()> {
        self.table.delete::<_, TcpSocket>(rep)?;
        Ok(())
    }

    fn start_bind(
        &mut self,
        self_: Resource<tcp::TcpSocket>,
        network: Resource<Network>,
        local_address: IpSocketAddress,
    ) -> SocketResult<()> {
        check_network(self, &network)?;
        let local = addr::to_std(&local_address);
        let policy = &self.sockets;
        let socket = self.table.get_mut::<_, TcpSocket>(&self_)?;
        if socket.pending.is_some() {
            return Err(ErrorCode::ConcurrencyConflict.into());
        }
        if socket.bound || socket.state != State::Default {
            return Err(ErrorCode::InvalidState.into());
        }
        if !addr::is_unicast(local.ip()) || !addr::family_matches(local.ip(), socket.family) {
            return Err(ErrorCode::InvalidArgument.into());
        }
        if !policy.allows(local, SocketAddrUse::TcpBind) {
            return Err(ErrorCode::AccessDenied.into());
        }
        // The WIT: binding should not be affected by TIME_WAIT, so
        // SO_REUSEADDR is set implicitly (except on Windows, where it means
        // something else).
        #[cfg(not(windows))]
        let _ = socket.socket.set_reuse_address(true);
        socket.socket.bind(&local.into()).map_err(|e| {
            match rustix::io::Errno::from_io_error(&e) {
                // Our own checks should have caught a wrong family.
                Some(rustix::io::Errno::AFNOSUPPORT) => ErrorCode::InvalidArgument.into(),
                #[cfg(windows)]
                Some(rustix::io::Errno::NOBUFS) => ErrorCode::AddressInUse.into(),
                _ => SocketError::from(e),
            }
        })?;
        socket.bound = true;
        socket.pending = Some(Pending::Bind);
        Ok(())
    }

    fn finish_bind(&mut self, self_: Resource<tcp::TcpSocket>) -> SocketResult<()> {
        let socket = get(self, &self_)?;
        if socket.pending != Some(Pending::Bind) {
            return Err(ErrorCode::NotInProgress.into());
        }
        socket.pending = None;
        Ok(())
    }

    fn start_connect(
        &mut self,
        self_: Resource<tcp::TcpSocket>,
        network: Resource<Network>,
        remote_address: IpSocketAddress,
    ) -> SocketResult<()> {
        check_network(self, &network)?;
        let remote = addr::to_std(&remote_address);
        let policy = &self.sockets;
        let socket = self.table.get_mut::<_, TcpSocket>(&self_)?;
        if socket.pending.is_some() {
            return Err(ErrorCode::ConcurrencyConflict.into());
        }
        if socket.state != State::Default {
            return Err(ErrorCode::InvalidState.into());
        }
        if !addr::is_unicast(remote.ip())
            || !addr::is_valid_remote(remote)
            || !addr::family_matches(remote.ip(), socket.family)
        {
            return Err(ErrorCode::InvalidArgument.into());
        }
        if !policy.allows(remote, SocketAddrUse::TcpConnect) {
            return Err(ErrorCode::AccessDenied.into());
        }
        match socket.socket.connect(&remote.into()) {
            Ok(()) => {}
            Err(e)
                if e.kind() == std::io::ErrorKind::WouldBlock
                    || matches!(
                        rustix::io::Errno::from_io_error(&e),
                        Some(rustix::io::Errno::INPROGRESS | rustix::io::Errno::INTR)
                    ) => {}
            Err(e) => {
                // A failed connect closes the socket, as the WIT says.
                socket.state = State::Closed;
                return Err(e.into());
            }
        }
        socket.state = State::Connecting;
        socket.pending = Some(Pending::Connect);
        Ok(())
    }

    fn finish_connect(
        &mut self,
        self_: Resource<tcp::TcpSocket>,
    ) -> SocketResult<(Resource<tcp::InputStream>, Resource<tcp::OutputStream>)> {
        let socket = get(self, &self_)?;
        if socket.pending != Some(Pending::Connect) {
            return Err(ErrorCode::NotInProgress.into());
        }
        if !sys::ready_now(&*socket.socket, Interest::Write) {
            return Err(ErrorCode::WouldBlock.into());
        }
        socket.pending = None;
        let failure = match socket.socket.take_error() {
            Ok(Some(e)) | Err(e) => Some(e),
            // Writable without an error: connected, if the OS agrees.
            Ok(None) => socket.socket.peer_addr().err(),
        };
        if let Some(e) = failure {
            socket.state = State::Closed;
            return Err(e.into());
        }
        socket.state = State::Connected;
        socket.bound = true;
        let (input, output) = socket.streams();
        let input = self.table.push_child(input, self_.rep())?;
        let output = self.table.push_child(output, self_.rep())?;
        Ok((input, output))
    }

    fn start_listen(&mut self, self_: Resource<tcp::TcpSocket>) -> SocketResult<()> {
        let socket = get(self, &self_)?;
        if socket.pending.is_some() {
            return Err(ErrorCode::ConcurrencyConflict.into());
        }
        // In WASI 0.2 a socket must be bound explicitly before listening.
        if !socket.bound || socket.state != State::Default {
            return Err(ErrorCode::InvalidState.into());
        }
        let backlog = i32::try_from(socket.backlog).unwrap_or(i32::MAX);
        socket.socket.listen(backlog)?;
        socket.state = State::Listening;
        socket.pending = Some(Pending::Listen);
        Ok(())
    }

    fn finish_listen(&mut self, self_: Resource<tcp::TcpSocket>) -> SocketResult<()> {
        let socket = get(self, &self_)?;
        if socket.pending != Some(Pending::Listen) {
            return Err(ErrorCode::NotInProgress.into());
        }
        socket.pending = None;
        Ok(())
    }

    fn accept(
        &mut self,
        self_: Resource<tcp::TcpSocket>,
    ) -> SocketResult<(
        Resource<tcp::TcpSocket>,
        Resource<tcp::InputStream>,
        Resource<tcp::OutputStream>,
    )> {
        let socket = get(self, &self_)?;
        if socket.state != State::Listening {
            return Err(ErrorCode::InvalidState.into());
        }
        let family = socket.family;
        let (client, _) = socket.socket.accept().map_err(|e| {
            match rustix::io::Errno::from_io_error(&e) {
                // Linux reports errors already pending on the new
                // connection from `accept`; other systems hand the
                // connection over. Either way this one is gone.
                #[cfg(target_os = "linux")]
                Some(
                    rustix::io::Errno::CONNRESET
                    | rustix::io::Errno::NETRESET
                    | rustix::io::Errno::HOSTUNREACH
                    | rustix::io::Errno::HOSTDOWN
                    | rustix::io::Errno::NETDOWN
                    | rustix::io::Errno::NETUNREACH
                    | rustix::io::Errno::PROTO
                    | rustix::io::Errno::NOPROTOOPT
                    | rustix::io::Errno::NONET
                    | rustix::io::Errno::OPNOTSUPP,
                ) => ErrorCode::ConnectionAborted.into(),
                _ => SocketError::from(e),
            }
        })?;
        client.set_nonblocking(true)?;
        #[cfg(target_vendor = "apple")]
        client.set_nosigpipe(true)?;
        let mut client = TcpSocket::new(client, family, State::Connected);
        let (input, output) = client.streams();
        let client: Resource<tcp::TcpSocket> = self.table.push(client)?;
        let input = self.table.push_child(input, client.rep())?;
        let output = self.table.push_child(output, client.rep())?;
        Ok((client, input, output))
    }

    fn local_address(&mut self, self_: Resource<tcp::TcpSocket>) -> SocketResult<IpSocketAddress> {
        let socket = get(self, &self_)?;
        if !socket.bound || matches!(socket.state, State::Connecting | State::Closed) {
            return Err(ErrorCode::InvalidState.into());
        }
        let local = socket.socket.local_addr()?;
        let local = local.as_socket().ok_or(ErrorCode::Unknown)?;
        Ok(addr::from_std(local))
    }

    fn remote_address(&mut self, self_: Resource<tcp::TcpSocket>) -> SocketResult<IpSocketAddress> {
        let socket = get(self, &self_)?;
        if socket.state != State::Connected {
            return Err(ErrorCode::InvalidState.into());
        }
        let remote = socket.socket.peer_addr()?;
        let remote = remote.as_socket().ok_or(ErrorCode::Unknown)?;
        Ok(addr::from_std(remote))
    }

    fn is_listening(&mut self, self_: Resource<tcp::TcpSocket>) -> Result<bool> {
        Ok(get(self, &self_)?.state == State::Listening)
    }

    fn address_family(&mut self, self_: Resource<tcp::TcpSocket>) -> Result<IpAddressFamily> {
        Ok(get(self, &self_)?.family.into())
    }

    fn set_listen_backlog_size(
        &mut self,
        self_: Resource<tcp::TcpSocket>,
        value: u64,
    ) -> SocketResult<()> {
        let socket = get(self, &self_)?;
        if value == 0 {
            return Err(ErrorCode::InvalidArgument.into());
        }
        // Silently clamped, as operating systems do too.
        let value = u32::try_from(value)
            .unwrap_or(u32::MAX)
            .clamp(1, i32::MAX as u32);
        match socket.state {
            State::Default => {
                socket.backlog = value;
                Ok(())
            }
            State::Listening => {
                // Listening again changes the backlog where the OS allows it.
                let backlog = i32::try_from(value).unwrap_or(i32::MAX);
                if socket.socket.listen(backlog).is_err() {
                    return Err(ErrorCode::NotSupported.into());
                }
                socket.backlog = value;
                Ok(())
            }
            State::Connecting | State::Connected | State::Closed => {
                Err(ErrorCode::InvalidState.into())
            }
        }
    }

    fn keep_alive_enabled(&mut self, self_: Resource<tcp::TcpSocket>) -> SocketResult<bool> {
        Ok(get(self, &self_)?.live()?.keepalive()?)
    }

    fn set_keep_alive_enabled(
        &mut self,
        self_: Resource<tcp::TcpSocket>,
        value: bool,
    ) -> SocketResult<()> {
        get(self, &self_)?.live()?.set_keepalive(value)?;
        Ok(())
    }

    fn keep_alive_idle_time(&mut self, self_: Resource<tcp::TcpSocket>) -> SocketResult<u64> {
        let socket = get(self, &self_)?.live()?;
        Ok(nanos(rustix::net::sockopt::tcp_keepidle(socket)?))
    }

    fn set_keep_alive_idle_time(
        &mut self,
        self_: Resource<tcp::TcpSocket>,
        value: u64,
    ) -> SocketResult<()> {
        let socket = get(self, &self_)?.live()?;
        if value == 0 {
            return Err(ErrorCode::InvalidArgument.into());
        }
        rustix::net::sockopt::set_tcp_keepidle(socket, clamp_keep_alive_time(value))?;
        Ok(())
    }

    fn keep_alive_interval(&mut self, self_: Resource<tcp::TcpSocket>) -> SocketResult<u64> {
        let socket = get(self, &self_)?.live()?;
        Ok(nanos(rustix::net::sockopt::tcp_keepintvl(socket)?))
    }

    fn set_keep_alive_interval(
        &mut self,
        self_: Resource<tcp::TcpSocket>,
        value: u64,
    ) -> SocketResult<()> {
        let socket = get(self, &self_)?.live()?;
        if value == 0 {
            return Err(ErrorCode::InvalidArgument.into());
        }
        rustix::net::sockopt::set_tcp_keepintvl(socket, clamp_keep_alive_time(value))?;
        Ok(())
    }

    fn keep_alive_count(&mut self, self_: Resource<tcp::TcpSocket>) -> SocketResult<u32> {
        let socket = get(self, &self_)?.live()?;
        Ok(rustix::net::sockopt::tcp_keepcnt(socket)?)
    }

    fn set_keep_alive_count(
        &mut self,
        self_: Resource<tcp::TcpSocket>,
        value: u32,
    ) -> SocketResult<()> {
        let socket = get(self, &self_)?.live()?;
        if value == 0 {
            return Err(ErrorCode::InvalidArgument.into());
        }
        // Linux's limit, the lowest of the platforms'.
        rustix::net::sockopt::set_tcp_keepcnt(socket, value.clamp(1, i8::MAX as u32))?;
        Ok(())
    }

    fn hop_limit(&mut self, self_: Resource<tcp::TcpSocket>) -> SocketResult<u8> {
        let socket = get(self, &self_)?;
        sys::hop_limit(socket.live()?, socket.family)
    }

    fn set_hop_limit(&mut self, self_: Resource<tcp::TcpSocket>, value: u8) -> SocketResult<()> {
        let socket = get(self, &self_)?;
        sys::set_hop_limit(socket.live()?, socket.family, value)
    }

    fn receive_buffer_size(&mut self, self_: Resource<tcp::TcpSocket>) -> SocketResult<u64> {
        sys::receive_buffer_size(get(self, &self_)?.live()?)
    }

    fn set_receive_buffer_size(
        &mut self,
        self_: Resource<tcp::TcpSocket>,
        value: u64,
    ) -> SocketResult<()> {
        sys::set_receive_buffer_size(get(self, &self_)?.live()?, value)
    }

    fn send_buffer_size(&mut self, self_: Resource<tcp::TcpSocket>) -> SocketResult<u64> {
        sys::send_buffer_size(get(self, &self_)?.live()?)
    }

    fn set_send_buffer_size(
        &mut self,
        self_: Resource<tcp::TcpSocket>,
        value: u64,
    ) -> SocketResult<()> {
        sys::set_send_buffer_size(get(self, &self_)?.live()?, value)
    }

    fn subscribe(&mut self, self_: Resource<tcp::TcpSocket>) -> Result<Resource<tcp::Pollable>> {
        crate::poll::subscribe::<_, TcpSocket>(self, self_.rep())
    }

    fn shutdown(
        &mut self,
        self_: Resource<tcp::TcpSocket>,
        shutdown_type: ShutdownType,
    ) -> SocketResult<()> {
        let socket = get(self, &self_)?;
        let (Some(reader), Some(writer)) = (&socket.reader, &socket.writer) else {
            return Err(ErrorCode::InvalidState.into());
        };
        if socket.state != State::Connected {
            return Err(ErrorCode::InvalidState.into());
        }
        if matches!(shutdown_type, ShutdownType::Receive | ShutdownType::Both) {
            // Data still queued is discarded: reads see end of input.
            lock(reader).closed = true;
        }
        if matches!(shutdown_type, ShutdownType::Send | ShutdownType::Both) {
            lock(writer).shutdown();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::WasiCtxBuilder;
    use crate::bindings::wasi::io::poll::HostPollable as Poll;
    use crate::bindings::wasi::io::streams::{HostInputStream as In, HostOutputStream as Out};
    use crate::bindings::wasi::sockets::instance_network::Host as _;
    use crate::bindings::wasi::sockets::network::Ipv4SocketAddress;
    use crate::bindings::wasi::sockets::tcp::HostTcpSocket as Tcp;
    use crate::bindings::wasi::sockets::tcp_create_socket::Host as _;

    type Sock = Resource<tcp::TcpSocket>;

    fn b<T: 'static>(r: &Resource<T>) -> Resource<T> {
        Resource::new_borrow(r.rep())
    }

    fn own<T: 'static>(r: Resource<T>) -> Resource<T> {
        Resource::new_own(r.rep())
    }

    fn v4(a: [u8; 4], port: u16) -> IpSocketAddress {
        IpSocketAddress::Ipv4(Ipv4SocketAddress {
            port,
            address: (a[0], a[1], a[2], a[3]),
        })
    }

    fn port_of(addr: &IpSocketAddress) -> u16 {
        addr::to_std(addr).port()
    }

    /// TCP allowed, on loopback addresses only.
    fn loopback_ctx() -> WasiCtx {
        WasiCtxBuilder::new()
            .allow_tcp(true)
            .socket_addr_check(|a, _| a.ip().is_loopback())
            .build()
    }

    fn code<T>(r: SocketResult<T>) -> ErrorCode {
        match r {
            Err(SocketError::Code(c)) => c,
            Err(SocketError::Trap(e)) => panic!("trapped: {e}"),
            Ok(_) => panic!("succeeded"),
        }
    }

    fn is_trap<T>(r: SocketResult<T>) -> bool {
        matches!(r, Err(SocketError::Trap(_)))
    }

    fn socket(ctx: &mut WasiCtx) -> Sock {
        ctx.create_tcp_socket(IpAddressFamily::Ipv4).unwrap()
    }

    fn bind(ctx: &mut WasiCtx, net: &Resource<Network>, s: &Sock, port: u16) {
        Tcp::start_bind(ctx, b(s), b(net), v4([127, 0, 0, 1], port)).unwrap();
        Tcp::finish_bind(ctx, b(s)).unwrap();
    }

    /// A bound, listening socket on 127.0.0.1 and its address.
    fn listener(ctx: &mut WasiCtx, net: &Resource<Network>) -> (Sock, IpSocketAddress) {
        let s = socket(ctx);
        bind(ctx, net, &s, 0);
        Tcp::start_listen(ctx, b(&s)).unwrap();
        Tcp::finish_listen(ctx, b(&s)).unwrap();
        let addr = Tcp::local_address(ctx, b(&s)).unwrap();
        assert_ne!(port_of(&addr), 0);
        (s, addr)
    }

    /// Waits on a socket's pollable until `f` stops saying `would-block`.
    fn wait_for<T>(
        ctx: &mut WasiCtx,
        s: &Sock,
        mut f: impl FnMut(&mut WasiCtx) -> SocketResult<T>,
    ) -> SocketResult<T> {
        let pollable = Tcp::subscribe(ctx, b(s)).unwrap();
        let result = loop {
            match f(ctx) {
                Err(SocketError::Code(ErrorCode::WouldBlock)) => {
                    Poll::block(ctx, b(&pollable)).unwrap()
                }
                other => break other,
            }
        };
        Poll::drop(ctx, pollable).unwrap();
        result
    }

    type Streams = (Resource<tcp::InputStream>, Resource<tcp::OutputStream>);

    fn connect(
        ctx: &mut WasiCtx,
        net: &Resource<Network>,
        s: &Sock,
        to: &IpSocketAddress,
    ) -> SocketResult<Streams> {
        Tcp::start_connect(ctx, b(s), b(net), to.clone())?;
        wait_for(ctx, s, |ctx| Tcp::finish_connect(ctx, b(s)))
    }

    /// Reads exactly `len` bytes, blocking.
    fn read_exactly(ctx: &mut WasiCtx, input: &Resource<tcp::InputStream>, len: usize) -> Vec<u8> {
        let mut got = Vec::new();
        while got.len() < len {
            let chunk = In::blocking_read(ctx, b(input), (len - got.len()) as u64).unwrap();
            got.extend(chunk);
        }
        got
    }

    #[test]
    fn denied_by_default() {
        let mut ctx = WasiCtxBuilder::new().build();
        assert_eq!(
            code(ctx.create_tcp_socket(IpAddressFamily::Ipv4)),
            ErrorCode::AccessDenied
        );
        assert_eq!(
            code(ctx.create_tcp_socket(IpAddressFamily::Ipv6)),
            ErrorCode::AccessDenied
        );
        assert!(ctx.table.is_empty());

        // Creation allowed, but no address passes the check.
        let mut ctx = WasiCtxBuilder::new().allow_tcp(true).build();
        let net = ctx.instance_network().unwrap();
        let s = socket(&mut ctx);
        let local = v4([127, 0, 0, 1], 0);
        assert_eq!(
            code(Tcp::start_bind(&mut ctx, b(&s), b(&net), local)),
            ErrorCode::AccessDenied
        );
        // Nothing happened: the socket is still unbound.
        assert_eq!(
            code(Tcp::finish_bind(&mut ctx, b(&s))),
            ErrorCode::NotInProgress
        );
        assert_eq!(
            code(Tcp::local_address(&mut ctx, b(&s))),
            ErrorCode::InvalidState
        );
        let remote = v4([127, 0, 0, 1], 9);
        assert_eq!(
            code(Tcp::start_connect(&mut ctx, b(&s), b(&net), remote)),
            ErrorCode::AccessDenied
        );

        // Binding allowed, connecting not: the check sees each use.
        let mut ctx = WasiCtxBuilder::new()
            .allow_tcp(true)
            .socket_addr_check(|_, use_| use_ == SocketAddrUse::TcpBind)
            .build();
        let net = ctx.instance_network().unwrap();
        let s = socket(&mut ctx);
        bind(&mut ctx, &net, &s, 0);
        let remote = v4([127, 0, 0, 1], 9);
        assert_eq!(
            code(Tcp::start_connect(&mut ctx, b(&s), b(&net), remote)),
            ErrorCode::AccessDenied
        );
    }

    #[test]
    fn loopback_echo() {
        let mut ctx = loopback_ctx();
        let net = ctx.instance_network().unwrap();
        let (server, server_addr) = listener(&mut ctx, &net);
        assert!(Tcp::is_listening(&mut ctx, b(&server)).unwrap());

        let client = socket(&mut ctx);
        let (c_in, c_out) = connect(&mut ctx, &net, &client, &server_addr).unwrap();
        assert!(!Tcp::is_listening(&mut ctx, b(&client)).unwrap());
        let (conn, s_in, s_out) =
            wait_for(&mut ctx, &server, |ctx| Tcp::accept(ctx, b(&server))).unwrap();

        // The two ends agree on their addresses.
        let c_local = addr::to_std(&Tcp::local_address(&mut ctx, b(&client)).unwrap());
        let c_remote = addr::to_std(&Tcp::remote_address(&mut ctx, b(&client)).unwrap());
        let s_local = addr::to_std(&Tcp::local_address(&mut ctx, b(&conn)).unwrap());
        let s_remote = addr::to_std(&Tcp::remote_address(&mut ctx, b(&conn)).unwrap());
        assert_eq!(c_remote, addr::to_std(&server_addr));
        assert_eq!(s_local, c_remote);
        assert_eq!(s_remote, c_local);
        assert_eq!(
            Tcp::address_family(&mut ctx, b(&conn)).unwrap(),
            IpAddressFamily::Ipv4
        );

        // Nothing to read yet: a non-blocking read is empty, the stream's
        // pollable is not ready.
        assert_eq!(In::read(&mut ctx, b(&s_in), 10).unwrap(), b"");
        let s_in_ready = In::subscribe(&mut ctx, b(&s_in)).unwrap();
        assert!(!Poll::ready(&mut ctx, b(&s_in_ready)).unwrap());

        Out::blocking_write_and_flush(&mut ctx, b(&c_out), b"hello, canon".to_vec()).unwrap();
        Poll::block(&mut ctx, b(&s_in_ready)).unwrap();
        assert!(Poll::ready(&mut ctx, b(&s_in_ready)).unwrap());
        let got = read_exactly(&mut ctx, &s_in, 12);
        assert_eq!(got, b"hello, canon");

        // Writing more than any permit traps.
        assert!(matches!(
            Out::write(&mut ctx, b(&s_out), vec![0; MAX_CHUNK + 1]),
            Err(StreamError::Trap(_))
        ));
        // Echo it back, with the non-blocking write.
        let permit = Out::check_write(&mut ctx, b(&s_out)).unwrap();
        assert!(permit >= got.len() as u64);
        Out::write(&mut ctx, b(&s_out), got).unwrap();
        Out::flush(&mut ctx, b(&s_out)).unwrap();
        assert_eq!(read_exactly(&mut ctx, &c_in, 12), b"hello, canon");

        // Shutting the client's sending side down ends the server's input,
        // and closes the client's output stream; the other way still works.
        Tcp::shutdown(&mut ctx, b(&client), ShutdownType::Send).unwrap();
        Tcp::shutdown(&mut ctx, b(&client), ShutdownType::Send).unwrap();
        assert!(matches!(
            Out::check_write(&mut ctx, b(&c_out)),
            Err(StreamError::Closed)
        ));
        assert!(matches!(
            In::blocking_read(&mut ctx, b(&s_in), 10),
            Err(StreamError::Closed)
        ));
        Out::blocking_write_and_flush(&mut ctx, b(&s_out), b"bye".to_vec()).unwrap();
        assert_eq!(read_exactly(&mut ctx, &c_in, 3), b"bye");

        // Shutting the server's receiving side closes its input stream.
        Tcp::shutdown(&mut ctx, b(&conn), ShutdownType::Receive).unwrap();
        assert!(matches!(
            In::read(&mut ctx, b(&s_in), 1),
            Err(StreamError::Closed)
        ));

        // A socket cannot go while its streams or pollables live.
        assert!(Tcp::drop(&mut ctx, own(b(&conn))).is_err());
        Poll::drop(&mut ctx, s_in_ready).unwrap();
        // Dropping the server's output stream sends its FIN.
        In::drop(&mut ctx, s_in).unwrap();
        Out::drop(&mut ctx, s_out).unwrap();
        assert!(matches!(
            In::blocking_read(&mut ctx, b(&c_in), 10),
            Err(StreamError::Closed)
        ));
        Tcp::drop(&mut ctx, conn).unwrap();
        In::drop(&mut ctx, c_in).unwrap();
        Out::drop(&mut ctx, c_out).unwrap();
        Tcp::drop(&mut ctx, client).unwrap();
        Tcp::drop(&mut ctx, server).unwrap();
        crate::bindings::wasi::sockets::network::HostNetwork::drop(&mut ctx, net).unwrap();
        assert!(ctx.table.is_empty());
    }

    #[test]
    fn bulk_transfer_with_backpressure() {
        const TOTAL: usize = 4 << 20;
        let mut ctx = loopback_ctx();
        let net = ctx.instance_network().unwrap();
        // Small buffers make the kernel push back early (the accepted
        // socket inherits the listener's).
        let server = socket(&mut ctx);
        Tcp::set_receive_buffer_size(&mut ctx, b(&server), 4096).unwrap();
        bind(&mut ctx, &net, &server, 0);
        Tcp::start_listen(&mut ctx, b(&server)).unwrap();
        Tcp::finish_listen(&mut ctx, b(&server)).unwrap();
        let server_addr = Tcp::local_address(&mut ctx, b(&server)).unwrap();
        let client = socket(&mut ctx);
        Tcp::set_send_buffer_size(&mut ctx, b(&client), 4096).unwrap();
        let (_c_in, c_out) = connect(&mut ctx, &net, &client, &server_addr).unwrap();
        let (_conn, s_in, _s_out) =
            wait_for(&mut ctx, &server, |ctx| Tcp::accept(ctx, b(&server))).unwrap();

        let data: Vec<u8> = (0..TOTAL).map(|i| (i * 7 + i / 4096) as u8).collect();
        let out_ready = Out::subscribe(&mut ctx, b(&c_out)).unwrap();
        let in_ready = In::subscribe(&mut ctx, b(&s_in)).unwrap();
        let (mut written, mut received) = (0, Vec::with_capacity(TOTAL));
        let mut saw_backpressure = false;
        while received.len() < TOTAL {
            let mut progressed = false;
            // Write as much as the stream takes, then read a little.
            while written < TOTAL {
                let permit = Out::check_write(&mut ctx, b(&c_out)).unwrap() as usize;
                if permit == 0 {
                    saw_backpressure = true;
                    break;
                }
                let n = permit.min(TOTAL - written);
                Out::write(&mut ctx, b(&c_out), data[written..written + n].to_vec()).unwrap();
                written += n;
                progressed = true;
            }
            let chunk = In::read(&mut ctx, b(&s_in), 16 << 10).unwrap();
            progressed |= !chunk.is_empty();
            received.extend(chunk);
            if !progressed {
                crate::poll::poll(&mut ctx, &[out_ready.rep(), in_ready.rep()]).unwrap();
            }
        }
        assert!(saw_backpressure, "the writer never had to wait");
        assert!(received == data, "the bytes differ");
    }

    #[test]
    fn dropping_an_output_stream_delivers_what_was_written() {
        let mut ctx = loopback_ctx();
        let net = ctx.instance_network().unwrap();
        let (server, server_addr) = listener(&mut ctx, &net);
        let client = socket(&mut ctx);
        Tcp::set_send_buffer_size(&mut ctx, b(&client), 4096).unwrap();
        let (_c_in, c_out) = connect(&mut ctx, &net, &client, &server_addr).unwrap();
        let (_conn, s_in, _s_out) =
            wait_for(&mut ctx, &server, |ctx| Tcp::accept(ctx, b(&server))).unwrap();
        // Write until the kernel pushes back, so that some data is queued.
        let mut written = 0u64;
        loop {
            let permit = Out::check_write(&mut ctx, b(&c_out)).unwrap();
            if permit == 0 {
                break;
            }
            Out::write(&mut ctx, b(&c_out), vec![0xab; permit as usize]).unwrap();
            written += permit;
        }
        // Dropping does not wait for the peer, and loses nothing.
        Out::drop(&mut ctx, c_out).unwrap();
        let mut received = 0u64;
        loop {
            match In::blocking_read(&mut ctx, b(&s_in), 1 << 20) {
                Ok(chunk) => {
                    assert!(chunk.iter().all(|&x| x == 0xab));
                    received += chunk.len() as u64;
                }
                Err(StreamError::Closed) => break,
                Err(e) => panic!("{e}"),
            }
        }
        assert_eq!(received, written);
    }

    #[test]
    fn state_machine_errors() {
        let mut ctx = loopback_ctx();
        let net = ctx.instance_network().unwrap();
        let s = socket(&mut ctx);
        // Unbound.
        assert_eq!(
            code(Tcp::start_listen(&mut ctx, b(&s))),
            ErrorCode::InvalidState
        );
        assert_eq!(
            code(Tcp::finish_bind(&mut ctx, b(&s))),
            ErrorCode::NotInProgress
        );
        assert_eq!(
            code(Tcp::finish_listen(&mut ctx, b(&s))),
            ErrorCode::NotInProgress
        );
        assert!(matches!(
            Tcp::finish_connect(&mut ctx, b(&s)),
            Err(SocketError::Code(ErrorCode::NotInProgress))
        ));
        assert!(matches!(
            Tcp::accept(&mut ctx, b(&s)),
            Err(SocketError::Code(ErrorCode::InvalidState))
        ));
        assert_eq!(
            code(Tcp::local_address(&mut ctx, b(&s))),
            ErrorCode::InvalidState
        );
        assert_eq!(
            code(Tcp::remote_address(&mut ctx, b(&s))),
            ErrorCode::InvalidState
        );
        assert_eq!(
            code(Tcp::shutdown(&mut ctx, b(&s), ShutdownType::Both)),
            ErrorCode::InvalidState
        );
        // Bad addresses.
        let bad = [
            v4([127, 0, 0, 1], 0),  // port 0
            v4([0, 0, 0, 0], 80),   // the wildcard
            v4([224, 0, 0, 1], 80), // multicast
        ];
        for remote in bad {
            assert_eq!(
                code(Tcp::start_connect(&mut ctx, b(&s), b(&net), remote)),
                ErrorCode::InvalidArgument
            );
        }
        let v6 = addr::from_std("[::1]:0".parse().unwrap());
        assert_eq!(
            code(Tcp::start_bind(&mut ctx, b(&s), b(&net), v6)),
            ErrorCode::InvalidArgument
        );
        assert_eq!(
            code(Tcp::start_bind(
                &mut ctx,
                b(&s),
                b(&net),
                v4([224, 0, 0, 1], 0)
            )),
            ErrorCode::InvalidArgument
        );
        // Bind: once in progress, a second is a conflict; once done, it is
        // done.
        Tcp::start_bind(&mut ctx, b(&s), b(&net), v4([127, 0, 0, 1], 0)).unwrap();
        assert_eq!(
            code(Tcp::start_bind(
                &mut ctx,
                b(&s),
                b(&net),
                v4([127, 0, 0, 1], 0)
            )),
            ErrorCode::ConcurrencyConflict
        );
        assert_eq!(
            code(Tcp::start_listen(&mut ctx, b(&s))),
            ErrorCode::ConcurrencyConflict
        );
        Tcp::finish_bind(&mut ctx, b(&s)).unwrap();
        assert_eq!(
            code(Tcp::finish_bind(&mut ctx, b(&s))),
            ErrorCode::NotInProgress
        );
        assert_eq!(
            code(Tcp::start_bind(
                &mut ctx,
                b(&s),
                b(&net),
                v4([127, 0, 0, 1], 0)
            )),
            ErrorCode::InvalidState
        );
        assert!(Tcp::local_address(&mut ctx, b(&s)).is_ok());
        // Listening.
        assert_eq!(
            code(Tcp::set_listen_backlog_size(&mut ctx, b(&s), 0)),
            ErrorCode::InvalidArgument
        );
        Tcp::set_listen_backlog_size(&mut ctx, b(&s), 16).unwrap();
        Tcp::set_listen_backlog_size(&mut ctx, b(&s), u64::MAX).unwrap();
        Tcp::start_listen(&mut ctx, b(&s)).unwrap();
        Tcp::finish_listen(&mut ctx, b(&s)).unwrap();
        assert_eq!(
            code(Tcp::start_listen(&mut ctx, b(&s))),
            ErrorCode::InvalidState
        );
        let somewhere = v4([127, 0, 0, 1], 9);
        assert_eq!(
            code(Tcp::start_connect(&mut ctx, b(&s), b(&net), somewhere)),
            ErrorCode::InvalidState
        );
        assert!(matches!(
            Tcp::accept(&mut ctx, b(&s)),
            Err(SocketError::Code(ErrorCode::WouldBlock))
        ));
        // A listener's pollable waits for a client.
        let pollable = Tcp::subscribe(&mut ctx, b(&s)).unwrap();
        assert!(!Poll::ready(&mut ctx, b(&pollable)).unwrap());
        Poll::drop(&mut ctx, pollable).unwrap();
        assert_eq!(
            code(Tcp::shutdown(&mut ctx, b(&s), ShutdownType::Both)),
            ErrorCode::InvalidState
        );
    }

    #[test]
    fn a_refused_connect_closes_the_socket() {
        let mut ctx = loopback_ctx();
        let net = ctx.instance_network().unwrap();
        // A port nobody listens on: bound, then closed.
        let (gone, addr) = listener(&mut ctx, &net);
        Tcp::drop(&mut ctx, gone).unwrap();
        let s = socket(&mut ctx);
        assert!(matches!(
            connect(&mut ctx, &net, &s, &addr),
            Err(SocketError::Code(ErrorCode::ConnectionRefused))
        ));
        // Closed: only drop is left.
        assert_eq!(
            code(Tcp::start_connect(&mut ctx, b(&s), b(&net), addr)),
            ErrorCode::InvalidState
        );
        assert_eq!(
            code(Tcp::keep_alive_enabled(&mut ctx, b(&s))),
            ErrorCode::InvalidState
        );
        assert_eq!(
            code(Tcp::start_listen(&mut ctx, b(&s))),
            ErrorCode::InvalidState
        );
        assert_eq!(
            code(Tcp::local_address(&mut ctx, b(&s))),
            ErrorCode::InvalidState
        );
        Tcp::drop(&mut ctx, s).unwrap();
    }

    #[test]
    fn options() {
        let mut ctx = loopback_ctx();
        let s = socket(&mut ctx);
        Tcp::set_keep_alive_enabled(&mut ctx, b(&s), true).unwrap();
        assert!(Tcp::keep_alive_enabled(&mut ctx, b(&s)).unwrap());
        Tcp::set_keep_alive_enabled(&mut ctx, b(&s), false).unwrap();
        assert!(!Tcp::keep_alive_enabled(&mut ctx, b(&s)).unwrap());
        // Times are settable while keep-alive is off, in whole seconds.
        assert_eq!(
            code(Tcp::set_keep_alive_idle_time(&mut ctx, b(&s), 0)),
            ErrorCode::InvalidArgument
        );
        Tcp::set_keep_alive_idle_time(&mut ctx, b(&s), 2 * NANOS_PER_SEC).unwrap();
        assert_eq!(
            Tcp::keep_alive_idle_time(&mut ctx, b(&s)).unwrap(),
            2 * NANOS_PER_SEC
        );
        // Below a second is one second, never zero.
        Tcp::set_keep_alive_idle_time(&mut ctx, b(&s), 1).unwrap();
        assert_eq!(
            Tcp::keep_alive_idle_time(&mut ctx, b(&s)).unwrap(),
            NANOS_PER_SEC
        );
        assert_eq!(
            code(Tcp::set_keep_alive_interval(&mut ctx, b(&s), 0)),
            ErrorCode::InvalidArgument
        );
        Tcp::set_keep_alive_interval(&mut ctx, b(&s), 3 * NANOS_PER_SEC).unwrap();
        assert_eq!(
            Tcp::keep_alive_interval(&mut ctx, b(&s)).unwrap(),
            3 * NANOS_PER_SEC
        );
        assert_eq!(
            code(Tcp::set_keep_alive_count(&mut ctx, b(&s), 0)),
            ErrorCode::InvalidArgument
        );
        Tcp::set_keep_alive_count(&mut ctx, b(&s), 5).unwrap();
        assert_eq!(Tcp::keep_alive_count(&mut ctx, b(&s)).unwrap(), 5);
        assert_eq!(
            code(Tcp::set_hop_limit(&mut ctx, b(&s), 0)),
            ErrorCode::InvalidArgument
        );
        Tcp::set_hop_limit(&mut ctx, b(&s), 33).unwrap();
        assert_eq!(Tcp::hop_limit(&mut ctx, b(&s)).unwrap(), 33);
        assert_eq!(
            code(Tcp::set_receive_buffer_size(&mut ctx, b(&s), 0)),
            ErrorCode::InvalidArgument
        );
        assert_eq!(
            code(Tcp::set_send_buffer_size(&mut ctx, b(&s), 0)),
            ErrorCode::InvalidArgument
        );
        Tcp::set_receive_buffer_size(&mut ctx, b(&s), 1 << 16).unwrap();
        Tcp::set_send_buffer_size(&mut ctx, b(&s), 1 << 16).unwrap();
        assert!(Tcp::receive_buffer_size(&mut ctx, b(&s)).unwrap() > 0);
        assert!(Tcp::send_buffer_size(&mut ctx, b(&s)).unwrap() > 0);
        // An unconnected socket's pollable is ready: nothing is pending.
        let pollable = Tcp::subscribe(&mut ctx, b(&s)).unwrap();
        assert!(Poll::ready(&mut ctx, b(&pollable)).unwrap());
        Poll::block(&mut ctx, b(&pollable)).unwrap();
    }

    #[test]
    fn bad_handles_trap() {
        let mut ctx = loopback_ctx();
        let net = ctx.instance_network().unwrap();
        let s = socket(&mut ctx);
        let nothing: Sock = Resource::new_borrow(999);
        let local = v4([127, 0, 0, 1], 0);
        assert!(is_trap(Tcp::start_bind(
            &mut ctx,
            nothing,
            b(&net),
            local.clone()
        )));
        // A socket handle where a network belongs, and the other way round.
        let not_a_network = Resource::new_borrow(s.rep());
        assert!(is_trap(Tcp::start_bind(
            &mut ctx,
            b(&s),
            not_a_network,
            local.clone()
        )));
        let not_a_socket = Resource::new_borrow(net.rep());
        assert!(is_trap(Tcp::start_bind(
            &mut ctx,
            not_a_socket,
            b(&net),
            local
        )));
        assert!(Tcp::is_listening(&mut ctx, Resource::new_borrow(999)).is_err());
        assert!(Tcp::address_family(&mut ctx, Resource::new_borrow(net.rep())).is_err());
        assert!(Tcp::subscribe(&mut ctx, Resource::new_borrow(999)).is_err());
        assert!(is_trap(Tcp::accept(&mut ctx, Resource::new_borrow(999))));
        assert!(Tcp::drop(&mut ctx, Resource::new_own(net.rep())).is_err());
        Tcp::drop(&mut ctx, s).unwrap();
        assert!(Tcp::drop(&mut ctx, Resource::new_own(999)).is_err());
    }
}
