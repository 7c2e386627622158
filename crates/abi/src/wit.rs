//! Building ABI types from a wit-parser [`Resolve`].

use wit_parser::{Function, Handle, Resolve, Type, TypeDefKind, TypeId as WitTypeId};

use crate::AbiError;
use crate::func::FuncType;
use crate::types::{Case, Field, ResourceId, TypeDef, Types, ValType};

/// The ABI types of every type of a [`Resolve`].
///
/// Each WIT type maps to a [`ValType`]: aliases map to what they alias, and a
/// handle to a resource carries the resource's wit-parser type index as its
/// [`ResourceId`]. Types without a canonical ABI here (`future`, `stream`,
/// `map`, fixed-size lists) are kept as errors and reported when used.
#[derive(Clone, Debug)]
pub struct WitTypes {
    /// The arena holding every converted definition.
    pub types: Types,
    map: Vec<Result<Option<ValType>, AbiError>>,
}

impl WitTypes {
    /// Converts every type of `resolve`.
    pub fn new(resolve: &Resolve) -> Result<Self, AbiError> {
        let mut this = WitTypes {
            types: Types::new(),
            map: Vec::with_capacity(resolve.types.len()),
        };
        // wit-parser's arena lists a type after everything it refers to.
        for (id, _) in resolve.types.iter() {
            let converted = this.convert(resolve, id);
            this.map.push(converted);
        }
        Ok(this)
    }

    fn convert(&mut self, resolve: &Resolve, id: WitTypeId) -> Result<Option<ValType>, AbiError> {
        let def = match &resolve.types[id].kind {
            TypeDefKind::Resource => return Ok(None),
            // An alias of a resource (from `use`) is that resource.
            TypeDefKind::Type(Type::Id(aliased))
                if matches!(self.map.get(aliased.index()), Some(Ok(None))) =>
            {
                return Ok(None);
            }
            TypeDefKind::Type(ty) => return self.val_type(ty).map(Some),
            TypeDefKind::List(elem) => TypeDef::List(self.val_type(elem)?),
            TypeDefKind::Record(record) => TypeDef::Record(
                record
                    .fields
                    .iter()
                    .map(|field| {
                        Ok(Field {
                            name: field.name.as_str().into(),
                            ty: self.val_type(&field.ty)?,
                        })
                    })
                    .collect::<Result<_, AbiError>>()?,
            ),
            TypeDefKind::Tuple(tuple) => TypeDef::Tuple(
                tuple
                    .types
                    .iter()
                    .map(|ty| self.val_type(ty))
                    .collect::<Result<_, _>>()?,
            ),
            TypeDefKind::Variant(variant) => TypeDef::Variant(
                variant
                    .cases
                    .iter()
                    .map(|case| {
                        Ok(Case {
                            name: case.name.as_str().into(),
                            ty: self.optional(case.ty.as_ref())?,
                        })
                    })
                    .collect::<Result<_, AbiError>>()?,
            ),
            TypeDefKind::Enum(enum_) => TypeDef::Enum(
                enum_
                    .cases
                    .iter()
                    .map(|case| case.name.as_str().into())
                    .collect(),
            ),
            TypeDefKind::Option(some) => TypeDef::Option(self.val_type(some)?),
            TypeDefKind::Result(result) => TypeDef::Result {
                ok: self.optional(result.ok.as_ref())?,
                err: self.optional(result.err.as_ref())?,
            },
            TypeDefKind::Flags(flags) => TypeDef::Flags(
                flags
                    .flags
                    .iter()
                    .map(|flag| flag.name.as_str().into())
                    .collect(),
            ),
            TypeDefKind::Handle(Handle::Own(resource)) => {
                TypeDef::Own(resource_id(resolve, *resource))
            }
            TypeDefKind::Handle(Handle::Borrow(resource)) => {
                TypeDef::Borrow(resource_id(resolve, *resource))
            }
            TypeDefKind::Future(_) => return Err(AbiError::Unsupported { what: "future" }),
            TypeDefKind::Stream(_) => return Err(AbiError::Unsupported { what: "stream" }),
            TypeDefKind::Map(..) => return Err(AbiError::Unsupported { what: "map" }),
            TypeDefKind::FixedLengthList(..) => {
                return Err(AbiError::Unsupported {
                    what: "fixed-size list",
                });
            }
            TypeDefKind::Unknown => return Err(AbiError::Unsupported { what: "unknown" }),
        };
        self.types.push(def).map(|id| Some(ValType::Defined(id)))
    }

    fn optional(&self, ty: Option<&Type>) -> Result<Option<ValType>, AbiError> {
        ty.map(|ty| self.val_type(ty)).transpose()
    }

    /// The ABI type of a WIT type.
    pub fn val_type(&self, ty: &Type) -> Result<ValType, AbiError> {
        Ok(match ty {
            Type::Bool => ValType::Bool,
            Type::U8 => ValType::U8,
            Type::U16 => ValType::U16,
            Type::U32 => ValType::U32,
            Type::U64 => ValType::U64,
            Type::S8 => ValType::S8,
            Type::S16 => ValType::S16,
            Type::S32 => ValType::S32,
            Type::S64 => ValType::S64,
            Type::F32 => ValType::F32,
            Type::F64 => ValType::F64,
            Type::Char => ValType::Char,
            Type::String => ValType::String,
            Type::ErrorContext => {
                return Err(AbiError::Unsupported {
                    what: "error-context",
                });
            }
            Type::Id(id) => match self.map.get(id.index()) {
                Some(Ok(Some(ty))) => *ty,
                Some(Ok(None)) => return Err(AbiError::Unsupported { what: "resource" }),
                Some(Err(error)) => return Err(error.clone()),
                None => {
                    return Err(AbiError::UnknownType {
                        index: id.index() as u32,
                    });
                }
            },
        })
    }

    /// The ABI function type of a WIT function.
    pub fn func_type(&self, func: &Function) -> Result<FuncType, AbiError> {
        Ok(FuncType {
            params: func
                .params
                .iter()
                .map(|param| self.val_type(&param.ty))
                .collect::<Result<_, _>>()?,
            result: self.optional(func.result.as_ref())?,
        })
    }
}

/// The resource a handle refers to, seen through `use` aliases.
fn resource_id(resolve: &Resolve, mut id: WitTypeId) -> ResourceId {
    while let TypeDefKind::Type(Type::Id(aliased)) = resolve.types[id].kind {
        id = aliased;
    }
    ResourceId(id.index() as u32)
}
