//! Shared helpers: the corpus, printing WIT, and comparing binaries.

use canon_wit::{CorpusEntry, Loaded, Loader, corpus_entries, test_wits_dir};
use wit_parser::{PackageId, Resolve};

/// Every package of `test-wits/`, loaded.
pub(crate) fn corpus() -> Vec<(CorpusEntry, Loaded)> {
    let entries = corpus_entries(&test_wits_dir()).expect("test-wits/ is readable");
    assert!(!entries.is_empty(), "test-wits/ has no packages");
    entries
        .into_iter()
        .map(|entry| {
            let loaded = Loader::new()
                .load_path(&entry.path)
                .unwrap_or_else(|e| panic!("{}: {e}", entry.name));
            (entry, loaded)
        })
        .collect()
}

/// `package` printed as WIT by wit-component's printer.
pub(crate) fn print(resolve: &Resolve, package: PackageId) -> String {
    let mut printer = wit_component::WitPrinter::default();
    printer
        .print(resolve, package, &[])
        .expect("the package prints");
    printer.output.to_string()
}

/// `bytes` without its `producers` custom sections, which name the tool.
pub(crate) fn without_producers(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&bytes[..8]);
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        let payload = payload.expect("valid binary");
        if let wasmparser::Payload::CustomSection(section) = &payload
            && section.name() == "producers"
        {
            continue;
        }
        if let Some((id, range)) = payload.as_section() {
            out.push(id);
            leb128(&mut out, range.len());
            out.extend_from_slice(&bytes[range]);
        }
    }
    out
}

fn leb128(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// A canonical text of `world`'s imports and exports, independent of the
/// package and world names, for comparing worlds from different decoders.
pub(crate) fn world_summary(resolve: &Resolve, world: wit_parser::WorldId) -> String {
    use std::fmt::Write;
    let world = &resolve.worlds[world];
    let mut out = String::new();
    for (direction, items) in [("import", &world.imports), ("export", &world.exports)] {
        for (key, item) in items {
            let name = resolve.name_world_key(key);
            match item {
                wit_parser::WorldItem::Function(func) => {
                    writeln!(out, "{direction} {name}: {}", func_text(resolve, func)).unwrap();
                }
                wit_parser::WorldItem::Type { id, .. } => {
                    writeln!(out, "{direction} type {name} = {}", def_text(resolve, *id)).unwrap();
                }
                wit_parser::WorldItem::Interface { id, .. } => {
                    writeln!(out, "{direction} {name} {{").unwrap();
                    let iface = &resolve.interfaces[*id];
                    let mut types: Vec<_> = iface.types.iter().collect();
                    types.sort_by_key(|(name, _)| *name);
                    for (ty_name, ty) in types {
                        writeln!(out, "  type {ty_name} = {}", def_text(resolve, *ty)).unwrap();
                    }
                    // Encoders reorder functions (resources' first): compare sorted.
                    let mut functions: Vec<_> = iface.functions.iter().collect();
                    functions.sort_by_key(|(name, _)| *name);
                    for (func_name, func) in functions {
                        writeln!(out, "  {func_name}: {}", func_text(resolve, func)).unwrap();
                    }
                    writeln!(out, "}}").unwrap();
                }
            }
        }
    }
    out
}

fn func_text(resolve: &Resolve, func: &wit_parser::Function) -> String {
    let params: Vec<String> = func
        .params
        .iter()
        .map(|p| format!("{}: {}", p.name, type_text(resolve, &p.ty)))
        .collect();
    let result = match &func.result {
        Some(ty) => format!(" -> {}", type_text(resolve, ty)),
        None => String::new(),
    };
    format!("func({}){result}", params.join(", "))
}

fn type_text(resolve: &Resolve, ty: &wit_parser::Type) -> String {
    match ty {
        wit_parser::Type::Id(id) => match &resolve.types[*id].name {
            Some(name) => name.clone(),
            None => def_text(resolve, *id),
        },
        other => format!("{other:?}").to_lowercase(),
    }
}

fn def_text(resolve: &Resolve, id: wit_parser::TypeId) -> String {
    use wit_parser::TypeDefKind as K;
    let opt = |ty: &Option<wit_parser::Type>| match ty {
        Some(ty) => type_text(resolve, ty),
        None => "_".to_string(),
    };
    match &resolve.types[id].kind {
        K::Record(r) => format!(
            "record {{{}}}",
            r.fields
                .iter()
                .map(|f| format!("{}: {}", f.name, type_text(resolve, &f.ty)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        K::Variant(v) => format!(
            "variant {{{}}}",
            v.cases
                .iter()
                .map(|c| format!("{}({})", c.name, opt(&c.ty)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        K::Enum(e) => format!(
            "enum {{{}}}",
            e.cases
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        K::Flags(f) => format!(
            "flags {{{}}}",
            f.flags
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        K::Tuple(t) => format!(
            "tuple<{}>",
            t.types
                .iter()
                .map(|t| type_text(resolve, t))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        K::Option(t) => format!("option<{}>", type_text(resolve, t)),
        K::Result(r) => format!("result<{}, {}>", opt(&r.ok), opt(&r.err)),
        K::List(t) => format!("list<{}>", type_text(resolve, t)),
        K::Map(k, v) => format!("map<{}, {}>", type_text(resolve, k), type_text(resolve, v)),
        K::FixedLengthList(t, n) => format!("list<{}, {n}>", type_text(resolve, t)),
        K::Future(t) => format!("future<{}>", opt(t)),
        K::Stream(t) => format!("stream<{}>", opt(t)),
        K::Resource => "resource".to_string(),
        K::Handle(wit_parser::Handle::Own(r)) => {
            format!("own<{}>", type_text(resolve, &wit_parser::Type::Id(*r)))
        }
        K::Handle(wit_parser::Handle::Borrow(r)) => {
            format!("borrow<{}>", type_text(resolve, &wit_parser::Type::Id(*r)))
        }
        K::Type(t) => match t {
            wit_parser::Type::Id(inner) => {
                let owner = match resolve.types[*inner].owner {
                    wit_parser::TypeOwner::Interface(i) => resolve.id_of(i).unwrap_or_default(),
                    _ => String::new(),
                };
                format!("use {owner}.{}", type_text(resolve, t))
            }
            _ => type_text(resolve, t),
        },
        K::Unknown => "unknown".to_string(),
    }
}

/// Every world of the corpus that wit-component can encode, as
/// `(entry name, world name, loaded package)`.
pub(crate) fn corpus_worlds() -> Vec<(String, Loaded, wit_parser::WorldId)> {
    let mut out = Vec::new();
    for (entry, loaded) in corpus() {
        let theirs = wit_component::encode(&loaded.resolve, loaded.package).unwrap();
        if wit_component::decode(&theirs).is_err() {
            continue;
        }
        let worlds: Vec<_> = loaded.resolve.packages[loaded.package]
            .worlds
            .iter()
            .map(|(name, id)| (format!("{}/{name}", entry.name), *id))
            .collect();
        for (name, world) in worlds {
            out.push((name, loaded.clone(), world));
        }
    }
    assert!(
        out.len() > 10,
        "too few worlds in the corpus: {}",
        out.len()
    );
    out
}
