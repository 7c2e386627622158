//! WAVE text for values, through wasm-wave's `WasmType`/`WasmValue` traits:
//! any value can be written with `Value::to_wave` and read back with
//! `Value::from_wave`.

use std::borrow::Cow;

use wasm_wave::wasm::{WasmType, WasmTypeKind, WasmValue, WasmValueError};

use crate::error::Error;
use crate::types::ValueType;
use crate::value::{Enum, Flags, List, OptionValue, Record, ResultValue, Tuple, Value, Variant};

impl WasmType for ValueType {
    fn kind(&self) -> WasmTypeKind {
        match self {
            ValueType::Bool => WasmTypeKind::Bool,
            ValueType::S8 => WasmTypeKind::S8,
            ValueType::U8 => WasmTypeKind::U8,
            ValueType::S16 => WasmTypeKind::S16,
            ValueType::U16 => WasmTypeKind::U16,
            ValueType::S32 => WasmTypeKind::S32,
            ValueType::U32 => WasmTypeKind::U32,
            ValueType::S64 => WasmTypeKind::S64,
            ValueType::U64 => WasmTypeKind::U64,
            ValueType::F32 => WasmTypeKind::F32,
            ValueType::F64 => WasmTypeKind::F64,
            ValueType::Char => WasmTypeKind::Char,
            ValueType::String => WasmTypeKind::String,
            ValueType::List(_) => WasmTypeKind::List,
            ValueType::Record(_) => WasmTypeKind::Record,
            ValueType::Tuple(_) => WasmTypeKind::Tuple,
            ValueType::Variant(_) => WasmTypeKind::Variant,
            ValueType::Enum(_) => WasmTypeKind::Enum,
            ValueType::Option(_) => WasmTypeKind::Option,
            ValueType::Result(_) => WasmTypeKind::Result,
            ValueType::Flags(_) => WasmTypeKind::Flags,
            ValueType::Own(_) | ValueType::Borrow(_) => WasmTypeKind::Unsupported,
        }
    }

    fn list_element_type(&self) -> Option<Self> {
        match self {
            ValueType::List(e) => Some((**e).clone()),
            _ => None,
        }
    }

    fn record_fields(&self) -> Box<dyn Iterator<Item = (Cow<'_, str>, Self)> + '_> {
        match self {
            ValueType::Record(r) => Box::new(
                r.fields
                    .iter()
                    .map(|(n, t)| (Cow::Borrowed(&**n), t.clone())),
            ),
            _ => Box::new(std::iter::empty()),
        }
    }

    fn tuple_element_types(&self) -> Box<dyn Iterator<Item = Self> + '_> {
        match self {
            ValueType::Tuple(ts) => Box::new(ts.iter().cloned()),
            _ => Box::new(std::iter::empty()),
        }
    }

    fn variant_cases(&self) -> Box<dyn Iterator<Item = (Cow<'_, str>, Option<Self>)> + '_> {
        match self {
            ValueType::Variant(v) => Box::new(
                v.cases
                    .iter()
                    .map(|(n, t)| (Cow::Borrowed(&**n), t.clone())),
            ),
            _ => Box::new(std::iter::empty()),
        }
    }

    fn enum_cases(&self) -> Box<dyn Iterator<Item = Cow<'_, str>> + '_> {
        match self {
            ValueType::Enum(names) => Box::new(names.iter().map(|n| Cow::Borrowed(&**n))),
            _ => Box::new(std::iter::empty()),
        }
    }

    fn option_some_type(&self) -> Option<Self> {
        match self {
            ValueType::Option(t) => Some((**t).clone()),
            _ => None,
        }
    }

    fn result_types(&self) -> Option<(Option<Self>, Option<Self>)> {
        match self {
            ValueType::Result(r) => Some((r.ok.clone(), r.err.clone())),
            _ => None,
        }
    }

    fn flags_names(&self) -> Box<dyn Iterator<Item = Cow<'_, str>> + '_> {
        match self {
            ValueType::Flags(names) => Box::new(names.iter().map(|n| Cow::Borrowed(&**n))),
            _ => Box::new(std::iter::empty()),
        }
    }
}

fn wrong_kind(ty: &ValueType, kind: WasmTypeKind) -> WasmValueError {
    WasmValueError::WrongTypeKind {
        kind,
        ty: ty.to_string(),
    }
}

fn other(e: Error) -> WasmValueError {
    WasmValueError::Other(e.to_string())
}

impl WasmValue for Value {
    type Type = ValueType;

