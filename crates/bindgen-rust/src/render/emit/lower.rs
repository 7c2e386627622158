//! Lowering: Rust values into flat values or linear memory.

use std::fmt::Write as _;

use crate::error::Result;
use canon_abi::{FlagsRepr, FlatType};
use canon_bindgen_core::instr::{Instr, ListBody, Loc};
use wit_parser::{Type, TypeDefKind};

use super::{Emitter, disc_mem, flat_rust, scalar_to_core, scalar_to_mem};
use crate::render::{Mode, Val, ident, type_ident};

impl Emitter<'_, '_> {
    /// Emits the statements lowering `val`, described by `instr`.
    pub(in crate::render) fn lower(&mut self, instr: &Instr, val: &Val, mode: Mode) -> Result<()> {
        // Entering a named type decides the form of what it holds: a
        // borrowing definition holds borrowing forms, an owning one owning forms.
        let outer = self.borrowing;
        let mut mode = mode;
        if let Some(Type::Id(id)) = instr_type(instr)
            && self.g.resolve.types[*id].name.is_some()
        {
            self.borrowing = self.g.borrowing_form(*id, outer);
            // A definition in borrowing form holds borrowed strings and
            // lists, which outlive the call even when the value around
            // them is consumed: they stay borrowed.
            if self.borrowing && mode == Mode::Move {
                mode = Mode::Borrow;
            }
        }
        let lowered = self.lower_value(instr, val, mode);
        self.borrowing = outer;
        lowered
    }

    fn lower_value(&mut self, instr: &Instr, val: &Val, mode: Mode) -> Result<()> {
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
                    Mode::Give | Mode::Move => {
                        let _ = writeln!(
                            self.body,
                            "let ({p}, {l}) = _rt::list_lower({}.into_bytes());",
                            val.expr
                        );
                        if mode == Mode::Move {
                            self.cleanup(&format!("({p}, {l}, 1)"));
                        }
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
                        Mode::Give | Mode::Move => {
                            let _ = writeln!(
                                self.body,
                                "let ({p}, {l}) = _rt::list_lower({});",
                                val.expr
                            );
                            if mode == Mode::Move {
                                self.cleanup(&format!(
                                    "({p}, {l} * {}, {})",
                                    elem_layout.size, elem_layout.align
                                ));
                            }
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
                        if mode != Mode::Give {
                            self.cleanup(&format!("({p}, {l} * {size}, {align})"));
                        }
                        let consume = mode != Mode::Borrow || self.g.has_own(elem);
                        let inner = if consume && mode == Mode::Borrow {
                            Mode::Move
                        } else {
                            mode
                        };
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
                            inner,
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
                let by_value = mode != Mode::Borrow || has_own;
                let inner = if by_value && mode == Mode::Borrow {
                    Mode::Move
                } else {
                    mode
                };
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
                            inner,
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

    pub(in crate::render) fn case_pattern(
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

    /// Frees `(ptr, size, align)` after the import call.
    fn cleanup(&mut self, block: &str) {
        self.needs_cleanup = true;
        let _ = writeln!(self.body, "_cleanup.push({block});");
    }

    pub(in crate::render) fn write_ptr_len(&mut self, ptr: &Loc, len: &Loc, p: &str, l: &str) {
        if Self::is_flat(ptr) {
            self.write(ptr, &format!("{p} as i32"), "");
            self.write(len, &format!("{l} as i32"), "");
        } else {
            self.write(ptr, p, "*mut u8");
            self.write(len, l, "usize");
        }
    }
}

/// The type an instruction moves, if it names one.
fn instr_type(instr: &Instr) -> Option<&Type> {
    match instr {
        Instr::Scalar { ty, .. }
        | Instr::List { ty, .. }
        | Instr::Record { ty, .. }
        | Instr::Variant { ty, .. }
        | Instr::Flags { ty, .. }
        | Instr::Handle { ty, .. } => Some(ty),
        Instr::String { .. } => None,
    }
}
