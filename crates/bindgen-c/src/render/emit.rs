//! The emitter: renders canon-bindgen-core's instruction trees as C
//! statements, between C values and flat core values, and the post-return
//! walk that frees what a result in memory holds.

use canon_abi::{Coercion, Scalar};
use canon_bindgen_core::instr::{Instr, ListBody, Loc};
use canon_bindgen_core::walk::resolve_alias;
use wit_parser::{Type, TypeDefKind};

use super::Generator;
use super::types::disc_ctype;
use crate::StringEncoding;
use crate::error::Result;
use crate::names::member;

/// How a variant-like type's cases are reached in C.
enum Cases {
    /// An enum: the value is the discriminant.
    Enum,
    /// `is_some`, payload `val`.
    Option,
    /// `is_err`, payloads `val.ok` and `val.err`.
    Result,
    /// `tag`, payloads `val.<case>`.
    Variant(Vec<String>),
}

/// Renders instruction trees as C statements.
pub(super) struct Emitter<'g, 'a> {
    pub(super) g: &'g Generator<'a>,
    pub(super) scope: usize,
    pub(super) body: String,
    /// The names of the flat values, by index.
    pub(super) flat: Vec<String>,
    indent: usize,
    counter: usize,
}

impl<'g, 'a> Emitter<'g, 'a> {
    pub(super) fn new(g: &'g Generator<'a>, scope: usize, flat: Vec<String>) -> Self {
        Emitter {
            g,
            scope,
            body: String::new(),
            flat,
            indent: 1,
            counter: 0,
        }
    }

