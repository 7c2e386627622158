//! canon's task runner. `cargo xtask test-all` is the project's one test command.

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "xtask is a command-line tool that reports on the terminal"
)]

mod report;
mod test_all;

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
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::TestAll(args) => test_all::run(&args),
    }
}
