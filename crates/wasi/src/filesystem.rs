//! `wasi:filesystem`: preopens and descriptors over cap-std.

/// A filesystem error: a WASI error code, or a trap.
#[derive(Debug)]
pub struct FsError;
