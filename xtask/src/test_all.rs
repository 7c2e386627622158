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
    /// The spec's `.wast` scripts through `canon wast`, assertions counted.
    Wast,
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
            name: "wast",
            kind: SuiteKind::Wast,
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
            SuiteKind::Wast => wast(&root, &progress)?,
            SuiteKind::Diff => {
                let args = crate::diff::DiffArgs::test_all();
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

/// Runs the spec's component `.wast` tests on both backends, skipping only
/// what `test/nyi.txt` lists and the `async/` folder. The spec checkout lives
/// beside the repository, at `../shared/spec`; without it the suite says so
/// and counts nothing.
fn wast(root: &Path, progress: &Progress) -> Result<Counts> {
    let spec = root.join("../shared/spec/test");
    if !spec.is_dir() {
        progress.line(&format!(
            "wast: no spec tests at `{}`; nothing to run",
            spec.display()
        ));
        return Ok(Counts::default());
    }
    let spec = spec.to_string_lossy().into_owned();
    let output = cargo(
        root,
        &[
            "run",
            "--quiet",
            "--package",
            "canon-cli",
            "--",
            "wast",
            "--backend",
            "both",
            "--skip-nyi",
            "--exclude",
            "async/",
            &spec,
        ],
    )?;
    let counts = output
        .text
        .lines()
        .rev()
        .find_map(parse_total_line)
        .unwrap_or_default();
    if !output.success {
        let failing: Vec<&str> = output
            .text
            .lines()
            .filter(|line| !line.contains(" 0 failed"))
            .collect();
        progress.line(&failing.join("\n"));
        if counts.failed == 0 {
            return Ok(Counts::fail());
        }
    }
    Ok(counts)
}

/// `N passed, N failed`, the last line of `canon wast`.
fn parse_total_line(line: &str) -> Option<Counts> {
    let (passed, failed) = line.split_once(" passed, ")?;
    Some(Counts {
        passed: passed.trim().parse().ok()?,
        failed: failed.strip_suffix(" failed")?.trim().parse().ok()?,
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wast_total_line_is_counted() {
        assert_eq!(
            parse_total_line("1043 passed, 62 failed"),
            Some(Counts {
                passed: 1043,
                failed: 62
            })
        );
        assert_eq!(parse_total_line("wasmi a.wast: error: bad"), None);
        assert_eq!(parse_total_line("x passed, 1 failed"), None);
    }
}
