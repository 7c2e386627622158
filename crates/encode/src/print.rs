//! Printing a resolved WIT package back as WIT text.
//!
//! The output parses back to the same package (same binary encoding); it
//! keeps documentation comments but not plain comments or formatting.

use std::fmt::Write;

use wit_parser::{
    Docs, Function, FunctionKind, Handle, InterfaceId, PackageId, Resolve, Stability, Type,
    TypeDefKind, TypeId, TypeOwner, WorldItem, WorldKey,
};

/// Prints `package` of `resolve` as WIT, with nested `package … { }` blocks
/// for the other packages it refers to when `with_deps` is set.
pub fn print_package(resolve: &Resolve, package: PackageId, with_deps: bool) -> String {
    let mut p = Printer {
        resolve,
        out: String::new(),
    };
    let pkg = &resolve.packages[package];
    p.docs(&pkg.docs, 0);
    let _ = writeln!(p.out, "package {};\n", package_name(&pkg.name));
    p.package_body(package, 0);
    if with_deps {
        for (id, other) in resolve.packages.iter() {
            if id == package {
                continue;
            }
            let _ = writeln!(p.out, "package {} {{", package_name(&other.name));
            p.package_body(id, 1);
            p.out.push_str("}\n\n");
        }
    }
    while p.out.ends_with("\n\n") {
        p.out.pop();
    }
    p.out
}

fn package_name(name: &wit_parser::PackageName) -> String {
    let mut out = format!("{}:{}", ident(&name.namespace), ident(&name.name));
    if let Some(version) = &name.version {
        out.push_str(&format!("@{version}"));
    }
    out
}

struct Printer<'a> {
    resolve: &'a Resolve,
    out: String,
}

fn ident(name: &str) -> String {
    const KEYWORDS: &[&str] = &[
        "use",
        "type",
        "func",
        "u8",
        "u16",
        "u32",
        "u64",
        "s8",
        "s16",
        "s32",
        "s64",
        "f32",
        "f64",
        "char",
        "resource",
        "record",
        "flags",
        "variant",
        "enum",
        "bool",
        "string",
        "option",
        "result",
        "future",
        "stream",
        "list",
        "own",
        "borrow",
        "_",
        "as",
        "from",
        "static",
        "interface",
        "tuple",
        "world",
        "import",
        "export",
        "package",
        "constructor",
        "include",
        "with",
        "async",
        "error-context",
        "map",
    ];
    if KEYWORDS.contains(&name) {
        format!("%{name}")
    } else {
        name.to_string()
    }
}

