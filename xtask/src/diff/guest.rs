//! Rust echo guests written with canon-bindgen-rust's bindings.
//!
//! For an echo world, the guest crate is the world's bindings (as
//! `canon bindgen rust` writes them) plus an implementation of every exported
//! interface's `Guest` trait that calls the matching import with the same
//! arguments and returns what it returned. The import and the export of one
//! interface have distinct Rust types (`ns::pkg::iface::T` and
//! `exports::ns::pkg::iface::T`), so the guest converts between them with a
//! `Conv` trait: generic impls for primitives, strings, lists, options,
//! results and tuples, and one generated impl per record, variant, enum and
//! flags type, in each direction. Every value therefore runs through the
//! bindings' lifting and lowering and the guest's own code.
//!
//! The transforming kind applies [`super::transform`]'s rules on the way in
//! and out (integers bumped, booleans flipped, floats negated, strings and
//! lists reversed, flags complemented), which the host computes identically.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use anyhow::{Context, Result};
use canon_bindgen_rust::{Names, Options};
use canon_wit::wit_parser::{
    Function, FunctionKind, Handle, InterfaceId, Resolve, Type, TypeDefKind, TypeId, WorldItem,
};

use super::echo::{EchoWorld, borrow_list_element};

/// What a Rust guest does with the values it passes on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RustGuest {
    /// Passes every value on unchanged.
    Echo,
    /// Transforms arguments before the import call and results after it.
    Transform,
}

impl RustGuest {
    fn method(self) -> &'static str {
        match self {
            RustGuest::Echo => "conv",
            RustGuest::Transform => "xform",
        }
    }
}

/// The two source files of a guest crate.
#[derive(Debug)]
pub(crate) struct GuestSource {
    /// The bindings, as `canon bindgen rust` writes them.
    pub(crate) bindings: String,
    /// `lib.rs`: includes the bindings and implements the exports.
    pub(crate) lib: String,
}

/// The conversions every guest shares.
const PRELUDE: &str = r#"
/// Moves a value between the import-side and export-side Rust types of
/// one WIT type: `conv` unchanged, `xform` transformed.
#[allow(dead_code, reason = "an echo guest uses only `conv`, a transforming one only `xform`")]
trait Conv<T> {
    fn conv(self) -> T;
    fn xform(self) -> T;
}

macro_rules! scalar {
    ($($t:ty => $x:expr),* $(,)?) => {$(
        impl Conv<$t> for $t {
            fn conv(self) -> $t { self }
            fn xform(self) -> $t { let f: fn($t) -> $t = $x; f(self) }
        }
    )*};
}

scalar!(
    bool => |v| !v,
    u8 => |v| v.wrapping_add(1),
    u16 => |v| v.wrapping_add(1),
    u32 => |v| v.wrapping_add(1),
    u64 => |v| v.wrapping_add(1),
    i8 => |v| v.wrapping_add(1),
    i16 => |v| v.wrapping_add(1),
    i32 => |v| v.wrapping_add(1),
    i64 => |v| v.wrapping_add(1),
    f32 => |v| -v,
    f64 => |v| -v,
    char => |v| v,
    String => |v| v.chars().rev().collect(),
);

impl<A: Conv<B>, B> Conv<Vec<B>> for Vec<A> {
    fn conv(self) -> Vec<B> { self.into_iter().map(Conv::conv).collect() }
    fn xform(self) -> Vec<B> { self.into_iter().rev().map(Conv::xform).collect() }
}

impl<A: Conv<B>, B> Conv<Option<B>> for Option<A> {
    fn conv(self) -> Option<B> { self.map(Conv::conv) }
    fn xform(self) -> Option<B> { self.map(Conv::xform) }
}

impl<A: Conv<B>, B, E: Conv<F>, F> Conv<Result<B, F>> for Result<A, E> {
    fn conv(self) -> Result<B, F> { self.map(Conv::conv).map_err(Conv::conv) }
    fn xform(self) -> Result<B, F> { self.map(Conv::xform).map_err(Conv::xform) }
}

