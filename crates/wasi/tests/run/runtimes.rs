//! The three runtimes a guest runs on: canon-host over wasmi and over
//! wasmtime (both with canon-wasi), and wasmtime's component runtime with
//! wasmtime-wasi, the reference. Each run gets the same arguments,
//! environment, stdin and (a fresh copy of) the same preopened directory;
//! its stdout, stderr and exit status are captured.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use canon_host::TrapKind;
use canon_host::backend::EngineConfig;
use wasmtime_wasi::{WasiCtxView, WasiView};

use crate::guests::{Guest, component};

/// How much of stdout and of stderr a run keeps (more traps, on every
/// runtime).
pub(crate) const PIPE_CAPACITY: usize = 4 << 20;

/// The longest a run may take before the test fails (a guest, or a host,
/// that hangs).
const TIMEOUT: Duration = Duration::from_secs(120);

/// The guest path of the preopen.
pub(crate) const SANDBOX: &str = "/sandbox";

/// Where a guest runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Runtime {
    /// canon-host on the wasmi backend, with canon-wasi.
    CanonWasmi,
    /// canon-host on the wasmtime backend, with canon-wasi.
    CanonWasmtime,
    /// wasmtime's component runtime with wasmtime-wasi: the reference.
    Wasmtime,
}

impl Runtime {
    /// The two canon-host backends.
    pub(crate) const CANON: [Runtime; 2] = [Runtime::CanonWasmi, Runtime::CanonWasmtime];
    /// All three, the reference last.
    pub(crate) const ALL: [Runtime; 3] = [
        Runtime::CanonWasmi,
        Runtime::CanonWasmtime,
        Runtime::Wasmtime,
    ];
}

impl fmt::Display for Runtime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Runtime::CanonWasmi => "canon-host/wasmi",
            Runtime::CanonWasmtime => "canon-host/wasmtime",
            Runtime::Wasmtime => "wasmtime-wasi",
        })
    }
}

/// What the preopen grants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Perms {
    /// Read, write, create, remove.
    ReadWrite,
    /// Read and list only.
    ReadOnly,
}

/// A preopened directory `/sandbox`, made fresh for each run: `prepare` gets
/// the run's scratch root, whose `sandbox/` is what the guest sees.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sandbox {
    perms: Perms,
    prepare: fn(&Path),
}

/// What a guest gets: arguments after `argv[0]` (the program's name),
/// environment, stdin, a preopen, network access.
#[derive(Clone, Debug, Default)]
pub(crate) struct Setup {
    args: Vec<String>,
    env: Vec<(String, String)>,
    stdin: Vec<u8>,
    sandbox: Option<Sandbox>,
    network: bool,
}

impl Setup {
    pub(crate) fn new() -> Self {
        Setup::default()
    }

    pub(crate) fn args(mut self, args: &[&str]) -> Self {
        self.args.extend(args.iter().map(|a| a.to_string()));
        self
    }

    pub(crate) fn env(mut self, name: &str, value: &str) -> Self {
        self.env.push((name.to_string(), value.to_string()));
        self
    }

    pub(crate) fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.stdin = bytes.into();
        self
    }

    pub(crate) fn sandbox(mut self, perms: Perms, prepare: fn(&Path)) -> Self {
        self.sandbox = Some(Sandbox { perms, prepare });
        self
    }

    pub(crate) fn network(mut self) -> Self {
        self.network = true;
        self
    }

    fn argv(&self, guest: Guest) -> Vec<String> {
        let mut argv = vec![guest.name()];
        argv.extend(self.args.iter().cloned());
        argv
    }
}

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Exit {
    /// An exit status: `run` returned `ok` (0) or `err` (1), or
    /// `wasi:cli/exit` was called.
    Code(i32),
    /// A trap: [`UNREACHABLE`] for `unreachable` (what `abort` and Rust's
    /// `panic = "abort"` end in), else the runtime's description.
    Trap(String),
    /// Any other failure (the component did not instantiate, say).
    Error(String),
}

/// The trap of an `unreachable` instruction, on every runtime.
pub(crate) const UNREACHABLE: &str = "unreachable";

