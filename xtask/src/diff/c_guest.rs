//! C echo guests written against canon-bindgen-c's bindings.
//!
//! For an echo world, the guest is the world's bindings (as `canon bindgen
//! c` writes them) plus `guest.c`, which defines every exported function:
//! it passes the arguments to the matching import and returns its result.
//! The import-side and export-side C types of one WIT type have the same
//! layout (the bindings check it against canon-abi's), so values without
//! handles move between them with `memcpy`; the guest then frees its
//! parameters with the bindings' `_free`s, and post-return frees the result.
//! Each exported resource wraps the imported one (`struct { own inner;
//! bool taken; }`): an owned handle passed in is unwrapped (the wrapper's
//! handle dropped, its destructor told the inner one moved on), a returned
//! one wrapped with `_new`, a borrow lends the inner handle.
//!
//! Values with handles anywhere inside go through static helpers written
//! once per C type and direction (`echo_guest_in_N` for parameters,
//! `echo_guest_out_N` for results): they copy the bytes, then convert each
//! part holding handles (record fields, tuple members, the live case of a
//! variant, option or result) and rebuild lists holding handles as new
//! arrays of the other side's element type, freeing the source's array.
//! Everything else moves, so after the import call an
//! `echo_guest_release_N` frees the converted parameter's memory (the
//! rebuilt arrays and the strings and lists it took over) without dropping
//! its handles, which moved to the callee. Results are converted the same
//! way and given away.
//!
//! The guest is built freestanding (canon-test-support's C runtime, no
//! WASI), so every host runs it as it runs the Rust guests.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use canon_bindgen_c::{Bindings, Names, Options, ResultShape};
use canon_test_support::c::{CBuild, build};
use canon_wit::wit_parser::{Function, Handle, Resolve, Type, TypeDefKind, WorldItem};

use super::echo::{EchoWorld, mentions_handles};

/// A C guest's sources, and the calls it cannot echo.
#[derive(Debug)]
pub(crate) struct CGuest {
    bindings: Bindings,
    object_name: String,
    object: Vec<u8>,
    guest: String,
    /// `(interface, function)` of the echoed functions the guest aborts in.
    pub(crate) unsupported: HashSet<(String, String)>,
}

/// Which way a value crosses the guest.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Dir {
    /// An export's parameter becoming the import's: own handles unwrapped,
    /// borrows lent.
    In,
    /// The import's result becoming the export's: own handles wrapped.
    Out,
}

/// `ty` with `type a = b` aliases followed.
fn strip(resolve: &Resolve, ty: &Type) -> Type {
    let mut ty = *ty;
    while let Type::Id(id) = ty {
        match &resolve.types[id].kind {
            TypeDefKind::Type(t) => ty = *t,
            _ => break,
        }
    }
    ty
}

/// `*p` for a C pointer expression `p`, without a `*&`.
fn deref(p: &str) -> String {
    match p.strip_prefix('&') {
        Some(rest) => rest.to_string(),
        None => format!("(*{p})"),
    }
}

/// The static C helpers moving values with handles between the two sides
/// of one interface, written once per C type and direction.
struct Helpers<'a> {
    resolve: &'a Resolve,
    names: &'a Names<'a>,
    export: usize,
    import: usize,
    /// Helper names by (what it does, the C types it takes).
    made: HashMap<(String, String), String>,
    /// Definitions not yet written into the guest.
    pending: String,
}

