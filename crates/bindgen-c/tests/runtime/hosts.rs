//! The three hosts every guest runs on, behind one `Session`: canon-host
//! over wasmi and over wasmtime (with canon-wasi), and wasmtime's component
//! runtime (with wasmtime-wasi). Arguments and results are WAVE text, read
//! and written with each host's own types; host imports are written once,
//! over `Plain` values, and resource handles are numbers: host resources
//! by (type, rep), guest resources by their slot in the session's pool.

use std::fmt;
use std::sync::{Arc, OnceLock};

use canon_host::backend::EngineConfig;
use wasmtime_wasi::{WasiCtxView, WasiView};

use crate::build::{Guest, component};

/// The one environment variable every guest sees.
pub(crate) const ENV: (&str, &str) = ("CANON_C_GUEST", "yes");

/// Where a guest runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Host {
    CanonWasmi,
    CanonWasmtime,
    Wasmtime,
}

/// Every host, the reference (wasmtime's own runtime) last.
pub(crate) const HOSTS: [Host; 3] = [Host::CanonWasmi, Host::CanonWasmtime, Host::Wasmtime];

impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Host::CanonWasmi => "canon-host/wasmi",
            Host::CanonWasmtime => "canon-host/wasmtime",
            Host::Wasmtime => "wasmtime",
        })
    }
}

/// A value crossing a host import, whatever the host.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Plain {
    Str(String),
    U32(u32),
    S64(i64),
    Bool(bool),
    /// A handle of a host resource: its type number (as given to
    /// [`Imports::resource`]) and rep.
    Host {
        ty: u32,
        rep: u32,
        own: bool,
    },
    /// Any other value, as WAVE text (parameters only).
    Wave(String),
}

impl Plain {
    pub(crate) fn str(&self) -> &str {
        match self {
            Plain::Str(s) => s,
            other => panic!("expected a string, got {other:?}"),
        }
    }

    pub(crate) fn u32(&self) -> u32 {
        match self {
            Plain::U32(n) => *n,
            other => panic!("expected a u32, got {other:?}"),
        }
    }
}

type HostFn = Arc<dyn Fn(&[Plain]) -> Result<Option<Plain>, String> + Send + Sync>;
type Dtor = Arc<dyn Fn(u32) + Send + Sync>;

/// What the host gives the guest besides WASI.
#[derive(Clone, Default)]
pub(crate) struct Imports {
    funcs: Vec<(String, String, HostFn)>,
    resources: Vec<(String, String, u32, Dtor)>,
}

impl Imports {
    pub(crate) fn new() -> Imports {
        Imports::default()
    }

    /// Function `name` of interface `interface`.
    pub(crate) fn func(
        mut self,
        interface: &str,
        name: &str,
        f: impl Fn(&[Plain]) -> Result<Option<Plain>, String> + Send + Sync + 'static,
    ) -> Self {
        self.funcs
            .push((interface.to_string(), name.to_string(), Arc::new(f)));
        self
    }

    /// Resource `name` of interface `interface`, a dynamic host resource of
    /// type number `ty`; `dtor` sees the rep of each one the guest drops.
    pub(crate) fn resource(
        mut self,
        interface: &str,
        name: &str,
        ty: u32,
        dtor: impl Fn(u32) + Send + Sync + 'static,
    ) -> Self {
        self.resources
            .push((interface.to_string(), name.to_string(), ty, Arc::new(dtor)));
        self
    }
}

/// An argument of an export call.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Arg<'a> {
    /// WAVE text, read with the parameter's type.
    Wave(&'a str),
    /// The guest resource handle in slot `n` of the pool.
    Guest(usize),
    /// A new owned handle of a host resource.
    HostOwn { ty: u32, rep: u32 },
    /// A borrow of a host resource.
    HostBorrow { ty: u32, rep: u32 },
}

/// What an export returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Out {
    Nothing,
    /// The result in WAVE.
    Wave(String),
    /// A guest resource handle, put in slot `n` of the pool.
    Handle(usize),
    /// A handle of a host resource.
    Host {
        ty: u32,
        rep: u32,
        own: bool,
    },
}

/// One instance of a guest on one host.
pub(crate) struct Session {
    host: Host,
    guest: &'static str,
    inner: Inner,
}

enum Inner {
    Canon(Box<CanonSession>),
    Wasmtime(Box<WasmtimeSession>),
}

