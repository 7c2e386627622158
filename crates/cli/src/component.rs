//! `canon component embed | new | wit`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use canon_encode::{Decoded, StringEncoding};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Embed a world's metadata into a core module (or into a dummy module).
    Embed {
        /// The WIT file or directory.
        wit: PathBuf,
        /// The core module; omit with `--dummy`.
        module: Option<PathBuf>,
        /// The world to embed.
        #[arg(long, short)]
        world: Option<String>,
        /// String encoding of the module's functions.
        #[arg(long, default_value = "utf8", value_parser = parse_encoding)]
        encoding: StringEncoding,
        /// Generate a module whose exports trap, instead of reading MODULE.
        #[arg(long)]
        dummy: bool,
        /// Where to write the module (stdout if omitted).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Turn a core module with embedded metadata into a component.
    New {
        /// The core module.
        module: PathBuf,
        /// An adapter, as NAME=FILE.
        #[arg(long = "adapt", value_name = "NAME=FILE")]
        adapters: Vec<String>,
        /// Where to write the component (stdout if omitted).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Print the WIT of a component, a WIT package binary, or a WIT directory.
    Wit {
        /// A `.wasm` component or WIT binary, or a `.wit` file or directory.
        input: PathBuf,
    },
}

fn parse_encoding(s: &str) -> Result<StringEncoding, String> {
    s.parse().map_err(|e: canon_encode::Error| e.to_string())
}

impl Command {
    pub(crate) fn run(self) -> Result<()> {
        match self {
            Command::Embed {
                wit,
                module,
                world,
                encoding,
                dummy,
                output,
            } => {
                let loaded = canon_wit::Loader::new().load_path(&wit)?;
                let world = loaded.select_world(world.as_deref())?;
                let module = match (module, dummy) {
                    (Some(_), true) => bail!("give either MODULE or --dummy, not both"),
                    (Some(path), false) => read(&path)?,
                    (None, true) => canon_encode::dummy_module(&loaded.resolve, world)?,
                    (None, false) => bail!("no core module: give MODULE, or --dummy"),
                };
                let out = canon_encode::embed(&module, &loaded.resolve, world, encoding)?;
                write(output.as_deref(), &out)
            }
            Command::New {
                module,
                adapters,
                output,
            } => {
                let bytes = read(&module)?;
                let mut adapter_bytes = Vec::new();
                for adapter in &adapters {
                    let Some((name, file)) = adapter.split_once('=') else {
                        bail!("--adapt `{adapter}`: expected NAME=FILE");
                    };
                    adapter_bytes.push((name.to_string(), read(Path::new(file))?));
                }
                let mut builder = canon_encode::ComponentBuilder::new(&bytes);
                for (name, adapter) in &adapter_bytes {
                    builder = builder.adapter(name.clone(), adapter);
                }
                let component = builder
                    .encode()
                    .with_context(|| format!("{}", module.display()))?;
                write(output.as_deref(), &component)
            }
            Command::Wit { input } => {
                let text = if input.is_dir() || input.extension().is_some_and(|ext| ext == "wit") {
                    let loaded = canon_wit::Loader::new().load_path(&input)?;
                    canon_encode::print_package(&loaded.resolve, loaded.package, false)
                } else {
                    let bytes = read(&input)?;
                    let decoded = canon_encode::decode(&bytes)
                        .with_context(|| format!("{}", input.display()))?;
                    match &decoded {
                        Decoded::Package { resolve, package } => {
                            canon_encode::print_package(resolve, *package, true)
                        }
                        Decoded::Component { resolve, world } => match resolve.worlds[*world]
                            .package
                        {
                            Some(package) => canon_encode::print_package(resolve, package, true),
                            None => bail!("the component's world has no package"),
                        },
                    }
                };
                if text.ends_with('\n') {
                    print!("{text}");
                } else {
                    println!("{text}");
                }
                Ok(())
            }
        }
    }
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("cannot read `{}`", path.display()))
}

fn write(path: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match path {
        Some(path) => std::fs::write(path, bytes)
            .with_context(|| format!("cannot write `{}`", path.display())),
        None => std::io::stdout()
            .write_all(bytes)
            .context("cannot write to stdout"),
    }
}
