//! Runtime tests: the guests of `tests/guests/` (one cdylib crate each, built
//! with `canon_guest::generate!`) are built for `wasm32-unknown-unknown`, made
//! into components by `canon-encode`'s `new_component` and run on wasmtime's
//! component runtime. Host imports and typed or dynamic host calls check the
//! values in both directions, and resource destructors are counted. The same
//! modules go through wit-component, the oracle, which must accept them and
//! decode the world they were built from. `size` compares the guests' sizes
//! with their upstream wit-bindgen twins.

#[path = "runtime/size.rs"]
mod size;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use wasmtime::component::types::{ComponentItem, Type};
use wasmtime::component::{Component, Linker, Resource, ResourceType, Val};
use wasmtime::{Config, Engine, Store, StoreContextMut};

const ECHO_GUESTS: &[&str] = &[
    "primitives",
    "strings",
    "lists",
    "records",
    "variants",
    "enums",
    "options",
    "results",
    "flags",
    "tuples",
    "spilled-results",
    "nested",
];

fn guests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/guests")
}

/// Builds every guest once (release, so that sizes are meaningful).
fn build_guests() -> &'static PathBuf {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT.get_or_init(|| {
        let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("guests");
        let output = Command::new(env!("CARGO"))
            .args([
                "build",
                "--quiet",
                "--release",
                "--workspace",
                "--target",
                "wasm32-unknown-unknown",
            ])
            .current_dir(guests_dir())
            .env("CARGO_TARGET_DIR", &target)
            .env("RUSTFLAGS", "-D warnings")
            .output()
            .expect("cargo runs");
        assert!(
            output.status.success(),
            "building the guests failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        target.join("wasm32-unknown-unknown/release")
    })
}

fn module(name: &str) -> Vec<u8> {
    let path = build_guests().join(format!("guest_{}.wasm", name.replace('-', "_")));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn component(engine: &Engine, name: &str) -> Component {
    let bytes = canon_encode::new_component(&module(name))
        .unwrap_or_else(|e| panic!("{name}: canon component new: {e}"));
    Component::new(engine, &bytes).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut config = Config::new();
        config.wasm_component_model(true);
        Engine::new(&config).unwrap()
    })
}

/// A deterministic value of `ty`, varied by `seed`.
fn sample(ty: &Type, seed: u32) -> Val {
    let f = seed as f32 * 1.5 - 3.25;
    match ty {
        Type::Bool => Val::Bool(seed % 2 == 1),
        Type::S8 => Val::S8(-(seed as i8) * 3),
        Type::U8 => Val::U8(200u8.wrapping_add(seed as u8 * 7)),
        Type::S16 => Val::S16(-300 * seed as i16),
        Type::U16 => Val::U16(60000u16.wrapping_add(seed as u16)),
        Type::S32 => Val::S32(-70000 * seed as i32),
        Type::U32 => Val::U32(u32::MAX - seed),
        Type::S64 => Val::S64(i64::MIN + seed as i64),
        Type::U64 => Val::U64(u64::MAX - seed as u64 * 1000),
        Type::Float32 => Val::Float32(f),
        Type::Float64 => Val::Float64(f64::from(f) * 1e10),
        Type::Char => Val::Char(['a', 'é', '💡', '\u{0}', 'Z'][seed as usize % 5]),
        Type::String => Val::String(format!("s{seed}-é💡").repeat(seed as usize % 3)),
        Type::List(list) => Val::List(
            (0..seed % 4)
                .map(|i| sample(&list.ty(), seed + i))
                .collect(),
        ),
        Type::Record(record) => Val::Record(
            record
                .fields()
                .enumerate()
                .map(|(i, field)| (field.name.to_string(), sample(&field.ty, seed + i as u32)))
                .collect(),
        ),
        Type::Tuple(tuple) => Val::Tuple(
            tuple
                .types()
                .enumerate()
                .map(|(i, t)| sample(&t, seed + i as u32))
                .collect(),
        ),
        Type::Variant(variant) => {
            let cases: Vec<_> = variant.cases().collect();
            let case = &cases[seed as usize % cases.len()];
            Val::Variant(
                case.name.to_string(),
                case.ty.as_ref().map(|t| Box::new(sample(t, seed + 1))),
            )
        }
        Type::Enum(e) => {
            let names: Vec<_> = e.names().collect();
            Val::Enum(names[seed as usize % names.len()].to_string())
        }
        Type::Option(option) => {
            Val::Option((!seed.is_multiple_of(3)).then(|| Box::new(sample(&option.ty(), seed + 1))))
        }
        Type::Result(result) => Val::Result(if seed.is_multiple_of(2) {
            Ok(result.ok().map(|t| Box::new(sample(&t, seed + 1))))
        } else {
            Err(result.err().map(|t| Box::new(sample(&t, seed + 1))))
        }),
        Type::Flags(flags) => Val::Flags(
            flags
                .names()
                .enumerate()
                .filter(|(i, _)| (seed.wrapping_mul(2654435761) >> (i % 31)) & 1 == 1)
                .map(|(_, n)| n.to_string())
                .collect(),
        ),
        other => panic!("no sample for {other:?}"),
    }
}

