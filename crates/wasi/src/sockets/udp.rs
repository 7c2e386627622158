//! `wasi:sockets/udp` and `udp-create-socket`: UDP sockets, and the
//! incoming and outgoing datagram streams `stream` makes of a bound one.

use std::net::SocketAddr;
use std::sync::Arc;

use canon_host::{Resource, Result};
use socket2::SockRef;

use super::addr::{self, Family};
use super::sys::{self, Interest};
use super::{ErrorCode, SocketError, SocketResult, check_network};
use crate::bindings::wasi::sockets::network::{IpAddressFamily, IpSocketAddress, Network};
use crate::bindings::wasi::sockets::udp::{self, IncomingDatagram, OutgoingDatagram};
use crate::bindings::wasi::sockets::udp_create_socket;
use crate::poll::Subscribe;
use crate::table::trap;
use crate::{SocketAddrUse, WasiCtx};

/// The largest datagram payload accepted (the theoretical limit; the real
/// one is lower and the OS reports it).
const MAX_DATAGRAM_SIZE: usize = u16::MAX as usize;

/// The most datagrams one `receive` returns and one `check-send` permits,
/// as wasmtime-wasi allows.
const MAX_DATAGRAMS: usize = 16;

/// The most payload bytes one `receive` gathers (past the first datagram).
const MAX_RECEIVE_BYTES: usize = 1 << 20;

/// The table value behind a `udp-socket` handle.
pub(crate) struct UdpSocket {
    /// Shared with the socket's datagram streams while they live.
    socket: Arc<std::net::UdpSocket>,
    family: Family,
    bind_pending: bool,
    bound: bool,
    /// The peer `stream` connected to, if any.
    remote: Option<SocketAddr>,
}

/// The table value behind an `incoming-datagram-stream` handle.
pub(crate) struct IncomingDatagramStream {
    socket: Arc<std::net::UdpSocket>,
    remote: Option<SocketAddr>,
}

impl Subscribe for IncomingDatagramStream {
    fn ready(&mut self) -> bool {
        sys::ready_now(&*self.socket, Interest::Read)
    }
    fn block(&mut self) {
        sys::block_on(&*self.socket, Interest::Read);
    }
}

/// The table value behind an `outgoing-datagram-stream` handle.
pub(crate) struct OutgoingDatagramStream {
    socket: Arc<std::net::UdpSocket>,
    family: Family,
    remote: Option<SocketAddr>,
    /// How many datagrams the last `check-send` permitted.
    permit: usize,
}

impl Subscribe for OutgoingDatagramStream {
    fn ready(&mut self) -> bool {
        sys::ready_now(&*self.socket, Interest::Write)
    }
    fn block(&mut self) {
        sys::block_on(&*self.socket, Interest::Write);
    }
}

impl OutgoingDatagramStream {
    /// Sends one datagram, after the checks the WIT lists and the
    /// embedder's.
    fn send_one(
        &self,
        policy: &crate::SocketPolicy,
        datagram: &OutgoingDatagram,
    ) -> SocketResult<()> {
        if datagram.data.len() > MAX_DATAGRAM_SIZE {
            return Err(ErrorCode::DatagramTooLarge.into());
        }
        let target = match (&datagram.remote_address, self.remote) {
            (Some(given), connected) => {
                let given = addr::to_std(given);
                if !addr::is_valid_remote(given) || !addr::family_matches(given.ip(), self.family) {
                    return Err(ErrorCode::InvalidArgument.into());
                }
                // A connected stream sends only to its peer.
                if connected.is_some_and(|c| c != given) {
                    return Err(ErrorCode::InvalidArgument.into());
                }
                given
            }
            (None, Some(connected)) => connected,
            (None, None) => return Err(ErrorCode::InvalidArgument.into()),
        };
        if !policy.allows(target, SocketAddrUse::UdpOutgoingDatagram) {
            return Err(ErrorCode::AccessDenied.into());
        }
        let sent = if self.remote == Some(target) {
            self.socket.send(&datagram.data)
        } else {
            self.socket.send_to(&datagram.data, target)
        };
        sent?;
        Ok(())
    }
}

