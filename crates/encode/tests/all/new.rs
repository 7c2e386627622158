//! `component new` details: pruning unused imports, `_initialize`.

use canon_encode::StringEncoding;

use crate::component::{decoded_summary, theirs_summary, validate};

/// `wat` with the metadata of the only world of `wit`.
fn embedded(wit: &str, wat: &str) -> Vec<u8> {
    let loaded = canon_wit::Loader::new().load_source("t.wit", wit).unwrap();
    let world = loaded.select_world(None).unwrap();
    let module = wat::parse_str(wat).unwrap();
    canon_encode::embed(&module, &loaded.resolve, world, StringEncoding::Utf8).unwrap()
}

/// wit-component's component for the same module.
fn theirs(module: &[u8]) -> Vec<u8> {
    wit_component::ComponentEncoder::default()
        .module(module)
        .unwrap()
        .validate(true)
        .encode()
        .unwrap()
}

const PARTLY_USED: &str = "package a:b;
interface types {
  record point { x: u32, y: u32 }
  type unused-t = string;
}
interface used {
  use types.{point};
  get: func() -> point;
  unused-f: func(s: string);
}
interface unused { f: func(); }
world w {
  import used;
  import unused;
  import g: func(x: u32);
  import h: func();
  export run: func();
}";

#[test]
fn imports_the_module_does_not_use_are_left_out_as_wit_component_does() {
    let module = embedded(
        PARTLY_USED,
        r#"(module
             (import "a:b/used" "get" (func (param i32)))
             (import "$root" "g" (func (param i32)))
             (memory (export "memory") 1)
             (func (export "run")))"#,
    );
    let ours = canon_encode::new_component(&module).unwrap();
    validate(&ours).unwrap();
    let summary = decoded_summary(&ours);
    assert_eq!(summary, theirs_summary(&theirs(&module)));
    assert_eq!(
        summary,
        "import a:b/types {\n  type point = record {x: u32, y: u32}\n}\n\
         import a:b/used {\n  type point = use a:b/types.point\n  get: func() -> point\n}\n\
         import g: func(x: u32)\n\
         export run: func()\n"
    );
}

#[test]
fn keep_unused_imports_imports_the_whole_world() {
    let module = embedded(PARTLY_USED, r#"(module (func (export "run")))"#);
    let ours = canon_encode::ComponentBuilder::new(&module)
        .keep_unused_imports()
        .encode()
        .unwrap();
    validate(&ours).unwrap();
    let loaded = canon_wit::Loader::new()
        .load_source("t.wit", PARTLY_USED)
        .unwrap();
    let world = loaded.select_world(None).unwrap();
    assert_eq!(
        decoded_summary(&ours),
        crate::support::world_summary(&loaded.resolve, world)
    );
}

#[test]
fn a_module_importing_nothing_imports_nothing() {
    let module = embedded(PARTLY_USED, r#"(module (func (export "run")))"#);
    let ours = canon_encode::new_component(&module).unwrap();
    validate(&ours).unwrap();
    assert_eq!(decoded_summary(&ours), "export run: func()\n");
    assert_eq!(decoded_summary(&ours), theirs_summary(&theirs(&module)));
}

#[test]
fn types_an_export_uses_from_an_import_are_kept() {
    let module = embedded(
        "package a:b;
         interface types { record point { x: u32, y: u32 } enum e { a } }
         interface api { use types.{point}; area: func(p: point) -> u32; }
         world w { import types; export api; }",
        r#"(module (func (export "a:b/api#area") (param i32 i32) (result i32) unreachable))"#,
    );
    let ours = canon_encode::new_component(&module).unwrap();
    validate(&ours).unwrap();
    let summary = decoded_summary(&ours);
    assert_eq!(summary, theirs_summary(&theirs(&module)));
    assert!(summary.contains("type point"), "{summary}");
    assert!(!summary.contains("type e"), "{summary}");
}

const COUNTER: &str = "package a:b; world w { export run: func() -> u32; }";

#[test]
fn initialize_is_called_by_a_start_function() {
    let module = embedded(
        COUNTER,
        r#"(module
             (global $g (mut i32) (i32.const 0))
             (func (export "_initialize")
               (global.set $g (i32.add (global.get $g) (i32.const 42))))
             (func (export "run") (result i32) (global.get $g)))"#,
    );
    let ours = canon_encode::new_component(&module).unwrap();
    validate(&ours).unwrap();
    // The start function of a module instantiated after the main module
    // calls `_initialize`, before any export is lifted.
    let text = wasmprinter::print_bytes(&ours).unwrap();
    let start = text.find("(start 0)").expect("a start function");
    let alias = text
        .find("(alias core export 0 \"_initialize\"")
        .expect("an alias of `_initialize`");
    let lift = text.find("canon lift").expect("a lift");
    assert!(alias < start && start < lift, "{text}");
    assert_eq!(decoded_summary(&ours), theirs_summary(&theirs(&module)));
}

#[test]
fn initialize_with_parameters_is_an_error() {
    let module = embedded(
        COUNTER,
        r#"(module
             (func (export "_initialize") (param i32))
             (func (export "run") (result i32) unreachable))"#,
    );
    let error = canon_encode::new_component(&module).unwrap_err();
    assert_eq!(
        error.to_string(),
        "export `_initialize` has signature (i32) -> (), but it must be () -> ()"
    );
}
