//! Progress display and pass/fail accounting shared by the xtask suites.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

/// Pass and fail counts of one suite or of a whole run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    pub(crate) passed: u64,
    pub(crate) failed: u64,
}

impl Counts {
    pub(crate) fn pass() -> Self {
        Counts {
            passed: 1,
            failed: 0,
        }
    }

    pub(crate) fn fail() -> Self {
        Counts {
            passed: 0,
            failed: 1,
        }
    }

    pub(crate) fn add(&mut self, other: Counts) {
        self.passed += other.passed;
        self.failed += other.failed;
    }
}

/// Shows what is running: a spinner (or a bar, for a counted task) on a
/// terminal, plain lines otherwise (and always under `CI=true`).
#[derive(Debug)]
pub(crate) struct Progress {
    spinner: Option<ProgressBar>,
    /// Steps done and total of the counted task, for plain output.
    position: AtomicU64,
    length: AtomicU64,
}

impl Progress {
    pub(crate) fn new() -> Self {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
        let interactive = !ci && std::io::stderr().is_terminal();
        let spinner = interactive.then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} [{elapsed_precise}] {msg}")
                    .expect("static template is valid"),
            );
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        Progress {
            spinner,
            position: AtomicU64::new(0),
            length: AtomicU64::new(0),
        }
    }

    /// Starts a counted task of `length` steps: a bar on a terminal; plain
    /// output reports every tenth of the way.
    pub(crate) fn start_bar(&self, task: &str, length: u64) {
        self.position.store(0, Ordering::Relaxed);
        self.length.store(length, Ordering::Relaxed);
        match &self.spinner {
            Some(bar) => {
                bar.set_style(
                    ProgressStyle::with_template("[{elapsed_precise}] {bar:30} {pos}/{len} {msg}")
                        .expect("static template is valid"),
                );
                bar.set_length(length);
                bar.set_position(0);
                bar.set_message(task.to_string());
            }
            None => eprintln!("xtask: {task}: {length} steps"),
        }
    }

    /// One step of the counted task is done; `what` names it.
    pub(crate) fn step(&self, what: &str) {
        let done = self.position.fetch_add(1, Ordering::Relaxed) + 1;
        let length = self.length.load(Ordering::Relaxed).max(1);
        match &self.spinner {
            Some(bar) => {
                bar.set_position(done);
                bar.set_message(what.to_string());
            }
            None => {
                let tenth = length.div_ceil(10);
                if done.is_multiple_of(tenth) || done == length {
                    eprintln!("xtask:   {done}/{length} ({what})");
                }
            }
        }
    }

    /// Back to the spinner after a counted task.
    pub(crate) fn end_bar(&self) {
        if let Some(bar) = &self.spinner {
            bar.set_style(
                ProgressStyle::with_template("{spinner} [{elapsed_precise}] {msg}")
                    .expect("static template is valid"),
            );
            bar.unset_length();
        }
    }

    /// Announces that `suite` starts.
    pub(crate) fn start(&self, suite: &str) {
        match &self.spinner {
            Some(bar) => bar.set_message(suite.to_string()),
            None => eprintln!("xtask: running {suite}"),
        }
    }

    /// Prints a line without tearing the spinner.
    pub(crate) fn line(&self, text: &str) {
        match &self.spinner {
            Some(bar) => bar.println(text),
            None => eprintln!("{text}"),
        }
    }

    pub(crate) fn finish_suite(&self, suite: &str, counts: Counts, started: Instant) {
        let status = if counts.failed == 0 { "ok" } else { "FAILED" };
        self.line(&format!(
            "xtask: {suite}: {status}: {} passed, {} failed ({:.1}s)",
            counts.passed,
            counts.failed,
            started.elapsed().as_secs_f64()
        ));
    }

    pub(crate) fn finish(self) {
        if let Some(bar) = self.spinner {
            bar.finish_and_clear();
        }
    }
}

/// Sums the `test result: ... N passed; M failed` lines that libtest prints.
pub(crate) fn parse_libtest_counts(output: &str) -> Counts {
    let mut counts = Counts::default();
    for line in output.lines() {
        let Some(rest) = line.trim().strip_prefix("test result: ") else {
            continue;
        };
        for part in rest.split(';') {
            let mut words = part.split_whitespace().rev();
            let (Some(label), Some(number)) = (words.next(), words.next()) else {
                continue;
            };
            let Ok(number) = number.parse::<u64>() else {
                continue;
            };
            match label {
                "passed" => counts.passed += number,
                "failed" => counts.failed += number,
                _ => {}
            }
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn libtest_summary_lines_are_summed() {
        let output = "\
running 3 tests
test a ... ok
test result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
test result: FAILED. 5 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s
";
        assert_eq!(
            parse_libtest_counts(output),
            Counts {
                passed: 8,
                failed: 2
            }
        );
    }

    #[test]
    fn output_without_summaries_counts_nothing() {
        assert_eq!(
            parse_libtest_counts("error[E0425]: oops"),
            Counts::default()
        );
    }
}
