//! `bindgen!` on test-wits worlds: the host implements the imports through
//! the generated traits, calls the exports through the generated accessors,
//! and the echo guest forwards each export to its import.

use canon_host::{Error, Linker, Store, TrapKind};

use crate::engines;
use crate::guest::{echo_component, load, load_inline};

mod world_level {
    canon_host::bindgen!({
        path: "../../test-wits/world-level.wit",
        additional_derives: [PartialEq],
    });
}

mod records {
    canon_host::bindgen!({
        world: "records",
        path: "../../test-wits/records.wit",
        additional_derives: [PartialEq],
    });
}

mod flags {
    canon_host::bindgen!({ path: "../../test-wits/flags.wit" });
}

pub(crate) mod trappable {
    canon_host::bindgen!({
        inline: "
            package t:trap;
            interface api {
                enum err-code { bad, worse }
                check: func(x: u32) -> result<u32, err-code>;
            }
            world w { import api; export api; }
        ",
        trappable_error_type: { "t:trap/api/err-code" => crate::worlds::MyError },
    });
}

/// `trappable_imports`: every import returns `canon_host::Result`, so a
/// host function may trap; a resource's methods and a function with no
/// result too.
pub(crate) mod all_trappable {
    canon_host::bindgen!({
        inline: "
            package t:alltrap;
            interface api {
                resource thing {
                    constructor(n: u32);
                    get: func() -> u32;
                }
                half: func(x: u32) -> u32;
                note: func(x: u32);
            }
            world w { import api; export api; }
        ",
        trappable_imports: true,
    });
}

// ------------------------------------------------------------ world-level

use world_level::{Config, Event, Ids, Mode, Options, WorldLevel};

#[derive(Default)]
struct WorldLevelHost {
    log: Vec<String>,
    events: u32,
}

impl world_level::WorldLevelImports for WorldLevelHost {
    fn host_log(&mut self, msg: String) {
        self.log.push(msg);
    }
    fn host_config(&mut self, name: String) -> Config {
        Config {
            name,
            retries: 3,
            verbose: true,
        }
    }
    fn host_mode(&mut self, current: Mode) -> Mode {
        current
    }
    fn host_event(&mut self, e: Event) -> Event {
        self.events += 1;
        match e {
            Event::Progress(p) => Event::Progress(p * 2.0),
            other => other,
        }
    }
    fn host_options(&mut self, o: Options) -> Options {
        o | Options::FORCE
    }
    fn host_ids(&mut self, x: Ids) -> Ids {
        x.into_iter().rev().collect()
    }
    fn host_nothing(&mut self) {}
}

impl world_level::test::world_level::iface::Host for WorldLevelHost {
    fn ping(&mut self, x: u32) -> u32 {
        x + 1
    }
}

#[test]
fn world_level_functions_and_interfaces() {
    let (resolve, world) = load("../../test-wits/world-level.wit", None);
    let pairs = [
        ("handle-event", "host-event"),
        ("set-options", "host-options"),
        ("echo-ids", "host-ids"),
    ];
    let mut linker = Linker::new();
    WorldLevel::add_to_linker(&mut linker, |h: &mut WorldLevelHost| h).unwrap();
    for (name, engine) in engines() {
        let component = echo_component(&engine, &resolve, world, &pairs);
        let mut store = Store::new(&engine, WorldLevelHost::default()).unwrap();
        let w = WorldLevel::instantiate(&mut store, &component, &linker).unwrap();
        let started = Event::Started(Config {
            name: "job".into(),
            retries: 2,
            verbose: false,
        });
        assert_eq!(
            w.call_handle_event(&mut store, started.clone()).unwrap(),
            started,
            "{name}"
        );
        assert_eq!(
            w.call_handle_event(&mut store, Event::Progress(0.25))
                .unwrap(),
            Event::Progress(0.5),
            "{name}"
        );
        assert_eq!(
            w.call_handle_event(&mut store, Event::Done).unwrap(),
            Event::Done
        );
        assert_eq!(store.data().events, 3, "{name}");
        assert_eq!(
            w.call_set_options(&mut store, Options::DRY_RUN | Options::QUIET)
                .unwrap(),
            Options::DRY_RUN | Options::QUIET | Options::FORCE,
            "{name}"
        );
        assert_eq!(
            w.call_echo_ids(&mut store, vec![1, 2, u64::MAX]).unwrap(),
            vec![u64::MAX, 2, 1],
            "{name}"
        );
        let iface = w.test_world_level_iface();
        assert_eq!(iface.call_ping(&mut store, 41).unwrap(), 42, "{name}");
        // `tick` has no import to forward to: the guest traps, and the
        // instance is locked down from then on.
        let err = w.call_tick(&mut store).unwrap_err();
        assert!(
            matches!(err.as_trap().map(|t| t.kind()), Some(TrapKind::Unreachable)),
            "{name}: {err}"
        );
        let err = iface.call_ping(&mut store, 1).unwrap_err();
        assert!(
            matches!(err.as_trap().map(|t| t.kind()), Some(TrapKind::CannotEnter)),
            "{name}: {err}"
        );
    }
}