impl Helpers<'_> {
    /// `(source scope, destination scope)` of `dir`.
    fn scopes(&self, dir: Dir) -> (usize, usize) {
        match dir {
            Dir::In => (self.export, self.import),
            Dir::Out => (self.import, self.export),
        }
    }

    /// A statement moving the value at pointer `src` (its type as `dir`'s
    /// source side spells it) into `dst`: bytes copied for values without
    /// handles, own handles unwrapped (`In`) or wrapped (`Out`), borrows
    /// lent, lists holding handles rebuilt (the source's array freed).
    fn assign(&mut self, dir: Dir, ty: &Type, dst: &str, src: &str) -> Result<String> {
        if !mentions_handles(self.resolve, ty) {
            return Ok(format!("memcpy({dst}, {src}, sizeof(*{dst}));"));
        }
        let Type::Id(id) = strip(self.resolve, ty) else {
            anyhow::bail!("a type with handles is not a type definition");
        };
        let (d, s) = (deref(dst), deref(src));
        match (&self.resolve.types[id].kind, dir) {
            (TypeDefKind::Handle(Handle::Own(r)), Dir::In) => {
                let e = self.names.resource(self.export, *r)?;
                Ok(format!(
                    "{{ {rep} *_rep = {eb}_rep({s}); _rep->taken = true; {d} = _rep->inner; {eb}_drop_own({s}); }}",
                    rep = e.rep,
                    eb = e.base,
                ))
            }
            (TypeDefKind::Handle(Handle::Own(r)), Dir::Out) => {
                let e = self.names.resource(self.export, *r)?;
                Ok(format!(
                    "{{ {rep} *_w = malloc(sizeof(*_w)); if (_w == NULL) abort(); _w->inner = {s}; _w->taken = false; {d} = {eb}_new(_w); }}",
                    rep = e.rep,
                    eb = e.base,
                ))
            }
            (TypeDefKind::Handle(Handle::Borrow(r)), Dir::In) => {
                let i = self.names.resource(self.import, *r)?;
                Ok(format!("{d} = {}({s}->inner);", i.borrow_fn))
            }
            (TypeDefKind::Handle(Handle::Borrow(_)), Dir::Out) => {
                anyhow::bail!("a borrow in a result")
            }
            _ => {
                let helper = self.convert(dir, ty)?;
                Ok(format!("{helper}({dst}, {src});"))
            }
        }
    }

    /// The helper `void f(D *dst, S *src)` converting an aggregate `ty`
    /// with handles.
    fn convert(&mut self, dir: Dir, ty: &Type) -> Result<String> {
        let (from, to) = self.scopes(dir);
        let (st, dt) = (self.names.ctype(from, ty)?, self.names.ctype(to, ty)?);
        let way = if dir == Dir::In { "in" } else { "out" };
        let key = (way.to_string(), format!("{dt} {st}"));
        if let Some(name) = self.made.get(&key) {
            return Ok(name.clone());
        }
        let Type::Id(id) = strip(self.resolve, ty) else {
            anyhow::bail!("a type with handles is not a type definition");
        };
        let mut body = String::new();
        let resolve = self.resolve;
        // Copies the bytes, then converts the parts holding handles.
        let copy = "    memcpy(dst, src, sizeof(*dst));\n";
        match &resolve.types[id].kind {
            TypeDefKind::Record(r) => {
                body.push_str(copy);
                for f in &r.fields {
                    if mentions_handles(resolve, &f.ty) {
                        let m = self.names.member(&f.name);
                        let a =
                            self.assign(dir, &f.ty, &format!("&dst->{m}"), &format!("&src->{m}"))?;
                        let _ = writeln!(body, "    {a}");
                    }
                }
            }
            TypeDefKind::Tuple(t) => {
                body.push_str(copy);
                for (k, t) in t.types.iter().enumerate() {
                    if mentions_handles(resolve, t) {
                        let a =
                            self.assign(dir, t, &format!("&dst->f{k}"), &format!("&src->f{k}"))?;
                        let _ = writeln!(body, "    {a}");
                    }
                }
            }
            TypeDefKind::Variant(v) => {
                body.push_str(copy);
                let mut cases = String::new();
                for (k, case) in v.cases.iter().enumerate() {
                    let Some(t) = case.ty.filter(|t| mentions_handles(resolve, t)) else {
                        continue;
                    };
                    let m = self.names.member(&case.name);
                    let a = self.assign(
                        dir,
                        &t,
                        &format!("&dst->val.{m}"),
                        &format!("&src->val.{m}"),
                    )?;
                    let _ = writeln!(cases, "        case {k}: {a} break;");
                }
                let _ = write!(
                    body,
                    "    switch (src->tag) {{\n{cases}        default: break;\n    }}\n"
                );
            }
            TypeDefKind::Option(t) => {
                body.push_str(copy);
                let a = self.assign(dir, t, "&dst->val", "&src->val")?;
                let _ = writeln!(body, "    if (src->is_some) {{ {a} }}");
            }
            TypeDefKind::Result(r) => {
                body.push_str(copy);
                let mut part = |t: Option<Type>, m: &str| -> Result<String> {
                    match t.filter(|t| mentions_handles(resolve, t)) {
                        Some(t) => self.assign(
                            dir,
                            &t,
                            &format!("&dst->val.{m}"),
                            &format!("&src->val.{m}"),
                        ),
                        None => Ok(String::new()),
                    }
                };
                let ok = part(r.ok, "ok")?;
                let err = part(r.err, "err")?;
                let _ = writeln!(body, "    if (!src->is_err) {{ {ok} }} else {{ {err} }}");
            }
            TypeDefKind::List(t) => {
                let a = self.assign(dir, t, "&dst->ptr[_k]", "&src->ptr[_k]")?;
                let _ = write!(
                    body,
                    "    dst->len = src->len;\n    dst->ptr = NULL;\n    if (src->len == 0) return;\n    \
                     dst->ptr = malloc(src->len * sizeof(*dst->ptr));\n    \
                     if (dst->ptr == NULL) abort();\n    \
                     for (size_t _k = 0; _k < src->len; _k++) {{ {a} }}\n    \
                     free(src->ptr);\n"
                );
            }
            kind => anyhow::bail!("no conversion for handles in {kind:?}"),
        }
        let name = format!("echo_guest_{}_{}", key.0, self.made.len());
        let _ = write!(
            self.pending,
            "static void {name}({dt} *dst, {st} *src) {{\n{body}}}\n\n"
        );
        self.made.insert(key, name.clone());
        Ok(name)
    }

    /// A statement freeing the memory of the import-side value at `ptr`
    /// after the import call, without dropping handles (they moved to the
    /// callee), or `None` when there is nothing to free.
    fn release(&mut self, ty: &Type, ptr: &str) -> Result<Option<String>> {
        if !mentions_handles(self.resolve, ty) {
            return Ok(self
                .names
                .free_function(self.import, ty)?
                .map(|free| format!("{free}({ptr});")));
        }
        let Type::Id(id) = strip(self.resolve, ty) else {
            anyhow::bail!("a type with handles is not a type definition");
        };
        let resolve = self.resolve;
        let ct = self.names.ctype(self.import, ty)?;
        let key = ("release".to_string(), ct.clone());
        if let Some(name) = self.made.get(&key) {
            return Ok(Some(format!("{name}({ptr});")));
        }
        let mut body = String::new();
        match &resolve.types[id].kind {
            TypeDefKind::Handle(_) => return Ok(None),
            TypeDefKind::Record(r) => {
                for f in &r.fields {
                    let m = self.names.member(&f.name);
                    if let Some(s) = self.release(&f.ty, &format!("&ptr->{m}"))? {
                        let _ = writeln!(body, "    {s}");
                    }
                }
            }
            TypeDefKind::Tuple(t) => {
                for (k, t) in t.types.iter().enumerate() {
                    if let Some(s) = self.release(t, &format!("&ptr->f{k}"))? {
                        let _ = writeln!(body, "    {s}");
                    }
                }
            }
            TypeDefKind::Variant(v) => {
                let mut cases = String::new();
                for (k, case) in v.cases.iter().enumerate() {
                    let Some(t) = &case.ty else { continue };
                    let m = self.names.member(&case.name);
                    if let Some(s) = self.release(t, &format!("&ptr->val.{m}"))? {
                        let _ = writeln!(cases, "        case {k}: {s} break;");
                    }
                }
                if !cases.is_empty() {
                    let _ = write!(
                        body,
                        "    switch (ptr->tag) {{\n{cases}        default: break;\n    }}\n"
                    );
                }
            }
            TypeDefKind::Option(t) => {
                if let Some(s) = self.release(t, "&ptr->val")? {
                    let _ = writeln!(body, "    if (ptr->is_some) {{ {s} }}");
                }
            }
            TypeDefKind::Result(r) => {
                let mut part = |t: Option<Type>, m: &str| -> Result<String> {
                    Ok(match t {
                        Some(t) => self
                            .release(&t, &format!("&ptr->val.{m}"))?
                            .unwrap_or_default(),
                        None => String::new(),
                    })
                };
                let ok = part(r.ok, "ok")?;
                let err = part(r.err, "err")?;
                if !ok.is_empty() || !err.is_empty() {
                    let _ = writeln!(body, "    if (!ptr->is_err) {{ {ok} }} else {{ {err} }}");
                }
            }
            TypeDefKind::List(t) => {
                if let Some(s) = self.release(t, "&ptr->ptr[_k]")? {
                    let _ = writeln!(
                        body,
                        "    for (size_t _k = 0; _k < ptr->len; _k++) {{ {s} }}"
                    );
                }
                body.push_str("    if (ptr->len > 0) free(ptr->ptr);\n");
            }
            kind => anyhow::bail!("no release for handles in {kind:?}"),
        }
        if body.is_empty() {
            return Ok(None);
        }
        let name = format!("echo_guest_release_{}", self.made.len());
        let _ = write!(
            self.pending,
            "static void {name}({ct} *ptr) {{\n{body}}}\n\n"
        );
        self.made.insert(key, name.clone());
        Ok(Some(format!("{name}({ptr});")))
    }
}

