//! Rust guest bindings for a WIT world.
//!
//! [`generate`] renders, for one world, a Rust module tree: types (records as
//! structs, variants and enums as enums, flags as bit sets, resources as
//! handle types), imported functions as plain functions, exported interfaces
//! as `Guest` traits with an `export!` macro that wires an implementation in,
//! and the world's `component-type` metadata as a custom section. The
//! canonical ABI code comes from canon-bindgen-core's instruction trees, so
//! nothing here computes a layout.
//!
//! The `generate!` macro of canon-guest and `canon bindgen rust` both call
//! [`generate`]; [`generate_file`] is the command line's entry point.

mod error;
mod names;
mod options;
mod render;

use std::path::Path;

pub use error::{Error, ErrorKind};
pub use names::Names;
pub use options::{Options, Ownership, WithTarget};

/// Generates the bindings of `world` in `resolve`.
pub fn generate(
    resolve: &wit_parser::Resolve,
    world: wit_parser::WorldId,
    options: &Options,
) -> Result<String, Error> {
    render::Generator::new(resolve, world, options)?.run()
}

/// Loads `wit_path` (a file or a directory with `deps/`), selects `world` and
/// generates its bindings. Returns the file name (`<world_in_snake_case>.rs`)
/// and the source, as `canon bindgen rust` writes them.
pub fn generate_file(
    wit_path: &Path,
    world: Option<&str>,
    features: &[String],
    all_features: bool,
    options: &Options,
) -> Result<(String, String), Error> {
    let mut loader = canon_wit::Loader::new().all_features(all_features);
    for feature in features {
        loader = loader.feature(feature.clone());
    }
    let loaded = loader.load_path(wit_path)?;
    let world = loaded.select_world(world)?;
    let name = format!(
        "{}.rs",
        canon_bindgen_core::naming::snake(&loaded.resolve.worlds[world].name)
    );
    Ok((name, generate(&loaded.resolve, world, options)?))
}
