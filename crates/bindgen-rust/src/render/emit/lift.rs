//! Lifting flat values or linear memory into Rust values, and freeing what a lowered result gave away.

use std::fmt::Write as _;

use crate::error::Result;
use canon_abi::FlagsRepr;
use canon_bindgen_core::instr::{Instr, ListBody, Loc};
use wit_parser::TypeDefKind;

use super::{Emitter, core_to_scalar, disc_mem, mem_to_scalar, p, scalar_rust, scalar_to_mem};
use crate::render::{ident, type_ident};

impl<'a> Emitter<'_, 'a> {
    pub(in crate::render) fn read_ptr_len(&self, ptr: &Loc, len: &Loc) -> (String, String) {
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
    pub(in crate::render) fn lift(&mut self, instr: &Instr) -> Result<String> {
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
                        let references_before = self.handle_references;
                        let e = self.lift(elem_instr)?;
                        self.base = saved;
                        self.flat_prefix = saved_prefix;
                        let _ = writeln!(self.body, "{v}.push({e}); }}");
                        if self.export_borrows && self.handle_references > references_before {
                            // The lifted borrows may point into this list:
                            // it is freed once the export returns.
                            self.deferred_frees = true;
                            let _ =
                                writeln!(self.body, "_frees.push(({p}, {l} * {size}, {align}));");
                        } else {
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
                    if self.export_borrows && self.top_level_handle {
                        // The callee must drop every borrow it was lent
                        // before it returns: after the call.
                        let local = self.tmp("lent");
                        let _ = writeln!(self.body, "let {local} = {} as u32;", p(&h));
                        self.lent.push((local, path.clone()));
                    } else if self.export_borrows {
                        self.deferred_borrows = true;
                        let _ = writeln!(
                            self.body,
                            "_borrows.push(({} as u32, <{path} as _rt::WasmResource>::drop));",
                            p(&h)
                        );
                    }
                    self.handle_references += 1;
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
    pub(in crate::render) fn free(&mut self, instr: &Instr) {
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
