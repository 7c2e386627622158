//! The Rust renderer: module tree, types, imported functions and exports.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt::Write as _;

use anyhow::{Context as _, Result, bail};
use canon_abi::{AbiVariant, Coercion, DiscriminantSize, FlagsRepr, FlatType, Scalar, WitTypes};
use canon_bindgen_core::instr::{Abi, Instr, ListBody, Loc};
use canon_bindgen_core::naming::{escape, snake, upper_camel};
use canon_bindgen_core::walk::{ScopeKind, TypeOwnerScope, WorldWalk, resolve_alias};
use canon_wit::names;
use wit_parser::{
    Docs, Function, FunctionKind, Handle, Resolve, Type, TypeDefKind, TypeId, WorldId,
};

use crate::options::{Options, Ownership, WithTarget};

/// The types a definition refers to directly.
fn children(kind: &TypeDefKind) -> Vec<Type> {
    match kind {
        TypeDefKind::Record(r) => r.fields.iter().map(|f| f.ty).collect(),
        TypeDefKind::Tuple(t) => t.types.clone(),
        TypeDefKind::Variant(v) => v.cases.iter().filter_map(|c| c.ty).collect(),
        TypeDefKind::Option(t) | TypeDefKind::List(t) | TypeDefKind::Type(t) => vec![*t],
        TypeDefKind::Result(r) => r.ok.iter().chain(r.err.iter()).copied().collect(),
        _ => Vec::new(),
    }
}

/// Rust keywords, strict and reserved, escaped with a trailing `_`.
const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// A snake-case Rust identifier for a WIT name.
pub(crate) fn ident(name: &str) -> String {
    escape(snake(name), KEYWORDS, "_")
}

/// An upper-camel-case Rust type name for a WIT name.
pub(crate) fn type_ident(name: &str) -> String {
    escape(upper_camel(name), KEYWORDS, "_")
}

/// Where a type is spelled, which decides borrowing and lifetimes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pos {
    /// Inside a type definition with lifetime `'a`.
    Def,
    /// Inside the definition of a type that borrows its lists and strings
    /// (borrowing mode: used only in parameters of imported functions).
    BorrowDef,
    /// A top-level parameter of an imported function.
    ImportParam,
    /// Nested in a parameter, or an owned value.
    Owned,
}

/// Whether lowering borrows the value for the duration of a call (import
/// parameters) or gives it away to be freed by post-return (export results).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Borrow,
    Give,
}

/// A Rust expression for a value being lowered.
#[derive(Clone, Debug)]
struct Val {
    expr: String,
    /// The expression is a reference binding (from matching by reference).
    by_ref: bool,
}

impl Val {
    fn owned(expr: impl Into<String>) -> Self {
        Val {
            expr: expr.into(),
            by_ref: false,
        }
    }

    fn deref(&self) -> String {
        if self.by_ref {
            format!("*{}", self.expr)
        } else {
            self.expr.clone()
        }
    }
}

pub(crate) struct Generator<'a> {
    resolve: &'a Resolve,
    world: WorldId,
    opts: &'a Options,
    walk: WorldWalk,
    wt: WitTypes,
    with_used: RefCell<HashSet<String>>,
    /// Types defined in borrowing form (borrowing mode only).
    borrowed: HashSet<TypeId>,
}

impl<'a> Generator<'a> {
    pub(crate) fn new(resolve: &'a Resolve, world: WorldId, opts: &'a Options) -> Result<Self> {
        let wt = WitTypes::new(resolve).context("converting types")?;
        let walk = WorldWalk::new(resolve, world);
        let mut this = Generator {
            resolve,
            world,
            opts,
            walk,
            wt,
            with_used: RefCell::new(HashSet::new()),
            borrowed: HashSet::new(),
        };
        if matches!(opts.ownership, Ownership::Borrowing { .. }) {
            this.borrowed = this.borrowable();
        }
        Ok(this)
    }

    /// Named types used only in parameters of imported functions, holding
    /// lists or strings and no owned handles: in borrowing mode they borrow.
    fn borrowable(&self) -> HashSet<TypeId> {
        let mut params = HashSet::new();
        let mut owned = HashSet::new();
        for scope in &self.walk.scopes {
            for func in &scope.functions {
                let import = scope.kind == ScopeKind::Import;
                for p in &func.params {
                    let set = if import { &mut params } else { &mut owned };
                    self.visit(&p.ty, set);
                }
                if let Some(r) = &func.result {
                    self.visit(r, &mut owned);
                }
            }
        }
        params
            .into_iter()
            .filter(|id| {
                let def = &self.resolve.types[*id];
                let ty = Type::Id(*id);
                let props = self.val_props(&ty);
                def.name.is_some()
                    && !owned.contains(id)
                    && !matches!(def.kind, TypeDefKind::Resource | TypeDefKind::Handle(_))
                    && props.has_pointers
                    && !props.has_own
            })
            .collect()
    }

    fn visit(&self, ty: &Type, set: &mut HashSet<TypeId>) {
        let Type::Id(id) = ty else { return };
        if !set.insert(*id) {
            return;
        }
        for child in children(&self.resolve.types[*id].kind) {
            self.visit(&child, set);
        }
    }

    pub(crate) fn walk(&self) -> &WorldWalk {
        &self.walk
    }