impl Exit {
    /// Whether two runtimes ended the same way: the same status, or both
    /// trapped (on `unreachable` both, or on something else both).
    fn same_as(&self, other: &Exit) -> bool {
        match (self, other) {
            (Exit::Code(a), Exit::Code(b)) => a == b,
            (Exit::Trap(a), Exit::Trap(b)) => (a == UNREACHABLE) == (b == UNREACHABLE),
            _ => false,
        }
    }

    /// Whether it is a trap.
    pub(crate) fn is_trap(&self) -> bool {
        matches!(self, Exit::Trap(_))
    }
}

/// One run's results.
#[derive(Clone, Debug)]
pub(crate) struct Run {
    pub(crate) stdout: String,
    pub(crate) stderr: String,
    pub(crate) exit: Exit,
    /// The scratch root (`sandbox/` inside is the preopen), when there is a
    /// preopen.
    pub(crate) root: Option<PathBuf>,
}

/// The runs of one guest on all three runtimes, all alike.
#[derive(Debug)]
pub(crate) struct Runs {
    runs: Vec<(Runtime, Run)>,
}

impl Runs {
    /// The reference run (wasmtime-wasi's); the others are the same.
    fn reference(&self) -> &Run {
        &self.runs[self.runs.len() - 1].1
    }

    pub(crate) fn stdout(&self) -> &str {
        &self.reference().stdout
    }

    pub(crate) fn stderr(&self) -> &str {
        &self.reference().stderr
    }

    pub(crate) fn exit(&self) -> &Exit {
        &self.reference().exit
    }

    /// Each runtime's scratch root, to check what the guest left there.
    pub(crate) fn roots(&self) -> impl Iterator<Item = (Runtime, &Path)> {
        self.runs
            .iter()
            .map(|(rt, run)| (*rt, run.root.as_deref().expect("the run had a sandbox")))
    }
}

/// Runs `guest` with `setup` on the three runtimes and asserts they agree
/// on stdout, stderr and exit status.
pub(crate) fn run_all(guest: Guest, setup: &Setup) -> Runs {
    let runs: Vec<(Runtime, Run)> = Runtime::ALL
        .iter()
        .map(|&rt| (rt, run_on(rt, guest, setup)))
        .collect();
    let (reference_rt, reference) = &runs[runs.len() - 1];
    for (rt, run) in &runs[..runs.len() - 1] {
        let both = || {
            format!(
                "--- {rt}: {:?}\nstdout:\n{}\nstderr:\n{}\n--- {reference_rt}: {:?}\nstdout:\n{}\nstderr:\n{}",
                run.exit,
                clip(&run.stdout),
                clip(&run.stderr),
                reference.exit,
                clip(&reference.stdout),
                clip(&reference.stderr)
            )
        };
        let name = guest.name();
        assert!(
            run.exit.same_as(&reference.exit),
            "{name}: {rt} ended with {:?}, {reference_rt} with {:?}\n{}",
            run.exit,
            reference.exit,
            both()
        );
        if let Some(line) = first_difference(&run.stdout, &reference.stdout) {
            panic!(
                "{name}: stdout differs on {rt} from {reference_rt}: {line}\n{}",
                both()
            );
        }
        if let Some(line) = first_difference(&run.stderr, &reference.stderr) {
            panic!(
                "{name}: stderr differs on {rt} from {reference_rt}: {line}\n{}",
                both()
            );
        }
    }
    Runs { runs }
}

