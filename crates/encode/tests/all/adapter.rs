//! Adapters: their world merged into the component's, and the main module's
//! imports checked against their exports (with the real preview1 adapters).

use canon_encode::ComponentBuilder;
use wasi_preview1_component_adapter_provider::{
    WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME as PREVIEW1, WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER,
    WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER,
};

/// A preview1 command: no metadata, imports from `wasi_snapshot_preview1`.
fn command(imports: &str) -> Vec<u8> {
    wat::parse_str(format!(
        r#"(module {imports}
             (memory (export "memory") 1)
             (func (export "_start")))"#
    ))
    .unwrap()
}

const FD_WRITE: &str = r#"(import "wasi_snapshot_preview1" "fd_write"
                             (func (param i32 i32 i32 i32) (result i32)))
                           (import "wasi_snapshot_preview1" "proc_exit" (func (param i32)))"#;

fn names(metadata: &canon_encode::Metadata, exports: bool) -> Vec<String> {
    let world = &metadata.resolve.worlds[metadata.world];
    let items = if exports {
        &world.exports
    } else {
        &world.imports
    };
    items
        .keys()
        .map(|key| metadata.resolve.name_world_key(key))
        .collect()
}

#[test]
fn the_command_adapters_world_becomes_the_components() {
    let module = command(FD_WRITE);
    let metadata = ComponentBuilder::new(&module)
        .adapter(PREVIEW1, WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER)
        .metadata()
        .unwrap();
    let exports = names(&metadata, true);
    assert!(
        exports.iter().any(|e| e.starts_with("wasi:cli/run@0.2.")),
        "{exports:?}"
    );
    let imports = names(&metadata, false);
    for wanted in [
        "wasi:cli/stdout@0.2.",
        "wasi:cli/environment@0.2.",
        "wasi:cli/exit@0.2.",
    ] {
        assert!(
            imports.iter().any(|i| i.starts_with(wanted)),
            "{wanted}: {imports:?}"
        );
    }
    let reactor = ComponentBuilder::new(&module)
        .adapter(PREVIEW1, WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER)
        .metadata()
        .unwrap();
    assert_eq!(names(&reactor, true), Vec::<String>::new());
}

#[test]
fn imports_from_an_adapter_are_checked_against_its_exports() {
    let module = command(
        r#"(import "wasi_snapshot_preview1" "fd_write_all"
             (func (param i32 i32 i32 i32) (result i32)))"#,
    );
    let error = ComponentBuilder::new(&module)
        .adapter(PREVIEW1, WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER)
        .encode()
        .unwrap_err();
    let message = error.to_string();
    assert!(
        message.starts_with(
            "module imports `wasi_snapshot_preview1#fd_write_all`, but adapter \
             `wasi_snapshot_preview1` exports no such function; it exports: "
        ),
        "{message}"
    );
    assert!(message.contains("`fd_write`"), "{message}");

    let module =
        command(r#"(import "wasi_snapshot_preview1" "fd_write" (func (param i32) (result i32)))"#);
    let error = ComponentBuilder::new(&module)
        .adapter(PREVIEW1, WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER)
        .encode()
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "import `wasi_snapshot_preview1#fd_write` has signature (i32) -> (i32), but adapter \
         `wasi_snapshot_preview1` exports it as (i32, i32, i32, i32) -> (i32)"
    );
}

#[test]
fn an_adapter_given_twice_is_an_error() {
    let module = command(FD_WRITE);
    let error = ComponentBuilder::new(&module)
        .adapter(PREVIEW1, WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER)
        .adapter(PREVIEW1, WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER)
        .encode()
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "adapter `wasi_snapshot_preview1` is given twice"
    );
}

#[test]
fn without_adapters_a_module_needs_metadata() {
    let module = command("");
    let error = ComponentBuilder::new(&module).encode().unwrap_err();
    assert!(
        error.to_string().contains("no `component-type` metadata"),
        "{error}"
    );
}

#[test]
fn an_adapter_that_is_not_a_module_is_an_error() {
    let module = command(FD_WRITE);
    let error = ComponentBuilder::new(&module)
        .adapter(PREVIEW1, b"\0asm\x0d\0\x01\0")
        .encode()
        .unwrap_err();
    let message = error.to_string();
    assert!(
        message.starts_with("adapter `wasi_snapshot_preview1`: "),
        "{message}"
    );
    assert!(
        message.contains("expected a core module, found a component"),
        "{message}"
    );
    let error = ComponentBuilder::new(&module)
        .adapter(PREVIEW1, b"hello")
        .encode()
        .unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("adapter `wasi_snapshot_preview1`: "),
        "{error}"
    );
}

#[test]
fn an_adapter_the_module_does_not_import_is_an_error() {
    let module = command("");
    let error = ComponentBuilder::new(&module)
        .adapter(PREVIEW1, WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER)
        .encode()
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "adapter `wasi_snapshot_preview1` is given, but the module imports nothing from \
         `wasi_snapshot_preview1` and the adapter provides none of the world's exports; \
         the module imports from: nothing"
    );
    let module = command(r#"(import "env" "f" (func))"#);
    let error = ComponentBuilder::new(&module)
        .adapter("other", WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER)
        .encode()
        .unwrap_err();
    assert!(error.to_string().contains("`env`"), "{error}");
}