    pub(crate) fn resolve(&self) -> &'a Resolve {
        self.resolve
    }

    /// The spelling of `ty` as a top-level parameter of an imported function of scope `from`.
    pub(crate) fn import_param_type(&self, ty: &Type, from: usize) -> String {
        self.rty(ty, from, Pos::ImportParam)
    }

    fn root_prefix(&self, index: usize) -> String {
        let segments = self.module_segments(index);
        if segments.is_empty() {
            String::new()
        } else {
            format!("{}::", segments.join("::"))
        }
    }

    /// The spelling of an owned value of `ty` in scope `from`, from the root.
    pub(crate) fn owned_type_from_root(&self, ty: &Type, from: usize) -> String {
        let spelled = self.rty(ty, from, Pos::Owned);
        self.reroot(from, &spelled, &self.root_prefix(from))
    }

    /// `fn name(param: Type, ...) -> Result` of an exported function, from the root.
    pub(crate) fn export_signature_from_root(&self, index: usize, func: &Function) -> String {
        let sig = self.export_signature(index, func, false);
        self.reroot(index, &sig, &self.root_prefix(index))
    }

    fn world_snake(&self) -> String {
        snake(&self.resolve.worlds[self.world].name)
    }

    pub(crate) fn run(&self) -> Result<String> {
        let mut modules: Vec<(Vec<String>, String)> = Vec::new();
        let mut root = String::new();
        let mut export_macro_calls = String::new();
        for index in 0..self.walk.scopes.len() {
            let scope = &self.walk.scopes[index];
            if scope.kind == ScopeKind::Import && self.with_path(index).is_some() {
                continue;
            }
            let body = self.scope_body(index, &mut export_macro_calls)?;
            if scope.path.is_empty() {
                root.push_str(&body);
            } else {
                modules.push((self.module_segments(index), body));
            }
        }
        for (key, _) in &self.opts.with {
            if !self.with_used.borrow().contains(key) {
                bail!("unused `with` key `{key}`: no such interface or type in the world");
            }
        }
        let mut out = format!(
            "#[allow(unused_imports)]\nuse {}::rt as _rt;\n",
            self.opts.runtime_path
        );
        out.push_str(&root);
        out.push_str(&render_tree(&modules, 0));
        out.push_str(&self.world_macro(&export_macro_calls));
        out.push_str(&self.metadata()?);
        if self.opts.stubs {
            out.push_str(&self.stubs()?);
        }
        let text = if self.opts.format {
            let file = syn::parse_file(&out).map_err(|e| {
                anyhow::anyhow!("generated code does not parse: {e}\n{}", numbered(&out))
            })?;
            prettyplease::unparse(&file)
        } else {
            out
        };
        let w = &self.resolve.worlds[self.world];
        let qualified = match w.package {
            Some(package) => self.resolve.id_of_name(package, &w.name),
            None => w.name.clone(),
        };
        let header = format!(
            "// Generated by canon-bindgen-rust {} for world `{qualified}`. Do not edit.\n",
            env!("CARGO_PKG_VERSION"),
        );
        Ok(header + &text)
    }

    /// The `with` path replacing scope `index`, if any.
    fn with_path(&self, index: usize) -> Option<String> {
        let scope = &self.walk.scopes[index];
        let key = scope.key.as_ref()?;
        let name = self.resolve.name_world_key(key);
        let unversioned = name.split('@').next().unwrap_or(&name).to_string();
        for (k, target) in &self.opts.with {
            if *k == name || *k == unversioned {
                self.with_used.borrow_mut().insert(k.clone());
                return match target {
                    WithTarget::Path(p) => Some(p.clone()),
                    WithTarget::Generate => None,
                };
            }
        }
        None
    }

    /// The `with` path replacing type `name` of scope `index`, if any.
    fn with_type_path(&self, index: usize, name: &str) -> Option<String> {
        let scope = &self.walk.scopes[index];
        let base = match &scope.key {
            Some(key) => self.resolve.name_world_key(key),
            None => return None,
        };
        let full = format!("{base}/{name}");
        for (k, target) in &self.opts.with {
            if *k == full {
                self.with_used.borrow_mut().insert(k.clone());
                return match target {
                    WithTarget::Path(p) => Some(p.clone()),
                    WithTarget::Generate => None,
                };
            }
        }
        None
    }

    pub(crate) fn module_segments(&self, index: usize) -> Vec<String> {
        let scope = &self.walk.scopes[index];
        let mut segments = Vec::new();
        if scope.kind == ScopeKind::Export && !scope.path.is_empty() {
            segments.push("exports".to_string());
        }
        segments.extend(scope.path.iter().map(|s| ident(s)));
        segments
    }

    /// Path from scope `from`'s module to the bindings root, ending in `::`.
    fn to_root(&self, from: usize) -> String {
        let depth = self.module_segments(from).len();
        if depth == 0 {
            "self::".to_string()
        } else {
            "super::".repeat(depth)
        }
    }

    /// Path of scope `owner`'s module as seen from scope `from`, ending in `::`.
    fn scope_path(&self, from: usize, owner: usize) -> String {
        if from == owner {
            return String::new();
        }
        if let Some(path) = self.with_path(owner) {
            return format!("{path}::");
        }
        let mut path = self.to_root(from);
        for segment in self.module_segments(owner) {
            path.push_str(&segment);
            path.push_str("::");
        }
        path
    }

    // ---------------------------------------------------------------- types

    fn val_props(&self, ty: &Type) -> canon_abi::TypeProps {
        self.wt
            .val_type(ty)
            .map(|v| self.wt.types.props(v))
            .unwrap_or_default()
    }

    fn has_borrow(&self, ty: &Type) -> bool {
        self.val_props(ty).has_borrow
    }

    fn has_own(&self, ty: &Type) -> bool {
        self.val_props(ty).has_own
    }

    /// The path of named type `id` (no generics) from scope `from`.
    fn named_path(&self, id: TypeId, from: usize) -> String {
        let def = &self.resolve.types[id];
        let name = def.name.as_deref().unwrap_or("anonymous");
        match self.walk.type_scope(self.resolve, id, from) {
            TypeOwnerScope::Scope(owner) => {
                if let Some(path) = self.with_type_path(owner, name) {
                    return path;
                }
                format!("{}{}", self.scope_path(from, owner), type_ident(name))
            }
            TypeOwnerScope::Anonymous => type_ident(name),
        }
    }

    fn lifetime(&self, pos: Pos) -> &'static str {
        match pos {
            Pos::Def | Pos::BorrowDef => "'a",
            _ => "'_",
        }
    }

    /// The Rust spelling of `ty` in scope `from` at position `pos`.
    fn rty(&self, ty: &Type, from: usize, pos: Pos) -> String {
        let inner = if pos == Pos::ImportParam {
            Pos::Owned
        } else {
            pos
        };
        match ty {
            Type::Bool => "bool".into(),
            Type::U8 => "u8".into(),
            Type::U16 => "u16".into(),
            Type::U32 => "u32".into(),
            Type::U64 => "u64".into(),
            Type::S8 => "i8".into(),
            Type::S16 => "i16".into(),
            Type::S32 => "i32".into(),
            Type::S64 => "i64".into(),
            Type::F32 => "f32".into(),
            Type::F64 => "f64".into(),
            Type::Char => "char".into(),
            Type::String if pos == Pos::ImportParam => "&str".into(),
            Type::String if pos == Pos::BorrowDef => "&'a str".into(),
            Type::String => "_rt::String".into(),
            Type::ErrorContext => "()".into(),
            Type::Id(id) => {
                let def = &self.resolve.types[*id];
                if def.name.is_some() {
                    let mut path = self.named_path(*id, from);
                    if !matches!(def.kind, TypeDefKind::Resource) && self.needs_lifetime(ty) {
                        path = format!("{path}<{}>", self.lifetime(pos));
                    }
                    if pos == Pos::ImportParam && self.passed_by_reference(*id) {
                        return format!("&{path}");
                    }
                    return path;
                }
                match &def.kind {
                    TypeDefKind::List(elem) => {
                        let elem_rty = self.rty(elem, from, inner);
                        if pos == Pos::ImportParam && !self.has_own(elem) {
                            format!("&[{elem_rty}]")
                        } else if pos == Pos::BorrowDef && !self.has_own(elem) {
                            format!("&'a [{elem_rty}]")
                        } else {
                            format!("_rt::Vec<{elem_rty}>")
                        }
                    }
                    TypeDefKind::Option(t) => format!("Option<{}>", self.rty(t, from, inner)),
                    TypeDefKind::Result(r) => format!(
                        "Result<{}, {}>",
                        r.ok.as_ref()
                            .map_or("()".into(), |t| self.rty(t, from, inner)),
                        r.err
                            .as_ref()
                            .map_or("()".into(), |t| self.rty(t, from, inner))
                    ),
                    TypeDefKind::Tuple(t) => {
                        let mut s = String::from("(");
                        for ty in &t.types {
                            s.push_str(&self.rty(ty, from, inner));
                            s.push_str(", ");
                        }
                        s.push(')');
                        s
                    }
                    TypeDefKind::Handle(Handle::Own(r)) => {
                        self.named_path(resolve_alias(self.resolve, *r), from)
                    }
                    TypeDefKind::Handle(Handle::Borrow(r)) => {
                        let r = resolve_alias(self.resolve, *r);
                        let path = self.named_path(r, from);
                        if self.walk.is_exported_resource(self.resolve, r, from) {
                            format!("{path}Borrow<{}>", self.lifetime(pos))
                        } else if matches!(pos, Pos::Def | Pos::BorrowDef) {
                            format!("&'a {path}")
                        } else {
                            format!("&{path}")
                        }
                    }
                    TypeDefKind::Type(t) => self.rty(t, from, pos),
                    _ => "()".into(),
                }
            }
        }
    }

    /// Whether the Rust type of `ty` carries a lifetime parameter.
    fn needs_lifetime(&self, ty: &Type) -> bool {
        self.has_borrow(ty) || self.mentions_borrowed(ty)
    }

    /// Whether an imported function takes named type `id` by reference: records
    /// and variants that hold lists or strings but no owned handles.
    fn passed_by_reference(&self, id: TypeId) -> bool {
        let target = resolve_alias(self.resolve, id);
        let props = self.val_props(&Type::Id(id));
        matches!(
            self.resolve.types[target].kind,
            TypeDefKind::Record(_) | TypeDefKind::Variant(_)
        ) && props.has_pointers
            && !props.has_own
    }

    /// Whether `ty` is, or contains, a type defined in borrowing form.
    fn mentions_borrowed(&self, ty: &Type) -> bool {
        let Type::Id(id) = ty else {
            return false;
        };
        if self.borrowed.contains(id) {
            return true;
        }
        if self.resolve.types[*id].name.is_some() {
            return match &self.resolve.types[*id].kind {
                TypeDefKind::Type(t) => self.mentions_borrowed(t),
                _ => false,
            };
        }
        children(&self.resolve.types[*id].kind)
            .iter()
            .any(|t| self.mentions_borrowed(t))
    }

    fn docs(&self, docs: &Docs) -> String {
        let mut out = String::new();
        if let Some(contents) = &docs.contents {
            for line in contents.lines() {
                let _ = writeln!(out, "#[doc = {:?}]", format!(" {line}").trim_end());
            }
        }
        out
    }

    fn derives(&self, ty: &Type, extra: &[&str]) -> String {
        let props = self.val_props(ty);
        let mut derives: Vec<String> = Vec::new();
        if !props.has_own {
            derives.push("Clone".into());
            if !props.has_pointers {
                derives.push("Copy".into());
            }
        }
        derives.extend(extra.iter().map(|s| s.to_string()));
        for d in &self.opts.additional_derives {
            if !derives.contains(d) {
                derives.push(d.clone());
            }
        }
        format!("#[derive({})]\n", derives.join(", "))
    }

    fn type_attributes(&self, index: usize, name: &str) -> String {
        let scope = &self.walk.scopes[index];
        let qualified = scope
            .key
            .as_ref()
            .map(|k| format!("{}/{name}", self.resolve.name_world_key(k)));
        let mut out = String::new();
        for (target, attr) in &self.opts.type_attributes {
            if target == name || Some(target) == qualified.as_ref() {
                out.push_str(attr);
                out.push('\n');
            }
        }
        out
    }

    fn define_type(&self, index: usize, name: &str, id: TypeId) -> Result<String> {
        let def = &self.resolve.types[id];
        let rname = type_ident(name);
        let ty = Type::Id(id);
        let generics = if !matches!(def.kind, TypeDefKind::Resource) && self.needs_lifetime(&ty) {
            "<'a>"
        } else {
            ""
        };
        let mut out = self.docs(&def.docs);
        let attrs = self.type_attributes(index, name);
        let field_pos = if self.borrowed.contains(&id) {
            Pos::BorrowDef
        } else {
            Pos::Def
        };
        match &def.kind {
            TypeDefKind::Record(record) => {
                out.push_str(&self.derives(&ty, &["Debug"]));
                out.push_str(&attrs);
                let _ = writeln!(out, "pub struct {rname}{generics} {{");
                for field in &record.fields {
                    out.push_str(&self.docs(&field.docs));
                    let _ = writeln!(
                        out,
                        "pub {}: {},",
                        ident(&field.name),
                        self.rty(&field.ty, index, field_pos)
                    );
                }
                out.push_str("}\n");
            }
            TypeDefKind::Variant(variant) => {
                out.push_str(&self.derives(&ty, &["Debug"]));
                out.push_str(&attrs);
                let _ = writeln!(out, "pub enum {rname}{generics} {{");
                for case in &variant.cases {
                    out.push_str(&self.docs(&case.docs));
                    match &case.ty {
                        Some(t) => {
                            let _ = writeln!(
                                out,
                                "{}({}),",
                                type_ident(&case.name),
                                self.rty(t, index, field_pos)
                            );
                        }
                        None => {
                            let _ = writeln!(out, "{},", type_ident(&case.name));
                        }
                    }
                }
                out.push_str("}\n");
                out.push_str(&self.error_impls(&rname, generics));
            }
            TypeDefKind::Enum(e) => {
                let repr = match DiscriminantSize::for_cases(e.cases.len()) {
                    DiscriminantSize::U8 => "u8",
                    DiscriminantSize::U16 => "u16",
                    DiscriminantSize::U32 => "u32",
                };
                out.push_str(&self.derives(
                    &ty,
                    &["Debug", "PartialEq", "Eq", "PartialOrd", "Ord", "Hash"],
                ));
                out.push_str(&attrs);
                let _ = writeln!(out, "#[repr({repr})]\npub enum {rname} {{");
                for case in &e.cases {
                    out.push_str(&self.docs(&case.docs));
                    let _ = writeln!(out, "{},", type_ident(&case.name));
                }
                out.push_str("}\n");
                let _ = writeln!(
                    out,
                    "impl {rname} {{
                        #[doc(hidden)]
                        /// # Safety
                        /// `value` must be a discriminant read from the canonical ABI.
                        pub unsafe fn _lift(value: u32) -> {rname} {{
                            if value >= {n} {{ _rt::invalid() }}
                            // SAFETY: `{rname}` is `repr({repr})` with discriminants `0..{n}`.
                            unsafe {{ ::core::mem::transmute::<{repr}, {rname}>(value as {repr}) }}
                        }}
                    }}",
                    n = e.cases.len()
                );
                out.push_str(&self.error_impls(&rname, ""));
            }
            TypeDefKind::Flags(flags) => {
                let repr = FlagsRepr::for_count(flags.flags.len() as u32);
                let words = repr.flat_count();
                out.push_str(&self.derives(
                    &ty,
                    &["PartialEq", "Eq", "PartialOrd", "Ord", "Hash", "Default"],
                ));
                out.push_str(&attrs);
                let _ = writeln!(out, "pub struct {rname} {{ bits: [u32; {words}] }}");
                let mut consts = String::new();
                let mut debug = String::new();
                for (i, flag) in flags.flags.iter().enumerate() {
                    let mut bits = vec!["0".to_string(); words as usize];
                    bits[i / 32] = format!("1 << {}", i % 32);
                    consts.push_str(&self.docs(&flag.docs));
                    let cname = escape(
                        canon_bindgen_core::naming::shouty(&flag.name),
                        KEYWORDS,
                        "_",
                    );
                    let _ = writeln!(
                        consts,
                        "pub const {cname}: Self = Self {{ bits: [{}] }};",
                        bits.join(", ")
                    );
                    let _ = writeln!(
                        debug,
                        "if self.contains(Self::{cname}) {{ list.entry(&{:?}); }}",
                        flag.name
                    );
                }
                let mut all = vec![0u32; words as usize];
                for i in 0..flags.flags.len() {
                    all[i / 32] |= 1 << (i % 32);
                }
                let all: Vec<String> = all.iter().map(|w| format!("{w:#x}")).collect();
                let _ = writeln!(
                    out,
                    "impl {rname} {{
                        {consts}
                        /// No flags set.
                        pub const fn empty() -> Self {{ Self {{ bits: [0; {words}] }} }}
                        /// Every flag set.
                        pub const fn all() -> Self {{ Self {{ bits: [{all}] }} }}
                        /// Whether no flag is set.
                        pub fn is_empty(&self) -> bool {{ self.bits.iter().all(|w| *w == 0) }}
                        /// Whether every flag of `other` is set in `self`.
                        pub fn contains(&self, other: Self) -> bool {{ (*self & other) == other }}
                        /// Whether any flag of `other` is set in `self`.
                        pub fn intersects(&self, other: Self) -> bool {{ !(*self & other).is_empty() }}
                        /// Sets the flags of `other`.
                        pub fn insert(&mut self, other: Self) {{ *self = *self | other; }}
                        /// Clears the flags of `other`.
                        pub fn remove(&mut self, other: Self) {{ *self = *self & !other; }}
                        /// The flag bits, 32 per word.
                        pub fn as_words(&self) -> [u32; {words}] {{ self.bits }}
                        /// Flags from their bits; bits of no flag are dropped.
                        pub fn from_words(bits: [u32; {words}]) -> Self {{ Self {{ bits }} & Self::all() }}
                    }}
                    impl ::core::ops::BitOr for {rname} {{
                        type Output = Self;
                        fn bitor(mut self, rhs: Self) -> Self {{ for (a, b) in self.bits.iter_mut().zip(rhs.bits) {{ *a |= b; }} self }}
                    }}
                    impl ::core::ops::BitAnd for {rname} {{
                        type Output = Self;
                        fn bitand(mut self, rhs: Self) -> Self {{ for (a, b) in self.bits.iter_mut().zip(rhs.bits) {{ *a &= b; }} self }}
                    }}
                    impl ::core::ops::BitXor for {rname} {{
                        type Output = Self;
                        fn bitxor(mut self, rhs: Self) -> Self {{ for (a, b) in self.bits.iter_mut().zip(rhs.bits) {{ *a ^= b; }} self }}
                    }}
                    impl ::core::ops::Sub for {rname} {{
                        type Output = Self;
                        fn sub(self, rhs: Self) -> Self {{ self & !rhs }}
                    }}
                    impl ::core::ops::Not for {rname} {{
                        type Output = Self;
                        fn not(mut self) -> Self {{ for w in self.bits.iter_mut() {{ *w = !*w; }} self & Self::all() }}
                    }}
                    impl ::core::ops::BitOrAssign for {rname} {{
                        fn bitor_assign(&mut self, rhs: Self) {{ *self = *self | rhs; }}
                    }}
                    impl ::core::ops::BitAndAssign for {rname} {{
                        fn bitand_assign(&mut self, rhs: Self) {{ *self = *self & rhs; }}
                    }}
                    impl ::core::fmt::Debug for {rname} {{
                        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
                            let mut list = f.debug_set();
                            {debug}
                            list.finish()
                        }}
                    }}",
                    all = all.join(", ")
                );
            }
            TypeDefKind::Resource => {
                out.push_str(&self.resource_type(index, id, &rname)?);
            }
            TypeDefKind::Type(Type::Id(target))
                if matches!(
                    self.resolve.types[resolve_alias(self.resolve, *target)].kind,
                    TypeDefKind::Resource
                ) =>
            {
                let r = resolve_alias(self.resolve, *target);
                let path = self.named_path(r, index);
                let _ = writeln!(out, "pub type {rname} = {path};");
                if self.walk.is_exported_resource(self.resolve, r, index)
                    && self.walk.type_scope(self.resolve, r, index) != TypeOwnerScope::Scope(index)
                {
                    let _ = writeln!(out, "pub type {rname}Borrow<'a> = {path}Borrow<'a>;");
                }
            }
            TypeDefKind::Type(t) => {
                let _ = writeln!(
                    out,
                    "pub type {rname}{generics} = {};",
                    self.rty(t, index, field_pos)
                );
            }
            TypeDefKind::List(_)
            | TypeDefKind::Option(_)
            | TypeDefKind::Result(_)
            | TypeDefKind::Tuple(_)
            | TypeDefKind::Handle(_) => {
                // Spell the structure, not this type's own name.
                let anon = self.anonymous_spelling(&def.kind, index, field_pos);
                let _ = writeln!(out, "pub type {rname}{generics} = {anon};");
            }
            other => bail!("type `{name}`: {} types are not supported", other.as_str()),
        }
        Ok(out)
    }

    fn anonymous_spelling(&self, kind: &TypeDefKind, index: usize, pos: Pos) -> String {
        let r = |t: &Type| self.rty(t, index, pos);
        match kind {
            TypeDefKind::List(t) if pos == Pos::BorrowDef && !self.has_own(t) => {
                format!("&'a [{}]", r(t))
            }
            TypeDefKind::List(t) => format!("_rt::Vec<{}>", r(t)),
            TypeDefKind::Option(t) => format!("Option<{}>", r(t)),
            TypeDefKind::Result(res) => format!(
                "Result<{}, {}>",
                res.ok.as_ref().map_or("()".into(), r),
                res.err.as_ref().map_or("()".into(), r)
            ),
            TypeDefKind::Tuple(t) => {
                let parts: Vec<String> = t.types.iter().map(r).collect();
                if parts.is_empty() {
                    "()".to_string()
                } else {
                    format!("({},)", parts.join(", "))
                }
            }
            TypeDefKind::Handle(Handle::Own(res)) => {
                self.named_path(resolve_alias(self.resolve, *res), index)
            }
            TypeDefKind::Handle(Handle::Borrow(res)) => {
                let res = resolve_alias(self.resolve, *res);
                let path = self.named_path(res, index);
                if self.walk.is_exported_resource(self.resolve, res, index) {
                    format!("{path}Borrow<'a>")
                } else {
                    format!("&'a {path}")
                }
            }
            _ => "()".into(),
        }
    }

    fn error_impls(&self, rname: &str, generics: &str) -> String {
        let Some(feature) = &self.opts.std_feature else {
            return String::new();
        };
        if !rname.ends_with("Error") {
            return String::new();
        }
        format!(
            "impl{generics} ::core::fmt::Display for {rname}{generics} {{
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
                    write!(f, \"{{self:?}}\")
                }}
            }}
            #[cfg(feature = {feature:?})]
            impl{generics} std::error::Error for {rname}{generics} {{}}\n"
        )
    }

    /// The handle type (and, when exported, the borrow type and `Guest` trait) of a resource.
    fn resource_type(&self, index: usize, id: TypeId, rname: &str) -> Result<String> {
        let scope = &self.walk.scopes[index];
        let resource_name = self.resolve.types[id].name.clone().unwrap_or_default();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "#[derive(Debug)]\n#[repr(transparent)]\npub struct {rname} {{ handle: _rt::Resource<{rname}> }}"
        );
        let key = scope.key.as_ref();
        match scope.kind {
            ScopeKind::Import => {
                let (module, field) = names::resource_intrinsic(
                    self.resolve,
                    key,
                    &resource_name,
                    names::ResourceIntrinsic::ImportedDrop,
                );
                let _ = writeln!(
                    out,
                    "impl {rname} {{
                        #[doc(hidden)]
                        /// # Safety
                        /// `handle` must be an owned handle to this resource.
                        pub unsafe fn from_handle(handle: u32) -> Self {{
                            // SAFETY: forwarded from the caller.
                            Self {{ handle: unsafe {{ _rt::Resource::from_handle(handle) }} }}
                        }}
                        #[doc(hidden)]
                        pub fn take_handle(self) -> u32 {{ self.handle.take_handle() }}
                        #[doc(hidden)]
                        pub fn handle(&self) -> u32 {{ self.handle.handle() }}
                    }}
                    impl _rt::WasmResource for {rname} {{
                        unsafe fn drop(handle: u32) {{
                            #[link(wasm_import_module = {module:?})]
                            unsafe extern \"C\" {{
                                #[link_name = {field:?}]
                                fn drop(handle: i32);
                            }}
                            // SAFETY: the caller owns the live handle.
                            unsafe {{ drop(handle as i32) }}
                        }}
                    }}"
                );
                let mut methods = String::new();
                for func in scope.resource_functions(id) {
                    if self.skipped(func) {
                        continue;
                    }
                    methods.push_str(&self.import_function(index, func)?);
                }
                let _ = writeln!(out, "impl {rname} {{ {methods} }}");
            }
            ScopeKind::Export => {
                let intrinsic =
                    |which| names::resource_intrinsic(self.resolve, key, &resource_name, which);
                let (dmodule, dfield) = intrinsic(names::ResourceIntrinsic::ExportedDrop);
                let (nmodule, nfield) = intrinsic(names::ResourceIntrinsic::ExportedNew);
                let (rmodule, rfield) = intrinsic(names::ResourceIntrinsic::ExportedRep);
                let trait_name = format!("Guest{rname}");
                let _ = writeln!(
                    out,
                    "impl {rname} {{
                        /// Makes a new resource from the value `val` of the implementation.
                        pub fn new<T: {trait_name}>(val: T) -> Self {{
                            #[link(wasm_import_module = {nmodule:?})]
                            unsafe extern \"C\" {{
                                #[link_name = {nfield:?}]
                                fn new(rep: i32) -> i32;
                            }}
                            let rep = _rt::rep_new(val);
                            // SAFETY: `rep` is a fresh representation; the new handle is ours.
                            unsafe {{ Self::from_handle(new(rep as usize as i32) as u32) }}
                        }}
                        #[doc(hidden)]
                        /// # Safety
                        /// `handle` must be an owned handle to this resource.
                        pub unsafe fn from_handle(handle: u32) -> Self {{
                            // SAFETY: forwarded from the caller.
                            Self {{ handle: unsafe {{ _rt::Resource::from_handle(handle) }} }}
                        }}
                        #[doc(hidden)]
                        pub fn take_handle(self) -> u32 {{ self.handle.take_handle() }}
                        #[doc(hidden)]
                        pub fn handle(&self) -> u32 {{ self.handle.handle() }}
                        fn rep(&self) -> *mut u8 {{
                            #[link(wasm_import_module = {rmodule:?})]
                            unsafe extern \"C\" {{
                                #[link_name = {rfield:?}]
                                fn rep(handle: i32) -> i32;
                            }}
                            // SAFETY: `self` holds a live handle.
                            unsafe {{ rep(self.handle() as i32) as usize as *mut u8 }}
                        }}
                        /// The implementation's value behind this resource.
                        pub fn get<T: {trait_name}>(&self) -> &T {{
                            // SAFETY: the representation was made by `new::<T>`.
                            unsafe {{ _rt::rep_get::<T>(self.rep()) }}
                        }}
                        /// Takes the implementation's value out (the destructor then has nothing to drop).
                        pub fn into_inner<T: {trait_name}>(self) -> T {{
                            // SAFETY: the representation was made by `new::<T>`.
                            unsafe {{ _rt::rep_take::<T>(self.rep()) }}
                        }}
                    }}
                    impl _rt::WasmResource for {rname} {{
                        unsafe fn drop(handle: u32) {{
                            #[link(wasm_import_module = {dmodule:?})]
                            unsafe extern \"C\" {{
                                #[link_name = {dfield:?}]
                                fn drop(handle: i32);
                            }}
                            // SAFETY: the caller owns the live handle.
                            unsafe {{ drop(handle as i32) }}
                        }}
                    }}
                    /// A borrowed `{resource_name}`, valid for the duration of a call.
                    #[derive(Clone, Copy, Debug)]
                    pub struct {rname}Borrow<'a> {{
                        rep: *mut u8,
                        _marker: ::core::marker::PhantomData<&'a {rname}>,
                    }}
                    impl {rname}Borrow<'_> {{
                        #[doc(hidden)]
                        /// # Safety
                        /// `rep` must be this resource's representation, live during the borrow.
                        pub unsafe fn lift(rep: usize) -> Self {{
                            Self {{ rep: rep as *mut u8, _marker: ::core::marker::PhantomData }}
                        }}
                        /// The implementation's value behind the borrowed resource.
                        pub fn get<T: {trait_name}>(&self) -> &T {{
                            // SAFETY: the representation was made by `{rname}::new::<T>`.
                            unsafe {{ _rt::rep_get::<T>(self.rep) }}
                        }}
                    }}"
                );
                let mut methods = String::new();
                for func in scope.resource_functions(id) {
                    if self.skipped(func) {
                        continue;
                    }
                    methods.push_str(&self.docs(&func.docs));
                    methods.push_str(&self.export_signature(index, func, true));
                    methods.push_str(";\n");
                }
                let _ = writeln!(
                    out,
                    "#[doc = \" The implementation of resource `{resource_name}`.\"]\npub trait {trait_name}: 'static {{ {methods} }}"
                );
            }
        }
        Ok(out)
    }

    fn skipped(&self, func: &Function) -> bool {
        self.opts.skip.contains(&func.name)
    }

    // ------------------------------------------------------------ scopes

    fn scope_body(&self, index: usize, export_macro_calls: &mut String) -> Result<String> {
        let scope = &self.walk.scopes[index];
        let mut out = String::new();
        if !scope.path.is_empty() {
            let _ = writeln!(
                out,
                "#[allow(unused_imports)]\nuse {}::rt as _rt;",
                self.opts.runtime_path
            );
        }
        for (name, id) in &scope.types {
            if self.with_type_path(index, name).is_some() {
                continue;
            }
            out.push_str(
                &self
                    .define_type(index, name, *id)
                    .with_context(|| format!("type `{name}`"))?,
            );
        }
        match scope.kind {
            ScopeKind::Import => {
                for func in scope.freestanding() {
                    if self.skipped(func) {
                        continue;
                    }
                    out.push_str(&self.import_function(index, func)?);
                }
            }
            ScopeKind::Export => {
                out.push_str(&self.export_scope(index, export_macro_calls)?);
            }
        }
        Ok(out)
    }

    // ------------------------------------------------------------ imports

    fn import_signature(&self, index: usize, func: &Function) -> String {
        let mut params = Vec::new();
        for (i, p) in func.params.iter().enumerate() {
            if i == 0 && matches!(func.kind, FunctionKind::Method(_)) {
                params.push("&self".to_string());
                continue;
            }
            params.push(format!(
                "{}: {}",
                ident(&p.name),
                self.rty(&p.ty, index, Pos::ImportParam)
            ));
        }
        let result = match (&func.kind, &func.result) {
            (FunctionKind::Constructor(_), _) => " -> Self".to_string(),
            (_, Some(t)) => format!(" -> {}", self.rty(t, index, Pos::Owned)),
            (_, None) => String::new(),
        };
        let name = func_ident(func);
        format!("pub fn {name}({}){result}", params.join(", "))
    }

    fn import_function(&self, index: usize, func: &Function) -> Result<String> {
        let scope = &self.walk.scopes[index];
        let abi = Abi::new(self.resolve, &self.wt)
            .func(func, AbiVariant::GuestImport)
            .with_context(|| format!("function `{}`", func.name))?;
        let (module, field) = names::import_function(self.resolve, scope.key.as_ref(), func);
        let mut e = Emitter::new(self, index, abi.signature.params.clone());
        let area = max_area(&[
            abi.params_area.map(|l| (l.size, l.align)),
            abi.result_area.map(|l| (l.size, l.align)),
        ]);
        if let Some((size, align)) = area {
            let _ = writeln!(
                e.body,
                "#[repr(align({align}))]\n#[allow(dead_code)]\nstruct _RetArea([::core::mem::MaybeUninit<u8>; {size}]);
                let mut _ret_area = _RetArea([::core::mem::MaybeUninit::uninit(); {size}]);
                let _area = _ret_area.0.as_mut_ptr().cast::<u8>();"
            );
        }
        let needs_cleanup = abi.params.iter().any(has_element_lists);
        if needs_cleanup {
            e.body.push_str(
                "let mut _cleanup: _rt::Vec<(*mut u8, usize, usize)> = _rt::Vec::new();\n",
            );
        }
        let mut args = Vec::new();
        if abi.params_area.is_none() {
            for (i, ty) in abi.signature.params.iter().enumerate() {
                if abi.signature.retptr && i == abi.signature.params.len() - 1 {
                    continue;
                }
                let _ = writeln!(e.body, "let _arg{i}: {};", flat_rust(*ty));
                args.push(format!("_arg{i}"));
            }
            e.flat_prefix = "_arg";
        } else {
            args.push("_area as i32".to_string());
            e.base = "_area".into();
        }
        for (i, (param, instr)) in func.params.iter().zip(&abi.params).enumerate() {
            let name = if i == 0 && matches!(func.kind, FunctionKind::Method(_)) {
                "self".to_string()
            } else {
                ident(&param.name)
            };
            e.lower(instr, &Val::owned(name), Mode::Borrow)?;
        }
        if abi.signature.retptr {
            args.push("_area as i32".to_string());
        }
        let params_sig: Vec<String> = abi
            .signature
            .params
            .iter()
            .map(|t| format!("_: {}", flat_rust(*t)))
            .collect();
        let results_sig = match abi.signature.results.first() {
            Some(t) => format!(" -> {}", flat_rust(*t)),
            None => String::new(),
        };
        let _ = writeln!(
            e.body,
            "#[link(wasm_import_module = {module:?})]
            unsafe extern \"C\" {{
                #[link_name = {field:?}]
                fn _wit_import({}){results_sig};
            }}",
            params_sig.join(", ")
        );
        let call = format!("_wit_import({})", args.join(", "));
        if abi.signature.results.is_empty() {
            let _ = writeln!(e.body, "{call};");
        } else {
            let _ = writeln!(e.body, "let _ret0 = {call};");
        }
        if needs_cleanup {
            e.body.push_str(
                "for (_ptr, _size, _align) in _cleanup { _rt::dealloc(_ptr, _size, _align); }\n",
            );
        }
        let mut tail = String::new();
        if let Some(result) = &abi.result {
            e.flat_prefix = "_ret";
            e.base = "_area".into();
            e.export_borrows = false;
            let value = e.lift(result)?;
            tail = value;
            if matches!(func.kind, FunctionKind::Constructor(_)) {
                // The constructor's own<r> is `Self`.
            }
        }
        let mut out = self.docs(&func.docs);
        let _ = writeln!(
            out,
            "#[allow(unused_unsafe, clippy::all)]\n{} {{ unsafe {{ {} {tail} }} }}",
            self.import_signature(index, func),
            e.body
        );
        Ok(out)
    }

    // ------------------------------------------------------------ exports

    fn export_signature(&self, index: usize, func: &Function, in_resource: bool) -> String {
        let mut params = Vec::new();
        for (i, p) in func.params.iter().enumerate() {
            if i == 0 && matches!(func.kind, FunctionKind::Method(_)) {
                params.push("&self".to_string());
                continue;
            }
            params.push(format!(
                "{}: {}",
                ident(&p.name),
                self.rty(&p.ty, index, Pos::Owned)
            ));
        }
        let result = match (&func.kind, &func.result) {
            (FunctionKind::Constructor(_), _) if in_resource => " -> Self".to_string(),
            (_, Some(t)) => format!(" -> {}", self.rty(t, index, Pos::Owned)),
            (_, None) => String::new(),
        };
        let name = func_ident(func);
        format!("fn {name}({}){result}", params.join(", "))
    }

    fn export_scope(&self, index: usize, export_macro_calls: &mut String) -> Result<String> {
        let scope = &self.walk.scopes[index];
        let resources: Vec<TypeId> = scope.resources(self.resolve).collect();
        let mut out = String::new();
        let mut trait_items = String::new();
        for r in &resources {
            let rname = type_ident(self.resolve.types[*r].name.as_deref().unwrap_or(""));
            let _ = writeln!(trait_items, "type {rname}: Guest{rname};");
        }
        for func in scope.freestanding() {
            if self.skipped(func) {
                continue;
            }
            trait_items.push_str(&self.docs(&func.docs));
            trait_items.push_str(&self.export_signature(index, func, false));
            trait_items.push_str(";\n");
        }
        let has_trait = !trait_items.is_empty();
        if has_trait {
            out.push_str(&self.docs(&scope.docs));
            let _ = writeln!(out, "pub trait Guest {{ {trait_items} }}");
        }
        // The cabi functions and the exports of the macro.
        let mut macro_items = String::new();
        let mut area: Option<(u32, u32)> = None;
        let mut funcs: Vec<&Function> = scope.freestanding().collect();
        for r in &resources {
            funcs.extend(scope.resource_functions(*r));
        }
        let world = self.world_snake();
        let tag = format!("{world}_{}", self.module_segments(index).join("_"));
        for func in funcs {
            if self.skipped(func) {
                continue;
            }
            let (cabi, item, fn_area) = self.export_function(index, func)?;
            out.push_str(&cabi);
            macro_items.push_str(&item);
            area = max_area(&[area, fn_area]);
        }
        for r in &resources {
            let rname = type_ident(self.resolve.types[*r].name.as_deref().unwrap_or(""));
            let dtor = names::resource_destructor(
                self.resolve,
                scope.key.as_ref(),
                self.resolve.types[*r].name.as_deref().unwrap_or(""),
            );
            let _ = writeln!(
                macro_items,
                "#[unsafe(export_name = {dtor:?})]
                unsafe extern \"C\" fn dtor_{rsnake}(rep: i32) {{
                    // SAFETY: the component model passes a representation made by `new`.
                    unsafe {{ {rt}::rep_drop::<<$ty as $($path_to_types)*::Guest>::{rname}>(rep as usize as *mut u8) }}
                }}",
                rsnake = ident(self.resolve.types[*r].name.as_deref().unwrap_or("")),
                rt = self.opts.runtime_path,
            );
        }
        if let Some((size, align)) = area {
            let _ = writeln!(
                out,
                "#[repr(align({align}))]
                #[allow(dead_code)]
                struct RetArea([::core::mem::MaybeUninit<u8>; {size}]);
                static mut RET_AREA: RetArea = RetArea([::core::mem::MaybeUninit::uninit(); {size}]);"
            );
        }
        if macro_items.is_empty() {
            return Ok(out);
        }
        let macro_name = format!("__export_{tag}_cabi");
        let _ = writeln!(
            out,
            "#[doc(hidden)]
            macro_rules! {macro_name} {{
                ($ty:ident with_types_in $($path_to_types:tt)*) => {{
                    const _: () = {{ {macro_items} }};
                }};
            }}
            #[doc(hidden)]
            pub(crate) use {macro_name};"
        );
        let segments = self.module_segments(index);
        let path = if segments.is_empty() {
            "$($path_to_types_root)*".to_string()
        } else {
            format!("$($path_to_types_root)*::{}", segments.join("::"))
        };
        let _ = writeln!(
            export_macro_calls,
            "{path}::{macro_name}!($ty with_types_in {path});"
        );
        Ok(out)
    }

    /// The cabi function of an export, its entries in the export macro, and
    /// its return area.
    fn export_function(&self, index: usize, func: &Function) -> Result<ExportParts> {
        let scope = &self.walk.scopes[index];
        let abi = Abi::new(self.resolve, &self.wt)
            .func(func, AbiVariant::GuestExport)
            .with_context(|| format!("function `{}`", func.name))?;
        let export_name = names::export_function(self.resolve, scope.key.as_ref(), func);
        let fname = snake(&func.name.replace(['[', ']', '.'], "-"));
        let resource = canon_bindgen_core::walk::function_resource(func);
        let (bound, trait_path, ty_arg) = match resource {
            Some(r) => {
                let rname = type_ident(self.resolve.types[r].name.as_deref().unwrap_or(""));
                (
                    format!("T: Guest{rname}"),
                    "T".to_string(),
                    format!("<$ty as $($path_to_types)*::Guest>::{rname}"),
                )
            }
            None => ("T: Guest".to_string(), "T".to_string(), "$ty".to_string()),
        };
        let mut e = Emitter::new(self, index, abi.signature.params.clone());
        e.export_borrows = true;
        let params: Vec<String> = abi
            .signature
            .params
            .iter()
            .enumerate()
            .map(|(i, t)| format!("_arg{i}: {}", flat_rust(*t)))
            .collect();
        if let Some(layout) = abi.params_area {
            let _ = writeln!(e.body, "let _params = _arg0 as usize as *mut u8;");
            e.base = "_params".into();
            let _ = layout;
        } else {
            e.flat_prefix = "_arg";
        }
        let mut args = Vec::new();
        for (i, instr) in abi.params.iter().enumerate() {
            if i == 0 && matches!(func.kind, FunctionKind::Method(_)) {
                let rep = e.read_flat_or_mem(instr_loc(instr), "i32");
                args.push(format!(
                    "{}::rep_get::<T>({} as usize as *mut u8)",
                    self.opts.runtime_path,
                    p(&rep)
                ));
                continue;
            }
            let value = e.lift(instr)?;
            let var = format!("_p{i}");
            let _ = writeln!(e.body, "let {var} = {value};");
            args.push(var);
        }
        let name = func_ident(func);
        let mut call = format!("{trait_path}::{name}({})", args.join(", "));
        if let (FunctionKind::Constructor(r), Some(_)) = (&func.kind, &func.result) {
            let rname = type_ident(self.resolve.types[*r].name.as_deref().unwrap_or(""));
            call = format!("{rname}::new({call})");
        }
        let _ = writeln!(e.body, "let _result = {call};");
        if let Some(layout) = abi.params_area {
            let _ = writeln!(
                e.body,
                "_rt::dealloc(_params, {}, {});",
                layout.size, layout.align
            );
        }
        let mut ret_ty = String::new();
        let mut fn_area = None;
        if let Some(result) = &abi.result {
            if let Some(layout) = abi.result_area {
                fn_area = Some((layout.size, layout.align));
                e.body
                    .push_str("let _retp = (&raw mut RET_AREA).cast::<u8>();\n");
                e.base = "_retp".into();
                e.lower(result, &Val::owned("_result"), Mode::Give)?;
                e.body.push_str("_retp as i32\n");
                ret_ty = " -> i32".into();
            } else if abi.signature.results.is_empty() {
                e.lower(result, &Val::owned("_result"), Mode::Give)?;
            } else {
                let t = abi.signature.results[0];
                let _ = writeln!(e.body, "let _ret0: {};", flat_rust(t));
                e.flat_prefix = "_ret";
                e.flat_types = abi.signature.results.clone();
                e.lower(result, &Val::owned("_result"), Mode::Give)?;
                e.body.push_str("_ret0\n");
                ret_ty = format!(" -> {}", flat_rust(t));
            }
        } else {
            e.body.push_str("let () = _result;\n");
        }
        let mut out = String::new();
        let _ = writeln!(
            out,
            "#[doc(hidden)]
            #[allow(non_snake_case, unused_unsafe, clippy::all)]
            /// # Safety
            /// Called by the component model with values of the canonical ABI.
            pub unsafe fn _export_{fname}_cabi<{bound}>({}){ret_ty} {{ unsafe {{ {} }} }}",
            params.join(", "),
            e.body
        );
        let arg_names: Vec<String> = (0..params.len()).map(|i| format!("_arg{i}")).collect();
        let mut item = String::new();
        let _ = writeln!(
            item,
            "#[unsafe(export_name = {export_name:?})]
            unsafe extern \"C\" fn export_{fname}({}){ret_ty} {{
                // SAFETY: called by the component model.
                unsafe {{ $($path_to_types)*::_export_{fname}_cabi::<{ty_arg}>({}) }}
            }}",
            params.join(", "),
            arg_names.join(", ")
        );
        // Post-return frees what the result gave away.
        if let (Some(result), Some(_)) = (&abi.result, abi.result_area)
            && result.has_pointers()
        {
            let mut f = Emitter::new(self, index, Vec::new());
            f.base = "_retp".into();
            f.free(result);
            let _ = writeln!(
                out,
                "#[doc(hidden)]
                #[allow(non_snake_case, unused_unsafe, clippy::all)]
                /// # Safety
                /// Called by the component model with the pointer `_export_{fname}_cabi` returned.
                pub unsafe fn __post_return_{fname}(_arg0: i32) {{ unsafe {{ let _retp = _arg0 as usize as *mut u8; {} }} }}",
                f.body
            );
            let _ = writeln!(
                item,
                "#[unsafe(export_name = {:?})]
                unsafe extern \"C\" fn post_return_{fname}(_arg0: i32) {{
                    // SAFETY: called by the component model after `{export_name}`.
                    unsafe {{ $($path_to_types)*::__post_return_{fname}(_arg0) }}
                }}",
                names::post_return(&export_name)
            );
        }
        Ok((out, item, fn_area))
    }

    fn world_macro(&self, calls: &str) -> String {
        let world = self.world_snake();
        let macro_name = self
            .opts
            .export_macro_name
            .clone()
            .unwrap_or_else(|| "export".into());
        let bindings = self
            .opts
            .default_bindings_module
            .clone()
            .unwrap_or_else(|| "self".into());
        let internal = format!("__export_world_{world}_cabi");
        let (attr, vis) = if self.opts.pub_export_macro {
            ("#[macro_export]", "pub")
        } else {
            ("", "pub(crate)")
        };
        format!(
            "/// Exports `$ty` as the implementation of the world's exports:
            /// `{macro_name}!(MyType);` in the module holding these bindings.
            #[allow(unused_macros)]
            #[doc(hidden)]
            {attr}
            macro_rules! {internal} {{
                ($ty:ident) => {{ {bindings}::{macro_name}!($ty with_types_in {bindings}); }};
                ($ty:ident with_types_in $($path_to_types_root:tt)*) => {{ {calls} }};
            }}
            #[doc(inline)]
            #[allow(unused_imports)]
            {vis} use {internal} as {macro_name};\n"
        )
    }

    fn metadata(&self) -> Result<String> {
        let bytes = match canon_encode::metadata::encode_metadata(
            self.resolve,
            self.world,
            canon_encode::StringEncoding::Utf8,
        ) {
            Ok(bytes) => bytes,
            Err(err) => {
                return Ok(format!(
                    "// The world's metadata cannot be encoded: {}\n",
                    err.to_string().replace('\n', " ")
                ));
            }
        };
        let section = canon_encode::metadata::section_name(self.resolve, self.world);
        let mut literal = String::new();
        for b in &bytes {
            match *b {
                b'"' => literal.push_str("\\\""),
                b'\\' => literal.push_str("\\\\"),
                0x20..=0x7e => literal.push(*b as char),
                _ => {
                    let _ = write!(literal, "\\x{b:02x}");
                }
            }
        }
        Ok(format!(
            "#[cfg(target_arch = \"wasm32\")]
            #[unsafe(link_section = {section:?})]
            #[doc(hidden)]
            #[used]
            #[allow(clippy::octal_escapes)]
            static __CANON_COMPONENT_TYPE_{}: [u8; {}] = *b\"{literal}\";\n",
            self.world_snake().to_uppercase(),
            bytes.len(),
        ))
    }

    fn stubs(&self) -> Result<String> {
        let mut out = String::from(
            "/// A stub implementation of every export; each function panics.\n#[derive(Debug)]\npub struct Stub;\n",
        );
        let mut any = false;
        for index in 0..self.walk.scopes.len() {
            let scope = &self.walk.scopes[index];
            if scope.kind != ScopeKind::Export {
                continue;
            }
            let prefix = self.root_prefix(index);
            let resources: Vec<TypeId> = scope.resources(self.resolve).collect();
            let mut items = String::new();
            for r in &resources {
                let rname = type_ident(self.resolve.types[*r].name.as_deref().unwrap_or(""));
                let _ = writeln!(items, "type {rname} = Stub;");
                let mut methods = String::new();
                for func in scope.resource_functions(*r) {
                    if self.skipped(func) {
                        continue;
                    }
                    methods.push_str(&self.stub_fn(index, func, true, &prefix));
                }
                let _ = writeln!(out, "impl {prefix}Guest{rname} for Stub {{ {methods} }}");
                any = true;
            }
            for func in scope.freestanding() {
                if self.skipped(func) {
                    continue;
                }
                items.push_str(&self.stub_fn(index, func, false, &prefix));
            }
            if !items.is_empty() {
                let _ = writeln!(out, "impl {prefix}Guest for Stub {{ {items} }}");
                any = true;
            }
        }
        if any {
            let macro_name = self
                .opts
                .export_macro_name
                .clone()
                .unwrap_or_else(|| "export".into());
            let _ = writeln!(out, "{macro_name}!(Stub);");
        }
        Ok(out)
    }

    fn stub_fn(&self, index: usize, func: &Function, in_resource: bool, prefix: &str) -> String {
        // Stubs live at the bindings root: spell types from there.
        let sig = self.export_signature(index, func, in_resource);
        let sig = self.reroot(index, &sig, prefix);
        let sig = strip_param_names(&sig);
        format!("{sig} {{ unreachable!(\"stub\") }}\n")
    }

    /// Rewrites paths in `code`, written for scope `index`'s module, for the root.
    fn reroot(&self, index: usize, code: &str, prefix: &str) -> String {
        let depth = self.module_segments(index).len();
        let up = "super::".repeat(depth);
        let mut out = if depth > 0 {
            code.replace(&up, "self::")
        } else {
            code.to_string()
        };
        // Names of the scope's own types are unqualified in its module.
        let scope = &self.walk.scopes[index];
        for (name, _) in &scope.types {
            let rname = type_ident(name);
            out = replace_ident(
                &out,
                &format!("{rname}Borrow"),
                &format!("{prefix}{rname}Borrow"),
            );
            out = replace_ident(&out, &rname, &format!("{prefix}{rname}"));
        }
        out
    }
}

