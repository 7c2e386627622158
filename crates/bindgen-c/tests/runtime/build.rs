//! Building a guest: its WIT through canon-bindgen-c, its `guest.c` with
//! the bindings through clang, and the core module through canon-encode,
//! once per test process.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use canon_bindgen_c::{Options, StringEncoding};
use canon_test_support::c::{self, CBuild};

/// A guest: `tests/guests/<dir>/{<dir>.wit,guest.c}`, its world, how it
/// links and what the bindings are generated with.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Guest {
    /// Unique among guests: the cache key and the build directory.
    pub(crate) name: &'static str,
    /// The directory under `tests/guests`.
    pub(crate) dir: &'static str,
    pub(crate) world: &'static str,
    pub(crate) build: CBuild,
    pub(crate) string_encoding: StringEncoding,
    pub(crate) autodrop_borrows: bool,
    /// Extra clang flags (`-DNAME`).
    pub(crate) defines: &'static [&'static str],
}

impl Guest {
    /// A freestanding guest with default options, named after its directory.
    pub(crate) const fn freestanding(dir: &'static str, world: &'static str) -> Guest {
        Guest {
            name: dir,
            dir,
            world,
            build: CBuild::Freestanding,
            string_encoding: StringEncoding::Utf8,
            autodrop_borrows: false,
            defines: &[],
        }
    }

    fn options(&self) -> Options {
        Options {
            string_encoding: self.string_encoding,
            autodrop_borrows: self.autodrop_borrows,
            ..Options::default()
        }
    }
}

fn guests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/guests")
}

/// Built components by guest name.
type Built = Mutex<HashMap<&'static str, Arc<Vec<u8>>>>;

/// The guest's component, built on first use.
pub(crate) fn component(guest: &Guest) -> Arc<Vec<u8>> {
    static BUILT: OnceLock<Built> = OnceLock::new();
    let built = BUILT.get_or_init(Default::default);
    if let Some(bytes) = built.lock().unwrap().get(guest.name) {
        return bytes.clone();
    }
    let bytes = Arc::new(build(guest).unwrap_or_else(|e| panic!("guest `{}`: {e}", guest.name)));
    built
        .lock()
        .unwrap()
        .entry(guest.name)
        .or_insert(bytes)
        .clone()
}

fn build(guest: &Guest) -> Result<Vec<u8>, String> {
    let source_dir = guests_dir().join(guest.dir);
    let out = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("c-guests")
        .join(guest.name);
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let wit = source_dir.join(format!("{}.wit", guest.dir));
    let loaded = canon_wit::Loader::new()
        .load_path(&wit)
        .map_err(|e| format!("{}: {e}", wit.display()))?;
    let world = loaded
        .select_world(Some(guest.world))
        .map_err(|e| format!("world `{}`: {e}", guest.world))?;
    let options = guest.options();
    let bindings = canon_bindgen_c::generate(&loaded.resolve, world, &options)
        .map_err(|e| format!("canon-bindgen-c: {e}"))?;
    let (object_name, object) =
        canon_bindgen_c::component_type_object(&loaded.resolve, world, &options)
            .map_err(|e| format!("canon-bindgen-c component type object: {e}"))?;
    let write = |name: &str, bytes: &[u8]| -> Result<PathBuf, String> {
        let path = out.join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(path)
    };
    write(&bindings.header_name, bindings.header.as_bytes())?;
    let source = write(&bindings.source_name, bindings.source.as_bytes())?;
    let object = write(&object_name, &object)?;
    let core = c::build(
        &[source_dir.join("guest.c"), source],
        &[object],
        std::slice::from_ref(&out),
        guest.build,
        guest.defines,
        &out.join(format!("{}.wasm", guest.name)),
    )?;
    let component = c::componentize(&core, guest.build)?;
    std::fs::write(
        out.join(format!("{}.component.wasm", guest.name)),
        &component,
    )
    .map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(component)
}
