//! Conversion of validated wasmparser component types into canon-abi's arena
//! and canon-host's `ValueType`s, built once when a component is loaded.

use std::collections::HashMap;
use std::sync::Arc;

use canon_abi::{Case, Field, FuncPlan, TypeDef, ValType};
use wasmparser::PrimitiveValType;
use wasmparser::component_types::{
    ComponentDefinedType, ComponentDefinedTypeId, ComponentFuncTypeId, ComponentValType,
    ResourceId as WpResourceId,
};
use wasmparser::types::Types;

use crate::types::{FuncType, RecordType, ResultType, ValueType, VariantType};

/// The ABI arena of one loaded component with the `ValueType` of each
/// definition, index for index.
#[derive(Debug, Default)]
pub(crate) struct TypeSpace {
    pub(crate) abi: canon_abi::Types,
    value_types: Vec<ValueType>,
}

impl TypeSpace {
    /// The `ValueType` of an ABI type.
    pub(crate) fn value_type(&self, ty: ValType) -> ValueType {
        match ty {
            ValType::Bool => ValueType::Bool,
            ValType::S8 => ValueType::S8,
            ValType::U8 => ValueType::U8,
            ValType::S16 => ValueType::S16,
            ValType::U16 => ValueType::U16,
            ValType::S32 => ValueType::S32,
            ValType::U32 => ValueType::U32,
            ValType::S64 => ValueType::S64,
            ValType::U64 => ValueType::U64,
            ValType::F32 => ValueType::F32,
            ValType::F64 => ValueType::F64,
            ValType::Char => ValueType::Char,
            ValType::String => ValueType::String,
            ValType::Defined(id) => self.value_types[id.index()].clone(),
        }
    }

    /// The `ValueType` of a defined ABI type, borrowed.
    pub(crate) fn defined(&self, id: canon_abi::TypeId) -> &ValueType {
        &self.value_types[id.index()]
    }
}

/// Everything precomputed about one component function type.
#[derive(Debug)]
pub(crate) struct FuncInfo {
    /// The public type.
    pub(crate) ty: FuncType,
    /// The ABI type.
    pub(crate) abi: canon_abi::FuncType,
    /// The call plan.
    pub(crate) plan: FuncPlan,
}

/// Builds a `TypeSpace` from wasmparser types, caching each definition.
#[derive(Debug, Default)]
pub(crate) struct Converter {
    pub(crate) space: TypeSpace,
    cache: HashMap<ComponentDefinedTypeId, ValType>,
    funcs: HashMap<ComponentFuncTypeId, Arc<FuncInfo>>,
    resources: HashMap<WpResourceId, canon_abi::ResourceId>,
}

fn prim(p: PrimitiveValType) -> Result<ValType, String> {
    Ok(match p {
        PrimitiveValType::Bool => ValType::Bool,
        PrimitiveValType::S8 => ValType::S8,
        PrimitiveValType::U8 => ValType::U8,
        PrimitiveValType::S16 => ValType::S16,
        PrimitiveValType::U16 => ValType::U16,
        PrimitiveValType::S32 => ValType::S32,
        PrimitiveValType::U32 => ValType::U32,
        PrimitiveValType::S64 => ValType::S64,
        PrimitiveValType::U64 => ValType::U64,
        PrimitiveValType::F32 => ValType::F32,
        PrimitiveValType::F64 => ValType::F64,
        PrimitiveValType::Char => ValType::Char,
        PrimitiveValType::String => ValType::String,
        PrimitiveValType::ErrorContext => return Err("error-context".into()),
    })
}

impl Converter {
    /// The canon-abi id of a wasmparser resource: one id per resource
    /// identity of the whole component (nested components included).
    pub(crate) fn resource(&mut self, id: WpResourceId) -> canon_abi::ResourceId {
        let next = canon_abi::ResourceId(self.resources.len() as u32);
        *self.resources.entry(id).or_insert(next)
    }

    /// Converts a value type.
    pub(crate) fn val(&mut self, types: &Types, ty: ComponentValType) -> Result<ValType, String> {
        match ty {
            ComponentValType::Primitive(p) => prim(p),
            ComponentValType::Type(id) => self.defined(types, id),
        }
    }

