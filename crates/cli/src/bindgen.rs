//! `canon bindgen`: guest bindings generated from WIT.

use std::path::PathBuf;

use anyhow::{Context, Result};
use canon_bindgen_rust::{Options, Ownership};

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// Rust bindings: writes `OUT_DIR/<world_in_snake_case>.rs`.
    Rust(RustArgs),
}

#[derive(Debug, clap::Args)]
pub(crate) struct RustArgs {
    /// A `.wit` file, or a directory with `.wit` files and `deps/`.
    wit: PathBuf,
    /// The world to generate bindings for.
    #[arg(long)]
    world: Option<String>,
    /// Where the generated file goes.
    #[arg(long)]
    out_dir: PathBuf,
    /// Also write a stub implementation of every export and the `export!` call.
    #[arg(long)]
    stubs: bool,
    /// `owning` (default), `borrowing` or `borrowing-duplicate-if-necessary`.
    #[arg(long, default_value = "owning")]
    ownership: String,
    /// A derive added to every generated type (repeatable).
    #[arg(long = "additional-derive")]
    additional_derives: Vec<String>,
    /// Enable these `@unstable` features (comma-separated).
    #[arg(long)]
    features: Option<String>,
    /// Enable every `@unstable` feature.
    #[arg(long)]
    all_features: bool,
}

impl Command {
    pub(crate) fn run(self) -> Result<()> {
        match self {
            Command::Rust(args) => rust(args),
        }
    }
}

fn rust(args: RustArgs) -> Result<()> {
    let ownership = match args.ownership.as_str() {
        "owning" => Ownership::Owning,
        "borrowing" => Ownership::Borrowing {
            duplicate_if_necessary: false,
        },
        "borrowing-duplicate-if-necessary" => Ownership::Borrowing {
            duplicate_if_necessary: true,
        },
        other => anyhow::bail!(
            "unknown ownership `{other}`; expected owning, borrowing or borrowing-duplicate-if-necessary"
        ),
    };
    let options = Options {
        stubs: args.stubs,
        ownership,
        additional_derives: args.additional_derives,
        ..Default::default()
    };
    let features: Vec<String> = args
        .features
        .iter()
        .flat_map(|list| list.split([',', ' ']))
        .filter(|f| !f.is_empty())
        .map(String::from)
        .collect();
    let (file_name, source) = canon_bindgen_rust::generate_file(
        &args.wit,
        args.world.as_deref(),
        &features,
        args.all_features,
        &options,
    )?;
    std::fs::create_dir_all(&args.out_dir)
        .with_context(|| format!("creating `{}`", args.out_dir.display()))?;
    let path = args.out_dir.join(file_name);
    std::fs::write(&path, source).with_context(|| format!("writing `{}`", path.display()))?;
    Ok(())
}
