//! The structural type arena: value types, their definitions, and the facts
//! computed once when a definition is pushed.

use crate::flat::{Coercion, FlatType, join};
use crate::layout::Layout;
use crate::plan::{CasePlan, DiscriminantSize, FieldPlan, FlagsRepr, Plan, Scalar};
use crate::{AbiError, MAX_FLAT_PARAMS};

/// A component-level value type: a primitive, or a definition in a [`Types`] arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValType {
    Bool,
    S8,
    U8,
    S16,
    U16,
    S32,
    U32,
    S64,
    U64,
    F32,
    F64,
    Char,
    String,
    /// A compound type defined in the arena.
    Defined(TypeId),
}

impl ValType {
    /// The scalar this type is, if it is one (every primitive but `string`).
    pub fn scalar(self) -> Option<Scalar> {
        Some(match self {
            ValType::Bool => Scalar::Bool,
            ValType::S8 => Scalar::S8,
            ValType::U8 => Scalar::U8,
            ValType::S16 => Scalar::S16,
            ValType::U16 => Scalar::U16,
            ValType::S32 => Scalar::S32,
            ValType::U32 => Scalar::U32,
            ValType::S64 => Scalar::S64,
            ValType::U64 => Scalar::U64,
            ValType::F32 => Scalar::F32,
            ValType::F64 => Scalar::F64,
            ValType::Char => Scalar::Char,
            ValType::String | ValType::Defined(_) => return None,
        })
    }
}

/// The index of a definition in a [`Types`] arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(u32);

impl TypeId {
    /// The position of the definition in its arena.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The identity of a resource type, chosen by whoever builds the arena.
///
/// The ABI treats every handle alike (an `i32` index); the id only lets users
/// tell resources apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ResourceId(pub u32);

/// A named field of a record.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: Box<str>,
    pub ty: ValType,
}

/// A named case of a variant, with an optional payload.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Case {
    pub name: Box<str>,
    pub ty: Option<ValType>,
}

/// A compound type definition. Types are structural: names of fields, cases and
/// flags are part of the type, the name a WIT document gives the type is not.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeDef {
    List(ValType),
    Record(Box<[Field]>),
    Tuple(Box<[ValType]>),
    Variant(Box<[Case]>),
    Enum(Box<[Box<str>]>),
    Option(ValType),
    Result {
        ok: Option<ValType>,
        err: Option<ValType>,
    },
    Flags(Box<[Box<str>]>),
    Own(ResourceId),
    Borrow(ResourceId),
}

/// What a type's values may contain, for deciding which canonical options a
/// function needs and what post-return must free.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TypeProps {
    /// Values may hold strings or lists: lowering them into memory needs
    /// `realloc`, and lifted results may leave allocations for post-return.
    pub has_pointers: bool,
    /// Values may hold `own` handles.
    pub has_own: bool,
    /// Values may hold `borrow` handles.
    pub has_borrow: bool,
}

impl TypeProps {
    pub(crate) fn union(self, other: TypeProps) -> TypeProps {
        TypeProps {
            has_pointers: self.has_pointers || other.has_pointers,
            has_own: self.has_own || other.has_own,
            has_borrow: self.has_borrow || other.has_borrow,
        }
    }
}

/// Flat types of one definition: a range of the arena's pool, or more than
/// [`MAX_FLAT_PARAMS`] values, which is never passed flat.
#[derive(Clone, Copy, Debug)]
struct FlatRange {
    start: u32,
    len: u8,
}

impl FlatRange {
    const SPILLED: FlatRange = FlatRange {
        start: 0,
        len: u8::MAX,
    };

    fn is_spilled(self) -> bool {
        self.len == u8::MAX
    }
}

/// Everything computed about one definition.
#[derive(Clone, Debug)]
struct Node {
    def: TypeDef,
    layout: Layout,
    flat: FlatRange,
    props: TypeProps,
    plan: NodePlan,
}