/// Runs an echo guest: each import `echo-x` returns its argument, each export
/// `run-x` must return its argument after the round trip through the import.
fn run_echo_guest(name: &str) -> usize {
    let engine = engine();
    let component = component(engine, name);
    let mut linker = Linker::<u32>::new(engine);
    let ty = component.component_type();
    for (import, item) in ty.imports(engine) {
        assert!(
            matches!(item.ty, ComponentItem::ComponentFunc(_)),
            "{import}"
        );
        linker
            .root()
            .func_new(import, |mut store, _ty, params, results| {
                *store.data_mut() += 1;
                results[0] = params[0].clone();
                Ok(())
            })
            .unwrap();
    }
    let mut store = Store::new(engine, 0u32);
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let mut checked = 0;
    for (export, item) in ty.exports(engine) {
        let ComponentItem::ComponentFunc(fty) = item.ty else {
            continue;
        };
        let func = instance.get_func(&mut store, export).unwrap();
        for seed in 0..9 {
            let args: Vec<Val> = fty.params().map(|(_, t)| sample(&t, seed)).collect();
            let before = *store.data();
            let mut results = vec![Val::Bool(false)];
            func.call(&mut store, &args, &mut results)
                .unwrap_or_else(|e| panic!("{name}: {export}({args:?}): {e:?}"));
            assert_eq!(results[0], args[0], "{name}: {export} with seed {seed}");
            assert_eq!(
                *store.data(),
                before + 1,
                "{name}: {export} calls its import once"
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "{name} exports nothing");
    checked
}

macro_rules! echo_tests {
    ($($test:ident => $name:literal,)*) => {
        $(
            #[test]
            fn $test() {
                run_echo_guest($name);
            }
        )*
    };
}

echo_tests! {
    echo_primitives => "primitives",
    echo_strings => "strings",
    echo_lists => "lists",
    echo_records => "records",
    echo_variants => "variants",
    echo_enums => "enums",
    echo_options => "options",
    echo_results => "results",
    echo_flags => "flags",
    echo_tuples => "tuples",
    echo_spilled_results => "spilled-results",
    echo_nested => "nested",
}

#[test]
fn interfaces_and_spilled_params() {
    let engine = engine();
    let component = component(engine, "interfaces");
    let mut linker = Linker::<()>::new(engine);
    let mut host = linker.instance("guest:interfaces/host-api").unwrap();
    host.func_new("swap", |_, _, params, results| {
        let Val::Record(fields) = &params[0] else {
            panic!("swap takes a record")
        };
        let (Val::String(left), Val::U32(right)) = (&fields[0].1, &fields[1].1) else {
            panic!("unexpected fields {fields:?}")
        };
        results[0] = Val::Record(vec![
            ("left".into(), Val::String(right.to_string())),
            ("right".into(), Val::U32(left.len() as u32)),
        ]);
        Ok(())
    })
    .unwrap();
    host.func_new("sum", |_, _, params, results| {
        let mut sum = 0u64;
        for (i, p) in params.iter().enumerate() {
            let Val::U32(v) = p else { panic!("u32 params") };
            assert_eq!(*v, i as u32 + 1, "parameter {i} arrives in order");
            sum += u64::from(*v);
        }
        results[0] = Val::U64(sum);
        Ok(())
    })
    .unwrap();
    let mut store = Store::new(engine, ());
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let api = instance
        .get_export_index(&mut store, None, "guest:interfaces/api")
        .unwrap();
    let swap = instance
        .get_export_index(&mut store, Some(&api), "run-swap")
        .unwrap();
    let swap = instance.get_func(&mut store, swap).unwrap();
    let mut results = [Val::Bool(false)];
    swap.call(
        &mut store,
        &[Val::Record(vec![
            ("left".into(), Val::String("hello".into())),
            ("right".into(), Val::U32(42)),
        ])],
        &mut results,
    )
    .unwrap();
    assert_eq!(
        results[0],
        Val::Record(vec![
            ("left".into(), Val::String("42!".into())),
            ("right".into(), Val::U32(6)),
        ])
    );
    let sum = instance
        .get_export_index(&mut store, Some(&api), "run-sum")
        .unwrap();
    let sum = instance
        .get_typed_func::<(
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
        ), (u64,)>(&mut store, sum)
        .unwrap();
    let (total,) = sum
        .call(
            &mut store,
            (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17),
        )
        .unwrap();
    assert_eq!(total, 2 * (1..=17).sum::<u64>());
}

/// The host's `counter` resource.
struct Counter;

#[derive(Default)]
struct Counters {
    values: Vec<u32>,
    dropped: Vec<u32>,
    /// `(name, tag)` of every `labelled` the host was given.
    labels: Vec<(String, Vec<u8>)>,
}

#[test]
fn imported_resources_are_dropped_exactly_once() {
    let engine = engine();
    let component = component(engine, "resources-import");
    let mut linker = Linker::<Counters>::new(engine);
    let mut host = linker.instance("guest:resources-import/host").unwrap();
    host.resource(
        "counter",
        ResourceType::host::<Counter>(),
        |mut cx: StoreContextMut<'_, Counters>, rep| {
            cx.data_mut().dropped.push(rep);
            Ok(())
        },
    )
    .unwrap();
    host.func_wrap(
        "[constructor]counter",
        |mut cx: StoreContextMut<'_, Counters>, (start,): (u32,)| {
            let values = &mut cx.data_mut().values;
            values.push(start);
            Ok((Resource::<Counter>::new_own(values.len() as u32 - 1),))
        },
    )
    .unwrap();
    host.func_wrap(
        "[method]counter.increment",
        |mut cx: StoreContextMut<'_, Counters>, (this, by): (Resource<Counter>, u32)| {
            let value = &mut cx.data_mut().values[this.rep() as usize];
            *value += by;
            Ok((*value,))
        },
    )
    .unwrap();
    host.func_wrap(
        "[method]counter.value",
        |cx: StoreContextMut<'_, Counters>, (this,): (Resource<Counter>,)| {
            Ok((cx.data().values[this.rep() as usize],))
        },
    )
    .unwrap();
    host.func_wrap(
        "[static]counter.merge",
        |mut cx: StoreContextMut<'_, Counters>, (a, b): (Resource<Counter>, Resource<Counter>)| {
            assert!(a.owned() && b.owned(), "merge takes ownership");
            let data = cx.data_mut();
            let sum = data.values[a.rep() as usize] + data.values[b.rep() as usize];
            data.values.push(sum);
            Ok((Resource::<Counter>::new_own(data.values.len() as u32 - 1),))
        },
    )
    .unwrap();
    host.func_wrap(
        "total",
        |cx: StoreContextMut<'_, Counters>, (c,): (Resource<Counter>,)| {
            assert!(!c.owned(), "total borrows");
            Ok((cx.data().values[c.rep() as usize],))
        },
    )
    .unwrap();
    for name in ["label-all", "label-maybe"] {
        host.func_new(name, |mut cx, _ty, params, results| {
            let mut seen = 0;
            let mut record = |entry: &Val| {
                let Val::Record(fields) = entry else {
                    panic!("a labelled record, got {entry:?}")
                };
                let [
                    (_, Val::String(name)),
                    (_, Val::Resource(_)),
                    (_, Val::List(tag)),
                ] = fields.as_slice()
                else {
                    panic!("name, counter and tag, got {fields:?}")
                };
                let tag = tag
                    .iter()
                    .map(|b| match b {
                        Val::U8(b) => *b,
                        other => panic!("a byte, got {other:?}"),
                    })
                    .collect();
                cx.data_mut().labels.push((name.clone(), tag));
                seen += 1;
            };
            match &params[0] {
                Val::List(entries) => entries.iter().for_each(&mut record),
                Val::Option(entry) => entry.iter().for_each(|e| record(e)),
                other => panic!("a list or option, got {other:?}"),
            }
            results[0] = Val::U32(seen);
            Ok(())
        })
        .unwrap();
    }
    let mut store = Store::new(engine, Counters::default());
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let run = instance
        .get_typed_func::<(u32,), (u32,)>(&mut store, "run")
        .unwrap();
    assert_eq!(run.call(&mut store, (5,)).unwrap(), (36,));
    // `a` and `b` went to the host by `merge`; only `merged` is dropped by the guest.
    assert_eq!(store.data().dropped, [2]);
    let keep = instance
        .get_typed_func::<(), (u32,)>(&mut store, "keep")
        .unwrap();
    assert_eq!(keep.call(&mut store, ()).unwrap(), (8,));
    assert_eq!(store.data().dropped, [2, 3]);

    // An export taking a list of borrowed imported handles frees the list
    // after the call (the borrows point into it until then): the guest's
    // live bytes do not grow over 50 calls.
    let sum = instance
        .get_typed_func::<(Vec<Resource<Counter>>,), (u32,)>(&mut store, "sum-values")
        .unwrap();
    let live = instance
        .get_typed_func::<(), (u32,)>(&mut store, "live-bytes")
        .unwrap();
    let borrows = |values: &[u32]| -> Vec<Resource<Counter>> {
        values
            .iter()
            .map(|&i| Resource::<Counter>::new_borrow(i))
            .collect()
    };
    assert_eq!(
        sum.call(&mut store, (borrows(&[0, 1, 3]),)).unwrap(),
        (7 + 11 + 8,)
    );
    let before = live.call(&mut store, ()).unwrap();
    for _ in 0..50 {
        assert_eq!(sum.call(&mut store, (borrows(&[0, 1, 3]),)).unwrap(), (26,));
    }
    assert_eq!(
        live.call(&mut store, ()).unwrap(),
        before,
        "the guest leaked"
    );
    // A borrow lent as a plain parameter is dropped by the guest too: the
    // `unwrap` of each call is that check (a borrow left over traps at the
    // call's end). Dropping a borrow never destroys the host's resource.
    let value_of = instance
        .get_typed_func::<(Resource<Counter>,), (u32,)>(&mut store, "value-of")
        .unwrap();
    for _ in 0..3 {
        let c = Resource::<Counter>::new_borrow(1);
        assert_eq!(value_of.call(&mut store, (c,)).unwrap(), (11,));
    }
    assert_eq!(store.data().dropped, [2, 3]);

    // Found by the differential harness: a parameter holding owning handles
    // is consumed by the lowering, and its strings and byte lists were
    // lowered as pointers into values dropped before the import ran (so the
    // host read freed memory). They now move into the call.
    let labels = instance
        .get_typed_func::<(Vec<String>,), (u32,)>(&mut store, "labels")
        .unwrap();
    let names: Vec<String> = (0..5)
        .map(|i| format!("a label long enough to be a heap block of its own, number {i}"))
        .collect();
    let before = live.call(&mut store, ()).unwrap();
    assert_eq!(labels.call(&mut store, (names.clone(),)).unwrap(), (6,));
    let expected: Vec<(String, Vec<u8>)> = names
        .iter()
        .chain(&names[..1])
        .map(|n| (n.clone(), n.as_bytes().to_vec()))
        .collect();
    assert_eq!(store.data().labels, expected);
    // And the moved buffers are freed after the call.
    assert_eq!(labels.call(&mut store, (names,)).unwrap(), (6,));
    assert_eq!(
        live.call(&mut store, ()).unwrap(),
        before,
        "the guest leaked"
    );
}

