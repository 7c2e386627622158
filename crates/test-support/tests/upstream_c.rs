//! Upstream compatibility of C guests, both ways, for the world of
//! `tests/upstream/roundtrip.wit`:
//!
//! - upstream `wit-bindgen c` generates its bindings, and `roundtrip.c`,
//!   written against them, is built as a WASI reactor and made a component
//!   with canon-encode;
//! - canon-bindgen-c generates its bindings of the same world, and
//!   `roundtrip_canon.c`, the same exports written against them, is built
//!   the same way; upstream wit-component accepts its metadata and gives a
//!   component of the same world.
//!
//! Each guest's exports run with the same arguments on canon-host over
//! wasmi and over wasmtime (with canon-wasi) and on wasmtime's component
//! runtime (with wasmtime-wasi), all giving the exact same results; the
//! component sizes of the two guests are compared.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use canon_host::Value;
use canon_host::backend::EngineConfig;
use canon_test_support::c::{self, CBuild};
use canon_wit::wit_parser::{Function, Resolve, Type, TypeDefKind, WorldId, WorldItem};
use wasmtime::component::Val;
use wasmtime_wasi::{WasiCtxView, WasiView};

/// The interface of the world's import, and its one function.
const HOST: &str = "test:upstream/host";
const SHOUT: &str = "shout";

