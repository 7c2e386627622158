//! Executing canon-abi's plans: lifting values out of flat core values and
//! linear memory, and lowering values into them, with every guest-controlled
//! pointer, length, discriminant, char and string checked.

use std::sync::Arc;

use canon_abi::{Coercion, FlagsRepr, FlatType, Plan, Scalar, ValType};

use crate::backend::{CoreContext, CoreVal, FuncRef, MemoryRef, read_bytes, write_bytes};
use crate::component::StringEncoding;
use crate::convert::TypeSpace;
use crate::error::{Error, Trap, TrapKind};
use crate::resource::res_mut;
use crate::store::host_state;
use crate::types::ValueType;
use crate::value::{
    Enum, Flags, List, ListData, ListPrimitive, OptionValue, Record, ResultValue, Tuple, Value,
    Variant,
};

/// The longest string, in bytes, the canonical ABI moves.
const MAX_STRING_BYTE_LENGTH: u64 = (1 << 28) - 1;
const UTF16_TAG: u32 = 1 << 31;

mod string;

/// A fixed-capacity buffer of flat values: no allocation per call.
#[derive(Debug)]
pub struct Flat {
    vals: [CoreVal; 20],
    len: usize,
}

impl Flat {
    pub(crate) fn new() -> Self {
        Flat {
            vals: [CoreVal::I32(0); 20],
            len: 0,
        }
    }

    pub(crate) fn push(&mut self, v: CoreVal) -> Result<(), Trap> {
        let slot = self
            .vals
            .get_mut(self.len)
            .ok_or_else(|| Trap::new(TrapKind::Other("too many flat values".into())))?;
        *slot = v;
        self.len += 1;
        Ok(())
    }

    pub(crate) fn as_slice(&self) -> &[CoreVal] {
        &self.vals[..self.len]
    }

    pub(crate) fn as_mut_slice(&mut self) -> &mut [CoreVal] {
        &mut self.vals[..self.len]
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }
}

fn trap(kind: TrapKind) -> Trap {
    Trap::new(kind)
}

fn unsupported(what: &str) -> Trap {
    trap(TrapKind::Unsupported(what.into()))
}

pub(crate) fn bad_flat() -> Trap {
    trap(TrapKind::Other("core value of unexpected type".into()))
}

pub(crate) fn next(vals: &[CoreVal], pos: &mut usize) -> Result<CoreVal, Trap> {
    let v = *vals.get(*pos).ok_or_else(bad_flat)?;
    *pos += 1;
    Ok(v)
}

pub(crate) fn next_i32(vals: &[CoreVal], pos: &mut usize) -> Result<u32, Trap> {
    match next(vals, pos)? {
        CoreVal::I32(x) => Ok(x as u32),
        _ => Err(bad_flat()),
    }
}

fn char_of(i: u32) -> Result<char, Trap> {
    char::from_u32(i).ok_or(trap(TrapKind::InvalidChar(i)))
}

pub(crate) fn scalar_from_flat(s: Scalar, v: CoreVal) -> Result<Value, Trap> {
    Ok(match (s, v) {
        (Scalar::Bool, CoreVal::I32(x)) => Value::Bool(x != 0),
        (Scalar::S8, CoreVal::I32(x)) => Value::S8(x as i8),
        (Scalar::U8, CoreVal::I32(x)) => Value::U8(x as u8),
        (Scalar::S16, CoreVal::I32(x)) => Value::S16(x as i16),
        (Scalar::U16, CoreVal::I32(x)) => Value::U16(x as u16),
        (Scalar::S32, CoreVal::I32(x)) => Value::S32(x),
        (Scalar::U32, CoreVal::I32(x)) => Value::U32(x as u32),
        (Scalar::S64, CoreVal::I64(x)) => Value::S64(x),
        (Scalar::U64, CoreVal::I64(x)) => Value::U64(x as u64),
        (Scalar::F32, CoreVal::F32(x)) => Value::F32(f32::from_bits(x)),
        (Scalar::F64, CoreVal::F64(x)) => Value::F64(f64::from_bits(x)),
        (Scalar::Char, CoreVal::I32(x)) => Value::Char(char_of(x as u32)?),
        _ => return Err(bad_flat()),
    })
}

fn type_error(expected: &str, v: &Value) -> Error {
    Error::Type(format!(
        "expected {expected}, got a value of type {}",
        v.ty()
    ))
}

