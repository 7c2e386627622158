//! canon's task runner. `cargo xtask test-all` is the project's one test command.

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "xtask is a command-line tool that reports on the terminal"
)]

mod abi;
mod demo;
mod diff;
mod report;
mod test_all;
#[cfg(test)]
mod tidy;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "xtask", about = "canon's task runner")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run every suite: fmt, clippy, the workspace tests and the longer suites.
    TestAll(test_all::TestAllArgs),
    /// Print the canonical-ABI table of a WIT package: layouts, flat types, signatures.
    Abi(abi::AbiArgs),
    /// Differential run: echo guests on every host, results compared.
    Diff(diff::DiffArgs),
    /// The quickstart: build examples/hello, run it with canon-host on wasmi and wasmtime.
    Demo,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::TestAll(args) => test_all::run(&args),
        Command::Abi(args) => abi::run(&args),
        Command::Diff(args) => run_diff(&args),
        Command::Demo => demo::run(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run_diff(args: &diff::DiffArgs) -> anyhow::Result<()> {
    let progress = report::Progress::new();
    let counts = diff::run(args, &progress)?;
    progress.finish();
    println!("{} passed, {} failed", counts.passed, counts.failed);
    anyhow::ensure!(counts.failed == 0, "{} failures", counts.failed);
    Ok(())
}

/// The workspace root: xtask lives one level below it.
fn workspace_root() -> anyhow::Result<std::path::PathBuf> {
    use anyhow::Context as _;
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(std::path::Path::to_path_buf)
        .context("xtask lives one level below the workspace root")
}