    fn kind(&self) -> WasmTypeKind {
        self.ty().kind()
    }

    fn make_bool(val: bool) -> Self {
        Value::Bool(val)
    }
    fn make_s8(val: i8) -> Self {
        Value::S8(val)
    }
    fn make_s16(val: i16) -> Self {
        Value::S16(val)
    }
    fn make_s32(val: i32) -> Self {
        Value::S32(val)
    }
    fn make_s64(val: i64) -> Self {
        Value::S64(val)
    }
    fn make_u8(val: u8) -> Self {
        Value::U8(val)
    }
    fn make_u16(val: u16) -> Self {
        Value::U16(val)
    }
    fn make_u32(val: u32) -> Self {
        Value::U32(val)
    }
    fn make_u64(val: u64) -> Self {
        Value::U64(val)
    }
    fn make_f32(val: f32) -> Self {
        Value::F32(val)
    }
    fn make_f64(val: f64) -> Self {
        Value::F64(val)
    }
    fn make_char(val: char) -> Self {
        Value::Char(val)
    }
    fn make_string(val: Cow<'_, str>) -> Self {
        Value::String(val.into())
    }

    fn make_list(
        ty: &Self::Type,
        vals: impl IntoIterator<Item = Self>,
    ) -> Result<Self, WasmValueError> {
        let ValueType::List(e) = ty else {
            return Err(wrong_kind(ty, WasmTypeKind::List));
        };
        List::new((**e).clone(), vals.into_iter().collect())
            .map(Value::List)
            .map_err(other)
    }

    fn make_record<'a>(
        ty: &Self::Type,
        fields: impl IntoIterator<Item = (&'a str, Self)>,
    ) -> Result<Self, WasmValueError> {
        let ValueType::Record(r) = ty else {
            return Err(wrong_kind(ty, WasmTypeKind::Record));
        };
        let mut slots: Vec<Option<Value>> = vec![None; r.fields.len()];
        for (name, v) in fields {
            let i = r
                .field_index(name)
                .ok_or_else(|| WasmValueError::UnknownField(name.to_string()))?;
            slots[i] = Some(v);
        }
        let values = slots
            .into_iter()
            .zip(r.fields.iter())
            .map(|(v, (n, _))| v.ok_or_else(|| WasmValueError::MissingField(n.to_string())))
            .collect::<Result<Vec<_>, _>>()?;
        Record::new(r.clone(), values)
            .map(Value::Record)
            .map_err(other)
    }

    fn make_tuple(
        ty: &Self::Type,
        vals: impl IntoIterator<Item = Self>,
    ) -> Result<Self, WasmValueError> {
        let ValueType::Tuple(ts) = ty else {
            return Err(wrong_kind(ty, WasmTypeKind::Tuple));
        };
        let values: Vec<Value> = vals.into_iter().collect();
        if values.len() != ts.len() {
            return Err(WasmValueError::WrongNumberOfTupleValues {
                want: ts.len(),
                got: values.len(),
            });
        }
        Tuple::new(ts.clone(), values)
            .map(Value::Tuple)
            .map_err(other)
    }

    fn make_variant(
        ty: &Self::Type,
        case: &str,
        val: Option<Self>,
    ) -> Result<Self, WasmValueError> {
        let ValueType::Variant(v) = ty else {
            return Err(wrong_kind(ty, WasmTypeKind::Variant));
        };
        Variant::new(v.clone(), case, val)
            .map(Value::Variant)
            .map_err(other)
    }