#[derive(Clone, Debug)]
enum NodePlan {
    List {
        elem: ValType,
        elem_layout: Layout,
    },
    Record(Box<[FieldPlan]>),
    Variant {
        discriminant: DiscriminantSize,
        payload_offset: u32,
        cases: Box<[CasePlan]>,
    },
    Flags {
        count: u32,
        repr: FlagsRepr,
    },
    Own(ResourceId),
    Borrow(ResourceId),
}

/// The facts of a definition before its flat types go into the pool.
struct Computed {
    layout: Layout,
    /// `None` when longer than [`MAX_FLAT_PARAMS`].
    flat: Option<Vec<FlatType>>,
    props: TypeProps,
    plan: NodePlan,
}

impl Computed {
    fn handle(props: TypeProps, plan: NodePlan) -> Self {
        Computed {
            layout: Layout::new(4, 4),
            flat: Some(I32.to_vec()),
            props,
            plan,
        }
    }
}

/// An arena of type definitions with their layouts, flat types and plans.
///
/// Definitions may only refer to definitions pushed before them, so every
/// fact is computed at [`Types::push`] and later queries are lookups.
#[derive(Clone, Debug, Default)]
pub struct Types {
    nodes: Vec<Node>,
    flat_pool: Vec<FlatType>,
}

const I32: &[FlatType] = &[FlatType::I32];
const I64: &[FlatType] = &[FlatType::I64];
const F32: &[FlatType] = &[FlatType::F32];
const F64: &[FlatType] = &[FlatType::F64];
const POINTER_AND_LENGTH: &[FlatType] = &[FlatType::I32, FlatType::I32];

impl Types {
    /// An empty arena.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many definitions the arena holds.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the arena holds no definitions.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// The definition `id` stands for.
    ///
    /// # Panics
    /// If `id` comes from another arena and is out of range.
    pub fn def(&self, id: TypeId) -> &TypeDef {
        &self.nodes[id.index()].def
    }

    /// Looks up `id`, failing if this arena does not hold it.
    pub fn get(&self, id: TypeId) -> Result<&TypeDef, AbiError> {
        self.node(id).map(|node| &node.def)
    }

    fn node(&self, id: TypeId) -> Result<&Node, AbiError> {
        self.nodes
            .get(id.index())
            .ok_or(AbiError::UnknownType { index: id.0 })
    }

    fn check(&self, ty: ValType) -> Result<(), AbiError> {
        match ty {
            ValType::Defined(id) => self.node(id).map(|_| ()),
            _ => Ok(()),
        }
    }

    /// The layout of `ty` in linear memory.
    pub fn layout(&self, ty: ValType) -> Layout {
        match ty {
            ValType::Defined(id) => self.nodes[id.index()].layout,
            ValType::String => Layout::new(8, 4),
            _ => ty.scalar().map_or(Layout::new(8, 4), Scalar::layout),
        }
    }

    /// The flat core types of `ty`, or `None` when it flattens to more than
    /// [`MAX_FLAT_PARAMS`] values and so always travels through memory.
    pub fn flat(&self, ty: ValType) -> Option<&[FlatType]> {
        Some(match ty {
            ValType::Defined(id) => {
                let range = self.nodes[id.index()].flat;
                if range.is_spilled() {
                    return None;
                }
                let start = range.start as usize;
                &self.flat_pool[start..start + range.len as usize]
            }
            ValType::String => POINTER_AND_LENGTH,
            ValType::S64 | ValType::U64 => I64,
            ValType::F32 => F32,
            ValType::F64 => F64,
            _ => I32,
        })
    }

    /// What values of `ty` may contain.
    pub fn props(&self, ty: ValType) -> TypeProps {
        match ty {
            ValType::Defined(id) => self.nodes[id.index()].props,
            ValType::String => TypeProps {
                has_pointers: true,
                ..TypeProps::default()
            },
            _ => TypeProps::default(),
        }
    }