    fn defined(&mut self, types: &Types, id: ComponentDefinedTypeId) -> Result<ValType, String> {
        if let Some(t) = self.cache.get(&id) {
            return Ok(*t);
        }
        let (def, vt) = match &types[id] {
            ComponentDefinedType::Primitive(p) => {
                let t = prim(*p)?;
                self.cache.insert(id, t);
                return Ok(t);
            }
            ComponentDefinedType::Record(r) => {
                let mut fields = Vec::new();
                let mut vfields = Vec::new();
                for (name, t) in r.fields.iter() {
                    let t = self.val(types, *t)?;
                    fields.push(Field {
                        name: name.as_str().into(),
                        ty: t,
                    });
                    vfields.push((name.as_str().into(), self.space.value_type(t)));
                }
                (
                    TypeDef::Record(fields.into()),
                    ValueType::Record(Arc::new(RecordType {
                        fields: vfields.into(),
                    })),
                )
            }
            ComponentDefinedType::Variant(v) => {
                let mut cases = Vec::new();
                let mut vcases = Vec::new();
                for (name, c) in v.cases.iter() {
                    let t = match c.ty {
                        Some(t) => Some(self.val(types, t)?),
                        None => None,
                    };
                    cases.push(Case {
                        name: name.as_str().into(),
                        ty: t,
                    });
                    vcases.push((name.as_str().into(), t.map(|t| self.space.value_type(t))));
                }
                (
                    TypeDef::Variant(cases.into()),
                    ValueType::Variant(Arc::new(VariantType {
                        cases: vcases.into(),
                    })),
                )
            }
            ComponentDefinedType::List { element, .. } => {
                let t = self.val(types, *element)?;
                (
                    TypeDef::List(t),
                    ValueType::List(Arc::new(self.space.value_type(t))),
                )
            }
            ComponentDefinedType::Tuple(t) => {
                let ts = t
                    .types
                    .iter()
                    .map(|t| self.val(types, *t))
                    .collect::<Result<Vec<_>, _>>()?;
                let vts: Vec<ValueType> = ts.iter().map(|t| self.space.value_type(*t)).collect();
                (TypeDef::Tuple(ts.into()), ValueType::Tuple(vts.into()))
            }
            ComponentDefinedType::Flags(names) => {
                let names: Vec<Box<str>> = names.iter().map(|n| n.as_str().into()).collect();
                (
                    TypeDef::Flags(names.clone().into()),
                    ValueType::Flags(names.into()),
                )
            }
            ComponentDefinedType::Enum(names) => {
                let names: Vec<Box<str>> = names.iter().map(|n| n.as_str().into()).collect();
                (
                    TypeDef::Enum(names.clone().into()),
                    ValueType::Enum(names.into()),
                )
            }
            ComponentDefinedType::Option { ty, .. } => {
                let t = self.val(types, *ty)?;
                (
                    TypeDef::Option(t),
                    ValueType::Option(Arc::new(self.space.value_type(t))),
                )
            }
            ComponentDefinedType::Result { ok, err, .. } => {
                let ok = match ok {
                    Some(t) => Some(self.val(types, *t)?),
                    None => None,
                };
                let err = match err {
                    Some(t) => Some(self.val(types, *t)?),
                    None => None,
                };
                (
                    TypeDef::Result { ok, err },
                    ValueType::Result(Arc::new(ResultType {
                        ok: ok.map(|t| self.space.value_type(t)),
                        err: err.map(|t| self.space.value_type(t)),
                    })),
                )
            }
            ComponentDefinedType::Own(r) => {
                let id = self.resource(r.resource());
                (TypeDef::Own(id), ValueType::Own(id.0))
            }
            ComponentDefinedType::Borrow(r) => {
                let id = self.resource(r.resource());
                (TypeDef::Borrow(id), ValueType::Borrow(id.0))
            }
            ComponentDefinedType::Map { key, value, .. } => {
                // A map travels exactly like a list of key-value tuples.
                let k = self.val(types, *key)?;
                let v = self.val(types, *value)?;
                let vts: Vec<ValueType> = vec![self.space.value_type(k), self.space.value_type(v)];
                let tuple = self
                    .space
                    .abi
                    .push(TypeDef::Tuple([k, v].into()))
                    .map_err(|e| e.to_string())?;
                self.space.value_types.push(ValueType::Tuple(vts.into()));
                let t = ValType::Defined(tuple);
                (
                    TypeDef::List(t),
                    ValueType::List(Arc::new(self.space.value_type(t))),
                )
            }
            ComponentDefinedType::FixedLengthList { .. } => return Err("fixed-length list".into()),
            _ => return Err("future/stream".into()),
        };
        let tid = self.space.abi.push(def).map_err(|e| e.to_string())?;
        self.space.value_types.push(vt);
        let t = ValType::Defined(tid);
        self.cache.insert(id, t);
        Ok(t)
    }

    /// Converts a function type (cached).
    pub(crate) fn func(
        &mut self,
        types: &Types,
        id: ComponentFuncTypeId,
    ) -> Result<Arc<FuncInfo>, String> {
        if let Some(f) = self.funcs.get(&id) {
            return Ok(f.clone());
        }
        let ft = &types[id];
        if ft.async_ {
            return Err("async functions".into());
        }
        let mut params = Vec::new();
        let mut vparams = Vec::new();
        for (name, t) in ft.params.iter() {
            let t = self.val(types, *t)?;
            params.push(t);
            vparams.push((name.as_str().into(), self.space.value_type(t)));
        }
        let result = match ft.result {
            Some(t) => Some(self.val(types, t)?),
            None => None,
        };
        let abi = canon_abi::FuncType {
            params: params.into(),
            result,
        };
        let plan = self.space.abi.func_plan(&abi).map_err(|e| e.to_string())?;
        let info = Arc::new(FuncInfo {
            ty: FuncType {
                params: vparams.into(),
                result: result.map(|t| self.space.value_type(t)),
            },
            abi,
            plan,
        });
        self.funcs.insert(id, info.clone());
        Ok(info)
    }
}
