//! The embedder's side: [`WasiCtx`], what a guest may see and reach, built
//! with [`WasiCtxBuilder`].

use std::fmt;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use cap_std::ambient_authority;
use cap_std::fs::Dir;

use crate::clocks::{HostMonotonicClock, HostWallClock, SystemMonotonicClock, SystemWallClock};
use crate::random::{InsecureRandom, RandomSource, SystemRandom};
use crate::stream::{
    ClosedInputStream, InheritedOutput, InheritedStdin, InputStream, MemoryInputPipe,
    MemoryOutputPipe, OutputStream, SinkOutputStream,
};
use crate::table::ResourceTable;

/// A source of the guest's stdin: each `get-stdin` makes a new stream of it.
pub trait StdinSource: Send + 'static {
    /// A stream reading this source.
    fn stream(&self) -> Box<dyn InputStream>;
    /// Whether it is a terminal (`wasi:cli/terminal-stdin`).
    fn is_terminal(&self) -> bool {
        false
    }
}

/// A sink for the guest's stdout or stderr.
pub trait StdoutSink: Send + 'static {
    /// A stream writing to this sink.
    fn stream(&self) -> Box<dyn OutputStream>;
    /// Whether it is a terminal (`wasi:cli/terminal-stdout`, `-stderr`).
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdinSource for MemoryInputPipe {
    fn stream(&self) -> Box<dyn InputStream> {
        Box::new(self.clone())
    }
}

impl StdinSource for ClosedInputStream {
    fn stream(&self) -> Box<dyn InputStream> {
        Box::new(*self)
    }
}

impl StdinSource for InheritedStdin {
    fn stream(&self) -> Box<dyn InputStream> {
        Box::new(*self)
    }
    fn is_terminal(&self) -> bool {
        std::io::IsTerminal::is_terminal(&std::io::stdin())
    }
}

impl StdoutSink for MemoryOutputPipe {
    fn stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }
}

impl StdoutSink for SinkOutputStream {
    fn stream(&self) -> Box<dyn OutputStream> {
        Box::new(*self)
    }
}

impl StdoutSink for InheritedOutput {
    fn stream(&self) -> Box<dyn OutputStream> {
        Box::new(*self)
    }
    fn is_terminal(&self) -> bool {
        match self.0 {
            crate::stream::StdioOut::Stdout => std::io::IsTerminal::is_terminal(&std::io::stdout()),
            crate::stream::StdioOut::Stderr => std::io::IsTerminal::is_terminal(&std::io::stderr()),
        }
    }
}