// ---------------------------------------------------------------- records

use records::exports::test::records::records_api as ex;
use records::test::records::records_api as api;

struct RecordsHost;

impl api::Host for RecordsHost {
    fn echo_wrapper(&mut self, x: api::Wrapper) -> api::Wrapper {
        x
    }
    fn echo_padded(&mut self, x: api::Padded) -> api::Padded {
        x
    }
    fn echo_point(&mut self, x: api::Point) -> api::Point {
        x
    }
    fn echo_line(&mut self, x: api::Line) -> api::Line {
        x
    }
    fn echo_shape(&mut self, x: api::Shape) -> api::Shape {
        x
    }
    fn echo_person(&mut self, x: api::Person) -> api::Person {
        x
    }
    fn echo_many(&mut self, x: api::ManyFields) -> api::ManyFields {
        x
    }
    fn make_line(&mut self, a: api::Point, b: api::Point) -> api::Line {
        api::Line { start: a, end: b }
    }
    fn maybe_person(&mut self, x: Option<api::Person>) -> Option<api::Person> {
        x
    }
    fn people(&mut self, x: Vec<api::Person>) -> Vec<api::Person> {
        x.into_iter().rev().collect()
    }
}

#[test]
fn records_round_trip() {
    let (resolve, world) = load("../../test-wits/records.wit", Some("records"));
    let mut linker = Linker::new();
    records::Records::add_to_linker(&mut linker, |h: &mut RecordsHost| h).unwrap();
    let p = |x: f64, y: f64| ex::Point { x, y };
    let person = ex::Person {
        name: "Ada".into(),
        age: 36,
        email: Some("ada@example.com".into()),
        tags: vec!["math".into(), "engines".into()],
        friend_ids: vec![7, 11],
    };
    let many = ex::ManyFields {
        f1: 1,
        f2: 2,
        f3: 3,
        f4: u64::MAX,
        f5: -5,
        f6: -6,
        f7: -7,
        f8: i64::MIN,
        f9: 9.5,
        f10: -10.25,
        f11: 'λ',
        f12: true,
        f13: "thirteen".into(),
        f14: vec![1, 4],
        f15: Some(15),
        f16: (16, 61),
    };
    for (name, engine) in engines() {
        let component = echo_component(&engine, &resolve, world, &[]);
        let mut store = Store::new(&engine, RecordsHost).unwrap();
        let r = records::Records::instantiate(&mut store, &component, &linker).unwrap();
        let g = r.test_records_records_api();
        let w = ex::Wrapper { value: 9 };
        assert_eq!(g.call_echo_wrapper(&mut store, w.clone()).unwrap(), w);
        let padded = ex::Padded {
            a: 1,
            b: 2,
            c: 3,
            d: 4.5,
            e: true,
            f: 6.25,
        };
        assert_eq!(
            g.call_echo_padded(&mut store, padded.clone()).unwrap(),
            padded,
            "{name}"
        );
        let line = g
            .call_make_line(&mut store, p(1.0, 2.0), p(3.0, 4.0))
            .unwrap();
        assert_eq!(
            line,
            ex::Line {
                start: p(1.0, 2.0),
                end: p(3.0, 4.0)
            },
            "{name}"
        );
        let shape = ex::Shape {
            name: "tri".into(),
            outline: vec![line.clone(), line.clone()],
            center: p(0.5, 0.5),
            bounds: line.clone(),
        };
        assert_eq!(
            g.call_echo_shape(&mut store, shape.clone()).unwrap(),
            shape,
            "{name}"
        );
        assert_eq!(
            g.call_echo_many(&mut store, many.clone()).unwrap(),
            many,
            "{name}"
        );
        assert_eq!(
            g.call_maybe_person(&mut store, Some(person.clone()))
                .unwrap(),
            Some(person.clone()),
            "{name}"
        );
        assert_eq!(g.call_maybe_person(&mut store, None).unwrap(), None);
        let other = ex::Person {
            name: "Bob".into(),
            age: 1,
            email: None,
            tags: Vec::new(),
            friend_ids: Vec::new(),
        };
        assert_eq!(
            g.call_people(&mut store, vec![person.clone(), other.clone()])
                .unwrap(),
            vec![other, person.clone()],
            "{name}"
        );
    }
}

