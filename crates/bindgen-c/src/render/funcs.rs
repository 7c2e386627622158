//! Functions: imported functions (a core import and the C function that
//! lowers its parameters and lifts its result) and exported ones (the core
//! export that lifts, calls the user's function and lowers, and its
//! post-return).

use std::fmt::Write as _;

use canon_abi::{AbiVariant, FlatType};
use canon_bindgen_core::instr::{Abi, FuncAbi, Instr, Loc};
use canon_bindgen_core::walk::{ScopeKind, resolve_alias};
use canon_wit::names::{self, FunctionName};
use wit_parser::{Function, Handle, Type, TypeDefKind};

use super::Generator;
use super::emit::Emitter;
use super::types::base;
use crate::error::{Error, ErrorKind, Result};
use crate::names::{member, prefix_part};

/// How a function's result reaches C.
pub(super) enum Shape {
    None,
    /// Returned by value.
    Direct(String),
    /// Written to `T *ret`.
    Aggregate(String),
    /// `bool f(..., T *ret)`.
    Option(String),
    /// `bool f(..., T *ret, E *err)`.
    Result(Option<String>, Option<String>),
}

/// A C function's parameters and result.
pub(super) struct Signature {
    /// `(C type, name, by pointer)`.
    pub(super) params: Vec<(String, String, bool)>,
    /// The type of the whole result.
    pub(super) result: Option<String>,
    pub(super) shape: Shape,
}

impl Signature {
    fn ret_type(&self) -> &str {
        match &self.shape {
            Shape::None | Shape::Aggregate(_) => "void",
            Shape::Direct(t) => t,
            Shape::Option(_) | Shape::Result(..) => "bool",
        }
    }

    pub(super) fn prototype(&self, name: &str) -> String {
        let mut params: Vec<String> = self
            .params
            .iter()
            .map(|(t, n, by_ptr)| {
                if *by_ptr {
                    format!("{t} *{n}")
                } else {
                    format!("{t} {n}")
                }
            })
            .collect();
        match &self.shape {
            Shape::Aggregate(t) | Shape::Option(t) => params.push(format!("{t} *ret")),
            Shape::Result(ok, err) => {
                if let Some(t) = ok {
                    params.push(format!("{t} *ret"));
                }
                if let Some(t) = err {
                    params.push(format!("{t} *err"));
                }
            }
            Shape::None | Shape::Direct(_) => {}
        }
        if params.is_empty() {
            params.push("void".into());
        }
        format!("{} {name}({})", self.ret_type(), params.join(", "))
    }
}

fn flat_c(t: FlatType) -> &'static str {
    match t {
        FlatType::I32 => "int32_t",
        FlatType::I64 => "int64_t",
        FlatType::F32 => "float",
        FlatType::F64 => "double",
    }
}

/// Where the value a tree describes starts in memory.
fn first_offset(instr: &Instr) -> u32 {
    let loc = match instr {
        Instr::Scalar { at, .. } | Instr::Variant { at, .. } | Instr::Handle { at, .. } => at,
        Instr::String { ptr, .. } | Instr::List { ptr, .. } => ptr,
        // Flags with no members (which no binary accepts) have no words.
        Instr::Flags { words, .. } => match words.first() {
            Some(word) => word,
            None => return 0,
        },
        Instr::Record { fields, .. } => return fields.first().map_or(0, first_offset),
    };
    match loc {
        Loc::Memory { offset } => *offset,
        Loc::Flat { .. } => 0,
    }
}