/// At most the first 4000 bytes of an output, for messages.
fn clip(text: &str) -> &str {
    let mut end = text.len().min(4000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The first line where two texts differ, described.
fn first_difference(ours: &str, theirs: &str) -> Option<String> {
    if ours == theirs {
        return None;
    }
    let mut a = ours.split_inclusive('\n');
    let mut b = theirs.split_inclusive('\n');
    for n in 1.. {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (x, y) => return Some(format!("line {n}: {x:?} vs {y:?}")),
        }
    }
    unreachable!()
}

/// Runs `guest` on one runtime, in a thread of its own: a host that panics
/// or hangs fails the test with a message instead of taking it down.
pub(crate) fn run_on(runtime: Runtime, guest: Guest, setup: &Setup) -> Run {
    // Built here, not in the run's thread: a build failure is the harness's.
    component(guest);
    let root = setup.sandbox.map(|sandbox| scratch(runtime, sandbox));
    let setup = setup.clone();
    let what = format!("{} on {runtime}", guest.name());
    isolated(what, move || {
        let sandbox = root.as_deref();
        let (exit, stdout, stderr) = match runtime {
            Runtime::CanonWasmi | Runtime::CanonWasmtime => {
                let mut host = CanonHost::new(runtime, guest, &setup, sandbox);
                let exit = host.run(guest);
                (exit, host.stdout(), host.stderr())
            }
            Runtime::Wasmtime => {
                let mut host = WasmtimeHost::new(guest, &setup, sandbox);
                let exit = host.run(guest);
                (exit, host.stdout(), host.stderr())
            }
        };
        Run {
            stdout,
            stderr,
            exit,
            root,
        }
    })
}

/// Runs `f` on a thread of its own, failing with a clear message if it
/// panics or takes longer than [`TIMEOUT`].
pub(crate) fn isolated<R: Send + 'static>(
    what: String,
    f: impl FnOnce() -> R + Send + 'static,
) -> R {
    let (tx, rx) = mpsc::channel();
    let thread = std::thread::Builder::new()
        .name(what.clone())
        .spawn(move || {
            let _ = tx.send(f());
        })
        .unwrap();
    match rx.recv_timeout(TIMEOUT) {
        Ok(result) => {
            let _ = thread.join();
            result
        }
        Err(RecvTimeoutError::Timeout) => panic!("{what}: no end after {TIMEOUT:?}"),
        Err(RecvTimeoutError::Disconnected) => {
            let payload = thread
                .join()
                .expect_err("the thread ended without a result");
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!("{what}: panicked: {message}")
        }
    }
}

/// A fresh scratch root for one run of the current test on `runtime`,
/// with an empty `sandbox/` that `prepare` fills.
fn scratch(runtime: Runtime, sandbox: Sandbox) -> PathBuf {
    let test = std::thread::current()
        .name()
        .unwrap_or("unnamed")
        .replace("::", "-");
    let runtime = runtime.to_string().replace('/', "-");
    let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("canon-wasi-run")
        .join(test)
        .join(runtime);
    if root.exists() {
        std::fs::remove_dir_all(&root).unwrap();
    }
    std::fs::create_dir_all(root.join("sandbox")).unwrap();
    (sandbox.prepare)(&root);
    root
}

/// The canon-host engines, by runtime.
fn canon_engine(runtime: Runtime) -> &'static canon_host::Engine {
    static ENGINES: OnceLock<[canon_host::Engine; 2]> = OnceLock::new();
    let engines = ENGINES.get_or_init(|| {
        let config = EngineConfig::default();
        [
            canon_host::Engine::new(canon_backend_wasmi::WasmiEngine::new(&config).unwrap()),
            canon_host::Engine::new(canon_backend_wasmtime::WasmtimeEngine::new(&config).unwrap()),
        ]
    });
    match runtime {
        Runtime::CanonWasmi => &engines[0],
        Runtime::CanonWasmtime => &engines[1],
        Runtime::Wasmtime => unreachable!("not a canon-host runtime"),
    }
}

/// A guest's component compiled for a canon-host engine, once.
fn canon_component(runtime: Runtime, guest: Guest) -> canon_host::Component {
    static COMPILED: OnceLock<Mutex<HashMap<(Runtime, Guest), canon_host::Component>>> =
        OnceLock::new();
    let compiled = COMPILED.get_or_init(Default::default);
    if let Some(c) = compiled.lock().unwrap().get(&(runtime, guest)) {
        return c.clone();
    }
    let component = canon_host::Component::new(canon_engine(runtime), component(guest))
        .unwrap_or_else(|e| panic!("{} on {runtime}: loading the component: {e}", guest.name()));
    compiled
        .lock()
        .unwrap()
        .entry((runtime, guest))
        .or_insert(component)
        .clone()
}

