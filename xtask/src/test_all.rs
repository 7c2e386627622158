//! `cargo xtask test-all`: every suite in turn, summed into one `N passed, N failed` line.

use std::path::{Path, PathBuf};
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
///
/// Files that need a proposal canon-host cannot run yet are listed, with
/// their failure counts and the reason, in `xtask/wast-known-failures.txt`.
/// Their failures are reported but not counted; any other failure, and a
/// known failure that went away or changed, fails the suite.
fn wast(root: &Path, progress: &Progress) -> Result<Counts> {
    let spec = root.join("../shared/spec/test");
    if !spec.is_dir() {
        progress.line(&format!(
            "wast: no spec tests at `{}`; nothing to run",
            spec.display()
        ));
        return Ok(Counts::default());
    }
    let known_path = root.join("xtask/wast-known-failures.txt");
    let known_text = std::fs::read_to_string(&known_path)
        .with_context(|| format!("reading `{}`", known_path.display()))?;
    let known = parse_known_failures(&known_text)
        .with_context(|| format!("in `{}`", known_path.display()))?;
    let spec_arg = format!("{}/", spec.display());
    // The `canon` binary, built with the workspace's test-time features like
    // the `test` suite builds it, so that no engine is compiled a second time
    // with another feature set.
    let build = cargo(
        root,
        &["build", "--quiet", "--workspace", "--bins", "--tests"],
    )?;
    if !build.success {
        progress.line(&failure_excerpt(&build.text));
        return Ok(Counts::fail());
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let canon = target
        .join("debug")
        .join(format!("canon{}", std::env::consts::EXE_SUFFIX));
    let args = [
        "wast",
        "--backend",
        "both",
        "--skip-nyi",
        "--exclude",
        "async/",
        &spec_arg,
    ];
    let output = Command::new(&canon)
        .args(args)
        .current_dir(root)
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("failed to run `{} {}`", canon.display(), args.join(" ")))?;
    let output = CargoOutput {
        success: output.status.success(),
        text: format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
    };
    let mut counts = Counts::default();
    let mut files = 0;
    let mut known_seen = 0;
    for line in output.text.lines() {
        let Some(file) = parse_file_line(line, &spec_arg) else {
            continue;
        };
        files += 1;
        counts.passed += file.passed;
        let expected = known
            .iter()
            .find(|k| k.path == file.path)
            .map_or(0, |k| k.failed);
        if expected > 0 {
            known_seen += 1;
        }
        if file.failed == expected {
            if expected > 0 {
                progress.line(&format!(
                    "wast: {} {}: {expected} known failures (see xtask/wast-known-failures.txt)",
                    file.backend, file.path
                ));
            }
        } else {
            progress.line(&format!(
                "wast: {} {}: {} failed, expected {expected}",
                file.backend, file.path, file.failed
            ));
            counts.failed += file.failed.max(1);
        }
    }
    if files == 0 || !output.text.lines().any(|l| parse_total_line(l).is_some()) {
        progress.line(&failure_excerpt(&output.text));
        counts.failed += 1;
    }
    // Both backends must have passed every assertion they passed before: a
    // directive that silently stopped running is a regression too.
    if counts.passed != 2 * SPEC_PASSED_PER_BACKEND {
        progress.line(&format!(
            "wast: {} assertions passed over both backends, expected {}; update SPEC_PASSED_PER_BACKEND in xtask/src/test_all.rs if the spec checkout changed",
            counts.passed,
            2 * SPEC_PASSED_PER_BACKEND
        ));
        counts.failed += 1;
    }
    // Each known entry must have shown up once per backend.
    if known_seen != known.len() * 2 {
        progress.line(&format!(
            "wast: {} of {} known-failure entries were seen on both backends; update xtask/wast-known-failures.txt",
            known_seen / 2,
            known.len()
        ));
        counts.failed += 1;
    }
    Ok(counts)
}

/// Spec assertions each backend passes on `../shared/spec/test` (without
/// `nyi.txt` and `async/`): values 220, validation 453, binary 123, linking
/// 262, resources 36.
const SPEC_PASSED_PER_BACKEND: u64 = 1094;

/// One `backend path: N passed, N failed` line of `canon wast`.
#[derive(Debug, PartialEq, Eq)]
struct FileCounts<'a> {
    backend: &'a str,
    /// Relative to the spec's `test/` directory.
    path: &'a str,
    passed: u64,
    failed: u64,
}

fn parse_file_line<'a>(line: &'a str, spec_prefix: &str) -> Option<FileCounts<'a>> {
    let (backend, rest) = line.split_once(' ')?;
    let end = rest.find(".wast: ")? + ".wast".len();
    let (path, counts) = (&rest[..end], &rest[end + 2..]);
    let path = path.strip_prefix(spec_prefix).unwrap_or(path);
    let total = parse_total_line(counts);
    // A file that failed to run at all counts as one failure.
    let total = match total {
        Some(total) => total,
        None if counts.starts_with("error:") => Counts::fail(),
        None => return None,
    };
    Some(FileCounts {
        backend,
        path,
        passed: total.passed,
        failed: total.failed,
    })
}

/// An entry of `xtask/wast-known-failures.txt`: `path count # reason`.
#[derive(Debug, PartialEq, Eq)]
struct KnownFailure {
    path: String,
    failed: u64,
}

fn parse_known_failures(text: &str) -> Result<Vec<KnownFailure>> {
    let mut known = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.split_once('#').map_or(line, |(entry, _)| entry).trim();
        if line.is_empty() {
            continue;
        }
        let mut words = line.split_whitespace();
        let (Some(path), Some(count), None) = (words.next(), words.next(), words.next()) else {
            bail!("line {}: expected `path count # reason`", number + 1);
        };
        let failed = count
            .parse()
            .with_context(|| format!("line {}: `{count}` is not a count", number + 1))?;
        known.push(KnownFailure {
            path: path.to_string(),
            failed,
        });
    }
    Ok(known)
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

    #[test]
    fn file_lines_and_known_failures_are_read() {
        assert_eq!(
            parse_file_line(
                "wasmi /s/test/linking/tags.wast: 3 passed, 10 failed",
                "/s/test/"
            ),
            Some(FileCounts {
                backend: "wasmi",
                path: "linking/tags.wast",
                passed: 3,
                failed: 10
            })
        );
        assert_eq!(
            parse_file_line("wasmtime /s/test/a.wast: error: bad", "/s/test/").map(|f| f.failed),
            Some(1)
        );
        assert_eq!(parse_file_line("12 passed, 0 failed", "/s/test/"), None);
        let known = parse_known_failures("# c\nlinking/tags.wast 10 # no tags\n\n").unwrap();
        assert_eq!(
            known,
            vec![KnownFailure {
                path: "linking/tags.wast".into(),
                failed: 10
            }]
        );
        assert!(parse_known_failures("a.wast ten").is_err());
        assert!(parse_known_failures("a.wast").is_err());
    }
}
