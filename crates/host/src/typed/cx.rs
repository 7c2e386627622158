//! The building blocks of `ComponentType` implementations: record fields,
//! variant cases and flags words, moved along canon-abi's plans (every
//! offset, discriminant size, join coercion and flags representation comes
//! from the plan, nothing is computed here).

use canon_abi::{FieldPlan, FlagsRepr, Plan, ValType};

use super::{ComponentType, TypedCx};
use crate::abi::{Flat, add, bad_flat, coerce, next_i32, uncoerce, zero};
use crate::backend::CoreVal;
use crate::error::{Error, Trap, TrapKind};

/// The fields of a record or tuple type, from its plan.
#[derive(Clone, Copy, Debug)]
pub struct RecordFields<'b> {
    fields: &'b [FieldPlan],
}

impl RecordFields<'_> {
    /// The type of field `index`.
    pub fn ty(&self, index: usize) -> Result<ValType, Trap> {
        Ok(self.fields.get(index).ok_or_else(bad_flat)?.ty)
    }

    /// The type of field `index` and its address in a record stored at `base`.
    pub fn at(&self, index: usize, base: u32) -> Result<(ValType, u32), Trap> {
        let f = self.fields.get(index).ok_or_else(bad_flat)?;
        Ok((f.ty, add(base, f.offset)?))
    }

    /// How many fields there are.
    pub fn len(&self) -> usize {
        self.fields.len()
    }

    /// Whether there are no fields.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
}

/// Where a lifted variant case's payload is.
#[derive(Debug)]
#[allow(
    clippy::large_enum_variant,
    reason = "the flat payload stays on the stack: lifting allocates nothing"
)]
enum Source {
    None,
    Flat(ValType, Flat),
    Memory(ValType, u32),
}

/// A lifted variant, enum, option or result case: its discriminant (checked
/// against the number of cases) and its payload, not yet lifted.
#[derive(Debug)]
pub struct CasePayload {
    discriminant: u32,
    source: Source,
}

impl CasePayload {
    /// The case index.
    pub fn discriminant(&self) -> u32 {
        self.discriminant
    }

    /// Lifts the payload as `T` (`()` for a case without payload).
    pub fn lift<T: ComponentType>(self, cx: &mut TypedCx<'_, '_>) -> Result<T, Trap> {
        match self.source {
            Source::Flat(t, flat) => T::lift_flat(cx, t, flat.as_slice(), &mut 0),
            Source::Memory(t, ptr) => T::load(cx, t, ptr),
            // `()` reads nothing, whatever type it is given.
            Source::None if T::IS_UNIT => T::lift_flat(cx, ValType::Bool, &[], &mut 0),
            Source::None => Err(bad_flat()),
        }
    }

    /// The trap for a discriminant the Rust type has no case for (which the
    /// type check rules out; this keeps a mismatch a trap, not a panic).
    #[cold]
    pub fn invalid(&self) -> Trap {
        Trap::new(TrapKind::InvalidDiscriminant {
            value: self.discriminant,
            cases: self.discriminant,
        })
    }
}

fn invalid_case(disc: u32, cases: usize) -> Trap {
    Trap::new(TrapKind::InvalidDiscriminant {
        value: disc,
        cases: cases as u32,
    })
}