/// The Rust name of a function: `new` for constructors; resource functions
/// that would collide with the handle types' own methods get a trailing `_`.
pub(crate) fn func_ident(func: &Function) -> String {
    const RESERVED: &[&str] = &[
        "new",
        "handle",
        "take_handle",
        "from_handle",
        "rep",
        "get",
        "into_inner",
    ];
    match func.kind {
        FunctionKind::Constructor(_) => "new".to_string(),
        FunctionKind::Freestanding => ident(func.item_name()),
        _ => {
            let name = ident(func.item_name());
            if RESERVED.contains(&name.as_str()) {
                name + "_"
            } else {
                name
            }
        }
    }
}

/// Replaces whole-identifier occurrences of `from` not preceded by `::`.
fn replace_ident(code: &str, from: &str, to: &str) -> String {
    let mut out = String::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < code.len() {
        if code[i..].starts_with(from) {
            let before_ok = i == 0 || {
                let c = bytes[i - 1];
                !(c.is_ascii_alphanumeric() || c == b'_' || c == b':')
            };
            let end = i + from.len();
            let after_ok = end >= code.len() || {
                let c = bytes[end];
                !(c.is_ascii_alphanumeric() || c == b'_')
            };
            if before_ok && after_ok {
                out.push_str(to);
                i = end;
                continue;
            }
        }
        let ch = code[i..].chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// `fn f(a: T, b: U)` as `fn f(_: T, _: U)`.
fn strip_param_names(sig: &str) -> String {
    let Some(open) = sig.find('(') else {
        return sig.to_string();
    };
    let mut level = 0i32;
    let mut close = sig.len();
    for (i, c) in sig.char_indices().skip(open) {
        match c {
            '(' => level += 1,
            ')' => {
                level -= 1;
                if level == 0 {
                    close = i;
                    break;
                }
            }
            _ => {}
        }
    }
    if close == sig.len() {
        return sig.to_string();
    }
    let inner = &sig[open + 1..close];
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for c in inner.chars() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            _ => {}
        }
        if c == ',' && depth == 0 {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    if !current.trim().is_empty() {
        parts.push(current);
    }
    let parts: Vec<String> = parts
        .iter()
        .map(|p| {
            let p = p.trim();
            if p == "&self" {
                p.to_string()
            } else {
                match p.split_once(':') {
                    Some((_, ty)) => format!("_: {}", ty.trim()),
                    None => p.to_string(),
                }
            }
        })
        .collect();
    format!(
        "{}({}){}",
        &sig[..open],
        parts.join(", "),
        &sig[close + 1..]
    )
}

/// An export's cabi function, its entries in the export macro, and its return
/// area (size, alignment).
type ExportParts = (String, String, Option<(u32, u32)>);

/// The largest of several areas: maximum size and alignment.
fn max_area(areas: &[Option<(u32, u32)>]) -> Option<(u32, u32)> {
    let mut best: Option<(u32, u32)> = None;
    for &(size, align) in areas.iter().flatten() {
        best = Some(match best {
            Some((s, a)) => (s.max(size), a.max(align)),
            None => (size, align),
        });
    }
    best
}

fn has_element_lists(instr: &Instr) -> bool {
    match instr {
        Instr::List {
            body: ListBody::Elements(_),
            ..
        } => true,
        Instr::Record { fields, .. } => fields.iter().any(has_element_lists),
        Instr::Variant { cases, .. } => cases
            .iter()
            .any(|c| c.payload.as_ref().is_some_and(has_element_lists)),
        _ => false,
    }
}

fn instr_loc(instr: &Instr) -> &Loc {
    match instr {
        Instr::Scalar { at, .. } | Instr::Handle { at, .. } | Instr::Variant { at, .. } => at,
        Instr::String { ptr, .. } | Instr::List { ptr, .. } => ptr,
        Instr::Flags { words, .. } => &words[0],
        Instr::Record { fields, .. } => instr_loc(&fields[0]),
    }
}

fn flat_rust(t: FlatType) -> &'static str {
    match t {
        FlatType::I32 => "i32",
        FlatType::I64 => "i64",
        FlatType::F32 => "f32",
        FlatType::F64 => "f64",
    }
}

fn render_tree(modules: &[(Vec<String>, String)], depth: usize) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < modules.len() {
        let (segments, body) = &modules[i];
        if segments.len() == depth {
            out.push_str(body);
            i += 1;
            continue;
        }
        let head = &segments[depth];
        let mut j = i;
        while j < modules.len() && modules[j].0.len() > depth && modules[j].0[depth] == *head {
            j += 1;
        }
        let _ = writeln!(
            out,
            "#[allow(dead_code, clippy::all)]\npub mod {head} {{ {} }}",
            render_tree(&modules[i..j], depth + 1)
        );
        i = j;
    }
    out
}

