//! `wasi:sockets`.

/// A sockets error: a WASI error code, or a trap.
#[derive(Debug)]
pub struct SocketError;
