//! `cargo xtask diff`: the differential harness. Echo guests for hand-written
//! and generated worlds run on several hosts; every result, trap and import
//! trace is compared.
//!
//! A run has three phases: derive each world's echo world and write its
//! guests (Rust crates with canon-bindgen-rust's bindings, and optionally the
//! core echo module); build every Rust guest in one cargo invocation; then,
//! on `--jobs` threads, make each guest's components (canon-encode and
//! wit-component) and run its calls on every host.

pub(crate) mod build;
mod c_guest;
mod canon_host;
mod echo;
mod guest;
mod handles;
mod reference;
mod transform;
mod traps;
mod values;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::{Context, Result};
use arbitrary::Unstructured;
use canon_wit::wit_parser::{FunctionKind, Resolve, Type as WitType, TypeDefKind, WorldId};
use wasmtime::component::types::ComponentFunc;
use wasmtime::component::{Component, Type, Val};

use crate::report::{Counts, Progress};
use build::{GuestCrate, GuestWorkspace};
use echo::{EchoComponents, EchoWorld, echo_world};
use guest::{GuestSource, RustGuest};
use traps::{Failure, TrapClass};
use values::{ImportResults, bytes_for, vals_equal};

/// Case numbers are `world index * CASE_STRIDE + call index`, so that
/// `--case` can pick its world without building the others.
const CASE_STRIDE: u64 = 100_000;

/// The kinds of guest a world is run with.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum GuestKind {
    /// A Rust guest with canon-bindgen-rust's bindings, passing values on.
    Rust,
    /// A Rust guest that transforms values on the way (see `transform.rs`).
    RustTransform,
    /// A core module written directly from canon-abi's signatures.
    Core,
    /// A freestanding C guest with canon-bindgen-c's bindings, passing
    /// values on (see `c_guest.rs`).
    C,
}

impl GuestKind {
    fn name(self) -> &'static str {
        match self {
            GuestKind::Rust => "rust",
            GuestKind::RustTransform => "rust-transform",
            GuestKind::Core => "core",
            GuestKind::C => "c",
        }
    }
}

#[derive(clap::Args, Debug, Clone)]
pub(crate) struct DiffArgs {
    /// Seed of every generated world, argument and import result.
    #[arg(long, default_value_t = 0)]
    pub(crate) seed: u64,
    /// How many canon-smith worlds (with something to echo) to run after the test-wits corpus.
    #[arg(long, default_value_t = 50)]
    pub(crate) count: u32,
    /// Run only this WIT file or directory instead of the corpus and smith worlds.
    #[arg(long)]
    pub(crate) wit: Option<PathBuf>,
    /// Argument sets per function.
    #[arg(long, default_value_t = 4)]
    pub(crate) cases: u32,
    /// Run only the case with this number (as printed in a mismatch report).
    #[arg(long)]
    pub(crate) case: Option<u64>,
    /// Save each world's WIT, guest sources and components in this directory.
    #[arg(long)]
    pub(crate) keep: Option<PathBuf>,
    /// Worlds run at once, and cargo's build jobs (default: the number of CPUs).
    #[arg(long)]
    pub(crate) jobs: Option<usize>,
    /// Guest kinds to run (repeat or separate with commas).
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [GuestKind::Rust, GuestKind::RustTransform])]
    pub(crate) guest: Vec<GuestKind>,
}

impl DiffArgs {
    /// The run `cargo xtask test-all` makes: test-wits and 50 smith worlds.
    pub(crate) fn test_all() -> Self {
        DiffArgs {
            seed: 0,
            count: 50,
            wit: None,
            cases: 4,
            case: None,
            keep: None,
            jobs: None,
            guest: vec![
                GuestKind::Rust,
                GuestKind::RustTransform,
                GuestKind::Core,
                GuestKind::C,
            ],
        }
    }

    fn reproduce(&self, case: u64) -> String {
        let mut command = format!("cargo xtask diff --seed {}", self.seed);
        match &self.wit {
            Some(path) => command.push_str(&format!(" --wit {}", path.display())),
            None => command.push_str(&format!(" --count {}", self.count)),
        }
        command.push_str(&format!(" --cases {} --case {case}", self.cases));
        command
    }
}

/// One export call.
#[derive(Debug, Clone)]
pub(crate) struct Call {
    pub(crate) number: u64,
    pub(crate) interface: String,
    pub(crate) function: String,
    /// Arguments, with placeholders where handles go.
    pub(crate) args: Vec<Val>,
    /// Whether the function passes handles: its outcome is compared with
    /// the reference host's rather than computed.
    pub(crate) handles: bool,
}

/// One import call a host saw.
#[derive(Debug, Clone)]
pub(crate) struct ImportCall {
    pub(crate) name: String,
    pub(crate) args: Vec<Val>,
}

/// What one host made of one call.
#[derive(Debug)]
pub(crate) struct Outcome {
    pub(crate) result: Result<Vec<Val>, Failure>,
    pub(crate) trace: Vec<ImportCall>,
    /// After a trap, the same call again on the trapped instance (which must
    /// be locked down); the next call then gets a fresh instance.
    pub(crate) after_trap: Option<Result<Vec<Val>, Failure>>,
}

