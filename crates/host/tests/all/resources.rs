//! Resources on both backends: guest-defined resources with destructors and
//! the handle table's index reuse, host-defined resources through dynamic and
//! typed host functions, handles crossing between composed components, and
//! misbehaving guests getting typed traps while the store stays usable.

use std::sync::{Arc, Mutex};

use canon_host::{
    Error, Instance, Linker, Resource, ResourceAny, ResourceDynamic, ResourceType, Store,
    StoreContextMut, TrapKind, Value,
};

use crate::components::component;
use crate::engines;

/// A component defining resource `r` (dtor adds the rep to a counter) with
/// exports that make, inspect, consume and misuse handles.
const GUEST: &str = r#"(component
  (core module $dtors
    (global $dropped (mut i32) (i32.const 0))
    (func (export "dtor") (param i32)
      (global.set $dropped (i32.add (global.get $dropped) (local.get 0))))
    (func (export "dropped") (result i32) (global.get $dropped)))
  (core instance $d (instantiate $dtors))
  (type $R (resource (rep i32) (dtor (core func $d "dtor"))))
  (type $S (resource (rep i32)))
  (export $R' "r" (type $R))
  (core func $new (canon resource.new $R))
  (core func $rep (canon resource.rep $R))
  (core func $drop (canon resource.drop $R))
  (core func $s.new (canon resource.new $S))
  (core func $s.drop (canon resource.drop $S))
  (core module $m
    (import "" "new" (func $new (param i32) (result i32)))
    (import "" "rep" (func $rep (param i32) (result i32)))
    (import "" "drop" (func $drop (param i32)))
    (import "" "s.new" (func $s.new (param i32) (result i32)))
    (import "" "s.drop" (func $s.drop (param i32)))
    (func (export "make") (param i32) (result i32) (call $new (local.get 0)))
    ;; A borrow of a resource it implements arrives as the rep.
    (func (export "rep-of") (param i32) (result i32) (local.get 0))
    (func (export "consume") (param i32) (result i32)
      (local $r i32)
      (local.set $r (call $rep (local.get 0)))
      (call $drop (local.get 0))
      (local.get $r))
    ;; Raw table operations, with indices chosen by the caller.
    (func (export "raw-new") (param i32) (result i32) (call $new (local.get 0)))
    (func (export "raw-rep") (param i32) (result i32) (call $rep (local.get 0)))
    (func (export "raw-drop") (param i32) (call $drop (local.get 0)))
    ;; Drops an `s` handle through `r`'s drop: the wrong resource type.
    (func (export "wrong-type") (result i32)
      (call $drop (call $s.new (i32.const 5)))
      (i32.const 0))
    (func (export "use-after-drop") (result i32)
      (local $h i32)
      (local.set $h (call $new (i32.const 9)))
      (call $drop (local.get $h))
      (call $rep (local.get $h))))
  (core instance $i (instantiate $m (with "" (instance
    (export "new" (func $new)) (export "rep" (func $rep)) (export "drop" (func $drop))
    (export "s.new" (func $s.new)) (export "s.drop" (func $s.drop))))))
  (func (export "make") (param "rep" u32) (result (own $R')) (canon lift (core func $i "make")))
  (func (export "rep-of") (param "r" (borrow $R')) (result u32) (canon lift (core func $i "rep-of")))
  (func (export "consume") (param "r" (own $R')) (result u32) (canon lift (core func $i "consume")))
  (func (export "raw-new") (param "rep" u32) (result u32) (canon lift (core func $i "raw-new")))
  (func (export "raw-rep") (param "i" u32) (result u32) (canon lift (core func $i "raw-rep")))
  (func (export "raw-drop") (param "i" u32) (canon lift (core func $i "raw-drop")))
  (func (export "wrong-type") (result u32) (canon lift (core func $i "wrong-type")))
  (func (export "use-after-drop") (result u32) (canon lift (core func $i "use-after-drop")))
  (func (export "dropped") (result u32) (canon lift (core func $d "dropped")))
)"#;

fn call(
    store: &mut Store<impl Send + 'static>,
    inst: &Instance,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Error> {
    let f = inst
        .get_func(name)
        .unwrap_or_else(|| panic!("no export `{name}`"));
    let mut out = vec![Value::Bool(false); f.ty().result_count()];
    f.call(store, args, &mut out)?;
    Ok(out.pop())
}

fn u32_of(v: Option<Value>) -> u32 {
    match v {
        Some(Value::U32(x)) => x,
        other => panic!("expected a u32, got {other:?}"),
    }
}

fn trap_kind(e: Error) -> TrapKind {
    match e {
        Error::Trap(t) => t.into_kind(),
        other => panic!("expected a trap, got {other:?}"),
    }
}

fn resource_of(v: Option<Value>) -> ResourceAny {
    match v {
        Some(Value::Resource(r)) => r,
        other => panic!("expected a resource, got {other:?}"),
    }
}

#[test]
fn guest_resources_move_borrow_and_destroy() {
    for (name, engine) in engines() {
        let c = component(&engine, GUEST);
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = Linker::new().instantiate(&mut store, &c).unwrap();
        let r = resource_of(call(&mut store, &inst, "make", &[Value::U32(7)]).unwrap());
        assert!(r.owned(), "{name}");
        // Borrowing leaves the host's handle in place.
        let borrowed = Value::Resource(r.clone());
        assert_eq!(
            u32_of(call(&mut store, &inst, "rep-of", std::slice::from_ref(&borrowed)).unwrap()),
            7
        );
        assert_eq!(
            u32_of(call(&mut store, &inst, "rep-of", &[borrowed]).unwrap()),
            7
        );
        // Passing it as `own` moves it: the destructor runs in the guest.
        let own = Value::Resource(r.clone());
        assert_eq!(
            u32_of(call(&mut store, &inst, "consume", std::slice::from_ref(&own)).unwrap()),
            7
        );
        assert_eq!(
            u32_of(call(&mut store, &inst, "dropped", &[]).unwrap()),
            7,
            "{name}"
        );
        // The moved handle is stale on the host side.
        let err = call(&mut store, &inst, "consume", &[own]).unwrap_err();
        assert_eq!(trap_kind(err), TrapKind::StaleResource, "{name}");
        // Dropping a host-held owning handle runs the guest destructor.
        let r2 = resource_of(call(&mut store, &inst, "make", &[Value::U32(30)]).unwrap());
        r2.clone().resource_drop(&mut store).unwrap();
        assert_eq!(
            u32_of(call(&mut store, &inst, "dropped", &[]).unwrap()),
            37,
            "{name}"
        );
        assert_eq!(
            r2.resource_drop(&mut store).map_err(trap_kind),
            Err(TrapKind::StaleResource)
        );
    }
}

#[test]
fn exported_resource_types_name_the_handles_of_their_functions() {
    for (name, engine) in engines() {
        let c = component(&engine, GUEST);
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = Linker::new().instantiate(&mut store, &c).unwrap();
        let exported = inst.get_resource("r").expect("`r` is an exported resource");
        let r = resource_of(call(&mut store, &inst, "make", &[Value::U32(1)]).unwrap());
        assert_eq!(r.ty(), &exported, "{name}");
        assert_ne!(&exported, &ResourceType::host::<u32>(), "{name}");
        // Functions are not resources; unknown names are nothing.
        assert!(inst.get_resource("make").is_none(), "{name}");
        assert!(inst.get_resource("nope").is_none(), "{name}");
        // Another instance of the same component has a distinct type.
        let other = Linker::new().instantiate(&mut store, &c).unwrap();
        assert_ne!(other.get_resource("r"), Some(exported), "{name}");
    }
}

#[test]
fn handle_indices_start_at_one_and_reuse_freed_slots() {
    for (name, engine) in engines() {
        let c = component(&engine, GUEST);
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = Linker::new().instantiate(&mut store, &c).unwrap();
        let new = |store: &mut Store<()>, rep| {
            u32_of(call(store, &inst, "raw-new", &[Value::U32(rep)]).unwrap())
        };
        assert_eq!(new(&mut store, 100), 1, "{name}");
        assert_eq!(new(&mut store, 200), 2, "{name}");
        assert_eq!(new(&mut store, 300), 3, "{name}");
        call(&mut store, &inst, "raw-drop", &[Value::U32(1)]).unwrap();
        call(&mut store, &inst, "raw-drop", &[Value::U32(3)]).unwrap();
        // The last freed slot is reused first.
        assert_eq!(new(&mut store, 400), 3, "{name}");
        assert_eq!(new(&mut store, 500), 1, "{name}");
        assert_eq!(new(&mut store, 600), 4, "{name}");
        let rep = |store: &mut Store<()>, i| {
            u32_of(call(store, &inst, "raw-rep", &[Value::U32(i)]).unwrap())
        };
        assert_eq!(
            [rep(&mut store, 1), rep(&mut store, 2), rep(&mut store, 3)],
            [500, 200, 400]
        );
        assert_eq!(
            u32_of(call(&mut store, &inst, "dropped", &[]).unwrap()),
            400
        );
    }
}

#[test]
fn misbehaving_guests_get_typed_resource_traps() {
    for (name, engine) in engines() {
        let c = component(&engine, GUEST);
        let mut store = Store::new(&engine, ()).unwrap();
        let mut expect = |func: &str, args: &[Value], kind: TrapKind| {
            let inst = Linker::new().instantiate(&mut store, &c).unwrap();
            let err = call(&mut store, &inst, func, args).unwrap_err();
            assert_eq!(trap_kind(err), kind, "{name} {func}");
            // The trapped instance is locked down.
            let err = call(&mut store, &inst, "make", &[Value::U32(1)]).unwrap_err();
            assert_eq!(trap_kind(err), TrapKind::CannotEnter, "{name} {func}");
            // The store stays usable.
            let inst = Linker::new().instantiate(&mut store, &c).unwrap();
            let r = resource_of(call(&mut store, &inst, "make", &[Value::U32(1)]).unwrap());
            assert_eq!(
                u32_of(call(&mut store, &inst, "consume", &[Value::Resource(r)]).unwrap()),
                1
            );
        };
        expect("raw-rep", &[Value::U32(0)], TrapKind::UnknownHandle(0));
        expect("raw-rep", &[Value::U32(99)], TrapKind::UnknownHandle(99));
        expect(
            "raw-drop",
            &[Value::U32(u32::MAX)],
            TrapKind::UnknownHandle(u32::MAX),
        );
        expect("use-after-drop", &[], TrapKind::UnknownHandle(1));
        expect("wrong-type", &[], TrapKind::ResourceTypeMismatch(1));
    }
}

/// Two components: `$C` implements `r`, `$D` imports it and moves, borrows
/// and misuses handles across the boundary.
const COMPOSED: &str = r#"(component
  (component $C
    (core module $dtors
      (global $dropped (mut i32) (i32.const 0))
      (func (export "dtor") (param i32)
        (global.set $dropped (i32.add (global.get $dropped) (local.get 0))))
      (func (export "dropped") (result i32) (global.get $dropped)))
    (core instance $d (instantiate $dtors))
    (type $R (resource (rep i32) (dtor (core func $d "dtor"))))
    (export $R' "r" (type $R))
    (core func $new (canon resource.new $R))
    (core func $drop (canon resource.drop $R))
    (core module $m
      (import "" "new" (func $new (param i32) (result i32)))
      (import "" "drop" (func $drop (param i32)))
      (func (export "make") (param i32) (result i32) (call $new (local.get 0)))
      (func (export "rep-of") (param i32) (result i32) (local.get 0))
      (func (export "both") (param i32 i32) (result i32) (call $drop (local.get 1)) (local.get 0))
      (func (export "take") (param i32) (call $drop (local.get 0))))
    (core instance $i (instantiate $m (with "" (instance
      (export "new" (func $new)) (export "drop" (func $drop))))))
    (func (export "make") (param "rep" u32) (result (own $R')) (canon lift (core func $i "make")))
    (func (export "rep-of") (param "r" (borrow $R')) (result u32) (canon lift (core func $i "rep-of")))
    (func (export "both") (param "b" (borrow $R')) (param "o" (own $R')) (result u32) (canon lift (core func $i "both")))
    (func (export "take") (param "o" (own $R')) (canon lift (core func $i "take")))
    (func (export "dropped") (result u32) (canon lift (core func $d "dropped"))))
  (component $D
    (import "c" (instance $c
      (export "r" (type $R (sub resource)))
      (export "make" (func (param "rep" u32) (result (own $R))))
      (export "rep-of" (func (param "r" (borrow $R)) (result u32)))
      (export "both" (func (param "b" (borrow $R)) (param "o" (own $R)) (result u32)))
      (export "take" (func (param "o" (own $R))))
      (export "dropped" (func (result u32)))))
    (alias export $c "r" (type $R))
    (type $Mine (resource (rep i32)))
    (core func $make (canon lower (func $c "make")))
    (core func $rep-of (canon lower (func $c "rep-of")))
    (core func $both (canon lower (func $c "both")))
    (core func $take (canon lower (func $c "take")))
    (core func $dropped (canon lower (func $c "dropped")))
    (core func $drop (canon resource.drop $R))
    (core func $mine.rep (canon resource.rep $Mine))
    (core module $m
      (import "" "make" (func $make (param i32) (result i32)))
      (import "" "rep-of" (func $rep-of (param i32) (result i32)))
      (import "" "both" (func $both (param i32 i32) (result i32)))
      (import "" "take" (func $take (param i32)))
      (import "" "dropped" (func $dropped (result i32)))
      (import "" "drop" (func $drop (param i32)))
      (import "" "mine.rep" (func $mine.rep (param i32) (result i32)))
      (func (export "run") (result i32)
        (local $a i32) (local $b i32) (local $sum i32) (local $base i32)
        (local.set $base (call $dropped))
        (local.set $a (call $make (i32.const 10)))
        (local.set $b (call $make (i32.const 20)))
        ;; borrow of $a and own of $b in one call; $a stays usable
        (local.set $sum (call $both (local.get $a) (local.get $b)))
        (local.set $sum (i32.add (local.get $sum) (call $rep-of (local.get $a))))
        ;; $b moved out and was destroyed by $C
        (if (i32.ne (i32.sub (call $dropped) (local.get $base)) (i32.const 20))
          (then unreachable))
        (call $take (local.get $a))
        (if (i32.ne (i32.sub (call $dropped) (local.get $base)) (i32.const 30))
          (then unreachable))
        (local.get $sum))
      ;; The same handle lent (borrow) and moved (own) in one call.
      (func (export "move-while-lent") (result i32)
        (local $a i32)
        (local.set $a (call $make (i32.const 1)))
        (call $both (local.get $a) (local.get $a)))
      ;; resource.rep of its own type on a handle of $C's type.
      (func (export "rep-of-foreign") (result i32)
        (call $mine.rep (call $make (i32.const 2))))
      ;; A dropped handle passed on.
      (func (export "pass-dropped") (result i32)
        (local $a i32)
        (local.set $a (call $make (i32.const 3)))
        (call $drop (local.get $a))
        (call $rep-of (local.get $a))))
    (core instance $i (instantiate $m (with "" (instance
      (export "make" (func $make)) (export "rep-of" (func $rep-of)) (export "both" (func $both))
      (export "take" (func $take)) (export "dropped" (func $dropped)) (export "drop" (func $drop))
      (export "mine.rep" (func $mine.rep))))))
    (func (export "run") (result u32) (canon lift (core func $i "run")))
    (func (export "move-while-lent") (result u32) (canon lift (core func $i "move-while-lent")))
    (func (export "rep-of-foreign") (result u32) (canon lift (core func $i "rep-of-foreign")))
    (func (export "pass-dropped") (result u32) (canon lift (core func $i "pass-dropped"))))
  (instance $c (instantiate $C))
  (instance $d (instantiate $D (with "c" (instance $c))))
  (export "run" (func $d "run"))
  (export "move-while-lent" (func $d "move-while-lent"))
  (export "rep-of-foreign" (func $d "rep-of-foreign"))
  (export "pass-dropped" (func $d "pass-dropped"))
  (export "c" (instance $c))
)"#;

/// Whether a trap is of the expected kind.
type TrapCheck = fn(&TrapKind) -> bool;

#[test]
fn handles_cross_between_composed_components() {
    for (name, engine) in engines() {
        let c = component(&engine, COMPOSED);
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = Linker::new().instantiate(&mut store, &c).unwrap();
        assert_eq!(
            u32_of(call(&mut store, &inst, "run", &[]).unwrap()),
            20,
            "{name}"
        );
        // Handle indices depend on what earlier traps left in the table.
        let traps: [(&str, TrapCheck); 3] = [
            ("move-while-lent", |k| {
                matches!(k, TrapKind::ResourceLent(_))
            }),
            ("rep-of-foreign", |k| {
                matches!(k, TrapKind::ResourceTypeMismatch(_))
            }),
            ("pass-dropped", |k| matches!(k, TrapKind::UnknownHandle(_))),
        ];
        for (func, pred) in traps {
            let trapping = Linker::new().instantiate(&mut store, &c).unwrap();
            let kind = trap_kind(call(&mut store, &trapping, func, &[]).unwrap_err());
            assert!(pred(&kind), "{name} {func}: {kind:?}");
            // The trapped composition is locked down; the store and other
            // instances in it go on.
            let err = call(&mut store, &trapping, "run", &[]).unwrap_err();
            assert_eq!(trap_kind(err), TrapKind::CannotEnter, "{name} {func}");
            assert_eq!(
                u32_of(call(&mut store, &inst, "run", &[]).unwrap()),
                20,
                "{name}"
            );
        }
        // A handle from $C, held by the host, goes back to $C.
        let c = inst.get_instance("c").unwrap();
        let r = resource_of(call(&mut store, &c, "make", &[Value::U32(4)]).unwrap());
        call(&mut store, &c, "take", &[Value::Resource(r)]).unwrap();
    }
}

/// A host resource type.
struct Counter;

/// A guest importing the host resource `res` with dynamic and typed host
/// functions over it.
const HOST_GUEST: &str = r#"(component
  (import "host" (instance $h
    (export "res" (type $res (sub resource)))
    (export "make" (func (param "rep" u32) (result (own $res))))
    (export "rep" (func (param "r" (borrow $res)) (result u32)))
    (export "make-typed" (func (param "rep" u32) (result (own $res))))
    (export "rep-typed" (func (param "r" (borrow $res)) (result u32)))))
  (alias export $h "res" (type $res))
  (core func $make (canon lower (func $h "make")))
  (core func $rep (canon lower (func $h "rep")))
  (core func $make-typed (canon lower (func $h "make-typed")))
  (core func $rep-typed (canon lower (func $h "rep-typed")))
  (core func $drop (canon resource.drop $res))
  (core module $m
    (import "" "make" (func $make (param i32) (result i32)))
    (import "" "rep" (func $rep (param i32) (result i32)))
    (import "" "make-typed" (func $make-typed (param i32) (result i32)))
    (import "" "rep-typed" (func $rep-typed (param i32) (result i32)))
    (import "" "drop" (func $drop (param i32)))
    (func (export "run") (param i32) (result i32)
      (local $a i32) (local $b i32) (local $sum i32)
      (local.set $a (call $make (local.get 0)))
      (local.set $b (call $make-typed (i32.add (local.get 0) (i32.const 1))))
      (local.set $sum (i32.add (call $rep (local.get $a)) (call $rep-typed (local.get $b))))
      (local.set $sum (i32.add (local.get $sum) (call $rep-typed (local.get $a))))
      (call $drop (local.get $a))
      (call $drop (local.get $b))
      (local.get $sum))
    (func (export "keep") (param i32) (result i32) (local.get 0))
    ;; Drops the borrow it was given, as it must.
    (func (export "peek") (param i32) (result i32) (call $drop (local.get 0)) (local.get 0))
    (func (export "take") (param i32) (result i32) (local.get 0))
    (func (export "give") (param i32) (result i32) (local.get 0)))
  (core instance $i (instantiate $m (with "" (instance
    (export "make" (func $make)) (export "rep" (func $rep)) (export "make-typed" (func $make-typed))
    (export "rep-typed" (func $rep-typed)) (export "drop" (func $drop))))))
  (func (export "run") (param "rep" u32) (result u32) (canon lift (core func $i "run")))
  (func (export "keep") (param "r" (borrow $res)) (result u32) (canon lift (core func $i "keep")))
  (func (export "peek") (param "r" (borrow $res)) (result u32) (canon lift (core func $i "peek")))
  (func (export "take") (param "r" (own $res)) (result u32) (canon lift (core func $i "take")))
  (func (export "give") (param "i" u32) (result (own $res)) (canon lift (core func $i "give")))
)"#;

fn host_linker(dropped: Arc<Mutex<Vec<u32>>>) -> Linker<()> {
    let mut linker = Linker::new();
    let mut host = linker.instance("host").unwrap();
    host.resource("res", ResourceType::host::<Counter>(), move |_, rep| {
        dropped.lock().unwrap().push(rep);
        Ok(())
    })
    .unwrap();
    host.func_new(
        "make",
        |mut cx: StoreContextMut<'_, ()>, params, results| {
            let Value::U32(rep) = params[0] else {
                return Err(Error::Type("expected a u32".into()));
            };
            let any = ResourceAny::try_from_resource(Resource::<Counter>::new_own(rep), &mut cx)?;
            results[0] = Value::Resource(any);
            Ok(())
        },
    )
    .unwrap();
    host.func_new("rep", |mut cx: StoreContextMut<'_, ()>, params, results| {
        let Value::Resource(any) = &params[0] else {
            return Err(Error::Type("expected a resource".into()));
        };
        assert!(!any.owned());
        let r = any.clone().try_into_resource::<Counter>(&mut cx)?;
        results[0] = Value::U32(r.rep());
        Ok(())
    })
    .unwrap();
    host.func_wrap("make-typed", |_, (rep,): (u32,)| {
        Ok(Resource::<Counter>::new_own(rep))
    })
    .unwrap();
    host.func_wrap("rep-typed", |_, (r,): (Resource<Counter>,)| {
        assert!(!r.owned());
        Ok(r.rep() * 100)
    })
    .unwrap();
    linker
}

/// `HOST_GUEST`'s imports with `res` a dynamic host type numbered 7: every
/// host function works on `ResourceDynamic` handles.
fn dynamic_host_linker(dropped: Arc<Mutex<Vec<u32>>>) -> Linker<()> {
    let mut linker = Linker::new();
    let mut host = linker.instance("host").unwrap();
    host.resource("res", ResourceType::host_dynamic(7), move |_, rep| {
        dropped.lock().unwrap().push(rep);
        Ok(())
    })
    .unwrap();
    for name in ["make", "make-typed"] {
        host.func_new(
            name,
            move |mut cx: StoreContextMut<'_, ()>, params, results| {
                let Value::U32(rep) = params[0] else {
                    return Err(Error::Type("expected a u32".into()));
                };
                let handle = ResourceDynamic::new_own(rep, 7);
                results[0] = Value::Resource(handle.try_into_resource_any(&mut cx)?);
                Ok(())
            },
        )
        .unwrap();
    }
    for (name, scale) in [("rep", 1), ("rep-typed", 100)] {
        host.func_new(
            name,
            move |mut cx: StoreContextMut<'_, ()>, params, results| {
                let Value::Resource(any) = &params[0] else {
                    return Err(Error::Type("expected a resource".into()));
                };
                let handle = ResourceDynamic::try_from_resource_any(any.clone(), &mut cx)?;
                assert_eq!((handle.ty(), handle.owned()), (7, false));
                results[0] = Value::U32(handle.rep() * scale);
                Ok(())
            },
        )
        .unwrap();
    }
    linker
}

/// A guest that gets `option<own<res>>` from the host and drops the handle.
const OPTION_GUEST: &str = r#"(component
  (import "host" (instance $h
    (export "res" (type $res (sub resource)))
    (export "maybe" (func (param "rep" u32) (result (option (own $res)))))))
  (alias export $h "res" (type $res))
  (core module $mem (memory (export "m") 1))
  (core instance $mi (instantiate $mem))
  (alias core export $mi "m" (core memory $memory))
  (core func $maybe (canon lower (func $h "maybe") (memory $memory)))
  (core func $drop (canon resource.drop $res))
  (core module $m
    (import "" "maybe" (func $maybe (param i32 i32)))
    (import "" "drop" (func $drop (param i32)))
    (import "" "m" (memory 1))
    (func (export "run") (param i32) (result i32)
      (call $maybe (local.get 0) (i32.const 8))
      (if (i32.eqz (i32.load8_u (i32.const 8))) (then (return (i32.const -1))))
      (call $drop (i32.load (i32.const 12)))
      (i32.const 1)))
  (core instance $i (instantiate $m (with "" (instance
    (export "maybe" (func $maybe)) (export "drop" (func $drop)) (export "m" (memory $memory))))))
  (func (export "run") (param "rep" u32) (result s32) (canon lift (core func $i "run")))
)"#;

/// Found by the differential harness passing handles through: a dynamic
/// host function could not return a compound value holding a handle. The
/// value's type said `own<resource#4294967295>` (the host cannot know how
/// the component numbers its resources) and the result check compared
/// resource numbers, so the call failed with a type error.
#[test]
fn host_functions_return_handles_inside_compound_values() {
    for (name, engine) in engines() {
        let dropped = Arc::new(Mutex::new(Vec::new()));
        let mut linker: Linker<()> = Linker::new();
        let mut host = linker.instance("host").unwrap();
        let on_drop = dropped.clone();
        host.resource("res", ResourceType::host_dynamic(0), move |_, rep| {
            on_drop.lock().unwrap().push(rep);
            Ok(())
        })
        .unwrap();
        host.func_new(
            "maybe",
            |mut cx: StoreContextMut<'_, ()>, params, results| {
                let Value::U32(rep) = params[0] else {
                    return Err(Error::Type("expected a u32".into()));
                };
                let handle = ResourceDynamic::new_own(rep, 0).try_into_resource_any(&mut cx)?;
                let ty = Arc::new(canon_host::ValueType::Own(u32::MAX));
                results[0] = Value::Option(canon_host::value::OptionValue::new(
                    ty,
                    Some(Value::Resource(handle)),
                )?);
                Ok(())
            },
        )
        .unwrap();
        let c = component(&engine, OPTION_GUEST);
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = linker.instantiate(&mut store, &c).unwrap();
        let result = call(&mut store, &inst, "run", &[Value::U32(5)]).unwrap();
        assert_eq!(result, Some(Value::S32(1)), "{name}");
        assert_eq!(*dropped.lock().unwrap(), [5], "{name}");
    }
}

#[test]
fn value_types_match_up_to_resource_numbers() {
    use canon_host::ValueType;
    let own = |n| ValueType::Option(Arc::new(ValueType::Own(n)));
    assert!(own(1).matches(&own(u32::MAX)));
    assert_ne!(own(1), own(u32::MAX));
    assert!(!own(1).matches(&ValueType::Option(Arc::new(ValueType::Borrow(1)))));
    assert!(!own(1).matches(&ValueType::Option(Arc::new(ValueType::U32))));
}

#[test]
fn dynamic_host_resources_are_numbered_types() {
    assert_eq!(ResourceType::host_dynamic(7), ResourceType::host_dynamic(7));
    assert_ne!(ResourceType::host_dynamic(7), ResourceType::host_dynamic(8));
    assert_ne!(
        ResourceType::host_dynamic(0),
        ResourceType::host::<Counter>()
    );
    assert_eq!(
        ResourceType::host_dynamic(7).host_dynamic_payload(),
        Some(7)
    );
    assert_eq!(ResourceType::host::<Counter>().host_dynamic_payload(), None);
    for (name, engine) in engines() {
        let dropped = Arc::new(Mutex::new(Vec::new()));
        let c = component(&engine, HOST_GUEST);
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = dynamic_host_linker(dropped.clone())
            .instantiate(&mut store, &c)
            .unwrap();
        // 5 + 600 + 500, as with the typed host; the guest's drops reach
        // the destructor with the representations.
        assert_eq!(
            u32_of(call(&mut store, &inst, "run", &[Value::U32(5)]).unwrap()),
            1105,
            "{name}"
        );
        assert_eq!(*dropped.lock().unwrap(), [5, 6], "{name}");
        // In and out of the guest, the handle keeps its type and rep.
        let any = ResourceDynamic::new_own(9, 7)
            .try_into_resource_any(&mut store)
            .unwrap();
        assert_eq!(any.ty(), &ResourceType::host_dynamic(7), "{name}");
        let index = u32_of(call(&mut store, &inst, "take", &[Value::Resource(any)]).unwrap());
        let back = resource_of(call(&mut store, &inst, "give", &[Value::U32(index)]).unwrap());
        let back = ResourceDynamic::try_from_resource_any(back, &mut store).unwrap();
        assert_eq!(back, ResourceDynamic::new_own(9, 7), "{name}");
        // A typed handle is not a dynamic one, and the reverse.
        let typed =
            ResourceAny::try_from_resource(Resource::<Counter>::new_own(1), &mut store).unwrap();
        assert!(matches!(
            ResourceDynamic::try_from_resource_any(typed, &mut store),
            Err(Error::Type(_))
        ));
        let dynamic = ResourceDynamic::new_own(2, 7)
            .try_into_resource_any(&mut store)
            .unwrap();
        assert!(matches!(
            dynamic.try_into_resource::<Counter>(&mut store),
            Err(Error::Type(_))
        ));
        // A guest given a handle of another dynamic type fails the call.
        let wrong = ResourceDynamic::new_own(3, 8)
            .try_into_resource_any(&mut store)
            .unwrap();
        let err = call(&mut store, &inst, "take", &[Value::Resource(wrong)]).unwrap_err();
        let Error::Type(message) = err else {
            panic!("{name}: a type error, got {err:?}")
        };
        assert!(
            message.contains("dynamic host resource 7") && message.contains("resource 8"),
            "{name}: {message}"
        );
    }
}

#[test]
fn host_resources_through_dynamic_and_typed_host_functions() {
    for (name, engine) in engines() {
        let dropped = Arc::new(Mutex::new(Vec::new()));
        let c = component(&engine, HOST_GUEST);
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = host_linker(dropped.clone())
            .instantiate(&mut store, &c)
            .unwrap();
        // 5 + 600 + 500
        assert_eq!(
            u32_of(call(&mut store, &inst, "run", &[Value::U32(5)]).unwrap()),
            1105,
            "{name}"
        );
        assert_eq!(*dropped.lock().unwrap(), [5, 6], "{name}");

        // The host hands an owned resource to the guest and gets it back.
        let any =
            ResourceAny::try_from_resource(Resource::<Counter>::new_own(9), &mut store).unwrap();
        assert!(any.ty().is_host::<Counter>());
        let index = u32_of(call(&mut store, &inst, "take", &[Value::Resource(any)]).unwrap());
        let back = resource_of(call(&mut store, &inst, "give", &[Value::U32(index)]).unwrap());
        let back = back.try_into_resource::<Counter>(&mut store).unwrap();
        assert_eq!((back.rep(), back.owned()), (9, true));

        // Typed calls move `Resource<T>` in and out.
        let take = inst
            .get_func("take")
            .unwrap()
            .typed::<(Resource<Counter>,), u32>()
            .unwrap();
        let give = inst
            .get_func("give")
            .unwrap()
            .typed::<(u32,), Resource<Counter>>()
            .unwrap();
        let r = Resource::<Counter>::new_own(12);
        let index = take.call(&mut store, (r,)).unwrap();
        let r = give.call(&mut store, (index,)).unwrap();
        assert_eq!((r.rep(), r.owned()), (12, true), "{name}");

        // A guest keeping a borrow past its call traps; the store goes on.
        let any =
            ResourceAny::try_from_resource(Resource::<Counter>::new_own(3), &mut store).unwrap();
        let keeper = host_linker(dropped.clone())
            .instantiate(&mut store, &c)
            .unwrap();
        let err = call(&mut store, &keeper, "keep", &[Value::Resource(any.clone())]).unwrap_err();
        assert_eq!(trap_kind(err), TrapKind::BorrowNotDropped(1), "{name}");
        // The host's handle was only lent: it can still be moved in (into
        // another instance; the trapped one is locked down).
        let index = u32_of(call(&mut store, &inst, "take", &[Value::Resource(any)]).unwrap());
        let back = resource_of(call(&mut store, &inst, "give", &[Value::U32(index)]).unwrap());
        assert!(back.owned());
        // A wrong resource type is a type error, not a trap in the guest.
        let guest = component(&engine, GUEST);
        let g = Linker::new().instantiate(&mut store, &guest).unwrap();
        let foreign = resource_of(call(&mut store, &g, "make", &[Value::U32(1)]).unwrap());
        let err = call(&mut store, &inst, "take", &[Value::Resource(foreign)]).unwrap_err();
        assert!(matches!(err, Error::Type(_)), "{name}: {err:?}");
        assert_eq!(
            u32_of(call(&mut store, &inst, "run", &[Value::U32(1)]).unwrap()),
            301
        );
    }
}

#[test]
fn typed_calls_check_borrows_like_dynamic_calls() {
    for (name, engine) in engines() {
        let c = component(&engine, HOST_GUEST);
        let mut store = Store::new(&engine, ()).unwrap();
        let inst = host_linker(Arc::default())
            .instantiate(&mut store, &c)
            .unwrap();
        let host = |store: &mut Store<()>, rep| {
            ResourceAny::try_from_resource(Resource::<Counter>::new_own(rep), store).unwrap()
        };
        // The dynamic path: a borrow the guest keeps traps at call end.
        // Each trap locks its instance down, so every case gets a fresh one.
        let fresh = |store: &mut Store<()>| {
            host_linker(Arc::default())
                .instantiate(store, &c)
                .unwrap()
                .get_func("keep")
                .unwrap()
        };
        let any = host(&mut store, 1);
        let keep = fresh(&mut store);
        let err = keep
            .call(&mut store, &[Value::Resource(any)], &mut [Value::U32(0)])
            .unwrap_err();
        assert_eq!(trap_kind(err), TrapKind::BorrowNotDropped(1), "{name}");
        // The typed path traps the same way, with `Resource<T>` and with
        // `ResourceAny` borrows.
        let typed = fresh(&mut store)
            .typed::<(Resource<Counter>,), u32>()
            .unwrap();
        let err = typed
            .call(&mut store, (Resource::new_borrow(2),))
            .unwrap_err();
        assert_eq!(trap_kind(err), TrapKind::BorrowNotDropped(1), "{name}");
        let typed_any = fresh(&mut store).typed::<(ResourceAny,), u32>().unwrap();
        let any = host(&mut store, 3);
        let err = typed_any.call(&mut store, (any.clone(),)).unwrap_err();
        assert_eq!(trap_kind(err), TrapKind::BorrowNotDropped(1), "{name}");
        let err = typed_any.call(&mut store, (any.clone(),)).unwrap_err();
        assert_eq!(trap_kind(err), TrapKind::CannotEnter, "{name}: locked down");
        // A well-behaved instance borrows the same host handle normally.
        let peek = inst
            .get_func("peek")
            .unwrap()
            .typed::<(ResourceAny,), u32>()
            .unwrap();
        assert_eq!(peek.call(&mut store, (any.clone(),)).unwrap(), 1, "{name}");
        // The host handle lent to the typed calls was released when they
        // returned: it can be moved into the guest now.
        let take = inst
            .get_func("take")
            .unwrap()
            .typed::<(ResourceAny,), u32>()
            .unwrap();
        let index = take.call(&mut store, (any,)).unwrap();
        let give = inst
            .get_func("give")
            .unwrap()
            .typed::<(u32,), Resource<Counter>>()
            .unwrap();
        let back = give.call(&mut store, (index,)).unwrap();
        assert_eq!((back.rep(), back.owned()), (3, true), "{name}");
    }
}

#[test]
fn unknown_resource_imports_link_as_traps_or_fail() {
    for (name, engine) in engines() {
        let c = component(&engine, HOST_GUEST);
        let mut store = Store::new(&engine, ()).unwrap();
        let err = Linker::new().instantiate(&mut store, &c).unwrap_err();
        assert!(matches!(err, Error::Link(_)), "{name}: {err:?}");
        let mut linker = Linker::new();
        linker.define_unknown_imports_as_traps();
        let inst = linker.instantiate(&mut store, &c).unwrap();
        let err = call(&mut store, &inst, "run", &[Value::U32(1)]).unwrap_err();
        assert!(
            matches!(trap_kind(err), TrapKind::UnknownImport(_)),
            "{name}"
        );
    }
}

/// A component whose start function calls an import: it runs once, at
/// instantiation.
#[test]
fn component_start_function_runs_at_instantiation() {
    let text = r#"(component
      (import "hello" (func $hello))
      (core func $h (canon lower (func $hello)))
      (core module $m
        (import "" "hello" (func $hello))
        (func (export "start") (call $hello)))
      (core instance $i (instantiate $m (with "" (instance (export "hello" (func $h))))))
      (func $start (canon lift (core func $i "start")))
      (start $start)
    )"#;
    for (name, engine) in engines() {
        let calls = Arc::new(Mutex::new(0));
        let mut linker = Linker::new();
        let counter = calls.clone();
        linker
            .root()
            .func_new("hello", move |_, _, _| {
                *counter.lock().unwrap() += 1;
                Ok(())
            })
            .unwrap();
        let c = component(&engine, text);
        let mut store = Store::new(&engine, ()).unwrap();
        linker.instantiate(&mut store, &c).unwrap();
        assert_eq!(*calls.lock().unwrap(), 1, "{name}");
    }
}