impl<'b> TypedCx<'_, 'b> {
    /// The fields of record or tuple type `ty`.
    pub fn record(&self, ty: ValType) -> Result<RecordFields<'b>, Trap> {
        let space = self.0.space;
        match space.abi.plan(ty) {
            Plan::Record(fields) => Ok(RecordFields { fields }),
            _ => Err(bad_flat()),
        }
    }

    /// Lowers case `disc` of variant-like type `ty` flat, without payload.
    pub fn lower_case(&mut self, ty: ValType, disc: u32, out: &mut Flat) -> Result<(), Error> {
        self.lower_case_inner::<()>(ty, disc, None, out)
    }

    /// Lowers case `disc` of variant-like type `ty` flat, with `payload`.
    pub fn lower_case_with<T: ComponentType>(
        &mut self,
        ty: ValType,
        disc: u32,
        payload: &T,
        out: &mut Flat,
    ) -> Result<(), Error> {
        self.lower_case_inner(ty, disc, Some(payload), out)
    }

    fn lower_case_inner<T: ComponentType>(
        &mut self,
        ty: ValType,
        disc: u32,
        payload: Option<&T>,
        out: &mut Flat,
    ) -> Result<(), Error> {
        let space = self.0.space;
        let flat = space
            .abi
            .flat(ty)
            .ok_or_else(|| Error::Type("variant passed flat is too wide".into()))?;
        let Plan::Variant { cases, .. } = space.abi.plan(ty) else {
            return Err(bad_flat().into());
        };
        let case = cases
            .get(disc as usize)
            .ok_or_else(|| invalid_case(disc, cases.len()))?;
        out.push(CoreVal::I32(disc as i32))?;
        let mut written = 0;
        if let (Some(p), Some(t)) = (payload, case.ty) {
            let mut tmp = Flat::new();
            p.lower_flat(self, t, &mut tmp)?;
            for (c, v) in case.coercions.iter().zip(tmp.as_slice()) {
                out.push(coerce(*c, *v))?;
            }
            written = tmp.len();
        }
        for t in flat.iter().skip(1 + written) {
            out.push(zero(*t))?;
        }
        Ok(())
    }

    /// Stores case `disc` of variant-like type `ty` at `ptr`, without payload.
    pub fn store_case(&mut self, ty: ValType, ptr: u32, disc: u32) -> Result<(), Error> {
        self.store_disc(ty, ptr, disc)?;
        Ok(())
    }

    /// Stores case `disc` of variant-like type `ty` at `ptr`, with `payload`.
    pub fn store_case_with<T: ComponentType>(
        &mut self,
        ty: ValType,
        ptr: u32,
        disc: u32,
        payload: &T,
    ) -> Result<(), Error> {
        if let Some((t, at)) = self.store_disc(ty, ptr, disc)? {
            payload.store(self, t, at)?;
        }
        Ok(())
    }

    /// Writes the discriminant; returns the payload's type and address.
    fn store_disc(
        &mut self,
        ty: ValType,
        ptr: u32,
        disc: u32,
    ) -> Result<Option<(ValType, u32)>, Trap> {
        let space = self.0.space;
        let Plan::Variant {
            discriminant,
            payload_offset,
            cases,
        } = space.abi.plan(ty)
        else {
            return Err(bad_flat());
        };
        let case = cases
            .get(disc as usize)
            .ok_or_else(|| invalid_case(disc, cases.len()))?;
        match discriminant.bytes() {
            1 => self.0.write(ptr, &[disc as u8])?,
            2 => self.0.write(ptr, &(disc as u16).to_le_bytes())?,
            _ => self.0.write(ptr, &disc.to_le_bytes())?,
        }
        match case.ty {
            Some(t) => Ok(Some((t, add(ptr, payload_offset)?))),
            None => Ok(None),
        }
    }

    /// Lifts a case of variant-like type `ty` from flat values.
    pub fn lift_case(
        &mut self,
        ty: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<CasePayload, Trap> {
        let space = self.0.space;
        let flat = space.abi.flat(ty).ok_or_else(bad_flat)?;
        let disc = next_i32(vals, pos)?;
        let start = *pos;
        let end = start + flat.len() - 1;
        if end > vals.len() {
            return Err(bad_flat());
        }
        *pos = end;
        let Plan::Variant { cases, .. } = space.abi.plan(ty) else {
            return Err(bad_flat());
        };
        let case = cases
            .get(disc as usize)
            .ok_or_else(|| invalid_case(disc, cases.len()))?;
        let source = match case.ty {
            Some(t) => {
                let mut tmp = Flat::new();
                for (i, c) in case.coercions.iter().enumerate() {
                    tmp.push(uncoerce(*c, vals[start + i])?)?;
                }
                Source::Flat(t, tmp)
            }
            None => Source::None,
        };
        Ok(CasePayload {
            discriminant: disc,
            source,
        })
    }

    /// Loads a case of variant-like type `ty` stored at `ptr`.
    pub fn load_case(&mut self, ty: ValType, ptr: u32) -> Result<CasePayload, Trap> {
        let space = self.0.space;
        let Plan::Variant {
            discriminant,
            payload_offset,
            cases,
        } = space.abi.plan(ty)
        else {
            return Err(bad_flat());
        };
        let disc = match discriminant.bytes() {
            1 => u32::from(self.0.read::<1>(ptr)?[0]),
            2 => u32::from(u16::from_le_bytes(self.0.read(ptr)?)),
            _ => self.0.read_u32(ptr)?,
        };
        let case = cases
            .get(disc as usize)
            .ok_or_else(|| invalid_case(disc, cases.len()))?;
        let source = match case.ty {
            Some(t) => Source::Memory(t, add(ptr, payload_offset)?),
            None => Source::None,
        };
        Ok(CasePayload {
            discriminant: disc,
            source,
        })
    }

    fn flags_plan(&self, ty: ValType) -> Result<(u32, FlagsRepr), Trap> {
        match self.0.space.abi.plan(ty) {
            Plan::Flags { count, repr } => Ok((count, repr)),
            _ => Err(bad_flat()),
        }
    }

    /// Lowers the words of flags type `ty` flat (32 flags per word).
    pub fn lower_flags(&mut self, ty: ValType, words: &[u32], out: &mut Flat) -> Result<(), Error> {
        let (_, repr) = self.flags_plan(ty)?;
        for i in 0..repr.flat_count() as usize {
            out.push(CoreVal::I32(words.get(i).copied().unwrap_or(0) as i32))?;
        }
        Ok(())
    }

    /// Stores the words of flags type `ty` at `ptr`.
    pub fn store_flags(&mut self, ty: ValType, ptr: u32, words: &[u32]) -> Result<(), Error> {
        let (_, repr) = self.flags_plan(ty)?;
        let word = |i: usize| words.get(i).copied().unwrap_or(0);
        match repr {
            FlagsRepr::U8 => self.0.write(ptr, &[word(0) as u8])?,
            FlagsRepr::U16 => self.0.write(ptr, &(word(0) as u16).to_le_bytes())?,
            FlagsRepr::U32s(n) => {
                for i in 0..n {
                    self.0
                        .write(add(ptr, i * 4)?, &word(i as usize).to_le_bytes())?;
                }
            }
        }
        Ok(())
    }

    /// Lifts the words of flags type `ty` from flat values; bits beyond the
    /// type's flags are masked off, as the specification says.
    pub fn lift_flags<const N: usize>(
        &mut self,
        ty: ValType,
        vals: &[CoreVal],
        pos: &mut usize,
    ) -> Result<[u32; N], Trap> {
        let (count, repr) = self.flags_plan(ty)?;
        let mut words = [0u32; N];
        for i in 0..repr.flat_count() as usize {
            let w = next_i32(vals, pos)?;
            if let Some(slot) = words.get_mut(i) {
                *slot = w;
            }
        }
        Ok(mask(words, count))
    }

    /// Loads the words of flags type `ty` stored at `ptr`, masked.
    pub fn load_flags<const N: usize>(&mut self, ty: ValType, ptr: u32) -> Result<[u32; N], Trap> {
        let (count, repr) = self.flags_plan(ty)?;
        let mut words = [0u32; N];
        match repr {
            FlagsRepr::U8 => words[..1.min(N)].fill(u32::from(self.0.read::<1>(ptr)?[0])),
            FlagsRepr::U16 => {
                words[..1.min(N)].fill(u32::from(u16::from_le_bytes(self.0.read(ptr)?)));
            }
            FlagsRepr::U32s(n) => {
                for (i, word) in words.iter_mut().enumerate().take(n as usize) {
                    *word = self.0.read_u32(add(ptr, i as u32 * 4)?)?;
                }
            }
        }
        Ok(mask(words, count))
    }
}

/// Clears the bits at and beyond flag `count`.
fn mask<const N: usize>(mut words: [u32; N], count: u32) -> [u32; N] {
    for (i, w) in words.iter_mut().enumerate() {
        let first = i as u32 * 32;
        if count <= first {
            *w = 0;
        } else if count - first < 32 {
            *w &= (1u32 << (count - first)) - 1;
        }
    }
    words
}