impl Session {
    /// Instantiates `guest` on `host` with `imports` and WASI (stdout
    /// captured).
    pub(crate) fn new(host: Host, guest: &Guest, imports: &Imports) -> Session {
        let bytes = component(guest);
        let inner = match host {
            Host::CanonWasmi | Host::CanonWasmtime => {
                Inner::Canon(Box::new(CanonSession::new(host, &bytes, imports)))
            }
            Host::Wasmtime => Inner::Wasmtime(Box::new(WasmtimeSession::new(&bytes, imports))),
        };
        Session {
            host,
            guest: guest.name,
            inner,
        }
    }

    /// Calls `export` (`iface#name` or a world-level name).
    pub(crate) fn try_call(&mut self, export: &str, args: &[Arg<'_>]) -> Result<Out, String> {
        match &mut self.inner {
            Inner::Canon(s) => s.call(export, args),
            Inner::Wasmtime(s) => s.call(export, args),
        }
    }

    /// Calls `export`, which must return.
    pub(crate) fn call(&mut self, export: &str, args: &[Arg<'_>]) -> Out {
        self.try_call(export, args).unwrap_or_else(|e| {
            panic!(
                "{} on {}: calling `{export}`{args:?}: {e}",
                self.guest, self.host
            )
        })
    }

    /// Calls `export` with WAVE arguments and returns its WAVE result.
    pub(crate) fn wave(&mut self, export: &str, args: &[&str]) -> String {
        let args: Vec<Arg<'_>> = args.iter().map(|a| Arg::Wave(a)).collect();
        match self.call(export, &args) {
            Out::Wave(text) => text,
            other => panic!(
                "{} on {}: `{export}` returned {other:?}, not a value",
                self.guest, self.host
            ),
        }
    }

    /// Asserts that `export(args)` returns `expected` (WAVE).
    #[track_caller]
    pub(crate) fn expect(&mut self, export: &str, args: &[&str], expected: &str) {
        let got = self.wave(export, args);
        assert_eq!(
            got,
            expected,
            "{} on {}: {export}({})",
            self.guest,
            self.host,
            args.join(", ")
        );
    }

    /// Calls an export returning a resource and gives its pool slot.
    pub(crate) fn handle(&mut self, export: &str, args: &[Arg<'_>]) -> usize {
        match self.call(export, args) {
            Out::Handle(n) => n,
            other => panic!(
                "{} on {}: `{export}` returned {other:?}, not a handle",
                self.guest, self.host
            ),
        }
    }

    /// Drops the guest resource handle in slot `n` of the pool.
    pub(crate) fn drop_handle(&mut self, n: usize) {
        let result = match &mut self.inner {
            Inner::Canon(s) => s.drop_handle(n),
            Inner::Wasmtime(s) => s.drop_handle(n),
        };
        result
            .unwrap_or_else(|e| panic!("{} on {}: dropping handle {n}: {e}", self.guest, self.host))
    }

    /// What the guest wrote to stdout so far.
    pub(crate) fn stdout(&self) -> String {
        let bytes = match &self.inner {
            Inner::Canon(s) => s.stdout.contents().to_vec(),
            Inner::Wasmtime(s) => s.stdout.contents().to_vec(),
        };
        String::from_utf8(bytes).unwrap()
    }
}

/// Splits `iface#name`.
fn split_export(export: &str) -> (Option<&str>, &str) {
    match export.rsplit_once('#') {
        Some((interface, name)) => (Some(interface), name),
        None => (None, export),
    }
}

// ---- canon-host ----

fn canon_engine(host: Host) -> &'static canon_host::Engine {
    static ENGINES: OnceLock<[canon_host::Engine; 2]> = OnceLock::new();
    let engines = ENGINES.get_or_init(|| {
        let config = EngineConfig::default();
        [
            canon_host::Engine::new(canon_backend_wasmi::WasmiEngine::new(&config).unwrap()),
            canon_host::Engine::new(canon_backend_wasmtime::WasmtimeEngine::new(&config).unwrap()),
        ]
    });
    match host {
        Host::CanonWasmi => &engines[0],
        Host::CanonWasmtime => &engines[1],
        Host::Wasmtime => unreachable!("not a canon-host host"),
    }
}

struct CanonState {
    wasi: canon_wasi::WasiCtx,
}

struct CanonSession {
    store: canon_host::Store<CanonState>,
    instance: canon_host::Instance,
    pool: Vec<Option<canon_host::ResourceAny>>,
    stdout: canon_wasi::MemoryOutputPipe,
}

fn canon_to_plain(
    value: &canon_host::Value,
    store: &mut canon_host::StoreContextMut<'_, CanonState>,
) -> Result<Plain, canon_host::Error> {
    use canon_host::Value;
    Ok(match value {
        Value::String(s) => Plain::Str(s.to_string()),
        Value::U32(n) => Plain::U32(*n),
        Value::S64(n) => Plain::S64(*n),
        Value::Bool(b) => Plain::Bool(*b),
        Value::Resource(any) => {
            let handle = canon_host::ResourceDynamic::try_from_resource_any(any.clone(), store)?;
            Plain::Host {
                ty: handle.ty(),
                rep: handle.rep(),
                own: handle.owned(),
            }
        }
        other => Plain::Wave(other.to_wave()?),
    })
}

fn canon_from_plain(
    plain: &Plain,
    store: &mut canon_host::StoreContextMut<'_, CanonState>,
) -> Result<canon_host::Value, canon_host::Error> {
    use canon_host::{ResourceDynamic, Value};
    Ok(match plain {
        Plain::Str(s) => Value::string(s),
        Plain::U32(n) => Value::U32(*n),
        Plain::S64(n) => Value::S64(*n),
        Plain::Bool(b) => Value::Bool(*b),
        Plain::Host { ty, rep, own } => {
            let handle = if *own {
                ResourceDynamic::new_own(*rep, *ty)
            } else {
                ResourceDynamic::new_borrow(*rep, *ty)
            };
            Value::Resource(handle.try_into_resource_any(store)?)
        }
        Plain::Wave(text) => {
            return Err(canon_host::Error::Type(format!(
                "a host import cannot return WAVE text ({text})"
            )));
        }
    })
}

impl CanonSession {
    fn new(host: Host, bytes: &[u8], imports: &Imports) -> CanonSession {
        let engine = canon_engine(host);
        let component = canon_host::Component::new(engine, bytes)
            .unwrap_or_else(|e| panic!("{host}: loading the component: {e}"));
        let stdout = canon_wasi::MemoryOutputPipe::new(1 << 20);
        let wasi = canon_wasi::WasiCtxBuilder::new()
            .envs([(ENV.0.to_string(), ENV.1.to_string())])
            .stdout(stdout.clone())
            .build();
        let mut store = canon_host::Store::new(engine, CanonState { wasi }).unwrap();
        let mut linker = canon_host::Linker::new();
        canon_wasi::add_to_linker(&mut linker, |s: &mut CanonState| &mut s.wasi).unwrap();
        for (interface, name, ty, dtor) in &imports.resources {
            let dtor = dtor.clone();
            linker
                .instance(interface)
                .unwrap()
                .resource(
                    name,
                    canon_host::ResourceType::host_dynamic(*ty),
                    move |_, rep| {
                        dtor(rep);
                        Ok(())
                    },
                )
                .unwrap();
        }
        for (interface, name, f) in &imports.funcs {
            let f = f.clone();
            let label = format!("{interface}#{name}");
            linker
                .instance(interface)
                .unwrap()
                .func_new(name, move |mut store, params, results| {
                    let params = params
                        .iter()
                        .map(|v| canon_to_plain(v, &mut store))
                        .collect::<Result<Vec<_>, _>>()?;
                    let result = f(&params).map_err(|e| {
                        canon_host::Error::Trap(
                            canon_host::TrapKind::Host(format!("{label}: {e}")).into(),
                        )
                    })?;
                    if let (Some(result), Some(slot)) = (result, results.first_mut()) {
                        *slot = canon_from_plain(&result, &mut store)?;
                    }
                    Ok(())
                })
                .unwrap();
        }
        let instance = linker
            .instantiate(&mut store, &component)
            .unwrap_or_else(|e| panic!("{host}: instantiating: {e}"));
        CanonSession {
            store,
            instance,
            pool: Vec::new(),
            stdout,
        }
    }

    fn call(&mut self, export: &str, args: &[Arg<'_>]) -> Result<Out, String> {
        use canon_host::{ResourceDynamic, Value};
        let func = match split_export(export) {
            (Some(interface), name) => self.instance.get_interface_func(interface, name),
            (None, name) => self.instance.get_func(name),
        }
        .ok_or_else(|| format!("no export `{export}`"))?;
        let ty = func.ty();
        if ty.params.len() != args.len() {
            return Err(format!(
                "{} parameters, {} arguments",
                ty.params.len(),
                args.len()
            ));
        }
        let mut params = Vec::new();
        for ((_, param_ty), arg) in ty.params.iter().zip(args) {
            params.push(match arg {
                Arg::Wave(text) => Value::from_wave(param_ty, text).map_err(|e| e.to_string())?,
                Arg::Guest(n) => Value::Resource(
                    self.pool[*n]
                        .clone()
                        .ok_or_else(|| format!("handle {n} was dropped"))?,
                ),
                Arg::HostOwn { ty, rep } => Value::Resource(
                    ResourceDynamic::new_own(*rep, *ty)
                        .try_into_resource_any(&mut self.store)
                        .map_err(|e| e.to_string())?,
                ),
                Arg::HostBorrow { ty, rep } => Value::Resource(
                    ResourceDynamic::new_borrow(*rep, *ty)
                        .try_into_resource_any(&mut self.store)
                        .map_err(|e| e.to_string())?,
                ),
            });
        }
        let mut results = vec![Value::Bool(false); ty.result_count()];
        func.call(&mut self.store, &params, &mut results)
            .map_err(|e| e.to_string())?;
        Ok(match results.pop() {
            None => Out::Nothing,
            Some(Value::Resource(any)) => {
                match ResourceDynamic::try_from_resource_any(any.clone(), &mut self.store) {
                    Ok(handle) => Out::Host {
                        ty: handle.ty(),
                        rep: handle.rep(),
                        own: handle.owned(),
                    },
                    Err(_) => {
                        self.pool.push(Some(any));
                        Out::Handle(self.pool.len() - 1)
                    }
                }
            }
            Some(value) => Out::Wave(value.to_wave().map_err(|e| e.to_string())?),
        })
    }

    fn drop_handle(&mut self, n: usize) -> Result<(), String> {
        let any = self.pool[n]
            .take()
            .ok_or_else(|| format!("handle {n} was dropped already"))?;
        any.resource_drop(&mut self.store)
            .map_err(|e| e.to_string())
    }
}

// ---- wasmtime ----

fn wasmtime_engine() -> &'static wasmtime::Engine {
    static ENGINE: OnceLock<wasmtime::Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut config = wasmtime::Config::new();
        config.wasm_component_model(true);
        wasmtime::Engine::new(&config).unwrap()
    })
}

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