fn get<'a>(ctx: &'a mut WasiCtx, socket: &Resource<udp::UdpSocket>) -> Result<&'a mut UdpSocket> {
    ctx.table.get_mut::<_, UdpSocket>(socket)
}

/// Dissolves a UDP socket's association with its peer.
fn disconnect(socket: &std::net::UdpSocket) -> SocketResult<()> {
    match rustix::net::connect_unspec(socket) {
        // The BSDs report an error even when the socket was disconnected.
        #[cfg(target_vendor = "apple")]
        Err(rustix::io::Errno::INVAL | rustix::io::Errno::AFNOSUPPORT) => Ok(()),
        Err(e) => Err(e.into()),
        Ok(()) => Ok(()),
    }
}

/// Connects a UDP socket to `remote` (a local operation: it only sets the
/// peer and may pick a local address).
fn connect(socket: &std::net::UdpSocket, remote: SocketAddr) -> SocketResult<()> {
    match socket.connect(remote) {
        Ok(()) => Ok(()),
        Err(e) => match rustix::io::Errno::from_io_error(&e) {
            // Linux does not move a connected socket to the interface of a
            // new route by itself: disconnect and connect again.
            #[cfg(target_os = "linux")]
            Some(rustix::io::Errno::INVAL) => {
                disconnect(socket)?;
                socket.connect(remote)?;
                Ok(())
            }
            Some(rustix::io::Errno::AFNOSUPPORT) => Err(ErrorCode::InvalidArgument.into()),
            _ => Err(e.into()),
        },
    }
}

impl udp_create_socket::Host for WasiCtx {
    fn create_udp_socket(
        &mut self,
        address_family: IpAddressFamily,
    ) -> SocketResult<Resource<udp::UdpSocket>> {
        if !self.sockets.udp {
            return Err(ErrorCode::AccessDenied.into());
        }
        let family = Family::from(address_family);
        let socket = sys::new_socket(family, socket2::Type::DGRAM, socket2::Protocol::UDP)?;
        Ok(self.table.push(UdpSocket {
            socket: Arc::new(socket.into()),
            family,
            bind_pending: false,
            bound: false,
            remote: None,
        })?)
    }
}

impl udp::Host for WasiCtx {}

impl udp::HostUdpSocket for WasiCtx {
    fn drop(&mut self, rep: Resource<udp::UdpSocket>) -> Result<()> {
        self.table.delete::<_, UdpSocket>(rep)?;
        Ok(())
    }

    fn start_bind(
        &mut self,
        self_: Resource<udp::UdpSocket>,
        network: Resource<Network>,
        local_address: IpSocketAddress,
    ) -> SocketResult<()> {
        check_network(self, &network)?;
        let local = addr::to_std(&local_address);
        let policy = &self.sockets;
        let socket = self.table.get_mut::<_, UdpSocket>(&self_)?;
        if socket.bind_pending {
            return Err(ErrorCode::ConcurrencyConflict.into());
        }
        if socket.bound {
            return Err(ErrorCode::InvalidState.into());
        }
        if !addr::family_matches(local.ip(), socket.family) {
            return Err(ErrorCode::InvalidArgument.into());
        }
        if !policy.allows(local, SocketAddrUse::UdpBind) {
            return Err(ErrorCode::AccessDenied.into());
        }
        SockRef::from(&*socket.socket)
            .bind(&local.into())
            .map_err(|e| match rustix::io::Errno::from_io_error(&e) {
                Some(rustix::io::Errno::AFNOSUPPORT) => ErrorCode::InvalidArgument.into(),
                #[cfg(windows)]
                Some(rustix::io::Errno::NOBUFS) => ErrorCode::AddressInUse.into(),
                _ => SocketError::from(e),
            })?;
        socket.bound = true;
        socket.bind_pending = true;
        Ok(())
    }

    fn finish_bind(&mut self, self_: Resource<udp::UdpSocket>) -> SocketResult<()> {
        let socket = get(self, &self_)?;
        if !socket.bind_pending {
            return Err(ErrorCode::NotInProgress.into());
        }
        socket.bind_pending = false;
        Ok(())
    }

