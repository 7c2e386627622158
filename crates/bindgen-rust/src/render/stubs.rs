//! Stub implementations of every export (`--stubs`), spelled from the bindings root.

use std::fmt::Write as _;

use crate::error::Result;
use canon_bindgen_core::walk::ScopeKind;
use wit_parser::{Function, TypeId};

use super::{Generator, type_ident};

impl Generator<'_> {
    pub(super) fn stubs(&self) -> Result<String> {
        let mut out = String::from(
            "/// A stub implementation of every export; each function panics.\n#[derive(Debug)]\npub struct Stub;\n",
        );
        let mut any = false;
        for index in 0..self.walk.scopes.len() {
            let scope = &self.walk.scopes[index];
            if scope.kind != ScopeKind::Export {
                continue;
            }
            let prefix = self.root_prefix(index);
            let resources: Vec<TypeId> = scope.resources(self.resolve).collect();
            let mut items = String::new();
            for r in &resources {
                let rname = type_ident(self.resolve.types[*r].name.as_deref().unwrap_or(""));
                let _ = writeln!(items, "type {rname} = Stub;");
                let mut methods = String::new();
                for func in scope.resource_functions(*r) {
                    if self.skipped(func) {
                        continue;
                    }
                    methods.push_str(&self.stub_fn(index, func, true, &prefix));
                }
                let _ = writeln!(out, "impl {prefix}Guest{rname} for Stub {{ {methods} }}");
                any = true;
            }
            for func in scope.freestanding() {
                if self.skipped(func) {
                    continue;
                }
                items.push_str(&self.stub_fn(index, func, false, &prefix));
            }
            if !items.is_empty() {
                let _ = writeln!(out, "impl {prefix}Guest for Stub {{ {items} }}");
                any = true;
            }
        }
        if any {
            let macro_name = self
                .opts
                .export_macro_name
                .clone()
                .unwrap_or_else(|| "export".into());
            let _ = writeln!(out, "{macro_name}!(Stub);");
        }
        Ok(out)
    }

    pub(super) fn stub_fn(
        &self,
        index: usize,
        func: &Function,
        in_resource: bool,
        prefix: &str,
    ) -> String {
        // Stubs live at the bindings root: spell types from there.
        let sig = self.export_signature(index, func, in_resource);
        let sig = self.reroot(index, &sig, prefix);
        let sig = strip_param_names(&sig);
        format!("{sig} {{ unreachable!(\"stub\") }}\n")
    }

    /// Rewrites paths in `code`, written for scope `index`'s module, for the root.
    pub(super) fn reroot(&self, index: usize, code: &str, prefix: &str) -> String {
        let depth = self.module_segments(index).len();
        let up = "super::".repeat(depth);
        let mut out = if depth > 0 {
            code.replace(&up, "self::")
        } else {
            code.to_string()
        };
        // Names of the scope's own types are unqualified in its module.
        let scope = &self.walk.scopes[index];
        for (name, id) in &scope.types {
            let rname = type_ident(name);
            for suffix in [
                "Borrow",
                self.twin_suffix(*id, true),
                self.twin_suffix(*id, false),
            ] {
                if !suffix.is_empty() {
                    out = replace_ident(
                        &out,
                        &format!("{rname}{suffix}"),
                        &format!("{prefix}{rname}{suffix}"),
                    );
                }
            }
            out = replace_ident(&out, &rname, &format!("{prefix}{rname}"));
        }
        out
    }
}

/// Replaces whole-identifier occurrences of `from` not preceded by `::`.
fn replace_ident(code: &str, from: &str, to: &str) -> String {
    let mut out = String::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < code.len() {
        if code[i..].starts_with(from) {
            let before_ok = i == 0 || {
                let c = bytes[i - 1];
                !(c.is_ascii_alphanumeric() || c == b'_' || c == b':')
            };
            let end = i + from.len();
            let after_ok = end >= code.len() || {
                let c = bytes[end];
                !(c.is_ascii_alphanumeric() || c == b'_')
            };
            if before_ok && after_ok {
                out.push_str(to);
                i = end;
                continue;
            }
        }
        let ch = code[i..].chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// `fn f(a: T, b: U)` as `fn f(_: T, _: U)`.
fn strip_param_names(sig: &str) -> String {
    let Some(open) = sig.find('(') else {
        return sig.to_string();
    };
    let mut level = 0i32;
    let mut close = sig.len();
    for (i, c) in sig.char_indices().skip(open) {
        match c {
            '(' => level += 1,
            ')' => {
                level -= 1;
                if level == 0 {
                    close = i;
                    break;
                }
            }
            _ => {}
        }
    }
    if close == sig.len() {
        return sig.to_string();
    }
    let inner = &sig[open + 1..close];
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for c in inner.chars() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            _ => {}
        }
        if c == ',' && depth == 0 {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    if !current.trim().is_empty() {
        parts.push(current);
    }
    let parts: Vec<String> = parts
        .iter()
        .map(|p| {
            let p = p.trim();
            if p == "&self" {
                p.to_string()
            } else {
                match p.split_once(':') {
                    Some((_, ty)) => format!("_: {}", ty.trim()),
                    None => p.to_string(),
                }
            }
        })
        .collect();
    format!(
        "{}({}){}",
        &sig[..open],
        parts.join(", "),
        &sig[close + 1..]
    )
}
