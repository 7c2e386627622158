//! Runtime support for Rust guests whose bindings canon generates.
//!
//! Bindings made by [`generate!`] (or `canon bindgen rust`) refer to this crate
//! for everything that is the same in every world:
//!
//! - the one `cabi_realloc` the component model calls to allocate in the
//!   guest, defined here so that it is exported exactly once however many
//!   bindings are linked into a binary;
//! - taking over lifted strings and lists without copying, and freeing
//!   lowered ones in post-return functions;
//! - [`Resource`], the owned handle behind imported and exported resource
//!   types, and the representation helpers of exported resources.
//!
//! The crate is `no_std` with `alloc`; the `std` feature only adds
//! `std::error::Error` implementations to generated error types (through the
//! bindings' `std_feature` option).
#![no_std]
#![allow(
    unsafe_code,
    reason = "the canonical ABI moves values through raw guest memory"
)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

use alloc::alloc::Layout;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

#[cfg(feature = "macros")]
pub use canon_guest_macro::generate;

/// Everything generated code uses, under one path (`_rt` in bindings), so
/// that guests need no `extern crate alloc`.
pub mod rt {
    pub use super::{
        Resource, WasmResource, alloc, char_lift, dealloc, invalid, list_lift, list_lower,
        rep_drop, rep_get, rep_new, rep_take, string_lift,
    };
    pub use alloc::boxed::Box;
    pub use alloc::string::String;
    pub use alloc::vec::Vec;
}

/// Traps: a lifted value was invalid (an out-of-range discriminant).
pub fn invalid() -> ! {
    abort()
}

/// The canonical ABI allocator: allocates `new_len` bytes aligned to `align`,
/// or reallocates `old_ptr` (`old_len` bytes) to that size.
///
/// # Safety
/// `old_ptr` must be null or come from this allocator with `old_len` and `align`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cabi_realloc(
    old_ptr: *mut u8,
    old_len: usize,
    align: usize,
    new_len: usize,
) -> *mut u8 {
    let Ok(layout) = Layout::from_size_align(new_len, align) else {
        abort()
    };
    let ptr = if old_len == 0 {
        if new_len == 0 {
            return align as *mut u8;
        }
        // SAFETY: `layout` has a non-zero size.
        unsafe { alloc::alloc::alloc(layout) }
    } else {
        let Ok(old) = Layout::from_size_align(old_len, align) else {
            abort()
        };
        // SAFETY: the caller passes a block this allocator returned with `old`.
        unsafe { alloc::alloc::realloc(old_ptr, old, new_len) }
    };
    if ptr.is_null() {
        abort()
    }
    ptr
}

fn abort() -> ! {
    #[cfg(target_arch = "wasm32")]
    core::arch::wasm32::unreachable();
    #[cfg(not(target_arch = "wasm32"))]
    panic!("canon-guest: allocation failure")
}

/// Allocates `size` bytes aligned to `align` (a dangling aligned pointer when
/// `size` is zero), aborting on failure.
pub fn alloc(size: usize, align: usize) -> *mut u8 {
    // SAFETY: a null `old_ptr` with `old_len` zero asks for a fresh block.
    unsafe { cabi_realloc(core::ptr::null_mut(), 0, align, size) }
}

/// Frees a block from [`alloc`] or [`cabi_realloc`]; nothing when `size` is zero.
///
/// # Safety
/// `ptr` must come from this allocator with `size` and `align`.
pub unsafe fn dealloc(ptr: *mut u8, size: usize, align: usize) {
    if size == 0 {
        return;
    }
    // SAFETY: the caller guarantees the block and its layout.
    unsafe { alloc::alloc::dealloc(ptr, Layout::from_size_align_unchecked(size, align)) }
}

/// Takes over `len` elements at `ptr`, allocated by [`cabi_realloc`] with the
/// layout of `[T; len]`, as a `Vec` without copying.
///
/// # Safety
/// The block must hold `len` valid `T`s and be owned by the caller.
pub unsafe fn list_lift<T>(ptr: *mut u8, len: usize) -> Vec<T> {
    if len == 0 {
        return Vec::new();
    }
    // SAFETY: the caller guarantees ownership, layout and contents.
    unsafe { Vec::from_raw_parts(ptr.cast::<T>(), len, len) }
}

/// Takes over `len` bytes of UTF-8 at `ptr` as a `String` without copying.
///
/// # Safety
/// As [`list_lift`]; the bytes must be UTF-8, which debug builds check.
pub unsafe fn string_lift(ptr: *mut u8, len: usize) -> String {
    // SAFETY: forwarded from the caller.
    let bytes = unsafe { list_lift::<u8>(ptr, len) };
    if cfg!(debug_assertions) {
        String::from_utf8(bytes).unwrap_or_else(|_| abort())
    } else {
        // SAFETY: the canonical ABI only passes valid UTF-8 strings.
        unsafe { String::from_utf8_unchecked(bytes) }
    }
}