    fn stream(
        &mut self,
        self_: Resource<udp::UdpSocket>,
        remote_address: Option<IpSocketAddress>,
    ) -> SocketResult<(
        Resource<udp::IncomingDatagramStream>,
        Resource<udp::OutgoingDatagramStream>,
    )> {
        let policy = &self.sockets;
        let socket = self.table.get_mut::<_, UdpSocket>(&self_)?;
        // Only the streams hold the socket besides its handle.
        if Arc::strong_count(&socket.socket) > 1 {
            return Err(SocketError::Trap(trap(
                "udp-socket.stream: the streams of the previous call are not dropped yet",
            )));
        }
        // In WASI 0.2 a socket must be bound explicitly first.
        if !socket.bound {
            return Err(ErrorCode::InvalidState.into());
        }
        let family = socket.family;
        match remote_address {
            Some(remote) => {
                let remote = addr::to_std(&remote);
                if !addr::family_matches(remote.ip(), family) || !addr::is_valid_remote(remote) {
                    return Err(ErrorCode::InvalidArgument.into());
                }
                if !policy.allows(remote, SocketAddrUse::UdpConnect) {
                    return Err(ErrorCode::AccessDenied.into());
                }
                let connected = connect(&socket.socket, remote);
                socket.remote = socket
                    .socket
                    .peer_addr()
                    .ok()
                    .filter(|peer| *peer != addr::unspecified(family));
                connected?;
            }
            None if socket.remote.is_some() => {
                let local = socket.socket.local_addr()?;
                disconnect(&socket.socket)?;
                socket.remote = None;
                // Linux gives up a port the OS picked (bound with port 0)
                // when disconnecting; take it back, so that the socket
                // stays bound where it was.
                if let Ok(now) = socket.socket.local_addr()
                    && now.port() == 0
                    && local.port() != 0
                {
                    let _ = SockRef::from(&*socket.socket).bind(&local.into());
                }
            }
            None => {}
        }
        let incoming = IncomingDatagramStream {
            socket: Arc::clone(&socket.socket),
            remote: socket.remote,
        };
        let outgoing = OutgoingDatagramStream {
            socket: Arc::clone(&socket.socket),
            family,
            remote: socket.remote,
            permit: 0,
        };
        let incoming = self.table.push_child(incoming, self_.rep())?;
        let outgoing = self.table.push_child(outgoing, self_.rep())?;
        Ok((incoming, outgoing))
    }

    fn local_address(&mut self, self_: Resource<udp::UdpSocket>) -> SocketResult<IpSocketAddress> {
        let socket = get(self, &self_)?;
        if !socket.bound {
            return Err(ErrorCode::InvalidState.into());
        }
        Ok(addr::from_std(socket.socket.local_addr()?))
    }

    fn remote_address(&mut self, self_: Resource<udp::UdpSocket>) -> SocketResult<IpSocketAddress> {
        let socket = get(self, &self_)?;
        let remote = socket.remote.ok_or(ErrorCode::InvalidState)?;
        Ok(addr::from_std(remote))
    }

    fn address_family(&mut self, self_: Resource<udp::UdpSocket>) -> Result<IpAddressFamily> {
        Ok(get(self, &self_)?.family.into())
    }

    fn unicast_hop_limit(&mut self, self_: Resource<udp::UdpSocket>) -> SocketResult<u8> {
        let socket = get(self, &self_)?;
        sys::hop_limit(&SockRef::from(&*socket.socket), socket.family)
    }

    fn set_unicast_hop_limit(
        &mut self,
        self_: Resource<udp::UdpSocket>,
        value: u8,
    ) -> SocketResult<()> {
        let socket = get(self, &self_)?;
        sys::set_hop_limit(&SockRef::from(&*socket.socket), socket.family, value)
    }

    fn receive_buffer_size(&mut self, self_: Resource<udp::UdpSocket>) -> SocketResult<u64> {
        sys::receive_buffer_size(&SockRef::from(&*get(self, &self_)?.socket))
    }

