//! canon-abi against wit-parser's `SizeAlign` and `wasm_signature`, on every
//! type and function of the test-wits corpus.

use canon_abi::{AbiVariant, FlatType, Plan, ValType, WitTypes};
use canon_wit::{Loader, corpus_entries, test_wits_dir};
use wit_parser::abi::{AbiVariant as WitAbiVariant, FlatTypes, WasmType};
use wit_parser::{Function, Resolve, SizeAlign, Type, TypeDefKind};

/// How many items a comparison covered.
#[derive(Debug, Default)]
pub(crate) struct Compared {
    pub(crate) types: usize,
    pub(crate) functions: usize,
}

fn flat(wasm: WasmType) -> FlatType {
    match wasm {
        WasmType::I32 | WasmType::Pointer | WasmType::Length => FlatType::I32,
        WasmType::I64 | WasmType::PointerOrI64 => FlatType::I64,
        WasmType::F32 => FlatType::F32,
        WasmType::F64 => FlatType::F64,
    }
}

/// Compares one WIT type; `context` names it in failure messages.
pub(crate) fn compare_type(
    resolve: &Resolve,
    sizes: &SizeAlign,
    ours: &WitTypes,
    ty: &Type,
    context: &str,
) {
    let abi = ours
        .val_type(ty)
        .unwrap_or_else(|e| panic!("{context}: {e}"));
    let layout = ours.types.layout(abi);
    assert_eq!(
        layout.size as usize,
        sizes.size(ty).size_wasm32(),
        "size of {context}"
    );
    assert_eq!(
        layout.align as usize,
        sizes.align(ty).align_wasm32(),
        "align of {context}"
    );

    let mut storage = [WasmType::I32; canon_abi::MAX_FLAT_PARAMS];
    let mut theirs = FlatTypes::new(&mut storage);
    let fits = resolve.push_flat(ty, &mut theirs);
    match ours.types.flat(abi) {
        Some(flat_ours) => {
            assert!(fits, "{context}: we flatten, wit-parser overflows");
            let theirs: Vec<FlatType> = theirs.to_vec().into_iter().map(flat).collect();
            assert_eq!(flat_ours, theirs.as_slice(), "flat types of {context}");
        }
        None => assert!(!fits, "{context}: we spill, wit-parser flattens"),
    }

    let Type::Id(id) = ty else { return };
    match (&resolve.types[*id].kind, ours.types.plan(abi)) {
        (TypeDefKind::Record(record), Plan::Record(fields)) => {
            let offsets = sizes.field_offsets(record.fields.iter().map(|f| &f.ty));
            for ((offset, _), field) in offsets.iter().zip(fields) {
                assert_eq!(field.offset as usize, offset.size_wasm32(), "{context}");
            }
        }
        (TypeDefKind::Tuple(tuple), Plan::Record(fields)) => {
            let offsets = sizes.field_offsets(tuple.types.iter());
            for ((offset, _), field) in offsets.iter().zip(fields) {
                assert_eq!(field.offset as usize, offset.size_wasm32(), "{context}");
            }
        }
        (TypeDefKind::Variant(variant), Plan::Variant { payload_offset, .. }) => {
            let theirs =
                sizes.payload_offset(variant.tag(), variant.cases.iter().map(|c| c.ty.as_ref()));
            assert_eq!(payload_offset as usize, theirs.size_wasm32(), "{context}");
        }
        (TypeDefKind::Result(result), Plan::Variant { payload_offset, .. }) => {
            let theirs = sizes.payload_offset(
                wit_parser::Int::U8,
                [result.ok.as_ref(), result.err.as_ref()],
            );
            assert_eq!(payload_offset as usize, theirs.size_wasm32(), "{context}");
        }
        (TypeDefKind::Option(some), Plan::Variant { payload_offset, .. }) => {
            let theirs = sizes.payload_offset(wit_parser::Int::U8, [None, Some(some)]);
            assert_eq!(payload_offset as usize, theirs.size_wasm32(), "{context}");
        }
        _ => {}
    }
}

