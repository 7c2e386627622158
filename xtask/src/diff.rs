//! `cargo xtask diff`: the differential harness. Echo guests for hand-written
//! and generated worlds run on several hosts; every result, trap and import
//! trace is compared.

mod canon_host;
mod echo;
mod reference;
mod values;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use arbitrary::Unstructured;
use canon_wit::wit_parser::{Resolve, WorldId};
use wasmtime::component::types::ComponentItem;
use wasmtime::component::{Component, Val};

use crate::report::{Counts, Progress};
use echo::{EchoComponents, EchoWorld, echo_components, echo_world};
use values::{arbitrary_val, bytes_for, vals_equal};

#[derive(clap::Args, Debug, Clone)]
pub(crate) struct DiffArgs {
    /// Seed of every generated world, argument and import result.
    #[arg(long, default_value_t = 0)]
    pub(crate) seed: u64,
    /// How many canon-smith worlds to run after the test-wits corpus.
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
    /// Save each world's WIT, echo module and components in this directory.
    #[arg(long)]
    pub(crate) keep: Option<PathBuf>,
}

/// One export call.
#[derive(Debug, Clone)]
pub(crate) struct Call {
    pub(crate) interface: String,
    pub(crate) function: String,
    pub(crate) args: Vec<Val>,
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
    pub(crate) result: Result<Vec<Val>, String>,
    pub(crate) trace: Vec<ImportCall>,
}

/// A world to test: where it came from, for reports and reproduction.
struct WorldUnderTest {
    label: String,
    resolve: Resolve,
    world: WorldId,
}