struct WasmtimeSession {
    store: wasmtime::Store<WasmtimeState>,
    instance: wasmtime::component::Instance,
    pool: Vec<Option<wasmtime::component::ResourceAny>>,
    stdout: wasmtime_wasi::p2::pipe::MemoryOutputPipe,
}

fn wasmtime_to_plain(
    value: &wasmtime::component::Val,
    store: &mut wasmtime::StoreContextMut<'_, WasmtimeState>,
) -> wasmtime::Result<Plain> {
    use wasmtime::component::{ResourceDynamic, Val};
    Ok(match value {
        Val::String(s) => Plain::Str(s.clone()),
        Val::U32(n) => Plain::U32(*n),
        Val::S64(n) => Plain::S64(*n),
        Val::Bool(b) => Plain::Bool(*b),
        Val::Resource(any) => {
            let handle = ResourceDynamic::try_from_resource_any(*any, &mut *store)?;
            Plain::Host {
                ty: handle.ty(),
                rep: handle.rep(),
                own: handle.owned(),
            }
        }
        other => Plain::Wave(wasm_wave::to_string(other)?),
    })
}

fn wasmtime_from_plain(
    plain: &Plain,
    store: &mut wasmtime::StoreContextMut<'_, WasmtimeState>,
) -> wasmtime::Result<wasmtime::component::Val> {
    use wasmtime::component::{ResourceDynamic, Val};
    Ok(match plain {
        Plain::Str(s) => Val::String(s.clone()),
        Plain::U32(n) => Val::U32(*n),
        Plain::S64(n) => Val::S64(*n),
        Plain::Bool(b) => Val::Bool(*b),
        Plain::Host { ty, rep, own } => {
            let handle = if *own {
                ResourceDynamic::new_own(*rep, *ty)
            } else {
                ResourceDynamic::new_borrow(*rep, *ty)
            };
            Val::Resource(handle.try_into_resource_any(&mut *store)?)
        }
        Plain::Wave(text) => wasmtime::bail!("a host import cannot return WAVE text ({text})"),
    })
}