/// Compares the core signatures of `function` in both directions.
pub(crate) fn compare_function(
    resolve: &Resolve,
    ours: &WitTypes,
    function: &Function,
    context: &str,
) {
    let func_type = ours
        .func_type(function)
        .unwrap_or_else(|e| panic!("{context}: {e}"));
    let plan = ours
        .types
        .func_plan(&func_type)
        .unwrap_or_else(|e| panic!("{context}: {e}"));
    for (variant, wit_variant) in [
        (AbiVariant::GuestImport, WitAbiVariant::GuestImport),
        (AbiVariant::GuestExport, WitAbiVariant::GuestExport),
    ] {
        let theirs = resolve.wasm_signature(wit_variant, function);
        let signature = plan.signature(variant);
        let their_params: Vec<FlatType> = theirs.params.iter().copied().map(flat).collect();
        let their_results: Vec<FlatType> = theirs.results.iter().copied().map(flat).collect();
        assert_eq!(
            signature.params, their_params,
            "{variant:?} params of {context}"
        );
        assert_eq!(
            signature.results, their_results,
            "{variant:?} results of {context}"
        );
        assert_eq!(
            signature.indirect_params, theirs.indirect_params,
            "{context}"
        );
        assert_eq!(signature.retptr, theirs.retptr, "{context}");
    }
}

/// Compares every value type and every function of `resolve`.
pub(crate) fn compare_resolve(resolve: &Resolve, name: &str) -> Compared {
    let ours = WitTypes::new(resolve).unwrap();
    let mut sizes = SizeAlign::default();
    sizes.fill(resolve);
    let mut compared = Compared::default();
    for (id, def) in resolve.types.iter() {
        if is_resource(resolve, id) {
            continue;
        }
        let context = format!(
            "{name}: type {}",
            def.name.as_deref().unwrap_or("<anonymous>")
        );
        compare_type(resolve, &sizes, &ours, &Type::Id(id), &context);
        compared.types += 1;
    }
    let interface_functions = resolve
        .interfaces
        .iter()
        .flat_map(|(_, interface)| interface.functions.values());
    let world_functions = resolve.worlds.iter().flat_map(|(_, world)| {
        world
            .imports
            .values()
            .chain(world.exports.values())
            .filter_map(|item| match item {
                wit_parser::WorldItem::Function(function) => Some(function),
                _ => None,
            })
    });
    for function in interface_functions.chain(world_functions) {
        compare_function(
            resolve,
            &ours,
            function,
            &format!("{name}: func {}", function.name),
        );
        compared.functions += 1;
    }
    compared
}

#[test]
fn corpus_agrees_with_wit_parser() {
    let mut total = Compared::default();
    for entry in corpus_entries(&test_wits_dir()).unwrap() {
        let loaded = Loader::new()
            .all_features(true)
            .load_path(&entry.path)
            .unwrap();
        let compared = compare_resolve(&loaded.resolve, &entry.name);
        total.types += compared.types;
        total.functions += compared.functions;
    }
    // The note on the foundation issue quotes these counts.
    println!(
        "corpus: {} types and {} functions agree with wit-parser",
        total.types, total.functions
    );
    assert!(total.types >= 300, "only {} types compared", total.types);
    assert!(
        total.functions >= 300,
        "only {} functions compared",
        total.functions
    );
}

#[test]
fn primitive_types_agree_with_wit_parser() {
    let resolve = Resolve::default();
    let ours = WitTypes::new(&resolve).unwrap();
    let sizes = SizeAlign::default();
    for ty in [
        Type::Bool,
        Type::U8,
        Type::U16,
        Type::U32,
        Type::U64,
        Type::S8,
        Type::S16,
        Type::S32,
        Type::S64,
        Type::F32,
        Type::F64,
        Type::Char,
        Type::String,
    ] {
        compare_type(&resolve, &sizes, &ours, &ty, &format!("{ty:?}"));
    }
    assert_eq!(ours.val_type(&Type::Char).unwrap(), ValType::Char);
}

/// Whether `id` is a resource, possibly through `use` aliases.
fn is_resource(resolve: &Resolve, mut id: wit_parser::TypeId) -> bool {
    loop {
        match resolve.types[id].kind {
            TypeDefKind::Resource => return true,
            TypeDefKind::Type(Type::Id(aliased)) => id = aliased,
            _ => return false,
        }
    }
}
