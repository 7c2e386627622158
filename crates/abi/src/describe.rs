//! A plain-text ABI table of a WIT package, for golden tests and for people.

// Writing to a `String` cannot fail, hence the `.ok()`s.
use std::fmt::Write as _;

use wit_parser::{Function, PackageId, Resolve, Type, TypeDefKind, TypeId, WorldItem};

use crate::{AbiVariant, CoreSignature, FlatType, Plan, WitTypes};

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
        writeln!(out, "  resource {}", def.name.as_deref().unwrap_or("?")).ok();
        return;
    }
    let name = def.name.as_deref().unwrap_or("<anonymous>");
    let ty = match ours.val_type(&Type::Id(id)) {
        Ok(ty) => ty,
        Err(error) => {
            writeln!(out, "  type {name}: {error}").ok();
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
    .ok();
    match ours.types.plan(ty) {
        Plan::Record(fields) if !fields.is_empty() => {
            let offsets: Vec<String> = fields.iter().map(|f| f.offset.to_string()).collect();
            write!(out, " offsets [{}]", offsets.join(" ")).ok();
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
            .ok();
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
            writeln!(out, "  func {}", function.name).ok();
            writeln!(
                out,
                "    import {}",
                signature(plan.signature(AbiVariant::GuestImport))
            )
            .ok();
            writeln!(
                out,
                "    export {}",
                signature(plan.signature(AbiVariant::GuestExport))
            )
            .ok();
        }
        Err(error) => {
            writeln!(out, "  func {}: {error}", function.name).ok();
        }
    }
}

/// The ABI table of `package`: for each of its interfaces and worlds, every
/// type's layout, flat types and plan summary, and every function's core
/// signatures in both directions. Golden tests and `cargo xtask abi` print it.
pub fn describe_package(resolve: &Resolve, package: PackageId) -> String {
    let ours = match WitTypes::new(resolve) {
        Ok(ours) => ours,
        Err(error) => return format!("error: {error}\n"),
    };
    let mut out = String::new();
    let package_def = &resolve.packages[package];
    for (name, &id) in &package_def.interfaces {
        writeln!(out, "interface {name}").ok();
        let interface = &resolve.interfaces[id];
        for &ty in interface.types.values() {
            describe_type(&mut out, resolve, &ours, ty);
        }
        for function in interface.functions.values() {
            describe_function(&mut out, &ours, function);
        }
    }
    for (name, &id) in &package_def.worlds {
        writeln!(out, "world {name}").ok();
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
                        writeln!(out, "  {direction} {}", resolve.name_world_key(key)).ok();
                    }
                }
            }
        }
    }
    out
}
