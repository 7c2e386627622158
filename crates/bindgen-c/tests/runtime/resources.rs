//! Resources: imported ones (constructor, methods, statics, own handles
//! both ways, borrows made from own handles, drops counted by the host),
//! exported ones (`_new`, `_rep`, methods, borrows of our own resource,
//! the destructor seen through an import), and borrows of an imported
//! resource that an export must drop, by hand or with `autodrop_borrows`.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use crate::build::Guest;
use crate::hosts::{Arg, HOSTS, Imports, Out, Plain, Session};

const IMPORTED: Guest = Guest::freestanding("imported-resources", "imported-resources");

/// The host's counters: rep to value, the next rep, the reps the guest
/// dropped (destructor runs) and the reps it gave back to the host.
#[derive(Debug, Default)]
struct Counters {
    values: BTreeMap<u32, u32>,
    next: u32,
    dropped: Vec<u32>,
    consumed: Vec<u32>,
}

const COUNTER: u32 = 1;

impl Counters {
    fn make(&mut self, value: u32) -> u32 {
        self.next += 1;
        self.values.insert(self.next, value);
        self.next
    }
}

fn counter_imports(state: Arc<Mutex<Counters>>) -> Imports {
    const STORE: &str = "test:imported-resources/store";
    let (s1, s2, s3, s4, s5, s6) = (
        state.clone(),
        state.clone(),
        state.clone(),
        state.clone(),
        state.clone(),
        state,
    );
    let own = |rep| Plain::Host {
        ty: COUNTER,
        rep,
        own: true,
    };
    Imports::new()
        .resource(STORE, "counter", COUNTER, move |rep| {
            let mut s = s1.lock().unwrap();
            s.values.remove(&rep);
            s.dropped.push(rep);
        })
        .func(STORE, "[constructor]counter", move |args| {
            Ok(Some(own(s2.lock().unwrap().make(args[0].u32()))))
        })
        .func(STORE, "[method]counter.get", move |args| {
            let s = s3.lock().unwrap();
            let rep = borrowed(&args[0])?;
            Ok(Some(Plain::U32(s.values[&rep])))
        })
        .func(STORE, "[method]counter.add", move |args| {
            let mut s = s4.lock().unwrap();
            let rep = borrowed(&args[0])?;
            *s.values.get_mut(&rep).unwrap() += args[1].u32();
            Ok(None)
        })
        .func(STORE, "[static]counter.merge", move |args| {
            let mut s = s5.lock().unwrap();
            let mut sum = 0;
            for arg in args {
                let Plain::Host { rep, own: true, .. } = arg else {
                    return Err(format!("expected an own handle, got {arg:?}"));
                };
                sum += s.values.remove(rep).unwrap();
                s.consumed.push(*rep);
            }
            Ok(Some(own(s.make(sum))))
        })
        .func(STORE, "peek", move |args| {
            let s = s6.lock().unwrap();
            Ok(Some(Plain::U32(s.values[&borrowed(&args[0])?])))
        })
}

/// The rep of a borrowed handle.
fn borrowed(arg: &Plain) -> Result<u32, String> {
    match arg {
        Plain::Host {
            rep, own: false, ..
        } => Ok(*rep),
        other => Err(format!("expected a borrow, got {other:?}")),
    }
}