/// Gives up a `Vec`'s block to the other side: returns pointer and length.
/// Post-return frees it with [`dealloc`].
pub fn list_lower<T>(list: Vec<T>) -> (*mut u8, usize) {
    let mut list = core::mem::ManuallyDrop::new(list.into_boxed_slice());
    (list.as_mut_ptr().cast::<u8>(), list.len())
}

/// Reads `char` code point `bits`, as lifted from core wasm.
pub fn char_lift(bits: i32) -> char {
    char::from_u32(bits as u32).unwrap_or_else(|| abort())
}

/// A resource type whose handles a [`Resource`] can drop.
pub trait WasmResource {
    /// Drops the handle through the resource's `[resource-drop]` import.
    ///
    /// # Safety
    /// `handle` must be a live handle to this resource that the caller owns.
    unsafe fn drop(handle: u32);
}

/// An owned handle: dropping it drops the handle in the component instance.
#[repr(transparent)]
pub struct Resource<T: WasmResource> {
    handle: u32,
    _marker: PhantomData<T>,
}

impl<T: WasmResource> fmt::Debug for Resource<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Resource")
            .field("handle", &self.handle)
            .finish()
    }
}

impl<T: WasmResource> Resource<T> {
    /// Takes ownership of `handle`.
    ///
    /// # Safety
    /// `handle` must be an owned handle to `T` not owned by anything else.
    pub unsafe fn from_handle(handle: u32) -> Self {
        Resource {
            handle,
            _marker: PhantomData,
        }
    }

    /// The handle, still owned by `self`.
    pub fn handle(&self) -> u32 {
        self.handle
    }

    /// Gives up ownership of the handle (to pass it to the other side).
    pub fn take_handle(self) -> u32 {
        let handle = self.handle;
        core::mem::forget(self);
        handle
    }
}

impl<T: WasmResource> Drop for Resource<T> {
    fn drop(&mut self) {
        // SAFETY: `self` owns the live handle.
        unsafe { T::drop(self.handle) }
    }
}

/// Boxes the value of an exported resource; the pointer is its `rep`.
pub fn rep_new<T>(value: T) -> *mut u8 {
    Box::into_raw(Box::new(Some(value))).cast::<u8>()
}

/// The value behind `rep`.
///
/// # Safety
/// `rep` must come from [`rep_new::<T>`], not yet dropped, and the value must
/// not have been taken.
pub unsafe fn rep_get<'a, T>(rep: *mut u8) -> &'a T {
    // SAFETY: the caller guarantees a live `Option<T>` box.
    let slot = unsafe { &*rep.cast::<Option<T>>() };
    slot.as_ref().unwrap_or_else(|| abort())
}

/// Moves the value out from behind `rep`, leaving the box for the destructor.
///
/// # Safety
/// As [`rep_get`].
pub unsafe fn rep_take<T>(rep: *mut u8) -> T {
    // SAFETY: the caller guarantees a live `Option<T>` box.
    let slot = unsafe { &mut *rep.cast::<Option<T>>() };
    slot.take().unwrap_or_else(|| abort())
}

/// Frees the box behind `rep` (the resource's destructor).
///
/// # Safety
/// `rep` must come from [`rep_new::<T>`] and not be used afterwards.
pub unsafe fn rep_drop<T>(rep: *mut u8) {
    // SAFETY: the caller guarantees the box and its type.
    drop(unsafe { Box::from_raw(rep.cast::<Option<T>>()) });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn realloc_round_trip() {
        let p = alloc(16, 8);
        assert_eq!(p as usize % 8, 0);
        // SAFETY: `p` is a fresh 16-byte block.
        let q = unsafe { cabi_realloc(p, 16, 8, 32) };
        // SAFETY: `q` is the grown block.
        unsafe { dealloc(q, 32, 8) };
        assert_eq!(alloc(0, 4) as usize, 4);
    }

    #[test]
    fn lists_and_strings_take_over_blocks() {
        let (ptr, len) = list_lower(alloc::vec![1u32, 2, 3]);
        // SAFETY: the block came from `list_lower` with three `u32`s.
        let back = unsafe { list_lift::<u32>(ptr, len) };
        assert_eq!(back, [1, 2, 3]);
        let (ptr, len) = list_lower(String::from("héllo").into_bytes());
        // SAFETY: as above, UTF-8 bytes.
        assert_eq!(unsafe { string_lift(ptr, len) }, "héllo");
    }

    #[test]
    fn reps() {
        let rep = rep_new(String::from("x"));
        // SAFETY: `rep` is live.
        assert_eq!(unsafe { rep_get::<String>(rep) }, "x");
        // SAFETY: `rep` is live and the value is still there.
        assert_eq!(unsafe { rep_take::<String>(rep) }, "x");
        // SAFETY: `rep` is dropped once.
        unsafe { rep_drop::<String>(rep) };
        assert_eq!(char_lift(0x41), 'A');
    }
}