pub(crate) fn scalar_to_flat(s: Scalar, v: &Value) -> Result<CoreVal, Error> {
    Ok(match (s, v) {
        (Scalar::Bool, Value::Bool(b)) => CoreVal::I32(i32::from(*b)),
        (Scalar::S8, Value::S8(x)) => CoreVal::I32(i32::from(*x)),
        (Scalar::U8, Value::U8(x)) => CoreVal::I32(i32::from(*x)),
        (Scalar::S16, Value::S16(x)) => CoreVal::I32(i32::from(*x)),
        (Scalar::U16, Value::U16(x)) => CoreVal::I32(i32::from(*x)),
        (Scalar::S32, Value::S32(x)) => CoreVal::I32(*x),
        (Scalar::U32, Value::U32(x)) => CoreVal::I32(*x as i32),
        (Scalar::S64, Value::S64(x)) => CoreVal::I64(*x),
        (Scalar::U64, Value::U64(x)) => CoreVal::I64(*x as i64),
        (Scalar::F32, Value::F32(x)) => CoreVal::F32(x.to_bits()),
        (Scalar::F64, Value::F64(x)) => CoreVal::F64(x.to_bits()),
        (Scalar::Char, Value::Char(c)) => CoreVal::I32(*c as i32),
        _ => return Err(type_error(&format!("{s:?}"), v)),
    })
}

pub(crate) fn scalar_bytes(s: Scalar, v: &Value) -> Result<([u8; 8], usize), Error> {
    let mut b = [0u8; 8];
    let n = match (s, v) {
        (Scalar::Bool, Value::Bool(x)) => {
            b[0] = u8::from(*x);
            1
        }
        (Scalar::S8, Value::S8(x)) => {
            b[..1].copy_from_slice(&x.to_le_bytes());
            1
        }
        (Scalar::U8, Value::U8(x)) => {
            b[0] = *x;
            1
        }
        (Scalar::S16, Value::S16(x)) => {
            b[..2].copy_from_slice(&x.to_le_bytes());
            2
        }
        (Scalar::U16, Value::U16(x)) => {
            b[..2].copy_from_slice(&x.to_le_bytes());
            2
        }
        (Scalar::S32, Value::S32(x)) => {
            b[..4].copy_from_slice(&x.to_le_bytes());
            4
        }
        (Scalar::U32, Value::U32(x)) => {
            b[..4].copy_from_slice(&x.to_le_bytes());
            4
        }
        (Scalar::Char, Value::Char(x)) => {
            b[..4].copy_from_slice(&(*x as u32).to_le_bytes());
            4
        }
        (Scalar::F32, Value::F32(x)) => {
            b[..4].copy_from_slice(&x.to_le_bytes());
            4
        }
        (Scalar::S64, Value::S64(x)) => {
            b = x.to_le_bytes();
            8
        }
        (Scalar::U64, Value::U64(x)) => {
            b = x.to_le_bytes();
            8
        }
        (Scalar::F64, Value::F64(x)) => {
            b = x.to_le_bytes();
            8
        }
        _ => return Err(type_error(&format!("{s:?}"), v)),
    };
    Ok((b, n))
}

/// Applies a join coercion forwards (lowering).
pub(crate) fn coerce(c: Coercion, v: CoreVal) -> CoreVal {
    match (c, v) {
        (Coercion::F32AsI32, CoreVal::F32(b)) => CoreVal::I32(b as i32),
        (Coercion::I32AsI64, CoreVal::I32(x)) => CoreVal::I64(i64::from(x as u32)),
        (Coercion::F32AsI64, CoreVal::F32(b)) => CoreVal::I64(i64::from(b)),
        (Coercion::F64AsI64, CoreVal::F64(b)) => CoreVal::I64(b as i64),
        _ => v,
    }
}

/// Applies a join coercion backwards (lifting).
pub(crate) fn uncoerce(c: Coercion, v: CoreVal) -> Result<CoreVal, Trap> {
    Ok(match (c, v) {
        (Coercion::None, v) => v,
        (Coercion::F32AsI32, CoreVal::I32(x)) => CoreVal::F32(x as u32),
        (Coercion::I32AsI64, CoreVal::I64(x)) => CoreVal::I32(x as i32),
        (Coercion::F32AsI64, CoreVal::I64(x)) => CoreVal::F32(x as u32),
        (Coercion::F64AsI64, CoreVal::I64(x)) => CoreVal::F64(x as u64),
        _ => return Err(bad_flat()),
    })
}

