//! Exported interfaces: `Guest` traits, cabi functions, post-return functions and the `export!` macros.

use std::fmt::Write as _;

use crate::error::Result;
use canon_abi::AbiVariant;
use canon_bindgen_core::instr::{Instr, Loc};
use canon_bindgen_core::naming::snake;
use canon_wit::names;
use wit_parser::{Function, FunctionKind, TypeId};

use super::emit::{Emitter, flat_rust, p};
use super::{Generator, Mode, Pos, Val, func_ident, ident, type_ident};

impl Generator<'_> {
    pub(super) fn export_signature(
        &self,
        index: usize,
        func: &Function,
        in_resource: bool,
    ) -> String {
        let mut params = Vec::new();
        for (i, p) in func.params.iter().enumerate() {
            if i == 0 && matches!(func.kind, FunctionKind::Method(_)) {
                params.push("&self".to_string());
                continue;
            }
            params.push(format!(
                "{}: {}",
                ident(&p.name),
                self.rty(&p.ty, index, Pos::Owned)
            ));
        }
        let result = match (&func.kind, &func.result) {
            (FunctionKind::Constructor(_), _) if in_resource => " -> Self".to_string(),
            (_, Some(t)) => format!(" -> {}", self.rty(t, index, Pos::Owned)),
            (_, None) => String::new(),
        };
        let name = func_ident(func);
        format!("fn {name}({}){result}", params.join(", "))
    }

    pub(super) fn export_scope(
        &self,
        index: usize,
        export_macro_calls: &mut String,
    ) -> Result<String> {
        let scope = &self.walk.scopes[index];
        let resources: Vec<TypeId> = scope.resources(self.resolve).collect();
        let mut out = String::new();
        let mut trait_items = String::new();
        for r in &resources {
            let rname = type_ident(self.resolve.types[*r].name.as_deref().unwrap_or(""));
            let _ = writeln!(trait_items, "type {rname}: Guest{rname};");
        }
        for func in scope.freestanding() {
            if self.skipped(func) {
                continue;
            }
            trait_items.push_str(&self.docs(&func.docs));
            trait_items.push_str(&self.export_signature(index, func, false));
            trait_items.push_str(";\n");
        }
        let has_trait = !trait_items.is_empty();
        if has_trait {
            out.push_str(&self.docs(&scope.docs));
            let _ = writeln!(out, "pub trait Guest {{ {trait_items} }}");
        }
        // The cabi functions and the exports of the macro.
        let mut macro_items = String::new();
        let mut area: Option<(u32, u32)> = None;
        let mut funcs: Vec<&Function> = scope.freestanding().collect();
        for r in &resources {
            funcs.extend(scope.resource_functions(*r));
        }
        let world = self.world_snake();
        let tag = format!("{world}_{}", self.module_segments(index).join("_"));
        for func in funcs {
            if self.skipped(func) {
                continue;
            }
            let (cabi, item, fn_area) = self.export_function(index, func)?;
            out.push_str(&cabi);
            macro_items.push_str(&item);
            area = max_area(&[area, fn_area]);
        }
        for r in &resources {
            let rname = type_ident(self.resolve.types[*r].name.as_deref().unwrap_or(""));
            let dtor = names::resource_destructor(
                self.resolve,
                scope.key.as_ref(),
                self.resolve.types[*r].name.as_deref().unwrap_or(""),
            );
            let _ = writeln!(
                macro_items,
                "#[unsafe(export_name = {dtor:?})]
                unsafe extern \"C\" fn dtor_{rsnake}(rep: i32) {{
                    // SAFETY: the component model passes a representation made by `new`.
                    unsafe {{ {rt}::rep_drop::<<$ty as $($path_to_types)*::Guest>::{rname}>(rep as usize as *mut u8) }}
                }}",
                rsnake = ident(self.resolve.types[*r].name.as_deref().unwrap_or("")),
                rt = self.opts.runtime_path,
            );
        }
        if let Some((size, align)) = area {
            let _ = writeln!(
                out,
                "#[repr(align({align}))]
                #[allow(dead_code)]
                struct RetArea([::core::mem::MaybeUninit<u8>; {size}]);
                static mut RET_AREA: RetArea = RetArea([::core::mem::MaybeUninit::uninit(); {size}]);"
            );
        }
        if macro_items.is_empty() {
            return Ok(out);
        }
        let macro_name = format!("__export_{tag}_cabi");
        let _ = writeln!(
            out,
            "#[doc(hidden)]
            macro_rules! {macro_name} {{
                ($ty:ident with_types_in $($path_to_types:tt)*) => {{
                    const _: () = {{ {macro_items} }};
                }};
            }}
            #[doc(hidden)]
            pub(crate) use {macro_name};"
        );
        let segments = self.module_segments(index);
        let path = if segments.is_empty() {
            "$($path_to_types_root)*".to_string()
        } else {
            format!("$($path_to_types_root)*::{}", segments.join("::"))
        };
        let _ = writeln!(
            export_macro_calls,
            "{path}::{macro_name}!($ty with_types_in {path});"
        );
        Ok(out)
    }

    /// The cabi function of an export, its entries in the export macro, and
    /// its return area.
    pub(super) fn export_function(&self, index: usize, func: &Function) -> Result<ExportParts> {
        let scope = &self.walk.scopes[index];
        let abi = self.func_abi(index, func, AbiVariant::GuestExport)?;
        let export_name = names::export_function(self.resolve, scope.key.as_ref(), func);
        let fname = snake(&func.name.replace(['[', ']', '.'], "-"));
        let resource = canon_bindgen_core::walk::function_resource(func);
        let (bound, trait_path, ty_arg) = match resource {
            Some(r) => {
                let rname = type_ident(self.resolve.types[r].name.as_deref().unwrap_or(""));
                (
                    format!("T: Guest{rname}"),
                    "T".to_string(),
                    format!("<$ty as $($path_to_types)*::Guest>::{rname}"),
                )
            }
            None => ("T: Guest".to_string(), "T".to_string(), "$ty".to_string()),
        };
        let mut e = Emitter::new(self, index, abi.signature.params.clone());
        e.export_borrows = true;
        let params: Vec<String> = abi
            .signature
            .params
            .iter()
            .enumerate()
            .map(|(i, t)| format!("_arg{i}: {}", flat_rust(*t)))
            .collect();
        if let Some(layout) = abi.params_area {
            let _ = writeln!(e.body, "let _params = _arg0 as usize as *mut u8;");
            e.base = "_params".into();
            let _ = layout;
        } else {
            e.flat_prefix = "_arg";
        }
        let mut args = Vec::new();
        for (i, instr) in abi.params.iter().enumerate() {
            if i == 0 && matches!(func.kind, FunctionKind::Method(_)) {
                let rep = e.read_flat_or_mem(instr_loc(instr), "i32");
                args.push(format!(
                    "{}::rep_get::<T>({} as usize as *mut u8)",
                    self.opts.runtime_path,
                    p(&rep)
                ));
                continue;
            }
            e.top_level_handle = matches!(instr, Instr::Handle { .. });
            let value = e.lift(instr)?;
            e.top_level_handle = false;
            let var = format!("_p{i}");
            let _ = writeln!(e.body, "let {var} = {value};");
            args.push(var);
        }
        let name = func_ident(func);
        let mut call = format!("{trait_path}::{name}({})", args.join(", "));
        if let (FunctionKind::Constructor(r), Some(_)) = (&func.kind, &func.result) {
            let rname = type_ident(self.resolve.types[*r].name.as_deref().unwrap_or(""));
            call = format!("{rname}::new({call})");
        }
        let _ = writeln!(e.body, "let _result = {call};");
        for (local, path) in std::mem::take(&mut e.lent) {
            let _ = writeln!(e.body, "<{path} as _rt::WasmResource>::drop({local});");
        }
        if e.deferred_borrows {
            e.body.insert_str(
                0,
                "let mut _borrows: _rt::Vec<(u32, unsafe fn(u32))> = _rt::Vec::new();\n",
            );
            e.body
                .push_str("for (_handle, _drop) in _borrows { _drop(_handle); }\n");
        }
        if e.deferred_frees {
            e.body.insert_str(
                0,
                "let mut _frees: _rt::Vec<(*mut u8, usize, usize)> = _rt::Vec::new();\n",
            );
            e.body.push_str(
                "for (_ptr, _size, _align) in _frees { _rt::dealloc(_ptr, _size, _align); }\n",
            );
        }
        if let Some(layout) = abi.params_area {
            let _ = writeln!(
                e.body,
                "_rt::dealloc(_params, {}, {});",
                layout.size, layout.align
            );
        }
        let mut ret_ty = String::new();
        let mut fn_area = None;
        if let Some(result) = &abi.result {
            if let Some(layout) = abi.result_area {
                fn_area = Some((layout.size, layout.align));
                e.body
                    .push_str("let _retp = (&raw mut RET_AREA).cast::<u8>();\n");
                e.base = "_retp".into();
                e.lower(result, &Val::owned("_result"), Mode::Give)?;
                e.body.push_str("_retp as i32\n");
                ret_ty = " -> i32".into();
            } else if abi.signature.results.is_empty() {
                e.lower(result, &Val::owned("_result"), Mode::Give)?;
            } else {
                let t = abi.signature.results[0];
                let _ = writeln!(e.body, "let _ret0: {};", flat_rust(t));
                e.flat_prefix = "_ret";
                e.flat_types = abi.signature.results.clone();
                e.lower(result, &Val::owned("_result"), Mode::Give)?;
                e.body.push_str("_ret0\n");
                ret_ty = format!(" -> {}", flat_rust(t));
            }
        } else {
            e.body.push_str("let () = _result;\n");
        }
        let mut out = String::new();
        let _ = writeln!(
            out,
            "#[doc(hidden)]
            #[allow(non_snake_case, unused_unsafe, clippy::all)]
            /// # Safety
            /// Called by the component model with values of the canonical ABI.
            pub unsafe fn _export_{fname}_cabi<{bound}>({}){ret_ty} {{ unsafe {{ {} }} }}",
            params.join(", "),
            e.body
        );
        let arg_names: Vec<String> = (0..params.len()).map(|i| format!("_arg{i}")).collect();
        let mut item = String::new();
        let _ = writeln!(
            item,
            "#[unsafe(export_name = {export_name:?})]
            unsafe extern \"C\" fn export_{fname}({}){ret_ty} {{
                // SAFETY: called by the component model.
                unsafe {{ $($path_to_types)*::_export_{fname}_cabi::<{ty_arg}>({}) }}
            }}",
            params.join(", "),
            arg_names.join(", ")
        );
        // Post-return frees what the result gave away.
        if let (Some(result), Some(_)) = (&abi.result, abi.result_area)
            && result.has_pointers()
        {
            let mut f = Emitter::new(self, index, Vec::new());
            f.base = "_retp".into();
            f.free(result);
            let _ = writeln!(
                out,
                "#[doc(hidden)]
                #[allow(non_snake_case, unused_unsafe, clippy::all)]
                /// # Safety
                /// Called by the component model with the pointer `_export_{fname}_cabi` returned.
                pub unsafe fn __post_return_{fname}(_arg0: i32) {{ unsafe {{ let _retp = _arg0 as usize as *mut u8; {} }} }}",
                f.body
            );
            let _ = writeln!(
                item,
                "#[unsafe(export_name = {:?})]
                unsafe extern \"C\" fn post_return_{fname}(_arg0: i32) {{
                    // SAFETY: called by the component model after `{export_name}`.
                    unsafe {{ $($path_to_types)*::__post_return_{fname}(_arg0) }}
                }}",
                names::post_return(&export_name)
            );
        }
        Ok((out, item, fn_area))
    }

    pub(super) fn world_macro(&self, calls: &str) -> String {
        let world = self.world_snake();
        let macro_name = self
            .opts
            .export_macro_name
            .clone()
            .unwrap_or_else(|| "export".into());
        let bindings = self
            .opts
            .default_bindings_module
            .clone()
            .unwrap_or_else(|| "self".into());
        let internal = format!("__export_world_{world}_cabi");
        let (attr, vis) = if self.opts.pub_export_macro {
            ("#[macro_export]", "pub")
        } else {
            ("", "pub(crate)")
        };
        format!(
            "/// Exports `$ty` as the implementation of the world's exports:
            /// `{macro_name}!(MyType);` in the module holding these bindings.
            #[allow(unused_macros)]
            #[doc(hidden)]
            {attr}
            macro_rules! {internal} {{
                ($ty:ident) => {{ {bindings}::{macro_name}!($ty with_types_in {bindings}); }};
                ($ty:ident with_types_in $($path_to_types_root:tt)*) => {{ {calls} }};
            }}
            #[doc(inline)]
            #[allow(unused_imports)]
            {vis} use {internal} as {macro_name};\n"
        )
    }
}

/// An export's cabi function, its entries in the export macro, and its return
/// area (size, alignment).
pub(super) type ExportParts = (String, String, Option<(u32, u32)>);

/// The largest of several areas: maximum size and alignment.
pub(super) fn max_area(areas: &[Option<(u32, u32)>]) -> Option<(u32, u32)> {
    let mut best: Option<(u32, u32)> = None;
    for &(size, align) in areas.iter().flatten() {
        best = Some(match best {
            Some((s, a)) => (s.max(size), a.max(align)),
            None => (size, align),
        });
    }
    best
}

fn instr_loc(instr: &Instr) -> &Loc {
    match instr {
        Instr::Scalar { at, .. } | Instr::Handle { at, .. } | Instr::Variant { at, .. } => at,
        Instr::String { ptr, .. } | Instr::List { ptr, .. } => ptr,
        Instr::Flags { words, .. } => &words[0],
        Instr::Record { fields, .. } => instr_loc(&fields[0]),
    }
}
