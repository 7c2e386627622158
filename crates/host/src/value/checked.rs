//! Deserialization (feature `serde`) through the checked constructors: a
//! deserialized value is well-typed (record arity, variant and enum case in
//! range, payloads of the case's type, flags bits within the type, list data
//! of the element type) or deserialization fails; it never builds a value
//! whose accessors could panic.

use std::sync::Arc;

use serde::Deserialize;

use super::{
    Enum, Flags, List, ListData, ListPrimitive, OptionValue, Record, ResultValue, Tuple, Value,
    Variant,
};
use crate::error::Error;
use crate::types::{RecordType, ResultType, ValueType, VariantType};

#[derive(Deserialize)]
pub(super) struct RecordRepr {
    ty: Arc<RecordType>,
    fields: Vec<Value>,
}

impl TryFrom<RecordRepr> for Record {
    type Error = Error;
    fn try_from(r: RecordRepr) -> Result<Self, Error> {
        Record::new(r.ty, r.fields)
    }
}

#[derive(Deserialize)]
pub(super) struct TupleRepr {
    ty: Arc<[ValueType]>,
    values: Vec<Value>,
}

impl TryFrom<TupleRepr> for Tuple {
    type Error = Error;
    fn try_from(t: TupleRepr) -> Result<Self, Error> {
        Tuple::new(t.ty, t.values)
    }
}

fn no_case(case: u32, count: usize) -> Error {
    Error::Type(format!(
        "case {case} is out of range: the type has {count} cases"
    ))
}

#[derive(Deserialize)]
pub(super) struct VariantRepr {
    ty: Arc<VariantType>,
    case: u32,
    payload: Option<Box<Value>>,
}

impl TryFrom<VariantRepr> for Variant {
    type Error = Error;
    fn try_from(v: VariantRepr) -> Result<Self, Error> {
        let (name, _) =
            v.ty.cases
                .get(v.case as usize)
                .ok_or_else(|| no_case(v.case, v.ty.cases.len()))?;
        let name = name.clone();
        Variant::new(v.ty, &name, v.payload.map(|p| *p))
    }
}

#[derive(Deserialize)]
pub(super) struct EnumRepr {
    ty: Arc<[Box<str>]>,
    case: u32,
}

impl TryFrom<EnumRepr> for Enum {
    type Error = Error;
    fn try_from(e: EnumRepr) -> Result<Self, Error> {
        if e.case as usize >= e.ty.len() {
            return Err(no_case(e.case, e.ty.len()));
        }
        Ok(Enum::new_unchecked(e.ty, e.case))
    }
}

#[derive(Deserialize)]
pub(super) struct OptionRepr {
    ty: Arc<ValueType>,
    value: Option<Box<Value>>,
}

impl TryFrom<OptionRepr> for OptionValue {
    type Error = Error;
    fn try_from(o: OptionRepr) -> Result<Self, Error> {
        OptionValue::new(o.ty, o.value.map(|v| *v))
    }
}

type Payload = Option<Box<Value>>;

#[derive(Deserialize)]
pub(super) struct ResultRepr {
    ty: Arc<ResultType>,
    value: Result<Payload, Payload>,
}

impl TryFrom<ResultRepr> for ResultValue {
    type Error = Error;
    fn try_from(r: ResultRepr) -> Result<Self, Error> {
        let unbox = |p: Payload| p.map(|v| *v);
        ResultValue::new(r.ty, r.value.map(unbox).map_err(unbox))
    }
}

#[derive(Deserialize)]
pub(super) struct FlagsRepr {
    ty: Arc<[Box<str>]>,
    bits: Vec<u32>,
}

impl TryFrom<FlagsRepr> for Flags {
    type Error = Error;
    fn try_from(f: FlagsRepr) -> Result<Self, Error> {
        let words = f.ty.len().div_ceil(32);
        if f.bits.len() != words {
            return Err(Error::Type(format!(
                "flags of {} names need {words} words of bits, {} given",
                f.ty.len(),
                f.bits.len()
            )));
        }
        let masked = Flags::from_bits(f.ty, f.bits.clone());
        if *masked.bits != *f.bits {
            return Err(Error::Type(
                "flags bits are set beyond the type's names".into(),
            ));
        }
        Ok(masked)
    }
}

#[derive(Deserialize)]
pub(super) struct ListRepr {
    elem: Arc<ValueType>,
    data: ListData,
}

/// A list of primitives `T`, if the element type is `T`'s.
fn primitive<T: ListPrimitive>(elem: &ValueType, data: Arc<[T]>) -> Result<List, Error> {
    if *elem == T::TYPE {
        Ok(List::from_arc(data))
    } else {
        Err(Error::Type(format!(
            "list data of `{}` for element type `{elem}`",
            T::TYPE
        )))
    }
}

impl TryFrom<ListRepr> for List {
    type Error = Error;
    fn try_from(l: ListRepr) -> Result<Self, Error> {
        let elem = &*l.elem;
        match l.data {
            ListData::U8(d) => primitive(elem, d),
            ListData::S8(d) => primitive(elem, d),
            ListData::U16(d) => primitive(elem, d),
            ListData::S16(d) => primitive(elem, d),
            ListData::U32(d) => primitive(elem, d),
            ListData::S32(d) => primitive(elem, d),
            ListData::U64(d) => primitive(elem, d),
            ListData::S64(d) => primitive(elem, d),
            ListData::F32(d) => primitive(elem, d),
            ListData::F64(d) => primitive(elem, d),
            // Checked element by element, and stored specialised if the
            // element type is a primitive.
            ListData::Values(values) => List::new(elem.clone(), values.to_vec()),
        }
    }
}