/// Writes the C guest of `echo`.
pub(crate) fn c_guest(echo: &EchoWorld) -> Result<CGuest> {
    let resolve = &echo.resolve;
    let options = Options::default();
    // One generation gives both the bindings and the names to write against.
    let names = Names::new(resolve, echo.world, &options).context("canon-bindgen-c")?;
    let bindings = names.bindings().clone();
    let (object_name, object) =
        canon_bindgen_c::component_type_object(resolve, echo.world, &options)
            .context("canon-bindgen-c object")?;
    let world = &resolve.worlds[echo.world];
    let mut guest = format!(
        "// Generated by `cargo xtask diff`: passes every export's arguments to the\n\
         // matching import and returns its result.\n\
         #include \"{}\"\n#include <stdlib.h>\n#include <string.h>\n\n",
        bindings.header_name
    );
    let mut unsupported = HashSet::new();
    let mut helpers = Helpers {
        resolve,
        names: &names,
        export: 0,
        import: 0,
        made: HashMap::new(),
        pending: String::new(),
    };
    for (key, item) in &world.exports {
        let WorldItem::Interface { id, .. } = item else {
            continue;
        };
        let interface = resolve.name_world_key(key);
        let export = names.scope(true, Some(*id)).context("an export scope")?;
        let import = names.scope(false, Some(*id)).context("an import scope")?;
        for &ty in resolve.interfaces[*id].types.values() {
            if !matches!(resolve.types[ty].kind, TypeDefKind::Resource) {
                continue;
            }
            let e = names.resource(export, ty)?;
            let i = names.resource(import, ty)?;
            let _ = write!(
                guest,
                "struct {rep} {{\n    {own} inner;\n    bool taken;\n}};\n\n\
                 void {base}_destructor({rep} *rep) {{\n    if (!rep->taken) {ibase}_drop_own(rep->inner);\n    free(rep);\n}}\n\n",
                rep = e.rep,
                own = i.own,
                base = e.base,
                ibase = i.base,
            );
        }
        helpers.export = export;
        helpers.import = import;
        for func in resolve.interfaces[*id].functions.values() {
            let echoed = echo
                .functions
                .iter()
                .any(|(name, f)| *name == interface && f.name == func.name);
            let ef = names.function(export, func)?;
            let body = match echoed.then(|| echo_body(&mut helpers, func)) {
                Some(Ok(Some(body))) => body,
                Some(Err(error)) => {
                    return Err(error.context(format!("echoing {interface}'s {}", func.name)));
                }
                Some(Ok(None)) => {
                    unsupported.insert((interface.clone(), func.name.clone()));
                    "    abort();\n".to_string()
                }
                None => "    abort();\n".to_string(),
            };
            guest.push_str(&std::mem::take(&mut helpers.pending));
            let _ = write!(guest, "{} {{\n{body}}}\n\n", ef.prototype);
        }
    }
    Ok(CGuest {
        bindings,
        object_name,
        object,
        guest,
        unsupported,
    })
}

