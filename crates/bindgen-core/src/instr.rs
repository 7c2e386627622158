//! canon-abi plans turned into instruction trees that backends render.
//!
//! An [`Instr`] describes how one value of one WIT type moves between a
//! language's values and core wasm, in either direction: the same tree reads
//! as a lowering (source values are written to the [`Loc`]s) or a lifting
//! (values are built from the [`Loc`]s). Every location is precomputed from
//! canon-abi's [`Plan`]s:
//!
//! - [`Loc::Flat`]: the function's flat value number `index`, reached through
//!   the variant-join [`Coercion`]s listed innermost first;
//! - [`Loc::Memory`]: a byte offset from the current base pointer, which is the
//!   spilled parameter area or return area at the top of a tree, and the
//!   element being visited inside [`ListBody::Elements`].
//!
//! Memory accesses take their width from the node: a scalar's own size, a
//! variant's [`DiscriminantSize`], a flags word's [`FlagsRepr`], and 32 bits
//! for pointers, lengths and handles.

use canon_abi::{
    AbiError, AbiVariant, Coercion, CoreSignature, DiscriminantSize, FlagsRepr, Layout, ParamsPlan,
    Plan, ResultPlan, Scalar, WitTypes,
};
use wit_parser::{Function, Handle, Resolve, Type, TypeDefKind, TypeId};

use crate::walk::resolve_alias;

/// Where a core value sits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loc {
    /// The function's flat value `index`, carried through `coercions`
    /// (innermost first: lowering applies them in order, lifting in reverse).
    Flat {
        index: u32,
        coercions: Vec<Coercion>,
    },
    /// `offset` bytes past the current base pointer.
    Memory { offset: u32 },
}

/// How a list's elements move.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListBody {
    /// The elements are scalars whose every bit pattern is valid: the list
    /// moves as one block of bytes, without visiting the elements.
    Bytes(Scalar),
    /// Each element is visited, with the base pointer at the element.
    Elements(Box<Instr>),
}

/// One case of a variant node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VariantCase {
    pub payload: Option<Instr>,
    /// Flat values of the variant this case does not use: lowering sets them
    /// to zero. Empty in memory.
    pub unused: Vec<u32>,
}

/// How a value of type `ty` moves. `ty` is the type as referenced (possibly a
/// named alias); the node's shape is that of its definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Instr {
    /// A primitive in one core value.
    Scalar { ty: Type, scalar: Scalar, at: Loc },
    /// A string: pointer and length in bytes (UTF-8).
    String { ptr: Loc, len: Loc },
    /// A list: pointer and element count.
    List {
        ty: Type,
        elem: Type,
        ptr: Loc,
        len: Loc,
        elem_layout: Layout,
        body: ListBody,
    },
    /// A record or tuple, field by field.
    Record { ty: Type, fields: Vec<Instr> },
    /// A variant, enum, option or result: the discriminant and, per case, the
    /// payload.
    Variant {
        ty: Type,
        discriminant: DiscriminantSize,
        at: Loc,
        cases: Vec<VariantCase>,
    },
    /// Flags, in `words` (one per flat value or memory word).
    Flags {
        ty: Type,
        count: u32,
        repr: FlagsRepr,
        words: Vec<Loc>,
    },
    /// A handle to `resource` (aliases followed), owned or borrowed.
    Handle {
        ty: Type,
        own: bool,
        resource: TypeId,
        at: Loc,
    },
}

impl Instr {
    /// Whether the value holds allocations (strings or lists) that the side
    /// receiving ownership eventually frees.
    pub fn has_pointers(&self) -> bool {
        match self {
            Instr::Scalar { .. } | Instr::Flags { .. } | Instr::Handle { .. } => false,
            Instr::String { .. } | Instr::List { .. } => true,
            Instr::Record { fields, .. } => fields.iter().any(Instr::has_pointers),
            Instr::Variant { cases, .. } => cases
                .iter()
                .any(|c| c.payload.as_ref().is_some_and(Instr::has_pointers)),
        }
    }
}

/// The side of the boundary a function is generated for.
pub type Direction = AbiVariant;