    fn line(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.body.push_str("    ");
        }
        self.body.push_str(text);
        self.body.push('\n');
    }

    fn tmp(&mut self, prefix: &str) -> String {
        self.counter += 1;
        format!("_{prefix}{}", self.counter)
    }

    fn cases(&self, ty: &Type) -> Cases {
        let Type::Id(id) = ty else {
            return Cases::Enum;
        };
        match &self.g.resolve.types[resolve_alias(self.g.resolve, *id)].kind {
            TypeDefKind::Option(_) => Cases::Option,
            TypeDefKind::Result(_) => Cases::Result,
            TypeDefKind::Variant(v) => {
                Cases::Variant(v.cases.iter().map(|c| member(&c.name)).collect())
            }
            _ => Cases::Enum,
        }
    }

    fn record_fields(&self, ty: &Type, count: usize) -> Vec<String> {
        if let Type::Id(id) = ty
            && let TypeDefKind::Record(r) =
                &self.g.resolve.types[resolve_alias(self.g.resolve, *id)].kind
        {
            return r.fields.iter().map(|f| member(&f.name)).collect();
        }
        (0..count).map(|i| format!("f{i}")).collect()
    }

    /// The flat value at `loc`, carried back through its coercions.
    fn read(&self, loc: &Loc) -> String {
        let Loc::Flat { index, coercions } = loc else {
            unreachable!("flat emitters only see flat locations")
        };
        let mut v = self.flat[*index as usize].clone();
        for c in coercions.iter().rev() {
            v = lift_coercion(*c, &v);
        }
        v
    }

    /// Stores core value `value` at `loc` through its coercions.
    fn store(&mut self, loc: &Loc, value: &str) {
        let Loc::Flat { index, coercions } = loc else {
            unreachable!("flat emitters only see flat locations")
        };
        let mut v = value.to_string();
        for c in coercions {
            v = lower_coercion(*c, &v);
        }
        let target = self.flat[*index as usize].clone();
        self.line(&format!("{target} = {v};"));
    }

    /// Lowers the C value `expr` into the flat values.
    pub(super) fn lower(&mut self, instr: &Instr, expr: &str) -> Result<()> {
        match instr {
            Instr::Scalar { scalar, at, .. } => {
                let v = scalar_to_core(*scalar, expr);
                self.store(at, &v);
            }
            Instr::String { ptr, len } | Instr::List { ptr, len, .. } => {
                self.store(ptr, &format!("(int32_t) (uintptr_t) {expr}.ptr"));
                self.store(len, &format!("(int32_t) {expr}.len"));
            }
            Instr::Record { ty, fields } => {
                let names = self.record_fields(ty, fields.len());
                for (field, name) in fields.iter().zip(names) {
                    self.lower(field, &format!("{expr}.{name}"))?;
                }
            }
            Instr::Variant { ty, at, cases, .. } => {
                let shape = self.cases(ty);
                let (scrutinee, payloads): (String, Vec<Option<String>>) = match &shape {
                    Cases::Enum => {
                        self.store(at, &format!("(int32_t) {expr}"));
                        return Ok(());
                    }
                    Cases::Option => (
                        format!("(int) {expr}.is_some"),
                        vec![None, Some(format!("{expr}.val"))],
                    ),
                    Cases::Result => (
                        format!("(int) {expr}.is_err"),
                        vec![
                            Some(format!("{expr}.val.ok")),
                            Some(format!("{expr}.val.err")),
                        ],
                    ),
                    Cases::Variant(names) => (
                        format!("{expr}.tag"),
                        names
                            .iter()
                            .map(|n| Some(format!("{expr}.val.{n}")))
                            .collect(),
                    ),
                };
                self.line(&format!("switch ({scrutinee}) {{"));
                for (i, (case, payload)) in cases.iter().zip(payloads).enumerate() {
                    self.line(&format!("case {i}: {{"));
                    self.indent += 1;
                    self.store(at, &i.to_string());
                    if let (Some(p), Some(path)) = (&case.payload, payload) {
                        self.lower(p, &path)?;
                    }
                    for unused in &case.unused {
                        let name = self.flat[*unused as usize].clone();
                        self.line(&format!("{name} = 0;"));
                    }
                    self.line("break;");
                    self.indent -= 1;
                    self.line("}");
                }
                self.line("default: abort();");
                self.line("}");
            }
            Instr::Flags { words, .. } => {
                if words.len() == 1 {
                    self.store(&words[0], &format!("(int32_t) {expr}"));
                } else {
                    for (i, w) in words.iter().enumerate() {
                        self.store(w, &format!("(int32_t) {expr}.bits[{i}]"));
                    }
                }
            }
            Instr::Handle {
                own, resource, at, ..
            } => {
                let (_, exported) = self.g.resource_owner(*resource, self.scope)?;
                if exported && !own {
                    self.store(at, &format!("(int32_t) (uintptr_t) {expr}"));
                } else {
                    self.store(at, &format!("{expr}.__handle"));
                }
            }
        }
        Ok(())
    }

    /// Lifts the flat values into the C lvalue `lv`.
    pub(super) fn lift(&mut self, instr: &Instr, lv: &str) -> Result<()> {
        match instr {
            Instr::Scalar { scalar, at, .. } => {
                let v = core_to_scalar(*scalar, &self.read(at));
                self.line(&format!("{lv} = {v};"));
            }
            Instr::String { ptr, len } | Instr::List { ptr, len, .. } => {
                let p = self.read(ptr);
                let l = self.read(len);
                self.line(&format!("{lv}.ptr = (void *) (uintptr_t) {p};"));
                self.line(&format!("{lv}.len = (size_t) (uint32_t) {l};"));
            }
            Instr::Record { ty, fields } => {
                let names = self.record_fields(ty, fields.len());
                for (field, name) in fields.iter().zip(names) {
                    self.lift(field, &format!("{lv}.{name}"))?;
                }
            }
            Instr::Variant { ty, at, cases, .. } => {
                let shape = self.cases(ty);
                let disc = self.read(at);
                if let Cases::Enum = shape {
                    let c = self.g.ctype(ty, self.scope)?;
                    self.line(&format!("{lv} = ({c}) {disc};"));
                    return Ok(());
                }
                self.line(&format!("switch ({disc}) {{"));
                for (i, case) in cases.iter().enumerate() {
                    self.line(&format!("case {i}: {{"));
                    self.indent += 1;
                    let payload = match &shape {
                        Cases::Option => {
                            self.line(&format!(
                                "{lv}.is_some = {};",
                                if i == 1 { "true" } else { "false" }
                            ));
                            format!("{lv}.val")
                        }
                        Cases::Result => {
                            self.line(&format!(
                                "{lv}.is_err = {};",
                                if i == 1 { "true" } else { "false" }
                            ));
                            format!("{lv}.val.{}", if i == 1 { "err" } else { "ok" })
                        }
                        Cases::Variant(names) => {
                            self.line(&format!("{lv}.tag = {i};"));
                            format!("{lv}.val.{}", names[i])
                        }
                        Cases::Enum => String::new(),
                    };
                    if let Some(p) = &case.payload {
                        self.lift(p, &payload)?;
                    }
                    self.line("break;");
                    self.indent -= 1;
                    self.line("}");
                }
                self.line("default: abort();");
                self.line("}");
            }
            Instr::Flags { ty, words, .. } => {
                if words.len() == 1 {
                    let c = self.g.ctype(ty, self.scope)?;
                    let v = self.read(&words[0]);
                    self.line(&format!("{lv} = ({c}) {v};"));
                } else {
                    for (i, w) in words.iter().enumerate() {
                        let v = self.read(w);
                        self.line(&format!("{lv}.bits[{i}] = (uint32_t) {v};"));
                    }
                }
            }
            Instr::Handle {
                own, resource, at, ..
            } => {
                let (_, exported) = self.g.resource_owner(*resource, self.scope)?;
                let v = self.read(at);
                if exported && !own {
                    let c = self.g.handle_type(*resource, false, self.scope)?;
                    self.line(&format!("{lv} = ({c}) (uintptr_t) {v};"));
                } else {
                    self.line(&format!("{lv}.__handle = {v};"));
                }
            }
        }
        Ok(())
    }

    /// Frees what the value at `base` (a `uint8_t *` expression) in memory
    /// holds: its strings and lists, element by element.
    pub(super) fn free_memory(&mut self, instr: &Instr, base: &str) {
        match instr {
            Instr::Scalar { .. } | Instr::Flags { .. } | Instr::Handle { .. } => {}
            Instr::String { ptr, len } => {
                let (p, l) = (mem_offset(ptr), mem_offset(len));
                let units = match self.g.encoding() {
                    StringEncoding::CompactUtf16 => " & 0x7fffffff",
                    _ => "",
                };
                self.line(&format!(
                    "if ((*(uint32_t *) ({base} + {l}){units}) != 0) free(*(void **) ({base} + {p}));"
                ));
            }
            Instr::List {
                ptr,
                len,
                elem_layout,
                body,
                ..
            } => {
                let (p, l) = (mem_offset(ptr), mem_offset(len));
                if let ListBody::Elements(elem) = body
                    && elem.has_pointers()
                {
                    let list = self.tmp("list");
                    let i = self.tmp("i");
                    self.line("{");
                    self.indent += 1;
                    self.line(&format!("uint8_t *{list} = *(uint8_t **) ({base} + {p});"));
                    self.line(&format!(
                        "for (uint32_t {i} = 0; {i} < *(uint32_t *) ({base} + {l}); {i}++) {{"
                    ));
                    self.indent += 1;
                    let elem_base = self.tmp("elem");
                    self.line(&format!(
                        "uint8_t *{elem_base} = {list} + {i} * {};",
                        elem_layout.size
                    ));
                    self.free_memory(elem, &elem_base);
                    self.indent -= 1;
                    self.line("}");
                    self.indent -= 1;
                    self.line("}");
                }
                self.line(&format!(
                    "if (*(uint32_t *) ({base} + {l}) != 0) free(*(void **) ({base} + {p}));"
                ));
            }
            Instr::Record { fields, .. } => {
                for f in fields {
                    self.free_memory(f, base);
                }
            }
            Instr::Variant {
                discriminant,
                at,
                cases,
                ..
            } => {
                if !cases
                    .iter()
                    .any(|c| c.payload.as_ref().is_some_and(Instr::has_pointers))
                {
                    return;
                }
                let d = disc_ctype(*discriminant);
                self.line(&format!(
                    "switch (*({d} *) ({base} + {})) {{",
                    mem_offset(at)
                ));
                for (i, case) in cases.iter().enumerate() {
                    if let Some(p) = &case.payload
                        && p.has_pointers()
                    {
                        self.line(&format!("case {i}: {{"));
                        self.indent += 1;
                        self.free_memory(p, base);
                        self.line("break;");
                        self.indent -= 1;
                        self.line("}");
                    }
                }
                self.line("default: break;");
                self.line("}");
            }
        }
    }
}