/// Each call: the export, its arguments and its expected result, in WAVE.
const CALLS: &[(&str, &[&str], &str)] = &[
    ("greet", &[r#""hello, wörld""#], r#""HELLO, WöRLD!""#),
    ("greet", &[r#""""#], r#""!""#),
    ("double-all", &["[1, 2, 3, 2147483649]"], "[2, 6, 4, 2]"),
    ("double-all", &["[]"], "[]"),
    (
        "move-point",
        &[r#"{x: 1, y: -2, label: "p"}"#, "3", "4"],
        r#"{x: 4, y: 2, label: "p\'"}"#,
    ),
    ("maybe-len", &[r#"some("four")"#], "some(4)"),
    ("maybe-len", &["none"], "none"),
    ("divide", &["7", "2"], "ok(3)"),
    ("divide", &["1", "0"], r#"err("division by zero")"#),
    ("env-var", &[r#""CANON_UPSTREAM""#], r#"some("yes")"#),
    ("env-var", &[r#""UNSET""#], "none"),
];

/// The guest's environment, on every runtime.
const ENV: (&str, &str) = ("CANON_UPSTREAM", "yes");

fn upstream_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/upstream")
}

/// A guest, built once: its bindings, a stripped reactor core module, and
/// its component by canon-encode.
struct Built {
    /// The directory of the bindings: `roundtrip.h`, `roundtrip.c` and
    /// `roundtrip_component_type.o`.
    bindings: PathBuf,
    core: Vec<u8>,
    component: Vec<u8>,
}

/// `guest` (in `tests/upstream`) compiled with the bindings `<world>.c` and
/// linked with `<world>_component_type.o` from `bindings`, stripped (`-s`),
/// and made a component.
fn build_guest(guest: &str, bindings: PathBuf, out: &Path) -> Result<Built, String> {
    let stem = guest.trim_end_matches(".c");
    let core = c::build(
        &[upstream_dir().join(guest), bindings.join("roundtrip.c")],
        &[bindings.join("roundtrip_component_type.o")],
        std::slice::from_ref(&bindings),
        CBuild::Reactor,
        &["-s"],
        &out.join(format!("{stem}.wasm")),
    )?;
    let component = c::componentize(&core, CBuild::Reactor)?;
    Ok(Built {
        bindings,
        core,
        component,
    })
}

fn unwrap_built(built: &'static Result<Built, String>) -> &'static Built {
    match built {
        Ok(built) => built,
        Err(message) => panic!("{message}"),
    }
}

/// A fresh, empty `CARGO_TARGET_TMPDIR/<name>`.
fn fresh_dir(name: &str) -> Result<PathBuf, String> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir)
}

/// The guest over upstream wit-bindgen's bindings.
fn built() -> &'static Built {
    static BUILT: OnceLock<Result<Built, String>> = OnceLock::new();
    unwrap_built(BUILT.get_or_init(|| {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("upstream-c");
        let bindings = out.join("bindings");
        if bindings.exists() {
            std::fs::remove_dir_all(&bindings)
                .map_err(|e| format!("{}: {e}", bindings.display()))?;
        }
        let wit_bindgen = canon_test_support::upstream_wit_bindgen()?;
        let output = Command::new(&wit_bindgen)
            .arg("c")
            .arg("--out-dir")
            .arg(&bindings)
            .arg(upstream_dir().join("roundtrip.wit"))
            .output()
            .map_err(|e| format!("running {}: {e}", wit_bindgen.display()))?;
        if !output.status.success() {
            return Err(format!(
                "wit-bindgen c failed:\n{}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        build_guest("roundtrip.c", bindings, &out)
    }))
}

/// The world, loaded with canon-wit.
fn world() -> (Resolve, WorldId) {
    let loaded = canon_wit::Loader::new()
        .load_path(upstream_dir().join("roundtrip.wit"))
        .unwrap();
    let world = loaded.select_world(None).unwrap();
    (loaded.resolve, world)
}

/// The guest over canon-bindgen-c's bindings (default options).
fn built_canon() -> &'static Built {
    static BUILT: OnceLock<Result<Built, String>> = OnceLock::new();
    unwrap_built(BUILT.get_or_init(|| {
        let out = fresh_dir("canon-c")?;
        let bindings = out.join("bindings");
        std::fs::create_dir_all(&bindings).map_err(|e| format!("{}: {e}", bindings.display()))?;
        let (resolve, world) = world();
        let options = canon_bindgen_c::Options::default();
        let generated = canon_bindgen_c::generate(&resolve, world, &options)
            .map_err(|e| format!("canon-bindgen-c: {e}"))?;
        let (object_name, object) =
            canon_bindgen_c::component_type_object(&resolve, world, &options)
                .map_err(|e| format!("canon-bindgen-c: {e}"))?;
        for (name, contents) in [
            (&generated.header_name, generated.header.as_bytes()),
            (&generated.source_name, generated.source.as_bytes()),
            (&object_name, &object[..]),
        ] {
            let path = bindings.join(name);
            std::fs::write(&path, contents).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        build_guest("roundtrip_canon.c", bindings, &out)
    }))
}

fn shout(s: &str) -> String {
    s.to_ascii_uppercase()
}

struct CanonState {
    wasi: canon_wasi::WasiCtx,
}

/// Every call on canon-host over `engine`, in one instance: the arguments
/// (read from WAVE with the export's types) and the results in WAVE.
fn run_on_canon_host(
    engine: &canon_host::Engine,
    component: &[u8],
) -> (Vec<Vec<Value>>, Vec<String>) {
    let component = canon_host::Component::new(engine, component).unwrap();
    let state = CanonState {
        wasi: canon_wasi::WasiCtxBuilder::new()
            .envs([(ENV.0.to_string(), ENV.1.to_string())])
            .build(),
    };
    let mut store = canon_host::Store::new(engine, state).unwrap();
    let mut linker = canon_host::Linker::new();
    canon_wasi::add_to_linker(&mut linker, |s: &mut CanonState| &mut s.wasi).unwrap();
    linker
        .instance(HOST)
        .unwrap()
        .func_new(SHOUT, |_, params, results| {
            let Value::String(s) = &params[0] else {
                return Err(canon_host::Error::Type(format!(
                    "shout: expected a string, got {:?}",
                    params[0]
                )));
            };
            results[0] = Value::string(&shout(s));
            Ok(())
        })
        .unwrap();
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let mut arguments = Vec::new();
    let mut results = Vec::new();
    for (name, args, _) in CALLS {
        let func = instance
            .get_func(name)
            .unwrap_or_else(|| panic!("no export `{name}`"));
        let ty = func.ty();
        let params: Vec<Value> = ty
            .params
            .iter()
            .zip(args.iter())
            .map(|((_, ty), text)| Value::from_wave(ty, text).unwrap())
            .collect();
        let mut result = [Value::Bool(false)];
        func.call(&mut store, &params, &mut result)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        results.push(result[0].to_wave().unwrap());
        arguments.push(params);
    }
    (arguments, results)
}

/// A canon-host argument as a wasmtime one (for the types of [`CALLS`]).
fn to_wasmtime(value: &Value) -> Val {
    match value {
        Value::U32(n) => Val::U32(*n),
        Value::S32(n) => Val::S32(*n),
        Value::String(s) => Val::String(s.to_string()),
        Value::List(list) => Val::List(list.iter().map(|v| to_wasmtime(&v)).collect()),
        Value::Record(record) => Val::Record(
            record
                .fields()
                .map(|(name, v)| (name.to_string(), to_wasmtime(v)))
                .collect(),
        ),
        Value::Option(option) => Val::Option(option.value().map(|v| Box::new(to_wasmtime(v)))),
        other => panic!("no conversion for {other:?}"),
    }
}

/// A wasmtime value in WAVE, written as wasm-wave writes it.
fn wave(value: &Val) -> String {
    let payload = |name: &str, v: &Option<Box<Val>>| match v {
        Some(v) => format!("{name}({})", wave(v)),
        None => name.to_string(),
    };
    match value {
        Val::U32(n) => n.to_string(),
        Val::S32(n) => n.to_string(),
        Val::String(s) => {
            let mut out = String::from("\"");
            for ch in s.chars() {
                if "\\\"'\t\r\n".contains(ch) {
                    out.extend(ch.escape_default());
                } else if ch.is_control() {
                    out.extend(ch.escape_unicode());
                } else {
                    out.extend(ch.escape_debug());
                }
            }
            out.push('"');
            out
        }
        Val::List(values) => format!(
            "[{}]",
            values.iter().map(wave).collect::<Vec<_>>().join(", ")
        ),
        Val::Record(fields) => format!(
            "{{{}}}",
            fields
                .iter()
                .map(|(name, v)| format!("{name}: {}", wave(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Val::Option(Some(v)) => format!("some({})", wave(v)),
        Val::Option(None) => "none".to_string(),
        Val::Result(Ok(v)) => payload("ok", v),
        Val::Result(Err(v)) => payload("err", v),
        other => panic!("no WAVE for {other:?}"),
    }
}

struct WasmtimeState {
    ctx: wasmtime_wasi::WasiCtx,
    table: wasmtime::component::ResourceTable,
}

impl WasiView for WasmtimeState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.ctx,
            table: &mut self.table,
        }
    }
}

/// Every call on wasmtime with wasmtime-wasi, in one instance, with the
/// arguments canon-host was given; the results in WAVE.
fn run_on_wasmtime(component: &[u8], arguments: &[Vec<Value>]) -> Vec<String> {
    let mut config = wasmtime::Config::new();
    config.wasm_component_model(true);
    let engine = wasmtime::Engine::new(&config).unwrap();
    let component = wasmtime::component::Component::new(&engine, component).unwrap();
    let state = WasmtimeState {
        ctx: wasmtime_wasi::WasiCtxBuilder::new()
            .env(ENV.0, ENV.1)
            .build(),
        table: wasmtime::component::ResourceTable::new(),
    };
    let mut store = wasmtime::Store::new(&engine, state);
    let mut linker = wasmtime::component::Linker::new(&engine);
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker).unwrap();
    linker
        .instance(HOST)
        .unwrap()
        .func_new(SHOUT, |_, _, params, results| {
            let Val::String(s) = &params[0] else {
                wasmtime::bail!("shout: expected a string, got {:?}", params[0]);
            };
            results[0] = Val::String(shout(s));
            Ok(())
        })
        .unwrap();
    let instance = linker.instantiate(&mut store, &component).unwrap();
    CALLS
        .iter()
        .zip(arguments)
        .map(|((name, _, _), args)| {
            let params: Vec<Val> = args.iter().map(to_wasmtime).collect();
            let func = instance
                .get_func(&mut store, name)
                .unwrap_or_else(|| panic!("no export `{name}`"));
            let mut result = [Val::Bool(false)];
            func.call(&mut store, &params, &mut result)
                .unwrap_or_else(|e| panic!("{name}: {e:?}"));
            wave(&result[0])
        })
        .collect()
}

fn expected() -> Vec<String> {
    CALLS
        .iter()
        .map(|(_, _, result)| result.to_string())
        .collect()
}

/// Every call of [`CALLS`] on canon-host over wasmi and over wasmtime and
/// on wasmtime-wasi gives the expected result; `guest` names it in failures.
fn runs_alike_on_every_runtime(built: &Built, guest: &str) {
    // getenv reaches WASI, so the reactor adapter is in the component.
    let imports = c::module_imports(&built.core).unwrap();
    assert!(
        imports
            .iter()
            .any(|(module, name)| module == "wasi_snapshot_preview1" && name == "environ_get"),
        "{guest}: {imports:?}"
    );
    let config = EngineConfig::default();
    let wasmi = canon_host::Engine::new(canon_backend_wasmi::WasmiEngine::new(&config).unwrap());
    let wasmtime_backend =
        canon_host::Engine::new(canon_backend_wasmtime::WasmtimeEngine::new(&config).unwrap());
    let (arguments, on_wasmi) = run_on_canon_host(&wasmi, &built.component);
    assert_eq!(on_wasmi, expected(), "{guest}: canon-host/wasmi");
    let (_, on_wasmtime_backend) = run_on_canon_host(&wasmtime_backend, &built.component);
    assert_eq!(
        on_wasmtime_backend,
        expected(),
        "{guest}: canon-host/wasmtime"
    );
    assert_eq!(
        run_on_wasmtime(&built.component, &arguments),
        expected(),
        "{guest}: wasmtime-wasi"
    );
}

#[test]
fn an_upstream_c_guest_runs_alike_on_every_runtime() {
    runs_alike_on_every_runtime(built(), "upstream wit-bindgen's guest");
}

#[test]
fn a_canon_bindgen_c_guest_runs_alike_on_every_runtime() {
    runs_alike_on_every_runtime(built_canon(), "canon-bindgen-c's guest");
}

/// A type as WIT text, structurally: records with their name and fields
/// (other named types, which only WASI's functions use, by kind and name).
fn type_text(resolve: &Resolve, ty: &Type) -> String {
    let Type::Id(id) = ty else {
        return format!("{ty:?}").to_lowercase();
    };
    let def = &resolve.types[*id];
    let optional = |ty: &Option<Type>| {
        ty.as_ref()
            .map_or("_".to_string(), |t| type_text(resolve, t))
    };
    match &def.kind {
        TypeDefKind::Type(ty) => type_text(resolve, ty),
        TypeDefKind::List(ty) => format!("list<{}>", type_text(resolve, ty)),
        TypeDefKind::Option(ty) => format!("option<{}>", type_text(resolve, ty)),
        TypeDefKind::Result(r) => format!("result<{}, {}>", optional(&r.ok), optional(&r.err)),
        TypeDefKind::Record(r) => format!(
            "record {} {{ {} }}",
            def.name.as_deref().unwrap_or("<anonymous>"),
            r.fields
                .iter()
                .map(|f| format!("{}: {}", f.name, type_text(resolve, &f.ty)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        TypeDefKind::Tuple(t) => format!(
            "tuple<{}>",
            t.types
                .iter()
                .map(|t| type_text(resolve, t))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        // Not in `roundtrip.wit`, only in WASI's functions.
        other => format!(
            "{} {}",
            other.as_str(),
            def.name.as_deref().unwrap_or("<anonymous>")
        ),
    }
}

fn function_text(resolve: &Resolve, f: &Function) -> String {
    format!(
        "{}: func({}) -> {}",
        f.name,
        f.params
            .iter()
            .map(|p| format!("{}: {}", p.name, type_text(resolve, &p.ty)))
            .collect::<Vec<_>>()
            .join(", "),
        f.result
            .as_ref()
            .map_or("()".to_string(), |t| type_text(resolve, t))
    )
}

/// Every function a world imports or exports, as `import|export
/// [interface#]name: func(...) -> ...` with types spelled out.
fn world_functions(resolve: &Resolve, world: WorldId) -> BTreeSet<String> {
    let world = &resolve.worlds[world];
    let mut functions = BTreeSet::new();
    for (direction, items) in [("import", &world.imports), ("export", &world.exports)] {
        for (key, item) in items {
            match item {
                WorldItem::Function(f) => {
                    functions.insert(format!("{direction} {}", function_text(resolve, f)));
                }
                WorldItem::Interface { id, .. } => {
                    let name = resolve.name_world_key(key);
                    for f in resolve.interfaces[*id].functions.values() {
                        functions
                            .insert(format!("{direction} {name}#{}", function_text(resolve, f)));
                    }
                }
                WorldItem::Type { .. } => {}
            }
        }
    }
    functions
}

/// `component`'s world, decoded by wit-component, has the functions of
/// `roundtrip.wit`'s world, and besides them imports only WASI's (from the
/// adapter).
fn assert_world_matches(component: &[u8], what: &str) {
    let (resolve, world) = world();
    let expected = world_functions(&resolve, world);
    let decoded = wit_component::decode(component)
        .unwrap_or_else(|e| panic!("{what}: wit-component cannot decode it: {e:#}"));
    let wit_component::DecodedWasm::Component(decoded_resolve, decoded_world) = decoded else {
        panic!("{what}: decoded as a WIT package, not a component");
    };
    let found = world_functions(&decoded_resolve, decoded_world);
    let missing: Vec<_> = expected.difference(&found).collect();
    assert!(
        missing.is_empty(),
        "{what}: missing {missing:#?}\nfound {found:#?}"
    );
    let extra: Vec<_> = found
        .difference(&expected)
        .filter(|f| !f.starts_with("import wasi:"))
        .collect();
    assert!(extra.is_empty(), "{what}: unexpected {extra:#?}");
}

#[test]
fn wit_component_accepts_canon_bindgen_c_metadata() {
    let built = built_canon();
    let component = c::componentize_with_wit_component(&built.core, CBuild::Reactor)
        .unwrap_or_else(|e| panic!("wit-component rejects canon-bindgen-c's metadata: {e}"));
    c::validate(&component).unwrap();
    assert_world_matches(&component, "canon-bindgen-c's guest by wit-component");
    assert_world_matches(&built.component, "canon-bindgen-c's guest by canon-encode");
}

#[test]
fn the_upstream_c_components_have_the_world() {
    let built = built();
    let component = c::componentize_with_wit_component(&built.core, CBuild::Reactor).unwrap();
    assert_world_matches(&component, "upstream's guest by wit-component");
    assert_world_matches(&built.component, "upstream's guest by canon-encode");
}

/// The most the component may grow to before this test fails (it is about
/// 15 KiB of guest and upstream bindings, and the trimmed adapter).
const COMPONENT_SIZE_BUDGET: usize = 64 * 1024;

#[test]
#[allow(clippy::print_stderr, reason = "the sizes are quoted in reports")]
fn the_upstream_c_component_size() {
    let built = built();
    let theirs = c::componentize_with_wit_component(&built.core, CBuild::Reactor)
        .unwrap_or_else(|e| panic!("wit-component rejects upstream's metadata: {e}"));
    c::validate(&theirs).unwrap();
    eprintln!(
        "upstream wit-bindgen {} C guest `roundtrip`: core module {} bytes, component {} bytes \
         with canon-encode, {} bytes with wit-component",
        canon_test_support::WIT_BINDGEN_VERSION,
        built.core.len(),
        built.component.len(),
        theirs.len()
    );
    assert!(
        built.component.len() <= COMPONENT_SIZE_BUDGET,
        "the component is {} bytes, over the budget of {COMPONENT_SIZE_BUDGET}",
        built.component.len()
    );
    assert!(
        built.component.len() <= theirs.len() + theirs.len() / 10,
        "canon-encode's component ({} bytes) is over 10% bigger than wit-component's ({})",
        built.component.len(),
        theirs.len()
    );
}

#[test]
fn the_upstream_header_checks_as_c11_and_cxx17() {
    let header = built().bindings.join("roundtrip.h");
    c::syntax_check(&header, c::Lang::C11, &[], &[]).unwrap();
    c::syntax_check(&header, c::Lang::Cxx17, &[], &[]).unwrap();
}

#[test]
fn the_canon_bindgen_c_header_checks_as_c11_and_cxx17() {
    let header = built_canon().bindings.join("roundtrip.h");
    c::syntax_check(&header, c::Lang::C11, &[], &[]).unwrap();
    c::syntax_check(&header, c::Lang::Cxx17, &[], &[]).unwrap();
}

/// How much bigger than upstream's guest's component ours may be, in
/// percent, with either encoder.
const OVER_UPSTREAM_PERCENT: usize = 5;

#[test]
#[allow(clippy::print_stderr, reason = "the sizes are quoted in reports")]
fn the_canon_bindgen_c_component_is_no_larger_than_upstreams() {
    let (upstream, canon) = (built(), built_canon());
    let by_wit_component = |built: &Built| {
        c::componentize_with_wit_component(&built.core, CBuild::Reactor)
            .unwrap()
            .len()
    };
    let sizes = [
        (
            "canon-encode",
            canon.component.len(),
            upstream.component.len(),
        ),
        (
            "wit-component",
            by_wit_component(canon),
            by_wit_component(upstream),
        ),
    ];
    eprintln!(
        "`roundtrip` C guest core modules: canon-bindgen-c {} bytes, upstream wit-bindgen {} {} bytes",
        canon.core.len(),
        canon_test_support::WIT_BINDGEN_VERSION,
        upstream.core.len()
    );
    for (encoder, ours, theirs) in sizes {
        eprintln!(
            "`roundtrip` C guest components by {encoder}: canon-bindgen-c {ours} bytes, upstream \
             wit-bindgen {theirs} bytes"
        );
    }
    for (encoder, ours, theirs) in sizes {
        assert!(
            ours * 100 <= theirs * (100 + OVER_UPSTREAM_PERCENT),
            "by {encoder}, canon-bindgen-c's component ({ours} bytes) is over \
             {OVER_UPSTREAM_PERCENT}% bigger than upstream's ({theirs})"
        );
    }
}