impl Generator<'_> {
    /// Renders every function of scope `index`.
    pub(super) fn scope_functions(&self, index: usize) -> Result<()> {
        let scope = &self.walk.scopes[index];
        for func in &scope.functions {
            match scope.kind {
                ScopeKind::Import => self.import_function(index, func)?,
                ScopeKind::Export => self.export_function(index, func)?,
            }
        }
        Ok(())
    }

    fn func_abi(&self, index: usize, func: &Function, dir: AbiVariant) -> Result<FuncAbi> {
        Abi::new(self.resolve, &self.wt)
            .func(func, dir)
            .map_err(|source| {
                Error::new(ErrorKind::Function {
                    scope: self.scope_desc(index),
                    function: func.name.clone(),
                    source,
                })
            })
    }

    /// The C name of `func` of scope `index`.
    pub(super) fn func_name(&self, index: usize, func: &Function) -> String {
        let stem = match FunctionName::parse(&func.name) {
            FunctionName::Freestanding(name) => prefix_part(name),
            FunctionName::Constructor { resource } => {
                format!("constructor_{}", prefix_part(resource))
            }
            FunctionName::Method { resource, name } => {
                format!("method_{}_{}", prefix_part(resource), prefix_part(name))
            }
            FunctionName::Static { resource, name } => {
                format!("static_{}_{}", prefix_part(resource), prefix_part(name))
            }
        };
        self.claim(
            "func",
            format!("{index}:{}", func.name),
            &format!("{}_{stem}", self.prefixes[index]),
            "",
        )
    }

    pub(super) fn signature(&self, index: usize, func: &Function) -> Result<Signature> {
        let mut params = Vec::new();
        for p in &func.params {
            params.push((
                self.ctype(&p.ty, index)?,
                member(&p.name),
                self.is_struct(&p.ty),
            ));
        }
        let (result, shape) = match &func.result {
            None => (None, Shape::None),
            Some(ty) => {
                let whole = self.ctype(ty, index)?;
                let kind = match ty {
                    Type::Id(id) => {
                        Some(&self.resolve.types[resolve_alias(self.resolve, *id)].kind)
                    }
                    _ => None,
                };
                let shape = match kind {
                    Some(TypeDefKind::Option(t)) => Shape::Option(self.ctype(t, index)?),
                    Some(TypeDefKind::Result(r)) => Shape::Result(
                        r.ok.as_ref().map(|t| self.ctype(t, index)).transpose()?,
                        r.err.as_ref().map(|t| self.ctype(t, index)).transpose()?,
                    ),
                    _ if self.is_struct(ty) => Shape::Aggregate(whole.clone()),
                    _ => Shape::Direct(whole.clone()),
                };
                (Some(whole), shape)
            }
        };
        Ok(Signature {
            params,
            result,
            shape,
        })
    }

    fn docs(func: &Function) -> String {
        let mut text = String::new();
        if let Some(docs) = &func.docs.contents {
            for line in docs.trim().lines() {
                let _ = writeln!(text, "// {}", line.trim_end());
            }
        }
        text
    }

    fn import_function(&self, index: usize, func: &Function) -> Result<()> {
        let abi = self.func_abi(index, func, AbiVariant::GuestImport)?;
        let sig = self.signature(index, func)?;
        let name = self.func_name(index, func);
        let key = self.walk.scopes[index].key.as_ref();
        let (module, field) = names::import_function(self.resolve, key, func);
        let core = &abi.signature;
        let core_ret = core.results.first().map_or("void", |t| flat_c(*t));
        let core_params: Vec<&str> = core.params.iter().map(|t| flat_c(*t)).collect();
        let mut text = format!(
            "__attribute__((__import_module__(\"{module}\"), __import_name__(\"{field}\")))\n\
             extern {core_ret} __wasm_import_{name}({});\n\n{} {{\n",
            if core_params.is_empty() {
                "void".to_string()
            } else {
                core_params.join(", ")
            },
            sig.prototype(&name)
        );
        let mut args = Vec::new();
        let flat_count = core.params.len() - usize::from(core.retptr);
        let mut em = Emitter::new(self, index, Vec::new());
        match abi.params_area {
            None => {
                em.flat = (0..flat_count).map(|i| format!("_arg{i}")).collect();
                for (i, t) in core.params.iter().take(flat_count).enumerate() {
                    let _ = writeln!(text, "    {} _arg{i} = 0;", flat_c(*t));
                }
                for (instr, (_, pname, by_ptr)) in abi.params.iter().zip(&sig.params) {
                    let expr = if *by_ptr {
                        format!("(*{pname})")
                    } else {
                        pname.clone()
                    };
                    em.lower(instr, &expr)?;
                }
                args.extend(em.flat.clone());
            }
            Some(layout) => {
                let _ = writeln!(
                    text,
                    "    _Alignas({}) uint8_t _params[{}];",
                    layout.align, layout.size
                );
                for (instr, (_, pname, by_ptr)) in abi.params.iter().zip(&sig.params) {
                    let src = if *by_ptr {
                        pname.clone()
                    } else {
                        format!("&{pname}")
                    };
                    let _ = writeln!(
                        text,
                        "    memcpy(_params + {}, {src}, sizeof(*{src}));",
                        first_offset(instr)
                    );
                }
                args.push("(int32_t) (uintptr_t) _params".into());
            }
        }
        text.push_str(&em.body);
        if let Some(layout) = abi.result_area {
            let _ = writeln!(
                text,
                "    _Alignas({}) uint8_t _ret_area[{}];",
                layout.align, layout.size
            );
            args.push("(int32_t) (uintptr_t) _ret_area".into());
        }
        let call = format!("__wasm_import_{name}({})", args.join(", "));
        match (&abi.result, &sig.result) {
            (Some(instr), Some(result_type)) => {
                let _ = writeln!(text, "    {result_type} _result;");
                if abi.result_area.is_some() {
                    let _ = writeln!(
                        text,
                        "    {call};\n    memcpy(&_result, _ret_area, sizeof(_result));"
                    );
                } else {
                    let _ = writeln!(text, "    {core_ret} _ret0 = {call};");
                    let mut em = Emitter::new(self, index, vec!["_ret0".into()]);
                    em.lift(instr, "_result")?;
                    text.push_str(&em.body);
                }
                match &sig.shape {
                    Shape::None => {}
                    Shape::Direct(_) => text.push_str("    return _result;\n"),
                    Shape::Aggregate(_) => text.push_str("    *ret = _result;\n"),
                    Shape::Option(_) => text.push_str(
                        "    if (_result.is_some) {\n        *ret = _result.val;\n        return true;\n    }\n    return false;\n",
                    ),
                    Shape::Result(ok, err) => {
                        let _ = write!(
                            text,
                            "    if (!_result.is_err) {{\n{}        return true;\n    }}\n{}    return false;\n",
                            if ok.is_some() { "        *ret = _result.val.ok;\n" } else { "" },
                            if err.is_some() { "    *err = _result.val.err;\n" } else { "" },
                        );
                    }
                }
            }
            _ => {
                let _ = writeln!(text, "    {call};");
            }
        }
        text.push_str("}\n\n");
        let mut out = self.out.borrow_mut();
        out.imports.push_str(&text);
        let _ = write!(
            out.import_decls,
            "{}extern {};\n\n",
            Self::docs(func),
            sig.prototype(&name)
        );
        Ok(())
    }

    fn export_function(&self, index: usize, func: &Function) -> Result<()> {
        let abi = self.func_abi(index, func, AbiVariant::GuestExport)?;
        let sig = self.signature(index, func)?;
        let name = self.func_name(index, func);
        let key = self.walk.scopes[index].key.as_ref();
        let export = names::export_function(self.resolve, key, func);
        let core = &abi.signature;
        let core_ret = core.results.first().map_or("void", |t| flat_c(*t));
        let core_params: Vec<String> = core
            .params
            .iter()
            .enumerate()
            .map(|(i, t)| format!("{} _arg{i}", flat_c(*t)))
            .collect();
        let core_params = if core_params.is_empty() {
            "void".to_string()
        } else {
            core_params.join(", ")
        };
        let wrapper = format!("__wasm_export_{name}");
        let mut text = format!(
            "__attribute__((__export_name__(\"{export}\")))\n{core_ret} {wrapper}({core_params});\n\
             {core_ret} {wrapper}({core_params}) {{\n"
        );
        // Lift the parameters into locals.
        let locals: Vec<String> = sig
            .params
            .iter()
            .map(|(_, n, _)| format!("_p_{n}"))
            .collect();
        for ((t, _, _), local) in sig.params.iter().zip(&locals) {
            let _ = writeln!(text, "    {t} {local};");
        }
        match abi.params_area {
            None => {
                let mut em = Emitter::new(
                    self,
                    index,
                    (0..core.params.len()).map(|i| format!("_arg{i}")).collect(),
                );
                for (instr, local) in abi.params.iter().zip(&locals) {
                    em.lift(instr, local)?;
                }
                text.push_str(&em.body);
            }
            Some(_) => {
                text.push_str("    uint8_t *_params = (uint8_t *) (uintptr_t) _arg0;\n");
                for (instr, local) in abi.params.iter().zip(&locals) {
                    let _ = writeln!(
                        text,
                        "    memcpy(&{local}, _params + {}, sizeof({local}));",
                        first_offset(instr)
                    );
                }
                text.push_str("    free(_params);\n");
            }
        }
        // Call the user's function.
        let mut args: Vec<String> = sig
            .params
            .iter()
            .zip(&locals)
            .map(|((_, _, by_ptr), l)| if *by_ptr { format!("&{l}") } else { l.clone() })
            .collect();
        if let Some(t) = &sig.result {
            let _ = writeln!(text, "    {t} _result;");
        }
        match &sig.shape {
            Shape::None => {
                let _ = writeln!(text, "    {name}({});", args.join(", "));
            }
            Shape::Direct(_) => {
                let _ = writeln!(text, "    _result = {name}({});", args.join(", "));
            }
            Shape::Aggregate(_) => {
                args.push("&_result".into());
                let _ = writeln!(text, "    {name}({});", args.join(", "));
            }
            Shape::Option(_) => {
                args.push("&_result.val".into());
                let _ = writeln!(text, "    _result.is_some = {name}({});", args.join(", "));
            }
            Shape::Result(ok, err) => {
                if ok.is_some() {
                    args.push("&_result.val.ok".into());
                }
                if err.is_some() {
                    args.push("&_result.val.err".into());
                }
                let _ = writeln!(text, "    _result.is_err = !{name}({});", args.join(", "));
            }
        }
        if self.opts.autodrop_borrows {
            for (p, local) in func.params.iter().zip(&locals) {
                if let Some(drop) = self.imported_borrow_drop(&p.ty, index)? {
                    let _ = writeln!(text, "    {drop}({local});");
                }
            }
        }
        // Lower the result.
        match &abi.result {
            None => {}
            Some(instr) => match abi.result_area {
                None => {
                    let _ = writeln!(text, "    {core_ret} _ret0 = 0;");
                    let mut em = Emitter::new(self, index, vec!["_ret0".into()]);
                    em.lower(instr, "_result")?;
                    text.push_str(&em.body);
                    text.push_str("    return _ret0;\n");
                }
                Some(layout) => {
                    {
                        let mut area = self.ret_area.borrow_mut();
                        area.0 = area.0.max(layout.size);
                        area.1 = area.1.max(layout.align);
                    }
                    let area = self.ret_area_name();
                    let _ = writeln!(
                        text,
                        "    memcpy({area}, &_result, sizeof(_result));\n    return (int32_t) (uintptr_t) {area};"
                    );
                }
            },
        }
        text.push_str("}\n\n");
        if let (Some(instr), Some(_)) = (&abi.result, abi.result_area)
            && instr.has_pointers()
        {
            let post = names::post_return(&export);
            let mut em = Emitter::new(self, index, Vec::new());
            em.free_memory(instr, "_base");
            let _ = write!(
                text,
                "// Frees what the result gave away, once the host has read it.\n\
                 __attribute__((__export_name__(\"{post}\")))\nvoid {wrapper}_post_return(int32_t _arg0);\n\
                 void {wrapper}_post_return(int32_t _arg0) {{\n    uint8_t *_base = (uint8_t *) (uintptr_t) _arg0;\n{}}}\n\n",
                em.body
            );
        }
        let mut out = self.out.borrow_mut();
        out.exports.push_str(&text);
        let _ = write!(
            out.export_decls,
            "{}{};\n\n",
            Self::docs(func),
            sig.prototype(&name)
        );
        Ok(())
    }

    /// For a parameter that is a borrow of an imported resource, the
    /// function dropping it.
    fn imported_borrow_drop(&self, ty: &Type, index: usize) -> Result<Option<String>> {
        let Type::Id(id) = ty else { return Ok(None) };
        let TypeDefKind::Handle(Handle::Borrow(r)) =
            &self.resolve.types[resolve_alias(self.resolve, *id)].kind
        else {
            return Ok(None);
        };
        let r = resolve_alias(self.resolve, *r);
        let (owner, exported) = self.resource_owner(r, index)?;
        if exported {
            return Ok(None);
        }
        self.resource_types(r, owner)?;
        Ok(Some(format!(
            "{}_drop_borrow",
            base(&self.resource_names(r, owner).base)
        )))
    }
}