    fn set_receive_buffer_size(
        &mut self,
        self_: Resource<udp::UdpSocket>,
        value: u64,
    ) -> SocketResult<()> {
        sys::set_receive_buffer_size(&SockRef::from(&*get(self, &self_)?.socket), value)
    }

    fn send_buffer_size(&mut self, self_: Resource<udp::UdpSocket>) -> SocketResult<u64> {
        sys::send_buffer_size(&SockRef::from(&*get(self, &self_)?.socket))
    }

    fn set_send_buffer_size(
        &mut self,
        self_: Resource<udp::UdpSocket>,
        value: u64,
    ) -> SocketResult<()> {
        sys::set_send_buffer_size(&SockRef::from(&*get(self, &self_)?.socket), value)
    }

    fn subscribe(&mut self, self_: Resource<udp::UdpSocket>) -> Result<Resource<udp::Pollable>> {
        // No operation of the socket itself ever waits.
        get(self, &self_)?;
        let ready = crate::poll::Pollable {
            target: crate::poll::PollTarget::Ready,
        };
        self.table.push_child(ready, self_.rep())
    }
}

impl udp::HostIncomingDatagramStream for WasiCtx {
    fn drop(&mut self, rep: Resource<udp::IncomingDatagramStream>) -> Result<()> {
        self.table.delete::<_, IncomingDatagramStream>(rep)?;
        Ok(())
    }

    fn receive(
        &mut self,
        self_: Resource<udp::IncomingDatagramStream>,
        max_results: u64,
    ) -> SocketResult<Vec<IncomingDatagram>> {
        let stream = self.table.get_mut::<_, IncomingDatagramStream>(&self_)?;
        let max = usize::try_from(max_results)
            .unwrap_or(usize::MAX)
            .min(MAX_DATAGRAMS);
        let mut datagrams = Vec::new();
        let mut total = 0;
        let mut buf = vec![0; MAX_DATAGRAM_SIZE];
        while datagrams.len() < max && total < MAX_RECEIVE_BYTES {
            match stream.socket.recv_from(&mut buf) {
                Ok((n, from)) => {
                    // The OS filters by the connected peer, but nothing
                    // guarantees it for datagrams queued before `stream`.
                    if stream.remote.is_some_and(|remote| remote != from) {
                        continue;
                    }
                    total += n + 1;
                    datagrams.push(IncomingDatagram {
                        data: buf[..n].to_vec(),
                        remote_address: addr::from_std(from),
                    });
                }
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::Interrupted
                    ) =>
                {
                    break;
                }
                // What was received is returned; the error comes next time.
                Err(_) if !datagrams.is_empty() => break,
                Err(e) => return Err(e.into()),
            }
        }
        Ok(datagrams)
    }

    fn subscribe(
        &mut self,
        self_: Resource<udp::IncomingDatagramStream>,
    ) -> Result<Resource<udp::Pollable>> {
        crate::poll::subscribe::<_, IncomingDatagramStream>(self, self_.rep())
    }
}

impl udp::HostOutgoingDatagramStream for WasiCtx {
    fn drop(&mut self, rep: Resource<udp::OutgoingDatagramStream>) -> Result<()> {
        self.table.delete::<_, OutgoingDatagramStream>(rep)?;
        Ok(())
    }

    fn check_send(&mut self, self_: Resource<udp::OutgoingDatagramStream>) -> SocketResult<u64> {
        let stream = self.table.get_mut::<_, OutgoingDatagramStream>(&self_)?;
        stream.permit = if sys::ready_now(&*stream.socket, Interest::Write) {
            MAX_DATAGRAMS
        } else {
            0
        };
        Ok(stream.permit as u64)
    }