macro_rules! tuple {
    ($($a:ident $b:ident $v:ident),*) => {
        impl<$($a: Conv<$b>, $b),*> Conv<($($b,)*)> for ($($a,)*) {
            #[allow(clippy::unused_unit)]
            fn conv(self) -> ($($b,)*) { let ($($v,)*) = self; ($($v.conv(),)*) }
            #[allow(clippy::unused_unit)]
            fn xform(self) -> ($($b,)*) { let ($($v,)*) = self; ($($v.xform(),)*) }
        }
    };
}
"#;

/// `tuple!` invocations for every arity up to `max`.
fn tuple_impls(max: usize) -> String {
    let mut out = String::new();
    for arity in 0..=max {
        let elems: Vec<String> = (0..arity).map(|i| format!("A{i} B{i} v{i}")).collect();
        let _ = writeln!(out, "tuple!({});", elems.join(", "));
    }
    out
}

/// Writes the guest crate's sources for `echo`.
pub(crate) fn rust_guest(echo: &EchoWorld, kind: RustGuest) -> Result<GuestSource> {
    let options = Options::default();
    let bindings = canon_bindgen_rust::generate(&echo.resolve, echo.world, &options)
        .context("canon-bindgen-rust")?;
    let names = Names::new(&echo.resolve, echo.world, &options)?;
    let resolve = &echo.resolve;
    let mut writer = Writer {
        echo,
        names: &names,
        seen: HashSet::new(),
        impls: String::new(),
        max_tuple: 0,
        wrappers: HashMap::new(),
    };
    let method = kind.method();
    // `(trait path, implementing type, items)` in the order written.
    let mut impls: Vec<(String, String, String)> = Vec::new();
    let mut interfaces: Vec<&str> = Vec::new();
    for (interface, _) in &echo.functions {
        if !interfaces.contains(&interface.as_str()) {
            interfaces.push(interface);
        }
    }
    for (position, interface) in interfaces.iter().enumerate() {
        let import = writer.interface(interface, false)?;
        let export = writer.interface(interface, true)?;
        let import_scope = names
            .interface_scope(import, false)
            .with_context(|| format!("no import scope for `{interface}`"))?;
        let export_scope = names
            .interface_scope(export, true)
            .with_context(|| format!("no export scope for `{interface}`"))?;
        let module = names.module_path(export_scope);
        let mut guest_items = String::new();
        // Each exported resource is a wrapper around the imported one.
        for (_, &ty) in &resolve.interfaces[export].types {
            if !matches!(resolve.types[ty].kind, TypeDefKind::Resource) {
                continue;
            }
            let exported = names
                .type_path(export_scope, ty)
                .context("a resource has a path")?;
            let imported = names
                .type_path(import_scope, ty)
                .context("a resource has a path")?;
            let rust_name = exported
                .rsplit("::")
                .next()
                .unwrap_or(&exported)
                .to_string();
            let wrapper = format!("Echo{position}{rust_name}");
            let _ = writeln!(
                writer.impls,
                "\n/// The exported `{rust_name}`: the imported one it passes calls on to.\n\
                 struct {wrapper}({imported});\n\
                 impl Conv<{imported}> for {exported} {{\n    \
                 fn conv(self) -> {imported} {{ self.into_inner::<{wrapper}>().0 }}\n    \
                 fn xform(self) -> {imported} {{ self.conv() }}\n}}\n\
                 impl Conv<{exported}> for {imported} {{\n    \
                 fn conv(self) -> {exported} {{ {exported}::new({wrapper}(self)) }}\n    \
                 fn xform(self) -> {exported} {{ self.conv() }}\n}}"
            );
            let _ = writeln!(guest_items, "type {rust_name} = {wrapper};");
            impls.push((
                format!("{module}::Guest{rust_name}"),
                wrapper.clone(),
                String::new(),
            ));
            writer.wrappers.insert(ty, (wrapper, imported));
        }
        for func in resolve.interfaces[export].functions.values() {
            let echoed = echo
                .functions
                .iter()
                .any(|(name, f)| name == interface && f.name == func.name);
            let signature = names.export_signature(export_scope, func);
            let body = if echoed {
                writer.echo_body(func, export_scope, import_scope, method)?
            } else {
                format!(
                    "unreachable!(\"the harness does not call `{}`: a handle it passes cannot be wrapped\")\n",
                    func.name
                )
            };
            let item = format!("#[allow(unused_variables)]\n{signature} {{\n{body}}}\n");
            match func.kind {
                FunctionKind::Freestanding => guest_items.push_str(&item),
                FunctionKind::Method(resource)
                | FunctionKind::Static(resource)
                | FunctionKind::Constructor(resource) => {
                    let (wrapper, _) = writer
                        .wrappers
                        .get(&canon_wit::resolve_alias(resolve, resource))
                        .with_context(|| {
                            format!("no wrapper for the resource of `{}`", func.name)
                        })?;
                    let wrapper = wrapper.clone();
                    let entry = impls
                        .iter_mut()
                        .find(|(_, ty, _)| *ty == wrapper)
                        .context("a wrapper has its trait impl")?;
                    entry.2.push_str(&item);
                }
                _ => anyhow::bail!("async function `{}` is not in the echo guests", func.name),
            }
        }
        impls.push((format!("{module}::Guest"), "EchoGuest".into(), guest_items));
    }
    let mut lib = String::from(
        "//! Generated by `cargo xtask diff`: a guest that passes every export's\n\
         //! arguments to the matching import and returns its result.\n\n\
         include!(\"bindings.rs\");\n",
    );
    lib.push_str(PRELUDE);
    lib.push_str(&tuple_impls(writer.max_tuple));
    lib.push_str(&writer.impls);
    lib.push_str("\nstruct EchoGuest;\n");
    for (path, ty, items) in &impls {
        let _ = writeln!(lib, "\nimpl {path} for {ty} {{\n{items}}}");
    }
    lib.push_str("\nexport!(EchoGuest);\n");
    Ok(GuestSource { bindings, lib })
}

