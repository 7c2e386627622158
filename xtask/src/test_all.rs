//! `cargo xtask test-all`: every suite in turn, summed into one `N passed, N failed` line.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::report::{Counts, Progress, parse_libtest_counts};

#[derive(clap::Args, Debug)]
pub(crate) struct TestAllArgs {
    /// Run only the suites whose name contains this text.
    #[arg(long)]
    only: Option<String>,
}

/// One step of the run.
struct Suite {
    name: &'static str,
    kind: SuiteKind,
}

enum SuiteKind {
    /// A command that passes or fails as a whole.
    Check(Vec<&'static str>),
    /// A cargo command whose libtest summaries are counted one by one.
    LibTest(Vec<&'static str>),
    /// The differential harness, run in this process.
    Diff,
}

fn suites() -> Vec<Suite> {
    vec![
        Suite {
            name: "fmt",
            kind: SuiteKind::Check(vec!["fmt", "--all", "--", "--check"]),
        },
        Suite {
            name: "clippy",
            kind: SuiteKind::Check(vec![
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]),
        },
        Suite {
            name: "test",
            kind: SuiteKind::LibTest(vec!["test", "--workspace", "--all-targets"]),
        },
        Suite {
            name: "diff",
            kind: SuiteKind::Diff,
        },
    ]
}

pub(crate) fn run(args: &TestAllArgs) -> Result<()> {
    let root = crate::workspace_root()?;
    let progress = Progress::new();
    let mut total = Counts::default();
    for suite in suites() {
        if let Some(only) = &args.only
            && !suite.name.contains(only.as_str())
        {
            continue;
        }
        progress.start(suite.name);
        let started = Instant::now();
        let counts = match &suite.kind {
            SuiteKind::Check(cargo_args) => {
                let output = cargo(&root, cargo_args)?;
                if output.success {
                    Counts::pass()
                } else {
                    progress.line(&output.text);
                    Counts::fail()
                }
            }
            SuiteKind::LibTest(cargo_args) => {
                let output = cargo(&root, cargo_args)?;
                let mut counts = parse_libtest_counts(&output.text);
                if !output.success {
                    progress.line(&failure_excerpt(&output.text));
                    // A build failure or a crashed test binary prints no summary:
                    // it still has to show up as a failure.
                    if counts.failed == 0 {
                        counts.failed = 1;
                    }
                }
                counts
            }
            SuiteKind::Diff => {
                let args = crate::diff::DiffArgs {
                    seed: 0,
                    count: 50,
                    wit: None,
                    cases: 4,
                    case: None,
                    keep: None,
                };
                crate::diff::run(&args, &progress).unwrap_or_else(|error| {
                    progress.line(&format!("diff: {error:#}"));
                    Counts::fail()
                })
            }
        };
        progress.finish_suite(suite.name, counts, started);
        total.add(counts);
    }
    progress.finish();
    println!("{} passed, {} failed", total.passed, total.failed);
    if total.failed > 0 {
        bail!("{} failures", total.failed);
    }
    Ok(())
}

struct CargoOutput {
    success: bool,
    text: String,
}

fn cargo(root: &Path, args: &[&str]) -> Result<CargoOutput> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let output = Command::new(&cargo)
        .args(args)
        .current_dir(root)
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("failed to run `cargo {}`", args.join(" ")))?;
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    Ok(CargoOutput {
        success: output.status.success(),
        text,
    })
}

/// The part of a failed test run worth reading: failing tests, panics and compile errors.
fn failure_excerpt(text: &str) -> String {
    let interesting: Vec<&str> = text
        .lines()
        .filter(|line| !line.ends_with("... ok") && !line.starts_with("   Compiling"))
        .collect();
    let tail = interesting.len().saturating_sub(400);
    interesting[tail..].join("\n")
}
