//! The Rust renderer: module tree, types, imported functions and exports.
//!
//! `Generator` holds the world walk and the options; its methods are spread
//! over the submodules by what they render: `types` (spelling and defining
//! types), `resources`, `imports`, `exports`, `stubs` and `metadata`. `emit`
//! renders canon-bindgen-core's instruction trees as statements.

mod emit;
mod exports;
mod imports;
mod metadata;
mod resources;
mod stubs;
mod types;

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt::Write as _;

use crate::error::{Error, ErrorKind, Result};
use canon_abi::{AbiVariant, WitTypes};
use canon_bindgen_core::instr::{Abi, FuncAbi};
use canon_bindgen_core::naming::{escape, snake, upper_camel};
use canon_bindgen_core::walk::{ScopeKind, WorldWalk, reach, resolve_alias, type_children};
use wit_parser::{Function, FunctionKind, Resolve, Type, TypeDefKind, TypeId, WorldId, WorldKey};

use crate::options::{Options, Ownership, WithTarget};

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
    /// Nested in a parameter of an imported function: spelled like `Owned`,
    /// except that types with two forms take their borrowing `...Param` twin.
    Param,
    /// An owned value (export parameters and results, import results).
    Owned,
}

/// Whether lowering borrows the value for the duration of a call (import
/// parameters) or gives it away to be freed by post-return (export results).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Borrow,
    Give,
    /// Inside an import parameter the lowering consumes (a list or variant
    /// holding owning handles, whose handles must move out): each string or
    /// list buffer moves out of its value too, and is freed after the call.
    /// Borrowing it instead would point into a value dropped before the call.
    Move,
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
    /// Types defined in borrowing form only (borrowing mode only).
    borrowed: HashSet<TypeId>,
    /// Types defined twice, as an owning `...Result` and a borrowing
    /// `...Param<'a>` (borrowing mode with `duplicate_if_necessary` only).
    duplicated: HashSet<TypeId>,
}

impl<'a> Generator<'a> {
    pub(crate) fn new(resolve: &'a Resolve, world: WorldId, opts: &'a Options) -> Result<Self> {
        let wt = WitTypes::new(resolve).map_err(|e| Error::new(ErrorKind::Types(e)))?;
        let walk = WorldWalk::new(resolve, world);
        let mut this = Generator {
            resolve,
            world,
            opts,
            walk,
            wt,
            with_used: RefCell::new(HashSet::new()),
            borrowed: HashSet::new(),
            duplicated: HashSet::new(),
        };
        if let Ownership::Borrowing {
            duplicate_if_necessary,
        } = opts.ownership
        {
            let (borrowed, both) = this.borrowable();
            this.borrowed = borrowed;
            if duplicate_if_necessary {
                this.duplicated = both;
            }
        }
        Ok(this)
    }

    /// Named types holding lists or strings and no owned handles, which
    /// borrowing mode may define in borrowing form: those used only in
    /// parameters of imported functions, and those used both there and
    /// elsewhere (export parameters, results). Types mapped by `with` are
    /// defined elsewhere, owning, and stay so.
    fn borrowable(&self) -> (HashSet<TypeId>, HashSet<TypeId>) {
        let mut params = HashSet::new();
        let mut owned = HashSet::new();
        let mut external = HashSet::new();
        for (index, scope) in self.walk.scopes.iter().enumerate() {
            let whole = scope.kind == ScopeKind::Import && self.with_path(index).is_some();
            for (name, id) in &scope.types {
                if whole || self.with_type_path(index, name).is_some() {
                    external.insert(resolve_alias(self.resolve, *id));
                }
            }
        }
        for scope in &self.walk.scopes {
            for func in &scope.functions {
                let import = scope.kind == ScopeKind::Import;
                for p in &func.params {
                    let set = if import { &mut params } else { &mut owned };
                    reach(self.resolve, &p.ty, set);
                }
                if let Some(r) = &func.result {
                    reach(self.resolve, r, &mut owned);
                }
            }
        }
        // A named type holding owned handles is defined owning (the
        // lowering consumes it), so what it holds must have an owning form.
        for id in &params {
            let def = &self.resolve.types[*id];
            if def.name.is_some() && self.val_props(&Type::Id(*id)).has_own {
                for child in type_children(&def.kind) {
                    reach(self.resolve, &child, &mut owned);
                }
            }
        }
        params
            .into_iter()
            .filter(|id| {
                let def = &self.resolve.types[*id];
                let props = self.val_props(&Type::Id(*id));
                def.name.is_some()
                    && !external.contains(&resolve_alias(self.resolve, *id))
                    && !matches!(def.kind, TypeDefKind::Resource | TypeDefKind::Handle(_))
                    && props.has_pointers
                    && !props.has_own
            })
            .partition(|id| !owned.contains(id))
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

    /// `fn name(param: Type, ...) -> Result` of an exported function, from
    /// the root, as its trait declares it (a constructor returns `Self`).
    pub(crate) fn export_signature_from_root(&self, index: usize, func: &Function) -> String {
        let in_resource = !matches!(func.kind, FunctionKind::Freestanding);
        let sig = self.export_signature(index, func, in_resource);
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
            if let Some(key) = self.missing_with(index) {
                return Err(Error::new(ErrorKind::MissingWith { key }));
            }
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
                return Err(Error::new(ErrorKind::UnusedWith { key: key.clone() }));
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
                Error::new(ErrorKind::Unparsable {
                    message: e.to_string(),
                    listing: numbered(&out),
                })
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

    /// Where scope `index` is, for error messages: ``imported interface `a:b/c` ``
    /// or ``world `w` ``.
    fn scope_name(&self, index: usize) -> String {
        let scope = &self.walk.scopes[index];
        match &scope.key {
            Some(key) => {
                let dir = match scope.kind {
                    ScopeKind::Import => "imported",
                    ScopeKind::Export => "exported",
                };
                format!("{dir} interface `{}`", self.resolve.name_world_key(key))
            }
            None => format!("world `{}`", self.resolve.worlds[self.world].name),
        }
    }

    /// The ABI of `func` of scope `index`, or an error naming both.
    fn func_abi(&self, index: usize, func: &Function, variant: AbiVariant) -> Result<FuncAbi> {
        Abi::new(self.resolve, &self.wt)
            .func(func, variant)
            .map_err(|source| {
                Error::new(ErrorKind::Function {
                    scope: self.scope_name(index),
                    function: func.name.clone(),
                    source,
                })
            })
    }

    /// The key of imported interface scope `index` when it needs a `with`
    /// entry and has none. As in wit-bindgen, once `with` entries are given,
    /// an interface imported from another package than the world's must be
    /// named by one (a path, or `generate`) unless `generate_all` is set.
    /// Without any `with` entries everything is generated.
    fn missing_with(&self, index: usize) -> Option<String> {
        let scope = &self.walk.scopes[index];
        if scope.kind != ScopeKind::Import || self.opts.generate_all || self.opts.with.is_empty() {
            return None;
        }
        let Some(WorldKey::Interface(id)) = &scope.key else {
            return None;
        };
        if self.resolve.interfaces[*id].package == self.resolve.worlds[self.world].package {
            return None;
        }
        let key = self.resolve.name_world_key(scope.key.as_ref()?);
        let unversioned = key.split('@').next().unwrap_or(&key);
        let named = self
            .opts
            .with
            .iter()
            .any(|(k, _)| *k == key || k == unversioned);
        (!named).then_some(key)
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
            out.push_str(&self.define_type(index, name, *id)?);
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
