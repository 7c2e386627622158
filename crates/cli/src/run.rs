//! `canon run`: instantiates a component on canon-host with WASI 0.2 linked
//! (canon-wasi) and runs it as a command (`wasi:cli/run`), or invokes one
//! export with arguments and result in WAVE text. Flags follow `wasmtime
//! run`'s names.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use canon_host::backend::StoreLimits;
use canon_host::{Component, Func, Instance, Linker, Store, Value};
use canon_wasi::{DirPerms, FilePerms, WasiCtx, WasiCtxBuilder};
use wasm_wave::untyped::UntypedFuncCall;

use crate::engines::engines;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The component binary.
    component: PathBuf,
    /// Arguments passed to the guest (after its name, the component's file
    /// name).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
    /// Invoke one export instead of running `wasi:cli/run`, in WAVE:
    /// `name(arg, …)`. An export of an exported interface is named
    /// `interface#name`, e.g. `a:b/c#f(1)`.
    #[arg(long)]
    invoke: Option<String>,
    /// The core engine: wasmi, wasmtime, or both (one after the other).
    #[arg(long, default_value = "wasmtime")]
    backend: String,
    /// Grant the guest a host directory, as `HOST[::GUEST]` (GUEST defaults
    /// to HOST). Repeatable.
    #[arg(long = "dir", value_name = "HOST[::GUEST]")]
    dirs: Vec<String>,
    /// Set an environment variable, as `NAME=VALUE`, or `NAME` to pass the
    /// host's value. Repeatable.
    #[arg(long = "env", value_name = "NAME[=VALUE]")]
    envs: Vec<String>,
    /// Let the guest open TCP and UDP sockets and look names up, to and
    /// from any address (denied by default).
    #[arg(long)]
    inherit_network: bool,
    /// Stop the guest after this much fuel (about one unit per wasm
    /// instruction).
    #[arg(long, value_name = "N")]
    fuel: Option<u64>,
    /// The most bytes any one linear memory of the guest may grow to; a
    /// `memory.grow` past it fails (returns -1). Accepts `K`, `M` and `G`
    /// suffixes (powers of 1024).
    #[arg(long, value_name = "BYTES", default_value = DEFAULT_MAX_MEMORY, value_parser = parse_bytes)]
    max_memory: usize,
    /// Satisfy imports the component needs (beyond WASI) with functions that
    /// trap when called, instead of refusing to instantiate.
    #[arg(long)]
    trap_unknown_imports: bool,
}

/// The default `--max-memory`: 1 GiB. On wasmi a memory is a real
/// allocation, so the bound protects the host; 1 GiB is more than any
/// program of this suite or a typical command needs.
const DEFAULT_MAX_MEMORY: &str = "1G";

/// The exit status after a trap: 128 + SIGABRT, as `wasmtime run` uses, so a
/// trap is told apart from a guest's own `exit(1)`.
const TRAP_EXIT_CODE: u8 = 134;

fn parse_bytes(text: &str) -> Result<usize, String> {
    let text = text.trim();
    let (digits, scale) = match text.char_indices().last() {
        Some((i, 'k' | 'K')) => (&text[..i], 1usize << 10),
        Some((i, 'm' | 'M')) => (&text[..i], 1 << 20),
        Some((i, 'g' | 'G')) => (&text[..i], 1 << 30),
        _ => (text, 1),
    };
    let n: usize = digits
        .parse()
        .map_err(|_| format!("`{text}` is not a byte count such as 65536, 64K, 16M or 1G"))?;
    n.checked_mul(scale)
        .ok_or_else(|| format!("`{text}` is too large"))
}

/// The store's data: WASI's context.
struct State {
    wasi: WasiCtx,
}

/// An `--invoke` argument split into the export's path and the WAVE call.
#[derive(Debug)]
struct Invocation<'a> {
    /// `Some(interface)` for `interface#name`.
    interface: Option<&'a str>,
    name: &'a str,
    /// The arguments with their parentheses, `(…)`.
    arguments: &'a str,
    /// The whole `--invoke` text.
    text: &'a str,
}

fn split_invocation(text: &str) -> Result<Invocation<'_>> {
    let text = text.trim();
    let Some(open) = text.find('(') else {
        bail!("`--invoke {text}`: expected a call such as `name(arg, …)`");
    };
    let (path, arguments) = text.split_at(open);
    let path = path.trim();
    if path.is_empty() {
        bail!("`--invoke {text}`: the call names no function");
    }
    let (interface, name) = match path.rsplit_once('#') {
        Some((interface, name)) => (Some(interface), name),
        None => (None, path),
    };
    Ok(Invocation {
        interface,
        name,
        arguments,
        text,
    })
}

fn find_export(instance: &Instance, call: &Invocation<'_>) -> Result<Func> {
    let found = match call.interface {
        Some(interface) => instance.get_interface_func(interface, call.name),
        None => instance.get_func(call.name),
    };
    found.with_context(|| {
        let names: Vec<&str> = instance.export_names().collect();
        format!(
            "the component exports no function `{}`; its exports are: {}",
            match call.interface {
                Some(interface) => format!("{interface}#{}", call.name),
                None => call.name.to_string(),
            },
            names.join(", ")
        )
    })
}

