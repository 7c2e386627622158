//! Imported functions: lowering borrowed parameters, calling the import and lifting its result.

use std::fmt::Write as _;

use crate::error::Result;
use canon_abi::AbiVariant;
use canon_wit::names;
use wit_parser::{Function, FunctionKind};

use super::emit::{Emitter, flat_rust};
use super::exports::max_area;
use super::{Generator, Mode, Pos, Val, func_ident, ident};

impl Generator<'_> {
    pub(super) fn import_signature(&self, index: usize, func: &Function) -> String {
        let mut params = Vec::new();
        for (i, p) in func.params.iter().enumerate() {
            if i == 0 && matches!(func.kind, FunctionKind::Method(_)) {
                params.push("&self".to_string());
                continue;
            }
            params.push(format!(
                "{}: {}",
                ident(&p.name),
                self.rty(&p.ty, index, Pos::ImportParam)
            ));
        }
        let result = match (&func.kind, &func.result) {
            (FunctionKind::Constructor(_), _) => " -> Self".to_string(),
            (_, Some(t)) => format!(" -> {}", self.rty(t, index, Pos::Owned)),
            (_, None) => String::new(),
        };
        let name = func_ident(func);
        format!("pub fn {name}({}){result}", params.join(", "))
    }

    pub(super) fn import_function(&self, index: usize, func: &Function) -> Result<String> {
        let scope = &self.walk.scopes[index];
        let abi = self.func_abi(index, func, AbiVariant::GuestImport)?;
        let (module, field) = names::import_function(self.resolve, scope.key.as_ref(), func);
        let mut e = Emitter::new(self, index, abi.signature.params.clone());
        let area = max_area(&[
            abi.params_area.map(|l| (l.size, l.align)),
            abi.result_area.map(|l| (l.size, l.align)),
        ]);
        if let Some((size, align)) = area {
            let _ = writeln!(
                e.body,
                "#[repr(align({align}))]\n#[allow(dead_code)]\nstruct _RetArea([::core::mem::MaybeUninit<u8>; {size}]);
                let mut _ret_area = _RetArea([::core::mem::MaybeUninit::uninit(); {size}]);
                let _area = _ret_area.0.as_mut_ptr().cast::<u8>();"
            );
        }
        // Buffers to free after the call (element lists, and buffers moved
        // out of consumed parameters) are declared once lowering needs one.
        let cleanup_at = e.body.len();
        let mut args = Vec::new();
        if abi.params_area.is_none() {
            for (i, ty) in abi.signature.params.iter().enumerate() {
                if abi.signature.retptr && i == abi.signature.params.len() - 1 {
                    continue;
                }
                let _ = writeln!(e.body, "let _arg{i}: {};", flat_rust(*ty));
                args.push(format!("_arg{i}"));
            }
            e.flat_prefix = "_arg";
        } else {
            args.push("_area as i32".to_string());
            e.base = "_area".into();
        }
        e.borrowing = true;
        for (i, (param, instr)) in func.params.iter().zip(&abi.params).enumerate() {
            let name = if i == 0 && matches!(func.kind, FunctionKind::Method(_)) {
                "self".to_string()
            } else {
                ident(&param.name)
            };
            e.lower(instr, &Val::owned(name), Mode::Borrow)?;
        }
        e.borrowing = false;
        let needs_cleanup = e.needs_cleanup;
        if needs_cleanup {
            e.body.insert_str(
                cleanup_at,
                "let mut _cleanup: _rt::Vec<(*mut u8, usize, usize)> = _rt::Vec::new();\n",
            );
        }
        if abi.signature.retptr {
            args.push("_area as i32".to_string());
        }
        let params_sig: Vec<String> = abi
            .signature
            .params
            .iter()
            .map(|t| format!("_: {}", flat_rust(*t)))
            .collect();
        let results_sig = match abi.signature.results.first() {
            Some(t) => format!(" -> {}", flat_rust(*t)),
            None => String::new(),
        };
        let _ = writeln!(
            e.body,
            "#[link(wasm_import_module = {module:?})]
            unsafe extern \"C\" {{
                #[link_name = {field:?}]
                fn _wit_import({}){results_sig};
            }}",
            params_sig.join(", ")
        );
        let call = format!("_wit_import({})", args.join(", "));
        if abi.signature.results.is_empty() {
            let _ = writeln!(e.body, "{call};");
        } else {
            let _ = writeln!(e.body, "let _ret0 = {call};");
        }
        if needs_cleanup {
            e.body.push_str(
                "for (_ptr, _size, _align) in _cleanup { _rt::dealloc(_ptr, _size, _align); }\n",
            );
        }
        let mut tail = String::new();
        if let Some(result) = &abi.result {
            e.flat_prefix = "_ret";
            e.base = "_area".into();
            e.export_borrows = false;
            let value = e.lift(result)?;
            tail = value;
            if matches!(func.kind, FunctionKind::Constructor(_)) {
                // The constructor's own<r> is `Self`.
            }
        }
        let mut out = self.docs(&func.docs);
        let _ = writeln!(
            out,
            "#[allow(unused_unsafe, clippy::all)]\n{} {{ unsafe {{ {} {tail} }} }}",
            self.import_signature(index, func),
            e.body
        );
        Ok(out)
    }
}