    fn make_enum(ty: &Self::Type, case: &str) -> Result<Self, WasmValueError> {
        let ValueType::Enum(names) = ty else {
            return Err(wrong_kind(ty, WasmTypeKind::Enum));
        };
        Enum::new(names.clone(), case)
            .map(Value::Enum)
            .map_err(|_| WasmValueError::UnknownCase(case.to_string()))
    }

    fn make_option(ty: &Self::Type, val: Option<Self>) -> Result<Self, WasmValueError> {
        let ValueType::Option(t) = ty else {
            return Err(wrong_kind(ty, WasmTypeKind::Option));
        };
        OptionValue::new(t.clone(), val)
            .map(Value::Option)
            .map_err(other)
    }

    fn make_result(
        ty: &Self::Type,
        val: Result<Option<Self>, Option<Self>>,
    ) -> Result<Self, WasmValueError> {
        let ValueType::Result(r) = ty else {
            return Err(wrong_kind(ty, WasmTypeKind::Result));
        };
        ResultValue::new(r.clone(), val)
            .map(Value::Result)
            .map_err(other)
    }

    fn make_flags<'a>(
        ty: &Self::Type,
        names: impl IntoIterator<Item = &'a str>,
    ) -> Result<Self, WasmValueError> {
        let ValueType::Flags(all) = ty else {
            return Err(wrong_kind(ty, WasmTypeKind::Flags));
        };
        let set: Vec<&str> = names.into_iter().collect();
        Flags::new(all.clone(), &set)
            .map(Value::Flags)
            .map_err(other)
    }

    // The `unwrap_*` accessors are only called after checking `kind()`; a
    // mismatch yields a neutral value rather than a panic.
    fn unwrap_bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }
    fn unwrap_s8(&self) -> i8 {
        match self {
            Value::S8(x) => *x,
            _ => 0,
        }
    }
    fn unwrap_s16(&self) -> i16 {
        match self {
            Value::S16(x) => *x,
            _ => 0,
        }
    }
    fn unwrap_s32(&self) -> i32 {
        match self {
            Value::S32(x) => *x,
            _ => 0,
        }
    }
    fn unwrap_s64(&self) -> i64 {
        match self {
            Value::S64(x) => *x,
            _ => 0,
        }
    }
    fn unwrap_u8(&self) -> u8 {
        match self {
            Value::U8(x) => *x,
            _ => 0,
        }
    }
    fn unwrap_u16(&self) -> u16 {
        match self {
            Value::U16(x) => *x,
            _ => 0,
        }
    }
    fn unwrap_u32(&self) -> u32 {
        match self {
            Value::U32(x) => *x,
            _ => 0,
        }
    }
    fn unwrap_u64(&self) -> u64 {
        match self {
            Value::U64(x) => *x,
            _ => 0,
        }
    }
    fn unwrap_f32(&self) -> f32 {
        match self {
            Value::F32(x) => *x,
            _ => 0.0,
        }
    }
    fn unwrap_f64(&self) -> f64 {
        match self {
            Value::F64(x) => *x,
            _ => 0.0,
        }
    }
    fn unwrap_char(&self) -> char {
        match self {
            Value::Char(c) => *c,
            _ => '\0',
        }
    }
    fn unwrap_string(&self) -> Cow<'_, str> {
        match self {
            Value::String(s) => Cow::Borrowed(s),
            _ => Cow::Borrowed(""),
        }
    }
    fn unwrap_list(&self) -> Box<dyn Iterator<Item = Cow<'_, Self>> + '_> {
        match self {
            Value::List(l) => match l.values() {
                Some(vs) => Box::new(vs.iter().map(Cow::Borrowed)),
                None => Box::new(l.iter().map(Cow::Owned)),
            },
            _ => Box::new(std::iter::empty()),
        }
    }
    fn unwrap_record(&self) -> Box<dyn Iterator<Item = (Cow<'_, str>, Cow<'_, Self>)> + '_> {
        match self {
            Value::Record(r) => Box::new(
                r.fields()
                    .map(|(n, v)| (Cow::Borrowed(n), Cow::Borrowed(v))),
            ),
            _ => Box::new(std::iter::empty()),
        }
    }
    fn unwrap_tuple(&self) -> Box<dyn Iterator<Item = Cow<'_, Self>> + '_> {
        match self {
            Value::Tuple(t) => Box::new(t.values().iter().map(Cow::Borrowed)),
            _ => Box::new(std::iter::empty()),
        }
    }
    fn unwrap_variant(&self) -> (Cow<'_, str>, Option<Cow<'_, Self>>) {
        match self {
            Value::Variant(v) => (Cow::Borrowed(v.case_name()), v.payload().map(Cow::Borrowed)),
            _ => (Cow::Borrowed(""), None),
        }
    }
    fn unwrap_enum(&self) -> Cow<'_, str> {
        match self {
            Value::Enum(e) => Cow::Borrowed(e.case_name()),
            _ => Cow::Borrowed(""),
        }
    }
    fn unwrap_option(&self) -> Option<Cow<'_, Self>> {
        match self {
            Value::Option(o) => o.value().map(Cow::Borrowed),
            _ => None,
        }
    }
    fn unwrap_result(&self) -> Result<Option<Cow<'_, Self>>, Option<Cow<'_, Self>>> {
        match self {
            Value::Result(r) => match r.value() {
                Ok(v) => Ok(v.map(Cow::Borrowed)),
                Err(v) => Err(v.map(Cow::Borrowed)),
            },
            _ => Ok(None),
        }
    }
    fn unwrap_flags(&self) -> Box<dyn Iterator<Item = Cow<'_, str>> + '_> {
        match self {
            Value::Flags(f) => Box::new(f.set_names().map(Cow::Borrowed)),
            _ => Box::new(std::iter::empty()),
        }
    }
}

