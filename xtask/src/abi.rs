//! `cargo xtask abi WIT`: the canonical-ABI table of a WIT package.

use std::path::PathBuf;

use anyhow::{Context, Result};

#[derive(clap::Args, Debug)]
pub(crate) struct AbiArgs {
    /// A `.wit` file, or a directory with `.wit` files and an optional `deps/`.
    path: PathBuf,
    /// Enable every `@unstable` feature.
    #[arg(long)]
    all_features: bool,
}

pub(crate) fn run(args: &AbiArgs) -> Result<()> {
    let loaded = canon_wit::Loader::new()
        .all_features(args.all_features)
        .load_path(&args.path)
        .with_context(|| format!("failed to load WIT from `{}`", args.path.display()))?;
    print!(
        "{}",
        canon_abi::describe_package(&loaded.resolve, loaded.package)
    );
    Ok(())
}
