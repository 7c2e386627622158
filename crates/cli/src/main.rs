//! `canon`: the command-line entry point. Each subcommand family lives in its
//! own module; `main` only parses arguments and reports errors.

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "the CLI's output and error reporting go to stdout and stderr"
)]

mod bindgen;
mod component;
mod engines;
mod run;
mod wast;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// canon: the WebAssembly Component Model, end to end.
#[derive(Debug, Parser)]
#[command(name = "canon", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Work with components: embed metadata, build, print WIT.
    #[command(subcommand)]
    Component(component::Command),
    /// Generate guest bindings from WIT.
    #[command(subcommand)]
    Bindgen(bindgen::Command),
    /// Run component-model `.wast` scripts on canon-host.
    Wast(wast::Args),
    /// Run a component on canon-host with WASI: as a command, or invoke one
    /// of its exports.
    Run(run::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Component(command) => command.run().map(|()| ExitCode::SUCCESS),
        Command::Bindgen(command) => command.run().map(|()| ExitCode::SUCCESS),
        Command::Wast(args) => wast::run(args).map(|()| ExitCode::SUCCESS),
        Command::Run(args) => run::run(args),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            // One line: the chain of contexts, outermost first, with any
            // multi-line message (a WIT parse error's snippet) folded.
            let text = format!("{error:#}");
            let line: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            eprintln!("error: {}", line.join(" "));
            ExitCode::FAILURE
        }
    }
}
