//! `bindgen!` with `ownership: Borrowing { duplicate_if_necessary: true }`:
//! exported functions take borrowed strings, lists and records (`&str`,
//! `&[u32]`, `Bag<'_>`, `PointParam<'_>`) and return owning ones
//! (`PointResult`), against a hand-written guest on both backends; and with
//! bare `Borrowing`, where `point` (also a result) stays owning.

use canon_host::{Component, Engine, Linker, Store};

use crate::engines;

canon_host::bindgen!({
    inline: r#"
        package t:lend;
        interface api {
          record point { x: u32, name: string }
          record bag { label: string, nums: list<u32>, p: point }
          /// The bytes of `s` plus the numbers of `l`.
          sum: func(s: string, l: list<u32>) -> u32;
          /// The bytes of `label` and `p.name`, the numbers and `p.x`.
          bag-sum: func(b: bag) -> u32;
          /// `p` with `x` doubled.
          twice: func(p: point) -> point;
              /// The `x`s and name bytes of every point (stored to memory).
              sum-points: func(ps: list<point>) -> u32;
        }
        world borrowing { export api; }
    "#,
    ownership: Borrowing { duplicate_if_necessary: true },
});

use exports::t::lend::api::{Bag, PointParam, PointResult};

/// The same world with bare `Borrowing`: `point`, also a result, stays
/// owning, and `bag` borrows while holding an owned `Point`.
mod single {
    canon_host::bindgen!({
        inline: r#"
            package t:lend;
            interface api {
              record point { x: u32, name: string }
              record bag { label: string, nums: list<u32>, p: point }
              sum: func(s: string, l: list<u32>) -> u32;
              bag-sum: func(b: bag) -> u32;
              twice: func(p: point) -> point;
              /// The `x`s and name bytes of every point (stored to memory).
              sum-points: func(ps: list<point>) -> u32;
            }
            world borrowing { export api; }
        "#,
        ownership: Borrowing,
    });
}