pub(crate) fn zero(t: FlatType) -> CoreVal {
    match t {
        FlatType::I32 => CoreVal::I32(0),
        FlatType::I64 => CoreVal::I64(0),
        FlatType::F32 => CoreVal::F32(0),
        FlatType::F64 => CoreVal::F64(0),
    }
}

pub(crate) fn add(ptr: u32, offset: u32) -> Result<u32, Trap> {
    ptr.checked_add(offset)
        .ok_or(trap(TrapKind::PointerOutOfBounds { ptr, len: offset }))
}

/// Checks that `[ptr, ptr + len)` lies in a memory of `mem_len` bytes and that
/// `ptr` is aligned.
pub(crate) fn check_range(mem_len: usize, ptr: u32, len: u32, align: u32) -> Result<(), Trap> {
    if align > 1 && !ptr.is_multiple_of(align) {
        return Err(trap(TrapKind::MisalignedPointer { ptr, align }));
    }
    if u64::from(ptr) + u64::from(len) > mem_len as u64 {
        return Err(trap(TrapKind::PointerOutOfBounds { ptr, len }));
    }
    Ok(())
}

/// The `len` bytes at `ptr` of a memory, `ptr` aligned to `align`: the
/// whole range is checked once.
pub(crate) fn checked_slice(mem: &[u8], ptr: u32, len: u32, align: u32) -> Result<&[u8], Trap> {
    if align > 1 && !ptr.is_multiple_of(align) {
        return Err(trap(TrapKind::MisalignedPointer { ptr, align }));
    }
    read_bytes(mem, ptr, len)
}

/// The byte size of `n` list elements of `size` bytes, if it fits in 32 bits.
fn list_byte_len(n: u64, size: u32) -> Result<u32, Trap> {
    n.checked_mul(u64::from(size))
        .and_then(|b| u32::try_from(b).ok())
        .filter(|_| n <= u64::from(u32::MAX))
        .ok_or(trap(TrapKind::LengthOverflow))
}

/// The context of one lift or lower: the guest's memory and options.
pub(crate) struct Cx<'a> {
    pub(crate) cx: &'a mut dyn CoreContext,
    pub(crate) space: &'a TypeSpace,
    pub(crate) memory: Option<MemoryRef>,
    pub(crate) realloc: Option<FuncRef>,
    pub(crate) encoding: StringEncoding,
    /// The component instance whose memory this is (for `may_leave`).
    pub(crate) instance: usize,
    /// Where lowered strings come from (for transcoding size hints).
    pub(crate) src_encoding: StringEncoding,
}

