//! Strings across the canonical ABI: lifting in the guest's encoding (one
//! bounds check, then validation, UTF-8 borrowed straight from memory) and
//! lowering per the specification's allocation sequence, transcoding when
//! the source and destination encodings differ.

use std::borrow::Cow;

use super::{Cx, MAX_STRING_BYTE_LENGTH, UTF16_TAG, checked_slice, trap};
use crate::backend::write_bytes;
use crate::component::StringEncoding;
use crate::error::{Trap, TrapKind};

impl Cx<'_> {
    /// The string at `ptr` with (tagged) length `tagged` in the guest's
    /// encoding: the whole byte range is bounds- and alignment-checked once,
    /// then validated. UTF-8 is borrowed from linear memory; other encodings
    /// are decoded.
    pub(crate) fn load_str(&self, ptr: u32, tagged: u32) -> Result<Cow<'_, str>, Trap> {
        let (align, byte_len, utf16) = match self.encoding {
            StringEncoding::Utf8 => (1, u64::from(tagged), false),
            StringEncoding::Utf16 => (2, 2 * u64::from(tagged), true),
            StringEncoding::Latin1Utf16 => {
                if tagged & UTF16_TAG != 0 {
                    (2, 2 * u64::from(tagged ^ UTF16_TAG), true)
                } else {
                    (2, u64::from(tagged), false)
                }
            }
        };
        if byte_len > MAX_STRING_BYTE_LENGTH {
            return Err(trap(TrapKind::LengthOverflow));
        }
        let bytes = checked_slice(self.mem()?, ptr, byte_len as u32, align)?;
        if utf16 {
            let units = bytes
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]));
            let s: String = char::decode_utf16(units)
                .collect::<Result<_, _>>()
                .map_err(|_| trap(TrapKind::InvalidUtf16))?;
            Ok(Cow::Owned(s))
        } else if self.encoding == StringEncoding::Utf8 {
            std::str::from_utf8(bytes)
                .map(Cow::Borrowed)
                .map_err(|_| trap(TrapKind::InvalidUtf8))
        } else {
            Ok(Cow::Owned(bytes.iter().map(|&b| char::from(b)).collect()))
        }
    }

    /// Stores a string per the destination encoding, following the
    /// specification's allocation sequence for the source encoding.
    pub(crate) fn store_string_into_range(&mut self, s: &str) -> Result<(u32, u32), Trap> {
        // The source's simple encoding and code units.
        #[derive(PartialEq)]
        enum Src {
            Utf8,
            Utf16,
            Latin1,
        }
        let latin1 = || s.chars().all(|c| (c as u32) < 256);
        let (src, units) = match self.src_encoding {
            StringEncoding::Utf8 => (Src::Utf8, s.len()),
            StringEncoding::Utf16 => (Src::Utf16, s.encode_utf16().count()),
            StringEncoding::Latin1Utf16 => {
                if latin1() {
                    (Src::Latin1, s.chars().count())
                } else {
                    (Src::Utf16, s.encode_utf16().count())
                }
            }
        };
        if units as u64 > MAX_STRING_BYTE_LENGTH {
            return Err(trap(TrapKind::LengthOverflow));
        }
        let units = units as u32;
        match self.encoding {
            StringEncoding::Utf8 => match src {
                Src::Utf8 => self.store_copy(s, units, 1, 1),
                Src::Utf16 => self.store_to_utf8(s, units, units * 3),
                Src::Latin1 => self.store_to_utf8(s, units, units * 2),
            },
            StringEncoding::Utf16 => match src {
                Src::Utf8 => self.store_utf8_to_utf16(s, units),
                Src::Utf16 | Src::Latin1 => self.store_copy(s, units, 2, 2),
            },
            StringEncoding::Latin1Utf16 => match (&self.src_encoding, src) {
                (StringEncoding::Latin1Utf16, Src::Latin1) => self.store_copy(s, units, 1, 2),
                (StringEncoding::Latin1Utf16, _) => self.store_probably_utf16(s, units),
                _ => self.store_latin1_or_utf16(s, units),
            },
        }
    }

    /// Encodes `s` into `dst` in the destination's simple encoding.
    fn encode_into(dst: &mut [u8], s: &str, unit: u32) {
        match unit {
            1 if s.is_ascii() || dst.len() == s.len() => {
                let n = dst.len().min(s.len());
                dst[..n].copy_from_slice(&s.as_bytes()[..n]);
            }
            1 => {
                for (d, c) in dst.iter_mut().zip(s.chars()) {
                    *d = c as u32 as u8;
                }
            }
            _ => {
                for (d, u) in dst.chunks_exact_mut(2).zip(s.encode_utf16()) {
                    d.copy_from_slice(&u.to_le_bytes());
                }
            }
        }
    }

    fn store_copy(
        &mut self,
        s: &str,
        units: u32,
        unit_size: u32,
        align: u32,
    ) -> Result<(u32, u32), Trap> {
        let byte_len = units
            .checked_mul(unit_size)
            .ok_or(trap(TrapKind::LengthOverflow))?;
        let ptr = self.realloc_checked(0, 0, align, byte_len)?;
        let utf8 = unit_size == 1 && self.encoding == StringEncoding::Utf8;
        let dst = write_bytes(self.mem_mut()?, ptr, byte_len)?;
        if utf8 {
            dst.copy_from_slice(s.as_bytes());
        } else {
            Self::encode_into(dst, s, unit_size);
        }
        Ok((ptr, units))
    }

    fn store_to_utf8(&mut self, s: &str, units: u32, worst: u32) -> Result<(u32, u32), Trap> {
        let ptr = self.realloc_checked(0, 0, 1, units)?;
        if s.len() as u64 == u64::from(units) {
            // Every code unit was one UTF-8 byte: no reallocation.
            write_bytes(self.mem_mut()?, ptr, units)?.copy_from_slice(s.as_bytes());
            return Ok((ptr, units));
        }
        let ascii = s.bytes().take_while(|b| b.is_ascii()).count() as u32;
        write_bytes(self.mem_mut()?, ptr, ascii)?.copy_from_slice(&s.as_bytes()[..ascii as usize]);
        let ptr = self.realloc_checked(ptr, units, 1, worst)?;
        let len = s.len() as u32;
        write_bytes(self.mem_mut()?, ptr, len)?.copy_from_slice(s.as_bytes());
        let ptr = if worst > len {
            self.realloc_checked(ptr, worst, 1, len)?
        } else {
            ptr
        };
        Ok((ptr, len))
    }

    fn store_utf8_to_utf16(&mut self, s: &str, units: u32) -> Result<(u32, u32), Trap> {
        let worst = units.checked_mul(2).ok_or(trap(TrapKind::LengthOverflow))?;
        let ptr = self.realloc_checked(0, 0, 2, worst)?;
        let n = s.encode_utf16().count() as u32;
        Self::encode_into(write_bytes(self.mem_mut()?, ptr, n * 2)?, s, 2);
        let ptr = if n * 2 < worst {
            self.realloc_checked(ptr, worst, 2, n * 2)?
        } else {
            ptr
        };
        Ok((ptr, n))
    }

    fn store_latin1_or_utf16(&mut self, s: &str, units: u32) -> Result<(u32, u32), Trap> {
        let ptr = self.realloc_checked(0, 0, 2, units)?;
        let latin1_prefix = s.chars().take_while(|c| (*c as u32) < 256).count() as u32;
        if s.chars().all(|c| (c as u32) < 256) {
            Self::encode_into(write_bytes(self.mem_mut()?, ptr, latin1_prefix)?, s, 1);
            let ptr = if latin1_prefix < units {
                self.realloc_checked(ptr, units, 2, latin1_prefix)?
            } else {
                ptr
            };
            return Ok((ptr, latin1_prefix));
        }
        let worst = units.checked_mul(2).ok_or(trap(TrapKind::LengthOverflow))?;
        let ptr = self.realloc_checked(ptr, units, 2, worst)?;
        let n = s.encode_utf16().count() as u32;
        Self::encode_into(write_bytes(self.mem_mut()?, ptr, n * 2)?, s, 2);
        let ptr = if worst > n * 2 {
            self.realloc_checked(ptr, worst, 2, n * 2)?
        } else {
            ptr
        };
        Ok((ptr, n | UTF16_TAG))
    }

    fn store_probably_utf16(&mut self, s: &str, units: u32) -> Result<(u32, u32), Trap> {
        let bytes = units.checked_mul(2).ok_or(trap(TrapKind::LengthOverflow))?;
        let ptr = self.realloc_checked(0, 0, 2, bytes)?;
        Self::encode_into(write_bytes(self.mem_mut()?, ptr, bytes)?, s, 2);
        if s.chars().any(|c| (c as u32) >= 256) {
            return Ok((ptr, units | UTF16_TAG));
        }
        Self::encode_into(write_bytes(self.mem_mut()?, ptr, units)?, s, 1);
        let ptr = self.realloc_checked(ptr, bytes, 1, units)?;
        Ok((ptr, units))
    }
}
