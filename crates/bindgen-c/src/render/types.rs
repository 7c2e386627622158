//! Spelling and defining C types, their `_free` functions, the string and
//! list helpers, and the checks that their layouts are the ABI's.

use std::fmt::Write as _;

use canon_abi::{DiscriminantSize, FlagsRepr, Plan};
use canon_bindgen_core::naming::shouty;
use canon_bindgen_core::walk::{TypeOwnerScope, resolve_alias};
use wit_parser::{Handle, Type, TypeDefKind, TypeId};

use super::Generator;
use crate::StringEncoding;
use crate::error::{Error, ErrorKind, Result};
use crate::names::{member, prefix_part};

/// The C type of a discriminant.
pub(super) fn disc_ctype(d: DiscriminantSize) -> &'static str {
    match d {
        DiscriminantSize::U8 => "uint8_t",
        DiscriminantSize::U16 => "uint16_t",
        DiscriminantSize::U32 => "uint32_t",
    }
}

/// `name` without its `_t`.
pub(super) fn base(name: &str) -> &str {
    name.strip_suffix("_t").unwrap_or(name)
}

fn primitive(ty: &Type) -> Option<(&'static str, &'static str)> {
    Some(match ty {
        Type::Bool => ("bool", "bool"),
        Type::U8 => ("uint8_t", "u8"),
        Type::S8 => ("int8_t", "s8"),
        Type::U16 => ("uint16_t", "u16"),
        Type::S16 => ("int16_t", "s16"),
        Type::U32 => ("uint32_t", "u32"),
        Type::S32 => ("int32_t", "s32"),
        Type::U64 => ("uint64_t", "u64"),
        Type::S64 => ("int64_t", "s64"),
        Type::F32 => ("float", "f32"),
        Type::F64 => ("double", "f64"),
        Type::Char => ("uint32_t", "char"),
        _ => return None,
    })
}