impl Cx<'_> {
    pub(crate) fn mem(&self) -> Result<&[u8], Trap> {
        let m = self.memory.ok_or_else(|| unsupported("no memory option"))?;
        Ok(self.cx.memory(m))
    }

    fn mem_mut(&mut self) -> Result<&mut [u8], Trap> {
        let m = self.memory.ok_or_else(|| unsupported("no memory option"))?;
        Ok(self.cx.memory_mut(m))
    }

    pub(crate) fn read<const N: usize>(&self, ptr: u32) -> Result<[u8; N], Trap> {
        let b = read_bytes(self.mem()?, ptr, N as u32)?;
        let mut out = [0u8; N];
        out.copy_from_slice(b);
        Ok(out)
    }

    pub(crate) fn read_u32(&self, ptr: u32) -> Result<u32, Trap> {
        Ok(u32::from_le_bytes(self.read::<4>(ptr)?))
    }

    pub(crate) fn write(&mut self, ptr: u32, bytes: &[u8]) -> Result<(), Trap> {
        write_bytes(self.mem_mut()?, ptr, bytes.len() as u32)?.copy_from_slice(bytes);
        Ok(())
    }

    // ---------------------------------------------------------------- lift

    /// Lifts one value from flat core values, advancing `pos`.
    pub(crate) fn lift_flat(
        &self,
        ty: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<Value, Trap> {
        match self.space.abi.plan(ty) {
            Plan::Scalar(s) => scalar_from_flat(s, next(vals, pos)?),
            Plan::String => {
                let p = next_i32(vals, pos)?;
                let l = next_i32(vals, pos)?;
                Ok(Value::String(self.load_str(p, l)?.as_ref().into()))
            }
            Plan::List { .. } => {
                let p = next_i32(vals, pos)?;
                let l = next_i32(vals, pos)?;
                self.load_list_range(ty, p, l)
            }
            Plan::Record(fields) => {
                let mut values = Vec::with_capacity(fields.len());
                for f in fields {
                    values.push(self.lift_flat(f.ty, vals, pos)?);
                }
                self.make_record(ty, values)
            }
            Plan::Variant { cases, .. } => {
                let flat = self.space.abi.flat(ty).ok_or_else(bad_flat)?;
                let disc = next_i32(vals, pos)?;
                let start = *pos;
                let end = start + flat.len() - 1;
                if end > vals.len() {
                    return Err(bad_flat());
                }
                *pos = end;
                let case = cases
                    .get(disc as usize)
                    .ok_or(trap(TrapKind::InvalidDiscriminant {
                        value: disc,
                        cases: cases.len() as u32,
                    }))?;
                let payload = match case.ty {
                    Some(cty) => {
                        let mut tmp = Flat::new();
                        for (i, c) in case.coercions.iter().enumerate() {
                            tmp.push(uncoerce(*c, vals[start + i])?)?;
                        }
                        let mut p = 0;
                        Some(self.lift_flat(cty, tmp.as_slice(), &mut p)?)
                    }
                    None => None,
                };
                self.make_variant(ty, disc, payload)
            }
            Plan::Flags { repr, .. } => {
                let mut words = Vec::with_capacity(repr.flat_count() as usize);
                for _ in 0..repr.flat_count() {
                    words.push(next_i32(vals, pos)?);
                }
                self.make_flags(ty, words)
            }
            Plan::Own(id) => self.lift_own(id, next_i32(vals, pos)?),
            Plan::Borrow(id) => self.lift_borrow(id, next_i32(vals, pos)?),
        }
    }

    fn lift_own(&self, id: canon_abi::ResourceId, index: u32) -> Result<Value, Trap> {
        let any = res_mut(&*self.cx)?.lift_own_any(self.instance, id, index)?;
        Ok(Value::Resource(any))
    }

    fn lift_borrow(&self, id: canon_abi::ResourceId, index: u32) -> Result<Value, Trap> {
        let any = res_mut(&*self.cx)?.lift_borrow_any(self.instance, id, index)?;
        Ok(Value::Resource(any))
    }

    fn lower_handle(&self, plan: Plan<'_>, v: &Value) -> Result<u32, Error> {
        let Value::Resource(any) = v else {
            return Err(type_error("a resource", v));
        };
        let mut r = res_mut(&*self.cx)?;
        match plan {
            Plan::Own(id) => r.lower_own_any(self.instance, id, any),
            Plan::Borrow(id) => r.lower_borrow_any(self.instance, id, any),
            _ => Err(type_error("a resource", v)),
        }
    }

    /// Loads one value from memory at `ptr`.
    pub(crate) fn load(&self, ty: ValType, ptr: u32) -> Result<Value, Trap> {
        match self.space.abi.plan(ty) {
            Plan::Scalar(s) => Ok(match s {
                Scalar::Bool => Value::Bool(self.read::<1>(ptr)?[0] != 0),
                Scalar::S8 => Value::S8(self.read::<1>(ptr)?[0] as i8),
                Scalar::U8 => Value::U8(self.read::<1>(ptr)?[0]),
                Scalar::S16 => Value::S16(i16::from_le_bytes(self.read(ptr)?)),
                Scalar::U16 => Value::U16(u16::from_le_bytes(self.read(ptr)?)),
                Scalar::S32 => Value::S32(i32::from_le_bytes(self.read(ptr)?)),
                Scalar::U32 => Value::U32(u32::from_le_bytes(self.read(ptr)?)),
                Scalar::S64 => Value::S64(i64::from_le_bytes(self.read(ptr)?)),
                Scalar::U64 => Value::U64(u64::from_le_bytes(self.read(ptr)?)),
                Scalar::F32 => Value::F32(f32::from_le_bytes(self.read(ptr)?)),
                Scalar::F64 => Value::F64(f64::from_le_bytes(self.read(ptr)?)),
                Scalar::Char => Value::Char(char_of(self.read_u32(ptr)?)?),
            }),
            Plan::String => {
                let p = self.read_u32(ptr)?;
                let l = self.read_u32(add(ptr, 4)?)?;
                Ok(Value::String(self.load_str(p, l)?.as_ref().into()))
            }
            Plan::List { .. } => {
                let p = self.read_u32(ptr)?;
                let l = self.read_u32(add(ptr, 4)?)?;
                self.load_list_range(ty, p, l)
            }
            Plan::Record(fields) => {
                let mut values = Vec::with_capacity(fields.len());
                for f in fields {
                    values.push(self.load(f.ty, add(ptr, f.offset)?)?);
                }
                self.make_record(ty, values)
            }
            Plan::Variant {
                discriminant,
                payload_offset,
                cases,
            } => {
                let disc = match discriminant.bytes() {
                    1 => u32::from(self.read::<1>(ptr)?[0]),
                    2 => u32::from(u16::from_le_bytes(self.read(ptr)?)),
                    _ => self.read_u32(ptr)?,
                };
                let case = cases
                    .get(disc as usize)
                    .ok_or(trap(TrapKind::InvalidDiscriminant {
                        value: disc,
                        cases: cases.len() as u32,
                    }))?;
                let payload = match case.ty {
                    Some(cty) => Some(self.load(cty, add(ptr, payload_offset)?)?),
                    None => None,
                };
                self.make_variant(ty, disc, payload)
            }
            Plan::Flags { repr, .. } => {
                let words = match repr {
                    FlagsRepr::U8 => vec![u32::from(self.read::<1>(ptr)?[0])],
                    FlagsRepr::U16 => vec![u32::from(u16::from_le_bytes(self.read(ptr)?))],
                    FlagsRepr::U32s(n) => {
                        let mut w = Vec::with_capacity(n as usize);
                        for i in 0..n {
                            w.push(self.read_u32(add(ptr, i * 4)?)?);
                        }
                        w
                    }
                };
                self.make_flags(ty, words)
            }
            Plan::Own(id) => self.lift_own(id, self.read_u32(ptr)?),
            Plan::Borrow(id) => self.lift_borrow(id, self.read_u32(ptr)?),
        }
    }

    pub(crate) fn list_parts(
        &self,
        ty: ValType,
    ) -> Result<(ValType, u32, u32, Option<Scalar>), Trap> {
        match self.space.abi.plan(ty) {
            Plan::List {
                elem,
                elem_layout,
                elem_scalar,
            } => Ok((elem, elem_layout.size, elem_layout.align, elem_scalar)),
            _ => Err(bad_flat()),
        }
    }

    /// Checks that `n` elements of list type `ty` lie at `ptr` (length,
    /// alignment and bounds, once for the whole range); returns the element
    /// type, the element size and the elements' bytes.
    pub(crate) fn list_bytes(
        &self,
        ty: ValType,
        ptr: u32,
        n: u32,
    ) -> Result<(ValType, u32, &[u8]), Trap> {
        let (elem, size, align, _) = self.list_parts(ty)?;
        let byte_len = list_byte_len(u64::from(n), size)?;
        Ok((
            elem,
            size,
            checked_slice(self.mem()?, ptr, byte_len, align)?,
        ))
    }

    /// Allocates `n` elements of list type `ty` (one `realloc`, its result
    /// checked); returns the pointer, the element type and size.
    pub(crate) fn allocate_list(
        &mut self,
        ty: ValType,
        n: usize,
    ) -> Result<(u32, ValType, u32), Trap> {
        let (elem, size, align, _) = self.list_parts(ty)?;
        let byte_len = list_byte_len(n as u64, size)?;
        Ok((self.allocate(align, byte_len)?, elem, size))
    }

    /// Lowers `n` elements of a list of scalars of `elem_size` bytes each:
    /// one allocation, then `fill` writes the whole byte range, checked once.
    pub(crate) fn store_list_bytes(
        &mut self,
        ty: ValType,
        n: usize,
        elem_size: u32,
        fill: impl FnOnce(&mut [u8]),
    ) -> Result<(u32, u32), Trap> {
        let (_, size, align, _) = self.list_parts(ty)?;
        if size != elem_size {
            return Err(bad_flat());
        }
        let byte_len = list_byte_len(n as u64, size)?;
        let ptr = self.allocate(align, byte_len)?;
        fill(write_bytes(self.mem_mut()?, ptr, byte_len)?);
        Ok((ptr, n as u32))
    }

    fn load_list_range(&self, ty: ValType, ptr: u32, len: u32) -> Result<Value, Trap> {
        let (elem, size, bytes) = self.list_bytes(ty, ptr, len)?;
        let (_, _, _, scalar) = self.list_parts(ty)?;
        fn conv<T: ListPrimitive, const N: usize>(bytes: &[u8], f: fn([u8; N]) -> T) -> List {
            let items: Arc<[T]> = bytes
                .chunks_exact(N)
                .map(|c| {
                    let mut a = [0u8; N];
                    a.copy_from_slice(c);
                    f(a)
                })
                .collect();
            List::from_arc(items)
        }
        let list = match scalar {
            Some(Scalar::U8) => List::from_arc::<u8>(bytes.into()),
            Some(Scalar::S8) => conv::<i8, 1>(bytes, i8::from_le_bytes),
            Some(Scalar::U16) => conv::<u16, 2>(bytes, u16::from_le_bytes),
            Some(Scalar::S16) => conv::<i16, 2>(bytes, i16::from_le_bytes),
            Some(Scalar::U32) => conv::<u32, 4>(bytes, u32::from_le_bytes),
            Some(Scalar::S32) => conv::<i32, 4>(bytes, i32::from_le_bytes),
            Some(Scalar::U64) => conv::<u64, 8>(bytes, u64::from_le_bytes),
            Some(Scalar::S64) => conv::<i64, 8>(bytes, i64::from_le_bytes),
            Some(Scalar::F32) => conv::<f32, 4>(bytes, f32::from_le_bytes),
            Some(Scalar::F64) => conv::<f64, 8>(bytes, f64::from_le_bytes),
            _ => {
                // The guest chose `len`: reserve a bounded amount up front,
                // so that a huge length whose elements fail to load (a bad
                // char or discriminant) traps instead of aborting on the
                // reservation.
                let mut values = Vec::with_capacity((len as usize).min(1 << 16));
                for i in 0..len {
                    values.push(self.load(elem, ptr + i * size)?);
                }
                let elem_ty = match self.space.value_type(ty) {
                    ValueType::List(e) => e,
                    _ => Arc::new(self.space.value_type(elem)),
                };
                List::from_values_unchecked(elem_ty, values)
            }
        };
        Ok(Value::List(list))
    }

    fn make_record(&self, ty: ValType, values: Vec<Value>) -> Result<Value, Trap> {
        let ValType::Defined(id) = ty else {
            return Err(bad_flat());
        };
        Ok(match self.space.defined(id) {
            ValueType::Record(r) => Value::Record(Record::new_unchecked(r.clone(), values)),
            ValueType::Tuple(t) => Value::Tuple(Tuple::new_unchecked(t.clone(), values)),
            _ => return Err(bad_flat()),
        })
    }

    fn make_variant(&self, ty: ValType, disc: u32, payload: Option<Value>) -> Result<Value, Trap> {
        let ValType::Defined(id) = ty else {
            return Err(bad_flat());
        };
        Ok(match self.space.defined(id) {
            ValueType::Variant(v) => {
                Value::Variant(Variant::new_unchecked(v.clone(), disc, payload))
            }
            ValueType::Enum(e) => Value::Enum(Enum::new_unchecked(e.clone(), disc)),
            ValueType::Option(t) => Value::Option(OptionValue::new_unchecked(
                t.clone(),
                if disc == 0 { None } else { payload },
            )),
            ValueType::Result(r) => Value::Result(ResultValue::new_unchecked(
                r.clone(),
                if disc == 0 { Ok(payload) } else { Err(payload) },
            )),
            _ => return Err(bad_flat()),
        })
    }

    fn make_flags(&self, ty: ValType, words: Vec<u32>) -> Result<Value, Trap> {
        let ValType::Defined(id) = ty else {
            return Err(bad_flat());
        };
        match self.space.defined(id) {
            ValueType::Flags(names) => Ok(Value::Flags(Flags::from_bits(names.clone(), words))),
            _ => Err(bad_flat()),
        }
    }

    // --------------------------------------------------------------- lower

    /// Calls `realloc` with `may_leave` cleared for the guest.
    pub(crate) fn realloc(
        &mut self,
        old: u32,
        old_size: u32,
        align: u32,
        new_size: u32,
    ) -> Result<u32, Trap> {
        let f = self
            .realloc
            .ok_or_else(|| unsupported("lowering needs a realloc option"))?;
        crate::store::note_guest_runs(self.cx, self.instance);
        set_may_leave(self.cx, self.instance, false);
        let mut out = [CoreVal::I32(0)];
        let r = self.cx.call(
            f,
            &[
                CoreVal::I32(old as i32),
                CoreVal::I32(old_size as i32),
                CoreVal::I32(align as i32),
                CoreVal::I32(new_size as i32),
            ],
            &mut out,
        );
        set_may_leave(self.cx, self.instance, true);
        r?;
        match out[0] {
            CoreVal::I32(p) => Ok(p as u32),
            _ => Err(bad_flat()),
        }
    }

    /// Reallocates and checks the returned pointer against `align` and `size`.
    fn realloc_checked(
        &mut self,
        old: u32,
        old_size: u32,
        align: u32,
        size: u32,
    ) -> Result<u32, Trap> {
        let ptr = self.realloc(old, old_size, align, size)?;
        let len = self.mem()?.len();
        if ptr % align != 0 || u64::from(ptr) + u64::from(size) > len as u64 {
            return Err(trap(TrapKind::BadRealloc { ptr }));
        }
        Ok(ptr)
    }

    /// Allocates storage (for indirect parameters or a list).
    pub(crate) fn allocate(&mut self, align: u32, size: u32) -> Result<u32, Trap> {
        self.realloc_checked(0, 0, align, size)
    }

    /// Lowers one value into flat core values.
    pub(crate) fn lower_flat(
        &mut self,
        ty: ValType,
        v: &Value,
        out: &mut Flat,
    ) -> Result<(), Error> {
        match self.space.abi.plan(ty) {
            Plan::Scalar(s) => out.push(scalar_to_flat(s, v)?)?,
            Plan::String => {
                let Value::String(s) = v else {
                    return Err(type_error("string", v));
                };
                let (p, l) = self.store_string_into_range(s)?;
                out.push(CoreVal::I32(p as i32))?;
                out.push(CoreVal::I32(l as i32))?;
            }
            Plan::List { .. } => {
                let Value::List(l) = v else {
                    return Err(type_error("list", v));
                };
                let (p, n) = self.store_list_into_range(ty, l)?;
                out.push(CoreVal::I32(p as i32))?;
                out.push(CoreVal::I32(n as i32))?;
            }
            Plan::Record(fields) => {
                let values = record_values(v)?;
                if values.len() != fields.len() {
                    return Err(type_error("a record of another arity", v));
                }
                for (f, v) in fields.iter().zip(values) {
                    self.lower_flat(f.ty, v, out)?;
                }
            }
            Plan::Variant { cases, .. } => {
                let flat = self
                    .space
                    .abi
                    .flat(ty)
                    .ok_or_else(|| Error::Type("variant too wide to pass flat".into()))?;
                let (disc, payload) = variant_parts(v)?;
                let case = cases
                    .get(disc as usize)
                    .ok_or_else(|| type_error("a case of this variant", v))?;
                out.push(CoreVal::I32(disc as i32))?;
                let mut written = 0;
                match (case.ty, payload) {
                    (Some(cty), Some(p)) => {
                        let mut tmp = Flat::new();
                        self.lower_flat(cty, p, &mut tmp)?;
                        for (c, v) in case.coercions.iter().zip(tmp.as_slice()) {
                            out.push(coerce(*c, *v))?;
                        }
                        written = tmp.len();
                    }
                    (None, None) => {}
                    _ => return Err(type_error("a matching case payload", v)),
                }
                for t in flat.iter().skip(1 + written) {
                    out.push(zero(*t))?;
                }
            }
            Plan::Flags { repr, .. } => {
                let Value::Flags(f) = v else {
                    return Err(type_error("flags", v));
                };
                for i in 0..repr.flat_count() as usize {
                    out.push(CoreVal::I32(f.bits().get(i).copied().unwrap_or(0) as i32))?;
                }
            }
            plan @ (Plan::Own(_) | Plan::Borrow(_)) => {
                let index = self.lower_handle(plan, v)?;
                out.push(CoreVal::I32(index as i32))?;
            }
        }
        Ok(())
    }

    /// Stores one value into memory at `ptr`.
    pub(crate) fn store(&mut self, ty: ValType, v: &Value, ptr: u32) -> Result<(), Error> {
        match self.space.abi.plan(ty) {
            Plan::Scalar(s) => {
                let (b, n) = scalar_bytes(s, v)?;
                self.write(ptr, &b[..n])?;
            }
            Plan::String => {
                let Value::String(s) = v else {
                    return Err(type_error("string", v));
                };
                let (p, l) = self.store_string_into_range(s)?;
                self.write(ptr, &p.to_le_bytes())?;
                self.write(add(ptr, 4)?, &l.to_le_bytes())?;
            }
            Plan::List { .. } => {
                let Value::List(l) = v else {
                    return Err(type_error("list", v));
                };
                let (p, n) = self.store_list_into_range(ty, l)?;
                self.write(ptr, &p.to_le_bytes())?;
                self.write(add(ptr, 4)?, &n.to_le_bytes())?;
            }
            Plan::Record(fields) => {
                let values = record_values(v)?;
                if values.len() != fields.len() {
                    return Err(type_error("a record of another arity", v));
                }
                for (f, v) in fields.iter().zip(values) {
                    self.store(f.ty, v, add(ptr, f.offset)?)?;
                }
            }
            Plan::Variant {
                discriminant,
                payload_offset,
                cases,
            } => {
                let (disc, payload) = variant_parts(v)?;
                let case = cases
                    .get(disc as usize)
                    .ok_or_else(|| type_error("a case of this variant", v))?;
                match discriminant.bytes() {
                    1 => self.write(ptr, &[disc as u8])?,
                    2 => self.write(ptr, &(disc as u16).to_le_bytes())?,
                    _ => self.write(ptr, &disc.to_le_bytes())?,
                }
                match (case.ty, payload) {
                    (Some(cty), Some(p)) => self.store(cty, p, add(ptr, payload_offset)?)?,
                    (None, None) => {}
                    _ => return Err(type_error("a matching case payload", v)),
                }
            }
            Plan::Flags { repr, .. } => {
                let Value::Flags(f) = v else {
                    return Err(type_error("flags", v));
                };
                let w = |i: usize| f.bits().get(i).copied().unwrap_or(0);
                match repr {
                    FlagsRepr::U8 => self.write(ptr, &[w(0) as u8])?,
                    FlagsRepr::U16 => self.write(ptr, &(w(0) as u16).to_le_bytes())?,
                    FlagsRepr::U32s(n) => {
                        for i in 0..n {
                            self.write(add(ptr, i * 4)?, &w(i as usize).to_le_bytes())?;
                        }
                    }
                }
            }
            plan @ (Plan::Own(_) | Plan::Borrow(_)) => {
                let index = self.lower_handle(plan, v)?;
                self.write(ptr, &index.to_le_bytes())?;
            }
        }
        Ok(())
    }

    fn store_list_into_range(&mut self, ty: ValType, list: &List) -> Result<(u32, u32), Error> {
        let (elem, size, align, scalar) = self.list_parts(ty)?;
        let n = list.len() as u64;
        let byte_len = n * u64::from(size);
        if byte_len > u64::from(u32::MAX) || n > u64::from(u32::MAX) {
            return Err(trap(TrapKind::LengthOverflow).into());
        }
        let byte_len = byte_len as u32;
        let ptr = self.allocate(align, byte_len)?;
        macro_rules! fast {
            ($($s:ident => $d:ident),*) => {
                match (scalar, list.data()) {
                    $((Some(Scalar::$s), ListData::$d(items)) => {
                        let dst = write_bytes(self.mem_mut()?, ptr, byte_len)?;
                        for (chunk, x) in dst.chunks_exact_mut(size as usize).zip(items.iter()) {
                            chunk.copy_from_slice(&x.to_le_bytes());
                        }
                        return Ok((ptr, n as u32));
                    })*
                    _ => {}
                }
            };
        }
        if let (Some(Scalar::U8), ListData::U8(items)) = (scalar, list.data()) {
            write_bytes(self.mem_mut()?, ptr, byte_len)?.copy_from_slice(items);
            return Ok((ptr, n as u32));
        }
        fast!(S8 => S8, U16 => U16, S16 => S16, U32 => U32, S32 => S32, U64 => U64,
              S64 => S64, F32 => F32, F64 => F64);
        for (i, v) in list.iter().enumerate() {
            self.store(elem, &v, ptr + i as u32 * size)?;
        }
        Ok((ptr, n as u32))
    }
}

fn record_values(v: &Value) -> Result<&[Value], Error> {
    match v {
        Value::Record(r) => Ok(r.values()),
        Value::Tuple(t) => Ok(t.values()),
        _ => Err(type_error("record or tuple", v)),
    }
}

fn variant_parts(v: &Value) -> Result<(u32, Option<&Value>), Error> {
    Ok(match v {
        Value::Variant(x) => (x.discriminant(), x.payload()),
        Value::Enum(e) => (e.discriminant(), None),
        Value::Option(o) => match o.value() {
            None => (0, None),
            Some(p) => (1, Some(p)),
        },
        Value::Result(r) => match r.value() {
            Ok(p) => (0, p),
            Err(p) => (1, p),
        },
        _ => return Err(type_error("variant, enum, option or result", v)),
    })
}

/// Sets an instance's `may_leave` flag.
pub(crate) fn set_may_leave(cx: &mut dyn CoreContext, instance: usize, value: bool) {
    if let Some(f) = host_state(cx).and_then(|s| s.flags.get_mut(instance)) {
        f.may_leave = value;
    }
}