fn numbered(text: &str) -> String {
    text.lines()
        .enumerate()
        .map(|(i, l)| format!("{:5} {l}\n", i + 1))
        .collect()
}

/// Renders instruction trees as Rust statements.
struct Emitter<'g, 'a> {
    g: &'g Generator<'a>,
    scope: usize,
    body: String,
    counter: usize,
    base: String,
    flat_prefix: &'static str,
    flat_types: Vec<FlatType>,
    /// Lifting the parameters of an export: borrows of imported resources
    /// are references to where the handle sits.
    export_borrows: bool,
}

impl<'g, 'a> Emitter<'g, 'a> {
    fn new(g: &'g Generator<'a>, scope: usize, flat_types: Vec<FlatType>) -> Self {
        Emitter {
            g,
            scope,
            body: String::new(),
            counter: 0,
            base: "_area".into(),
            flat_prefix: "_arg",
            flat_types,
            export_borrows: false,
        }
    }

    fn tmp(&mut self, prefix: &str) -> String {
        self.counter += 1;
        format!("_{prefix}{}", self.counter)
    }

    fn flat_var(&self, index: u32) -> String {
        format!("{}{index}", self.flat_prefix)
    }

    /// A store of `value` (already of the memory type `mem`) or of the flat value.
    fn write(&mut self, loc: &Loc, value: &str, mem: &str) {
        match loc {
            Loc::Flat { index, coercions } => {
                let mut v = value.to_string();
                for c in coercions {
                    v = lower_coercion(*c, &v);
                }
                let _ = writeln!(self.body, "{} = {v};", self.flat_var(*index));
            }
            Loc::Memory { offset } => {
                let _ = writeln!(
                    self.body,
                    "*{}.add({offset}).cast::<{mem}>() = {value};",
                    self.base
                );
            }
        }
    }