impl Value {
    /// The value as WAVE text.
    pub fn to_wave(&self) -> Result<String, Error> {
        wasm_wave::to_string(self).map_err(|e| Error::Type(e.to_string()))
    }

    /// Parses WAVE text as a value of type `ty`.
    pub fn from_wave(ty: &ValueType, text: &str) -> Result<Value, Error> {
        wasm_wave::from_str::<Value>(ty, text).map_err(|e| Error::Type(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    use crate::types::{RecordType, ResultType, VariantType};

    fn round_trip(ty: &ValueType, text: &str) {
        let v = Value::from_wave(ty, text).unwrap();
        assert!(v.has_type(ty), "{text}");
        assert_eq!(v.to_wave().unwrap(), text);
    }

    #[test]
    fn wave_round_trips() {
        round_trip(&ValueType::U32, "42");
        round_trip(&ValueType::String, "\"hi ☃\"");
        round_trip(&ValueType::List(Arc::new(ValueType::U8)), "[1, 2, 3]");
        let rec = ValueType::Record(Arc::new(RecordType {
            fields: vec![("a".into(), ValueType::S8), ("b".into(), ValueType::Bool)].into(),
        }));
        round_trip(&rec, "{a: -1, b: true}");
        let var = ValueType::Variant(Arc::new(VariantType {
            cases: vec![("x".into(), None), ("y".into(), Some(ValueType::Char))].into(),
        }));
        round_trip(&var, "y('c')");
        round_trip(&var, "x");
        let res = ValueType::Result(Arc::new(ResultType {
            ok: Some(ValueType::F64),
            err: None,
        }));
        round_trip(&res, "ok(1.5)");
        let flags = ValueType::Flags(vec!["p".into(), "q".into()].into());
        round_trip(&flags, "{q}");
        round_trip(&ValueType::Option(Arc::new(ValueType::U16)), "some(7)");
        round_trip(
            &ValueType::Tuple(vec![ValueType::U8, ValueType::String].into()),
            "(1, \"x\")",
        );
    }

    #[test]
    fn wave_errors_are_typed() {
        assert!(Value::from_wave(&ValueType::U8, "300").is_err());
        assert!(Value::from_wave(&ValueType::Bool, "maybe").is_err());
    }
}