    fn send(
        &mut self,
        self_: Resource<udp::OutgoingDatagramStream>,
        datagrams: Vec<OutgoingDatagram>,
    ) -> SocketResult<u64> {
        let policy = &self.sockets;
        let stream = self.table.get_mut::<_, OutgoingDatagramStream>(&self_)?;
        if datagrams.is_empty() {
            return Ok(0);
        }
        if datagrams.len() > stream.permit {
            return Err(SocketError::Trap(trap(format!(
                "outgoing-datagram-stream.send: {} datagrams, but check-send permitted only {}",
                datagrams.len(),
                stream.permit
            ))));
        }
        // Each send must be permitted by a check-send of its own.
        stream.permit = 0;
        let mut sent = 0;
        for datagram in &datagrams {
            match stream.send_one(policy, datagram) {
                Ok(()) => sent += 1,
                Err(SocketError::Code(ErrorCode::WouldBlock)) => break,
                // Once one was sent, the WIT says `send` never fails.
                Err(_) if sent > 0 => break,
                Err(e) => return Err(e),
            }
        }
        Ok(sent)
    }

    fn subscribe(
        &mut self,
        self_: Resource<udp::OutgoingDatagramStream>,
    ) -> Result<Resource<udp::Pollable>> {
        crate::poll::subscribe::<_, OutgoingDatagramStream>(self, self_.rep())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::WasiCtxBuilder;
    use crate::bindings::wasi::io::poll::HostPollable as Poll;
    use crate::bindings::wasi::sockets::instance_network::Host as _;
    use crate::bindings::wasi::sockets::network::Ipv4SocketAddress;
    use crate::bindings::wasi::sockets::udp::{
        HostIncomingDatagramStream as In, HostOutgoingDatagramStream as Out, HostUdpSocket as Udp,
    };
    use crate::bindings::wasi::sockets::udp_create_socket::Host as _;

    type Sock = Resource<udp::UdpSocket>;

    fn b<T: 'static>(r: &Resource<T>) -> Resource<T> {
        Resource::new_borrow(r.rep())
    }

