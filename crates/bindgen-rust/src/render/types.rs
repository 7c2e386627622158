//! Spelling and defining types: records, variants, enums, flags and aliases.

use std::fmt::Write as _;

use crate::error::{Error, ErrorKind, Result};
use canon_abi::{DiscriminantSize, FlagsRepr};
use canon_bindgen_core::naming::escape;
use canon_bindgen_core::walk::{TypeOwnerScope, resolve_alias, type_children};
use wit_parser::{Docs, Handle, Type, TypeDefKind, TypeId};

use super::{Generator, KEYWORDS, Pos, ident, type_ident};

impl<'a> Generator<'a> {
    pub(super) fn val_props(&self, ty: &Type) -> canon_abi::TypeProps {
        self.wt
            .val_type(ty)
            .map(|v| self.wt.types.props(v))
            .unwrap_or_default()
    }

    pub(super) fn has_borrow(&self, ty: &Type) -> bool {
        self.val_props(ty).has_borrow
    }

    pub(super) fn has_own(&self, ty: &Type) -> bool {
        self.val_props(ty).has_own
    }

    /// The path of named type `id` (no generics) from scope `from`; the
    /// owning `...Result` twin of a type with two forms.
    pub(super) fn named_path(&self, id: TypeId, from: usize) -> String {
        self.named_path_in_form(id, from, false)
    }

    /// The path of named type `id` (no generics) from scope `from`, in its
    /// borrowing form if `borrows` and the type has two forms.
    pub(super) fn named_path_in_form(&self, id: TypeId, from: usize, borrows: bool) -> String {
        let def = &self.resolve.types[id];
        let name = def.name.as_deref().unwrap_or("anonymous");
        let suffix = self.twin_suffix(id, borrows);
        match self.walk.type_scope(self.resolve, id, from) {
            TypeOwnerScope::Scope(owner) => {
                if let Some(path) = self.with_type_path(owner, name) {
                    return path;
                }
                format!(
                    "{}{}{suffix}",
                    self.scope_path(from, owner),
                    type_ident(name)
                )
            }
            TypeOwnerScope::Anonymous => format!("{}{suffix}", type_ident(name)),
        }
    }

    /// The suffix of the twin of named type `id` in the given form: `Param`
    /// (borrowing) or `Result` (owning) for types with two forms, else empty.
    pub(crate) fn twin_suffix(&self, id: TypeId, borrows: bool) -> &'static str {
        match (self.duplicated.contains(&id), borrows) {
            (false, _) => "",
            (true, true) => "Param",
            (true, false) => "Result",
        }
    }

    /// Whether named type `id` is spelled in its borrowing form where the
    /// surrounding code borrows (`borrowing`: an import parameter, or inside
    /// a borrowing definition).
    pub(super) fn borrowing_form(&self, id: TypeId, borrowing: bool) -> bool {
        self.borrowed.contains(&id) || (borrowing && self.duplicated.contains(&id))
    }

    /// Whether named type `id` in the given form carries a lifetime parameter.
    fn form_needs_lifetime(&self, id: TypeId, borrows: bool) -> bool {
        let ty = Type::Id(id);
        if self.duplicated.contains(&id) {
            borrows || self.has_borrow(&ty)
        } else {
            self.needs_lifetime(&ty)
        }
    }

    pub(super) fn lifetime(&self, pos: Pos) -> &'static str {
        match pos {
            Pos::Def | Pos::BorrowDef => "'a",
            _ => "'_",
        }
    }

    /// The Rust spelling of `ty` in scope `from` at position `pos`.
    pub(super) fn rty(&self, ty: &Type, from: usize, pos: Pos) -> String {
        let inner = if pos == Pos::ImportParam {
            Pos::Param
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
                    let borrowing = matches!(pos, Pos::BorrowDef | Pos::ImportParam | Pos::Param);
                    let borrows = self.borrowing_form(*id, borrowing);
                    let mut path = self.named_path_in_form(*id, from, borrows);
                    if !matches!(def.kind, TypeDefKind::Resource)
                        && self.form_needs_lifetime(*id, borrows)
                    {
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
    pub(super) fn needs_lifetime(&self, ty: &Type) -> bool {
        self.has_borrow(ty) || self.mentions_borrowed(ty)
    }

    /// Whether an imported function takes named type `id` by reference: records
    /// and variants that hold lists or strings but no owned handles.
    pub(super) fn passed_by_reference(&self, id: TypeId) -> bool {
        let target = resolve_alias(self.resolve, id);
        let props = self.val_props(&Type::Id(id));
        matches!(
            self.resolve.types[target].kind,
            TypeDefKind::Record(_) | TypeDefKind::Variant(_)
        ) && props.has_pointers
            && !props.has_own
    }

    /// Whether `ty` is, or contains, a type defined in borrowing form.
    pub(super) fn mentions_borrowed(&self, ty: &Type) -> bool {
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
        type_children(&self.resolve.types[*id].kind)
            .iter()
            .any(|t| self.mentions_borrowed(t))
    }

    pub(super) fn docs(&self, docs: &Docs) -> String {
        let mut out = String::new();
        if let Some(contents) = &docs.contents {
            for line in contents.lines() {
                let _ = writeln!(out, "#[doc = {:?}]", format!(" {line}").trim_end());
            }
        }
        out
    }

    pub(super) fn derives(&self, ty: &Type, extra: &[&str]) -> String {
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

    pub(super) fn type_attributes(&self, index: usize, name: &str) -> String {
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

    /// The definition of named type `id` of scope `index`: both twins of a
    /// type with two forms, else its one form.
    pub(super) fn define_type(&self, index: usize, name: &str, id: TypeId) -> Result<String> {
        if self.duplicated.contains(&id) {
            let owning = self.define_type_in_form(index, name, id, false)?;
            let borrowing = self.define_type_in_form(index, name, id, true)?;
            return Ok(owning + &borrowing);
        }
        self.define_type_in_form(index, name, id, self.borrowed.contains(&id))
    }

    fn define_type_in_form(
        &self,
        index: usize,
        name: &str,
        id: TypeId,
        borrows: bool,
    ) -> Result<String> {
        let def = &self.resolve.types[id];
        let rname = format!("{}{}", type_ident(name), self.twin_suffix(id, borrows));
        let ty = Type::Id(id);
        let generics = if !matches!(def.kind, TypeDefKind::Resource)
            && self.form_needs_lifetime(id, borrows)
        {
            "<'a>"
        } else {
            ""
        };
        let mut out = self.docs(&def.docs);
        let attrs = self.type_attributes(index, name);
        let field_pos = if borrows { Pos::BorrowDef } else { Pos::Def };
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
            other => {
                return Err(Error::new(ErrorKind::UnsupportedType {
                    scope: self.scope_name(index),
                    name: name.to_string(),
                    kind: other.as_str(),
                }));
            }
        }
        Ok(out)
    }

    pub(super) fn anonymous_spelling(&self, kind: &TypeDefKind, index: usize, pos: Pos) -> String {
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

    pub(super) fn error_impls(&self, rname: &str, generics: &str) -> String {
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
}