// ------------------------------------------------------------------ flags

use flags::exports::test::flags::flag_sets as flx;
use flags::test::flags::flag_sets as fl;

struct FlagsHost;

impl fl::Host for FlagsHost {
    fn echo_one(&mut self, x: fl::One) -> fl::One {
        x
    }
    fn echo_eight(&mut self, x: fl::Eight) -> fl::Eight {
        x
    }
    fn echo_nine(&mut self, x: fl::Nine) -> fl::Nine {
        x
    }
    fn echo_sixteen(&mut self, x: fl::Sixteen) -> fl::Sixteen {
        x
    }
    fn echo_seventeen(&mut self, x: fl::Seventeen) -> fl::Seventeen {
        x
    }
    fn echo_thirty_two(&mut self, x: fl::ThirtyTwo) -> fl::ThirtyTwo {
        !x
    }
    fn echo_all(
        &mut self,
        a: fl::One,
        b: fl::Eight,
        c: fl::Sixteen,
        d: fl::ThirtyTwo,
    ) -> (fl::One, fl::Eight, fl::Sixteen, fl::ThirtyTwo) {
        (a, b, c, d)
    }
    fn echo_permissions(&mut self, x: fl::Permissions) -> fl::Permissions {
        x
    }
    fn flag_list(&mut self, x: Vec<fl::Eight>) -> Vec<fl::Eight> {
        x
    }
    fn maybe_flags(&mut self, x: Option<fl::ThirtyTwo>) -> Option<fl::ThirtyTwo> {
        x
    }
}

#[test]
fn flags_round_trip() {
    let (resolve, world) = load("../../test-wits/flags.wit", None);
    let mut linker = Linker::new();
    flags::Flags::add_to_linker(&mut linker, |h: &mut FlagsHost| h).unwrap();
    for (name, engine) in engines() {
        let component = echo_component(&engine, &resolve, world, &[]);
        let mut store = Store::new(&engine, FlagsHost).unwrap();
        let f = flags::Flags::instantiate(&mut store, &component, &linker).unwrap();
        let g = f.test_flags_flag_sets();
        let eight = flx::Eight::READ | flx::Eight::COMPRESSED;
        assert_eq!(
            g.call_echo_eight(&mut store, eight).unwrap(),
            eight,
            "{name}"
        );
        let seventeen = flx::Seventeen::T0 | flx::Seventeen::T16;
        assert_eq!(
            g.call_echo_seventeen(&mut store, seventeen).unwrap(),
            seventeen,
            "{name}"
        );
        let b31 = flx::ThirtyTwo::B31;
        assert_eq!(g.call_echo_thirty_two(&mut store, b31).unwrap(), !b31);
        let all = (
            flx::One::ONLY,
            flx::Eight::all(),
            flx::Sixteen::H15,
            flx::ThirtyTwo::B0 | flx::ThirtyTwo::B31,
        );
        assert_eq!(
            g.call_echo_all(&mut store, all.0, all.1, all.2, all.3)
                .unwrap(),
            all
        );
        let list = vec![flx::Eight::empty(), flx::Eight::SYSTEM, flx::Eight::all()];
        assert_eq!(g.call_flag_list(&mut store, list.clone()).unwrap(), list);
        assert_eq!(
            g.call_maybe_flags(&mut store, Some(b31)).unwrap(),
            Some(b31),
            "{name}"
        );
        assert_eq!(
            format!("{:?}", flx::Eight::READ | flx::Eight::WRITE),
            "{read, write}"
        );
    }
}

// -------------------------------------------------------------- trappable

use trappable::t::trap::api as trap_api;

/// The host's error for `check`: a WIT error code, or a reason to trap.
#[derive(Debug)]
pub(crate) enum MyError {
    Code(trap_api::ErrCode),
    Fatal(String),
}

struct TrapHost;

impl trap_api::Host for TrapHost {
    fn check(&mut self, x: u32) -> Result<u32, MyError> {
        match x {
            0 => Err(MyError::Code(trap_api::ErrCode::Worse)),
            1 => Err(MyError::Fatal("boom".into())),
            x => Ok(x * 2),
        }
    }
    fn convert_err_code(&mut self, err: MyError) -> canon_host::Result<trap_api::ErrCode> {
        match err {
            MyError::Code(code) => Ok(code),
            MyError::Fatal(msg) => Err(Error::Trap(TrapKind::Host(msg).into())),
        }
    }
}

use all_trappable::t::alltrap::api as all_trap_api;