    fn v4(a: [u8; 4], port: u16) -> IpSocketAddress {
        IpSocketAddress::Ipv4(Ipv4SocketAddress {
            port,
            address: (a[0], a[1], a[2], a[3]),
        })
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

    fn loopback_ctx() -> WasiCtx {
        WasiCtxBuilder::new()
            .allow_udp(true)
            .socket_addr_check(|a, _| a.ip().is_loopback())
            .build()
    }

    /// A UDP socket bound to 127.0.0.1 and its address.
    fn bound(ctx: &mut WasiCtx, net: &Resource<Network>) -> (Sock, IpSocketAddress) {
        let s = ctx.create_udp_socket(IpAddressFamily::Ipv4).unwrap();
        Udp::start_bind(ctx, b(&s), b(net), v4([127, 0, 0, 1], 0)).unwrap();
        Udp::finish_bind(ctx, b(&s)).unwrap();
        let addr = Udp::local_address(ctx, b(&s)).unwrap();
        assert_ne!(addr::to_std(&addr).port(), 0);
        (s, addr)
    }

    fn datagram(data: &[u8], to: Option<&IpSocketAddress>) -> OutgoingDatagram {
        OutgoingDatagram {
            data: data.to_vec(),
            remote_address: to.cloned(),
        }
    }

    /// Blocks until `stream` has datagrams, then receives them.
    fn receive(
        ctx: &mut WasiCtx,
        stream: &Resource<udp::IncomingDatagramStream>,
    ) -> Vec<IncomingDatagram> {
        let pollable = In::subscribe(ctx, b(stream)).unwrap();
        Poll::block(ctx, b(&pollable)).unwrap();
        Poll::drop(ctx, pollable).unwrap();
        In::receive(ctx, b(stream), 10).unwrap()
    }

    #[test]
    fn denied_by_default() {
        let mut ctx = WasiCtxBuilder::new().build();
        assert_eq!(
            code(ctx.create_udp_socket(IpAddressFamily::Ipv4)),
            ErrorCode::AccessDenied
        );
        assert!(ctx.table.is_empty());

        // Creation allowed, no address allowed.
        let mut ctx = WasiCtxBuilder::new().allow_udp(true).build();
        let net = ctx.instance_network().unwrap();
        let s = ctx.create_udp_socket(IpAddressFamily::Ipv4).unwrap();
        assert_eq!(
            code(Udp::start_bind(
                &mut ctx,
                b(&s),
                b(&net),
                v4([127, 0, 0, 1], 0)
            )),
            ErrorCode::AccessDenied
        );
        assert_eq!(
            code(Udp::finish_bind(&mut ctx, b(&s))),
            ErrorCode::NotInProgress
        );

        // Binding allowed; connecting and sending each checked on their own.
        let mut ctx = WasiCtxBuilder::new()
            .allow_udp(true)
            .socket_addr_check(|a, use_| {
                a.ip().is_loopback() && use_ == SocketAddrUse::UdpBind
                    || a.port() == 7 && use_ == SocketAddrUse::UdpConnect
            })
            .build();
        let net = ctx.instance_network().unwrap();
        let (s, _) = bound(&mut ctx, &net);
        let nine = v4([127, 0, 0, 1], 9);
        assert_eq!(
            code(Udp::stream(&mut ctx, b(&s), Some(nine.clone()))),
            ErrorCode::AccessDenied
        );
        let (_in, out) = Udp::stream(&mut ctx, b(&s), None).unwrap();
        assert!(Out::check_send(&mut ctx, b(&out)).unwrap() > 0);
        assert_eq!(
            code(Out::send(
                &mut ctx,
                b(&out),
                vec![datagram(b"x", Some(&nine))]
            )),
            ErrorCode::AccessDenied
        );
        // Connecting to port 7 is allowed, sending there is not.
        let (s2, _) = bound(&mut ctx, &net);
        let seven = v4([127, 0, 0, 1], 7);
        let (_in2, out2) = Udp::stream(&mut ctx, b(&s2), Some(seven)).unwrap();
        assert!(Out::check_send(&mut ctx, b(&out2)).unwrap() > 0);
        assert_eq!(
            code(Out::send(&mut ctx, b(&out2), vec![datagram(b"x", None)])),
            ErrorCode::AccessDenied
        );
    }

    #[test]
    fn loopback_exchange() {
        let mut ctx = loopback_ctx();
        let net = ctx.instance_network().unwrap();
        let (a, a_addr) = bound(&mut ctx, &net);
        let (b_sock, b_addr) = bound(&mut ctx, &net);
        let (a_in, a_out) = Udp::stream(&mut ctx, b(&a), None).unwrap();
        let (b_in, b_out) = Udp::stream(&mut ctx, b(&b_sock), Some(a_addr.clone())).unwrap();
        assert_eq!(
            addr::to_std(&Udp::remote_address(&mut ctx, b(&b_sock)).unwrap()),
            addr::to_std(&a_addr)
        );
        assert_eq!(
            code(Udp::remote_address(&mut ctx, b(&a))),
            ErrorCode::InvalidState
        );

        // Nothing received yet.
        assert!(In::receive(&mut ctx, b(&a_in), 10).unwrap().is_empty());
        let a_in_ready = In::subscribe(&mut ctx, b(&a_in)).unwrap();
        assert!(!Poll::ready(&mut ctx, b(&a_in_ready)).unwrap());

        // A send must be permitted by check-send first.
        assert!(is_trap(Out::send(
            &mut ctx,
            b(&b_out),
            vec![datagram(b"ping", None)]
        )));
        assert_eq!(Out::send(&mut ctx, b(&b_out), vec![]).unwrap(), 0);
        let permit = Out::check_send(&mut ctx, b(&b_out)).unwrap();
        assert!(permit >= 2);
        let sent = Out::send(
            &mut ctx,
            b(&b_out),
            vec![datagram(b"ping", None), datagram(b"ping2", Some(&a_addr))],
        )
        .unwrap();
        assert_eq!(sent, 2);
        // The permit is used up.
        assert!(is_trap(Out::send(
            &mut ctx,
            b(&b_out),
            vec![datagram(b"x", None)]
        )));

        Poll::block(&mut ctx, b(&a_in_ready)).unwrap();
        let mut got = Vec::new();
        while got.len() < 2 {
            got.extend(receive(&mut ctx, &a_in));
        }
        assert_eq!(got[0].data, b"ping");
        assert_eq!(got[1].data, b"ping2");
        for d in &got {
            assert_eq!(addr::to_std(&d.remote_address), addr::to_std(&b_addr));
        }
        assert!(In::receive(&mut ctx, b(&a_in), 0).unwrap().is_empty());

        // An unconnected stream needs an address; a connected one refuses
        // any other.
        Out::check_send(&mut ctx, b(&a_out)).unwrap();
        assert_eq!(
            code(Out::send(&mut ctx, b(&a_out), vec![datagram(b"x", None)])),
            ErrorCode::InvalidArgument
        );
        Out::check_send(&mut ctx, b(&b_out)).unwrap();
        let elsewhere = v4([127, 0, 0, 1], 9);
        assert_eq!(
            code(Out::send(
                &mut ctx,
                b(&b_out),
                vec![datagram(b"x", Some(&elsewhere))]
            )),
            ErrorCode::InvalidArgument
        );
        Out::check_send(&mut ctx, b(&a_out)).unwrap();
        let port0 = v4([127, 0, 0, 1], 0);
        assert_eq!(
            code(Out::send(
                &mut ctx,
                b(&a_out),
                vec![datagram(b"x", Some(&port0))]
            )),
            ErrorCode::InvalidArgument
        );
        // One good datagram, then a bad one: the good one counts, no error.
        let permit = Out::check_send(&mut ctx, b(&a_out)).unwrap();
        assert_eq!(permit, MAX_DATAGRAMS as u64);
        let sent = Out::send(
            &mut ctx,
            b(&a_out),
            vec![datagram(b"pong", Some(&b_addr)), datagram(b"x", None)],
        )
        .unwrap();
        assert_eq!(sent, 1);
        let got = receive(&mut ctx, &b_in);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].data, b"pong");
        assert_eq!(addr::to_std(&got[0].remote_address), addr::to_std(&a_addr));