/// A world to test: where it came from, for reports and reproduction.
struct WorldUnderTest {
    label: String,
    resolve: Resolve,
    world: WorldId,
}

/// The test-wits worlds, labelled by their path from the workspace root, so
/// that a run's values (seeded by the label) do not depend on the checkout.
fn corpus_worlds() -> Result<Vec<WorldUnderTest>> {
    let root = crate::workspace_root()?;
    let mut worlds = Vec::new();
    for entry in canon_wit::corpus_entries(&root.join("test-wits"))? {
        let mut loaded = load_worlds(&entry.path)?;
        let relative = entry.path.strip_prefix(&root).unwrap_or(&entry.path);
        for world in &mut loaded {
            if let Some((_, name)) = world.label.rsplit_once('#') {
                world.label = format!("{}#{name}", relative.display());
            }
        }
        worlds.extend(loaded);
    }
    Ok(worlds)
}

fn load_worlds(path: &Path) -> Result<Vec<WorldUnderTest>> {
    let loaded = canon_wit::Loader::new()
        .all_features(true)
        .load_path(path)
        .with_context(|| format!("loading {}", path.display()))?;
    Ok(loaded.resolve.packages[loaded.package]
        .worlds
        .iter()
        .map(|(name, &world)| WorldUnderTest {
            label: format!("{}#{name}", path.display()),
            resolve: loaded.resolve.clone(),
            world,
        })
        .collect())
}

/// canon-smith's size knobs for attempt `attempt`: every third world is
/// bigger (more parameters and members, deeper nesting), so that spilled
/// parameters and results and large variants come up often.
fn smith_config(attempt: u64) -> canon_smith::Config {
    let config = canon_smith::Config::default();
    if attempt.is_multiple_of(3) {
        canon_smith::Config {
            max_params: 10,
            max_depth: 4,
            max_members: 9,
            ..config
        }
    } else {
        config
    }
}

/// `count` canon-smith worlds that have something to echo.
fn smith_worlds(seed: u64, count: u32) -> Vec<WorldUnderTest> {
    let mut worlds = Vec::new();
    let mut attempt = 0u64;
    while worlds.len() < count as usize && attempt < u64::from(count) * 50 {
        attempt += 1;
        let bytes = bytes_for(seed, &format!("smith-{attempt}"), 4096);
        let mut u = Unstructured::new(&bytes);
        let Ok(source) = canon_smith::generate(&mut u, &smith_config(attempt)) else {
            continue;
        };
        let Ok(loaded) = canon_wit::Loader::new().load_source("smith.wit", &source) else {
            continue;
        };
        let Some((name, &world)) = loaded.resolve.packages[loaded.package].worlds.iter().next()
        else {
            continue;
        };
        if !matches!(echo_world(&loaded.resolve, world), Ok(Some(_))) {
            continue;
        }
        worlds.push(WorldUnderTest {
            label: format!("smith seed {seed} attempt {attempt} world {name}"),
            resolve: loaded.resolve,
            world,
        });
    }
    worlds
}

/// The export calls of an echo world, `cases` argument sets per function.
fn calls_for(echo: &EchoWorld, args: &DiffArgs, index: usize, label: &str) -> Vec<Call> {
    let mut calls = Vec::new();
    for (interface, func) in &echo.functions {
        let types: Vec<_> = func.params.iter().map(|p| &p.ty).collect();
        for case in 0..args.cases {
            let seed_label = format!("{label}/{interface}#{}/{case}", func.name);
            let Ok(values) = values::generate(args.seed, &seed_label, &echo.resolve, &types) else {
                continue;
            };
            calls.push(Call {
                number: index as u64 * CASE_STRIDE + calls.len() as u64,
                interface: interface.clone(),
                function: func.name.clone(),
                args: values,
                handles: echo::function_mentions_handles(&echo.resolve, func),
            });
        }
    }
    calls
}

/// For each resource the calls pass, the calls that can make one: calls
/// with no handle arguments whose result can hold an owning handle of it.
/// Constructors come first, then functions returning the handle itself.
fn producers(echo: &EchoWorld, calls: &[Call]) -> handles::Producers {
    let mut producers = handles::Producers::new();
    let resources: Vec<String> = calls
        .iter()
        .flat_map(|call| handles::placeholders(&call.args))
        .map(|(resource, _)| resource)
        .collect();
    for resource in resources {
        if producers.contains_key(&resource) {
            continue;
        }
        let mut found: Vec<(u8, Call)> = Vec::new();
        for call in calls {
            if !handles::placeholders(&call.args).is_empty() {
                continue;
            }
            let Some((_, func)) = echo
                .functions
                .iter()
                .find(|(i, f)| *i == call.interface && f.name == call.function)
            else {
                continue;
            };
            let Some(result) = &func.result else { continue };
            if !handles::may_hold_own(&echo.resolve, result, &resource) {
                continue;
            }
            let rank = if let FunctionKind::Constructor(_) = func.kind {
                0
            } else if let WitType::Id(id) = result
                && let TypeDefKind::Handle(_) = echo.resolve.types[*id].kind
            {
                1
            } else {
                2
            };
            found.push((rank, call.clone()));
        }
        found.sort_by_key(|(rank, _)| *rank);
        producers.insert(resource, found.into_iter().map(|(_, call)| call).collect());
    }
    producers
}