#[test]
fn the_command_adapter_needs_the_modules_start_function() {
    // A reactor-shaped module (no `_start`) with the command adapter.
    let module = wat::parse_str(format!(
        r#"(module {FD_WRITE} (memory (export "memory") 1))"#
    ))
    .unwrap();
    let error = ComponentBuilder::new(&module)
        .adapter(PREVIEW1, WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER)
        .encode()
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "adapter `wasi_snapshot_preview1`: adapter `wasi_snapshot_preview1` imports \
         `__main_module__#_start`, but the main module does not export `_start`; it exports: \
         `memory`"
    );
}

#[test]
fn a_wat_command_with_the_command_adapter_matches_wit_component() {
    let module = command(FD_WRITE);
    let ours = ComponentBuilder::new(&module)
        .adapter(PREVIEW1, WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER)
        .encode()
        .unwrap();
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
        .validate_all(&ours)
        .unwrap();
    let theirs = wit_component::ComponentEncoder::default()
        .module(&module)
        .unwrap()
        .adapter(PREVIEW1, WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER)
        .unwrap()
        .validate(true)
        .encode()
        .unwrap();
    let summary = |bytes: &[u8]| match wit_component::decode(bytes).unwrap() {
        wit_component::DecodedWasm::Component(resolve, world) => {
            crate::support::world_summary(&resolve, world)
        }
        wit_component::DecodedWasm::WitPackage(..) => panic!("not a component"),
    };
    let ours_by_canon = match canon_encode::decode(&ours).unwrap() {
        canon_encode::Decoded::Component { resolve, world } => {
            crate::support::world_summary(&resolve, world)
        }
        canon_encode::Decoded::Package { .. } => panic!("not a component"),
    };
    assert_eq!(ours_by_canon, summary(&theirs));
    assert_eq!(summary(&ours), summary(&theirs));
    // Trimmed: fd_write and proc_exit reach streams, descriptors (stdio may
    // be a file) and exit, but no sockets, randomness or opening of files.
    for absent in ["wasi:sockets", "wasi:random", "open-at"] {
        assert!(!ours_by_canon.contains(absent), "{absent}: {ours_by_canon}");
    }
    assert!(ours_by_canon.contains("wasi:cli/exit"), "{ours_by_canon}");
}

#[test]
fn adapters_with_data_or_their_own_memory_are_rejected() {
    let module =
        wat::parse_str(r#"(module (import "shim" "f" (func)) (memory (export "memory") 1))"#)
            .unwrap();
    for (adapter, message) in [
        (
            r#"(module (import "env" "memory" (memory 1)) (func (export "f")) (data (i32.const 0) "x"))"#,
            "adapter `shim` has data segments; adapters cannot, as they share the main module's memory",
        ),
        (
            r#"(module (memory 1) (func (export "f")))"#,
            "adapter `shim` defines a memory; an adapter must import the main module's (`env` `memory`)",
        ),
        (
            r#"(module (import "env" "memory" (memory 1)) (func (export "f")) (start 0))"#,
            "adapter `shim` has a start function; adapters cannot",
        ),
    ] {
        let adapter = wat::parse_str(adapter).unwrap();
        let error = ComponentBuilder::new(&module)
            .adapter("shim", &adapter)
            .encode()
            .unwrap_err();
        assert_eq!(error.to_string(), message);
    }
}

#[test]
fn a_hand_written_adapter_is_trimmed_and_instantiated_after_the_module() {
    // `f` is used; `g` and what only it reaches (`h`, global 1) are not.
    let module = wat::parse_str(
        r#"(module
             (import "shim" "f" (func (result i32)))
             (memory (export "memory") 1)
             (func (export "_start")))"#,
    )
    .unwrap();
    let adapter = wat::parse_str(
        r#"(module
             (import "env" "memory" (memory 1))
             (global $a (mut i32) (i32.const 1))
             (global $b (mut i32) (i32.const 2))
             (func $h (result i32) global.get $b)
             (func (export "g") (result i32) call $h)
             (func (export "f") (result i32) global.get $a i32.load))"#,
    )
    .unwrap();
    let component = ComponentBuilder::new(&module)
        .adapter("shim", &adapter)
        .encode()
        .unwrap();
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
        .validate_all(&component)
        .unwrap();
    let printed = wasmprinter::print_bytes(&component).unwrap();
    assert!(printed.contains(r#"(export "f""#), "{printed}");
    assert!(!printed.contains(r#"(export "g""#), "{printed}");
    assert!(printed.contains("i32.const 1"), "{printed}");
    assert!(!printed.contains("i32.const 2"), "{printed}");
}

#[test]
fn an_adapter_given_under_another_name_is_pointed_out() {
    let module = command(FD_WRITE);
    let error = ComponentBuilder::new(&module)
        .adapter("wasi_preview1", WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER)
        .encode()
        .unwrap_err();
    let message = error.to_string();
    assert!(
        message.starts_with(
            "module imports `wasi_snapshot_preview1#fd_write`, but world `root` imports no \
             interface `wasi_snapshot_preview1` (if `wasi_snapshot_preview1` is an adapter, \
             give it as one); it imports: "
        ),
        "{message}"
    );
}