        // More than permitted traps; too large a datagram is an error.
        Out::check_send(&mut ctx, b(&a_out)).unwrap();
        let many = vec![datagram(b"x", Some(&b_addr)); MAX_DATAGRAMS + 1];
        assert!(is_trap(Out::send(&mut ctx, b(&a_out), many)));
        Out::check_send(&mut ctx, b(&a_out)).unwrap();
        let huge = vec![datagram(&vec![0; MAX_DATAGRAM_SIZE + 1], Some(&b_addr))];
        assert_eq!(
            code(Out::send(&mut ctx, b(&a_out), huge)),
            ErrorCode::DatagramTooLarge
        );

        // `stream` again while the streams live traps; once they are gone,
        // it reconnects (here: disconnects).
        assert!(is_trap(Udp::stream(&mut ctx, b(&b_sock), None)));
        assert!(Udp::drop(&mut ctx, Resource::new_own(b_sock.rep())).is_err());
        In::drop(&mut ctx, b_in).unwrap();
        Out::drop(&mut ctx, b_out).unwrap();
        let (b_in, b_out) = Udp::stream(&mut ctx, b(&b_sock), None).unwrap();
        assert_eq!(
            code(Udp::remote_address(&mut ctx, b(&b_sock))),
            ErrorCode::InvalidState
        );
        // Still bound to the same address after the disconnect.
        assert_eq!(
            addr::to_std(&Udp::local_address(&mut ctx, b(&b_sock)).unwrap()),
            addr::to_std(&b_addr)
        );
        In::drop(&mut ctx, b_in).unwrap();
        Out::drop(&mut ctx, b_out).unwrap();

