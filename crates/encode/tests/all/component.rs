//! `component new`: the whole path over every test-wits world, against wit-component.

use canon_encode::StringEncoding;
use wit_parser::{LiftLowerAbi, ManglingAndAbi};

use crate::support::{corpus_worlds, world_summary};

pub(crate) fn validate(bytes: &[u8]) -> Result<(), String> {
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
        .validate_all(bytes)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

pub(crate) fn decoded_summary(component: &[u8]) -> String {
    match canon_encode::decode(component).unwrap() {
        canon_encode::Decoded::Component { resolve, world } => world_summary(&resolve, world),
        canon_encode::Decoded::Package { .. } => panic!("decoded as a WIT package"),
    }
}

pub(crate) fn theirs_summary(component: &[u8]) -> String {
    match wit_component::decode(component).unwrap() {
        wit_component::DecodedWasm::Component(resolve, world) => world_summary(&resolve, world),
        wit_component::DecodedWasm::WitPackage(..) => panic!("decoded as a WIT package"),
    }
}

/// Every world of the corpus that wit-component can encode (all but the
/// flags-over-32 package): all of them must get through.
fn encodable_worlds() -> Vec<(String, canon_wit::Loaded, wit_parser::WorldId)> {
    corpus_worlds()
}

#[test]
fn dummy_embed_new_validate_decode_gives_back_the_world() {
    let worlds = encodable_worlds();
    assert!(worlds.len() >= 36, "{}", worlds.len());
    for (name, loaded, world) in worlds {
        let module = canon_encode::dummy_module(&loaded.resolve, world).unwrap();
        validate(&module).unwrap_or_else(|e| panic!("{name}: dummy module invalid: {e}"));
        let module =
            canon_encode::embed(&module, &loaded.resolve, world, StringEncoding::Utf8).unwrap();
        let component = canon_encode::new_component(&module)
            .unwrap_or_else(|e| panic!("{name}: component new: {e}"));
        validate(&component).unwrap_or_else(|e| panic!("{name}: component invalid: {e}"));
        assert_eq!(
            decoded_summary(&component),
            world_summary(&loaded.resolve, world),
            "{name}"
        );
        // wit-component reads our component the same way.
        assert_eq!(
            theirs_summary(&component),
            decoded_summary(&component),
            "{name}"
        );
    }
}

#[test]
fn wit_components_dummy_through_both_encoders_decodes_equal() {
    for (name, loaded, world) in encodable_worlds() {
        let module = wit_component::dummy_module(
            &loaded.resolve,
            world,
            ManglingAndAbi::Legacy(LiftLowerAbi::Sync),
        );
        let mut module_with_metadata = module.clone();
        wit_component::embed_component_metadata(
            &mut module_with_metadata,
            &loaded.resolve,
            world,
            wit_component::StringEncoding::UTF8,
        )
        .unwrap();
        let theirs = wit_component::ComponentEncoder::default()
            .module(&module_with_metadata)
            .unwrap()
            .validate(true)
            .encode()
            .unwrap_or_else(|e| panic!("{name}: wit-component: {e:?}"));
        let ours = canon_encode::new_component(&module_with_metadata)
            .unwrap_or_else(|e| panic!("{name}: ours: {e}"));
        validate(&ours).unwrap_or_else(|e| panic!("{name}: component invalid: {e}"));
        assert_eq!(decoded_summary(&ours), theirs_summary(&theirs), "{name}");
    }
}

#[test]
fn our_dummy_is_accepted_by_wit_component() {
    for (name, loaded, world) in encodable_worlds() {
        let module = canon_encode::dummy_module(&loaded.resolve, world).unwrap();
        let module =
            canon_encode::embed(&module, &loaded.resolve, world, StringEncoding::Utf16).unwrap();
        let theirs = wit_component::ComponentEncoder::default()
            .module(&module)
            .unwrap()
            .validate(true)
            .encode()
            .unwrap_or_else(|e| panic!("{name}: wit-component rejects our dummy: {e:?}"));
        assert_eq!(
            theirs_summary(&theirs),
            world_summary(&loaded.resolve, world),
            "{name}"
        );
    }
}

fn hello() -> (canon_wit::Loaded, wit_parser::WorldId) {
    let loaded = canon_wit::Loader::new()
        .load_source(
            "h.wit",
            "package a:h;
             interface host { log: func(msg: string); }
             world w { import host; export run: func(n: u32) -> u32; }",
        )
        .unwrap();
    let world = loaded.select_world(None).unwrap();
    (loaded, world)
}

fn new_from_wat(wat: &str) -> Result<Vec<u8>, canon_encode::Error> {
    let (loaded, world) = hello();
    let module = wat::parse_str(wat).unwrap();
    let module =
        canon_encode::embed(&module, &loaded.resolve, world, StringEncoding::Utf8).unwrap();
    canon_encode::new_component(&module)
}

#[test]
fn unknown_import_names_what_the_world_has() {
    let error = new_from_wat(
        r#"(module (import "a:h/host" "logg" (func (param i32 i32)))
             (memory (export "memory") 1)
             (func (export "run") (param i32) (result i32) unreachable))"#,
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "module imports `a:h/host#logg`, but world `root` has no such function; `a:h/host` has: `log`"
    );
}

#[test]
fn wrong_export_signature_says_what_is_expected() {
    let error =
        new_from_wat(r#"(module (func (export "run") (param i64) (result i32) unreachable))"#)
            .unwrap_err();
    assert_eq!(
        error.to_string(),
        "export `run` has signature (i64) -> (i32), but the world expects (i32) -> (i32)"
    );
}

/// Found by the differential harness: a post-return taking the wrong
/// parameters was accepted, and wasmtime rejected the component later.
#[test]
fn wrong_post_return_signature_says_what_is_expected() {
    let error = new_from_wat(
        r#"(module
             (func (export "run") (param i32) (result i32) unreachable)
             (func (export "cabi_post_run") (param i64) unreachable))"#,
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "export `cabi_post_run` has signature (i64) -> (), but the post-return of `run` must be (i32) -> ()"
    );
}

#[test]
fn missing_export_is_named() {
    let error = new_from_wat("(module)").unwrap_err();
    assert_eq!(
        error.to_string(),
        "world `root` exports `run`, but the module does not export `run`"
    );
}

#[test]
fn module_without_metadata_is_an_error() {
    let error = canon_encode::new_component(b"\0asm\x01\0\0\0").unwrap_err();
    assert!(
        error.to_string().contains("no `component-type` metadata"),
        "{error}"
    );
}

#[test]
fn string_import_goes_through_shim_and_fixup() {
    let component = new_from_wat(
        r#"(module (import "a:h/host" "log" (func (param i32 i32)))
             (memory (export "memory") 1)
             (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32) unreachable)
             (func (export "run") (param i32) (result i32) unreachable))"#,
    )
    .unwrap();
    validate(&component).unwrap();
    let text = wasmprinter::print_bytes(&component).unwrap();
    assert!(text.contains("call_indirect"), "{text}");
    assert!(text.contains("(export \"$imports\" (table"), "{text}");
    assert!(text.contains("canon lower (func"), "{text}");
    assert!(text.contains("(memory"), "{text}");
    assert!(text.contains("string-encoding=utf8"), "{text}");
}