/// A guest of one world, ready to run or failed to build.
enum GuestModule {
    /// A core module with the echo world's metadata.
    Module(Vec<u8>),
    /// A Rust guest waiting for the batch build.
    Crate(GuestCrate, Box<GuestSource>),
    /// A C guest, built when it runs.
    C(Box<c_guest::CGuest>),
    /// Generating or building the guest failed (a bindings bug, usually).
    Failed(String),
}

/// A world ready to run: its echo world, calls and guests.
struct Prepared {
    index: usize,
    label: String,
    echo: EchoWorld,
    calls: Vec<Call>,
    guests: Vec<(GuestKind, GuestModule)>,
}

/// What running one guest of one world found.
#[derive(Debug, Default)]
struct GuestReport {
    calls: u64,
    /// Calls of functions that pass handles (compared across hosts).
    handle_calls: u64,
    /// Of those, calls that found no handle to pass.
    without_handles: u64,
    /// Calls whose import trapped on purpose (their traps are compared).
    trapping_calls: u64,
    /// Calls this kind of guest cannot make (not counted).
    unsupported: u64,
    passed: u64,
    skipped: bool,
    /// Failures by host (or stage: `guest build`, `canon-encode`).
    failures: Vec<(String, u64)>,
    lines: Vec<String>,
}

impl GuestReport {
    fn fail(&mut self, host: &str, line: String) {
        self.lines.push(line);
        match self.failures.iter_mut().find(|(name, _)| name == host) {
            Some((_, n)) => *n += 1,
            None => self.failures.push((host.to_string(), 1)),
        }
    }
}