/// Whether `ty` is a borrow handle (through aliases).
fn is_borrow(resolve: &Resolve, ty: &Type) -> bool {
    match ty {
        Type::Id(id) => match &resolve.types[*id].kind {
            TypeDefKind::Handle(Handle::Borrow(_)) => true,
            TypeDefKind::Type(t) => is_borrow(resolve, t),
            _ => false,
        },
        _ => false,
    }
}

struct Writer<'a> {
    echo: &'a EchoWorld,
    names: &'a Names<'a>,
    /// `(from path, to path)` pairs with an impl already written.
    seen: HashSet<(String, String)>,
    impls: String,
    /// The most elements of any tuple converted.
    max_tuple: usize,
    /// Wrapper type and imported path of every exported resource.
    wrappers: HashMap<TypeId, (String, String)>,
}

impl Writer<'_> {
    /// The body of an echoed export: convert the arguments, call the
    /// import (on the wrapped handle, for a method), convert the result.
    fn echo_body(
        &mut self,
        func: &Function,
        export_scope: usize,
        import_scope: usize,
        method: &str,
    ) -> Result<String> {
        let resolve = &self.echo.resolve;
        let names = self.names;
        let mut body = String::new();
        let mut args = Vec::new();
        for (i, param) in func.params.iter().enumerate() {
            if i == 0 && matches!(func.kind, FunctionKind::Method(_)) {
                continue;
            }
            if is_borrow(resolve, &param.ty) {
                let (wrapper, _) = self.wrapper_of(&param.ty)?;
                let _ = writeln!(
                    body,
                    "let __a{i} = &{}.get::<{wrapper}>().0;",
                    Names::field(&param.name)
                );
                args.push(format!("__a{i}"));
                continue;
            }
            if let Some(elem) = borrow_list_element(resolve, &param.ty) {
                let (wrapper, imported) = self.wrapper_of(&elem)?;
                let _ = writeln!(
                    body,
                    "let __a{i}: Vec<&{imported}> = {}.iter().map(|b| &b.get::<{wrapper}>().0).collect();",
                    Names::field(&param.name)
                );
                args.push(format!("&__a{i}"));
                continue;
            }
            self.collect(&param.ty, export_scope, import_scope)?;
            let owned = names.owned_type(import_scope, &param.ty);
            let _ = writeln!(
                body,
                "let __a{i}: {owned} = Conv::{method}({});",
                Names::field(&param.name)
            );
            args.push(
                if names.import_param_by_reference(import_scope, &param.ty) {
                    format!("&__a{i}")
                } else {
                    format!("__a{i}")
                },
            );
        }
        let args = args.join(", ");
        let function = Names::function(func);
        let resource_path = |resource: TypeId| -> Result<String> {
            Ok(self
                .wrappers
                .get(&canon_wit::resolve_alias(resolve, resource))
                .context("an exported resource has a wrapper")?
                .1
                .clone())
        };
        let call = match func.kind {
            FunctionKind::Freestanding => {
                format!("{}({args})", names.import_function(import_scope, func))
            }
            FunctionKind::Method(_) => format!("self.0.{function}({args})"),
            FunctionKind::Static(resource) => {
                format!("{}::{function}({args})", resource_path(resource)?)
            }
            FunctionKind::Constructor(resource) => {
                let _ = writeln!(body, "Self({}::new({args}))", resource_path(resource)?);
                return Ok(body);
            }
            _ => anyhow::bail!("async function `{}` is not in the echo guests", func.name),
        };
        match &func.result {
            Some(ty) => {
                self.collect(ty, export_scope, import_scope)?;
                let _ = writeln!(body, "let __r = {call};\nConv::{method}(__r)");
            }
            None => {
                let _ = writeln!(body, "{call};");
            }
        }
        Ok(body)
    }

    /// The wrapper of the resource a handle type `ty` names.
    fn wrapper_of(&self, ty: &Type) -> Result<&(String, String)> {
        let resolve = &self.echo.resolve;
        let mut ty = *ty;
        loop {
            let Type::Id(id) = ty else {
                anyhow::bail!("not a handle")
            };
            match &resolve.types[id].kind {
                TypeDefKind::Type(t) => ty = *t,
                TypeDefKind::Handle(Handle::Own(r) | Handle::Borrow(r)) => {
                    return self
                        .wrappers
                        .get(&canon_wit::resolve_alias(resolve, *r))
                        .context("a passed-through resource has a wrapper");
                }
                TypeDefKind::Resource => {
                    return self
                        .wrappers
                        .get(&id)
                        .context("a passed-through resource has a wrapper");
                }
                _ => anyhow::bail!("not a handle"),
            }
        }
    }

    /// The imported or exported interface of the echo world named `name`.
    fn interface(&self, name: &str, export: bool) -> Result<InterfaceId> {
        let world = &self.echo.resolve.worlds[self.echo.world];
        let items = if export {
            &world.exports
        } else {
            &world.imports
        };
        items
            .iter()
            .find_map(|(key, item)| match item {
                WorldItem::Interface { id, .. }
                    if self.echo.resolve.name_world_key(key) == name =>
                {
                    Some(*id)
                }
                _ => None,
            })
            .with_context(|| format!("the echo world lacks interface `{name}`"))
    }

    /// Writes the `Conv` impls that values of `ty` need, spelled on the
    /// export side from scope `export` and on the import side from `import`.
    fn collect(&mut self, ty: &Type, export: usize, import: usize) -> Result<()> {
        let Type::Id(id) = ty else { return Ok(()) };
        let resolve = &self.echo.resolve;
        let def = &resolve.types[*id];
        // Handles convert through their wrapper's impls, written with it.
        if let TypeDefKind::Handle(Handle::Own(_)) | TypeDefKind::Resource = def.kind {
            self.wrapper_of(ty)?;
            return Ok(());
        }
        let (export, import) = if def.name.is_some() {
            (
                self.names.type_owner(export, *id).unwrap_or(export),
                self.names.type_owner(import, *id).unwrap_or(import),
            )
        } else {
            (export, import)
        };
        let children: Vec<Type> = match &def.kind {
            TypeDefKind::Type(t) | TypeDefKind::List(t) | TypeDefKind::Option(t) => vec![*t],
            TypeDefKind::Tuple(tuple) => {
                self.max_tuple = self.max_tuple.max(tuple.types.len());
                tuple.types.clone()
            }
            TypeDefKind::Result(r) => r.ok.iter().chain(&r.err).copied().collect(),
            TypeDefKind::Record(r) => r.fields.iter().map(|f| f.ty).collect(),
            TypeDefKind::Variant(v) => v.cases.iter().filter_map(|c| c.ty).collect(),
            TypeDefKind::Enum(_) | TypeDefKind::Flags(_) => Vec::new(),
            other => anyhow::bail!("{} types are not in the echo guests", other.as_str()),
        };
        if matches!(
            def.kind,
            TypeDefKind::Record(_)
                | TypeDefKind::Variant(_)
                | TypeDefKind::Enum(_)
                | TypeDefKind::Flags(_)
        ) {
            let from = self
                .names
                .type_path(export, *id)
                .context("a nominal type has a path")?;
            let to = self
                .names
                .type_path(import, *id)
                .context("a nominal type has a path")?;
            if !self.seen.insert((from.clone(), to.clone())) {
                return Ok(());
            }
            self.nominal_impl(*id, &from, &to);
            if from != to {
                self.seen.insert((to.clone(), from.clone()));
                self.nominal_impl(*id, &to, &from);
            }
        }
        for child in &children {
            self.collect(child, export, import)?;
        }
        Ok(())
    }

    /// `impl Conv<to> for from` for record, variant, enum or flags `id`.
    fn nominal_impl(&mut self, id: TypeId, from: &str, to: &str) {
        let kind = &self.echo.resolve.types[id].kind;
        let body = |method: &str| -> String {
            match kind {
                TypeDefKind::Record(record) => {
                    let fields: Vec<String> = record
                        .fields
                        .iter()
                        .map(|f| {
                            let name = Names::field(&f.name);
                            format!("{name}: Conv::{method}(self.{name})")
                        })
                        .collect();
                    format!("{to} {{ {} }}", fields.join(", "))
                }
                TypeDefKind::Variant(variant) => {
                    let arms: Vec<String> = variant
                        .cases
                        .iter()
                        .map(|c| {
                            let case = Names::case(&c.name);
                            if c.ty.is_some() {
                                format!("{from}::{case}(v) => {to}::{case}(Conv::{method}(v))")
                            } else {
                                format!("{from}::{case} => {to}::{case}")
                            }
                        })
                        .collect();
                    format!("match self {{ {} }}", arms.join(", "))
                }
                TypeDefKind::Enum(enum_) => {
                    let arms: Vec<String> = enum_
                        .cases
                        .iter()
                        .map(|c| {
                            let case = Names::case(&c.name);
                            format!("{from}::{case} => {to}::{case}")
                        })
                        .collect();
                    format!("match self {{ {} }}", arms.join(", "))
                }
                TypeDefKind::Flags(_) if method == "xform" => {
                    format!("{to}::from_words((!self).as_words())")
                }
                _ => format!("{to}::from_words(self.as_words())"),
            }
        };
        let _ = writeln!(
            self.impls,
            "\nimpl Conv<{to}> for {from} {{\n    fn conv(self) -> {to} {{ {} }}\n    fn xform(self) -> {to} {{ {} }}\n}}",
            body("conv"),
            body("xform")
        );
    }
}
