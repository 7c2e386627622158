//! Echo guests for bindgen! runtime tests, built from a WIT world: each
//! exported function calls the imported function of the same interface and
//! name (or, for the world's own exports, the import paired with it) with
//! its arguments unchanged and returns what it returned. Unpaired exports
//! trap. The core module is written from canon-abi's core signatures (flat
//! arguments forwarded, spilled ones by pointer, a spilled result through a
//! return area), then embedded and encoded with canon-encode.

use std::fmt::Write as _;

use canon_abi::{AbiVariant, FlatType, ResultPlan, WitTypes};
use canon_host::{Component, Engine};
use canon_wit::names;
use canon_wit::wit_parser::{Function, Resolve, WorldId, WorldItem, WorldKey};

fn flat(t: FlatType) -> &'static str {
    match t {
        FlatType::I32 => "i32",
        FlatType::I64 => "i64",
        FlatType::F32 => "f32",
        FlatType::F64 => "f64",
    }
}

fn list(kind: &str, tys: &[FlatType]) -> String {
    if tys.is_empty() {
        return String::new();
    }
    let tys: Vec<_> = tys.iter().map(|t| flat(*t)).collect();
    format!("({kind} {})", tys.join(" "))
}

/// The functions a side of the world has: `(key, function)`.
fn functions(
    resolve: &Resolve,
    items: &[(&WorldKey, &WorldItem)],
) -> Vec<(Option<WorldKey>, Function)> {
    let mut out = Vec::new();
    for (key, item) in items {
        match item {
            WorldItem::Interface { id, .. } => {
                for f in resolve.interfaces[*id].functions.values() {
                    out.push((Some((*key).clone()), f.clone()));
                }
            }
            WorldItem::Function(f) => out.push((None, f.clone())),
            WorldItem::Type { .. } => {}
        }
    }
    out
}

/// The echo guest's core module (WAT) for `world`; `pairs` maps world-level
/// export names to the world-level imports they forward to.
pub(crate) fn echo_wat(resolve: &Resolve, world: WorldId, pairs: &[(&str, &str)]) -> String {
    let abi = WitTypes::new(resolve).expect("ABI types");
    let w = &resolve.worlds[world];
    let imports = functions(resolve, &w.imports.iter().collect::<Vec<_>>());
    let exports = functions(resolve, &w.exports.iter().collect::<Vec<_>>());
    let key_name = |k: &Option<WorldKey>| k.as_ref().map(|k| resolve.name_world_key(k));
    let mut wat = String::from("(module\n");
    let mut import_index = Vec::new();
    for (i, (key, f)) in imports.iter().enumerate() {
        let plan = abi.types.func_plan(&abi.func_type(f).unwrap()).unwrap();
        let sig = plan.signature(AbiVariant::GuestImport);
        let (module, field) = names::import_function(resolve, key.as_ref(), f);
        writeln!(
            wat,
            "  (import {module:?} {field:?} (func $i{i} {} {}))",
            list("param", &sig.params),
            list("result", &sig.results)
        )
        .unwrap();
        import_index.push((key_name(key), f.name.clone()));
    }
    wat.push_str(
        r#"  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 16))
  (func $realloc (export "cabi_realloc") (param $old i32) (param $old_size i32) (param $align i32) (param $new i32) (result i32)
    (local $p i32)
    (local.set $p (i32.and (i32.add (global.get $heap) (i32.sub (local.get $align) (i32.const 1)))
                           (i32.sub (i32.const 0) (local.get $align))))
    (global.set $heap (i32.add (local.get $p) (local.get $new)))
    (block $ok (loop $grow
      (br_if $ok (i32.le_u (global.get $heap) (i32.shl (memory.size) (i32.const 16))))
      (if (i32.eq (memory.grow (i32.const 1)) (i32.const -1)) (then unreachable))
      (br $grow)))
    (if (local.get $old) (then
      (memory.copy (local.get $p) (local.get $old)
        (select (local.get $old_size) (local.get $new) (i32.lt_u (local.get $old_size) (local.get $new))))))
    (local.get $p))
"#,
    );
    for (key, f) in &exports {
        let plan = abi.types.func_plan(&abi.func_type(f).unwrap()).unwrap();
        let sig = plan.signature(AbiVariant::GuestExport);
        let export = names::export_function(resolve, key.as_ref(), f);
        let target = match key {
            Some(k) => Some((Some(resolve.name_world_key(k)), f.name.clone())),
            None => pairs
                .iter()
                .find(|(e, _)| *e == f.name)
                .map(|(_, i)| (None, i.to_string())),
        };
        let callee = target.and_then(|t| import_index.iter().position(|x| *x == t));
        let mut body = String::new();
        let n = sig.params.len();
        match callee {
            Some(callee) => {
                let indirect = matches!(plan.result, ResultPlan::Indirect(..));
                if let ResultPlan::Indirect(_, layout) = plan.result {
                    write!(
                        body,
                        "(local.set {n} (call $realloc (i32.const 0) (i32.const 0) (i32.const {}) (i32.const {})))",
                        layout.align, layout.size
                    )
                    .unwrap();
                }
                for p in 0..n {
                    write!(body, " (local.get {p})").unwrap();
                }
                if indirect {
                    write!(body, " (local.get {n})").unwrap();
                }
                write!(body, " (call $i{callee})").unwrap();
                if indirect {
                    write!(body, " (local.get {n})").unwrap();
                }
            }
            None => body.push_str("unreachable"),
        }
        let local = if sig.retptr { "(local i32)" } else { "" };
        writeln!(
            wat,
            "  (func (export {export:?}) {} {} {local} {body})",
            list("param", &sig.params),
            list("result", &sig.results)
        )
        .unwrap();
        writeln!(
            wat,
            "  (func (export {:?}) {} (global.set $heap (i32.const 16)))",
            names::post_return(&export),
            list("param", &sig.results)
        )
        .unwrap();
    }
    wat.push_str(")\n");
    wat
}

/// The echo guest of `world` as a component for `engine`.
pub(crate) fn echo_component(
    engine: &Engine,
    resolve: &Resolve,
    world: WorldId,
    pairs: &[(&str, &str)],
) -> Component {
    let wat = echo_wat(resolve, world, pairs);
    let module = wat::parse_str(&wat).unwrap_or_else(|e| panic!("{e}\n{wat}"));
    let embedded =
        canon_encode::embed(&module, resolve, world, canon_encode::StringEncoding::Utf8).unwrap();
    let bytes = canon_encode::new_component(&embedded).unwrap();
    Component::new(engine, &bytes).unwrap()
}

/// Loads a test-wits file and selects its world.
pub(crate) fn load(path: &str, world: Option<&str>) -> (Resolve, WorldId) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let loaded = canon_wit::Loader::new().load_path(dir.join(path)).unwrap();
    let world = loaded.select_world(world).unwrap();
    (loaded.resolve, world)
}

/// Loads inline WIT and selects its world.
pub(crate) fn load_inline(source: &str) -> (Resolve, WorldId) {
    let loaded = canon_wit::Loader::new()
        .load_source("inline.wit", source)
        .unwrap();
    let world = loaded.select_world(None).unwrap();
    (loaded.resolve, world)
}