    /// The plan for moving values of `ty`: a view into precomputed data.
    pub fn plan(&self, ty: ValType) -> Plan<'_> {
        let id = match ty {
            ValType::Defined(id) => id,
            ValType::String => return Plan::String,
            _ => return ty.scalar().map_or(Plan::String, Plan::Scalar),
        };
        match &self.nodes[id.index()].plan {
            NodePlan::List { elem, elem_layout } => Plan::List {
                elem: *elem,
                elem_layout: *elem_layout,
                elem_scalar: elem.scalar(),
            },
            NodePlan::Record(fields) => Plan::Record(fields),
            NodePlan::Variant {
                discriminant,
                payload_offset,
                cases,
            } => Plan::Variant {
                discriminant: *discriminant,
                payload_offset: *payload_offset,
                cases,
            },
            NodePlan::Flags { count, repr } => Plan::Flags {
                count: *count,
                repr: *repr,
            },
            NodePlan::Own(resource) => Plan::Own(*resource),
            NodePlan::Borrow(resource) => Plan::Borrow(*resource),
        }
    }

    /// Adds a definition and computes its layout, flattening and plan.
    pub fn push(&mut self, def: TypeDef) -> Result<TypeId, AbiError> {
        let id = TypeId(u32::try_from(self.nodes.len()).map_err(|_| AbiError::TypeTooLarge)?);
        let node = self.compute(def)?;
        self.nodes.push(node);
        Ok(id)
    }

    fn compute(&mut self, def: TypeDef) -> Result<Node, AbiError> {
        let Computed {
            layout,
            flat,
            props,
            plan,
        } = match &def {
            TypeDef::List(elem) => {
                self.check(*elem)?;
                let props = TypeProps {
                    has_pointers: true,
                    ..self.props(*elem)
                };
                let plan = NodePlan::List {
                    elem: *elem,
                    elem_layout: self.layout(*elem),
                };
                Computed {
                    layout: Layout::new(8, 4),
                    flat: Some(POINTER_AND_LENGTH.to_vec()),
                    props,
                    plan,
                }
            }
            TypeDef::Record(fields) => self.record(fields.iter().map(|field| field.ty))?,
            TypeDef::Tuple(types) => self.record(types.iter().copied())?,
            TypeDef::Variant(cases) => self.variant(cases.iter().map(|case| case.ty))?,
            TypeDef::Enum(names) => self.variant(names.iter().map(|_| None))?,
            TypeDef::Option(some) => self.variant([None, Some(*some)].into_iter())?,
            TypeDef::Result { ok, err } => self.variant([*ok, *err].into_iter())?,
            TypeDef::Flags(names) => {
                let count = u32::try_from(names.len()).map_err(|_| AbiError::TypeTooLarge)?;
                let repr = FlagsRepr::for_count(count);
                let flat = vec![FlatType::I32; repr.flat_count() as usize];
                let plan = NodePlan::Flags { count, repr };
                Computed {
                    layout: repr.layout(),
                    flat: Some(flat),
                    props: TypeProps::default(),
                    plan,
                }
            }
            TypeDef::Own(resource) => Computed::handle(
                TypeProps {
                    has_own: true,
                    ..TypeProps::default()
                },
                NodePlan::Own(*resource),
            ),
            TypeDef::Borrow(resource) => Computed::handle(
                TypeProps {
                    has_borrow: true,
                    ..TypeProps::default()
                },
                NodePlan::Borrow(*resource),
            ),
        };
        let flat = match flat {
            Some(flat) if flat.len() <= MAX_FLAT_PARAMS => {
                let start =
                    u32::try_from(self.flat_pool.len()).map_err(|_| AbiError::TypeTooLarge)?;
                let len = flat.len() as u8;
                self.flat_pool.extend(flat);
                FlatRange { start, len }
            }
            _ => FlatRange::SPILLED,
        };
        Ok(Node {
            def,
            layout,
            flat,
            props,
            plan,
        })
    }

    /// Layout, flattening and plan of a record or tuple with fields `types`.
    fn record(&self, types: impl Iterator<Item = ValType> + Clone) -> Result<Computed, AbiError> {
        for ty in types.clone() {
            self.check(ty)?;
        }
        let mut offsets = Vec::new();
        let layout = Layout::record(types.clone().map(|ty| self.layout(ty)), |offset| {
            offsets.push(offset)
        })?;
        let mut flat = Some(Vec::new());
        let mut props = TypeProps::default();
        let mut fields = Vec::with_capacity(offsets.len());
        for (ty, offset) in types.zip(offsets) {
            let flat_offset = flat.as_ref().map_or(0, |flat| flat.len() as u32);
            fields.push(FieldPlan {
                ty,
                offset,
                flat_offset,
            });
            props = props.union(self.props(ty));
            flat = match (flat, self.flat(ty)) {
                (Some(mut flat), Some(field)) if flat.len() + field.len() <= MAX_FLAT_PARAMS => {
                    flat.extend_from_slice(field);
                    Some(flat)
                }
                _ => None,
            };
        }
        Ok(Computed {
            layout,
            flat,
            props,
            plan: NodePlan::Record(fields.into()),
        })
    }

    /// Layout, flattening and plan of a variant with case payloads `payloads`.
    /// Enums, options and results are variants too.
    fn variant(
        &self,
        payloads: impl Iterator<Item = Option<ValType>> + Clone,
    ) -> Result<Computed, AbiError> {
        let mut case_count = 0usize;
        let mut payload_layout = Layout::new(0, 1);
        let mut props = TypeProps::default();
        // The joined payload slots, or `None` once some case is too wide to
        // pass flat.
        let mut joined = Some(Vec::<FlatType>::new());
        for ty in payloads.clone() {
            case_count += 1;
            let Some(ty) = ty else { continue };
            self.check(ty)?;
            let layout = self.layout(ty);
            payload_layout = Layout::new(
                payload_layout.size.max(layout.size),
                payload_layout.align.max(layout.align),
            );
            props = props.union(self.props(ty));
            joined = match (joined, self.flat(ty)) {
                (Some(mut joined), Some(case)) => {
                    for (slot, &value) in case.iter().enumerate() {
                        match joined.get_mut(slot) {
                            Some(existing) => *existing = join(*existing, value),
                            None => joined.push(value),
                        }
                    }
                    Some(joined)
                }
                _ => None,
            };
        }
        if case_count == 0 {
            return Err(AbiError::NoCases);
        }
        let discriminant = DiscriminantSize::for_cases(case_count);
        let discriminant_layout = discriminant.layout();
        let mut payload_offset = 0;
        let layout = Layout::record(
            [
                discriminant_layout,
                Layout::new(payload_layout.size, payload_layout.align),
            ],
            |offset| payload_offset = offset,
        )?;
        let flat = joined.and_then(|joined| {
            (joined.len() < MAX_FLAT_PARAMS).then(|| {
                let mut flat = Vec::with_capacity(joined.len() + 1);
                flat.push(FlatType::I32);
                flat.extend_from_slice(&joined);
                flat
            })
        });
        let cases = payloads
            .map(|ty| {
                let coercions = match (&flat, ty.and_then(|ty| self.flat(ty))) {
                    (Some(flat), Some(case)) => case
                        .iter()
                        .zip(&flat[1..])
                        .map(|(&value, &slot)| Coercion::between(value, slot))
                        .collect(),
                    _ => Box::default(),
                };
                CasePlan { ty, coercions }
            })
            .collect();
        let plan = NodePlan::Variant {
            discriminant,
            payload_offset,
            cases,
        };
        Ok(Computed {
            layout,
            flat,
            props,
            plan,
        })
    }
}