impl Printer<'_> {
    fn indent(&mut self, level: usize) {
        for _ in 0..level {
            self.out.push_str("  ");
        }
    }

    fn docs(&mut self, docs: &Docs, level: usize) {
        if let Some(contents) = &docs.contents {
            for line in contents.lines() {
                self.indent(level);
                let _ = writeln!(self.out, "/// {line}");
            }
        }
    }

    fn stability(&mut self, stability: &Stability, level: usize) {
        let deprecated = match stability {
            Stability::Unknown => return,
            Stability::Stable { since, deprecated } => {
                self.indent(level);
                let _ = writeln!(self.out, "@since(version = {since})");
                deprecated
            }
            Stability::Unstable {
                feature,
                deprecated,
            } => {
                self.indent(level);
                let _ = writeln!(self.out, "@unstable(feature = {feature})");
                deprecated
            }
        };
        if let Some(version) = deprecated {
            self.indent(level);
            let _ = writeln!(self.out, "@deprecated(version = {version})");
        }
    }

    fn package_body(&mut self, package: PackageId, level: usize) {
        let pkg = &self.resolve.packages[package];
        for (name, &id) in pkg.interfaces.iter() {
            self.docs(&self.resolve.interfaces[id].docs, level);
            self.stability(&self.resolve.interfaces[id].stability, level);
            self.indent(level);
            let _ = writeln!(self.out, "interface {} {{", ident(name));
            self.interface_body(id, level + 1);
            self.indent(level);
            self.out.push_str("}\n\n");
        }
        for (name, &id) in pkg.worlds.iter() {
            let world = &self.resolve.worlds[id];
            self.docs(&world.docs, level);
            self.stability(&world.stability, level);
            self.indent(level);
            let _ = writeln!(self.out, "world {} {{", ident(name));
            // World-level types first: they may be used by functions.
            for (direction, items) in [("import", &world.imports), ("export", &world.exports)] {
                for (key, item) in items {
                    self.world_item(direction, key, item, id, level + 1);
                }
            }
            self.indent(level);
            self.out.push_str("}\n\n");
        }
    }

    fn world_item(
        &mut self,
        direction: &str,
        key: &WorldKey,
        item: &WorldItem,
        world: wit_parser::WorldId,
        level: usize,
    ) {
        match item {
            WorldItem::Interface {
                id,
                docs,
                stability,
                ..
            } => {
                self.docs(docs, level);
                self.stability(stability, level);
                self.indent(level);
                match key {
                    WorldKey::Interface(_) => {
                        let name = self.interface_path(*id, self.resolve.worlds[world].package);
                        let _ = writeln!(self.out, "{direction} {name};");
                    }
                    WorldKey::Name(name) => {
                        if self.resolve.interfaces[*id].name.is_some() {
                            let path = self.interface_path(*id, self.resolve.worlds[world].package);
                            let _ = writeln!(self.out, "{direction} {}: {path};", ident(name));
                        } else {
                            let _ = writeln!(self.out, "{direction} {}: interface {{", ident(name));
                            self.interface_body(*id, level + 1);
                            self.indent(level);
                            self.out.push_str("}\n");
                        }
                    }
                }
            }
            WorldItem::Function(func) if func.kind.resource().is_some() => {}
            WorldItem::Function(func) => {
                self.docs(&func.docs, level);
                self.stability(&func.stability, level);
                self.indent(level);
                let _ = write!(self.out, "{direction} {}: ", ident(&func.name));
                self.signature(func, false);
                self.out.push_str(";\n");
            }
            WorldItem::Type { id, .. } => {
                self.type_def(*id, TypeOwner::World(world), level);
            }
        }
    }

    /// How interface `id` is referred to from `from` (same package: its
    /// name; otherwise its full id).
    fn interface_path(&self, id: InterfaceId, from: Option<PackageId>) -> String {
        let iface = &self.resolve.interfaces[id];
        let same_package = from.is_some() && from == iface.package;
        match (&iface.name, same_package) {
            (Some(name), true) => ident(name),
            _ => {
                let name = iface.name.as_deref().unwrap_or_default();
                match iface.package {
                    Some(package) => {
                        let package = &self.resolve.packages[package].name;
                        let mut out = format!(
                            "{}:{}/{}",
                            ident(&package.namespace),
                            ident(&package.name),
                            ident(name)
                        );
                        if let Some(version) = &package.version {
                            out.push_str(&format!("@{version}"));
                        }
                        out
                    }
                    None => ident(name),
                }
            }
        }
    }

    fn interface_body(&mut self, id: InterfaceId, level: usize) {
        let iface = &self.resolve.interfaces[id];
        for (_, &ty) in iface.types.iter() {
            self.type_def(ty, TypeOwner::Interface(id), level);
        }
        for (_, func) in iface.functions.iter() {
            if func.kind.resource().is_some() {
                continue;
            }
            self.docs(&func.docs, level);
            self.stability(&func.stability, level);
            self.indent(level);
            let _ = write!(self.out, "{}: ", ident(&func.name));
            self.signature(func, false);
            self.out.push_str(";\n");
        }
    }

    fn type_def(&mut self, id: TypeId, owner: TypeOwner, level: usize) {
        let def = &self.resolve.types[id];
        let name = ident(def.name.as_deref().unwrap_or_default());
        // `use` of a type from another interface.
        if let TypeDefKind::Type(Type::Id(other)) = def.kind {
            let other_def = &self.resolve.types[other];
            if other_def.owner != owner
                && let TypeOwner::Interface(from) = other_def.owner
            {
                let from_package = match owner {
                    TypeOwner::Interface(i) => self.resolve.interfaces[i].package,
                    TypeOwner::World(w) => self.resolve.worlds[w].package,
                    TypeOwner::None => None,
                };
                let path = self.interface_path(from, from_package);
                let other_name = ident(other_def.name.as_deref().unwrap_or_default());
                self.stability(&def.stability, level);
                self.indent(level);
                if other_name == name {
                    let _ = writeln!(self.out, "use {path}.{{{name}}};");
                } else {
                    let _ = writeln!(self.out, "use {path}.{{{other_name} as {name}}};");
                }
                return;
            }
        }
        self.docs(&def.docs, level);
        self.stability(&def.stability, level);
        self.indent(level);
        match &def.kind {
            TypeDefKind::Record(record) => {
                let _ = writeln!(self.out, "record {name} {{");
                for field in &record.fields {
                    self.docs(&field.docs, level + 1);
                    self.indent(level + 1);
                    let ty = self.ty(&field.ty);
                    let _ = writeln!(self.out, "{}: {ty},", ident(&field.name));
                }
                self.indent(level);
                self.out.push_str("}\n");
            }
            TypeDefKind::Variant(variant) => {
                let _ = writeln!(self.out, "variant {name} {{");
                for case in &variant.cases {
                    self.docs(&case.docs, level + 1);
                    self.indent(level + 1);
                    match &case.ty {
                        Some(ty) => {
                            let ty = self.ty(ty);
                            let _ = writeln!(self.out, "{}({ty}),", ident(&case.name));
                        }
                        None => {
                            let _ = writeln!(self.out, "{},", ident(&case.name));
                        }
                    }
                }
                self.indent(level);
                self.out.push_str("}\n");
            }
            TypeDefKind::Enum(enum_) => {
                let _ = writeln!(self.out, "enum {name} {{");
                for case in &enum_.cases {
                    self.docs(&case.docs, level + 1);
                    self.indent(level + 1);
                    let _ = writeln!(self.out, "{},", ident(&case.name));
                }
                self.indent(level);
                self.out.push_str("}\n");
            }
            TypeDefKind::Flags(flags) => {
                let _ = writeln!(self.out, "flags {name} {{");
                for flag in &flags.flags {
                    self.docs(&flag.docs, level + 1);
                    self.indent(level + 1);
                    let _ = writeln!(self.out, "{},", ident(&flag.name));
                }
                self.indent(level);
                self.out.push_str("}\n");
            }
            TypeDefKind::Resource => {
                let funcs: Vec<&Function> = match owner {
                    TypeOwner::Interface(i) => self.resolve.interfaces[i]
                        .functions
                        .values()
                        .filter(|f| f.kind.resource() == Some(id))
                        .collect(),
                    TypeOwner::World(w) => self.resolve.worlds[w]
                        .imports
                        .values()
                        .chain(self.resolve.worlds[w].exports.values())
                        .filter_map(|item| match item {
                            WorldItem::Function(f) if f.kind.resource() == Some(id) => Some(f),
                            _ => None,
                        })
                        .collect(),
                    TypeOwner::None => Vec::new(),
                };
                if funcs.is_empty() {
                    let _ = writeln!(self.out, "resource {name};");
                    return;
                }
                let _ = writeln!(self.out, "resource {name} {{");
                for func in funcs {
                    self.docs(&func.docs, level + 1);
                    self.stability(&func.stability, level + 1);
                    self.indent(level + 1);
                    match &func.kind {
                        FunctionKind::Constructor(_) => {
                            self.out.push_str("constructor");
                            self.params(func, false);
                        }
                        FunctionKind::Method(_) | FunctionKind::AsyncMethod(_) => {
                            let short = func.name.rsplit('.').next().unwrap_or_default();
                            let _ = write!(self.out, "{}: ", ident(short));
                            self.signature(func, true);
                        }
                        _ => {
                            let short = func.name.rsplit('.').next().unwrap_or_default();
                            let _ = write!(self.out, "{}: static ", ident(short));
                            self.signature(func, false);
                        }
                    }
                    self.out.push_str(";\n");
                }
                self.indent(level);
                self.out.push_str("}\n");
            }
            _ => {
                let ty = self.def_structure(id);
                let _ = writeln!(self.out, "type {name} = {ty};");
            }
        }
    }

    fn params(&mut self, func: &Function, skip_self: bool) {
        let params: Vec<String> = func
            .params
            .iter()
            .skip(usize::from(skip_self))
            .map(|p| format!("{}: {}", ident(&p.name), self.ty(&p.ty)))
            .collect();
        let _ = write!(self.out, "({})", params.join(", "));
    }

    fn signature(&mut self, func: &Function, skip_self: bool) {
        if func.kind.is_async() {
            self.out.push_str("async ");
        }
        self.out.push_str("func");
        self.params(func, skip_self);
        if let Some(result) = &func.result {
            let ty = self.ty(result);
            let _ = write!(self.out, " -> {ty}");
        }
    }

    fn ty(&self, ty: &Type) -> String {
        match ty {
            Type::Bool => "bool".into(),
            Type::U8 => "u8".into(),
            Type::U16 => "u16".into(),
            Type::U32 => "u32".into(),
            Type::U64 => "u64".into(),
            Type::S8 => "s8".into(),
            Type::S16 => "s16".into(),
            Type::S32 => "s32".into(),
            Type::S64 => "s64".into(),
            Type::F32 => "f32".into(),
            Type::F64 => "f64".into(),
            Type::Char => "char".into(),
            Type::String => "string".into(),
            Type::ErrorContext => "error-context".into(),
            Type::Id(id) => match &self.resolve.types[*id].name {
                Some(name) => ident(name),
                None => self.def_structure(*id),
            },
        }
    }

    /// The structure of a type definition, as it is written after `type x =`.
    fn def_structure(&self, id: TypeId) -> String {
        let opt = |ty: &Option<Type>| ty.as_ref().map(|t| self.ty(t));
        match &self.resolve.types[id].kind {
            TypeDefKind::Type(ty) => self.ty(ty),
            TypeDefKind::List(ty) => format!("list<{}>", self.ty(ty)),
            TypeDefKind::FixedLengthList(ty, n) => format!("list<{}, {n}>", self.ty(ty)),
            TypeDefKind::Map(k, v) => format!("map<{}, {}>", self.ty(k), self.ty(v)),
            TypeDefKind::Option(ty) => format!("option<{}>", self.ty(ty)),
            TypeDefKind::Tuple(t) => format!(
                "tuple<{}>",
                t.types
                    .iter()
                    .map(|t| self.ty(t))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            TypeDefKind::Result(r) => match (opt(&r.ok), opt(&r.err)) {
                (None, None) => "result".into(),
                (Some(ok), None) => format!("result<{ok}>"),
                (None, Some(err)) => format!("result<_, {err}>"),
                (Some(ok), Some(err)) => format!("result<{ok}, {err}>"),
            },
            TypeDefKind::Future(t) => match opt(t) {
                Some(t) => format!("future<{t}>"),
                None => "future".into(),
            },
            TypeDefKind::Stream(t) => match opt(t) {
                Some(t) => format!("stream<{t}>"),
                None => "stream".into(),
            },
            TypeDefKind::Handle(Handle::Own(r)) => self.ty(&Type::Id(*r)),
            TypeDefKind::Handle(Handle::Borrow(r)) => format!("borrow<{}>", self.ty(&Type::Id(*r))),
            // Named kinds are printed by name where used.
            _ => ident(self.resolve.types[id].name.as_deref().unwrap_or("unknown")),
        }
    }
}