impl Generator<'_> {
    /// The world's string type.
    pub(super) fn string_name(&self) -> String {
        self.claim(
            "string",
            String::new(),
            &format!("{}_string", self.world_snake),
            "_t",
        )
    }

    /// Defines the string type and its helpers.
    pub(super) fn string_type(&self) {
        let name = self.string_name();
        let b = base(&name).to_string();
        let (unit, unit_size) = match self.encoding() {
            StringEncoding::Utf16 => ("uint16_t", 2),
            _ => ("uint8_t", 1),
        };
        let mut out = self.out.borrow_mut();
        let _ = write!(
            out.typedefs,
            "// A string: `len` {}.\ntypedef struct {name} {{\n    {unit} *ptr;\n    size_t len;\n}} {name};\n\n",
            match self.encoding() {
                StringEncoding::Utf8 => "bytes of UTF-8",
                StringEncoding::Utf16 => "UTF-16 code units",
                StringEncoding::CompactUtf16 =>
                    "Latin-1 bytes, or UTF-16 code units when it has the UTF16 tag",
            }
        );
        let tag = format!("{}_STRING_UTF16_TAG", self.world_snake.to_uppercase());
        if self.encoding() == StringEncoding::CompactUtf16 {
            let _ = write!(out.typedefs, "#define {tag} ((size_t) 1 << 31)\n\n");
        }
        let units = match self.encoding() {
            StringEncoding::CompactUtf16 => format!("(ptr->len & ~{tag})"),
            _ => "ptr->len".to_string(),
        };
        let _ = write!(
            out.helper_decls,
            "// Frees the string's buffer.\nextern void {b}_free({name} *ptr);\n"
        );
        let _ = write!(
            out.helpers,
            "void {b}_free({name} *ptr) {{\n    if ({units} > 0) free(ptr->ptr);\n    ptr->ptr = NULL;\n    ptr->len = 0;\n}}\n\n"
        );
        if self.opts.no_helpers {
            out.helper_decls.push('\n');
            return;
        }
        let (arg, count) = match self.encoding() {
            StringEncoding::Utf16 => (
                "const uint16_t *s",
                "size_t len = 0;\n    while (s[len] != 0) len++;",
            ),
            _ => ("const char *s", "size_t len = strlen(s);"),
        };
        let _ = write!(
            out.helper_decls,
            "// Points `ret` at NUL-terminated `s`, without copying.\n\
             extern void {b}_set({name} *ret, {arg});\n\
             // Sets `ret` to a copy of NUL-terminated `s`.\n\
             extern void {b}_dup({name} *ret, {arg});\n\n"
        );
        let _ = write!(
            out.helpers,
            "void {b}_set({name} *ret, {arg}) {{\n    {count}\n    ret->ptr = ({unit} *) s;\n    ret->len = len;\n}}\n\n\
             void {b}_dup({name} *ret, {arg}) {{\n    {count}\n    ret->len = len;\n    ret->ptr = NULL;\n    if (len > 0) {{\n        ret->ptr = ({unit} *) malloc(len * {unit_size});\n        if (ret->ptr == NULL) abort();\n        memcpy(ret->ptr, s, len * {unit_size});\n    }}\n}}\n\n"
        );
    }

    /// Defines every named type of scope `index`.
    pub(super) fn scope_types(&self, index: usize) -> Result<()> {
        for (_, id) in &self.walk.scopes[index].types {
            let target = resolve_alias(self.resolve, *id);
            if matches!(self.resolve.types[target].kind, TypeDefKind::Resource) {
                self.resource_types(*id, index)?;
            } else {
                self.named(*id, index)?;
            }
        }
        Ok(())
    }

    /// The C spelling of `ty` referenced from scope `scope`; defines what it
    /// needs first.
    pub(super) fn ctype(&self, ty: &Type, scope: usize) -> Result<String> {
        if let Some((c, _)) = primitive(ty) {
            return Ok(c.to_string());
        }
        match ty {
            Type::String => Ok(self.string_name()),
            Type::Id(id) => {
                let def = &self.resolve.types[*id];
                if def.name.is_some() {
                    match self.walk.type_scope(self.resolve, *id, scope) {
                        TypeOwnerScope::Scope(owner) => self.named(*id, owner),
                        TypeOwnerScope::Anonymous => {
                            Err(self.unsupported(scope, *id, "type of no scope"))
                        }
                    }
                } else {
                    self.anonymous(*id, scope)
                }
            }
            _ => Err(Error::new(ErrorKind::UnsupportedType {
                scope: self.scope_desc(scope),
                name: format!("{ty:?}"),
                kind: "error-context",
            })),
        }
    }

    fn unsupported(&self, scope: usize, id: TypeId, kind: &'static str) -> Error {
        Error::new(ErrorKind::UnsupportedType {
            scope: self.scope_desc(scope),
            name: self.resolve.types[id]
                .name
                .clone()
                .unwrap_or_else(|| "<anonymous>".into()),
            kind,
        })
    }

    /// The part of anonymous type names that stands for `ty`.
    fn fragment(&self, ty: &Type, scope: usize) -> Result<String> {
        if let Some((_, f)) = primitive(ty) {
            return Ok(f.to_string());
        }
        match ty {
            Type::String => Ok("string".into()),
            Type::Id(id) => {
                let def = &self.resolve.types[*id];
                if def.name.is_some() {
                    return Ok(base(&self.ctype(ty, scope)?).to_string());
                }
                Ok(match &def.kind {
                    TypeDefKind::List(t) => format!("list_{}", self.fragment(t, scope)?),
                    TypeDefKind::Option(t) => format!("option_{}", self.fragment(t, scope)?),
                    TypeDefKind::Result(r) => format!(
                        "result_{}_{}",
                        self.opt_fragment(r.ok.as_ref(), scope)?,
                        self.opt_fragment(r.err.as_ref(), scope)?
                    ),
                    TypeDefKind::Tuple(t) => {
                        let mut s = format!("tuple{}", t.types.len());
                        for ty in &t.types {
                            let _ = write!(s, "_{}", self.fragment(ty, scope)?);
                        }
                        s
                    }
                    TypeDefKind::Handle(h) => {
                        let (own, r) = match h {
                            Handle::Own(r) => (true, *r),
                            Handle::Borrow(r) => (false, *r),
                        };
                        let r = resolve_alias(self.resolve, r);
                        let (owner, _) = self.resource_owner(r, scope)?;
                        let rb = self.resource_base(r, owner);
                        format!("{}_{rb}", if own { "own" } else { "borrow" })
                    }
                    TypeDefKind::Type(t) => self.fragment(t, scope)?,
                    _ => return Err(self.unsupported(scope, *id, "anonymous type of this kind")),
                })
            }
            _ => self.ctype(ty, scope),
        }
    }

    fn opt_fragment(&self, ty: Option<&Type>, scope: usize) -> Result<String> {
        match ty {
            Some(t) => self.fragment(t, scope),
            None => Ok("void".into()),
        }
    }

    /// An anonymous type's C name, defined on first use.
    fn anonymous(&self, id: TypeId, scope: usize) -> Result<String> {
        let kind = &self.resolve.types[id].kind;
        if let TypeDefKind::Handle(h) = kind {
            return match h {
                Handle::Own(r) => self.handle_type(resolve_alias(self.resolve, *r), true, scope),
                Handle::Borrow(r) => {
                    self.handle_type(resolve_alias(self.resolve, *r), false, scope)
                }
            };
        }
        if let TypeDefKind::Type(t) = kind {
            return self.ctype(t, scope);
        }
        let fragment = self.fragment(&Type::Id(id), scope)?;
        let name = self.claim(
            "anonymous",
            fragment.clone(),
            &format!("{}_{fragment}", self.world_snake),
            "_t",
        );
        if !self.defined.borrow().contains(&name) {
            self.define(&name, id, scope, None)?;
        }
        Ok(name)
    }

    /// A named type's C name (`owner` is its scope), defined on first use.
    pub(super) fn named(&self, id: TypeId, owner: usize) -> Result<String> {
        let def = &self.resolve.types[id];
        let wit_name = def.name.as_deref().unwrap_or_default();
        if matches!(def.kind, TypeDefKind::Resource) {
            return Err(self.unsupported(owner, id, "resource spelled as a value"));
        }
        let name = self.claim(
            "named",
            format!("{owner}:{}", id.index()),
            &format!("{}_{}", self.prefixes[owner], prefix_part(wit_name)),
            "_t",
        );
        if !self.defined.borrow().contains(&name) {
            self.define(&name, id, owner, Some(wit_name))?;
        }
        Ok(name)
    }

    /// Writes the definition of type `id` as `name`, in scope `scope`.
    fn define(&self, name: &str, id: TypeId, scope: usize, wit_name: Option<&str>) -> Result<()> {
        let def = &self.resolve.types[id];
        let ty = Type::Id(id);
        let vt = self
            .wt
            .val_type(&ty)
            .map_err(|e| Error::new(ErrorKind::Types(e)))?;
        let layout = self.wt.types.layout(vt);
        let b = base(name).to_string();
        let shout = b.to_uppercase();
        let mut text = String::new();
        if let Some(wit_name) = wit_name {
            let docs = def.docs.contents.as_deref().unwrap_or("").trim();
            for line in docs.lines() {
                let _ = writeln!(text, "// {}", line.trim_end());
            }
            if docs.is_empty() {
                let _ = writeln!(text, "// `{wit_name}`");
            }
        }
        let mut consts = String::new();
        // Whether the type is a struct, which gets a `_free`.
        let mut is_struct = true;
        let mut asserts = String::new();
        match &def.kind {
            TypeDefKind::Record(r) => {
                let mut fields = String::new();
                for f in &r.fields {
                    let _ = writeln!(
                        fields,
                        "    {} {};",
                        self.ctype(&f.ty, scope)?,
                        member(&f.name)
                    );
                }
                let _ = write!(text, "typedef struct {name} {{\n{fields}}} {name};\n");
                if let Plan::Record(plans) = self.wt.types.plan(vt) {
                    for (f, p) in r.fields.iter().zip(plans) {
                        let _ = writeln!(
                            asserts,
                            "_Static_assert(offsetof({name}, {}) == {}, \"{name}\");",
                            member(&f.name),
                            p.offset
                        );
                    }
                }
            }
            TypeDefKind::Tuple(t) => {
                let mut fields = String::new();
                for (i, ty) in t.types.iter().enumerate() {
                    let _ = writeln!(fields, "    {} f{i};", self.ctype(ty, scope)?);
                }
                let _ = write!(text, "typedef struct {name} {{\n{fields}}} {name};\n");
                if let Plan::Record(plans) = self.wt.types.plan(vt) {
                    for (i, p) in plans.iter().enumerate() {
                        let _ = writeln!(
                            asserts,
                            "_Static_assert(offsetof({name}, f{i}) == {}, \"{name}\");",
                            p.offset
                        );
                    }
                }
            }
            TypeDefKind::Variant(v) => {
                let Plan::Variant {
                    discriminant,
                    payload_offset,
                    ..
                } = self.wt.types.plan(vt)
                else {
                    return Err(self.unsupported(scope, id, "variant without a variant plan"));
                };
                let mut members = String::new();
                for (i, case) in v.cases.iter().enumerate() {
                    let _ = writeln!(consts, "#define {shout}_{} {i}", shouty(&case.name));
                    if let Some(t) = &case.ty {
                        let _ = writeln!(
                            members,
                            "        {} {};",
                            self.ctype(t, scope)?,
                            member(&case.name)
                        );
                    }
                }
                let union = if members.is_empty() {
                    String::new()
                } else {
                    let _ = writeln!(
                        asserts,
                        "_Static_assert(offsetof({name}, val) == {payload_offset}, \"{name}\");"
                    );
                    format!("    union {{\n{members}    }} val;\n")
                };
                let _ = write!(
                    text,
                    "typedef struct {name} {{\n    {} tag;\n{union}}} {name};\n",
                    disc_ctype(discriminant)
                );
            }
            TypeDefKind::Enum(e) => {
                let Plan::Variant { discriminant, .. } = self.wt.types.plan(vt) else {
                    return Err(self.unsupported(scope, id, "enum without a variant plan"));
                };
                let _ = writeln!(text, "typedef {} {name};", disc_ctype(discriminant));
                for (i, case) in e.cases.iter().enumerate() {
                    let _ = writeln!(consts, "#define {shout}_{} {i}", shouty(&case.name));
                }
                is_struct = false;
            }
            TypeDefKind::Flags(f) => {
                let Plan::Flags { repr, .. } = self.wt.types.plan(vt) else {
                    return Err(self.unsupported(scope, id, "flags without a flags plan"));
                };
                match repr {
                    FlagsRepr::U8 | FlagsRepr::U16 | FlagsRepr::U32s(1) => {
                        let int = match repr {
                            FlagsRepr::U8 => "uint8_t",
                            FlagsRepr::U16 => "uint16_t",
                            _ => "uint32_t",
                        };
                        let _ = writeln!(text, "typedef {int} {name};");
                        for (i, flag) in f.flags.iter().enumerate() {
                            let _ = writeln!(
                                consts,
                                "#define {shout}_{} (({int}) 1 << {i})",
                                shouty(&flag.name)
                            );
                        }
                        is_struct = false;
                    }
                    FlagsRepr::U32s(words) => {
                        let _ = write!(
                            text,
                            "typedef struct {name} {{\n    uint32_t bits[{words}];\n}} {name};\n"
                        );
                        for (i, flag) in f.flags.iter().enumerate() {
                            let flag = shouty(&flag.name);
                            let _ = writeln!(
                                consts,
                                "#define {shout}_{flag} ((uint32_t) 1 << {})",
                                i % 32
                            );
                            let _ = writeln!(consts, "#define {shout}_{flag}_WORD {}", i / 32);
                        }
                    }
                }
            }
            TypeDefKind::Option(t) => {
                let _ = write!(
                    text,
                    "typedef struct {name} {{\n    bool is_some;\n    {} val;\n}} {name};\n",
                    self.ctype(t, scope)?
                );
                if let Plan::Variant { payload_offset, .. } = self.wt.types.plan(vt) {
                    let _ = writeln!(
                        asserts,
                        "_Static_assert(offsetof({name}, val) == {payload_offset}, \"{name}\");"
                    );
                }
            }
            TypeDefKind::Result(r) => {
                let mut members = String::new();
                if let Some(t) = &r.ok {
                    let _ = writeln!(members, "        {} ok;", self.ctype(t, scope)?);
                }
                if let Some(t) = &r.err {
                    let _ = writeln!(members, "        {} err;", self.ctype(t, scope)?);
                }
                let union = if members.is_empty() {
                    String::new()
                } else {
                    if let Plan::Variant { payload_offset, .. } = self.wt.types.plan(vt) {
                        let _ = writeln!(
                            asserts,
                            "_Static_assert(offsetof({name}, val) == {payload_offset}, \"{name}\");"
                        );
                    }
                    format!("    union {{\n{members}    }} val;\n")
                };
                let _ = write!(
                    text,
                    "typedef struct {name} {{\n    bool is_err;\n{union}}} {name};\n"
                );
            }
            TypeDefKind::List(t) => {
                let elem = self.ctype(t, scope)?;
                let _ = write!(
                    text,
                    "typedef struct {name} {{\n    {elem} *ptr;\n    size_t len;\n}} {name};\n"
                );
                self.list_helpers(name, &elem, t)?;
            }
            TypeDefKind::Type(t) => {
                let target = self.ctype(t, scope)?;
                let _ = writeln!(text, "typedef {target} {name};");
                is_struct = false;
                // An alias of a type with a `_free` gets one too.
                if self.is_struct(t) {
                    let target_free = format!("{}_free", base(&target));
                    self.free_fn(name, &format!("    {target_free}(ptr);\n"));
                }
            }
            TypeDefKind::Handle(h) => {
                let (r, own) = match h {
                    Handle::Own(r) => (*r, true),
                    Handle::Borrow(r) => (*r, false),
                };
                let target = self.handle_type(resolve_alias(self.resolve, r), own, scope)?;
                let _ = writeln!(text, "typedef {target} {name};");
                is_struct = false;
            }
            TypeDefKind::FixedLengthList(..) => {
                return Err(self.unsupported(scope, id, "fixed-length list"));
            }
            TypeDefKind::Map(..) => return Err(self.unsupported(scope, id, "map")),
            TypeDefKind::Future(_) => return Err(self.unsupported(scope, id, "future")),
            TypeDefKind::Stream(_) => return Err(self.unsupported(scope, id, "stream")),
            TypeDefKind::Resource => return Err(self.unsupported(scope, id, "resource")),
            TypeDefKind::Unknown => return Err(self.unsupported(scope, id, "unknown type")),
        }
        text.push_str(&consts);
        text.push('\n');
        self.defined.borrow_mut().insert(name.to_string());
        {
            let mut out = self.out.borrow_mut();
            out.typedefs.push_str(&text);
            let _ = writeln!(
                out.asserts,
                "_Static_assert(sizeof({name}) == {} && _Alignof({name}) == {}, \"{name}\");",
                layout.size, layout.align
            );
            out.asserts.push_str(&asserts);
        }
        if is_struct {
            let body = self.free_body(&def.kind, scope)?;
            self.free_fn(name, &body);
        }
        Ok(())
    }

    /// Declares and defines `<base>_free` for type `name`.
    fn free_fn(&self, name: &str, body: &str) {
        let b = base(name);
        let mut out = self.out.borrow_mut();
        let _ = writeln!(out.helper_decls, "extern void {b}_free({name} *ptr);");
        let body = if body.is_empty() {
            "    (void) ptr;\n"
        } else {
            body
        };
        let _ = write!(out.helpers, "void {b}_free({name} *ptr) {{\n{body}}}\n\n");
    }

    /// Whether values of `ty` own something to free or drop.
    pub(super) fn owns_something(&self, ty: &Type) -> Result<bool> {
        let vt = self
            .wt
            .val_type(ty)
            .map_err(|e| Error::new(ErrorKind::Types(e)))?;
        let props = self.wt.types.props(vt);
        Ok(props.has_pointers || props.has_own)
    }

    /// Whether `ty`'s C type is a struct: passed by pointer in signatures,
    /// and with a `_free` function. Strings, lists, records, tuples,
    /// variants, options, results and flags of more than one word.
    pub(super) fn is_struct(&self, ty: &Type) -> bool {
        match self.strip(ty) {
            Type::String => true,
            Type::Id(id) => match &self.resolve.types[id].kind {
                TypeDefKind::Record(_)
                | TypeDefKind::Tuple(_)
                | TypeDefKind::Variant(_)
                | TypeDefKind::Option(_)
                | TypeDefKind::Result(_)
                | TypeDefKind::List(_) => true,
                TypeDefKind::Flags(f) => f.flags.len() > 32,
                _ => false,
            },
            _ => false,
        }
    }

    /// The statement releasing the value at C pointer `ptr` of type `ty`.
    fn free_child(&self, ty: &Type, scope: usize, ptr: &str) -> Result<String> {
        if !self.owns_something(ty)? {
            return Ok(String::new());
        }
        if let Type::Id(id) = ty {
            let target = resolve_alias(self.resolve, *id);
            if let TypeDefKind::Handle(Handle::Own(r)) = &self.resolve.types[target].kind {
                let r = resolve_alias(self.resolve, *r);
                return Ok(format!("{}(*{ptr});", self.drop_own_name(r, scope)?));
            }
        }
        let c = self.ctype(ty, scope)?;
        Ok(format!("{}_free({ptr});", base(&c)))
    }

    /// The body of the `_free` of a struct type of kind `kind`.
    fn free_body(&self, kind: &TypeDefKind, scope: usize) -> Result<String> {
        let mut body = String::new();
        match kind {
            TypeDefKind::Record(r) => {
                for f in &r.fields {
                    let s = self.free_child(&f.ty, scope, &format!("&ptr->{}", member(&f.name)))?;
                    if !s.is_empty() {
                        let _ = writeln!(body, "    {s}");
                    }
                }
            }
            TypeDefKind::Tuple(t) => {
                for (i, ty) in t.types.iter().enumerate() {
                    let s = self.free_child(ty, scope, &format!("&ptr->f{i}"))?;
                    if !s.is_empty() {
                        let _ = writeln!(body, "    {s}");
                    }
                }
            }
            TypeDefKind::Variant(v) => {
                let mut cases = String::new();
                for (i, case) in v.cases.iter().enumerate() {
                    if let Some(t) = &case.ty {
                        let s = self.free_child(
                            t,
                            scope,
                            &format!("&ptr->val.{}", member(&case.name)),
                        )?;
                        if !s.is_empty() {
                            let _ = writeln!(cases, "        case {i}: {s} break;");
                        }
                    }
                }
                if !cases.is_empty() {
                    let _ = write!(
                        body,
                        "    switch (ptr->tag) {{\n{cases}        default: break;\n    }}\n"
                    );
                }
            }
            TypeDefKind::Option(t) => {
                let s = self.free_child(t, scope, "&ptr->val")?;
                if !s.is_empty() {
                    let _ = writeln!(body, "    if (ptr->is_some) {{ {s} }}");
                }
            }
            TypeDefKind::Result(r) => {
                let ok = match &r.ok {
                    Some(t) => self.free_child(t, scope, "&ptr->val.ok")?,
                    None => String::new(),
                };
                let err = match &r.err {
                    Some(t) => self.free_child(t, scope, "&ptr->val.err")?,
                    None => String::new(),
                };
                if !ok.is_empty() || !err.is_empty() {
                    let _ = writeln!(body, "    if (!ptr->is_err) {{ {ok} }} else {{ {err} }}");
                }
            }
            TypeDefKind::List(t) => {
                let s = self.free_child(t, scope, "&ptr->ptr[i]")?;
                if !s.is_empty() {
                    let _ = writeln!(body, "    for (size_t i = 0; i < ptr->len; i++) {{ {s} }}");
                }
                body.push_str("    if (ptr->len > 0) free(ptr->ptr);\n    ptr->ptr = NULL;\n    ptr->len = 0;\n");
            }
            _ => {}
        }
        Ok(body)
    }

    /// `_set` and `_dup` for list type `name` of elements `elem`.
    fn list_helpers(&self, name: &str, elem: &str, elem_ty: &Type) -> Result<()> {
        if self.opts.no_helpers {
            return Ok(());
        }
        let b = base(name);
        let plain = !self.owns_something(elem_ty)?;
        let mut out = self.out.borrow_mut();
        let _ = writeln!(
            out.helper_decls,
            "// Points `ret` at `len` elements from `ptr`, without copying.\nextern void {b}_set({name} *ret, {elem} *ptr, size_t len);"
        );
        let _ = write!(
            out.helpers,
            "void {b}_set({name} *ret, {elem} *ptr, size_t len) {{\n    ret->ptr = ptr;\n    ret->len = len;\n}}\n\n"
        );
        if plain {
            let _ = writeln!(
                out.helper_decls,
                "// Sets `ret` to a copy of `len` elements from `ptr`.\nextern void {b}_dup({name} *ret, const {elem} *ptr, size_t len);"
            );
            let _ = write!(
                out.helpers,
                "void {b}_dup({name} *ret, const {elem} *ptr, size_t len) {{\n    ret->len = len;\n    ret->ptr = NULL;\n    if (len > 0) {{\n        ret->ptr = ({elem} *) malloc(len * sizeof({elem}));\n        if (ret->ptr == NULL) abort();\n        memcpy(ret->ptr, ptr, len * sizeof({elem}));\n    }}\n}}\n\n"
            );
        }
        Ok(())
    }
}