/// The engines every run shares.
struct Hosts {
    wasmtime: wasmtime::Engine,
    canon: Vec<(&'static str, ::canon_host::Engine)>,
}

impl Hosts {
    fn new() -> Result<Self> {
        Ok(Hosts {
            wasmtime: reference::engine()?,
            canon: vec![
                (
                    "canon-host+wasmi",
                    ::canon_host::Engine::new(
                        canon_backend_wasmi::WasmiEngine::new(&Default::default())
                            .map_err(|e| anyhow::anyhow!("{e}"))?,
                    ),
                ),
                (
                    "canon-host+wasmtime",
                    ::canon_host::Engine::new(
                        canon_backend_wasmtime::WasmtimeEngine::new(&Default::default())
                            .map_err(|e| anyhow::anyhow!("{e}"))?,
                    ),
                ),
            ],
        })
    }
}

/// `val` as WAVE text when canon-host can spell it, else as debug output
/// (handle stand-ins as `own<resource>#rep` and the like).
fn wave(val: &Val, ty: Option<&Type>) -> String {
    if let Some(text) = handles::describe(val) {
        return text;
    }
    ty.and_then(|ty| canon_host::value_type(ty).ok())
        .and_then(|ty| canon_host::to_canon(val, &ty).ok())
        .and_then(|value| value.to_wave().ok())
        .unwrap_or_else(|| format!("{val:?}"))
}

fn wave_list(vals: &[Val], types: &[Type]) -> String {
    let items: Vec<String> = vals
        .iter()
        .enumerate()
        .map(|(i, v)| wave(v, types.get(i)))
        .collect();
    format!("({})", items.join(", "))
}

/// What the import must see and the export must return, for one call.
struct Expected {
    /// `interface#function` of the import.
    import: String,
    import_args: Vec<Val>,
    results: Vec<Val>,
    /// The import traps (an injected trap) instead of returning.
    trap: bool,
}

fn expected(
    kind: GuestKind,
    call: &Call,
    func: &ComponentFunc,
    import_results: &ImportResults,
) -> Expected {
    let label = format!("{}#{}", call.interface, call.function);
    let result_types: Vec<Type> = func.results().collect();
    if kind == GuestKind::RustTransform {
        let import_args: Vec<Val> = call
            .args
            .iter()
            .zip(func.params())
            .map(|(v, (_, ty))| transform::transform(v, &ty))
            .collect();
        let results = import_results
            .result(&label, &import_args)
            .iter()
            .zip(&result_types)
            .map(|(v, ty)| transform::transform(v, ty))
            .collect();
        Expected {
            trap: import_results.traps(&label, &import_args),
            import: label,
            import_args,
            results,
        }
    } else {
        let results = import_results.result(&label, &call.args);
        Expected {
            trap: import_results.traps(&label, &call.args),
            import: label,
            import_args: call.args.clone(),
            results,
        }
    }
}

/// Checks one host's outcome: the import saw exactly the expected arguments
/// and the export returned the expected results.
fn mismatch(expected: &Expected, outcome: &Outcome, func: &ComponentFunc) -> Option<String> {
    let param_types: Vec<Type> = func.params().map(|(_, ty)| ty).collect();
    let result_types: Vec<Type> = func.results().collect();
    let results = match (&outcome.result, expected.trap) {
        (Ok(results), false) => Some(results),
        (Err(failure), true) if failure.class == TrapClass::Injected => None,
        (Err(failure), _) => return Some(failure.to_string()),
        (Ok(results), true) => {
            return Some(format!(
                "returned {} where the import trapped",
                wave_list(results, &result_types)
            ));
        }
    };
    match (&outcome.after_trap, expected.trap) {
        (None, false) => {}
        (Some(Err(failure)), true) if failure.class == TrapClass::CannotEnter => {}
        (Some(Err(failure)), true) => {
            return Some(format!(
                "a call after the trap gave {failure}, expected cannot enter"
            ));
        }
        (Some(Ok(results)), true) => {
            return Some(format!(
                "a call after the trap returned {}: the instance was not locked down",
                wave_list(results, &result_types)
            ));
        }
        (after, false) => return Some(format!("unexpected call after a trap: {after:?}")),
        (None, true) => return Some("no call after the trap".into()),
    }
    let [import] = outcome.trace.as_slice() else {
        return Some(format!(
            "expected one import call, saw {}",
            outcome.trace.len()
        ));
    };
    if import.name != expected.import {
        return Some(format!(
            "called import {}, expected {}",
            import.name, expected.import
        ));
    }
    if import.args.len() != expected.import_args.len()
        || !import
            .args
            .iter()
            .zip(&expected.import_args)
            .all(|(a, b)| vals_equal(a, b))
    {
        return Some(format!(
            "the import saw {}, expected {}",
            wave_list(&import.args, &param_types),
            wave_list(&expected.import_args, &param_types)
        ));
    }
    // An expected trap has no results to compare.
    let results = results?;
    if expected.results.len() != results.len()
        || !expected
            .results
            .iter()
            .zip(results)
            .all(|(a, b)| vals_equal(a, b))
    {
        return Some(format!(
            "returned {}, expected {}",
            wave_list(results, &result_types),
            wave_list(&expected.results, &result_types)
        ));
    }
    None
}

/// Makes the components of one guest and runs its calls on every host.
fn run_guest(
    hosts: &Hosts,
    world: &Prepared,
    kind: GuestKind,
    module: &[u8],
    args: &DiffArgs,
    unsupported: &HashSet<(String, String)>,
) -> Result<GuestReport> {
    let mut report = GuestReport::default();
    let where_ = format!("{} [{} guest]", world.label, kind.name());
    let (ours, theirs) = match echo::encode_components(module) {
        Ok(EchoComponents::Built { ours, theirs }) => (ours, theirs),
        Ok(EchoComponents::BothReject(why)) => {
            report
                .lines
                .push(format!("skip {where_}: both encoders reject it: {why}"));
            report.skipped = true;
            return Ok(report);
        }
        Err(error) => {
            report.fail("canon-encode", format!("FAIL {where_}: {error:#}"));
            return Ok(report);
        }
    };
    if let Some(dir) = &args.keep {
        let dir = dir.join(format!("world-{:04}", world.index));
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join(format!("{}.canon.wasm", kind.name())), &ours)?;
        std::fs::write(
            dir.join(format!("{}.wit-component.wasm", kind.name())),
            &theirs,
        )?;
    }
    let selected: Vec<Call> = world
        .calls
        .iter()
        .filter(|call| args.case.is_none_or(|case| case == call.number))
        .filter(|call| {
            let skip = unsupported.contains(&(call.interface.clone(), call.function.clone()));
            report.unsupported += u64::from(skip);
            !skip
        })
        .cloned()
        .collect();
    if selected.is_empty() {
        return Ok(report);
    }
    let engine = &hosts.wasmtime;
    let component = Component::new(engine, &ours)
        .map_err(|error| anyhow::anyhow!("wasmtime rejects the component: {error:#}"))?;
    let import_types = reference::import_types(engine, &component);
    let interfaces = canon_host::Interfaces {
        funcs: &import_types,
        imported: reference::resources(engine, &component, false),
        exported: reference::resources(engine, &component, true),
    };
    let import_results = Arc::new(ImportResults::new(args.seed, &world.echo));
    let makeable: Vec<Call> = world
        .calls
        .iter()
        .filter(|call| !unsupported.contains(&(call.interface.clone(), call.function.clone())))
        .cloned()
        .collect();
    let producers = producers(&world.echo, &makeable);
    let mut runs: Vec<(&str, handles::Run)> = Vec::new();
    let theirs = Component::new(engine, &theirs).map_err(anyhow::Error::from);
    for (host, compiled) in [
        ("wasmtime+canon-encode", Ok(&component)),
        ("wasmtime+wit-component", theirs.as_ref()),
    ] {
        let run = compiled
            .map_err(|error| anyhow::anyhow!("wasmtime rejects the component: {error:#}"))
            .and_then(|compiled| {
                let mut host = reference::Reference::new(engine, compiled, &import_results)?;
                handles::drive(&mut host, &selected, &producers)
            });
        match run {
            Ok(run) => runs.push((host, run)),
            Err(error) => report.fail(host, format!("FAIL {where_} on {host}: {error:#}")),
        }
    }
    for (host, canon_engine) in &hosts.canon {
        let run = canon_host::CanonHost::new(canon_engine, &ours, &import_results, &interfaces)
            .and_then(|mut canon| handles::drive(&mut canon, &selected, &producers));
        match run {
            Ok(run) => runs.push((host, run)),
            Err(error) => report.fail(host, format!("FAIL {where_} on {host}: {error:#}")),
        }
    }
    // Calls that pass handles are compared with the first host that ran
    // (the reference, unless it failed to run at all).
    let Some((reference_host, reference)) = runs.first() else {
        return Ok(report);
    };
    for (position, call) in selected.iter().enumerate() {
        report.calls += 1;
        let Some(func) = import_types.get(&(call.interface.clone(), call.function.clone())) else {
            report.fail(
                "harness",
                format!(
                    "FAIL {where_}: no import {}#{}",
                    call.interface, call.function
                ),
            );
            continue;
        };
        let param_types: Vec<Type> = func.params().map(|(_, ty)| ty).collect();
        let fail = |report: &mut GuestReport, host: &str, why: String| {
            report.fail(
                host,
                format!(
                    "MISMATCH {where_} {}#{} on {host}: {why}\n  args: {}\n  reproduce: {}",
                    call.interface,
                    call.function,
                    wave_list(&call.args, &param_types),
                    args.reproduce(call.number),
                ),
            );
        };
        let mut ok = true;
        // A call that found no handle to pass (on every host alike) tested
        // nothing: it is counted apart, not as passed.
        let mut untested = false;
        if call.handles {
            report.handle_calls += 1;
            let expected = &reference.outcomes[position];
            if handles::found_no_handle(&expected.result) {
                untested = true;
                report.without_handles += 1;
                if std::env::var_os("NOHANDLE").is_some() {
                    eprintln!(
                        "NOHANDLE {where_} {}#{}: {:?}",
                        call.interface, call.function, expected.result
                    );
                }
            }
            if let Some(why) = reference_fault(call, expected) {
                ok = false;
                fail(&mut report, reference_host, why);
            }
            for (host, run) in &runs[1..] {
                if let Some(why) = differs(expected, &run.outcomes[position]) {
                    ok = false;
                    fail(
                        &mut report,
                        host,
                        format!("differs from {reference_host}: {why}"),
                    );
                }
            }
            if expected
                .result
                .as_ref()
                .is_err_and(|f| f.class == TrapClass::Injected)
            {
                report.trapping_calls += 1;
            }
        } else {
            let expected = expected(kind, call, func, &import_results);
            report.trapping_calls += u64::from(expected.trap);
            for (host, run) in &runs {
                if let Some(why) = mismatch(&expected, &run.outcomes[position], func) {
                    ok = false;
                    fail(&mut report, host, why);
                }
            }
        }
        if ok && !untested {
            report.passed += 1;
        }
    }
    // Dropping the handles left at the end: the guest's destructors drop
    // the host resources they wrap, in the same order on every host. There
    // is no teardown when the last call trapped, on every host alike.
    if !selected.iter().any(|call| call.handles) {
        return Ok(report);
    }
    let mut ok = true;
    if let Some(Outcome {
        result: Err(failure),
        ..
    }) = &reference.teardown
    {
        ok = false;
        report.fail(
            reference_host,
            format!("FAIL {where_}: dropping the handles left failed: {failure}"),
        );
    }
    for (host, run) in &runs[1..] {
        let why = match (&reference.teardown, &run.teardown) {
            (Some(expected), Some(teardown)) => differs(expected, teardown),
            (None, None) => None,
            (Some(_), None) => Some("no teardown: the last call trapped".to_string()),
            (None, Some(_)) => Some("a teardown where the reference's last call trapped".into()),
        };
        if let Some(why) = why {
            ok = false;
            report.fail(
                host,
                format!("MISMATCH {where_} dropping the handles left on {host}: {why}"),
            );
        }
    }
    if reference.teardown.is_some() {
        report.calls += 1;
        report.passed += u64::from(ok);
    }
    Ok(report)
}

