//! `wasi:sockets`: the `network` capability, TCP and UDP sockets and name
//! lookups, over non-blocking host sockets (socket2, rustix).
//!
//! Everything is synchronous: a socket operation never waits, the
//! `finish-*` methods and `accept` answer `would-block` until the operation
//! is done, and pollables wait on the socket with `poll(2)`. Nothing reaches
//! the network unless the embedder's [`crate::SocketPolicy`] allows it:
//! creating a socket, looking a name up, and every bind, connect and send
//! (against the policy's address check) fail with `access-denied`
//! otherwise.

use std::fmt;

use canon_host::{Error, Resource, Result};

use crate::WasiCtx;
use crate::bindings::wasi::sockets::{instance_network, network};

mod addr;
mod lookup;
mod sys;
mod tcp;
mod udp;

pub(crate) use network::ErrorCode;

/// A sockets error: a WASI error code for the guest, or a trap.
#[derive(Debug)]
pub enum SocketError {
    /// The operation failed with this `error-code`.
    Code(ErrorCode),
    /// The guest misused the interface (a bad handle, a send past
    /// `check-send`): the call traps.
    Trap(Error),
}

impl SocketError {
    /// The error code, if this is not a trap.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            SocketError::Code(code) => Some(*code),
            SocketError::Trap(_) => None,
        }
    }
}

impl fmt::Display for SocketError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SocketError::Code(code) => write!(f, "socket error: {code:?}"),
            SocketError::Trap(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for SocketError {}

impl From<ErrorCode> for SocketError {
    fn from(code: ErrorCode) -> Self {
        SocketError::Code(code)
    }
}

impl From<Error> for SocketError {
    fn from(e: Error) -> Self {
        SocketError::Trap(e)
    }
}

impl From<std::io::Error> for SocketError {
    fn from(e: std::io::Error) -> Self {
        SocketError::Code(sys::error_code(&e))
    }
}

impl From<rustix::io::Errno> for SocketError {
    fn from(e: rustix::io::Errno) -> Self {
        SocketError::Code(sys::errno_code(e))
    }
}

/// A sockets method's answer.
pub(crate) type SocketResult<T> = std::result::Result<T, SocketError>;

/// The table value behind a `network` handle. It only proves that the
/// guest was given the network: every permission lives in the context's
/// [`crate::SocketPolicy`], as in wasmtime-wasi.
#[derive(Debug)]
pub(crate) struct Network;

/// Checks that `network` is a live `network` handle (traps otherwise).
pub(crate) fn check_network(ctx: &WasiCtx, network: &Resource<network::Network>) -> Result<()> {
    ctx.table.get::<_, Network>(network)?;
    Ok(())
}

impl network::HostNetwork for WasiCtx {
    fn drop(&mut self, rep: Resource<network::Network>) -> Result<()> {
        self.table.delete::<_, Network>(rep)?;
        Ok(())
    }
}

impl network::Host for WasiCtx {
    fn convert_error_code(&mut self, err: SocketError) -> Result<ErrorCode> {
        match err {
            SocketError::Code(code) => Ok(code),
            SocketError::Trap(e) => Err(e),
        }
    }
}

impl instance_network::Host for WasiCtx {
    fn instance_network(&mut self) -> Result<Resource<network::Network>> {
        self.table.push(Network)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::WasiCtxBuilder;
    use crate::bindings::wasi::sockets::network::Host as _;
    use crate::bindings::wasi::sockets::network::HostNetwork as _;

    #[test]
    fn networks_come_and_go_and_errors_convert() {
        let mut ctx = WasiCtxBuilder::new().build();
        let net = instance_network::Host::instance_network(&mut ctx).unwrap();
        let rep = net.rep();
        check_network(&ctx, &Resource::new_borrow(rep)).unwrap();
        ctx.drop(net).unwrap();
        assert!(ctx.table.is_empty());
        // A dropped network is a bad handle: a trap.
        assert!(check_network(&ctx, &Resource::new_borrow(rep)).is_err());
        assert!(ctx.drop(Resource::new_own(rep)).is_err());

        assert_eq!(
            ctx.convert_error_code(ErrorCode::WouldBlock.into())
                .unwrap(),
            ErrorCode::WouldBlock
        );
        let trap = SocketError::Trap(crate::table::trap("boom"));
        assert!(trap.code().is_none());
        assert!(ctx.convert_error_code(trap).is_err());
        let refused =
            SocketError::from(std::io::Error::from(std::io::ErrorKind::ConnectionRefused));
        assert_eq!(refused.code(), Some(ErrorCode::ConnectionRefused));
    }
}