/// A small bit set with named constants, `|` and `contains`.
macro_rules! bitflags_like {
    ($(#[$doc:meta])* $name:ident { $($(#[$cdoc:meta])* $flag:ident = $bit:expr,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct $name(u8);

        impl $name {
            $($(#[$cdoc])* pub const $flag: $name = $name($bit);)*
            /// No permission.
            pub const NONE: $name = $name(0);
            /// Every permission.
            pub const ALL: $name = $name(0 $(| $bit)*);

            /// Whether every bit of `other` is set.
            pub fn contains(self, other: $name) -> bool {
                self.0 & other.0 == other.0
            }
        }

        impl std::ops::BitOr for $name {
            type Output = $name;
            fn bitor(self, other: $name) -> $name {
                $name(self.0 | other.0)
            }
        }
    };
}

bitflags_like! {
    /// What a guest may do to a preopened directory itself: read it (list,
    /// open, stat) and, with `MUTATE`, create, rename and remove in it.
    DirPerms {
        /// List, open and stat entries.
        READ = 1,
        /// Create, rename, remove entries, set times.
        MUTATE = 2,
    }
}

bitflags_like! {
    /// What a guest may do to files opened under a preopen.
    FilePerms {
        /// Read file contents.
        READ = 1,
        /// Write, truncate, set size and times.
        WRITE = 2,
    }
}

/// A directory the guest sees as a preopen.
pub(crate) struct Preopen {
    pub(crate) dir: Arc<Dir>,
    pub(crate) dir_perms: DirPerms,
    pub(crate) file_perms: FilePerms,
    pub(crate) guest_path: String,
}

/// What a socket address is being used for, for [`SocketPolicy`] checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SocketAddrUse {
    /// Binding a TCP socket.
    TcpBind,
    /// Connecting a TCP socket.
    TcpConnect,
    /// Binding a UDP socket.
    UdpBind,
    /// Connecting a UDP socket to a remote address.
    UdpConnect,
    /// Sending a UDP datagram.
    UdpOutgoingDatagram,
}

/// The embedder's address check: `true` allows the use.
pub type SocketAddrCheck = Arc<dyn Fn(SocketAddr, SocketAddrUse) -> bool + Send + Sync>;

/// Which network access a guest has. The default denies everything:
/// creating sockets and name lookups succeed or fail as the flags say, and
/// no address passes the check, so every bind, connect and send fails with
/// `access-denied`.
#[derive(Clone)]
pub struct SocketPolicy {
    /// Whether `create-tcp-socket` may succeed.
    pub tcp: bool,
    /// Whether `create-udp-socket` may succeed.
    pub udp: bool,
    /// Whether `resolve-addresses` may look names up.
    pub ip_name_lookup: bool,
    /// Which addresses may be bound, connected to and sent to.
    pub addr_check: SocketAddrCheck,
}

impl Default for SocketPolicy {
    fn default() -> Self {
        SocketPolicy {
            tcp: false,
            udp: false,
            ip_name_lookup: false,
            addr_check: Arc::new(|_, _| false),
        }
    }
}

impl fmt::Debug for SocketPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SocketPolicy")
            .field("tcp", &self.tcp)
            .field("udp", &self.udp)
            .field("ip_name_lookup", &self.ip_name_lookup)
            .finish_non_exhaustive()
    }
}

impl SocketPolicy {
    /// Whether `addr` may be used for `usage`.
    pub fn allows(&self, addr: SocketAddr, usage: SocketAddrUse) -> bool {
        (self.addr_check)(addr, usage)
    }
}

/// The WASI state of one store: the resource table and what the embedder
/// granted. Build it with [`WasiCtxBuilder`].
pub struct WasiCtx {
    pub(crate) table: ResourceTable,
    pub(crate) args: Vec<String>,
    pub(crate) env: Vec<(String, String)>,
    pub(crate) initial_cwd: Option<String>,
    pub(crate) stdin: Box<dyn StdinSource>,
    pub(crate) stdout: Box<dyn StdoutSink>,
    pub(crate) stderr: Box<dyn StdoutSink>,
    pub(crate) preopens: Vec<Preopen>,
    pub(crate) wall_clock: Box<dyn HostWallClock>,
    pub(crate) monotonic_clock: Box<dyn HostMonotonicClock>,
    pub(crate) random: Box<dyn RandomSource>,
    pub(crate) insecure_random: Box<dyn RandomSource>,
    pub(crate) insecure_seed: (u64, u64),
    pub(crate) sockets: SocketPolicy,
}

impl fmt::Debug for WasiCtx {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WasiCtx")
            .field("args", &self.args)
            .field("env", &self.env)
            .field(
                "preopens",
                &self
                    .preopens
                    .iter()
                    .map(|p| p.guest_path.as_str())
                    .collect::<Vec<_>>(),
            )
            .field("sockets", &self.sockets)
            .field("table", &self.table)
            .finish_non_exhaustive()
    }
}

impl WasiCtx {
    /// A builder with nothing granted: no args, env or preopens, stdin at
    /// end of input, stdout and stderr discarded, the system's clocks and
    /// randomness, no network.
    pub fn builder() -> WasiCtxBuilder {
        WasiCtxBuilder::new()
    }

    /// The resource table (live WASI resources of this store).
    pub fn table(&self) -> &ResourceTable {
        &self.table
    }
}

