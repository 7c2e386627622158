//! canon-wit's core names agree with wit-parser's legacy mangling on the whole corpus.

use canon_wit::names::{self, ExportName, ImportField, ResourceIntrinsic};
use canon_wit::wit_parser as wp;
use canon_wit::wit_parser::{
    LiftLowerAbi, ManglingAndAbi, Resolve, TypeDefKind, WasmExport, WasmExportKind, WasmImport,
    WorldItem, WorldKey,
};
use canon_wit::{Loader, corpus_entries, test_wits_dir};

const LEGACY: ManglingAndAbi = ManglingAndAbi::Legacy(LiftLowerAbi::Sync);

/// Checks every name of one world item against wit-parser; returns how many were compared.
fn check_item(resolve: &Resolve, key: &WorldKey, item: &WorldItem, import: bool) -> usize {
    let (interface_key, functions, types) = match item {
        WorldItem::Interface { id, .. } => {
            let interface = &resolve.interfaces[*id];
            (
                Some(key),
                interface.functions.values().collect::<Vec<_>>(),
                interface.types.values().copied().collect::<Vec<_>>(),
            )
        }
        WorldItem::Function(function) => (None, vec![function], Vec::new()),
        WorldItem::Type { id, .. } => (None, Vec::new(), vec![*id]),
    };
    let mut compared = 0;
    for function in functions {
        if import {
            let ours = names::import_function(resolve, interface_key, function);
            let theirs = resolve.wasm_import_name(
                LEGACY,
                WasmImport::Func {
                    interface: interface_key,
                    func: function,
                },
            );
            assert_eq!(ours, theirs);
            assert_eq!(
                ImportField::parse(&ours.1),
                ImportField::Function(names::FunctionName::parse(&function.name))
            );
        } else {
            let ours = names::export_function(resolve, interface_key, function);
            let theirs = resolve.wasm_export_name(
                LEGACY,
                WasmExport::Func {
                    interface: interface_key,
                    func: function,
                    kind: WasmExportKind::Normal,
                },
            );
            assert_eq!(ours, theirs);
            let post = resolve.wasm_export_name(
                LEGACY,
                WasmExport::Func {
                    interface: interface_key,
                    func: function,
                    kind: WasmExportKind::PostReturn,
                },
            );
            assert_eq!(names::post_return(&ours), post);
            match ExportName::parse(&ours) {
                ExportName::Function { name, .. } => {
                    assert_eq!(name, names::FunctionName::parse(&function.name))
                }
                other => panic!("{ours} parsed as {other:?}"),
            }
        }
        compared += 2;
    }
    for id in types {
        let ty = &resolve.types[id];
        if !matches!(ty.kind, TypeDefKind::Resource) {
            continue;
        }
        let resource = ty.name.as_deref().unwrap();
        let intrinsics: Vec<(ResourceIntrinsic, wp::ResourceIntrinsic)> = if import {
            vec![(
                ResourceIntrinsic::ImportedDrop,
                wp::ResourceIntrinsic::ImportedDrop,
            )]
        } else {
            vec![
                (
                    ResourceIntrinsic::ExportedDrop,
                    wp::ResourceIntrinsic::ExportedDrop,
                ),
                (
                    ResourceIntrinsic::ExportedNew,
                    wp::ResourceIntrinsic::ExportedNew,
                ),
                (
                    ResourceIntrinsic::ExportedRep,
                    wp::ResourceIntrinsic::ExportedRep,
                ),
            ]
        };
        for (ours, theirs) in intrinsics {
            let ours = names::resource_intrinsic(resolve, interface_key, resource, ours);
            assert_eq!(
                ours,
                resolve.wasm_import_name(
                    LEGACY,
                    WasmImport::ResourceIntrinsic {
                        interface: interface_key,
                        resource: id,
                        intrinsic: theirs,
                    },
                )
            );
            compared += 1;
        }
        if let (false, Some(key)) = (import, interface_key) {
            let theirs = resolve.wasm_export_name(
                LEGACY,
                WasmExport::ResourceDtor {
                    interface: key,
                    resource: id,
                },
            );
            assert_eq!(
                names::resource_destructor(resolve, Some(key), resource),
                theirs
            );
            compared += 1;
        }
    }
    compared
}

#[test]
fn names_agree_with_wit_parser_on_the_corpus() {
    let mut compared = 0;
    for entry in corpus_entries(&test_wits_dir()).unwrap() {
        let loaded = Loader::new()
            .all_features(true)
            .load_path(&entry.path)
            .unwrap();
        let resolve = &loaded.resolve;
        for (_, world) in resolve.worlds.iter() {
            for (key, item) in &world.imports {
                compared += check_item(resolve, key, item, true);
            }
            for (key, item) in &world.exports {
                compared += check_item(resolve, key, item, false);
            }
        }
    }
    assert!(compared > 100, "only {compared} names compared");
    for fixed in [
        WasmExport::Memory,
        WasmExport::Realloc,
        WasmExport::Initialize,
    ] {
        let theirs = Resolve::default().wasm_export_name(LEGACY, fixed);
        assert!(
            [names::MEMORY, names::REALLOC, names::INITIALIZE].contains(&theirs.as_str()),
            "{theirs}"
        );
    }
}
