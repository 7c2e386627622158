//! Dynamic component values. Lists of primitives are stored specialised, so
//! `List::typed::<u8>()` (and the other primitives) is a zero-copy `&[T]`.

use std::sync::Arc;

use crate::error::Error;
use crate::resource::ResourceAny;
use crate::types::{RecordType, ResultType, ValueType, VariantType};

#[cfg(feature = "serde")]
mod checked;

/// A component-level value.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Value {
    /// `bool`
    Bool(bool),
    /// `s8`
    S8(i8),
    /// `u8`
    U8(u8),
    /// `s16`
    S16(i16),
    /// `u16`
    U16(u16),
    /// `s32`
    S32(i32),
    /// `u32`
    U32(u32),
    /// `s64`
    S64(i64),
    /// `u64`
    U64(u64),
    /// `f32`
    F32(f32),
    /// `f64`
    F64(f64),
    /// `char`
    Char(char),
    /// `string`
    String(Arc<str>),
    /// `list<T>`
    List(List),
    /// `record`
    Record(Record),
    /// `tuple`
    Tuple(Tuple),
    /// `variant`
    Variant(Variant),
    /// `enum`
    Enum(Enum),
    /// `option`
    Option(OptionValue),
    /// `result`
    Result(ResultValue),
    /// `flags`
    Flags(Flags),
    /// `own<R>` or `borrow<R>`: a handle the host holds.
    #[cfg_attr(feature = "serde", serde(skip))]
    Resource(ResourceAny),
}

fn mismatch(expected: &ValueType, got: &Value) -> Error {
    Error::Type(format!(
        "expected a value of type {expected}, got {}",
        got.ty()
    ))
}

fn check(expected: &ValueType, v: &Value) -> Result<(), Error> {
    if v.has_type(expected) {
        Ok(())
    } else {
        Err(mismatch(expected, v))
    }
}

impl Value {
    /// The type of this value.
    pub fn ty(&self) -> ValueType {
        match self {
            Value::Bool(_) => ValueType::Bool,
            Value::S8(_) => ValueType::S8,
            Value::U8(_) => ValueType::U8,
            Value::S16(_) => ValueType::S16,
            Value::U16(_) => ValueType::U16,
            Value::S32(_) => ValueType::S32,
            Value::U32(_) => ValueType::U32,
            Value::S64(_) => ValueType::S64,
            Value::U64(_) => ValueType::U64,
            Value::F32(_) => ValueType::F32,
            Value::F64(_) => ValueType::F64,
            Value::Char(_) => ValueType::Char,
            Value::String(_) => ValueType::String,
            Value::List(l) => ValueType::List(l.elem.clone()),
            Value::Record(r) => ValueType::Record(r.ty.clone()),
            Value::Tuple(t) => ValueType::Tuple(t.ty.clone()),
            Value::Variant(v) => ValueType::Variant(v.ty.clone()),
            Value::Enum(e) => ValueType::Enum(e.ty.clone()),
            Value::Option(o) => ValueType::Option(o.ty.clone()),
            Value::Result(r) => ValueType::Result(r.ty.clone()),
            Value::Flags(f) => ValueType::Flags(f.ty.clone()),
            // The handle's runtime type is `r.ty()`; value types name
            // resources by component-local number, unknown here.
            Value::Resource(r) if r.owned() => ValueType::Own(u32::MAX),
            Value::Resource(_) => ValueType::Borrow(u32::MAX),
        }
    }

    /// Whether this value has type `ty` (structurally), without building
    /// the value's type.
    pub fn has_type(&self, ty: &ValueType) -> bool {
        match (self, ty) {
            (Value::Bool(_), ValueType::Bool)
            | (Value::S8(_), ValueType::S8)
            | (Value::U8(_), ValueType::U8)
            | (Value::S16(_), ValueType::S16)
            | (Value::U16(_), ValueType::U16)
            | (Value::S32(_), ValueType::S32)
            | (Value::U32(_), ValueType::U32)
            | (Value::S64(_), ValueType::S64)
            | (Value::U64(_), ValueType::U64)
            | (Value::F32(_), ValueType::F32)
            | (Value::F64(_), ValueType::F64)
            | (Value::Char(_), ValueType::Char)
            | (Value::String(_), ValueType::String) => true,
            // Compound values carry their type; resource numbers in it
            // may differ (see `ValueType::matches`).
            (Value::List(l), ValueType::List(t)) => l.elem.matches(t),
            (Value::Record(r), ValueType::Record(t)) => Arc::ptr_eq(&r.ty, t) || r.ty.matches(t),
            (Value::Tuple(v), ValueType::Tuple(t)) => {
                Arc::ptr_eq(&v.ty, t) || crate::types::tuple_matches(&v.ty, t)
            }
            (Value::Variant(v), ValueType::Variant(t)) => Arc::ptr_eq(&v.ty, t) || v.ty.matches(t),
            (Value::Enum(v), ValueType::Enum(t)) => *v.ty == **t,
            (Value::Option(v), ValueType::Option(t)) => v.ty.matches(t),
            (Value::Result(v), ValueType::Result(t)) => Arc::ptr_eq(&v.ty, t) || v.ty.matches(t),
            (Value::Flags(v), ValueType::Flags(t)) => *v.ty == **t,
            // Resource identity is checked when the handle is lowered; an
            // owned handle may be passed where a borrow is expected.
            (Value::Resource(r), ValueType::Own(_)) => r.owned(),
            (Value::Resource(_), ValueType::Borrow(_)) => true,
            _ => false,
        }
    }