    /// A read: the flat value (coerced back to `flat`) or the memory value of type `mem`.
    fn read_flat_or_mem(&self, loc: &Loc, mem: &str) -> String {
        match loc {
            Loc::Flat { index, coercions } => {
                let mut v = self.flat_var(*index);
                for c in coercions.iter().rev() {
                    v = lift_coercion(*c, &v);
                }
                v
            }
            Loc::Memory { offset } => format!("*{}.add({offset}).cast::<{mem}>()", self.base),
        }
    }

    fn is_flat(loc: &Loc) -> bool {
        matches!(loc, Loc::Flat { .. })
    }

    fn type_path(&self, ty: &Type) -> String {
        match ty {
            Type::Id(id) if self.g.resolve.types[*id].name.is_some() => {
                self.g.named_path(*id, self.scope)
            }
            _ => String::new(),
        }
    }

    fn kind(&self, ty: &Type) -> Option<&'a TypeDefKind> {
        match ty {
            Type::Id(id) => Some(&self.g.resolve.types[resolve_alias(self.g.resolve, *id)].kind),
            _ => None,
        }
    }

    /// The path of the named definition behind `ty` (for patterns and literals).
    fn def_path(&self, ty: &Type) -> String {
        match ty {
            Type::Id(id) => {
                let target = resolve_alias(self.g.resolve, *id);
                if self.g.resolve.types[target].name.is_some() {
                    // Aliases are type aliases: the alias path works for
                    // struct literals and variant paths alike.
                    self.type_path(ty)
                } else {
                    String::new()
                }
            }
            _ => String::new(),
        }
    }

    // ---------------------------------------------------------- lowering

    fn lower(&mut self, instr: &Instr, val: &Val, mode: Mode) -> Result<()> {
        match instr {
            Instr::Scalar { scalar, at, .. } => {
                let v = val.deref();
                if Self::is_flat(at) {
                    let core = scalar_to_core(*scalar, &v);
                    self.write(at, &core, "");
                } else {
                    let (mem, value) = scalar_to_mem(*scalar, &v);
                    self.write(at, &value, mem);
                }
            }
            Instr::String { ptr, len } => {
                let p = self.tmp("ptr");
                let l = self.tmp("len");
                match mode {
                    Mode::Borrow => {
                        let _ = writeln!(
                            self.body,
                            "let {p} = {e}.as_ptr().cast_mut(); let {l} = {e}.len();",
                            e = val.expr
                        );
                    }
                    Mode::Give => {
                        let _ = writeln!(
                            self.body,
                            "let ({p}, {l}) = _rt::list_lower({}.into_bytes());",
                            val.expr
                        );
                    }
                }
                self.write_ptr_len(ptr, len, &p, &l);
            }
            Instr::List {
                ptr,
                len,
                elem_layout,
                body,
                elem,
                ..
            } => {
                let p = self.tmp("ptr");
                let l = self.tmp("len");
                match body {
                    ListBody::Bytes(_) => match mode {
                        Mode::Borrow => {
                            let _ = writeln!(
                                self.body,
                                "let {p} = {e}.as_ptr().cast::<u8>().cast_mut(); let {l} = {e}.len();",
                                e = val.expr
                            );
                        }
                        Mode::Give => {
                            let _ = writeln!(
                                self.body,
                                "let ({p}, {l}) = _rt::list_lower({});",
                                val.expr
                            );
                        }
                    },
                    ListBody::Elements(elem_instr) => {
                        let size = elem_layout.size;
                        let align = elem_layout.align;
                        let _ = writeln!(
                            self.body,
                            "let {l} = {e}.len(); let {p} = _rt::alloc({l} * {size}, {align});",
                            e = val.expr
                        );
                        if mode == Mode::Borrow {
                            let _ =
                                writeln!(self.body, "_cleanup.push(({p}, {l} * {size}, {align}));");
                        }
                        let consume = mode == Mode::Give || self.g.has_own(elem);
                        let item = self.tmp("e");
                        let i = self.tmp("i");
                        let iter = if consume { "into_iter" } else { "iter" };
                        let _ = writeln!(
                            self.body,
                            "for ({i}, {item}) in {}.{iter}().enumerate() {{",
                            val.expr
                        );
                        let base = self.tmp("base");
                        let _ = writeln!(self.body, "let {base} = {p}.add({i} * {size});");
                        let saved = std::mem::replace(&mut self.base, base);
                        self.lower(
                            elem_instr,
                            &Val {
                                expr: item,
                                by_ref: !consume,
                            },
                            mode,
                        )?;
                        self.base = saved;
                        self.body.push_str("}\n");
                    }
                }
                self.write_ptr_len(ptr, len, &p, &l);
            }
            Instr::Record { ty, fields } => {
                let names: Vec<String> = match self.kind(ty) {
                    Some(TypeDefKind::Record(r)) => {
                        r.fields.iter().map(|f| ident(&f.name)).collect()
                    }
                    _ => (0..fields.len()).map(|i| i.to_string()).collect(),
                };
                for (field, name) in fields.iter().zip(&names) {
                    let fv = Val::owned(format!("{}.{name}", val.expr));
                    self.lower(field, &fv, mode)?;
                }
            }
            Instr::Variant {
                ty,
                at,
                cases,
                discriminant,
            } => {
                let kind = self.kind(ty);
                if let Some(TypeDefKind::Enum(_)) = kind {
                    let d = format!("{} as i32", val.deref());
                    if Self::is_flat(at) {
                        self.write(at, &d, "");
                    } else {
                        let (mem, _) = disc_mem(*discriminant);
                        self.write(at, &format!("{} as {mem}", val.deref()), mem);
                    }
                    return Ok(());
                }
                let has_own = self.g.has_own(ty);
                let by_value = mode == Mode::Give || has_own;
                let scrutinee = if by_value || val.by_ref {
                    val.expr.clone()
                } else {
                    format!("&{}", val.expr)
                };
                let _ = writeln!(self.body, "match {scrutinee} {{");
                let path = self.def_path(ty);
                for (k, case) in cases.iter().enumerate() {
                    let bind = self.tmp("e");
                    let pattern =
                        self.case_pattern(ty, kind, &path, k, case.payload.is_some(), &bind);
                    let _ = writeln!(self.body, "{pattern} => {{");
                    if Self::is_flat(at) {
                        self.write(at, &format!("{k}i32"), "");
                    } else {
                        let (mem, suffix) = disc_mem(*discriminant);
                        self.write(at, &format!("{k}{suffix}"), mem);
                    }
                    if let Some(payload) = &case.payload {
                        self.lower(
                            payload,
                            &Val {
                                expr: bind,
                                by_ref: !by_value,
                            },
                            mode,
                        )?;
                    }
                    for slot in &case.unused {
                        let t = self
                            .flat_types
                            .get(*slot as usize)
                            .copied()
                            .unwrap_or(FlatType::I32);
                        let _ =
                            writeln!(self.body, "{} = 0{};", self.flat_var(*slot), flat_rust(t));
                    }
                    self.body.push_str("}\n");
                }
                self.body.push_str("}\n");
            }
            Instr::Flags { repr, words, .. } => {
                let w = self.tmp("flags");
                let _ = writeln!(self.body, "let {w} = {}.as_words();", val.expr);
                for (i, loc) in words.iter().enumerate() {
                    if Self::is_flat(loc) {
                        self.write(loc, &format!("{w}[{i}] as i32"), "");
                    } else {
                        let mem = match repr {
                            FlagsRepr::U8 => "u8",
                            FlagsRepr::U16 => "u16",
                            FlagsRepr::U32s(_) => "u32",
                        };
                        self.write(loc, &format!("{w}[{i}] as {mem}"), mem);
                    }
                }
            }
            Instr::Handle { own, at, .. } => {
                let h = if *own {
                    format!("{}.take_handle() as i32", val.expr)
                } else {
                    format!("{}.handle() as i32", val.expr)
                };
                self.write(at, &h, "i32");
            }
        }
        Ok(())
    }

    fn case_pattern(
        &self,
        ty: &Type,
        kind: Option<&TypeDefKind>,
        path: &str,
        k: usize,
        has_payload: bool,
        bind: &str,
    ) -> String {
        let payload = if has_payload {
            format!("({bind})")
        } else {
            String::new()
        };
        match kind {
            Some(TypeDefKind::Option(_)) => {
                if k == 0 {
                    "None".into()
                } else {
                    format!("Some{payload}")
                }
            }
            Some(TypeDefKind::Result(_)) => {
                let name = if k == 0 { "Ok" } else { "Err" };
                if has_payload {
                    format!("{name}{payload}")
                } else {
                    format!("{name}(_)")
                }
            }
            Some(TypeDefKind::Variant(v)) => {
                let _ = ty;
                format!("{path}::{}{payload}", type_ident(&v.cases[k].name))
            }
            _ => "_".into(),
        }
    }

    fn write_ptr_len(&mut self, ptr: &Loc, len: &Loc, p: &str, l: &str) {
        if Self::is_flat(ptr) {
            self.write(ptr, &format!("{p} as i32"), "");
            self.write(len, &format!("{l} as i32"), "");
        } else {
            self.write(ptr, p, "*mut u8");
            self.write(len, l, "usize");
        }
    }

    // ----------------------------------------------------------- lifting

    fn read_ptr_len(&self, ptr: &Loc, len: &Loc) -> (String, String) {
        if Self::is_flat(ptr) {
            (
                format!("{} as usize as *mut u8", p(&self.read_flat_or_mem(ptr, ""))),
                format!("{} as usize", p(&self.read_flat_or_mem(len, ""))),
            )
        } else {
            (
                self.read_flat_or_mem(ptr, "*mut u8"),
                self.read_flat_or_mem(len, "usize"),
            )
        }
    }

    /// Emits the statements lifting `instr` and returns the value's expression.
    fn lift(&mut self, instr: &Instr) -> Result<String> {
        Ok(match instr {
            Instr::Scalar { scalar, at, .. } => {
                if Self::is_flat(at) {
                    core_to_scalar(*scalar, &self.read_flat_or_mem(at, ""))
                } else {
                    let (mem, _) = scalar_to_mem(*scalar, "");
                    mem_to_scalar(*scalar, &self.read_flat_or_mem(at, mem))
                }
            }
            Instr::String { ptr, len } => {
                let (p, l) = self.read_ptr_len(ptr, len);
                format!("_rt::string_lift({p}, {l})")
            }
            Instr::List {
                ptr,
                len,
                body,
                elem_layout,
                elem,
                ..
            } => {
                let (pe, le) = self.read_ptr_len(ptr, len);
                match body {
                    ListBody::Bytes(s) => {
                        let (_, rust) = scalar_rust(*s);
                        format!("_rt::list_lift::<{rust}>({pe}, {le})")
                    }
                    ListBody::Elements(elem_instr) => {
                        let p = self.tmp("ptr");
                        let l = self.tmp("len");
                        let v = self.tmp("vec");
                        let i = self.tmp("i");
                        let base = self.tmp("base");
                        let size = elem_layout.size;
                        let align = elem_layout.align;
                        let _ = writeln!(
                            self.body,
                            "let {p} = {pe}; let {l} = {le};
                            let mut {v} = _rt::Vec::with_capacity({l});
                            for {i} in 0..{l} {{
                                let {base} = {p}.add({i} * {size});"
                        );
                        let saved = std::mem::replace(&mut self.base, base);
                        let saved_prefix = self.flat_prefix;
                        let e = self.lift(elem_instr)?;
                        self.base = saved;
                        self.flat_prefix = saved_prefix;
                        let _ = writeln!(self.body, "{v}.push({e}); }}");
                        if !(self.export_borrows && self.g.has_borrow(elem)) {
                            let _ =
                                writeln!(self.body, "_rt::dealloc({p}, {l} * {size}, {align});");
                        }
                        v
                    }
                }
            }
            Instr::Record { ty, fields } => {
                let mut parts = Vec::new();
                for f in fields {
                    let e = self.lift(f)?;
                    let var = self.tmp("f");
                    let _ = writeln!(self.body, "let {var} = {e};");
                    parts.push(var);
                }
                match self.kind(ty) {
                    Some(TypeDefKind::Record(r)) => {
                        let path = self.def_path(ty);
                        let inits: Vec<String> = r
                            .fields
                            .iter()
                            .zip(&parts)
                            .map(|(f, v)| format!("{}: {v}", ident(&f.name)))
                            .collect();
                        format!("{path} {{ {} }}", inits.join(", "))
                    }
                    _ => {
                        if parts.is_empty() {
                            "()".to_string()
                        } else {
                            format!("({},)", parts.join(", "))
                        }
                    }
                }
            }
            Instr::Variant {
                ty,
                at,
                cases,
                discriminant,
            } => {
                let kind = self.kind(ty);
                let d = if Self::is_flat(at) {
                    self.read_flat_or_mem(at, "")
                } else {
                    self.read_flat_or_mem(at, disc_mem(*discriminant).0)
                };
                let path = self.def_path(ty);
                if let Some(TypeDefKind::Enum(_)) = kind {
                    return Ok(format!("{path}::_lift({} as u32)", p(&d)));
                }
                let v = self.tmp("v");
                let _ = writeln!(self.body, "let {v} = match {d} {{");
                for (k, case) in cases.iter().enumerate() {
                    let _ = writeln!(self.body, "{k} => {{");
                    let payload = match &case.payload {
                        Some(p) => Some(self.lift(p)?),
                        None => None,
                    };
                    let value = match kind {
                        Some(TypeDefKind::Option(_)) => match payload {
                            Some(p) => format!("Some({p})"),
                            None => "None".into(),
                        },
                        Some(TypeDefKind::Result(_)) => {
                            let name = if k == 0 { "Ok" } else { "Err" };
                            format!("{name}({})", payload.unwrap_or_else(|| "()".into()))
                        }
                        Some(TypeDefKind::Variant(var)) => {
                            let case_name = type_ident(&var.cases[k].name);
                            match payload {
                                Some(p) => format!("{path}::{case_name}({p})"),
                                None => format!("{path}::{case_name}"),
                            }
                        }
                        _ => "unreachable!()".into(),
                    };
                    let _ = writeln!(self.body, "{value} }}");
                }
                let _ = writeln!(self.body, "_ => _rt::invalid(), }};");
                v
            }
            Instr::Flags {
                ty, repr, words, ..
            } => {
                let parts: Vec<String> = words
                    .iter()
                    .map(|loc| {
                        if Self::is_flat(loc) {
                            format!("{} as u32", p(&self.read_flat_or_mem(loc, "")))
                        } else {
                            let mem = match repr {
                                FlagsRepr::U8 => "u8",
                                FlagsRepr::U16 => "u16",
                                FlagsRepr::U32s(_) => "u32",
                            };
                            format!("u32::from({})", self.read_flat_or_mem(loc, mem))
                        }
                    })
                    .collect();
                format!("{}::from_words([{}])", self.def_path(ty), parts.join(", "))
            }
            Instr::Handle {
                own, resource, at, ..
            } => {
                let path = self.g.named_path(*resource, self.scope);
                let h = self.read_flat_or_mem(at, "i32");
                if *own {
                    format!("{path}::from_handle({} as u32)", p(&h))
                } else if self
                    .g
                    .walk
                    .is_exported_resource(self.g.resolve, *resource, self.scope)
                {
                    format!("{path}Borrow::lift({} as u32 as usize)", p(&h))
                } else {
                    match at {
                        Loc::Flat { index, .. } => format!(
                            "&*::core::ptr::addr_of!({}).cast::<{path}>()",
                            self.flat_var(*index)
                        ),
                        Loc::Memory { offset } => {
                            format!("&*{}.add({offset}).cast::<{path}>()", self.base)
                        }
                    }
                }
            }
        })
    }

    // ----------------------------------------------------------- freeing

    /// Frees what lowering `instr` into memory at the base gave away.
    fn free(&mut self, instr: &Instr) {
        match instr {
            Instr::String { ptr, len } => {
                let (p, l) = self.read_ptr_len(ptr, len);
                let _ = writeln!(self.body, "_rt::dealloc({p}, {l}, 1);");
            }
            Instr::List {
                ptr,
                len,
                body,
                elem_layout,
                ..
            } => {
                let (pe, le) = self.read_ptr_len(ptr, len);
                let size = elem_layout.size;
                let align = elem_layout.align;
                let p = self.tmp("ptr");
                let l = self.tmp("len");
                let _ = writeln!(self.body, "let {p} = {pe}; let {l} = {le};");
                if let ListBody::Elements(elem) = body
                    && elem.has_pointers()
                {
                    let i = self.tmp("i");
                    let base = self.tmp("base");
                    let _ = writeln!(
                        self.body,
                        "for {i} in 0..{l} {{ let {base} = {p}.add({i} * {size});"
                    );
                    let saved = std::mem::replace(&mut self.base, base);
                    self.free(elem);
                    self.base = saved;
                    self.body.push_str("}\n");
                }
                let _ = writeln!(self.body, "_rt::dealloc({p}, {l} * {size}, {align});");
            }
            Instr::Record { fields, .. } => {
                for f in fields {
                    if f.has_pointers() {
                        self.free(f);
                    }
                }
            }
            Instr::Variant {
                at,
                cases,
                discriminant,
                ..
            } => {
                if !cases
                    .iter()
                    .any(|c| c.payload.as_ref().is_some_and(Instr::has_pointers))
                {
                    return;
                }
                let d = self.read_flat_or_mem(at, disc_mem(*discriminant).0);
                let _ = writeln!(self.body, "match {d} {{");
                for (k, case) in cases.iter().enumerate() {
                    if let Some(p) = &case.payload
                        && p.has_pointers()
                    {
                        let _ = writeln!(self.body, "{k} => {{");
                        self.free(p);
                        self.body.push_str("}\n");
                    }
                }
                self.body.push_str("_ => {}\n}\n");
            }
            Instr::Scalar { .. } | Instr::Flags { .. } | Instr::Handle { .. } => {}
        }
    }
}

/// `v`, parenthesised unless it is a plain path or field access.
fn p(v: &str) -> String {
    if v.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == ':')
    {
        v.to_string()
    } else {
        format!("({v})")
    }
}