fn corpus_worlds() -> Result<Vec<WorldUnderTest>> {
    let mut worlds = Vec::new();
    for entry in canon_wit::corpus_entries(&crate::workspace_root()?.join("test-wits"))? {
        worlds.extend(load_worlds(&entry.path)?);
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

fn smith_worlds(seed: u64, count: u32) -> Vec<WorldUnderTest> {
    let mut worlds = Vec::new();
    let mut attempt = 0u64;
    while worlds.len() < count as usize && attempt < u64::from(count) * 20 {
        attempt += 1;
        let bytes = bytes_for(seed, &format!("smith-{attempt}"), 2048);
        let mut u = Unstructured::new(&bytes);
        let Ok(source) = canon_smith::generate(&mut u, &canon_smith::Config::default()) else {
            continue;
        };
        let Ok(loaded) = canon_wit::Loader::new().load_source("smith.wit", &source) else {
            continue;
        };
        if let Some((name, &world)) = loaded.resolve.packages[loaded.package].worlds.iter().next() {
            worlds.push(WorldUnderTest {
                label: format!("smith seed {seed} attempt {attempt} world {name}"),
                resolve: loaded.resolve,
                world,
            });
        }
    }
    worlds
}

/// The export calls of an echo component, `cases` argument sets per function.
fn calls_for(
    engine: &wasmtime::Engine,
    component: &Component,
    echo: &EchoWorld,
    args: &DiffArgs,
    label: &str,
) -> Result<Vec<Call>> {
    let mut calls = Vec::new();
    for (interface, item) in component.component_type().exports(engine) {
        let ComponentItem::ComponentInstance(instance) = item.ty else {
            continue;
        };
        for (function, item) in instance.exports(engine) {
            let ComponentItem::ComponentFunc(func) = item.ty else {
                continue;
            };
            if !echo
                .functions
                .iter()
                .any(|(i, f)| i == interface && f.name == function)
            {
                continue;
            }
            for case in 0..args.cases {
                let bytes = bytes_for(
                    args.seed,
                    &format!("{label}/{interface}#{function}/{case}"),
                    8192,
                );
                let mut u = Unstructured::new(&bytes);
                let params = func
                    .params()
                    .map(|(_, ty)| arbitrary_val(&mut u, &ty, 0))
                    .collect::<arbitrary::Result<Vec<_>>>();
                let Ok(params) = params else { continue };
                calls.push(Call {
                    interface: interface.to_string(),
                    function: function.to_string(),
                    args: params,
                });
            }
        }
    }
    Ok(calls)
}

/// Tallies of a run, per host.
#[derive(Debug, Default)]
struct Summary {
    worlds: u64,
    skipped_worlds: u64,
    calls: u64,
    failures: Vec<(String, u64)>,
    counts: Counts,
}

impl Summary {
    fn fail(&mut self, host: &str) {
        self.counts.failed += 1;
        match self.failures.iter_mut().find(|(name, _)| name == host) {
            Some((_, n)) => *n += 1,
            None => self.failures.push((host.to_string(), 1)),
        }
    }
}

/// Checks one host's outcome for the echo property: the import saw exactly
/// the export's arguments, and the export returned what the import returned.
fn echo_mismatch(
    call: &Call,
    outcome: &Outcome,
    seed: u64,
    result_type: Option<&wasmtime::component::Type>,
) -> Option<String> {
    let results = match &outcome.result {
        Ok(results) => results,
        Err(trap) => return Some(format!("trapped: {trap}")),
    };
    let [import] = outcome.trace.as_slice() else {
        return Some(format!(
            "expected one import call, saw {}",
            outcome.trace.len()
        ));
    };
    if import.args.len() != call.args.len()
        || !import
            .args
            .iter()
            .zip(&call.args)
            .all(|(a, b)| vals_equal(a, b))
    {
        return Some(format!("import saw {:?}", import.args));
    }
    let expected = reference::import_result(seed, &import.name, &import.args, result_type);
    if expected.len() != results.len()
        || !expected.iter().zip(results).all(|(a, b)| vals_equal(a, b))
    {
        return Some(format!(
            "returned {results:?}, the import returned {expected:?}"
        ));
    }
    None
}

/// Runs the harness and returns its counts; prints mismatches and a summary table.
pub(crate) fn run(args: &DiffArgs, progress: &Progress) -> Result<Counts> {
    let worlds = match &args.wit {
        Some(path) => load_worlds(path)?,
        None => {
            let mut worlds = corpus_worlds()?;
            worlds.extend(smith_worlds(args.seed, args.count));
            worlds
        }
    };
    let engine = reference::engine()?;
    let canon_engines = [
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
    ];
    let mut summary = Summary::default();
    let mut case_number = 0u64;
    for (index, world) in worlds.iter().enumerate() {
        progress.start(&format!(
            "diff: world {}/{}: {}",
            index + 1,
            worlds.len(),
            world.label
        ));
        let echo = match echo_world(&world.resolve, world.world) {
            Ok(Some(echo)) => echo,
            Ok(None) => {
                summary.skipped_worlds += 1;
                continue;
            }
            Err(error) => {
                // A world the harness cannot derive an echo world for is a
                // harness or encoder bug: count it.
                progress.line(&format!("FAIL {}: echo world: {error:#}", world.label));
                summary.fail("harness");
                continue;
            }
        };
        let (ours, theirs) = match echo_components(&echo) {
            Ok(EchoComponents::Built { ours, theirs }) => (ours, theirs),
            Ok(EchoComponents::BothReject(why)) => {
                progress.line(&format!(
                    "skip {}: both encoders reject it: {why}",
                    world.label
                ));
                summary.skipped_worlds += 1;
                continue;
            }
            Err(error) => {
                progress.line(&format!("FAIL {}: {error:#}", world.label));
                summary.fail("canon-encode");
                continue;
            }
        };
        if let Some(dir) = &args.keep {
            keep(dir, index, &echo, &ours, &theirs)?;
        }
        summary.worlds += 1;
        // Compiled once: argument types, import types and the reference run share it.
        let component = Component::new(&engine, &ours)?;
        let calls = calls_for(&engine, &component, &echo, args, &world.label)?;
        let selected: Vec<(u64, &Call)> = calls
            .iter()
            .map(|call| {
                case_number += 1;
                (case_number, call)
            })
            .filter(|(number, _)| args.case.is_none_or(|case| case == *number))
            .collect();
        if selected.is_empty() {
            continue;
        }
        let selected_calls: Vec<Call> = selected.iter().map(|(_, call)| (*call).clone()).collect();
        let import_types = reference::import_types(&engine, &component);
        let mut all_outcomes = Vec::new();
        // wit-component's component is compiled here; ours was compiled above.
        let theirs = Component::new(&engine, &theirs).map_err(anyhow::Error::from);
        let hosts = [
            ("wasmtime+canon-encode", Ok(&component)),
            ("wasmtime+wit-component", theirs.as_ref()),
        ];
        for (host, compiled) in hosts {
            let outcomes = compiled
                .map_err(|error| anyhow::anyhow!("wasmtime rejects the component: {error:#}"))
                .and_then(|compiled| reference::run(&engine, compiled, &selected_calls, args.seed));
            match outcomes {
                Ok(outcomes) => all_outcomes.push((host, outcomes)),
                Err(error) => {
                    progress.line(&format!("FAIL {} on {host}: {error:#}", world.label));
                    summary.fail(host);
                }
            }
        }
        for (host, canon_engine) in &canon_engines {
            match canon_host::run(
                canon_engine,
                &ours,
                &selected_calls,
                args.seed,
                &import_types,
            ) {
                Ok(outcomes) => all_outcomes.push((host, outcomes)),
                Err(error) => {
                    progress.line(&format!("FAIL {} on {host}: {error:#}", world.label));
                    summary.fail(host);
                }
            }
        }
        for (position, (number, call)) in selected.iter().enumerate() {
            summary.calls += 1;
            let result_type = import_types
                .get(&(call.interface.clone(), call.function.clone()))
                .and_then(|func| func.results().next());
            let mut ok = true;
            for (host, outcomes) in &all_outcomes {
                if let Some(why) =
                    echo_mismatch(call, &outcomes[position], args.seed, result_type.as_ref())
                {
                    ok = false;
                    summary.fail(host);
                    progress.line(&format!(
                        "MISMATCH {} {}#{} on {host}: {why}\n  args: {:?}\n  reproduce: cargo xtask diff --seed {} {}--case {number}",
                        world.label,
                        call.interface,
                        call.function,
                        call.args,
                        args.seed,
                        match &args.wit {
                            Some(path) => format!("--wit {} ", path.display()),
                            None => format!("--count {} ", args.count),
                        },
                    ));
                }
            }
            if ok {
                summary.counts.passed += 1;
            }
        }
    }
    progress.line(&format!(
        "diff: {} worlds run ({} skipped: nothing to echo, or unencodable), {} calls, failures: {}",
        summary.worlds,
        summary.skipped_worlds,
        summary.calls,
        if summary.failures.is_empty() {
            "none".to_string()
        } else {
            summary
                .failures
                .iter()
                .map(|(host, n)| format!("{host} {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    ));
    Ok(summary.counts)
}

fn keep(dir: &Path, index: usize, echo: &EchoWorld, ours: &[u8], theirs: &[u8]) -> Result<()> {
    let dir = dir.join(format!("world-{index:04}"));
    std::fs::create_dir_all(&dir)?;
    let package = echo.resolve.worlds[echo.world]
        .package
        .context("echo world has a package")?;
    std::fs::write(
        dir.join("echo.wit"),
        canon_encode::print_package(&echo.resolve, package, false),
    )?;
    std::fs::write(dir.join("echo.core.wasm"), echo::echo_module(echo)?)?;
    std::fs::write(dir.join("canon.component.wasm"), ours)?;
    std::fs::write(dir.join("wit-component.component.wasm"), theirs)?;
    Ok(())
}
