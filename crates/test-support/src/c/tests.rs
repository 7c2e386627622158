//! Builds real C guests of both kinds, and makes components of them with
//! canon-encode and with wit-component.

use std::path::PathBuf;

use super::*;

/// A fresh scratch directory for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("canon-test-support-{}", std::process::id()))
        .join(test);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).unwrap();
    }
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A core module with the world `source` embedded.
fn embed(core: &[u8], source: &str) -> Vec<u8> {
    let loaded = canon_wit::Loader::new()
        .load_source("test.wit", source)
        .unwrap();
    let world = loaded.select_world(None).unwrap();
    canon_encode::embed(
        core,
        &loaded.resolve,
        world,
        canon_encode::StringEncoding::Utf8,
    )
    .unwrap()
}

const FREESTANDING: &str = r#"
#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <stdlib.h>
#include "canon_freestanding.h"

/* Allocates n blocks of growing sizes, checks realloc keeps their content,
 * frees every other one; returns the live count (n / 2 if n is even). */
__attribute__((export_name("churn")))
uint32_t churn(uint32_t n) {
    size_t before = canon_live_allocations();
    char *blocks[64];
    if (n > 64) {
        abort();
    }
    for (uint32_t i = 0; i < n; i++) {
        blocks[i] = malloc(i * 37 + 1);
        memset(blocks[i], (int)i, i * 37 + 1);
        if (((uintptr_t)blocks[i] & 7) != 0) {
            abort();
        }
    }
    for (uint32_t i = 0; i < n; i++) {
        blocks[i] = realloc(blocks[i], i * 37 + 5000);
        for (uint32_t j = 0; j < i * 37 + 1; j++) {
            if (blocks[i][j] != (char)i) {
                abort();
            }
        }
    }
    for (uint32_t i = 0; i < n; i += 2) {
        free(blocks[i]);
    }
    return (uint32_t)(canon_live_allocations() - before) + (uint32_t)strlen("");
}
"#;

#[test]
fn a_freestanding_guest_validates_and_imports_nothing() {
    let dir = scratch("freestanding");
    let source = dir.join("churn.c");
    std::fs::write(&source, FREESTANDING).unwrap();
    let core = build(
        &[source],
        &[],
        &[],
        CBuild::Freestanding,
        &[],
        &dir.join("churn.wasm"),
    )
    .unwrap();
    validate(&core).unwrap();
    assert_eq!(
        module_imports(&core).unwrap(),
        Vec::<(String, String)>::new()
    );
    let exports = module_exports(&core).unwrap();
    assert!(exports.contains(&"churn".to_string()), "{exports:?}");
    assert!(exports.contains(&"memory".to_string()), "{exports:?}");
    // The runtime's own functions are not exported.
    assert!(!exports.contains(&"malloc".to_string()), "{exports:?}");

    // The allocator keeps content across realloc (else `churn` traps) and
    // counts live blocks; each call leaves its odd-numbered blocks live.
    let engine = wasmtime::Engine::default();
    let module = wasmtime::Module::new(&engine, &core).unwrap();
    let mut store = wasmtime::Store::new(&engine, ());
    let instance = wasmtime::Instance::new(&mut store, &module, &[]).unwrap();
    let churn = instance
        .get_typed_func::<u32, u32>(&mut store, "churn")
        .unwrap();
    assert_eq!(churn.call(&mut store, 10).unwrap(), 5);
    assert_eq!(churn.call(&mut store, 10).unwrap(), 5);
    assert_eq!(churn.call(&mut store, 63).unwrap(), 31);
    assert_eq!(churn.call(&mut store, 0).unwrap(), 0);

    let world = "package test:c; world churn { export churn: func(n: u32) -> u32; }";
    let core = embed(&core, world);
    let ours = componentize(&core, CBuild::Freestanding).unwrap();
    let theirs = componentize_with_wit_component(&core, CBuild::Freestanding).unwrap();
    validate(&theirs).unwrap();
    assert!(!ours.is_empty());
}

const REACTOR: &str = r#"
#include <stdint.h>
#include <stdio.h>

__attribute__((export_name("hello")))
uint32_t hello(void) {
    return (uint32_t)printf("hello from a C reactor\n");
}
"#;

#[test]
fn a_reactor_guest_validates_and_imports_preview1() {
    let dir = scratch("reactor");
    let source = dir.join("hello.c");
    std::fs::write(&source, REACTOR).unwrap();
    let core = build(
        &[source],
        &[],
        &[],
        CBuild::Reactor,
        &[],
        &dir.join("hello.wasm"),
    )
    .unwrap();
    validate(&core).unwrap();
    let imports = module_imports(&core).unwrap();
    assert!(!imports.is_empty());
    assert!(
        imports
            .iter()
            .all(|(module, _)| module == WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME),
        "{imports:?}"
    );
    let exports = module_exports(&core).unwrap();
    assert!(exports.contains(&"hello".to_string()), "{exports:?}");
    assert!(exports.contains(&"_initialize".to_string()), "{exports:?}");

    let world = "package test:c; world hello { export hello: func() -> u32; }";
    let core = embed(&core, world);
    componentize(&core, CBuild::Reactor).unwrap();
    componentize_with_wit_component(&core, CBuild::Reactor).unwrap();
}

#[test]
fn the_runtime_header_checks_as_c11_and_cxx17() {
    let header = runtime_dir().join("canon_freestanding.h");
    syntax_check(&header, Lang::C11, &[], &[]).unwrap();
    syntax_check(&header, Lang::Cxx17, &[], &[]).unwrap();
}

#[test]
fn a_syntax_error_is_reported_with_clangs_message() {
    let dir = scratch("syntax-error");
    let header = dir.join("broken.h");
    std::fs::write(&header, "int f(void) { return }\n").unwrap();
    let error = syntax_check(&header, Lang::C11, &[], &[]).unwrap_err();
    assert!(error.contains("expected expression"), "{error}");
}

#[test]
fn a_build_error_carries_clangs_stderr() {
    let dir = scratch("build-error");
    let source = dir.join("unused.c");
    std::fs::write(&source, "int f(int x) { int unused; return x; }\n").unwrap();
    let error = build(
        &[source],
        &[],
        &[],
        CBuild::Freestanding,
        &[],
        &dir.join("unused.wasm"),
    )
    .unwrap_err();
    assert!(error.contains("unused"), "{error}");
}
