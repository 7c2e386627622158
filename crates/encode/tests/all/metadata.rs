//! `component-type` sections: payload bytes and reading, both ways with wit-component.

use canon_encode::{StringEncoding, metadata};
use wit_component::StringEncoding as TheirEncoding;

use crate::support::{corpus_worlds, without_producers, world_summary};

const ENCODINGS: [(StringEncoding, TheirEncoding); 3] = [
    (StringEncoding::Utf8, TheirEncoding::UTF8),
    (StringEncoding::Utf16, TheirEncoding::UTF16),
    (StringEncoding::CompactUtf16, TheirEncoding::CompactUTF16),
];

const EMPTY_MODULE: &[u8] = b"\0asm\x01\0\0\0";

#[test]
fn payload_is_byte_for_byte_wit_components_but_for_producers() {
    for (name, loaded, world) in corpus_worlds() {
        for (ours, theirs) in ENCODINGS {
            let a = metadata::encode_metadata(&loaded.resolve, world, ours).unwrap();
            let b = wit_component::metadata::encode(&loaded.resolve, world, theirs, None).unwrap();
            assert_eq!(without_producers(&a), without_producers(&b), "{name}");
        }
    }
}

#[test]
fn ours_is_read_by_wit_component() {
    for (name, loaded, world) in corpus_worlds() {
        let module = canon_encode::embed(
            EMPTY_MODULE,
            &loaded.resolve,
            world,
            StringEncoding::CompactUtf16,
        )
        .unwrap();
        let (stripped, bindgen) =
            wit_component::metadata::decode(&module).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(stripped.as_deref(), Some(EMPTY_MODULE), "{name}");
        assert_eq!(
            world_summary(&bindgen.resolve, bindgen.world),
            world_summary(&loaded.resolve, world),
            "{name}"
        );
    }
}

#[test]
fn theirs_is_read_by_us() {
    for (name, loaded, world) in corpus_worlds() {
        let mut module = EMPTY_MODULE.to_vec();
        wit_component::embed_component_metadata(
            &mut module,
            &loaded.resolve,
            world,
            TheirEncoding::UTF16,
        )
        .unwrap();
        let (stripped, metadata) =
            metadata::read(&module).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(stripped, EMPTY_MODULE, "{name}");
        let metadata = metadata.unwrap();
        assert_eq!(
            world_summary(&metadata.resolve, metadata.world),
            world_summary(&loaded.resolve, world),
            "{name}"
        );
        assert!(
            metadata
                .import_encodings
                .values()
                .chain(metadata.export_encodings.values())
                .all(|e| *e == StringEncoding::Utf16),
            "{name}"
        );
    }
}

#[test]
fn several_sections_merge() {
    let loaded = canon_wit::Loader::new()
        .load_source(
            "m.wit",
            "package a:m;
             interface i { f: func(s: string); }
             world one { import i; export g: func(); }
             world two { import i; export h: func() -> u32; }",
        )
        .unwrap();
    let one = loaded.select_world(Some("one")).unwrap();
    let two = loaded.select_world(Some("two")).unwrap();
    let module =
        canon_encode::embed(EMPTY_MODULE, &loaded.resolve, one, StringEncoding::Utf8).unwrap();
    let module = canon_encode::embed(&module, &loaded.resolve, two, StringEncoding::Utf8).unwrap();
    let (_, metadata) = metadata::read(&module).unwrap();
    let metadata = metadata.unwrap();
    let summary = world_summary(&metadata.resolve, metadata.world);
    assert_eq!(
        summary,
        "import a:m/i {\n  f: func(s: string)\n}\nexport g: func()\nexport h: func() -> u32\n"
    );
    // wit-component merges the same way.
    let (_, bindgen) = wit_component::metadata::decode(&module).unwrap();
    assert_eq!(world_summary(&bindgen.resolve, bindgen.world), summary);
}

#[test]
fn conflicting_encodings_are_an_error() {
    let loaded = canon_wit::Loader::new()
        .load_source(
            "m.wit",
            "package a:m; world w { export g: func(s: string); }",
        )
        .unwrap();
    let w = loaded.select_world(None).unwrap();
    let module =
        canon_encode::embed(EMPTY_MODULE, &loaded.resolve, w, StringEncoding::Utf8).unwrap();
    let module = canon_encode::embed(&module, &loaded.resolve, w, StringEncoding::Utf16).unwrap();
    let error = metadata::read(&module).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("conflicting string encodings for `g/g`: utf8 and utf16"),
        "{error}"
    );
}

#[test]
fn embedding_into_a_component_is_an_error() {
    let loaded = canon_wit::Loader::new()
        .load_source("m.wit", "package a:m; world w {}")
        .unwrap();
    let w = loaded.select_world(None).unwrap();
    let error = canon_encode::embed(
        b"\0asm\x0d\0\x01\0",
        &loaded.resolve,
        w,
        StringEncoding::Utf8,
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "expected a core module, found a component (at offset 0x0)"
    );
}