    /// A string value.
    pub fn string(s: &str) -> Value {
        Value::String(s.into())
    }
}

/// A primitive that lists store specialised.
pub trait ListPrimitive: Copy + sealed::Sealed + 'static {
    /// The element type.
    const TYPE: ValueType;
    #[doc(hidden)]
    fn wrap(data: Arc<[Self]>) -> ListData;
    #[doc(hidden)]
    fn view(data: &ListData) -> Option<&[Self]>;
}

mod sealed {
    pub trait Sealed {}
}

/// The storage of a list.
#[doc(hidden)]
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum ListData {
    U8(Arc<[u8]>),
    S8(Arc<[i8]>),
    U16(Arc<[u16]>),
    S16(Arc<[i16]>),
    U32(Arc<[u32]>),
    S32(Arc<[i32]>),
    U64(Arc<[u64]>),
    S64(Arc<[i64]>),
    F32(Arc<[f32]>),
    F64(Arc<[f64]>),
    Values(Arc<[Value]>),
}

macro_rules! prims {
    ($($t:ty => $variant:ident, $vt:ident;)*) => {$(
        impl sealed::Sealed for $t {}
        impl ListPrimitive for $t {
            const TYPE: ValueType = ValueType::$vt;
            fn wrap(data: Arc<[Self]>) -> ListData {
                ListData::$variant(data)
            }
            fn view(data: &ListData) -> Option<&[Self]> {
                match data {
                    ListData::$variant(d) => Some(d),
                    _ => None,
                }
            }
        }
    )*};
}

prims! {
    u8 => U8, U8;
    i8 => S8, S8;
    u16 => U16, U16;
    i16 => S16, S16;
    u32 => U32, U32;
    i32 => S32, S32;
    u64 => U64, U64;
    i64 => S64, S64;
    f32 => F32, F32;
    f64 => F64, F64;
}

/// A `list<T>` value.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "checked::ListRepr")
)]
pub struct List {
    elem: Arc<ValueType>,
    data: ListData,
}

impl List {
    /// A list of `elem` values; each must have type `elem`.
    pub fn new(elem: ValueType, values: Vec<Value>) -> Result<List, Error> {
        for v in &values {
            check(&elem, v)?;
        }
        Ok(Self::from_values_unchecked(Arc::new(elem), values))
    }

    pub(crate) fn from_values_unchecked(elem: Arc<ValueType>, values: Vec<Value>) -> List {
        macro_rules! spec {
            ($($vt:ident => $t:ty),*) => {
                match &*elem {
                    $(ValueType::$vt => {
                        let data: Arc<[$t]> = values
                            .iter()
                            .filter_map(|v| match v { Value::$vt(x) => Some(*x), _ => None })
                            .collect();
                        return List { data: <$t>::wrap(data), elem };
                    })*
                    _ => {}
                }
            };
        }
        spec!(U8 => u8, S8 => i8, U16 => u16, S16 => i16, U32 => u32, S32 => i32,
              U64 => u64, S64 => i64, F32 => f32, F64 => f64);
        List {
            data: ListData::Values(values.into()),
            elem,
        }
    }

    /// A list of primitives, stored without boxing each element.
    pub fn from_slice<T: ListPrimitive>(items: &[T]) -> List {
        List {
            elem: Arc::new(T::TYPE),
            data: T::wrap(items.into()),
        }
    }