/// The host of `all_trappable`: `half` of an odd number traps, `note`
/// records, a `thing` of 0 cannot be made.
#[derive(Default)]
struct AllTrapHost {
    notes: Vec<u32>,
}

impl all_trap_api::HostThing for AllTrapHost {
    fn drop(&mut self, _rep: canon_host::Resource<all_trap_api::Thing>) -> canon_host::Result<()> {
        Ok(())
    }
    fn new(&mut self, n: u32) -> canon_host::Result<canon_host::Resource<all_trap_api::Thing>> {
        if n == 0 {
            return Err(Error::Trap(TrapKind::Host("no thing of 0".into()).into()));
        }
        Ok(canon_host::Resource::new_own(n))
    }
    fn get(&mut self, self_: canon_host::Resource<all_trap_api::Thing>) -> canon_host::Result<u32> {
        Ok(self_.rep())
    }
}

impl all_trap_api::Host for AllTrapHost {
    fn half(&mut self, x: u32) -> canon_host::Result<u32> {
        if x % 2 == 1 {
            return Err(Error::Trap(TrapKind::Host(format!("{x} is odd")).into()));
        }
        Ok(x / 2)
    }
    fn note(&mut self, x: u32) -> canon_host::Result<()> {
        self.notes.push(x);
        Ok(())
    }
}

#[test]
fn trappable_imports_let_every_host_function_trap() {
    let (resolve, world) = load_inline(
        "package t:alltrap;
         interface api { half: func(x: u32) -> u32; note: func(x: u32); }
         world w { import api; export api; }",
    );
    let mut linker = Linker::new();
    all_trappable::t::alltrap::api::add_to_linker(&mut linker, |h: &mut AllTrapHost| h).unwrap();
    for (name, engine) in engines() {
        let component = echo_component(&engine, &resolve, world, &[]);
        let mut store = Store::new(&engine, AllTrapHost::default()).unwrap();
        let instance = linker.instantiate(&mut store, &component).unwrap();
        let api = instance.get_instance("t:alltrap/api").unwrap();
        let half = api
            .get_func("half")
            .unwrap()
            .typed::<(u32,), u32>()
            .unwrap();
        let note = api.get_func("note").unwrap().typed::<(u32,), ()>().unwrap();
        assert_eq!(half.call(&mut store, (8,)).unwrap(), 4, "{name}");
        note.call(&mut store, (3,)).unwrap();
        assert_eq!(store.data().notes, [3], "{name}");
        let err = half.call(&mut store, (7,)).unwrap_err();
        assert!(
            matches!(err.as_trap().map(|t| t.kind()), Some(TrapKind::Host(m)) if m == "7 is odd"),
            "{name}: {err}"
        );
        // The resource's trait returns results too; call it directly.
        let mut host = AllTrapHost::default();
        let thing = all_trap_api::HostThing::new(&mut host, 5).unwrap();
        assert_eq!(all_trap_api::HostThing::get(&mut host, thing).unwrap(), 5);
        assert!(all_trap_api::HostThing::new(&mut host, 0).is_err());
    }
}

#[test]
fn trappable_error_types() {
    let (resolve, world) = load_inline(
        "package t:trap;
         interface api {
             enum err-code { bad, worse }
             check: func(x: u32) -> result<u32, err-code>;
         }
         world w { import api; export api; }",
    );
    let mut linker = Linker::new();
    trappable::W::add_to_linker(&mut linker, |h: &mut TrapHost| h).unwrap();
    for (name, engine) in engines() {
        let component = echo_component(&engine, &resolve, world, &[]);
        let mut store = Store::new(&engine, TrapHost).unwrap();
        let w = trappable::W::instantiate(&mut store, &component, &linker).unwrap();
        let g = w.t_trap_api();
        assert_eq!(g.call_check(&mut store, 5).unwrap(), Ok(10), "{name}");
        assert_eq!(
            g.call_check(&mut store, 0).unwrap(),
            Err(trappable::exports::t::trap::api::ErrCode::Worse),
            "{name}"
        );
        let err = g.call_check(&mut store, 1).unwrap_err();
        assert!(err.to_string().contains("boom"), "{name}: {err}");
        // The trap locked that instance down; a new one in the same store runs.
        let err = g.call_check(&mut store, 7).unwrap_err();
        assert!(
            matches!(err.as_trap().map(|t| t.kind()), Some(TrapKind::CannotEnter)),
            "{name}: {err}"
        );
        let w = trappable::W::instantiate(&mut store, &component, &linker).unwrap();
        let g = w.t_trap_api();
        assert_eq!(g.call_check(&mut store, 7).unwrap(), Ok(14), "{name}");
    }
}
