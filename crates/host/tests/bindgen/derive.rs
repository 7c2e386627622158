//! `#[derive(ComponentType)]` and `flags!` on hand-written Rust types, with
//! typed host functions (`func_wrap`) and typed exports (`TypedFunc`), and
//! type-check errors naming the mismatching field or case.

use canon_host::{ComponentType, Error, Linker, Store, StoreContextMut};

use crate::engines;
use crate::guest::{echo_component, load_inline};

const WIT: &str = r#"
package t:derive;
interface api {
    record point { x: f64, y: f64 }
    variant shape { circle(f64), empty, points(list<point>) }
    enum color { red, dark-green }
    flags perms { read, write-all }
    record labelled { %type: string, at: point }
    echo-point: func(p: point) -> point;
    echo-shape: func(s: shape) -> shape;
    echo-color: func(c: color) -> color;
    echo-perms: func(p: perms) -> perms;
    echo-labelled: func(l: labelled) -> labelled;
    all: func(p: point, s: shape, c: color, f: perms) -> tuple<point, shape, color, perms>;
}
world w { import api; export api; }
"#;

const API: &str = "t:derive/api";

#[derive(ComponentType, Clone, Debug, PartialEq)]
struct Point {
    x: f64,
    y: f64,
}

#[derive(ComponentType, Clone, Debug, PartialEq)]
enum Shape {
    Circle(f64),
    Empty,
    Points(Vec<Point>),
}

#[derive(ComponentType, Clone, Copy, Debug, PartialEq)]
enum Color {
    Red,
    DarkGreen,
}

canon_host::flags! {
    Perms {
        const READ;
        #[component(name = "write-all")]
        const WRITE;
    }
}

#[derive(ComponentType, Clone, Debug, PartialEq)]
struct Labelled {
    r#type: String,
    #[component(name = "at")]
    position: Point,
}

type All = (Point, Shape, Color, Perms);

/// Counts host calls.
fn echo<T: 'static>(mut cx: StoreContextMut<'_, u32>, value: T) -> Result<T, Error> {
    *cx.data_mut() += 1;
    Ok(value)
}

fn linker() -> Linker<u32> {
    let mut linker = Linker::new();
    let mut api = linker.instance(API).unwrap();
    api.func_wrap("echo-point", |cx, (p,): (Point,)| echo(cx, p))
        .unwrap();
    api.func_wrap("echo-shape", |cx, (s,): (Shape,)| echo(cx, s))
        .unwrap();
    api.func_wrap("echo-color", |cx, (c,): (Color,)| echo(cx, c))
        .unwrap();
    api.func_wrap("echo-perms", |cx, (p,): (Perms,)| echo(cx, p))
        .unwrap();
    api.func_wrap("echo-labelled", |cx, (l,): (Labelled,)| echo(cx, l))
        .unwrap();
    api.func_wrap("all", |cx, (p, s, c, f): All| echo(cx, (p, s, c, f)))
        .unwrap();
    linker
}

#[test]
fn derived_types_round_trip_through_a_guest() {
    let (resolve, world) = load_inline(WIT);
    for (name, engine) in engines() {
        let component = echo_component(&engine, &resolve, world, &[]);
        let mut store = Store::new(&engine, 0u32).unwrap();
        let instance = linker().instantiate(&mut store, &component).unwrap();
        let func = |f: &str| instance.get_interface_func(API, f).unwrap();

        let point = Point { x: 1.5, y: -2.0 };
        let echo_point = func("echo-point").typed::<(Point,), Point>().unwrap();
        assert_eq!(
            echo_point.call(&mut store, (point.clone(),)).unwrap(),
            point,
            "{name}"
        );

        let echo_shape = func("echo-shape").typed::<(Shape,), Shape>().unwrap();
        for shape in [
            Shape::Circle(3.25),
            Shape::Empty,
            Shape::Points(vec![point.clone(), Point { x: 0.0, y: 9.0 }]),
        ] {
            assert_eq!(
                echo_shape.call(&mut store, (shape.clone(),)).unwrap(),
                shape,
                "{name}"
            );
        }

        let echo_color = func("echo-color").typed::<(Color,), Color>().unwrap();
        for color in [Color::Red, Color::DarkGreen] {
            assert_eq!(
                echo_color.call(&mut store, (color,)).unwrap(),
                color,
                "{name}"
            );
        }

        let echo_perms = func("echo-perms").typed::<(Perms,), Perms>().unwrap();
        for perms in [Perms::empty(), Perms::READ, Perms::WRITE, Perms::all()] {
            assert_eq!(
                echo_perms.call(&mut store, (perms,)).unwrap(),
                perms,
                "{name}"
            );
        }

        let labelled = Labelled {
            r#type: "origin".into(),
            position: point.clone(),
        };
        let echo_labelled = func("echo-labelled")
            .typed::<(Labelled,), Labelled>()
            .unwrap();
        assert_eq!(
            echo_labelled.call(&mut store, (labelled.clone(),)).unwrap(),
            labelled,
            "{name}"
        );

        // Spilled parameters and a spilled result.
        let all = func("all").typed::<All, All>().unwrap();
        let value: All = (
            point.clone(),
            Shape::Points(vec![point.clone()]),
            Color::DarkGreen,
            Perms::READ | Perms::WRITE,
        );
        assert_eq!(
            all.call(&mut store, value.clone()).unwrap(),
            value,
            "{name}"
        );
        assert_eq!(*store.data(), 12, "{name}: host calls");
    }
}