    pub(crate) fn from_arc<T: ListPrimitive>(items: Arc<[T]>) -> List {
        List {
            elem: Arc::new(T::TYPE),
            data: T::wrap(items),
        }
    }

    /// The element type.
    pub fn elem_type(&self) -> &ValueType {
        &self.elem
    }

    /// The elements as a slice of primitives, when they are `T`s.
    pub fn typed<T: ListPrimitive>(&self) -> Option<&[T]> {
        T::view(&self.data)
    }

    /// The elements as values, when not stored specialised.
    pub fn values(&self) -> Option<&[Value]> {
        match &self.data {
            ListData::Values(v) => Some(v),
            _ => None,
        }
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        match &self.data {
            ListData::U8(d) => d.len(),
            ListData::S8(d) => d.len(),
            ListData::U16(d) => d.len(),
            ListData::S16(d) => d.len(),
            ListData::U32(d) => d.len(),
            ListData::S32(d) => d.len(),
            ListData::U64(d) => d.len(),
            ListData::S64(d) => d.len(),
            ListData::F32(d) => d.len(),
            ListData::F64(d) => d.len(),
            ListData::Values(d) => d.len(),
        }
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The element at `i` as a value.
    pub fn get(&self, i: usize) -> Option<Value> {
        Some(match &self.data {
            ListData::U8(d) => Value::U8(*d.get(i)?),
            ListData::S8(d) => Value::S8(*d.get(i)?),
            ListData::U16(d) => Value::U16(*d.get(i)?),
            ListData::S16(d) => Value::S16(*d.get(i)?),
            ListData::U32(d) => Value::U32(*d.get(i)?),
            ListData::S32(d) => Value::S32(*d.get(i)?),
            ListData::U64(d) => Value::U64(*d.get(i)?),
            ListData::S64(d) => Value::S64(*d.get(i)?),
            ListData::F32(d) => Value::F32(*d.get(i)?),
            ListData::F64(d) => Value::F64(*d.get(i)?),
            ListData::Values(d) => d.get(i)?.clone(),
        })
    }

    /// The elements as values.
    pub fn iter(&self) -> impl Iterator<Item = Value> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    pub(crate) fn data(&self) -> &ListData {
        &self.data
    }
}

/// A `record` value.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "checked::RecordRepr")
)]
pub struct Record {
    ty: Arc<RecordType>,
    fields: Box<[Value]>,
}

impl Record {
    /// A record of type `ty` with `fields` in order.
    pub fn new(ty: Arc<RecordType>, fields: Vec<Value>) -> Result<Record, Error> {
        if fields.len() != ty.fields.len() {
            return Err(Error::Type(format!(
                "record has {} fields, {} given",
                ty.fields.len(),
                fields.len()
            )));
        }
        for ((_, t), v) in ty.fields.iter().zip(&fields) {
            check(t, v)?;
        }
        Ok(Record {
            ty,
            fields: fields.into(),
        })
    }

    pub(crate) fn new_unchecked(ty: Arc<RecordType>, fields: Vec<Value>) -> Record {
        Record {
            ty,
            fields: fields.into(),
        }
    }

    /// The type.
    pub fn ty(&self) -> &Arc<RecordType> {
        &self.ty
    }

    /// The field named `name`.
    pub fn field(&self, name: &str) -> Option<&Value> {
        self.fields.get(self.ty.field_index(name)?)
    }

    /// The fields with their names, in order.
    pub fn fields(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.ty
            .fields
            .iter()
            .map(|(n, _)| &**n)
            .zip(self.fields.iter())
    }

    /// The field values in order.
    pub fn values(&self) -> &[Value] {
        &self.fields
    }
}

/// A `tuple` value.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "checked::TupleRepr")
)]
pub struct Tuple {
    ty: Arc<[ValueType]>,
    values: Box<[Value]>,
}

impl Tuple {
    /// A tuple of type `ty`.
    pub fn new(ty: Arc<[ValueType]>, values: Vec<Value>) -> Result<Tuple, Error> {
        if values.len() != ty.len() {
            return Err(Error::Type("tuple arity mismatch".into()));
        }
        for (t, v) in ty.iter().zip(&values) {
            check(t, v)?;
        }
        Ok(Tuple {
            ty,
            values: values.into(),
        })
    }

    pub(crate) fn new_unchecked(ty: Arc<[ValueType]>, values: Vec<Value>) -> Tuple {
        Tuple {
            ty,
            values: values.into(),
        }
    }

    /// The element types.
    pub fn ty(&self) -> &Arc<[ValueType]> {
        &self.ty
    }