impl WasmtimeSession {
    fn new(bytes: &[u8], imports: &Imports) -> WasmtimeSession {
        use wasmtime::component::{Linker, ResourceType};
        let engine = wasmtime_engine();
        let component = wasmtime::component::Component::new(engine, bytes)
            .unwrap_or_else(|e| panic!("wasmtime: loading the component: {e:?}"));
        let stdout = wasmtime_wasi::p2::pipe::MemoryOutputPipe::new(1 << 20);
        let state = WasmtimeState {
            ctx: wasmtime_wasi::WasiCtxBuilder::new()
                .env(ENV.0, ENV.1)
                .stdout(stdout.clone())
                .build(),
            table: wasmtime::component::ResourceTable::new(),
        };
        let mut store = wasmtime::Store::new(engine, state);
        let mut linker = Linker::new(engine);
        wasmtime_wasi::p2::add_to_linker_sync(&mut linker).unwrap();
        for (interface, name, ty, dtor) in &imports.resources {
            let dtor = dtor.clone();
            linker
                .instance(interface)
                .unwrap()
                .resource(name, ResourceType::host_dynamic(*ty), move |_, rep| {
                    dtor(rep);
                    Ok(())
                })
                .unwrap();
        }
        for (interface, name, f) in &imports.funcs {
            let f = f.clone();
            let label = format!("{interface}#{name}");
            linker
                .instance(interface)
                .unwrap()
                .func_new(name, move |mut store, _, params, results| {
                    let params = params
                        .iter()
                        .map(|v| wasmtime_to_plain(v, &mut store))
                        .collect::<wasmtime::Result<Vec<_>>>()?;
                    let result = f(&params).map_err(|e| wasmtime::format_err!("{label}: {e}"))?;
                    if let (Some(result), Some(slot)) = (result, results.first_mut()) {
                        *slot = wasmtime_from_plain(&result, &mut store)?;
                    }
                    Ok(())
                })
                .unwrap();
        }
        let instance = linker
            .instantiate(&mut store, &component)
            .unwrap_or_else(|e| panic!("wasmtime: instantiating: {e:?}"));
        WasmtimeSession {
            store,
            instance,
            pool: Vec::new(),
            stdout,
        }
    }

