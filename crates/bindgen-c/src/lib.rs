//! C guest bindings for a WIT world.
//!
//! [`generate`] renders, for one world, a header `<world>.h` and a source
//! file `<world>.c`; [`component_type_object`] writes
//! `<world>_component_type.o`, a wasm object file that carries the world's
//! `component-type` custom section. Link the three into a core module
//! (clang `--target=wasm32-wasi`, as a reactor with wasi-libc or freestanding
//! with `-nostdlib`) and make it a component with `canon component new`.
//! The canonical ABI code comes from canon-bindgen-core's instruction trees
//! and canon-abi's layouts, so nothing here computes a size, an offset or a
//! flattening.
//!
//! # The mapping
//!
//! Names follow wit-bindgen's C generator, so its users find what they
//! expect. `<world>` is the world's name in snake case; an interface's
//! *prefix* is `<namespace>_<package>_<interface>` (with `_<version>` after
//! the package when the resolve holds two versions of it, dots and dashes
//! as `_`), `<world>_<name>` for an interface named inline in the world,
//! and `<world>` for the world's own items. Exported interfaces' prefixes
//! start with `exports_`. `--rename KEY=NAME` replaces the prefix of the
//! interface `KEY` (`ns:pkg/iface`, with or without its version) or of the
//! world (its name). Every generated name is unique: a name that would clash
//! with an earlier one (`a:b-c/d` and `a:b/c-d` both give `a_b_c_d`) gets a
//! `_2`, `_3`, ... suffix, in world order. Fields, cases and parameters that
//! are C or C++ keywords (or `bool`, `ret`, `err`, ...) get a trailing `_`.
//!
//! | WIT | C |
//! |---|---|
//! | `bool`, `u8`...`s64`, `f32`, `f64` | `bool`, `uint8_t`...`int64_t`, `float`, `double` |
//! | `char` | `uint32_t` (a Unicode scalar value) |
//! | `string` | `<world>_string_t { uint8_t *ptr; size_t len; }`, `len` in bytes |
//! | `list<T>` | `<world>_list_<T>_t { T *ptr; size_t len; }` |
//! | `record r` | `typedef struct <prefix>_r_t { ... } <prefix>_r_t;` |
//! | `tuple<A, B>` | `<world>_tuple2_<A>_<B>_t { A f0; B f1; }` |
//! | `variant v` | `struct { uint8_t tag; union { ... } val; }`, tags `<PREFIX>_V_<CASE>` |
//! | `enum e` | `typedef uint8_t <prefix>_e_t;` with constants `<PREFIX>_E_<CASE>` |
//! | `flags f` | `typedef uint8_t/uint16_t/uint32_t <prefix>_f_t;` with bits `<PREFIX>_F_<FLAG>`; more than 32 flags are `struct { uint32_t bits[N]; }` with `<PREFIX>_F_<FLAG>_WORD` |
//! | `option<T>` | `<world>_option_<T>_t { bool is_some; T val; }` |
//! | `result<T, E>` | `<world>_result_<T>_<E>_t { bool is_err; union { T ok; E err; } val; }` |
//! | `own<r>`, `borrow<r>` (imported `r`) | `<prefix>_own_r_t`, `<prefix>_borrow_r_t`: `struct { int32_t __handle; }` |
//! | `own<r>` (exported `r`) | `<prefix>_own_r_t`; `borrow<r>` is `<prefix>_r_t *`, the representation |
//!
//! The memory layout of every generated type is the canonical ABI's: the
//! source file checks each size, alignment and field offset against
//! canon-abi's with `_Static_assert`, so lists of any element type cross the
//! boundary without a copy.
//!
//! # Functions
//!
//! - An imported function `f` of an interface is `<prefix>_f`; resource
//!   functions are `<prefix>_constructor_r`, `<prefix>_method_r_m` and
//!   `<prefix>_static_r_s`. The user implements each exported function under
//!   the same name with the `exports_` prefix.
//! - Parameters: scalars, enums, flags and handles by value; strings, lists,
//!   records, tuples, variants, options and results by pointer.
//! - Results: a returned `option<T>` becomes `bool f(..., T *ret)` (true:
//!   some) and a returned `result<T, E>` becomes `bool f(..., T *ret, E *err)`
//!   (true: ok; `ret` or `err` left out when the case has no payload); other
//!   scalars, enums, flags and handles are returned; aggregates are written
//!   to a last `T *ret` parameter.
//! - Ownership: an imported function borrows its parameters (owned handles
//!   in them move to the callee) and gives the caller its result to free.
//!   An exported function owns its parameters (free them with `*_free`) and
//!   gives its result away: the generated `cabi_post_*` function frees it
//!   after the host has read it.
//! - A `borrow<r>` of an imported resource received by an export must be
//!   dropped with `<prefix>_r_drop_borrow` before the export returns, unless
//!   `--autodrop-borrows` is set: then the generated code drops every
//!   borrow passed directly as a parameter after the call (borrows inside
//!   lists or records stay the user's to drop).
//!
//! # Resources
//!
//! - Imported `r`: `<prefix>_r_drop_own`, `<prefix>_r_drop_borrow` and
//!   `<prefix>_borrow_r` (a borrow of an owned handle).
//! - Exported `r`: the user defines `struct <prefix>_r_t` and
//!   `<prefix>_r_destructor(<prefix>_r_t *rep)`; the bindings give
//!   `<prefix>_r_new(rep)`, `<prefix>_r_rep(handle)` and `<prefix>_r_drop_own`.
//!
//! # Memory
//!
//! - Each type with a C struct has `<type>_free(T *ptr)`, which frees its
//!   strings and lists (when `len > 0`) and drops its owned handles.
//! - Helpers (left out with `--no-helpers`): `<world>_string_set` (borrows
//!   a NUL-terminated string), `<world>_string_dup` (copies it),
//!   `<world>_string_free`, and for lists `<list>_set` (borrows an array) and,
//!   when the elements own nothing, `<list>_dup` (copies it).
//! - `cabi_realloc` is defined once, weakly, on `malloc`, `realloc` and
//!   `abort` (so a freestanding build can bring its own allocator); a
//!   zero-sized allocation is the alignment itself, never passed to `free`.
//! - `--string-encoding utf16` makes strings `uint16_t *ptr` with `len` in
//!   code units; `compact-utf16` makes them `uint8_t *ptr` holding Latin-1,
//!   or UTF-16 when `len` has `<WORLD>_STRING_UTF16_TAG` set. The encoding
//!   is recorded in the metadata.
//!
//! # The component type object
//!
//! `<world>_component_type.o` is a relocatable wasm object: one empty
//! function, `__component_type_object_force_link_<world>`, which the source
//! file calls from a public function so the object is linked in whenever the
//! bindings are, a `linking` section naming it, and the custom section
//! `component-type:...` holding the world. wasm-ld concatenates custom
//! sections of its inputs, so the section reaches the core module; this is
//! what upstream wit-bindgen does, and it keeps the section out of the data
//! segment, which a `.c` array would need a linker section attribute for.