    /// The elements.
    pub fn values(&self) -> &[Value] {
        &self.values
    }
}

/// A `variant` value.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "checked::VariantRepr")
)]
pub struct Variant {
    ty: Arc<VariantType>,
    case: u32,
    payload: Option<Box<Value>>,
}

impl Variant {
    /// A variant of type `ty` in case `case` (by name).
    pub fn new(ty: Arc<VariantType>, case: &str, payload: Option<Value>) -> Result<Variant, Error> {
        let index = ty
            .case_index(case)
            .ok_or_else(|| Error::Type(format!("no case `{case}`")))?;
        match (&ty.cases[index].1, &payload) {
            (None, None) => {}
            (Some(t), Some(v)) => check(t, v)?,
            _ => return Err(Error::Type(format!("payload mismatch for case `{case}`"))),
        }
        Ok(Variant {
            ty,
            case: index as u32,
            payload: payload.map(Box::new),
        })
    }

    pub(crate) fn new_unchecked(ty: Arc<VariantType>, case: u32, payload: Option<Value>) -> Self {
        Variant {
            ty,
            case,
            payload: payload.map(Box::new),
        }
    }

    /// The type.
    pub fn ty(&self) -> &Arc<VariantType> {
        &self.ty
    }

    /// The case index.
    pub fn discriminant(&self) -> u32 {
        self.case
    }

    /// The case name.
    pub fn case_name(&self) -> &str {
        &self.ty.cases[self.case as usize].0
    }

    /// The payload.
    pub fn payload(&self) -> Option<&Value> {
        self.payload.as_deref()
    }
}

/// An `enum` value.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "checked::EnumRepr")
)]
pub struct Enum {
    ty: Arc<[Box<str>]>,
    case: u32,
}

impl Enum {
    /// An enum value of type `ty` in case `case` (by name).
    pub fn new(ty: Arc<[Box<str>]>, case: &str) -> Result<Enum, Error> {
        let index = ty
            .iter()
            .position(|n| &**n == case)
            .ok_or_else(|| Error::Type(format!("no enum case `{case}`")))?;
        Ok(Enum {
            ty,
            case: index as u32,
        })
    }

    pub(crate) fn new_unchecked(ty: Arc<[Box<str>]>, case: u32) -> Enum {
        Enum { ty, case }
    }

    /// The case names.
    pub fn ty(&self) -> &Arc<[Box<str>]> {
        &self.ty
    }

    /// The case index.
    pub fn discriminant(&self) -> u32 {
        self.case
    }

    /// The case name.
    pub fn case_name(&self) -> &str {
        &self.ty[self.case as usize]
    }
}

/// An `option` value.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "checked::OptionRepr")
)]
pub struct OptionValue {
    ty: Arc<ValueType>,
    value: Option<Box<Value>>,
}

impl OptionValue {
    /// An option with payload type `ty`.
    pub fn new(ty: Arc<ValueType>, value: Option<Value>) -> Result<OptionValue, Error> {
        if let Some(v) = &value {
            check(&ty, v)?;
        }
        Ok(OptionValue {
            ty,
            value: value.map(Box::new),
        })
    }

    pub(crate) fn new_unchecked(ty: Arc<ValueType>, value: Option<Value>) -> Self {
        OptionValue {
            ty,
            value: value.map(Box::new),
        }
    }

    /// The payload type.
    pub fn ty(&self) -> &Arc<ValueType> {
        &self.ty
    }

    /// The payload.
    pub fn value(&self) -> Option<&Value> {
        self.value.as_deref()
    }
}

/// A `result` value.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "checked::ResultRepr")
)]
pub struct ResultValue {
    ty: Arc<ResultType>,
    value: Result<Option<Box<Value>>, Option<Box<Value>>>,
}

impl ResultValue {
    /// A result of type `ty`.
    pub fn new(
        ty: Arc<ResultType>,
        value: Result<Option<Value>, Option<Value>>,
    ) -> Result<ResultValue, Error> {
        let (t, v) = match &value {
            Ok(v) => (&ty.ok, v),
            Err(v) => (&ty.err, v),
        };
        match (t, v) {
            (None, None) => {}
            (Some(t), Some(v)) => check(t, v)?,
            _ => return Err(Error::Type("result payload mismatch".into())),
        }
        Ok(Self::new_unchecked(ty, value))
    }

    pub(crate) fn new_unchecked(
        ty: Arc<ResultType>,
        value: Result<Option<Value>, Option<Value>>,
    ) -> Self {
        ResultValue {
            ty,
            value: value.map(|v| v.map(Box::new)).map_err(|v| v.map(Box::new)),
        }
    }