#[test]
fn exported_resources_run_their_destructor_exactly_once() {
    let engine = engine();
    let component = component(engine, "resources-export");
    let linker = Linker::<()>::new(engine);
    let mut store = Store::new(engine, ());
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let store_iface = instance
        .get_export_index(&mut store, None, "guest:resources-export/store")
        .unwrap();
    let mut func = |name: &str| {
        let index = instance
            .get_export_index(&mut store, Some(&store_iface), name)
            .unwrap_or_else(|| panic!("{name}"));
        instance.get_func(&mut store, index).unwrap()
    };
    let new = func("[constructor]blob");
    let size = func("[method]blob.size");
    let append = func("[method]blob.append");
    let contents = func("[method]blob.contents");
    let same = func("[method]blob.same");
    let concat = func("[static]blob.concat");
    let dropped = func("dropped");
    let make = func("make");
    let bytes = |b: &[u8]| Val::List(b.iter().map(|b| Val::U8(*b)).collect());
    let call = |store: &mut Store<()>, f: &wasmtime::component::Func, args: &[Val]| {
        let mut results = vec![Val::Bool(false); f.ty(&*store).results().len()];
        f.call(&mut *store, args, &mut results).unwrap();
        results.pop()
    };
    let a = call(&mut store, &new, &[bytes(&[1, 2])]).unwrap();
    call(&mut store, &append, &[a.clone(), bytes(&[3])]);
    assert_eq!(
        call(&mut store, &size, std::slice::from_ref(&a)),
        Some(Val::U32(3))
    );
    assert_eq!(
        call(&mut store, &contents, std::slice::from_ref(&a)),
        Some(bytes(&[1, 2, 3]))
    );
    let b = call(&mut store, &make, &[Val::String("xy".into())]).unwrap();
    let c = call(&mut store, &new, &[bytes(&[1, 2, 3])]).unwrap();
    assert_eq!(
        call(&mut store, &same, &[b.clone(), a.clone()]),
        Some(Val::Bool(false))
    );
    assert_eq!(
        call(&mut store, &same, &[a.clone(), c.clone()]),
        Some(Val::Bool(true))
    );
    assert_eq!(call(&mut store, &dropped, &[]), Some(Val::U32(0)));
    let d = call(&mut store, &concat, &[a, b]).unwrap();
    assert_eq!(
        call(&mut store, &contents, std::slice::from_ref(&d)),
        Some(bytes(&[1, 2, 3, b'x', b'y']))
    );
    // `concat` took `a` and `b`: the guest dropped each once.
    assert_eq!(call(&mut store, &dropped, &[]), Some(Val::U32(2)));
    for handle in [c, d] {
        let Val::Resource(any) = handle else {
            panic!("a resource")
        };
        any.resource_drop(&mut store).unwrap();
    }
    assert_eq!(call(&mut store, &dropped, &[]), Some(Val::U32(4)));
}

