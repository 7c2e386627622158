//! canon-wasi: WASI 0.2 for canon-host, on any backend.
//!
//! Everything here is written on canon-host's public API: the bindings come
//! from `canon_host::bindgen!` over the official WASI 0.2.12 WIT (vendored
//! under `wit/deps/`), host resources live in a [`ResourceTable`], and
//! nothing knows which core engine runs the guest.
//!
//! ```no_run
//! use canon_host::{Component, Linker, Store};
//! use canon_wasi::{WasiCtx, WasiCtxBuilder};
//!
//! struct State {
//!     wasi: WasiCtx,
//! }
//!
//! # fn run(engine: &canon_host::Engine, bytes: &[u8]) -> canon_host::Result<()> {
//! let component = Component::new(engine, bytes)?;
//! let mut linker = Linker::<State>::new();
//! canon_wasi::add_to_linker(&mut linker, |s| &mut s.wasi)?;
//! let wasi = WasiCtxBuilder::new().inherit_stdio().arg("prog").build();
//! let mut store = Store::new(engine, State { wasi })?;
//! let command = canon_wasi::Command::instantiate(&mut store, &component, &linker)?;
//! let status = command.wasi_cli_run().call_run(&mut store)?;
//! # let _ = status;
//! # Ok(())
//! # }
//! ```
//!
//! A component importing any `0.2.y` links, older or newer than 0.2.12,
//! through canon-host's semver-compatible linking. Guest misuse (a bad
//! handle, a stream used after its descriptor is gone, a write past
//! `check-write`) traps; I/O failures become WASI error codes; `exit`
//! becomes [`canon_host::TrapKind::Exit`].
#![forbid(unsafe_code)]

mod cli;
mod clocks;
mod ctx;
mod filesystem;
mod io;
mod poll;
mod random;
mod sockets;
mod stream;
mod table;

pub use cli::exit_status;
pub use clocks::{HostMonotonicClock, HostWallClock, SystemMonotonicClock, SystemWallClock};
pub use ctx::{
    DirPerms, FilePerms, SocketAddrCheck, SocketAddrUse, SocketPolicy, StdinSource, StdoutSink,
    WasiCtx, WasiCtxBuilder,
};
pub use random::{InsecureRandom, RandomSource, SystemRandom};
pub use stream::{
    ClosedInputStream, InheritedOutput, InheritedStdin, InputStream, MemoryInputPipe,
    MemoryOutputPipe, OutputStream, SinkOutputStream, StreamError,
};
pub use table::{DEFAULT_MAX_RESOURCES, ResourceTable};

/// The generated bindings of the WASI 0.2 command world.
#[allow(missing_docs, missing_debug_implementations, unreachable_pub)]
pub mod bindings {
    canon_host::bindgen!({
        path: "wit",
        world: "command",
        trappable_imports: true,
        trappable_error_type: {
            "wasi:io/streams/stream-error" => crate::stream::StreamError,
            "wasi:filesystem/types/error-code" => crate::filesystem::FsError,
            "wasi:sockets/network/error-code" => crate::sockets::SocketError,
        },
    });
}

pub use bindings::Command;

/// The version of the vendored WASI WIT.
pub const WASI_VERSION: &str = "0.2.12";

/// Defines every WASI 0.2 interface (cli, io, clocks, random, filesystem,
/// sockets) in `linker`, reaching each store's [`WasiCtx`] through `get`.
pub fn add_to_linker<T: Send + 'static>(
    linker: &mut canon_host::Linker<T>,
    get: fn(&mut T) -> &mut WasiCtx,
) -> canon_host::Result<()> {
    Command::add_to_linker(linker, get)
}