    /// The type.
    pub fn ty(&self) -> &Arc<ResultType> {
        &self.ty
    }

    /// The payload.
    pub fn value(&self) -> Result<Option<&Value>, Option<&Value>> {
        match &self.value {
            Ok(v) => Ok(v.as_deref()),
            Err(v) => Err(v.as_deref()),
        }
    }
}

/// A `flags` value, of any number of flags.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "checked::FlagsRepr")
)]
pub struct Flags {
    ty: Arc<[Box<str>]>,
    bits: Box<[u32]>,
}

impl Flags {
    /// A flags value of type `ty` with the flags named in `set`.
    pub fn new(ty: Arc<[Box<str>]>, set: &[&str]) -> Result<Flags, Error> {
        let mut bits = vec![0u32; ty.len().div_ceil(32)];
        for name in set {
            let i = ty
                .iter()
                .position(|n| &**n == *name)
                .ok_or_else(|| Error::Type(format!("no flag `{name}`")))?;
            bits[i / 32] |= 1 << (i % 32);
        }
        Ok(Flags {
            ty,
            bits: bits.into(),
        })
    }

    /// Flags from bit words; bits beyond the type are masked off.
    pub(crate) fn from_bits(ty: Arc<[Box<str>]>, mut bits: Vec<u32>) -> Flags {
        let n = ty.len();
        bits.resize(n.div_ceil(32), 0);
        if !n.is_multiple_of(32)
            && let Some(last) = bits.last_mut()
        {
            *last &= (1u32 << (n % 32)) - 1;
        }
        Flags {
            ty,
            bits: bits.into(),
        }
    }

    /// The flag names.
    pub fn ty(&self) -> &Arc<[Box<str>]> {
        &self.ty
    }

    /// The bit words (32 flags each, lowest first).
    pub fn bits(&self) -> &[u32] {
        &self.bits
    }

    /// Whether flag `name` is set.
    pub fn is_set(&self, name: &str) -> bool {
        self.ty
            .iter()
            .position(|n| &**n == name)
            .is_some_and(|i| self.bits[i / 32] & (1 << (i % 32)) != 0)
    }

    /// The names of the flags set, in order.
    pub fn set_names(&self) -> impl Iterator<Item = &str> {
        self.ty
            .iter()
            .enumerate()
            .filter(|(i, _)| self.bits[i / 32] & (1 << (i % 32)) != 0)
            .map(|(_, n)| &**n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn primitive_lists_are_stored_specialised() {
        let l = List::new(ValueType::U16, vec![Value::U16(1), Value::U16(2)]).unwrap();
        assert_eq!(l.typed::<u16>(), Some(&[1u16, 2][..]));
        assert_eq!(l.typed::<u8>(), None);
        assert_eq!(l.get(1), Some(Value::U16(2)));
        let s = List::new(ValueType::String, vec![Value::string("a")]).unwrap();
        assert_eq!(s.values().map(<[Value]>::len), Some(1));
        assert!(List::new(ValueType::U8, vec![Value::U16(1)]).is_err());
    }

    #[test]
    fn types_compare_by_structure() {
        let a = ValueType::Record(Arc::new(RecordType {
            fields: vec![("x".into(), ValueType::U32)].into(),
        }));
        let b = ValueType::Record(Arc::new(RecordType {
            fields: vec![("x".into(), ValueType::U32)].into(),
        }));
        assert_eq!(a, b);
        let ValueType::Record(r) = &a else { panic!() };
        let rec = Record::new(r.clone(), vec![Value::U32(3)]).unwrap();
        assert!(Value::Record(rec.clone()).has_type(&b));
        assert_eq!(rec.field("x"), Some(&Value::U32(3)));
        assert_eq!(rec.field("y"), None);
    }

    #[test]
    fn flags_of_any_size() {
        let names: Arc<[Box<str>]> = (0..40).map(|i| format!("f{i}").into()).collect();
        let f = Flags::new(names.clone(), &["f0", "f39"]).unwrap();
        assert_eq!(f.bits(), &[1, 1 << 7]);
        assert!(f.is_set("f39") && !f.is_set("f38"));
        let masked = Flags::from_bits(names, vec![0, u32::MAX]);
        assert_eq!(masked.bits(), &[0, 0xff]);
        assert!(Flags::new(Arc::from(Vec::<Box<str>>::new()), &["x"]).is_err());
    }
}