/// The guest's core module: a bump allocator and the three exports, reading
/// the flat parameters (`bag` is seven flat values; `twice` returns
/// through a return area).
const GUEST: &str = r#"(module
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 64))
  (func $realloc (export "cabi_realloc") (param $old i32) (param $old_size i32) (param $align i32) (param $new i32) (result i32)
    (local $p i32)
    (local.set $p (i32.and (i32.add (global.get $heap) (i32.sub (local.get $align) (i32.const 1)))
                           (i32.sub (i32.const 0) (local.get $align))))
    (global.set $heap (i32.add (local.get $p) (local.get $new)))
    (if (i32.gt_u (global.get $heap) (i32.const 65536)) (then unreachable))
    (if (local.get $old_size) (then (memory.copy (local.get $p) (local.get $old) (local.get $old_size))))
    (local.get $p))
  (func $bytes (param $p i32) (param $n i32) (result i32)
    (local $acc i32) (local $i i32)
    (block $done (loop $l
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $acc (i32.add (local.get $acc) (i32.load8_u (i32.add (local.get $p) (local.get $i)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l)))
    (local.get $acc))
  (func $words (param $p i32) (param $n i32) (result i32)
    (local $acc i32) (local $i i32)
    (block $done (loop $l
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $acc (i32.add (local.get $acc)
        (i32.load (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l)))
    (local.get $acc))
  (func (export "t:lend/api#sum") (param i32 i32 i32 i32) (result i32)
    (i32.add (call $bytes (local.get 0) (local.get 1)) (call $words (local.get 2) (local.get 3))))
  (func (export "t:lend/api#bag-sum") (param i32 i32 i32 i32 i32 i32 i32) (result i32)
    (i32.add
      (i32.add (call $bytes (local.get 0) (local.get 1)) (call $words (local.get 2) (local.get 3)))
      (i32.add (local.get 4) (call $bytes (local.get 5) (local.get 6)))))
  (func (export "t:lend/api#twice") (param i32 i32 i32) (result i32)
    (i32.store (i32.const 16) (i32.mul (local.get 0) (i32.const 2)))
    (i32.store (i32.const 20) (local.get 1))
    (i32.store (i32.const 24) (local.get 2))
    (i32.const 16))
  (func (export "t:lend/api#sum-points") (param $p i32) (param $n i32) (result i32)
    (local $acc i32) (local $i i32) (local $e i32)
    (block $done (loop $l
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $e (i32.add (local.get $p) (i32.mul (local.get $i) (i32.const 12))))
      (local.set $acc (i32.add (local.get $acc)
        (i32.add (i32.load (local.get $e))
                 (call $bytes (i32.load offset=4 (local.get $e)) (i32.load offset=8 (local.get $e))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l)))
    (local.get $acc))
  (func (export "cabi_post_t:lend/api#twice") (param i32)
    (global.set $heap (i32.const 64)))
)"#;

fn guest(engine: &Engine) -> Component {
    let loaded = canon_wit::Loader::new()
        .load_source(
            "borrow.wit",
            r#"package t:lend;
            interface api {
              record point { x: u32, name: string }
              record bag { label: string, nums: list<u32>, p: point }
              sum: func(s: string, l: list<u32>) -> u32;
              bag-sum: func(b: bag) -> u32;
              twice: func(p: point) -> point;
              /// The `x`s and name bytes of every point (stored to memory).
              sum-points: func(ps: list<point>) -> u32;
            }
            world borrowing { export api; }"#,
        )
        .unwrap();
    let world = loaded.select_world(None).unwrap();
    let module = wat::parse_str(GUEST).unwrap();
    let embedded = canon_encode::embed(
        &module,
        &loaded.resolve,
        world,
        canon_encode::StringEncoding::Utf8,
    )
    .unwrap();
    let bytes = canon_encode::new_component(&embedded).unwrap();
    Component::new(engine, &bytes).unwrap()
}

fn byte_sum(s: &str) -> u32 {
    s.bytes().map(u32::from).sum()
}

#[test]
fn bindgen_borrowing_exports_take_borrowed_strings_lists_and_records() {
    for (backend, engine) in engines() {
        let component = guest(&engine);
        let mut store = Store::new(&engine, ()).unwrap();
        let linker = Linker::new();
        let bindings = Borrowing::instantiate(&mut store, &component, &linker).unwrap();
        let api = bindings.t_lend_api();

        // Borrowed string and list, straight from the caller's data.
        let text = String::from("héllo, wörld");
        let nums = vec![1u32, 20, 300, 4000];
        let got = api.call_sum(&mut store, &text, &nums).unwrap();
        assert_eq!(got, byte_sum(&text) + 4321, "{backend}");
        assert_eq!(api.call_sum(&mut store, "", &[]).unwrap(), 0, "{backend}");

        // A borrowing record holding a borrowing record.
        let label = "bag";
        let bag = Bag {
            label,
            nums: &nums[1..],
            p: PointParam {
                x: 7,
                name: &text[..5],
            },
        };
        let got = api.call_bag_sum(&mut store, bag.clone()).unwrap();
        assert_eq!(
            got,
            byte_sum(label) + 4320 + 7 + byte_sum(&text[..5]),
            "{backend}"
        );

        // `point` is both a parameter and a result: borrowed in, owned out.
        let name = String::from("ünïcode ☃");
        let p: PointResult = api
            .call_twice(&mut store, PointParam { x: 21, name: &name })
            .unwrap();
        assert_eq!((p.x, p.name.as_str()), (42, name.as_str()), "{backend}");
        // The owned result's string is the caller's again, borrowed back in.
        let again = api
            .call_twice(
                &mut store,
                PointParam {
                    x: p.x,
                    name: &p.name,
                },
            )
            .unwrap();
        assert_eq!((again.x, again.name), (84, name.clone()), "{backend}");
        // The call after a result still sees the parameters intact.
        assert_eq!(api.call_bag_sum(&mut store, bag).unwrap(), got, "{backend}");
        // Borrowing records as list elements are stored to guest memory.
        let points = [
            PointParam { x: 1, name: "ab" },
            PointParam {
                x: 1000,
                name: &text,
            },
        ];
        assert_eq!(
            api.call_sum_points(&mut store, &points).unwrap(),
            1001 + byte_sum("ab") + byte_sum(&text),
            "{backend}"
        );
    }
}

#[test]
fn bindgen_borrowing_without_duplicates_keeps_shared_records_owning() {
    use single::exports::t::lend::api::{Bag, Point};
    for (backend, engine) in engines() {
        let component = guest(&engine);
        let mut store = Store::new(&engine, ()).unwrap();
        let bindings =
            single::Borrowing::instantiate(&mut store, &component, &Linker::new()).unwrap();
        let api = bindings.t_lend_api();
        let nums = [5u32, 6];
        let bag = Bag {
            label: "ab",
            nums: &nums,
            p: Point {
                x: 1,
                name: "c".into(),
            },
        };
        assert_eq!(
            api.call_bag_sum(&mut store, bag).unwrap(),
            byte_sum("ab") + 11 + 1 + byte_sum("c"),
            "{backend}"
        );
        let p: Point = api
            .call_twice(
                &mut store,
                Point {
                    x: 4,
                    name: "d".into(),
                },
            )
            .unwrap();
        assert_eq!((p.x, p.name.as_str()), (8, "d"), "{backend}");
        assert_eq!(
            api.call_sum(&mut store, "e", &nums).unwrap(),
            101 + 11,
            "{backend}"
        );
        let points = [Point {
            x: 2,
            name: "fg".into(),
        }];
        assert_eq!(
            api.call_sum_points(&mut store, &points).unwrap(),
            2 + byte_sum("fg"),
            "{backend}"
        );
    }
}

/// test-wits worlds through `bindgen!` in both borrowing modes: the
/// borrowing records, their `Lower` impls and the borrowing accessors compile.
macro_rules! borrowing_world {
    ($module:ident, $path:literal $(, $world:literal)?) => {
        #[allow(dead_code)]
        mod $module {
            mod single {
                canon_host::bindgen!({
                    path: $path, $(world: $world,)? ownership: Borrowing,
                });
            }
            mod duplicated {
                canon_host::bindgen!({
                    path: $path,
                    $(world: $world,)?
                    ownership: Borrowing { duplicate_if_necessary: true },
                });
            }
        }
    };
}

borrowing_world!(kitchen_sink, "../../test-wits/kitchen-sink.wit");
borrowing_world!(records, "../../test-wits/records.wit");
borrowing_world!(lists, "../../test-wits/lists.wit");
borrowing_world!(strings, "../../test-wits/strings.wit");
borrowing_world!(type_aliases, "../../test-wits/type-aliases.wit");
borrowing_world!(deep_nesting, "../../test-wits/deep-nesting.wit");
borrowing_world!(use_same_package, "../../test-wits/use-same-package");
borrowing_world!(cross_package, "../../test-wits/cross-package");
borrowing_world!(identifiers, "../../test-wits/identifiers.wit");
borrowing_world!(keywords, "../../test-wits/keywords.wit");
borrowing_world!(resources, "../../test-wits/resources.wit");
borrowing_world!(handle_records, "../../test-wits/handle-records.wit");
borrowing_world!(many_params, "../../test-wits/many-params.wit");
borrowing_world!(world_level, "../../test-wits/world-level.wit");