/// canon-host's store data.
struct CanonState {
    wasi: canon_wasi::WasiCtx,
}

/// A canon-host store with canon-wasi, which may run several guests one
/// after the other (each its own instance).
pub(crate) struct CanonHost {
    runtime: Runtime,
    store: canon_host::Store<CanonState>,
    linker: canon_host::Linker<CanonState>,
    stdout: canon_wasi::MemoryOutputPipe,
    stderr: canon_wasi::MemoryOutputPipe,
}

impl CanonHost {
    /// A store for `guest` (whose name is `argv[0]`) with `setup`, the
    /// preopen `sandbox/` of `root`.
    pub(crate) fn new(runtime: Runtime, guest: Guest, setup: &Setup, root: Option<&Path>) -> Self {
        let stdout = canon_wasi::MemoryOutputPipe::new(PIPE_CAPACITY);
        let stderr = canon_wasi::MemoryOutputPipe::new(PIPE_CAPACITY);
        let mut builder = canon_wasi::WasiCtxBuilder::new();
        builder
            .args(setup.argv(guest))
            .envs(setup.env.iter().cloned())
            .stdin(canon_wasi::MemoryInputPipe::new(setup.stdin.clone()))
            .stdout(stdout.clone())
            .stderr(stderr.clone());
        if let (Some(sandbox), Some(root)) = (setup.sandbox, root) {
            let (dir, file) = match sandbox.perms {
                Perms::ReadWrite => (canon_wasi::DirPerms::ALL, canon_wasi::FilePerms::ALL),
                Perms::ReadOnly => (canon_wasi::DirPerms::READ, canon_wasi::FilePerms::READ),
            };
            builder
                .preopened_dir(root.join("sandbox"), SANDBOX, dir, file)
                .unwrap();
        }
        if setup.network {
            builder.inherit_network();
        }
        let state = CanonState {
            wasi: builder.build(),
        };
        let store = canon_host::Store::new(canon_engine(runtime), state).unwrap();
        let mut linker = canon_host::Linker::new();
        canon_wasi::add_to_linker(&mut linker, |s: &mut CanonState| &mut s.wasi).unwrap();
        CanonHost {
            runtime,
            store,
            linker,
            stdout,
            stderr,
        }
    }

    /// Instantiates `guest` in this store and calls its `run`.
    pub(crate) fn run(&mut self, guest: Guest) -> Exit {
        let component = canon_component(self.runtime, guest);
        let command =
            match canon_wasi::Command::instantiate(&mut self.store, &component, &self.linker) {
                Ok(command) => command,
                Err(e) => return Exit::Error(format!("instantiating: {e}")),
            };
        match canon_wasi::exit_status(command.wasi_cli_run().call_run(&mut self.store)) {
            Ok(code) => Exit::Code(code),
            Err(canon_host::Error::Trap(trap)) => match trap.kind() {
                TrapKind::Unreachable => Exit::Trap(UNREACHABLE.to_string()),
                other => Exit::Trap(other.to_string()),
            },
            Err(e) => Exit::Error(e.to_string()),
        }
    }

    pub(crate) fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.stdout.contents()).into_owned()
    }

    pub(crate) fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr.contents()).into_owned()
    }
}

fn wasmtime_engine() -> &'static wasmtime::Engine {
    static ENGINE: OnceLock<wasmtime::Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut config = wasmtime::Config::new();
        config.wasm_component_model(true);
        wasmtime::Engine::new(&config).unwrap()
    })
}

fn wasmtime_component(guest: Guest) -> wasmtime::component::Component {
    static COMPILED: OnceLock<Mutex<HashMap<Guest, wasmtime::component::Component>>> =
        OnceLock::new();
    let compiled = COMPILED.get_or_init(Default::default);
    if let Some(c) = compiled.lock().unwrap().get(&guest) {
        return c.clone();
    }
    let component = wasmtime::component::Component::new(wasmtime_engine(), component(guest))
        .unwrap_or_else(|e| panic!("{} on wasmtime: loading the component: {e:?}", guest.name()));
    compiled
        .lock()
        .unwrap()
        .entry(guest)
        .or_insert(component)
        .clone()
}