mod error;
mod names;
mod object;
mod options;
mod render;

use std::path::Path;

pub use canon_encode::StringEncoding;
pub use error::{Error, ErrorKind};
pub use options::Options;
pub use render::{FunctionNames, Names, Param, ResourceCNames as ResourceNames, ResultShape};

/// A world's generated header and source file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bindings {
    /// `<world>.h`.
    pub header_name: String,
    pub header: String,
    /// `<world>.c`.
    pub source_name: String,
    pub source: String,
}

/// Generates the header and source file of `world` in `resolve`.
pub fn generate(
    resolve: &wit_parser::Resolve,
    world: wit_parser::WorldId,
    options: &Options,
) -> Result<Bindings, Error> {
    render::Generator::new(resolve, world, options)?.run()
}

/// The `<world>_component_type.o` object file of `world`, and its file name.
pub fn component_type_object(
    resolve: &wit_parser::Resolve,
    world: wit_parser::WorldId,
    options: &Options,
) -> Result<(String, Vec<u8>), Error> {
    object::component_type_object(resolve, world, options)
}

/// Loads `wit_path` (a file or a directory with `deps/`), selects `world`
/// and generates every file `canon bindgen c` writes: `(file name, contents)`
/// for the header, the source and the component type object.
pub fn generate_files(
    wit_path: &Path,
    world: Option<&str>,
    features: &[String],
    all_features: bool,
    options: &Options,
) -> Result<Vec<(String, Vec<u8>)>, Error> {
    let mut loader = canon_wit::Loader::new().all_features(all_features);
    for feature in features {
        loader = loader.feature(feature.clone());
    }
    let loaded = loader.load_path(wit_path)?;
    let world = loaded.select_world(world)?;
    let bindings = generate(&loaded.resolve, world, options)?;
    let (object_name, object) = component_type_object(&loaded.resolve, world, options)?;
    Ok(vec![
        (bindings.header_name, bindings.header.into_bytes()),
        (bindings.source_name, bindings.source.into_bytes()),
        (object_name, object),
    ])
}