/// The guests' world names as the WIT says, with the import and export names.
fn world_items(resolve: &wit_parser::Resolve, world: wit_parser::WorldId) -> BTreeSet<String> {
    let w = &resolve.worlds[world];
    let imports = w
        .imports
        .keys()
        .map(|k| format!("import {}", resolve.name_world_key(k)));
    let exports = w
        .exports
        .keys()
        .map(|k| format!("export {}", resolve.name_world_key(k)));
    imports.chain(exports).collect()
}

#[test]
fn wit_component_accepts_every_guest_and_decodes_its_world() {
    let mut names: Vec<&str> = ECHO_GUESTS.to_vec();
    names.extend(["interfaces", "resources-import", "resources-export"]);
    assert!(names.len() >= 15);
    for name in names {
        let bytes = wit_component::ComponentEncoder::default()
            .module(&module(name))
            .unwrap_or_else(|e| panic!("{name}: {e:?}"))
            .validate(true)
            .encode()
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let wit_parser::decoding::DecodedWasm::Component(decoded, world) =
            wit_parser::decoding::decode(&bytes).unwrap()
        else {
            panic!("{name}: not a component")
        };
        let loaded = canon_wit::Loader::new()
            .load_path(guests_dir().join(name).join("wit"))
            .unwrap();
        let expected = loaded.select_world(None).unwrap();
        assert_eq!(
            world_items(&decoded, world),
            world_items(&loaded.resolve, expected),
            "{name}"
        );
        let count = |r: &wit_parser::Resolve, w: wit_parser::WorldId| {
            r.worlds[w]
                .imports
                .values()
                .chain(r.worlds[w].exports.values())
                .map(|item| match item {
                    wit_parser::WorldItem::Interface { id, .. } => {
                        r.interfaces[*id].functions.len()
                    }
                    wit_parser::WorldItem::Function(_) => 1,
                    wit_parser::WorldItem::Type { .. } => 0,
                })
                .sum::<usize>()
        };
        assert_eq!(
            count(&decoded, world),
            count(&loaded.resolve, expected),
            "{name}: function count"
        );
    }
}