#[test]
fn imported_resources_methods_statics_and_drops() {
    const SCENARIOS: &str = "test:imported-resources/scenarios";
    for host in HOSTS {
        let state = Arc::new(Mutex::new(Counters::default()));
        let mut s = Session::new(host, &IMPORTED, &counter_imports(state.clone()));
        // a = 7, b = 10; a += 5; merge(a, b) = 22; c = 100 dropped; sum += 1.
        s.expect(
            &format!("{SCENARIOS}#play"),
            &["7"],
            "[12, 10, 22, 100, 23]",
        );
        {
            let st = state.lock().unwrap();
            assert_eq!(st.consumed, [1, 2], "{host}: merge took a and b");
            assert_eq!(st.dropped, [4, 3], "{host}: c, then the sum, dropped");
            assert!(st.values.is_empty(), "{host}: {:?}", st.values);
        }
        // A counter the guest makes and gives the host.
        let made = s.call(&format!("{SCENARIOS}#make"), &[Arg::Wave("5")]);
        assert_eq!(
            made,
            Out::Host {
                ty: COUNTER,
                rep: 5,
                own: true
            },
            "{host}"
        );
        assert_eq!(state.lock().unwrap().values[&5], 6, "{host}");
        // The host's counter given to the guest, which drops it.
        let rep = state.lock().unwrap().make(41);
        assert_eq!(
            s.call(
                &format!("{SCENARIOS}#consume"),
                &[Arg::HostOwn { ty: COUNTER, rep }]
            ),
            Out::Wave("42".to_string()),
            "{host}"
        );
        assert_eq!(state.lock().unwrap().dropped, [4, 3, rep], "{host}");
        // Given to the guest and back.
        let bumped = s.call(
            &format!("{SCENARIOS}#bump"),
            &[
                Arg::HostOwn {
                    ty: COUNTER,
                    rep: 5,
                },
                Arg::Wave("10"),
            ],
        );
        assert_eq!(
            bumped,
            Out::Host {
                ty: COUNTER,
                rep: 5,
                own: true
            },
            "{host}"
        );
        let st = state.lock().unwrap();
        assert_eq!(st.values[&5], 16, "{host}");
        assert_eq!(st.dropped, [4, 3, rep], "{host}: nothing else dropped");
    }
}

const EXPORTED: Guest = Guest::freestanding("exported-resources", "exported-resources");

#[test]
fn exported_resources_and_their_destructor() {
    const ACC: &str = "test:exported-resources/acc";
    let f = |name: &str| format!("{ACC}#{name}");
    for host in HOSTS {
        let destroyed = Arc::new(Mutex::new(Vec::new()));
        let seen = destroyed.clone();
        let imports =
            Imports::new().func("test:exported-resources/events", "destroyed", move |args| {
                let Plain::S64(total) = args[0] else {
                    return Err(format!("expected an s64, got {:?}", args[0]));
                };
                seen.lock().unwrap().push(total);
                Ok(None)
            });
        let mut s = Session::new(host, &EXPORTED, &imports);
        let a = s.handle(&f("[constructor]accumulator"), &[Arg::Wave("5")]);
        s.call(
            &f("[method]accumulator.add"),
            &[Arg::Guest(a), Arg::Wave("3")],
        );
        assert_eq!(
            s.call(&f("[method]accumulator.total"), &[Arg::Guest(a)]),
            Out::Wave("8".into()),
            "{host}"
        );
        let b = s.handle(&f("[static]accumulator.zero"), &[]);
        s.expect(&f("live"), &[], "2");
        // A method whose other parameter borrows our own resource.
        s.call(
            &f("[method]accumulator.absorb"),
            &[Arg::Guest(b), Arg::Guest(a)],
        );
        s.call(
            &f("[method]accumulator.absorb"),
            &[Arg::Guest(b), Arg::Guest(a)],
        );
        assert_eq!(
            s.call(&f("total-of"), &[Arg::Guest(b)]),
            Out::Wave("16".into()),
            "{host}"
        );
        assert_eq!(
            s.call(&f("total-of"), &[Arg::Guest(a)]),
            Out::Wave("8".into()),
            "{host}"
        );
        assert!(destroyed.lock().unwrap().is_empty(), "{host}");
        // Both handles move to the guest, which drops them: two destructors.
        let c = s.handle(&f("combine"), &[Arg::Guest(a), Arg::Guest(b)]);
        assert_eq!(*destroyed.lock().unwrap(), [8, 16], "{host}");
        s.expect(&f("live"), &[], "1");
        assert_eq!(
            s.call(&f("[method]accumulator.total"), &[Arg::Guest(c)]),
            Out::Wave("24".into()),
            "{host}"
        );
        // The host drops its handle: the destructor runs.
        s.drop_handle(c);
        assert_eq!(*destroyed.lock().unwrap(), [8, 16, 24], "{host}");
        s.expect(&f("live"), &[], "0");
        // Many of them, dropped in another order.
        let handles: Vec<usize> = (0..20)
            .map(|i| s.handle(&f("[constructor]accumulator"), &[Arg::Wave(&i.to_string())]))
            .collect();
        s.expect(&f("live"), &[], "20");
        for &h in handles.iter().rev() {
            s.drop_handle(h);
        }
        s.expect(&f("live"), &[], "0");
        let expected: Vec<i64> = [8, 16, 24].into_iter().chain((0..20).rev()).collect();
        assert_eq!(*destroyed.lock().unwrap(), expected, "{host}");
    }
}

