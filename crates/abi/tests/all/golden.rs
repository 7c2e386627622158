//! Golden ABI tables for the test-wits corpus: every named type's layout,
//! flattening and plan, and every function's core signatures.
//!
//! The tables live in `tests/golden/<package>.txt`; run with `BLESS=1` to
//! rewrite them after an intended change.

use std::fmt::Write as _;
use std::path::Path;

use canon_abi::{AbiVariant, CoreSignature, FlatType, Plan, ValType, WitTypes};
use canon_wit::{Loader, corpus_entries, test_wits_dir};
use wit_parser::{Function, Resolve, Type, TypeDefKind, TypeId, WorldItem};

fn flat_list(flat: &[FlatType]) -> String {
    let names: Vec<String> = flat.iter().map(|t| t.to_string()).collect();
    format!("[{}]", names.join(" "))
}

fn describe_type(out: &mut String, resolve: &Resolve, ours: &WitTypes, id: TypeId) {
    let def = &resolve.types[id];
    let mut target = id;
    while let TypeDefKind::Type(Type::Id(aliased)) = resolve.types[target].kind {
        target = aliased;
    }
    if matches!(resolve.types[target].kind, TypeDefKind::Resource) {
        writeln!(out, "  resource {}", def.name.as_deref().unwrap_or("?")).unwrap();
        return;
    }
    let name = def.name.as_deref().unwrap_or("<anonymous>");
    let ty = match ours.val_type(&Type::Id(id)) {
        Ok(ty) => ty,
        Err(error) => {
            writeln!(out, "  type {name}: {error}").unwrap();
            return;
        }
    };
    let layout = ours.types.layout(ty);
    let flat = match ours.types.flat(ty) {
        Some(flat) => flat_list(flat),
        None => "spilled".to_string(),
    };
    write!(
        out,
        "  type {name}: size {} align {} flat {flat}",
        layout.size, layout.align
    )
    .unwrap();
    match ours.types.plan(ty) {
        Plan::Record(fields) if !fields.is_empty() => {
            let offsets: Vec<String> = fields.iter().map(|f| f.offset.to_string()).collect();
            write!(out, " offsets [{}]", offsets.join(" ")).unwrap();
        }
        Plan::Variant {
            discriminant,
            payload_offset,
            ..
        } => {
            write!(
                out,
                " discriminant {} payload@{payload_offset}",
                discriminant.bytes()
            )
            .unwrap();
        }
        _ => {}
    }
    out.push('\n');
}

fn signature(sig: &CoreSignature) -> String {
    let mut text = format!("{} -> {}", flat_list(&sig.params), flat_list(&sig.results));
    if sig.indirect_params {
        text.push_str(" indirect-params");
    }
    if sig.retptr {
        text.push_str(" retptr");
    }
    text
}

fn describe_function(out: &mut String, ours: &WitTypes, function: &Function) {
    let plan = ours
        .func_type(function)
        .and_then(|func| ours.types.func_plan(&func));
    match plan {
        Ok(plan) => {
            writeln!(out, "  func {}", function.name).unwrap();
            writeln!(
                out,
                "    import {}",
                signature(plan.signature(AbiVariant::GuestImport))
            )
            .unwrap();
            writeln!(
                out,
                "    export {}",
                signature(plan.signature(AbiVariant::GuestExport))
            )
            .unwrap();
        }
        Err(error) => writeln!(out, "  func {}: {error}", function.name).unwrap(),
    }
}

/// The table for one package: its interfaces, then its worlds.
fn table(resolve: &Resolve, package: wit_parser::PackageId) -> String {
    let ours = WitTypes::new(resolve).unwrap();
    let mut out = String::new();
    let package_def = &resolve.packages[package];
    for (name, &id) in &package_def.interfaces {
        writeln!(out, "interface {name}").unwrap();
        let interface = &resolve.interfaces[id];
        for &ty in interface.types.values() {
            describe_type(&mut out, resolve, &ours, ty);
        }
        for function in interface.functions.values() {
            describe_function(&mut out, &ours, function);
        }
    }
    for (name, &id) in &package_def.worlds {
        writeln!(out, "world {name}").unwrap();
        let world = &resolve.worlds[id];
        for (direction, items) in [("import", &world.imports), ("export", &world.exports)] {
            for (key, item) in items {
                match item {
                    WorldItem::Type { id, .. } => describe_type(&mut out, resolve, &ours, *id),
                    WorldItem::Function(function) => {
                        out.push_str(&format!("  {direction} "));
                        describe_function(&mut out, &ours, function);
                    }
                    WorldItem::Interface { .. } => {
                        writeln!(out, "  {direction} {}", resolve.name_world_key(key)).unwrap()
                    }
                }
            }
        }
    }
    out
}

#[test]
fn golden_tables_match() {
    let golden_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var_os("BLESS").is_some();
    let mut mismatches = Vec::new();
    let entries = corpus_entries(&test_wits_dir()).unwrap();
    for entry in &entries {
        let loaded = Loader::new()
            .all_features(true)
            .load_path(&entry.path)
            .unwrap();
        let actual = table(&loaded.resolve, loaded.package);
        let path = golden_dir.join(format!("{}.txt", entry.name));
        if bless {
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(expected) if expected.replace("\r\n", "\n") == actual => {}
            Ok(_) => mismatches.push(format!("{} differs", path.display())),
            Err(_) => mismatches.push(format!("{} is missing", path.display())),
        }
    }
    assert!(
        mismatches.is_empty(),
        "golden ABI tables out of date (rerun with BLESS=1 to update):\n{}",
        mismatches.join("\n")
    );
    if !bless {
        let tables = std::fs::read_dir(&golden_dir).unwrap().count();
        assert_eq!(
            tables,
            entries.len(),
            "stale tables in {}",
            golden_dir.display()
        );
    }
}

#[test]
fn unknown_value_type_is_not_silently_mapped() {
    let loaded = Loader::new()
        .load_source("s.wit", "package a:b; interface i { type s = string; }")
        .unwrap();
    let ours = WitTypes::new(&loaded.resolve).unwrap();
    let (id, _) = loaded.resolve.types.iter().next().unwrap();
    assert_eq!(ours.val_type(&Type::Id(id)).unwrap(), ValType::String);
}