/// wasmtime's store data.
struct WasmtimeState {
    ctx: wasmtime_wasi::WasiCtx,
    table: wasmtime::component::ResourceTable,
}

impl WasiView for WasmtimeState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.ctx,
            table: &mut self.table,
        }
    }
}

/// A wasmtime store with wasmtime-wasi.
pub(crate) struct WasmtimeHost {
    store: wasmtime::Store<WasmtimeState>,
    linker: wasmtime::component::Linker<WasmtimeState>,
    stdout: wasmtime_wasi::p2::pipe::MemoryOutputPipe,
    stderr: wasmtime_wasi::p2::pipe::MemoryOutputPipe,
}

impl WasmtimeHost {
    /// See [`CanonHost::new`].
    pub(crate) fn new(guest: Guest, setup: &Setup, root: Option<&Path>) -> Self {
        use wasmtime_wasi::p2::pipe::{MemoryInputPipe, MemoryOutputPipe};
        let stdout = MemoryOutputPipe::new(PIPE_CAPACITY);
        let stderr = MemoryOutputPipe::new(PIPE_CAPACITY);
        let mut builder = wasmtime_wasi::WasiCtxBuilder::new();
        builder
            .args(&setup.argv(guest))
            .envs(&setup.env)
            .stdin(MemoryInputPipe::new(setup.stdin.clone()))
            .stdout(stdout.clone())
            .stderr(stderr.clone());
        if let (Some(sandbox), Some(root)) = (setup.sandbox, root) {
            let perms = match sandbox.perms {
                Perms::ReadWrite => wasmtime_wasi::FsPerms::ReadWrite,
                Perms::ReadOnly => wasmtime_wasi::FsPerms::ReadOnly,
            };
            builder
                .preopened_dir(root.join("sandbox"), SANDBOX, perms)
                .unwrap();
        }
        if setup.network {
            // wasmtime-wasi's `inherit_network` only opens the address
            // check; TCP and UDP are off until allowed.
            builder
                .inherit_network()
                .allow_tcp(true)
                .allow_udp(true)
                .allow_ip_name_lookup(true);
        }
        let state = WasmtimeState {
            ctx: builder.build(),
            table: wasmtime::component::ResourceTable::new(),
        };
        let store = wasmtime::Store::new(wasmtime_engine(), state);
        let mut linker = wasmtime::component::Linker::new(wasmtime_engine());
        wasmtime_wasi::p2::add_to_linker_sync(&mut linker).unwrap();
        WasmtimeHost {
            store,
            linker,
            stdout,
            stderr,
        }
    }

    /// See [`CanonHost::run`].
    pub(crate) fn run(&mut self, guest: Guest) -> Exit {
        use wasmtime_wasi::p2::bindings::sync::Command;
        let component = wasmtime_component(guest);
        let command = match Command::instantiate(&mut self.store, &component, &self.linker) {
            Ok(command) => command,
            Err(e) => return Exit::Error(format!("instantiating: {e:?}")),
        };
        match command.wasi_cli_run().call_run(&mut self.store) {
            Ok(Ok(())) => Exit::Code(0),
            Ok(Err(())) => Exit::Code(1),
            Err(e) => {
                if let Some(exit) = e.downcast_ref::<wasmtime_wasi::I32Exit>() {
                    Exit::Code(exit.0)
                } else if let Some(trap) = e.downcast_ref::<wasmtime::Trap>() {
                    if *trap == wasmtime::Trap::UnreachableCodeReached {
                        Exit::Trap(UNREACHABLE.to_string())
                    } else {
                        Exit::Trap(trap.to_string())
                    }
                } else {
                    // A host function's error (a bad handle, say) traps.
                    Exit::Trap(format!("{e:?}"))
                }
            }
        }
    }

    pub(crate) fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.stdout.contents()).into_owned()
    }

    pub(crate) fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr.contents()).into_owned()
    }
}