/// Why the reference's outcome of a call that passes handles is wrong in
/// itself: it failed other than by an injected trap or for want of a
/// handle, or returned without calling the import.
fn reference_fault(call: &Call, outcome: &Outcome) -> Option<String> {
    match &outcome.result {
        Ok(_) => {
            let import = format!("{}#{}", call.interface, call.function);
            (!outcome.trace.iter().any(|c| c.name == import))
                .then(|| format!("returned without calling import {import}"))
        }
        Err(failure) if failure.class == TrapClass::Injected => match &outcome.after_trap {
            Some(Err(again)) if again.class == TrapClass::CannotEnter => None,
            other => Some(format!(
                "after the trap the same call gave {other:?}, expected cannot enter"
            )),
        },
        Err(_) if handles::found_no_handle(&outcome.result) => None,
        Err(failure) => Some(failure.to_string()),
    }
}

/// How two hosts' outcomes of one call differ: results, failure classes,
/// import and destructor traces, and the call after a trap.
fn differs(expected: &Outcome, actual: &Outcome) -> Option<String> {
    fn results(a: &Result<Vec<Val>, Failure>, b: &Result<Vec<Val>, Failure>) -> Option<String> {
        match (a, b) {
            (Ok(a), Ok(b))
                if a.len() == b.len() && a.iter().zip(b).all(|(a, b)| vals_equal(a, b)) =>
            {
                None
            }
            (Err(a), Err(b)) if a.class == b.class => None,
            (a, b) => Some(format!("{} where the reference gave {}", show(b), show(a))),
        }
    }
    fn show(result: &Result<Vec<Val>, Failure>) -> String {
        match result {
            Ok(vals) => format!(
                "({})",
                vals.iter()
                    .map(|v| wave(v, None))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Err(failure) => failure.to_string(),
        }
    }
    if let Some(why) = results(&expected.result, &actual.result) {
        return Some(why);
    }
    let trace = |t: &[ImportCall]| -> String {
        t.iter()
            .map(|c| {
                let args: Vec<String> = c.args.iter().map(|v| wave(v, None)).collect();
                format!("{}({})", c.name, args.join(", "))
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let same_trace = expected.trace.len() == actual.trace.len()
        && expected.trace.iter().zip(&actual.trace).all(|(a, b)| {
            a.name == b.name
                && a.args.len() == b.args.len()
                && a.args.iter().zip(&b.args).all(|(a, b)| vals_equal(a, b))
        });
    if !same_trace {
        return Some(format!(
            "trace [{}] where the reference saw [{}]",
            trace(&actual.trace),
            trace(&expected.trace)
        ));
    }
    match (&expected.after_trap, &actual.after_trap) {
        (None, None) => None,
        (Some(a), Some(b)) => results(a, b).map(|why| format!("after the trap: {why}")),
        (a, b) => Some(format!(
            "after the trap: {b:?} where the reference gave {a:?}"
        )),
    }
}

/// Derives the echo world and writes the guests of one world.
fn prepare(
    index: usize,
    world: &WorldUnderTest,
    args: &DiffArgs,
    workspace: &mut GuestWorkspace,
) -> Result<Option<Prepared>> {
    let Some(echo) = echo_world(&world.resolve, world.world)? else {
        return Ok(None);
    };
    let calls = calls_for(&echo, args, index, &world.label);
    let mut guests = Vec::new();
    for &kind in &args.guest {
        // The core guest forwards core values; it cannot wrap handles.
        if kind == GuestKind::Core && !echo.plain {
            continue;
        }
        let module = match kind {
            GuestKind::Core => match echo::embedded_echo_module(&echo) {
                Ok(module) => GuestModule::Module(module),
                Err(error) => GuestModule::Failed(format!("core echo module: {error:#}")),
            },
            GuestKind::Rust | GuestKind::RustTransform => {
                let rust = if kind == GuestKind::Rust {
                    RustGuest::Echo
                } else {
                    RustGuest::Transform
                };
                match guest::rust_guest(&echo, rust) {
                    Ok(source) => {
                        let krate = workspace.add(&source)?;
                        GuestModule::Crate(krate, Box::new(source))
                    }
                    Err(error) => GuestModule::Failed(format!("writing the guest: {error:#}")),
                }
            }
            GuestKind::C => match c_guest::c_guest(&echo) {
                Ok(guest) => GuestModule::C(Box::new(guest)),
                // A world whose metadata no binary reader accepts (more
                // than 32 flags) has no component: both encoders reject it
                // for every guest kind, and the C generator says so first.
                Err(error)
                    if error
                        .downcast_ref::<canon_bindgen_c::Error>()
                        .is_some_and(|e| {
                            matches!(e.kind(), canon_bindgen_c::ErrorKind::Metadata { .. })
                        }) =>
                {
                    continue;
                }
                Err(error) => GuestModule::Failed(format!("writing the C guest: {error:#}")),
            },
        };
        guests.push((kind, module));
    }
    Ok(Some(Prepared {
        index,
        label: world.label.clone(),
        echo,
        calls,
        guests,
    }))
}

/// Tallies of a whole run.
#[derive(Debug, Default)]
struct Summary {
    worlds: u64,
    skipped_worlds: u64,
    guests: Vec<(GuestKind, u64)>,
    calls: u64,
    trapping_calls: u64,
    handle_calls: u64,
    without_handles: u64,
    unsupported: u64,
    failures: Vec<(String, u64)>,
    counts: Counts,
}

impl Summary {
    fn add(&mut self, kind: GuestKind, report: &GuestReport) {
        match self.guests.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, n)) => *n += 1,
            None => self.guests.push((kind, 1)),
        }
        self.calls += report.calls;
        self.trapping_calls += report.trapping_calls;
        self.handle_calls += report.handle_calls;
        self.without_handles += report.without_handles;
        self.unsupported += report.unsupported;
        self.counts.passed += report.passed;
        for (host, n) in &report.failures {
            self.counts.failed += n;
            match self.failures.iter_mut().find(|(name, _)| name == host) {
                Some((_, m)) => *m += n,
                None => self.failures.push((host.clone(), *n)),
            }
        }
    }

    fn table(&self, seconds: f64) -> String {
        let mut out = String::from("diff summary\n");
        out.push_str(&format!(
            "  worlds        {} run, {} skipped (nothing to echo, or both encoders reject)\n",
            self.worlds, self.skipped_worlds
        ));
        let guests: Vec<String> = self
            .guests
            .iter()
            .map(|(kind, n)| format!("{} {n}", kind.name()))
            .collect();
        out.push_str(&format!("  guests        {}\n", guests.join(", ")));
        out.push_str(&format!(
            "  calls         {} ({} with an injected import trap)\n",
            self.calls, self.trapping_calls
        ));
        out.push_str(&format!(
            "  handles       {} calls pass resource handles ({} found none to pass: not counted)\n",
            self.handle_calls, self.without_handles
        ));
        out.push_str(&format!(
            "  unsupported   {} calls a guest kind cannot make (not counted)\n",
            self.unsupported
        ));
        out.push_str(&format!(
            "  time          {seconds:.0}s ({:.1} worlds/min)\n",
            self.worlds as f64 * 60.0 / seconds.max(0.001)
        ));
        out.push_str("  failures by host or stage:\n");
        for host in [
            "guest build",
            "canon-encode",
            "wasmtime+canon-encode",
            "wasmtime+wit-component",
            "canon-host+wasmi",
            "canon-host+wasmtime",
        ] {
            let n = self
                .failures
                .iter()
                .find(|(name, _)| name == host)
                .map_or(0, |(_, n)| *n);
            out.push_str(&format!("    {host:<24} {n}\n"));
        }
        for (host, n) in &self.failures {
            if !out.contains(&format!("    {host} ")) && !out.contains(&format!("    {host:<24}")) {
                out.push_str(&format!("    {host:<24} {n}\n"));
            }
        }
        out
    }
}

/// Runs the harness and returns its counts; prints mismatches and a summary table.
pub(crate) fn run(args: &DiffArgs, progress: &Progress) -> Result<Counts> {
    let started = Instant::now();
    let jobs = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let root = crate::workspace_root()?;
    let worlds = match &args.wit {
        Some(path) => load_worlds(path)?,
        None => {
            let mut worlds = corpus_worlds()?;
            worlds.extend(smith_worlds(args.seed, args.count));
            worlds
        }
    };
    let mut summary = Summary::default();

    // Phase 1: echo worlds, calls and guest sources.
    progress.start("diff: writing guests");
    let mut workspace = GuestWorkspace::new(&root);
    let mut prepared = Vec::new();
    for (index, world) in worlds.iter().enumerate() {
        if args
            .case
            .is_some_and(|case| case / CASE_STRIDE != index as u64)
        {
            continue;
        }
        match prepare(index, world, args, &mut workspace) {
            Ok(Some(world)) => prepared.push(world),
            Ok(None) => summary.skipped_worlds += 1,
            Err(error) => {
                // A world the harness cannot derive an echo world for is a
                // harness or encoder bug: count it.
                progress.line(&format!("FAIL {}: echo world: {error:#}", world.label));
                summary.counts.failed += 1;
                summary.failures.push(("harness".into(), 1));
            }
        }
    }

    // Phase 2: every Rust guest in one cargo build.
    if prepared.iter().any(|w| {
        w.guests
            .iter()
            .any(|(_, g)| matches!(g, GuestModule::Crate(..)))
    }) {
        build::ensure_wasm_target(false)?;
        progress.start(&format!(
            "diff: building {} guest crates",
            prepared.iter().map(|w| w.guests.len()).sum::<usize>()
        ));
        let build_started = Instant::now();
        let build_errors = workspace.build(jobs)?;
        progress.line(&format!(
            "diff: guests built in {:.0}s",
            build_started.elapsed().as_secs_f64()
        ));
        for world in &mut prepared {
            for (_, guest) in &mut world.guests {
                if let GuestModule::Crate(krate, source) = guest {
                    if let Some(dir) = &args.keep {
                        let dir = dir.join(format!("world-{:04}", world.index));
                        std::fs::create_dir_all(&dir)?;
                        let name = krate.name.clone();
                        std::fs::write(dir.join(format!("{name}.bindings.rs")), &source.bindings)?;
                        std::fs::write(dir.join(format!("{name}.lib.rs")), &source.lib)?;
                    }
                    *guest = match workspace.module(krate) {
                        Ok(module) => GuestModule::Module(module),
                        Err(error) => GuestModule::Failed(format!(
                            "{error:#} (crate {}):\n{}",
                            krate.dir.display(),
                            build_errors
                                .as_deref()
                                .map(|out| build::errors_for(out, krate))
                                .unwrap_or_default()
                        )),
                    };
                }
            }
        }
    }
    if let Some(dir) = &args.keep {
        for world in &prepared {
            keep_world(dir, world)?;
        }
    }

    // Phase 3: components and calls, `jobs` worlds at a time.
    let hosts = Hosts::new()?;
    let units: Vec<(usize, usize)> = prepared
        .iter()
        .enumerate()
        .flat_map(|(w, world)| (0..world.guests.len()).map(move |g| (w, g)))
        .collect();
    progress.start_bar("diff: running guests", units.len() as u64);
    let next = AtomicUsize::new(0);
    let reports: Mutex<Vec<(usize, GuestKind, GuestReport)>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            // Debug builds of the engines recurse deeply on nested values.
            let spawned = std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn_scoped(scope, || {
                    loop {
                        let unit = next.fetch_add(1, Ordering::Relaxed);
                        let Some(&(w, g)) = units.get(unit) else {
                            break;
                        };
                        let world = &prepared[w];
                        let (kind, module) = &world.guests[g];
                        let harness_failure = |error: anyhow::Error| {
                            let mut report = GuestReport::default();
                            report.fail(
                                "harness",
                                format!("FAIL {} [{}]: {error:#}", world.label, kind.name()),
                            );
                            report
                        };
                        let report = match module {
                            GuestModule::Module(module) => {
                                run_guest(&hosts, world, *kind, module, args, &HashSet::new())
                                    .unwrap_or_else(harness_failure)
                            }
                            GuestModule::C(guest) => {
                                if let Some(dir) = &args.keep {
                                    let dir = dir.join(format!("world-{:04}", world.index));
                                    if let Err(error) = c_guest::keep(guest, &dir) {
                                        progress.line(&format!(
                                            "diff: keeping {}: {error:#}",
                                            dir.display()
                                        ));
                                    }
                                }
                                match c_guest::build_module(guest, &root) {
                                    Ok(module) => run_guest(
                                        &hosts,
                                        world,
                                        *kind,
                                        &module,
                                        args,
                                        &guest.unsupported,
                                    )
                                    .unwrap_or_else(harness_failure),
                                    Err(error) => {
                                        guest_failure(world, *kind, &format!("{error:#}"), args)
                                    }
                                }
                            }
                            GuestModule::Failed(why) => guest_failure(world, *kind, why, args),
                            GuestModule::Crate(..) => {
                                guest_failure(world, *kind, "the guest was not built", args)
                            }
                        };
                        for line in &report.lines {
                            progress.line(line);
                        }
                        progress.step(&world.label);
                        reports
                            .lock()
                            .expect("no thread panics holding the lock")
                            .push((w, *kind, report));
                    }
                });
            if let Err(error) = spawned {
                progress.line(&format!("diff: cannot start a thread: {error}"));
            }
        }
    });
    progress.end_bar();
    let reports = reports.into_inner().expect("no thread panicked");
    let mut ran: HashMap<usize, bool> = HashMap::new();
    for (w, kind, report) in &reports {
        let entry = ran.entry(*w).or_insert(false);
        *entry |= !report.skipped;
        if !report.skipped {
            summary.add(*kind, report);
        }
    }
    summary.worlds += ran.values().filter(|ran| **ran).count() as u64;
    summary.skipped_worlds += ran.values().filter(|ran| !**ran).count() as u64;
    progress.line(&summary.table(started.elapsed().as_secs_f64()));
    Ok(summary.counts)
}

