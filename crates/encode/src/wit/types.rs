//! Encoding WIT types and function types into some component type index space.
//!
//! The same walk serves every place types are written: an instance type, a
//! component type, or the root of a real component. What differs is where a
//! definition lands and how a named type is exported or a foreign type is
//! aliased, which [`TypeSpace`] abstracts. The order of definitions and the
//! deduplication of anonymous types follow wit-component, so that binaries are
//! byte-for-byte identical.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use wasm_encoder::{
    ComponentDefinedTypeEncoder, ComponentExternName, ComponentFuncTypeEncoder, ComponentValType,
    PrimitiveValType,
};
use wit_parser::{
    Function, Handle, InterfaceId, Param, Resolve, Type, TypeDefKind, TypeId, TypeOwner,
};

use crate::error::{Result, bail};

/// Parameters compared by name and type only (spans are ignored).
#[derive(Clone, Copy)]
struct Params<'a>(&'a [Param]);

impl PartialEq for Params<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .zip(other.0)
                .all(|(a, b)| a.name == b.name && a.ty == b.ty)
    }
}

impl Eq for Params<'_> {}

impl Hash for Params<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for param in self.0 {
            param.name.hash(state);
            param.ty.hash(state);
        }
    }
}

/// What makes two function types the same.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct FuncKey<'a> {
    is_async: bool,
    params: Params<'a>,
    result: &'a Option<Type>,
}

/// The types already written to one index space.
#[derive(Clone, Default)]
pub(crate) struct TypeMaps<'a> {
    by_id: HashMap<TypeId, u32>,
    by_anonymous_kind: HashMap<&'a TypeDefKind, u32>,
    funcs: HashMap<FuncKey<'a>, u32>,
}

impl<'a> TypeMaps<'a> {
    fn lookup(&self, resolve: &'a Resolve, id: TypeId) -> Option<u32> {
        if let Some(index) = self.by_id.get(&id) {
            return Some(*index);
        }
        let ty = &resolve.types[id];
        if ty.name.is_none() {
            return self.by_anonymous_kind.get(&ty.kind).copied();
        }
        None
    }

    fn insert(&mut self, resolve: &'a Resolve, id: TypeId, index: u32) {
        self.by_id.insert(id, index);
        let ty = &resolve.types[id];
        if ty.name.is_none() {
            self.by_anonymous_kind.insert(&ty.kind, index);
        }
    }

    /// Records that `id` is at `index` (a resource, or an imported type).
    pub(crate) fn insert_id(&mut self, id: TypeId, index: u32) {
        self.by_id.insert(id, index);
    }
}