/// A function's parameters and result as instruction trees.
#[derive(Clone, Debug)]
pub struct FuncAbi {
    /// One tree per parameter, over the flat parameters, or over memory from
    /// the parameter area when `params_area` is set.
    pub params: Vec<Instr>,
    /// The spilled parameter area's layout.
    pub params_area: Option<Layout>,
    /// The result's tree, over flat result 0, or over memory from the return
    /// area when `result_area` is set.
    pub result: Option<Instr>,
    /// The return area's layout.
    pub result_area: Option<Layout>,
    /// The core signature in the requested direction.
    pub signature: CoreSignature,
}

/// Builds instruction trees from canon-abi plans.
#[derive(Clone, Copy, Debug)]
pub struct Abi<'a> {
    pub resolve: &'a Resolve,
    pub types: &'a WitTypes,
}

/// Where the value being visited is: flat slots, or an offset from the base.
#[derive(Clone, Debug)]
enum Frame {
    Flat(Vec<(u32, Vec<Coercion>)>),
    Memory(u32),
}

impl Frame {
    fn slot(&self, i: u32) -> Loc {
        match self {
            Frame::Flat(slots) => {
                let (index, coercions) = &slots[i as usize];
                Loc::Flat {
                    index: *index,
                    coercions: coercions.clone(),
                }
            }
            Frame::Memory(offset) => Loc::Memory {
                offset: offset + 4 * i,
            },
        }
    }
}

impl<'a> Abi<'a> {
    /// A builder over `resolve`, whose types are converted in `types`.
    pub fn new(resolve: &'a Resolve, types: &'a WitTypes) -> Self {
        Abi { resolve, types }
    }

    /// The trees of `func` on side `direction`.
    pub fn func(&self, func: &Function, direction: Direction) -> Result<FuncAbi, AbiError> {
        let ft = self.types.func_type(func)?;
        let plan = self.types.types.func_plan(&ft)?;
        let (params, params_area) = match &plan.params {
            ParamsPlan::Flat { starts, .. } => (
                func.params
                    .iter()
                    .zip(starts.iter())
                    .map(|(p, &start)| {
                        let n = self.flat_len(&p.ty)?;
                        let slots = (start..start + n).map(|i| (i, Vec::new())).collect();
                        self.instr(&p.ty, Frame::Flat(slots))
                    })
                    .collect::<Result<_, _>>()?,
                None,
            ),
            ParamsPlan::Indirect { offsets, layout } => (
                func.params
                    .iter()
                    .zip(offsets.iter())
                    .map(|(p, &offset)| self.instr(&p.ty, Frame::Memory(offset)))
                    .collect::<Result<_, _>>()?,
                Some(*layout),
            ),
        };
        let (result, result_area) = match (plan.result, &func.result) {
            (ResultPlan::Flat(_), Some(ty)) => {
                let n = self.flat_len(ty)?;
                let slots = (0..n).map(|i| (i, Vec::new())).collect();
                (Some(self.instr(ty, Frame::Flat(slots))?), None)
            }
            (ResultPlan::Indirect(_, layout), Some(ty)) => {
                (Some(self.instr(ty, Frame::Memory(0))?), Some(layout))
            }
            _ => (None, None),
        };
        Ok(FuncAbi {
            params,
            params_area,
            result,
            result_area,
            signature: plan.signature(direction).clone(),
        })
    }

    fn flat_len(&self, ty: &Type) -> Result<u32, AbiError> {
        let vt = self.types.val_type(ty)?;
        Ok(self.types.types.flat(vt).map_or(0, |f| f.len() as u32))
    }