/// The body of an echoed export, or `None` when its result has no C shape
/// to return it in.
fn echo_body(h: &mut Helpers<'_>, func: &Function) -> Result<Option<String>> {
    let (names, resolve) = (h.names, h.resolve);
    let ef = names.function(h.export, func)?;
    let imf = names.function(h.import, func)?;
    let mut body = String::new();
    let mut after = String::new();
    let mut args = Vec::new();
    for (k, p) in func.params.iter().enumerate() {
        let (ep, ip) = (&ef.params[k], &imf.params[k]);
        let x = &ep.name;
        let a = format!("_a{k}");
        let src = if ep.by_pointer {
            x.clone()
        } else {
            format!("&{x}")
        };
        let _ = writeln!(body, "    {} {a};", ip.ctype);
        if mentions_handles(resolve, &p.ty) {
            // The export's parameter moves into the import's (own handles
            // unwrapped, borrows lent); after the call only memory is left.
            let _ = writeln!(
                body,
                "    {}",
                h.assign(Dir::In, &p.ty, &format!("&{a}"), &src)?
            );
            if let Some(free) = h.release(&p.ty, &format!("&{a}"))? {
                let _ = writeln!(after, "    {free}");
            }
        } else {
            let _ = writeln!(body, "    memcpy(&{a}, {src}, sizeof({a}));");
            if let Some(free) = names.free_function(h.export, &p.ty)? {
                let _ = writeln!(after, "    {free}({x});");
            }
        }
        args.push(if ip.by_pointer { format!("&{a}") } else { a });
    }
    let name = &imf.name;
    let call = format!("{name}({})", args.join(", "));
    let with = |extra: &[&str]| {
        let mut all = args.clone();
        all.extend(extra.iter().map(|s| s.to_string()));
        format!("{name}({})", all.join(", "))
    };
    let Some(result) = &func.result else {
        let _ = writeln!(body, "    {call};\n{after}");
        return Ok(Some(body));
    };
    // How the import's value in local `from` reaches the export's `*to`:
    // the import gave it to the guest, the export gives it away.
    let mut deliver =
        |ty: &Type, from: &str, to: &str| h.assign(Dir::Out, ty, to, &format!("&{from}"));
    let payloads = match strip(resolve, result) {
        Type::Id(id) => match &resolve.types[id].kind {
            TypeDefKind::Option(t) => vec![Some(*t)],
            TypeDefKind::Result(r) => vec![r.ok, r.err],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    match &imf.shape {
        ResultShape::None => return Ok(None),
        ResultShape::Direct | ResultShape::Aggregate => {
            let it = imf.result.as_deref().unwrap_or("void");
            let et = ef.result.as_deref().unwrap_or("void");
            let (get, out) = if imf.shape == ResultShape::Direct {
                (format!("    {it} _r = {call};"), "&_out")
            } else {
                (format!("    {it} _r;\n    {};", with(&["&_r"])), "ret")
            };
            let put = deliver(result, "_r", out)?;
            let _ = writeln!(body, "{get}\n{after}");
            if imf.shape == ResultShape::Direct {
                let _ = writeln!(body, "    {et} _out;\n    {put}\n    return _out;");
            } else {
                let _ = writeln!(body, "    {put}");
            }
        }
        ResultShape::Option => {
            let put = deliver(&payloads[0].context("an option payload")?, "_r", "ret")?;
            let _ = writeln!(
                body,
                "    {it} _r;\n    bool _some = {};\n{after}    if (_some) {{ {put} }}\n    return _some;",
                with(&["&_r"]),
                it = imf.ret.as_deref().unwrap_or("void"),
            );
        }
        ResultShape::Result { ok, err } => {
            let mut extra = Vec::new();
            let mut on_ok = String::new();
            let mut on_err = String::new();
            if *ok {
                let _ = writeln!(body, "    {} _r;", imf.ret.as_deref().unwrap_or("void"));
                extra.push("&_r");
                on_ok = deliver(&payloads[0].context("an ok payload")?, "_r", "ret")?;
            }
            if *err {
                let _ = writeln!(body, "    {} _e;", imf.err.as_deref().unwrap_or("void"));
                extra.push("&_e");
                on_err = deliver(&payloads[1].context("an err payload")?, "_e", "err")?;
            }
            let _ = writeln!(
                body,
                "    bool _ok = {};\n{after}    if (_ok) {{ {on_ok} }} else {{ {on_err} }}\n    return _ok;",
                with(&extra),
            );
        }
    }
    Ok(Some(body))
}

/// Builds the guest's core module (cached by its sources) under
/// `target/diff-guests-c/`.
pub(crate) fn build_module(guest: &CGuest, root: &Path) -> Result<Vec<u8>> {
    let hash = super::build::fnv(&[
        &guest.bindings.header,
        &guest.bindings.source,
        &guest.guest,
        &format!("{:?}", guest.object),
    ]);
    let dir: PathBuf = root.join(format!("target/diff-guests-c/{hash:016x}"));
    let out = dir.join("guest.wasm");
    if let Ok(module) = std::fs::read(&out) {
        return Ok(module);
    }
    std::fs::create_dir_all(&dir)?;
    std::fs::write(
        dir.join(&guest.bindings.header_name),
        &guest.bindings.header,
    )?;
    std::fs::write(
        dir.join(&guest.bindings.source_name),
        &guest.bindings.source,
    )?;
    std::fs::write(dir.join(&guest.object_name), &guest.object)?;
    std::fs::write(dir.join("guest.c"), &guest.guest)?;
    let partial = dir.join("guest.wasm.partial");
    build(
        &[dir.join(&guest.bindings.source_name), dir.join("guest.c")],
        &[dir.join(&guest.object_name)],
        std::slice::from_ref(&dir),
        CBuild::Freestanding,
        &["-Wno-unused-parameter"],
        &partial,
    )
    .map_err(|e| anyhow::anyhow!("building the C guest in {}: {e}", dir.display()))?;
    std::fs::rename(&partial, &out)?;
    Ok(std::fs::read(&out)?)
}

/// Writes the guest's sources into `dir` (for `--keep`).
pub(crate) fn keep(guest: &CGuest, dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(
        dir.join(format!("c.{}", guest.bindings.header_name)),
        &guest.bindings.header,
    )?;
    std::fs::write(
        dir.join(format!("c.{}", guest.bindings.source_name)),
        &guest.bindings.source,
    )?;
    std::fs::write(dir.join("c.guest.c"), &guest.guest)?;
    Ok(())
}