fn mem_offset(loc: &Loc) -> u32 {
    match loc {
        Loc::Memory { offset } => *offset,
        Loc::Flat { .. } => unreachable!("memory walks only see memory locations"),
    }
}

fn lower_coercion(c: Coercion, v: &str) -> String {
    match c {
        Coercion::None => v.to_string(),
        Coercion::F32AsI32 => format!("canon_f32_bits({v})"),
        Coercion::I32AsI64 => format!("(int64_t) (uint32_t) ({v})"),
        Coercion::F32AsI64 => format!("(int64_t) (uint32_t) canon_f32_bits({v})"),
        Coercion::F64AsI64 => format!("canon_f64_bits({v})"),
    }
}

fn lift_coercion(c: Coercion, v: &str) -> String {
    match c {
        Coercion::None => v.to_string(),
        Coercion::F32AsI32 => format!("canon_bits_f32({v})"),
        Coercion::I32AsI64 => format!("(int32_t) ({v})"),
        Coercion::F32AsI64 => format!("canon_bits_f32((int32_t) ({v}))"),
        Coercion::F64AsI64 => format!("canon_bits_f64({v})"),
    }
}

fn scalar_to_core(s: Scalar, v: &str) -> String {
    match s {
        Scalar::S64 | Scalar::F32 | Scalar::F64 => v.to_string(),
        Scalar::U64 => format!("(int64_t) {v}"),
        _ => format!("(int32_t) {v}"),
    }
}

fn core_to_scalar(s: Scalar, v: &str) -> String {
    match s {
        Scalar::Bool => format!("({v}) != 0"),
        Scalar::S8 => format!("(int8_t) {v}"),
        Scalar::U8 => format!("(uint8_t) {v}"),
        Scalar::S16 => format!("(int16_t) {v}"),
        Scalar::U16 => format!("(uint16_t) {v}"),
        Scalar::S32 => format!("(int32_t) {v}"),
        Scalar::U32 | Scalar::Char => format!("(uint32_t) {v}"),
        Scalar::S64 => format!("(int64_t) {v}"),
        Scalar::U64 => format!("(uint64_t) {v}"),
        Scalar::F32 => format!("(float) {v}"),
        Scalar::F64 => format!("(double) {v}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coercions_round_trip_in_c_spelling() {
        assert_eq!(
            lower_coercion(Coercion::I32AsI64, "x"),
            "(int64_t) (uint32_t) (x)"
        );
        assert_eq!(lift_coercion(Coercion::I32AsI64, "x"), "(int32_t) (x)");
        assert_eq!(
            lift_coercion(Coercion::F32AsI64, "y"),
            "canon_bits_f32((int32_t) (y))"
        );
    }
}