    /// Follows aliases to the defining type's kind.
    fn kind(&self, ty: &Type) -> Option<&'a TypeDefKind> {
        match ty {
            Type::Id(id) => Some(&self.resolve.types[resolve_alias(self.resolve, *id)].kind),
            _ => None,
        }
    }

    fn instr(&self, ty: &Type, frame: Frame) -> Result<Instr, AbiError> {
        let vt = self.types.val_type(ty)?;
        let types = &self.types.types;
        Ok(match types.plan(vt) {
            Plan::Scalar(scalar) => Instr::Scalar {
                ty: *ty,
                scalar,
                at: frame.slot(0),
            },
            Plan::String => Instr::String {
                ptr: frame.slot(0),
                len: frame.slot(1),
            },
            Plan::List {
                elem_layout,
                elem_scalar,
                ..
            } => {
                let Some(TypeDefKind::List(elem)) = self.kind(ty) else {
                    return Err(AbiError::Unsupported { what: "list shape" });
                };
                let body = match elem_scalar {
                    Some(s) if s.all_bits_valid() => ListBody::Bytes(s),
                    _ => ListBody::Elements(Box::new(self.instr(elem, Frame::Memory(0))?)),
                };
                Instr::List {
                    ty: *ty,
                    elem: *elem,
                    ptr: frame.slot(0),
                    len: frame.slot(1),
                    elem_layout,
                    body,
                }
            }
            Plan::Record(fields) => {
                let wit_fields: Vec<Type> = match self.kind(ty) {
                    Some(TypeDefKind::Record(r)) => r.fields.iter().map(|f| f.ty).collect(),
                    Some(TypeDefKind::Tuple(t)) => t.types.clone(),
                    _ => {
                        return Err(AbiError::Unsupported {
                            what: "record shape",
                        });
                    }
                };
                let fields = fields
                    .iter()
                    .zip(&wit_fields)
                    .map(|(field, wit)| {
                        let sub = match &frame {
                            Frame::Flat(slots) => {
                                let start = field.flat_offset as usize;
                                let n = self.flat_len(wit)? as usize;
                                Frame::Flat(slots[start..start + n].to_vec())
                            }
                            Frame::Memory(base) => Frame::Memory(base + field.offset),
                        };
                        self.instr(wit, sub)
                    })
                    .collect::<Result<_, _>>()?;
                Instr::Record { ty: *ty, fields }
            }
            Plan::Variant {
                discriminant,
                payload_offset,
                cases,
            } => {
                let payloads: Vec<Option<Type>> = match self.kind(ty) {
                    Some(TypeDefKind::Variant(v)) => v.cases.iter().map(|c| c.ty).collect(),
                    Some(TypeDefKind::Enum(e)) => e.cases.iter().map(|_| None).collect(),
                    Some(TypeDefKind::Option(t)) => vec![None, Some(*t)],
                    Some(TypeDefKind::Result(r)) => vec![r.ok, r.err],
                    _ => {
                        return Err(AbiError::Unsupported {
                            what: "variant shape",
                        });
                    }
                };
                let cases = cases
                    .iter()
                    .zip(&payloads)
                    .map(|(case, payload)| {
                        let Some(payload) = payload else {
                            let unused = match &frame {
                                Frame::Flat(slots) => slots[1..].iter().map(|s| s.0).collect(),
                                Frame::Memory(_) => Vec::new(),
                            };
                            return Ok(VariantCase {
                                payload: None,
                                unused,
                            });
                        };
                        let (sub, unused) = match &frame {
                            Frame::Flat(slots) => {
                                let n = self.flat_len(payload)? as usize;
                                let used = slots[1..1 + n]
                                    .iter()
                                    .zip(case.coercions.iter())
                                    .map(|((index, inner), c)| {
                                        let mut chain = inner.clone();
                                        chain.insert(0, *c);
                                        (*index, chain)
                                    })
                                    .collect();
                                let unused = slots[1 + n..].iter().map(|s| s.0).collect();
                                (Frame::Flat(used), unused)
                            }
                            Frame::Memory(base) => {
                                (Frame::Memory(base + payload_offset), Vec::new())
                            }
                        };
                        Ok(VariantCase {
                            payload: Some(self.instr(payload, sub)?),
                            unused,
                        })
                    })
                    .collect::<Result<_, AbiError>>()?;
                Instr::Variant {
                    ty: *ty,
                    discriminant,
                    at: frame.slot(0),
                    cases,
                }
            }
            Plan::Flags { count, repr } => Instr::Flags {
                ty: *ty,
                count,
                repr,
                words: (0..repr.flat_count()).map(|i| frame.slot(i)).collect(),
            },
            Plan::Own(_) | Plan::Borrow(_) => {
                let Some(TypeDefKind::Handle(handle)) = self.kind(ty) else {
                    return Err(AbiError::Unsupported {
                        what: "handle shape",
                    });
                };
                let (own, resource) = match handle {
                    Handle::Own(r) => (true, *r),
                    Handle::Borrow(r) => (false, *r),
                };
                Instr::Handle {
                    ty: *ty,
                    own,
                    resource: resolve_alias(self.resolve, resource),
                    at: frame.slot(0),
                }
            }
        })
    }
}
