//! Sizes and alignments in linear memory.

use crate::AbiError;

/// Where a value sits in linear memory: its size in bytes and its alignment.
///
/// Sizes are always a multiple of the alignment, so arrays need no extra padding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Layout {
    /// Size in bytes.
    pub size: u32,
    /// Alignment in bytes: 1, 2, 4 or 8.
    pub align: u32,
}

impl Layout {
    pub(crate) const fn new(size: u32, align: u32) -> Self {
        Layout { size, align }
    }

    /// Lays out `fields` one after another like a record: returns the layout of
    /// the whole and, through `offsets`, the offset of each field.
    pub(crate) fn record(
        fields: impl IntoIterator<Item = Layout>,
        mut offsets: impl FnMut(u32),
    ) -> Result<Layout, AbiError> {
        let mut size = 0u32;
        let mut align = 1u32;
        for field in fields {
            let offset = align_to_checked(size, field.align)?;
            offsets(offset);
            size = offset
                .checked_add(field.size)
                .ok_or(AbiError::TypeTooLarge)?;
            align = align.max(field.align);
        }
        Ok(Layout::new(align_to_checked(size, align)?, align))
    }
}

/// Rounds `offset` up to a multiple of `align` (a power of two).
///
/// Wraps around like the unsigned 32-bit arithmetic of core wasm; callers that
/// compute guest-supplied addresses must check bounds separately.
pub fn align_to(offset: u32, align: u32) -> u32 {
    debug_assert!(align.is_power_of_two());
    offset.wrapping_add(align - 1) & !(align - 1)
}

pub(crate) fn align_to_checked(offset: u32, align: u32) -> Result<u32, AbiError> {
    offset
        .checked_add(align - 1)
        .map(|end| end & !(align - 1))
        .ok_or(AbiError::TypeTooLarge)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn align_to_rounds_up_to_powers_of_two() {
        assert_eq!(align_to(0, 8), 0);
        assert_eq!(align_to(1, 8), 8);
        assert_eq!(align_to(9, 4), 12);
        assert_eq!(align_to(12, 4), 12);
        assert_eq!(align_to(5, 1), 5);
    }

    #[test]
    fn record_layout_pads_fields_and_the_end() {
        let mut offsets = Vec::new();
        let layout = Layout::record(
            [Layout::new(1, 1), Layout::new(8, 8), Layout::new(2, 2)],
            |offset| offsets.push(offset),
        )
        .unwrap();
        assert_eq!(offsets, [0, 8, 16]);
        assert_eq!(layout, Layout::new(24, 8));
    }

    #[test]
    fn empty_record_is_zero_sized_with_alignment_one() {
        assert_eq!(
            Layout::record([], |_| unreachable!()).unwrap(),
            Layout::new(0, 1)
        );
    }

    #[test]
    fn overflowing_record_is_an_error() {
        let huge = Layout::new(u32::MAX - 2, 1);
        assert_eq!(
            Layout::record([huge, Layout::new(4, 4)], |_| {}),
            Err(AbiError::TypeTooLarge)
        );
    }
}