fn guest_failure(world: &Prepared, kind: GuestKind, why: &str, args: &DiffArgs) -> GuestReport {
    let mut report = GuestReport::default();
    report.fail(
        "guest build",
        format!(
            "FAIL {} [{} guest]: {why}\n  reproduce: {}",
            world.label,
            kind.name(),
            args.reproduce(world.index as u64 * CASE_STRIDE)
        ),
    );
    report
}

fn keep_world(dir: &Path, world: &Prepared) -> Result<()> {
    let dir = dir.join(format!("world-{:04}", world.index));
    std::fs::create_dir_all(&dir)?;
    let echo = &world.echo;
    let package = echo.resolve.worlds[echo.world]
        .package
        .context("echo world has a package")?;
    // The echo package and, under `deps/`, every package it reaches: a
    // directory `--wit` (and any WIT tool) loads as it is.
    let wit = dir.join("wit");
    std::fs::create_dir_all(wit.join("deps"))?;
    for (id, other) in &echo.resolve.packages {
        let text = canon_encode::print_package(&echo.resolve, id, false);
        let path = if id == package {
            wit.join("echo.wit")
        } else {
            let name = &other.name;
            wit.join("deps")
                .join(format!("{}-{}.wit", name.namespace, name.name))
        };
        std::fs::write(path, text)?;
    }
    std::fs::write(dir.join("label.txt"), &world.label)?;
    if let Ok(module) = echo::echo_module(echo) {
        std::fs::write(dir.join("core.wasm"), module)?;
    }
    Ok(())
}