/// A type index space being written to.
pub(crate) trait TypeSpace<'a> {
    /// Starts a new defined type; returns its index.
    fn defined_type(&mut self) -> (u32, ComponentDefinedTypeEncoder<'_>);
    /// Starts a new function type; returns its index.
    fn function_type(&mut self) -> (u32, ComponentFuncTypeEncoder<'_>);
    /// Exports (or imports) the type at `index` under `name`; returns the index
    /// of the new type, or `None` if this space does not name types.
    fn export_type(&mut self, index: u32, name: ComponentExternName<'a>) -> Option<u32>;
    /// Exports (or imports) a fresh resource type; returns its index.
    fn export_resource(&mut self, name: ComponentExternName<'a>) -> u32;
    /// The types written so far.
    fn maps(&mut self) -> &mut TypeMaps<'a>;
    /// Brings type `id` of interface `owner` into this space.
    fn import_type(&mut self, owner: InterfaceId, id: TypeId) -> Result<u32>;
    /// The interface whose types are defined here, rather than imported.
    fn interface(&self) -> Option<InterfaceId>;

    /// Writes the type of `func`, reusing an identical one.
    fn encode_func_type(&mut self, resolve: &'a Resolve, func: &'a Function) -> Result<u32> {
        let key = FuncKey {
            is_async: func.kind.is_async(),
            params: Params(&func.params),
            result: &func.result,
        };
        if let Some(index) = self.maps().funcs.get(&key) {
            return Ok(*index);
        }
        let mut params = Vec::with_capacity(func.params.len());
        for param in &func.params {
            params.push((
                param.name.as_str(),
                self.encode_valtype(resolve, &param.ty)?,
            ));
        }
        let result = match &func.result {
            Some(ty) => Some(self.encode_valtype(resolve, ty)?),
            None => None,
        };
        let (index, mut encoder) = self.function_type();
        encoder
            .async_(func.kind.is_async())
            .params(params)
            .result(result);
        self.maps().funcs.insert(key, index);
        Ok(index)
    }

    /// Writes `ty` (and whatever it refers to) and returns how to refer to it.
    fn encode_valtype(&mut self, resolve: &'a Resolve, ty: &Type) -> Result<ComponentValType> {
        let id = match *ty {
            Type::Id(id) => id,
            primitive => {
                return Ok(ComponentValType::Primitive(primitive_of(primitive)));
            }
        };
        if let Some(index) = self.maps().lookup(resolve, id) {
            return Ok(ComponentValType::Type(index));
        }
        let def = &resolve.types[id];
        if let TypeOwner::Interface(owner) = def.owner
            && Some(owner) != self.interface()
        {
            let index = self.import_type(owner, id)?;
            self.maps().insert(resolve, id, index);
            return Ok(ComponentValType::Type(index));
        }

        let mut encoded = match &def.kind {
            TypeDefKind::Record(record) => {
                let mut fields = Vec::with_capacity(record.fields.len());
                for field in &record.fields {
                    fields.push((
                        field.name.as_str(),
                        self.encode_valtype(resolve, &field.ty)?,
                    ));
                }
                let (index, encoder) = self.defined_type();
                encoder.record(fields);
                ComponentValType::Type(index)
            }
            TypeDefKind::Tuple(tuple) => {
                let mut types = Vec::with_capacity(tuple.types.len());
                for ty in &tuple.types {
                    types.push(self.encode_valtype(resolve, ty)?);
                }
                let (index, encoder) = self.defined_type();
                encoder.tuple(types);
                ComponentValType::Type(index)
            }
            TypeDefKind::Flags(flags) => {
                let (index, encoder) = self.defined_type();
                encoder.flags(flags.flags.iter().map(|flag| flag.name.as_str()));
                ComponentValType::Type(index)
            }
            TypeDefKind::Variant(variant) => {
                let mut cases = Vec::with_capacity(variant.cases.len());
                for case in &variant.cases {
                    let ty = self.encode_optional(resolve, case.ty.as_ref())?;
                    cases.push((case.name.as_str(), ty));
                }
                let (index, encoder) = self.defined_type();
                encoder.variant(cases);
                ComponentValType::Type(index)
            }
            TypeDefKind::Enum(enum_) => {
                let (index, encoder) = self.defined_type();
                encoder.enum_type(enum_.cases.iter().map(|case| case.name.as_str()));
                ComponentValType::Type(index)
            }
            TypeDefKind::Option(payload) => {
                let payload = self.encode_valtype(resolve, payload)?;
                let (index, encoder) = self.defined_type();
                encoder.option(payload);
                ComponentValType::Type(index)
            }
            TypeDefKind::Result(result) => {
                let ok = self.encode_optional(resolve, result.ok.as_ref())?;
                let err = self.encode_optional(resolve, result.err.as_ref())?;
                let (index, encoder) = self.defined_type();
                encoder.result(ok, err);
                ComponentValType::Type(index)
            }
            TypeDefKind::List(element) => {
                let element = self.encode_valtype(resolve, element)?;
                let (index, encoder) = self.defined_type();
                encoder.list(element);
                ComponentValType::Type(index)
            }
            TypeDefKind::Map(key, value) => {
                let key = self.encode_valtype(resolve, key)?;
                let value = self.encode_valtype(resolve, value)?;
                let (index, encoder) = self.defined_type();
                encoder.map(key, value);
                ComponentValType::Type(index)
            }
            TypeDefKind::FixedLengthList(element, length) => {
                let element = self.encode_valtype(resolve, element)?;
                let (index, encoder) = self.defined_type();
                encoder.fixed_length_list(element, *length);
                ComponentValType::Type(index)
            }
            TypeDefKind::Future(payload) => {
                let payload = self.encode_optional(resolve, payload.as_ref())?;
                let (index, encoder) = self.defined_type();
                encoder.future(payload);
                ComponentValType::Type(index)
            }
            TypeDefKind::Stream(payload) => {
                let payload = self.encode_optional(resolve, payload.as_ref())?;
                let (index, encoder) = self.defined_type();
                encoder.stream(payload);
                ComponentValType::Type(index)
            }
            TypeDefKind::Type(ty) => self.encode_valtype(resolve, ty)?,
            TypeDefKind::Resource => {
                let Some(name) = &def.name else {
                    bail!(Encode, "a resource type has no name");
                };
                let index = self.export_resource(extern_name(name, def.external_id.as_deref()));
                self.maps().insert_id(id, index);
                return Ok(ComponentValType::Type(index));
            }
            TypeDefKind::Handle(handle) => {
                let (resource, own) = match handle {
                    Handle::Own(resource) => (*resource, true),
                    Handle::Borrow(resource) => (*resource, false),
                };
                let ComponentValType::Type(resource) =
                    self.encode_valtype(resolve, &Type::Id(resource))?
                else {
                    bail!(Encode, "a handle refers to a type that is not a resource");
                };
                let (index, encoder) = self.defined_type();
                if own {
                    encoder.own(resource);
                } else {
                    encoder.borrow(resource);
                }
                ComponentValType::Type(index)
            }
            TypeDefKind::Unknown => bail!(Encode, "type `{:?}` is not resolved", def.name),
        };

        if let Some(name) = &def.name {
            let index = match encoded {
                ComponentValType::Type(index) => index,
                ComponentValType::Primitive(primitive) => {
                    // A named alias of a primitive needs an index of its own.
                    let (index, encoder) = self.defined_type();
                    encoder.primitive(primitive);
                    index
                }
            };
            let index = self
                .export_type(index, extern_name(name, def.external_id.as_deref()))
                .unwrap_or(index);
            encoded = ComponentValType::Type(index);
        }
        if let ComponentValType::Type(index) = encoded {
            self.maps().insert(resolve, id, index);
        }
        Ok(encoded)
    }

    /// [`Self::encode_valtype`] of an optional payload.
    fn encode_optional(
        &mut self,
        resolve: &'a Resolve,
        ty: Option<&Type>,
    ) -> Result<Option<ComponentValType>> {
        ty.map(|ty| self.encode_valtype(resolve, ty)).transpose()
    }
}

/// An extern name with an optional `external-id` annotation.
pub(crate) fn extern_name<'a>(
    name: &'a str,
    external_id: Option<&'a str>,
) -> ComponentExternName<'a> {
    ComponentExternName {
        name: name.into(),
        implements: None,
        external_id: external_id.map(Into::into),
        version_suffix: None,
    }
}

fn primitive_of(ty: Type) -> PrimitiveValType {
    match ty {
        Type::Bool => PrimitiveValType::Bool,
        Type::U8 => PrimitiveValType::U8,
        Type::U16 => PrimitiveValType::U16,
        Type::U32 => PrimitiveValType::U32,
        Type::U64 => PrimitiveValType::U64,
        Type::S8 => PrimitiveValType::S8,
        Type::S16 => PrimitiveValType::S16,
        Type::S32 => PrimitiveValType::S32,
        Type::S64 => PrimitiveValType::S64,
        Type::F32 => PrimitiveValType::F32,
        Type::F64 => PrimitiveValType::F64,
        Type::Char => PrimitiveValType::Char,
        Type::String => PrimitiveValType::String,
        Type::ErrorContext | Type::Id(_) => PrimitiveValType::ErrorContext,
    }
}

/// Type `id` in the user's terms: "`t` of interface `a:b/i`".
pub(crate) fn type_label(resolve: &Resolve, id: TypeId) -> String {
    let def = &resolve.types[id];
    let name = def.name.as_deref().unwrap_or("<anonymous>");
    match def.owner {
        TypeOwner::Interface(owner) => {
            let interface = resolve
                .id_of(owner)
                .or_else(|| resolve.interfaces[owner].name.clone())
                .unwrap_or_else(|| "<anonymous>".to_string());
            format!("`{name}` of interface `{interface}`")
        }
        TypeOwner::World(world) => format!("`{name}` of world `{}`", resolve.worlds[world].name),
        TypeOwner::None => format!("`{name}`"),
    }
}