const BORROWS: Guest = Guest::freestanding("borrows", "borrows");

const BORROWS_AUTODROP: Guest = Guest {
    name: "borrows-autodrop",
    autodrop_borrows: true,
    defines: &["-DAUTODROP"],
    ..BORROWS
};

/// The guest that relies on autodrop, built without it: it leaves the
/// borrows undropped, so every call must trap.
const BORROWS_UNDROPPED: Guest = Guest {
    name: "borrows-undropped",
    defines: &["-DAUTODROP"],
    ..BORROWS
};

const TOKEN: u32 = 2;

/// Tokens 7 (id 70) and 8 (id 80); the reps of the dropped ones.
fn token_imports(dropped: Arc<Mutex<Vec<u32>>>) -> Imports {
    const TOKENS: &str = "test:borrows/tokens";
    Imports::new()
        .resource(TOKENS, "token", TOKEN, move |rep| {
            dropped.lock().unwrap().push(rep)
        })
        .func(TOKENS, "[constructor]token", |args| {
            Ok(Some(Plain::Host {
                ty: TOKEN,
                rep: args[0].u32() / 10,
                own: true,
            }))
        })
        .func(TOKENS, "[method]token.id", |args| {
            Ok(Some(Plain::U32(borrowed(&args[0])? * 10)))
        })
}

fn run_borrows(guest: &Guest) {
    const INSPECT: &str = "test:borrows/inspect";
    for host in HOSTS {
        let dropped = Arc::new(Mutex::new(Vec::new()));
        let mut s = Session::new(host, guest, &token_imports(dropped.clone()));
        for _ in 0..3 {
            assert_eq!(
                s.call(
                    &format!("{INSPECT}#id-of"),
                    &[Arg::HostBorrow { ty: TOKEN, rep: 7 }]
                ),
                Out::Wave("70".into()),
                "{host}"
            );
            assert_eq!(
                s.call(
                    &format!("{INSPECT}#sum-of"),
                    &[
                        Arg::HostBorrow { ty: TOKEN, rep: 7 },
                        Arg::Wave("5"),
                        Arg::HostBorrow { ty: TOKEN, rep: 8 },
                    ]
                ),
                Out::Wave("155".into()),
                "{host}"
            );
        }
        // An own handle lent for the call stays the host's.
        assert_eq!(
            s.call(
                &format!("{INSPECT}#id-of"),
                &[Arg::HostOwn { ty: TOKEN, rep: 9 }]
            ),
            Out::Wave("90".into()),
            "{host}"
        );
        assert!(
            dropped.lock().unwrap().is_empty(),
            "{host}: a borrow ran a destructor"
        );
    }
}

#[test]
fn borrows_dropped_by_hand() {
    run_borrows(&BORROWS);
}

#[test]
fn borrows_dropped_by_autodrop() {
    run_borrows(&BORROWS_AUTODROP);
}

#[test]
fn an_undropped_borrow_traps() {
    for host in HOSTS {
        let dropped = Arc::new(Mutex::new(Vec::new()));
        let mut s = Session::new(host, &BORROWS_UNDROPPED, &token_imports(dropped));
        let result = s.try_call(
            "test:borrows/inspect#id-of",
            &[Arg::HostBorrow { ty: TOKEN, rep: 7 }],
        );
        assert!(result.is_err(), "{host}: {result:?}");
    }
}