fn disc_mem(d: DiscriminantSize) -> (&'static str, &'static str) {
    match d {
        DiscriminantSize::U8 => ("u8", "u8"),
        DiscriminantSize::U16 => ("u16", "u16"),
        DiscriminantSize::U32 => ("u32", "u32"),
    }
}

fn lower_coercion(c: Coercion, v: &str) -> String {
    match c {
        Coercion::None => v.to_string(),
        Coercion::F32AsI32 => format!("{}.to_bits() as i32", p(v)),
        Coercion::I32AsI64 => format!("i64::from({} as u32)", p(v)),
        Coercion::F32AsI64 => format!("i64::from({}.to_bits())", p(v)),
        Coercion::F64AsI64 => format!("{}.to_bits() as i64", p(v)),
    }
}

fn lift_coercion(c: Coercion, v: &str) -> String {
    match c {
        Coercion::None => v.to_string(),
        Coercion::F32AsI32 => format!("f32::from_bits({} as u32)", p(v)),
        Coercion::I32AsI64 => format!("{} as i32", p(v)),
        Coercion::F32AsI64 => format!("f32::from_bits({} as u32)", p(v)),
        Coercion::F64AsI64 => format!("f64::from_bits({} as u64)", p(v)),
    }
}

/// The memory type and Rust type of a scalar.
fn scalar_rust(s: Scalar) -> (&'static str, &'static str) {
    match s {
        Scalar::Bool => ("u8", "bool"),
        Scalar::S8 => ("i8", "i8"),
        Scalar::U8 => ("u8", "u8"),
        Scalar::S16 => ("i16", "i16"),
        Scalar::U16 => ("u16", "u16"),
        Scalar::S32 => ("i32", "i32"),
        Scalar::U32 => ("u32", "u32"),
        Scalar::S64 => ("i64", "i64"),
        Scalar::U64 => ("u64", "u64"),
        Scalar::F32 => ("f32", "f32"),
        Scalar::F64 => ("f64", "f64"),
        Scalar::Char => ("u32", "char"),
    }
}