/// `--dir HOST[::GUEST]` split.
fn split_dir(spec: &str) -> (&str, &str) {
    match spec.split_once("::") {
        Some((host, guest)) => (host, guest),
        None => (spec, spec),
    }
}

fn wasi_ctx(args: &Args) -> Result<WasiCtx> {
    let mut builder = WasiCtxBuilder::new();
    builder.inherit_stdio();
    let name = args
        .component
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| args.component.display().to_string());
    builder.arg(name).args(args.args.iter().cloned());
    for env in &args.envs {
        match env.split_once('=') {
            Some((name, value)) => builder.env(name, value),
            None => match std::env::var(env) {
                Ok(value) => builder.env(env, value),
                Err(_) => bail!("`--env {env}`: the host has no variable `{env}` to pass on"),
            },
        };
    }
    for dir in &args.dirs {
        let (host, guest) = split_dir(dir);
        builder
            .preopened_dir(host, guest, DirPerms::ALL, FilePerms::ALL)
            .with_context(|| format!("`--dir {dir}`: opening host directory `{host}`"))?;
    }
    if args.inherit_network {
        builder.inherit_network();
    }
    Ok(builder.build())
}

pub(crate) fn run(args: Args) -> Result<ExitCode> {
    let bytes = std::fs::read(&args.component)
        .with_context(|| format!("reading `{}`", args.component.display()))?;
    let call = args.invoke.as_deref().map(split_invocation).transpose()?;
    let engines = engines(&args.backend, args.fuel.is_some())?;
    let several = engines.len() > 1;
    let mut status = ExitCode::SUCCESS;
    for (backend, engine) in engines {
        let component = Component::new(&engine, &bytes)
            .with_context(|| format!("loading `{}`", args.component.display()))?;
        let mut linker = Linker::<State>::new();
        canon_wasi::add_to_linker(&mut linker, |s| &mut s.wasi)?;
        if args.trap_unknown_imports {
            linker.define_unknown_imports_as_traps();
        }
        let limits = StoreLimits {
            fuel: args.fuel,
            max_memory_bytes: Some(args.max_memory),
            max_table_elements: None,
        };
        let state = State {
            wasi: wasi_ctx(&args)?,
        };
        let mut store = Store::with_limits(&engine, state, &limits)?;
        let instance = linker
            .instantiate(&mut store, &component)
            .with_context(|| format!("instantiating `{}`", args.component.display()))?;
        let prefix = if several {
            format!("{backend}: ")
        } else {
            String::new()
        };
        let code = match &call {
            Some(call) => {
                invoke(&mut store, &instance, call, &prefix, several)?;
                ExitCode::SUCCESS
            }
            None => run_command(&mut store, &instance, &args, &prefix)?,
        };
        if code != ExitCode::SUCCESS {
            status = code;
        }
    }
    Ok(status)
}

/// Runs `wasi:cli/run`: its answer, an `exit` status or a trap becomes the
/// exit code.
fn run_command(
    store: &mut Store<State>,
    instance: &Instance,
    args: &Args,
    prefix: &str,
) -> Result<ExitCode> {
    let command = canon_wasi::Command::new(instance).map_err(|_| {
        let names: Vec<&str> = instance.export_names().collect();
        anyhow::anyhow!(
            "`{}` exports no `wasi:cli/run`, so it is not a command; call one of its exports \
             with `--invoke` (exports: {})",
            args.component.display(),
            names.join(", ")
        )
    })?;
    match canon_wasi::exit_status(command.wasi_cli_run().call_run(store)) {
        Ok(code) => Ok(ExitCode::from(code as u8)),
        Err(canon_host::Error::Trap(trap)) => {
            eprintln!(
                "{prefix}error: `{}` trapped: {trap}",
                args.component.display()
            );
            Ok(ExitCode::from(TRAP_EXIT_CODE))
        }
        Err(error) => Err(error).context(format!("running `{}`", args.component.display())),
    }
}

/// Calls one export and prints its result as WAVE.
fn invoke(
    store: &mut Store<State>,
    instance: &Instance,
    call: &Invocation<'_>,
    prefix: &str,
    several: bool,
) -> Result<()> {
    let func = find_export(instance, call)?;
    let ty = func.ty();
    // WAVE parses the arguments against the parameter types; the name it
    // sees is a placeholder, as it accepts only plain labels.
    let wave_call = format!("f{}", call.arguments);
    let text = call.text;
    let params: Vec<Value> = UntypedFuncCall::parse(&wave_call)
        .and_then(|parsed| parsed.to_wasm_params(ty.params.iter().map(|(_, t)| t)))
        .map_err(|error| anyhow::anyhow!("`--invoke {text}`: {error}"))?;
    let mut results = vec![Value::Bool(false); ty.result_count()];
    func.call(&mut *store, &params, &mut results)
        .with_context(|| format!("calling `{}`", text.trim()))?;
    match results.first() {
        Some(result) => println!("{prefix}{}", result.to_wave()?),
        None if several => println!("{prefix}(no result)"),
        None => {}
    }
    Ok(())
}
