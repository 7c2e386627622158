//! `canon bindgen c`: the files it writes and its flags.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const WIT: &str = "package t:copts;

interface api {
    resource blob { size: func() -> u32; }
    record point { x: u32, y: u32 }
    keep: func(p: point, name: string) -> u32;
    measure: func(b: borrow<blob>) -> u32;
}

interface mine {
    use api.{blob};
    inspect: func(b: borrow<blob>) -> u32;
}

world w {
    import api;
    export api;
    export mine;
}
";

/// Runs `canon bindgen c` on [`WIT`] in a fresh `dir` with `flags`; returns
/// the output and the directory the files went to.
fn bindgen_c(name: &str, flags: &[&str]) -> (Output, PathBuf) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("bindgen-c-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let wit = dir.join("w.wit");
    std::fs::write(&wit, WIT).unwrap();
    let out = dir.join("out");
    let mut args = vec![
        "bindgen",
        "c",
        wit.to_str().unwrap(),
        "--out-dir",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(flags);
    let output = Command::new(env!("CARGO_BIN_EXE_canon"))
        .args(&args)
        .output()
        .expect("canon runs");
    (output, out)
}

fn read(out: &Path, file: &str) -> String {
    std::fs::read_to_string(out.join(file)).unwrap_or_default()
}

/// The names of the custom sections of a wasm object or module.
fn custom_sections(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut sections = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        if let wasmparser::Payload::CustomSection(c) = payload.unwrap() {
            sections.push((c.name().to_string(), c.data().to_vec()));
        }
    }
    sections
}

#[test]
fn writes_header_source_and_component_type_object() {
    let (output, out) = bindgen_c("files", &[]);
    assert!(output.status.success(), "{output:?}");
    let header = read(&out, "w.h");
    let source = read(&out, "w.c");
    assert!(
        header.contains("uint32_t t_copts_api_keep(t_copts_api_point_t *p, w_string_t *name);")
    );
    assert!(header.contains(
        "uint32_t exports_t_copts_api_keep(exports_t_copts_api_point_t *p, w_string_t *name);"
    ));
    assert!(header.contains("extern void w_string_set(w_string_t *ret, const char *s);"));
    assert!(source.contains("__export_name__(\"cabi_realloc\")"));
    assert!(source.contains("__component_type_object_force_link_w();"));
    let object = std::fs::read(out.join("w_component_type.o")).unwrap();
    let sections = custom_sections(&object);
    let names: Vec<&str> = sections.iter().map(|(n, _)| n.as_str()).collect();
    assert!(
        names.contains(&"component-type:canon:t:copts/w"),
        "{names:?}"
    );
    let (_, linking) = sections
        .iter()
        .find(|(n, _)| n == "linking")
        .expect("a linking section");
    let symbol = b"__component_type_object_force_link_w";
    assert!(linking.windows(symbol.len()).any(|w| w == symbol));
}

#[test]
fn string_encoding_reaches_the_types_and_the_metadata() {
    let (output, out) = bindgen_c("utf16", &["--string-encoding", "utf16"]);
    assert!(output.status.success(), "{output:?}");
    assert!(read(&out, "w.h").contains("uint16_t *ptr;"));
    let object = std::fs::read(out.join("w_component_type.o")).unwrap();
    let (_, metadata) = custom_sections(&object)
        .into_iter()
        .find(|(n, _)| n.starts_with("component-type:"))
        .unwrap();
    // The metadata's own `wit-component-encoding` section: version 4, UTF-16.
    let marker = b"wit-component-encoding";
    let at = metadata
        .windows(marker.len())
        .position(|w| w == marker)
        .unwrap();
    assert_eq!(&metadata[at + marker.len()..at + marker.len() + 2], &[4, 1]);

    let (output, _) = bindgen_c("latin2", &["--string-encoding", "latin2"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("unknown string encoding `latin2`"),
        "{stderr}"
    );
}

#[test]
fn rename_no_helpers_and_autodrop() {
    let (output, out) = bindgen_c(
        "rename",
        &[
            "--rename",
            "t:copts/api=api",
            "--rename",
            "w=my_world",
            "--no-helpers",
            "--autodrop-borrows",
        ],
    );
    assert!(output.status.success(), "{output:?}");
    assert!(out.join("my_world.h").is_file() && out.join("my_world_component_type.o").is_file());
    let header = read(&out, "my_world.h");
    assert!(header.contains("uint32_t api_keep(api_point_t *p, my_world_string_t *name);"));
    assert!(header.contains("uint32_t exports_api_keep("));
    assert!(
        !header.contains("_string_set"),
        "--no-helpers leaves the helpers out"
    );
    // `mine.inspect` receives a borrow of the imported `blob`: dropped after the call.
    let source = read(&out, "my_world.c");
    let wrapper = source
        .split("__wasm_export_exports_t_copts_mine_inspect(int32_t _arg0) {")
        .nth(1)
        .expect("the wrapper of `inspect`");
    let wrapper = &wrapper[..wrapper.find("\n}\n").unwrap()];
    assert!(wrapper.contains("api_blob_drop_borrow(_p_b);"), "{wrapper}");

    let (output, _) = bindgen_c("bad-rename", &["--rename", "t:copts/nope=x"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("`--rename t:copts/nope=...` names no interface"),
        "{stderr}"
    );
}

#[test]
fn wit_errors_name_the_file_and_line() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bindgen-c-bad-wit");
    std::fs::create_dir_all(&dir).unwrap();
    let wit = dir.join("bad.wit");
    std::fs::write(
        &wit,
        "package t:bad;\nworld w {\n  import f: func(x: nope);\n}\n",
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_canon"))
        .args([
            "bindgen",
            "c",
            wit.to_str().unwrap(),
            "--out-dir",
            dir.join("out").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("bad.wit:3:"), "{stderr}");
}