fn scalar_to_core(s: Scalar, v: &str) -> String {
    match s {
        Scalar::Bool => format!("i32::from({v})"),
        Scalar::Char => format!("u32::from({v}) as i32"),
        Scalar::S8 | Scalar::U8 | Scalar::S16 | Scalar::U16 | Scalar::U32 => format!("{v} as i32"),
        Scalar::U64 => format!("{v} as i64"),
        Scalar::S32 | Scalar::S64 | Scalar::F32 | Scalar::F64 => v.to_string(),
    }
}

fn scalar_to_mem(s: Scalar, v: &str) -> (&'static str, String) {
    let (mem, _) = scalar_rust(s);
    let value = match s {
        Scalar::Bool => format!("u8::from({v})"),
        Scalar::Char => format!("u32::from({v})"),
        _ => v.to_string(),
    };
    (mem, value)
}

fn core_to_scalar(s: Scalar, v: &str) -> String {
    match s {
        Scalar::Bool => format!("{} != 0", p(v)),
        Scalar::Char => format!("_rt::char_lift({v})"),
        Scalar::S8 => format!("{} as i8", p(v)),
        Scalar::U8 => format!("{} as u8", p(v)),
        Scalar::S16 => format!("{} as i16", p(v)),
        Scalar::U16 => format!("{} as u16", p(v)),
        Scalar::U32 => format!("{} as u32", p(v)),
        Scalar::U64 => format!("{} as u64", p(v)),
        Scalar::S32 | Scalar::S64 | Scalar::F32 | Scalar::F64 => v.to_string(),
    }
}

fn mem_to_scalar(s: Scalar, v: &str) -> String {
    match s {
        Scalar::Bool => format!("{} != 0", p(v)),
        Scalar::Char => format!("_rt::char_lift({} as i32)", p(v)),
        _ => v.to_string(),
    }
}