#[derive(ComponentType, Debug)]
#[component(name = "point")]
struct RenamedField {
    x: f64,
    z: f64,
}

#[derive(ComponentType, Debug)]
struct WrongFieldType {
    x: f64,
    y: u32,
}

#[derive(ComponentType, Debug)]
enum MissingCase {
    Circle(f64),
    Empty,
}

#[derive(ComponentType, Debug)]
enum WrongPayload {
    Circle(f32),
    Empty,
    Points(Vec<Point>),
}

#[derive(ComponentType, Debug)]
enum ColorTypo {
    Red,
    DarkGren,
}

canon_host::flags! {
    PermsTypo { const READ; const WRITE; }
}

fn type_error<P: canon_host::ComponentParams, R: canon_host::ComponentResult>(
    f: &canon_host::Func,
) -> String {
    match f.typed::<P, R>() {
        Err(Error::Type(msg)) => msg,
        other => panic!("expected a type error, got {other:?}"),
    }
}

#[test]
fn type_checks_name_the_mismatch() {
    let (resolve, world) = load_inline(WIT);
    for (name, engine) in engines() {
        let component = echo_component(&engine, &resolve, world, &[]);
        let mut store = Store::new(&engine, 0u32).unwrap();
        let instance = linker().instantiate(&mut store, &component).unwrap();
        let func = |f: &str| instance.get_interface_func(API, f).unwrap();

        let msg = type_error::<(RenamedField,), Point>(&func("echo-point"));
        assert!(
            msg.contains("parameter `p`") && msg.contains("field 1 is `z` in Rust but `y`"),
            "{msg}"
        );
        let msg = type_error::<(Point,), WrongFieldType>(&func("echo-point"));
        assert!(
            msg.contains("result") && msg.contains("field `y`: expected `u32`, found `f64`"),
            "{msg}"
        );
        let msg = type_error::<(MissingCase,), Shape>(&func("echo-shape"));
        assert!(
            msg.contains("has case `points`, which the Rust type lacks"),
            "{msg}"
        );
        let msg = type_error::<(WrongPayload,), Shape>(&func("echo-shape"));
        assert!(
            msg.contains("case `circle`: expected `f32`, found `f64`"),
            "{msg}"
        );
        let msg = type_error::<(ColorTypo,), Color>(&func("echo-color"));
        assert!(
            msg.contains("case 1 is `dark-gren` in Rust but `dark-green`"),
            "{msg}"
        );
        let msg = type_error::<(PermsTypo,), Perms>(&func("echo-perms"));
        assert!(
            msg.contains("flag 1 is `write` in Rust but `write-all`"),
            "{msg}"
        );
        let msg = type_error::<(Point, Point), Point>(&func("echo-point"));
        assert!(msg.contains("2 parameters"), "{msg}");
        // A host function of the wrong type fails to link, naming the import.
        let mut bad = Linker::<u32>::new();
        bad.define_unknown_imports_as_traps();
        bad.instance(API)
            .unwrap()
            .func_wrap("echo-color", |cx, (c,): (ColorTypo,)| echo(cx, c))
            .unwrap();
        let err = bad.instantiate(&mut store, &component).unwrap_err();
        let msg = err.to_string();
        assert!(
            matches!(err, Error::Link(_))
                && msg.contains("echo-color")
                && msg.contains("parameter `c`")
                && msg.contains("case 1 is `dark-gren` in Rust but `dark-green`"),
            "{name}: {msg}"
        );
        // The same for a record field and for a result.
        let mut bad = Linker::<u32>::new();
        bad.define_unknown_imports_as_traps();
        let mut api = bad.instance(API).unwrap();
        api.func_wrap("echo-point", |_, (p,): (RenamedField,)| {
            Ok::<_, Error>(Point { x: p.x, y: p.z })
        })
        .unwrap();
        let err = bad.instantiate(&mut store, &component).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("echo-point") && msg.contains("field 1 is `z` in Rust but `y`"),
            "{name}: {msg}"
        );
        let mut bad = Linker::<u32>::new();
        bad.define_unknown_imports_as_traps();
        let mut api = bad.instance(API).unwrap();
        api.func_wrap("echo-point", |_, (_p,): (Point,)| {
            Ok::<_, Error>(WrongFieldType { x: 0.0, y: 0 })
        })
        .unwrap();
        let err = bad.instantiate(&mut store, &component).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("result") && msg.contains("field `y`: expected `u32`, found `f64`"),
            "{name}: {msg}"
        );
    }
}
