//! `canon run`: instantiates a component on canon-host and invokes one export,
//! with arguments and result in WAVE text.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use canon_host::{Component, Func, Instance, Linker, Store, Value};
use wasm_wave::untyped::UntypedFuncCall;

use crate::engines::engines;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The component binary.
    component: PathBuf,
    /// The call, in WAVE: `name(arg, …)`. An export of an exported
    /// interface is named `interface#name`, e.g. `a:b/c#f(1)`.
    #[arg(long)]
    invoke: String,
    /// The core engine: wasmi, wasmtime, or both.
    #[arg(long, default_value = "wasmtime")]
    backend: String,
    /// Satisfy imports the component needs with functions that trap when
    /// called, instead of refusing to instantiate.
    #[arg(long)]
    trap_unknown_imports: bool,
}

/// An `--invoke` argument split into the export's path and the WAVE call.
#[derive(Debug)]
struct Invocation<'a> {
    /// `Some(interface)` for `interface#name`.
    interface: Option<&'a str>,
    name: &'a str,
    /// The arguments with their parentheses, `(…)`.
    arguments: &'a str,
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

pub(crate) fn run(args: Args) -> Result<()> {
    let bytes = std::fs::read(&args.component)
        .with_context(|| format!("reading `{}`", args.component.display()))?;
    let call = split_invocation(&args.invoke)?;
    let engines = engines(&args.backend)?;
    let several = engines.len() > 1;
    for (backend, engine) in engines {
        let component = Component::new(&engine, &bytes)
            .with_context(|| format!("loading `{}`", args.component.display()))?;
        let mut linker = Linker::<()>::new();
        if args.trap_unknown_imports {
            linker.define_unknown_imports_as_traps();
        }
        let mut store = Store::new(&engine, ())?;
        let instance = linker
            .instantiate(&mut store, &component)
            .with_context(|| format!("instantiating `{}`", args.component.display()))?;
        let func = find_export(&instance, &call)?;
        let ty = func.ty();
        // WAVE parses the arguments against the parameter types; the name it
        // sees is a placeholder, as it accepts only plain labels.
        let wave_call = format!("f{}", call.arguments);
        let params: Vec<Value> = UntypedFuncCall::parse(&wave_call)
            .and_then(|parsed| parsed.to_wasm_params(ty.params.iter().map(|(_, t)| t)))
            .map_err(|error| anyhow::anyhow!("`--invoke {}`: {error}", args.invoke))?;
        let mut results = vec![Value::Bool(false); ty.result_count()];
        func.call(&mut store, &params, &mut results)
            .with_context(|| format!("calling `{}`", args.invoke.trim()))?;
        let prefix = if several {
            format!("{backend}: ")
        } else {
            String::new()
        };
        match results.first() {
            Some(result) => println!("{prefix}{}", result.to_wave()?),
            None if several => println!("{prefix}(no result)"),
            None => {}
        }
    }
    Ok(())
}