/// Builds a [`WasiCtx`].
pub struct WasiCtxBuilder {
    ctx: WasiCtx,
}

impl fmt::Debug for WasiCtxBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("WasiCtxBuilder").field(&self.ctx).finish()
    }
}

impl Default for WasiCtxBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl WasiCtxBuilder {
    /// See [`WasiCtx::builder`].
    pub fn new() -> Self {
        let mut seed = [0u8; 16];
        let mut system = SystemRandom;
        system.fill(&mut seed);
        let seed = (
            u64::from_le_bytes(seed[..8].try_into().unwrap_or_default()),
            u64::from_le_bytes(seed[8..].try_into().unwrap_or_default()),
        );
        WasiCtxBuilder {
            ctx: WasiCtx {
                table: ResourceTable::new(),
                args: Vec::new(),
                env: Vec::new(),
                initial_cwd: None,
                stdin: Box::new(ClosedInputStream),
                stdout: Box::new(SinkOutputStream),
                stderr: Box::new(SinkOutputStream),
                preopens: Vec::new(),
                wall_clock: Box::new(SystemWallClock),
                monotonic_clock: Box::new(SystemMonotonicClock::new()),
                random: Box::new(SystemRandom),
                insecure_random: Box::new(InsecureRandom::new(seed.0 ^ seed.1.rotate_left(17))),
                insecure_seed: seed,
                sockets: SocketPolicy::default(),
            },
        }
    }

    /// Appends one argument (the first is the program name, by convention).
    pub fn arg(&mut self, arg: impl Into<String>) -> &mut Self {
        self.ctx.args.push(arg.into());
        self
    }

    /// Appends arguments.
    pub fn args<S: Into<String>>(&mut self, args: impl IntoIterator<Item = S>) -> &mut Self {
        self.ctx.args.extend(args.into_iter().map(Into::into));
        self
    }

