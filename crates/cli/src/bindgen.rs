//! `canon bindgen`: guest bindings generated from WIT.

use std::path::PathBuf;

use anyhow::{Context, Result};
use canon_bindgen_rust::{Options, Ownership, WithTarget};

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// Rust bindings: writes `OUT_DIR/<world_in_snake_case>.rs`.
    Rust(Box<RustArgs>),
    /// C bindings: writes `<world>.h`, `<world>.c` and
    /// `<world>_component_type.o` into `OUT_DIR` (default `.`).
    C(Box<CArgs>),
}

#[derive(Debug, clap::Args)]
pub(crate) struct CArgs {
    /// A `.wit` file, or a directory with `.wit` files and `deps/`.
    wit: PathBuf,
    /// The world to generate bindings for.
    #[arg(long)]
    world: Option<String>,
    /// Where the generated files go.
    #[arg(long, default_value = ".")]
    out_dir: PathBuf,
    /// `utf8` (default), `utf16` or `compact-utf16`; recorded in the metadata.
    #[arg(long, default_value = "utf8")]
    string_encoding: String,
    /// Leave out the string and list `_set`/`_dup` helpers.
    #[arg(long)]
    no_helpers: bool,
    /// Give interface `KEY` (`ns:pkg/iface`) or the world `KEY` the C
    /// prefix `NAME` (`KEY=NAME`, repeatable).
    #[arg(long = "rename", value_name = "KEY=NAME")]
    rename: Vec<String>,
    /// Drop the borrowed handles an export receives as parameters once it
    /// returns.
    #[arg(long)]
    autodrop_borrows: bool,
    /// Enable these `@unstable` features (comma-separated).
    #[arg(long)]
    features: Option<String>,
    /// Enable every `@unstable` feature.
    #[arg(long)]
    all_features: bool,
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
    /// Map an interface (`ns:pkg/iface`) or type (`ns:pkg/iface/type`) to an
    /// existing Rust path, or to `generate` (`KEY=PATH`, repeatable).
    #[arg(long = "with", value_name = "KEY=PATH")]
    with: Vec<String>,
    /// Generate every interface that `--with` does not name.
    #[arg(long)]
    generate_all: bool,
    /// Leave out this function (its WIT name; repeatable).
    #[arg(long = "skip", value_name = "NAME")]
    skip: Vec<String>,
    /// An attribute for one type (`TYPE=ATTRIBUTE`, e.g.
    /// `point=#[derive(serde::Serialize)]`; repeatable).
    #[arg(long = "type-attribute", value_name = "TYPE=ATTRIBUTE")]
    type_attributes: Vec<String>,
    /// The name of the export macro (default `export`).
    #[arg(long)]
    export_macro_name: Option<String>,
    /// Make the export macro public.
    #[arg(long)]
    pub_export_macro: bool,
    /// The path `export!` finds the bindings at (default `self`).
    #[arg(long)]
    default_bindings_module: Option<String>,
    /// A Cargo feature gating the items that need `std`.
    #[arg(long)]
    std_feature: Option<String>,
    /// The path of the runtime crate (default `::canon_guest`).
    #[arg(long)]
    runtime_path: Option<String>,
}

/// Splits a `KEY=VALUE` argument of `flag`.
fn key_value<'a>(flag: &str, arg: &'a str) -> Result<(&'a str, &'a str)> {
    arg.split_once('=')
        .filter(|(key, value)| !key.is_empty() && !value.is_empty())
        .with_context(|| format!("`--{flag} {arg}`: expected KEY=VALUE"))
}

impl Command {
    pub(crate) fn run(self) -> Result<()> {
        match self {
            Command::Rust(args) => rust(*args),
            Command::C(args) => c(*args),
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
    let with = args
        .with
        .iter()
        .map(|arg| {
            let (key, target) = key_value("with", arg)?;
            let target = match target {
                "generate" => WithTarget::Generate,
                path => WithTarget::Path(path.to_string()),
            };
            Ok((key.to_string(), target))
        })
        .collect::<Result<_>>()?;
    let type_attributes = args
        .type_attributes
        .iter()
        .map(|arg| {
            let (ty, attribute) = key_value("type-attribute", arg)?;
            Ok((ty.to_string(), attribute.to_string()))
        })
        .collect::<Result<_>>()?;
    let defaults = Options::default();
    let options = Options {
        stubs: args.stubs,
        ownership,
        additional_derives: args.additional_derives,
        with,
        generate_all: args.generate_all,
        skip: args.skip,
        type_attributes,
        export_macro_name: args.export_macro_name,
        pub_export_macro: args.pub_export_macro,
        default_bindings_module: args.default_bindings_module,
        std_feature: args.std_feature,
        runtime_path: args.runtime_path.unwrap_or(defaults.runtime_path.clone()),
        ..defaults
    };
    let features = feature_list(args.features.as_deref());
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

fn c(args: CArgs) -> Result<()> {
    let renames = args
        .rename
        .iter()
        .map(|arg| {
            let (key, name) = key_value("rename", arg)?;
            Ok((key.to_string(), name.to_string()))
        })
        .collect::<Result<_>>()?;
    let options = canon_bindgen_c::Options {
        string_encoding: args.string_encoding.parse()?,
        no_helpers: args.no_helpers,
        renames,
        autodrop_borrows: args.autodrop_borrows,
    };
    let features = feature_list(args.features.as_deref());
    let files = canon_bindgen_c::generate_files(
        &args.wit,
        args.world.as_deref(),
        &features,
        args.all_features,
        &options,
    )?;
    std::fs::create_dir_all(&args.out_dir)
        .with_context(|| format!("creating `{}`", args.out_dir.display()))?;
    for (name, contents) in files {
        let path = args.out_dir.join(name);
        std::fs::write(&path, contents).with_context(|| format!("writing `{}`", path.display()))?;
    }
    Ok(())
}

/// `--features a,b c` as a list.
fn feature_list(features: Option<&str>) -> Vec<String> {
    features
        .iter()
        .flat_map(|list| list.split([',', ' ']))
        .filter(|f| !f.is_empty())
        .map(String::from)
        .collect()
}
