//! Resource handle types: imported handles with `Drop`, exported handles, borrows and `Guest` traits.

use std::fmt::Write as _;

use crate::error::Result;
use canon_bindgen_core::walk::ScopeKind;
use canon_wit::names;
use wit_parser::TypeId;

use super::Generator;

impl Generator<'_> {
    /// The handle type (and, when exported, the borrow type and `Guest` trait) of a resource.
    pub(super) fn resource_type(&self, index: usize, id: TypeId, rname: &str) -> Result<String> {
        let scope = &self.walk.scopes[index];
        let resource_name = self.resolve.types[id].name.clone().unwrap_or_default();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "#[derive(Debug)]\n#[repr(transparent)]\npub struct {rname} {{ handle: _rt::Resource<{rname}> }}"
        );
        let key = scope.key.as_ref();
        match scope.kind {
            ScopeKind::Import => {
                let (module, field) = names::resource_intrinsic(
                    self.resolve,
                    key,
                    &resource_name,
                    names::ResourceIntrinsic::ImportedDrop,
                );
                let _ = writeln!(
                    out,
                    "impl {rname} {{
                        #[doc(hidden)]
                        /// # Safety
                        /// `handle` must be an owned handle to this resource.
                        pub unsafe fn from_handle(handle: u32) -> Self {{
                            // SAFETY: forwarded from the caller.
                            Self {{ handle: unsafe {{ _rt::Resource::from_handle(handle) }} }}
                        }}
                        #[doc(hidden)]
                        pub fn take_handle(self) -> u32 {{ self.handle.take_handle() }}
                        #[doc(hidden)]
                        pub fn handle(&self) -> u32 {{ self.handle.handle() }}
                    }}
                    impl _rt::WasmResource for {rname} {{
                        unsafe fn drop(handle: u32) {{
                            #[link(wasm_import_module = {module:?})]
                            unsafe extern \"C\" {{
                                #[link_name = {field:?}]
                                fn drop(handle: i32);
                            }}
                            // SAFETY: the caller owns the live handle.
                            unsafe {{ drop(handle as i32) }}
                        }}
                    }}"
                );
                let mut methods = String::new();
                for func in scope.resource_functions(id) {
                    if self.skipped(func) {
                        continue;
                    }
                    methods.push_str(&self.import_function(index, func)?);
                }
                let _ = writeln!(out, "impl {rname} {{ {methods} }}");
            }
            ScopeKind::Export => {
                let intrinsic =
                    |which| names::resource_intrinsic(self.resolve, key, &resource_name, which);
                let (dmodule, dfield) = intrinsic(names::ResourceIntrinsic::ExportedDrop);
                let (nmodule, nfield) = intrinsic(names::ResourceIntrinsic::ExportedNew);
                let (rmodule, rfield) = intrinsic(names::ResourceIntrinsic::ExportedRep);
                let trait_name = format!("Guest{rname}");
                let _ = writeln!(
                    out,
                    "impl {rname} {{
                        /// Makes a new resource from the value `val` of the implementation.
                        pub fn new<T: {trait_name}>(val: T) -> Self {{
                            #[link(wasm_import_module = {nmodule:?})]
                            unsafe extern \"C\" {{
                                #[link_name = {nfield:?}]
                                fn new(rep: i32) -> i32;
                            }}
                            let rep = _rt::rep_new(val);
                            // SAFETY: `rep` is a fresh representation; the new handle is ours.
                            unsafe {{ Self::from_handle(new(rep as usize as i32) as u32) }}
                        }}
                        #[doc(hidden)]
                        /// # Safety
                        /// `handle` must be an owned handle to this resource.
                        pub unsafe fn from_handle(handle: u32) -> Self {{
                            // SAFETY: forwarded from the caller.
                            Self {{ handle: unsafe {{ _rt::Resource::from_handle(handle) }} }}
                        }}
                        #[doc(hidden)]
                        pub fn take_handle(self) -> u32 {{ self.handle.take_handle() }}
                        #[doc(hidden)]
                        pub fn handle(&self) -> u32 {{ self.handle.handle() }}
                        fn rep(&self) -> *mut u8 {{
                            #[link(wasm_import_module = {rmodule:?})]
                            unsafe extern \"C\" {{
                                #[link_name = {rfield:?}]
                                fn rep(handle: i32) -> i32;
                            }}
                            // SAFETY: `self` holds a live handle.
                            unsafe {{ rep(self.handle() as i32) as usize as *mut u8 }}
                        }}
                        /// The implementation's value behind this resource.
                        pub fn get<T: {trait_name}>(&self) -> &T {{
                            // SAFETY: the representation was made by `new::<T>`.
                            unsafe {{ _rt::rep_get::<T>(self.rep()) }}
                        }}
                        /// Takes the implementation's value out (the destructor then has nothing to drop).
                        pub fn into_inner<T: {trait_name}>(self) -> T {{
                            // SAFETY: the representation was made by `new::<T>`.
                            unsafe {{ _rt::rep_take::<T>(self.rep()) }}
                        }}
                    }}
                    impl _rt::WasmResource for {rname} {{
                        unsafe fn drop(handle: u32) {{
                            #[link(wasm_import_module = {dmodule:?})]
                            unsafe extern \"C\" {{
                                #[link_name = {dfield:?}]
                                fn drop(handle: i32);
                            }}
                            // SAFETY: the caller owns the live handle.
                            unsafe {{ drop(handle as i32) }}
                        }}
                    }}
                    /// A borrowed `{resource_name}`, valid for the duration of a call.
                    #[derive(Clone, Copy, Debug)]
                    pub struct {rname}Borrow<'a> {{
                        rep: *mut u8,
                        _marker: ::core::marker::PhantomData<&'a {rname}>,
                    }}
                    impl {rname}Borrow<'_> {{
                        #[doc(hidden)]
                        /// # Safety
                        /// `rep` must be this resource's representation, live during the borrow.
                        pub unsafe fn lift(rep: usize) -> Self {{
                            Self {{ rep: rep as *mut u8, _marker: ::core::marker::PhantomData }}
                        }}
                        /// The implementation's value behind the borrowed resource.
                        pub fn get<T: {trait_name}>(&self) -> &T {{
                            // SAFETY: the representation was made by `{rname}::new::<T>`.
                            unsafe {{ _rt::rep_get::<T>(self.rep) }}
                        }}
                    }}"
                );
                let mut methods = String::new();
                for func in scope.resource_functions(id) {
                    if self.skipped(func) {
                        continue;
                    }
                    methods.push_str(&self.docs(&func.docs));
                    methods.push_str(&self.export_signature(index, func, true));
                    methods.push_str(";\n");
                }
                let _ = writeln!(
                    out,
                    "#[doc = \" The implementation of resource `{resource_name}`.\"]\npub trait {trait_name}: 'static {{ {methods} }}"
                );
            }
        }
        Ok(out)
    }
}