        Poll::drop(&mut ctx, a_in_ready).unwrap();
        In::drop(&mut ctx, a_in).unwrap();
        Out::drop(&mut ctx, a_out).unwrap();
        Udp::drop(&mut ctx, a).unwrap();
        Udp::drop(&mut ctx, b_sock).unwrap();
        crate::bindings::wasi::sockets::network::HostNetwork::drop(&mut ctx, net).unwrap();
        assert!(ctx.table.is_empty());
    }

    #[test]
    fn state_machine_errors_and_options() {
        let mut ctx = loopback_ctx();
        let net = ctx.instance_network().unwrap();
        let s = ctx.create_udp_socket(IpAddressFamily::Ipv4).unwrap();
        assert_eq!(
            Udp::address_family(&mut ctx, b(&s)).unwrap(),
            IpAddressFamily::Ipv4
        );
        assert_eq!(
            code(Udp::local_address(&mut ctx, b(&s))),
            ErrorCode::InvalidState
        );
        assert_eq!(
            code(Udp::stream(&mut ctx, b(&s), None)),
            ErrorCode::InvalidState
        );
        assert_eq!(
            code(Udp::finish_bind(&mut ctx, b(&s))),
            ErrorCode::NotInProgress
        );
        let v6 = addr::from_std("[::1]:0".parse().unwrap());
        assert_eq!(
            code(Udp::start_bind(&mut ctx, b(&s), b(&net), v6)),
            ErrorCode::InvalidArgument
        );
        Udp::start_bind(&mut ctx, b(&s), b(&net), v4([127, 0, 0, 1], 0)).unwrap();
        assert_eq!(
            code(Udp::start_bind(
                &mut ctx,
                b(&s),
                b(&net),
                v4([127, 0, 0, 1], 0)
            )),
            ErrorCode::ConcurrencyConflict
        );
        Udp::finish_bind(&mut ctx, b(&s)).unwrap();
        assert_eq!(
            code(Udp::start_bind(
                &mut ctx,
                b(&s),
                b(&net),
                v4([127, 0, 0, 1], 0)
            )),
            ErrorCode::InvalidState
        );
        for remote in [v4([0, 0, 0, 0], 80), v4([127, 0, 0, 1], 0)] {
            assert_eq!(
                code(Udp::stream(&mut ctx, b(&s), Some(remote))),
                ErrorCode::InvalidArgument
            );
        }
        // The socket's own pollable is always ready.
        let pollable = Udp::subscribe(&mut ctx, b(&s)).unwrap();
        assert!(Poll::ready(&mut ctx, b(&pollable)).unwrap());
        Poll::drop(&mut ctx, pollable).unwrap();

        assert_eq!(
            code(Udp::set_unicast_hop_limit(&mut ctx, b(&s), 0)),
            ErrorCode::InvalidArgument
        );
        Udp::set_unicast_hop_limit(&mut ctx, b(&s), 7).unwrap();
        assert_eq!(Udp::unicast_hop_limit(&mut ctx, b(&s)).unwrap(), 7);
        assert_eq!(
            code(Udp::set_receive_buffer_size(&mut ctx, b(&s), 0)),
            ErrorCode::InvalidArgument
        );
        assert_eq!(
            code(Udp::set_send_buffer_size(&mut ctx, b(&s), 0)),
            ErrorCode::InvalidArgument
        );
        Udp::set_receive_buffer_size(&mut ctx, b(&s), 1 << 16).unwrap();
        Udp::set_send_buffer_size(&mut ctx, b(&s), 1 << 16).unwrap();
        assert!(Udp::receive_buffer_size(&mut ctx, b(&s)).unwrap() > 0);
        assert!(Udp::send_buffer_size(&mut ctx, b(&s)).unwrap() > 0);
    }

    #[test]
    fn bad_handles_trap() {
        let mut ctx = loopback_ctx();
        let net = ctx.instance_network().unwrap();
        let local = v4([127, 0, 0, 1], 0);
        assert!(is_trap(Udp::start_bind(
            &mut ctx,
            Resource::new_borrow(999),
            b(&net),
            local.clone()
        )));
        let s = ctx.create_udp_socket(IpAddressFamily::Ipv4).unwrap();
        assert!(is_trap(Udp::start_bind(
            &mut ctx,
            b(&s),
            Resource::new_borrow(s.rep()),
            local
        )));
        assert!(is_trap(In::receive(
            &mut ctx,
            Resource::new_borrow(s.rep()),
            1
        )));
        assert!(is_trap(Out::check_send(
            &mut ctx,
            Resource::new_borrow(999)
        )));
        assert!(Udp::subscribe(&mut ctx, Resource::new_borrow(net.rep())).is_err());
        assert!(In::drop(&mut ctx, Resource::new_own(s.rep())).is_err());
        Udp::drop(&mut ctx, s).unwrap();
    }
}
