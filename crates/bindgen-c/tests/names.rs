//! Generated names never collide: same-named types in two interfaces, two
//! versions of one package, packages and interfaces whose names run
//! together, and C or C++ keywords. Each case compiles as C11 and C++17.

use std::path::{Path, PathBuf};

use canon_bindgen_c::{Options, generate};
use canon_test_support::c::{Lang, syntax_check};

/// Writes `files` (relative path, contents) into a fresh directory.
fn write_tree(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("names-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, contents) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }
    dir
}

/// Generates the bindings of `world` in `dir`, compiles them as C11 and from
/// C++17, and returns the header.
fn generate_and_compile(dir: &Path, world: &str, options: &Options) -> String {
    let loaded = canon_wit::Loader::new().load_path(dir).unwrap();
    let world = loaded.select_world(Some(world)).unwrap();
    let b = generate(&loaded.resolve, world, options).unwrap();
    let out = dir.join("out");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join(&b.header_name), &b.header).unwrap();
    std::fs::write(out.join(&b.source_name), &b.source).unwrap();
    for (file, lang) in [(&b.source_name, Lang::C11), (&b.header_name, Lang::Cxx17)] {
        if let Err(error) = syntax_check(&out.join(file), lang, &[], &[]) {
            panic!("{lang:?}:\n{error}");
        }
    }
    b.header
}

#[test]
fn two_versions_of_one_package() {
    let dep = |v: &str| {
        format!(
            "package dep:io@{v};\ninterface streams {{\n  record chunk {{ data: list<u8> }}\n  resource %stream {{ read: func() -> chunk; }}\n  open: func() -> %stream;\n}}\n"
        )
    };
    let dir = write_tree(
        "versions",
        &[
            (
                "main.wit",
                "package app:main;\nworld w {\n  import dep:io/streams@0.2.0;\n  import dep:io/streams@0.3.1;\n}\n",
            ),
            ("deps/io-0.2.0/io.wit", &dep("0.2.0")),
            ("deps/io-0.3.1/io.wit", &dep("0.3.1")),
        ],
    );
    let header = generate_and_compile(&dir, "w", &Options::default());
    for name in [
        "dep_io_0_2_0_streams_chunk_t",
        "dep_io_0_3_1_streams_chunk_t",
        "dep_io_0_2_0_streams_own_stream_t",
        "dep_io_0_3_1_streams_own_stream_t",
        "dep_io_0_2_0_streams_open(",
        "dep_io_0_3_1_streams_method_stream_read(",
    ] {
        assert!(header.contains(name), "{name} missing");
    }
}

#[test]
fn same_named_types_in_two_interfaces_and_names_that_run_together() {
    let dir = write_tree(
        "clash",
        &[(
            "main.wit",
            "package a:b;\n\
             interface c-d { record x { v: u32 } f: func(x: x) -> x; }\n\
             interface c { record x { v: string } record d-x { w: u8 } f: func(x: x) -> d-x; }\n\
             world w {\n  import c-d;\n  import c;\n  export c-d;\n  export c;\n  import list-u32: func() -> list<u32>;\n  import x: func(a: list<u32>);\n}\n",
        )],
    );
    let header = generate_and_compile(&dir, "w", &Options::default());
    // `a:b/c-d`'s `x` and `a:b/c`'s `d-x` both want `a_b_c_d_x_t`: the
    // second comes later in the world and gets a suffix.
    assert!(header.contains("typedef struct a_b_c_d_x_t {"));
    assert!(header.contains("typedef struct a_b_c_d_x_2_t {"));
    assert!(header.contains("typedef struct a_b_c_x_t {"));
    assert!(header.contains("exports_a_b_c_d_x_t"));
    // The world's own `list-u32` function and the anonymous `list<u32>`.
    assert!(header.contains("w_list_u32_t"));
    assert!(header.contains("w_list_u32("));
}

#[test]
fn keywords_of_c_and_cxx_are_escaped() {
    let dir = write_tree(
        "keywords",
        &[(
            "main.wit",
            "package k:w;\n\
             interface i {\n  record class { new: u32, delete: u32, typeof: u32, this: bool, register: u8, ret: u8 }\n  variant union { int(u32), %char(u8), template }\n  %static: func(%namespace: class, %err: union) -> class;\n}\n\
             world w { import i; export i; }\n",
        )],
    );
    let header = generate_and_compile(&dir, "w", &Options::default());
    for member in [
        "new_;",
        "delete_;",
        "typeof_;",
        "this_;",
        "register_;",
        "ret_;",
        "int_;",
        "char_;",
    ] {
        assert!(header.contains(member), "{member}");
    }
    assert!(header.contains(
        "void k_w_i_static(k_w_i_class_t *namespace_, k_w_i_union_t *err_, k_w_i_class_t *ret)"
    ));
}
