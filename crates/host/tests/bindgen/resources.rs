//! `bindgen!` with resources at run time, on both backends: a hand-written
//! component imports a host resource (implemented through the generated
//! `HostCounter` trait) and exports a guest resource (called through the
//! generated accessors, dropped through `ResourceAny`).

use std::collections::BTreeMap;

use canon_host::{Component, Linker, Resource, Store, TrapKind};

use crate::engines;

mod bindings {
    canon_host::bindgen!({
        inline: "
            package t:res;
            interface host-api {
                resource counter {
                    constructor(start: u32);
                    bump: func(by: u32) -> u32;
                }
            }
            interface guest-api {
                resource acc {
                    constructor(start: u32);
                    add: func(x: u32) -> u32;
                }
                dropped: func() -> u32;
            }
            world w {
                import host-api;
                export guest-api;
                export run: func(start: u32) -> u32;
            }
        ",
    });
}

use bindings::t::res::host_api::{Counter, HostCounter};

/// The component of world `w`, with the world's import and export names:
/// `run` makes a host `counter`, bumps it twice and drops it; `acc` keeps its
/// value in linear memory at its rep, and its destructor adds the final value
/// to `dropped`.
const GUEST: &str = r#"(component
  (import "t:res/host-api" (instance $h
    (export "counter" (type $c (sub resource)))
    (export "[constructor]counter" (func (param "start" u32) (result (own $c))))
    (export "[method]counter.bump" (func (param "self" (borrow $c)) (param "by" u32) (result u32)))))
  (alias export $h "counter" (type $counter))
  (core func $c.new (canon lower (func $h "[constructor]counter")))
  (core func $c.bump (canon lower (func $h "[method]counter.bump")))
  (core func $c.drop (canon resource.drop $counter))
  (core module $state
    (memory (export "mem") 1)
    (global $dropped (mut i32) (i32.const 0))
    (func (export "dtor") (param i32)
      (global.set $dropped (i32.add (global.get $dropped) (i32.load (local.get 0)))))
    (func (export "dropped") (result i32) (global.get $dropped)))
  (core instance $s (instantiate $state))
  (type $acc (resource (rep i32) (dtor (core func $s "dtor"))))
  (core func $acc.new (canon resource.new $acc))
  (core module $m
    (import "" "mem" (memory 1))
    (import "" "c.new" (func $c.new (param i32) (result i32)))
    (import "" "c.bump" (func $c.bump (param i32 i32) (result i32)))
    (import "" "c.drop" (func $c.drop (param i32)))
    (import "" "acc.new" (func $acc.new (param i32) (result i32)))
    (global $next (mut i32) (i32.const 16))
    (func (export "run") (param i32) (result i32)
      (local $h i32) (local $r i32)
      (local.set $h (call $c.new (local.get 0)))
      (drop (call $c.bump (local.get $h) (i32.const 5)))
      (local.set $r (call $c.bump (local.get $h) (i32.const 7)))
      (call $c.drop (local.get $h))
      (local.get $r))
    (func (export "acc-new") (param i32) (result i32)
      (local $p i32)
      (local.set $p (global.get $next))
      (global.set $next (i32.add (local.get $p) (i32.const 4)))
      (i32.store (local.get $p) (local.get 0))
      (call $acc.new (local.get $p)))
    ;; A borrow of its own resource arrives as the rep.
    (func (export "acc-add") (param i32 i32) (result i32)
      (i32.store (local.get 0) (i32.add (i32.load (local.get 0)) (local.get 1)))
      (i32.load (local.get 0))))
  (core instance $i (instantiate $m (with "" (instance
    (export "mem" (memory $s "mem"))
    (export "c.new" (func $c.new)) (export "c.bump" (func $c.bump))
    (export "c.drop" (func $c.drop)) (export "acc.new" (func $acc.new))))))
  (func $run (param "start" u32) (result u32) (canon lift (core func $i "run")))
  (func $acc.ctor (param "start" u32) (result (own $acc)) (canon lift (core func $i "acc-new")))
  (func $acc.add (param "self" (borrow $acc)) (param "x" u32) (result u32)
    (canon lift (core func $i "acc-add")))
  (func $dropped (result u32) (canon lift (core func $s "dropped")))
  ;; The interface instance re-exports `acc` so that the functions' types
  ;; name it.
  (component $iface
    (import "acc-type" (type $a (sub resource)))
    (import "ctor" (func $ctor (param "start" u32) (result (own $a))))
    (import "add" (func $add (param "self" (borrow $a)) (param "x" u32) (result u32)))
    (import "dropped" (func $dropped (result u32)))
    (export $a' "acc" (type $a))
    (export "[constructor]acc" (func $ctor) (func (param "start" u32) (result (own $a'))))
    (export "[method]acc.add" (func $add)
      (func (param "self" (borrow $a')) (param "x" u32) (result u32)))
    (export "dropped" (func $dropped)))
  (instance $g (instantiate $iface
    (with "acc-type" (type $acc)) (with "ctor" (func $acc.ctor))
    (with "add" (func $acc.add)) (with "dropped" (func $dropped))))
  (export "t:res/guest-api" (instance $g))
  (export "run" (func $run))
)"#;

/// The host's counters: live ones by rep, and the final values of dropped
/// ones, in drop order.
#[derive(Default)]
struct Host {
    next: u32,
    live: BTreeMap<u32, u32>,
    dropped: Vec<u32>,
}

impl HostCounter for Host {
    fn drop(&mut self, rep: Resource<Counter>) -> canon_host::Result<()> {
        let value = self
            .live
            .remove(&rep.rep())
            .ok_or_else(|| canon_host::Error::Type(format!("no counter {}", rep.rep())))?;
        self.dropped.push(value);
        Ok(())
    }
    fn new(&mut self, start: u32) -> Resource<Counter> {
        self.next += 1;
        self.live.insert(self.next, start);
        Resource::new_own(self.next)
    }
    fn bump(&mut self, self_: Resource<Counter>, by: u32) -> u32 {
        assert!(!self_.owned(), "methods get a borrow");
        let v = self.live.get_mut(&self_.rep()).expect("a live counter");
        *v += by;
        *v
    }
}

impl bindings::t::res::host_api::Host for Host {}

#[test]
fn bindgen_resources_run_on_both_backends() {
    for (name, engine) in engines() {
        let bytes = wat::parse_str(GUEST).unwrap();
        let component = Component::new(&engine, &bytes).unwrap();
        let mut linker = Linker::<Host>::new();
        bindings::W::add_to_linker(&mut linker, |h| h).unwrap();
        let mut store = Store::new(&engine, Host::default()).unwrap();
        let w = bindings::W::instantiate(&mut store, &component, &linker).unwrap();

        // (a) The guest creates, uses and drops a host counter: the host's
        // destructor ran with the counter's final value.
        assert_eq!(w.call_run(&mut store, 10).unwrap(), 22, "{name}");
        assert_eq!(store.data().dropped, [22], "{name}");
        assert!(store.data().live.is_empty(), "{name}");
        assert_eq!(w.call_run(&mut store, 1).unwrap(), 13, "{name}");
        assert_eq!(store.data().dropped, [22, 13], "{name}");

        // (b) The host creates and uses a guest `acc` through the accessors.
        let api = w.t_res_guest_api();
        let a = api.call_acc_constructor(&mut store, 100).unwrap();
        let b = api.call_acc_constructor(&mut store, 1).unwrap();
        assert!(a.owned(), "{name}");
        assert_eq!(
            api.call_acc_method_add(&mut store, a.clone(), 5).unwrap(),
            105
        );
        assert_eq!(
            api.call_acc_method_add(&mut store, b.clone(), 2).unwrap(),
            3
        );
        assert_eq!(
            api.call_acc_method_add(&mut store, a.clone(), 1).unwrap(),
            106
        );
        assert_eq!(api.call_dropped(&mut store).unwrap(), 0, "{name}");
        // Dropping runs the guest's destructor with the final value.
        a.clone().resource_drop(&mut store).unwrap();
        assert_eq!(api.call_dropped(&mut store).unwrap(), 106, "{name}");
        b.resource_drop(&mut store).unwrap();
        assert_eq!(api.call_dropped(&mut store).unwrap(), 109, "{name}");
        // A dropped handle is stale.
        let err = api.call_acc_method_add(&mut store, a, 1).unwrap_err();
        assert!(
            matches!(&err, canon_host::Error::Trap(t) if *t.kind() == TrapKind::StaleResource),
            "{name}: {err:?}"
        );
    }
}
