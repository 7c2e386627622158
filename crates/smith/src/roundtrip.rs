//! The round-trip checks: a generated package through canon-encode and back.
//!
//! 1. encode → decode → print → parse → encode gives identical bytes;
//! 2. for each world, a dummy module → embed → component new → validate →
//!    decode gives back the world (compared through its encoding).

use arbitrary::Unstructured;
use canon_encode::{Decoded, StringEncoding};
use wit_parser::{Resolve, WorldId};

use crate::{Config, generate};

/// What happened to one input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The input ran out, or the generated WIT did not parse.
    Rejected,
    /// Every check passed; the number of worlds taken through `component new`.
    Checked { worlds: usize },
}

/// Runs the checks on one fuzz input; panics (with the WIT) on a failure.
pub fn run(data: &[u8]) -> Outcome {
    let mut u = Unstructured::new(data);
    let Ok(source) = generate(&mut u, &Config::default()) else {
        return Outcome::Rejected;
    };
    match check(&source) {
        Ok(outcome) => outcome,
        Err(message) => panic!("{message}\n--- generated WIT ---\n{source}"),
    }
}

/// Runs the checks on WIT source; `Err` describes a failed check.
pub fn check(source: &str) -> Result<Outcome, String> {
    let Ok(loaded) = canon_wit::Loader::new().load_source("fuzz.wit", source) else {
        return Ok(Outcome::Rejected);
    };
    let package = &loaded.resolve.packages[loaded.package];
    if package.interfaces.is_empty() && package.worlds.is_empty() {
        // An empty package encodes as an empty component, which reads back
        // as a component (wit-component does the same).
        return Ok(Outcome::Rejected);
    }
    let first = match canon_encode::encode_package(&loaded.resolve, loaded.package) {
        Ok(bytes) => bytes,
        Err(e) => return Err(format!("encoding failed: {e}")),
    };
    let (resolve, package) = match canon_encode::decode(&first) {
        Ok(Decoded::Package { resolve, package }) => (resolve, package),
        Ok(Decoded::Component { .. }) => return Err("decoded as a component".into()),
        Err(e) => return Err(format!("decoding our own binary failed: {e}")),
    };
    let printed = canon_encode::print_package(&resolve, package, true);
    let reparsed = canon_wit::Loader::new()
        .load_source("printed.wit", &printed)
        .map_err(|e| format!("printed WIT does not parse: {e}\n{printed}"))?;
    let second = canon_encode::encode_package(&reparsed.resolve, reparsed.package)
        .map_err(|e| format!("re-encoding failed: {e}"))?;
    if first != second {
        return Err(format!(
            "encode → decode → print → parse → encode changed the bytes\n{printed}"
        ));
    }

    let mut worlds = 0;
    for (name, &world) in loaded.resolve.packages[loaded.package].worlds.iter() {
        let Ok(module) = canon_encode::dummy_module(&loaded.resolve, world) else {
            continue;
        };
        let module = canon_encode::embed(&module, &loaded.resolve, world, StringEncoding::Utf8)
            .map_err(|e| format!("world `{name}`: embed failed: {e}"))?;
        // The whole world must come back, so unused imports are kept.
        let component = canon_encode::ComponentBuilder::new(&module)
            .keep_unused_imports()
            .encode()
            .map_err(|e| format!("world `{name}`: component new failed: {e}"))?;
        wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
            .validate_all(&component)
            .map_err(|e| format!("world `{name}`: invalid component: {e}"))?;
        let (resolve, decoded) = match canon_encode::decode(&component) {
            Ok(Decoded::Component { resolve, world }) => (resolve, world),
            Ok(Decoded::Package { .. }) => {
                return Err(format!("world `{name}`: decoded as a package"));
            }
            Err(e) => {
                return Err(format!(
                    "world `{name}`: decoding the component failed: {e}"
                ));
            }
        };
        let expected = world_bytes(&loaded.resolve, world)?;
        let actual = world_bytes(&resolve, decoded)?;
        if expected != actual {
            return Err(format!(
                "world `{name}`: the component's world differs from the input's"
            ));
        }
        worlds += 1;
    }
    Ok(Outcome::Checked { worlds })
}

/// The world's imports and exports as a component type, independent of names
/// of the world and its package.
fn world_bytes(resolve: &Resolve, world: WorldId) -> Result<Vec<u8>, String> {
    let ty = canon_encode::encode_world(resolve, world).map_err(|e| e.to_string())?;
    let mut builder = wasm_encoder::ComponentBuilder::default();
    builder.type_component(None, &ty);
    Ok(builder.finish())
}
