//! The emitter: renders canon-bindgen-core's instruction trees as Rust statements.

use std::fmt::Write as _;

use canon_abi::{Coercion, DiscriminantSize, FlatType, Scalar};
use canon_bindgen_core::instr::Loc;
use canon_bindgen_core::walk::resolve_alias;
use wit_parser::{Type, TypeDefKind};

use super::Generator;

mod lift;
mod lower;

/// Renders instruction trees as Rust statements.
pub(super) struct Emitter<'g, 'a> {
    pub(super) g: &'g Generator<'a>,
    pub(super) scope: usize,
    pub(super) body: String,
    pub(super) counter: usize,
    pub(super) base: String,
    pub(super) flat_prefix: &'static str,
    pub(super) flat_types: Vec<FlatType>,
    /// Lifting the parameters of an export: borrows of imported resources
    /// are references to where the handle sits.
    pub(super) export_borrows: bool,
    /// Set when lifting an export's parameters left lists in memory that the
    /// lifted borrows still point into: they are freed after the call, from
    /// the `_frees` list the body collects them in.
    pub(super) deferred_frees: bool,
    /// Set when an export's parameters hold borrows of imported resources:
    /// the body collects their handles in `_borrows` and drops them after
    /// the call, as the callee of a lend must.
    pub(super) deferred_borrows: bool,
    /// Lifting a top-level parameter that is itself a borrow: its handle is
    /// kept in a local (listed in `lent`) instead of the `_borrows` list,
    /// which would allocate on every call.
    pub(super) top_level_handle: bool,
    /// `(local, resource path)` of the borrows kept in locals, dropped after
    /// the call.
    pub(super) lent: Vec<(String, String)>,
    /// How many lifted values so far are references to where a borrowed
    /// handle of an imported resource sits: a list whose elements made any
    /// must outlive the call.
    pub(super) handle_references: usize,
    /// Set when lowering an import's parameters left buffers in `_cleanup`
    /// to free after the call.
    pub(super) needs_cleanup: bool,
    /// Lowering the parameters of an import: named types with two forms are
    /// in their borrowing form (until a definition in owning form is entered).
    pub(super) borrowing: bool,
}

impl<'g, 'a> Emitter<'g, 'a> {
    pub(super) fn new(g: &'g Generator<'a>, scope: usize, flat_types: Vec<FlatType>) -> Self {
        Emitter {
            g,
            scope,
            body: String::new(),
            counter: 0,
            base: "_area".into(),
            flat_prefix: "_arg",
            flat_types,
            export_borrows: false,
            deferred_frees: false,
            deferred_borrows: false,
            top_level_handle: false,
            lent: Vec::new(),
            handle_references: 0,
            needs_cleanup: false,
            borrowing: false,
        }
    }

    pub(super) fn tmp(&mut self, prefix: &str) -> String {
        self.counter += 1;
        format!("_{prefix}{}", self.counter)
    }

    pub(super) fn flat_var(&self, index: u32) -> String {
        format!("{}{index}", self.flat_prefix)
    }

    /// A store of `value` (already of the memory type `mem`) or of the flat value.
    pub(super) fn write(&mut self, loc: &Loc, value: &str, mem: &str) {
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
    pub(super) fn read_flat_or_mem(&self, loc: &Loc, mem: &str) -> String {
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

    pub(super) fn is_flat(loc: &Loc) -> bool {
        matches!(loc, Loc::Flat { .. })
    }

    pub(super) fn type_path(&self, ty: &Type) -> String {
        match ty {
            Type::Id(id) if self.g.resolve.types[*id].name.is_some() => {
                self.g.named_path_in_form(*id, self.scope, self.borrowing)
            }
            _ => String::new(),
        }
    }

    pub(super) fn kind(&self, ty: &Type) -> Option<&'a TypeDefKind> {
        match ty {
            Type::Id(id) => Some(&self.g.resolve.types[resolve_alias(self.g.resolve, *id)].kind),
            _ => None,
        }
    }

    /// The path of the named definition behind `ty` (for patterns and literals).
    pub(super) fn def_path(&self, ty: &Type) -> String {
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
}

pub(super) fn flat_rust(t: FlatType) -> &'static str {
    match t {
        FlatType::I32 => "i32",
        FlatType::I64 => "i64",
        FlatType::F32 => "f32",
        FlatType::F64 => "f64",
    }
}

pub(super) fn p(v: &str) -> String {
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