    /// Sets an environment variable (replacing an earlier value).
    pub fn env(&mut self, name: impl Into<String>, value: impl Into<String>) -> &mut Self {
        let name = name.into();
        let value = value.into();
        match self.ctx.env.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.ctx.env.push((name, value)),
        }
        self
    }

    /// Sets environment variables.
    pub fn envs<N: Into<String>, V: Into<String>>(
        &mut self,
        vars: impl IntoIterator<Item = (N, V)>,
    ) -> &mut Self {
        for (n, v) in vars {
            self.env(n, v);
        }
        self
    }

    /// Passes the host process's environment.
    pub fn inherit_env(&mut self) -> &mut Self {
        self.envs(std::env::vars())
    }

    /// Passes the host process's arguments.
    pub fn inherit_args(&mut self) -> &mut Self {
        self.args(std::env::args())
    }

    /// The `initial-cwd` the guest sees.
    pub fn initial_cwd(&mut self, cwd: impl Into<String>) -> &mut Self {
        self.ctx.initial_cwd = Some(cwd.into());
        self
    }

    /// The guest's stdin.
    pub fn stdin(&mut self, source: impl StdinSource) -> &mut Self {
        self.ctx.stdin = Box::new(source);
        self
    }

    /// The guest's stdout.
    pub fn stdout(&mut self, sink: impl StdoutSink) -> &mut Self {
        self.ctx.stdout = Box::new(sink);
        self
    }

    /// The guest's stderr.
    pub fn stderr(&mut self, sink: impl StdoutSink) -> &mut Self {
        self.ctx.stderr = Box::new(sink);
        self
    }

    /// The host process's stdin.
    pub fn inherit_stdin(&mut self) -> &mut Self {
        self.stdin(InheritedStdin)
    }

    /// The host process's stdout.
    pub fn inherit_stdout(&mut self) -> &mut Self {
        self.stdout(InheritedOutput::stdout())
    }

    /// The host process's stderr.
    pub fn inherit_stderr(&mut self) -> &mut Self {
        self.stderr(InheritedOutput::stderr())
    }

    /// The host process's stdin, stdout and stderr.
    pub fn inherit_stdio(&mut self) -> &mut Self {
        self.inherit_stdin().inherit_stdout().inherit_stderr()
    }

    /// Preopens the host directory `host_path` as `guest_path`. The guest
    /// reaches nothing outside it: paths are resolved by cap-std, which
    /// refuses `..` past the root, absolute paths and symlinks leading out.
    pub fn preopened_dir(
        &mut self,
        host_path: impl AsRef<Path>,
        guest_path: impl Into<String>,
        dir_perms: DirPerms,
        file_perms: FilePerms,
    ) -> std::io::Result<&mut Self> {
        let dir = Dir::open_ambient_dir(host_path.as_ref(), ambient_authority())?;
        self.ctx.preopens.push(Preopen {
            dir: Arc::new(dir),
            dir_perms,
            file_perms,
            guest_path: guest_path.into(),
        });
        Ok(self)
    }

    /// Replaces the wall clock.
    pub fn wall_clock(&mut self, clock: impl HostWallClock) -> &mut Self {
        self.ctx.wall_clock = Box::new(clock);
        self
    }

    /// Replaces the monotonic clock.
    pub fn monotonic_clock(&mut self, clock: impl HostMonotonicClock) -> &mut Self {
        self.ctx.monotonic_clock = Box::new(clock);
        self
    }

    /// Replaces the secure random source (`wasi:random/random`).
    pub fn secure_random(&mut self, random: impl RandomSource) -> &mut Self {
        self.ctx.random = Box::new(random);
        self
    }

    /// Replaces the insecure random source (`wasi:random/insecure`).
    pub fn insecure_random(&mut self, random: impl RandomSource) -> &mut Self {
        self.ctx.insecure_random = Box::new(random);
        self
    }

    /// Sets the value of `wasi:random/insecure-seed`.
    pub fn insecure_random_seed(&mut self, seed: (u64, u64)) -> &mut Self {
        self.ctx.insecure_seed = seed;
        self
    }

    /// Replaces the whole socket policy.
    pub fn socket_policy(&mut self, policy: SocketPolicy) -> &mut Self {
        self.ctx.sockets = policy;
        self
    }

    /// Allows or denies creating TCP sockets.
    pub fn allow_tcp(&mut self, allow: bool) -> &mut Self {
        self.ctx.sockets.tcp = allow;
        self
    }

    /// Allows or denies creating UDP sockets.
    pub fn allow_udp(&mut self, allow: bool) -> &mut Self {
        self.ctx.sockets.udp = allow;
        self
    }

    /// Allows or denies name lookups.
    pub fn allow_ip_name_lookup(&mut self, allow: bool) -> &mut Self {
        self.ctx.sockets.ip_name_lookup = allow;
        self
    }

    /// Which addresses sockets may bind, connect and send to.
    pub fn socket_addr_check(
        &mut self,
        check: impl Fn(SocketAddr, SocketAddrUse) -> bool + Send + Sync + 'static,
    ) -> &mut Self {
        self.ctx.sockets.addr_check = Arc::new(check);
        self
    }

    /// Allows TCP, UDP and name lookups to and from every address.
    pub fn inherit_network(&mut self) -> &mut Self {
        self.allow_tcp(true)
            .allow_udp(true)
            .allow_ip_name_lookup(true)
            .socket_addr_check(|_, _| true)
    }

    /// The most WASI resources (streams, descriptors, sockets, pollables, ...)
    /// the guest may hold at once; creating one more traps. The default is
    /// [`crate::DEFAULT_MAX_RESOURCES`].
    pub fn max_resources(&mut self, max: usize) -> &mut Self {
        self.ctx.table = ResourceTable::with_limit(max);
        self
    }

    /// The context. The builder is left with a fresh, empty one.
    pub fn build(&mut self) -> WasiCtx {
        std::mem::take(self).ctx
    }
}