    fn call(&mut self, export: &str, args: &[Arg<'_>]) -> Result<Out, String> {
        use wasmtime::component::{ResourceDynamic, Val};
        let (interface, name) = split_export(export);
        let parent = match interface {
            Some(interface) => Some(
                self.instance
                    .get_export_index(&mut self.store, None, interface)
                    .ok_or_else(|| format!("no export `{interface}`"))?,
            ),
            None => None,
        };
        let index = self
            .instance
            .get_export_index(&mut self.store, parent.as_ref(), name)
            .ok_or_else(|| format!("no export `{export}`"))?;
        let func = self
            .instance
            .get_func(&mut self.store, index)
            .ok_or_else(|| format!("`{export}` is not a function"))?;
        let func_ty = func.ty(&self.store);
        let param_types: Vec<_> = func_ty.params().map(|(_, t)| t).collect();
        let result_count = func_ty.results().len();
        if param_types.len() != args.len() {
            return Err(format!(
                "{} parameters, {} arguments",
                param_types.len(),
                args.len()
            ));
        }
        let mut params = Vec::new();
        for (ty, arg) in param_types.iter().zip(args) {
            params.push(match arg {
                Arg::Wave(text) => {
                    wasm_wave::from_str::<Val>(ty, text).map_err(|e| e.to_string())?
                }
                Arg::Guest(n) => {
                    Val::Resource(self.pool[*n].ok_or_else(|| format!("handle {n} was dropped"))?)
                }
                Arg::HostOwn { ty, rep } => Val::Resource(
                    ResourceDynamic::new_own(*rep, *ty)
                        .try_into_resource_any(&mut self.store)
                        .map_err(|e| format!("{e:?}"))?,
                ),
                // wasmtime makes a borrowed `ResourceAny` only inside a
                // host call; outside one, the host lends an own handle
                // (which it keeps), as the component model allows.
                Arg::HostBorrow { ty, rep } => Val::Resource(
                    ResourceDynamic::new_own(*rep, *ty)
                        .try_into_resource_any(&mut self.store)
                        .map_err(|e| format!("{e:?}"))?,
                ),
            });
        }
        let mut results = vec![Val::Bool(false); result_count];
        func.call(&mut self.store, &params, &mut results)
            .map_err(|e| format!("{e:?}"))?;
        Ok(match results.pop() {
            None => Out::Nothing,
            Some(Val::Resource(any)) => {
                match ResourceDynamic::try_from_resource_any(any, &mut self.store) {
                    Ok(handle) => Out::Host {
                        ty: handle.ty(),
                        rep: handle.rep(),
                        own: handle.owned(),
                    },
                    Err(_) => {
                        self.pool.push(Some(any));
                        Out::Handle(self.pool.len() - 1)
                    }
                }
            }
            Some(value) => Out::Wave(wasm_wave::to_string(&value).map_err(|e| e.to_string())?),
        })
    }

    fn drop_handle(&mut self, n: usize) -> Result<(), String> {
        let any = self.pool[n]
            .take()
            .ok_or_else(|| format!("handle {n} was dropped already"))?;
        any.resource_drop(&mut self.store)
            .map_err(|e| format!("{e:?}"))
    }
}
