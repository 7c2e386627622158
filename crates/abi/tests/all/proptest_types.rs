//! Generated types and functions: canon-abi must agree with wit-parser on every one.

use proptest::prelude::*;
use wit_parser::{
    Case, Docs, EnumCase, Field, Flag, Flags, Function, FunctionKind, Handle, Param, Record,
    Resolve, Result_, Stability, Tuple, Type, TypeDef, TypeDefKind, TypeOwner, Variant,
};

use crate::differential::compare_resolve;

/// The shape of a generated type, built into a `Resolve` afterwards.
#[derive(Clone, Debug)]
enum Shape {
    Primitive(usize),
    Enum(usize),
    Flags(usize),
    Own,
    Borrow,
    List(Box<Shape>),
    Record(Vec<Shape>),
    Tuple(Vec<Shape>),
    Variant(Vec<Option<Shape>>),
    Option(Box<Shape>),
    Result(Option<Box<Shape>>, Option<Box<Shape>>),
}

const PRIMITIVES: [Type; 13] = [
    Type::Bool,
    Type::U8,
    Type::U16,
    Type::U32,
    Type::U64,
    Type::S8,
    Type::S16,
    Type::S32,
    Type::S64,
    Type::F32,
    Type::F64,
    Type::Char,
    Type::String,
];

fn shape() -> impl Strategy<Value = Shape> {
    let leaf = prop_oneof![
        8 => (0..PRIMITIVES.len()).prop_map(Shape::Primitive),
        1 => prop_oneof![1..10usize, 250..270usize].prop_map(Shape::Enum),
        1 => (0..80usize).prop_map(Shape::Flags),
        1 => Just(Shape::Own),
        1 => Just(Shape::Borrow),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            inner.clone().prop_map(|t| Shape::List(Box::new(t))),
            prop::collection::vec(inner.clone(), 0..6).prop_map(Shape::Record),
            prop::collection::vec(inner.clone(), 0..6).prop_map(Shape::Tuple),
            prop::collection::vec(prop::option::of(inner.clone()), 1..6).prop_map(Shape::Variant),
            inner.clone().prop_map(|t| Shape::Option(Box::new(t))),
            (
                prop::option::of(inner.clone().prop_map(Box::new)),
                prop::option::of(inner.prop_map(Box::new))
            )
                .prop_map(|(ok, err)| Shape::Result(ok, err)),
        ]
    })
}

struct Builder {
    resolve: Resolve,
    resource: wit_parser::TypeId,
}

impl Builder {
    fn new() -> Self {
        let mut resolve = Resolve::default();
        let resource = resolve
            .types
            .alloc(def(Some("r".to_string()), TypeDefKind::Resource));
        Builder { resolve, resource }
    }

    fn push(&mut self, kind: TypeDefKind) -> Type {
        Type::Id(self.resolve.types.alloc(def(None, kind)))
    }

    fn build(&mut self, shape: &Shape) -> Type {
        let kind = match shape {
            Shape::Primitive(index) => return PRIMITIVES[*index],
            Shape::Enum(count) => TypeDefKind::Enum(wit_parser::Enum {
                cases: (0..*count)
                    .map(|i| EnumCase {
                        name: format!("c{i}"),
                        docs: Docs::default(),
                        span: Default::default(),
                    })
                    .collect(),
            }),
            Shape::Flags(count) => TypeDefKind::Flags(Flags {
                flags: (0..*count)
                    .map(|i| Flag {
                        name: format!("f{i}"),
                        docs: Docs::default(),
                        span: Default::default(),
                    })
                    .collect(),
            }),
            Shape::Own => TypeDefKind::Handle(Handle::Own(self.resource)),
            Shape::Borrow => TypeDefKind::Handle(Handle::Borrow(self.resource)),
            Shape::List(elem) => TypeDefKind::List(self.build(elem)),
            Shape::Record(fields) => TypeDefKind::Record(Record {
                fields: fields
                    .iter()
                    .enumerate()
                    .map(|(i, field)| Field {
                        name: format!("f{i}"),
                        ty: self.build(field),
                        docs: Docs::default(),
                        span: Default::default(),
                    })
                    .collect(),
            }),
            Shape::Tuple(types) => TypeDefKind::Tuple(Tuple {
                types: types.iter().map(|ty| self.build(ty)).collect(),
            }),
            Shape::Variant(cases) => TypeDefKind::Variant(Variant {
                cases: cases
                    .iter()
                    .enumerate()
                    .map(|(i, case)| Case {
                        name: format!("c{i}"),
                        ty: case.as_ref().map(|ty| self.build(ty)),
                        docs: Docs::default(),
                        span: Default::default(),
                    })
                    .collect(),
            }),
            Shape::Option(some) => TypeDefKind::Option(self.build(some)),
            Shape::Result(ok, err) => TypeDefKind::Result(Result_ {
                ok: ok.as_ref().map(|ty| self.build(ty)),
                err: err.as_ref().map(|ty| self.build(ty)),
            }),
        };
        self.push(kind)
    }
}

fn def(name: Option<String>, kind: TypeDefKind) -> TypeDef {
    TypeDef {
        name,
        kind,
        owner: TypeOwner::None,
        docs: Docs::default(),
        stability: Stability::default(),
        span: Default::default(),
        external_id: None,
    }
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(10_000)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// Generated types (10,000 by default, `PROPTEST_CASES` to change), each
    /// used as the parameter list and result of a function.
    #[test]
    fn generated_types_agree_with_wit_parser(
        params in prop::collection::vec(shape(), 0..20),
        result in prop::option::of(shape()),
    ) {
        let mut builder = Builder::new();
        let params: Vec<Param> = params
            .iter()
            .enumerate()
            .map(|(i, shape)| Param {
                name: format!("p{i}"),
                ty: builder.build(shape),
                span: Default::default(),
            })
            .collect();
        let result = result.as_ref().map(|shape| builder.build(shape));
        let function = Function {
            name: "f".to_string(),
            kind: FunctionKind::Freestanding,
            params,
            result,
            docs: Docs::default(),
            stability: Stability::default(),
            span: Default::default(),
            external_id: None,
        };
        let mut resolve = builder.resolve;
        // Functions are compared through a world so that `compare_resolve` finds them.
        let world = resolve.worlds.alloc(wit_parser::World {
            name: "w".to_string(),
            imports: Default::default(),
            exports: Default::default(),
            package: None,
            docs: Docs::default(),
            stability: Stability::default(),
            includes: Vec::new(),
            span: Default::default(),
        });
        resolve.worlds[world].imports.insert(
            wit_parser::WorldKey::Name("f".to_string()),
            wit_parser::WorldItem::Function(function),
        );
        let compared = compare_resolve(&resolve, "generated");
        prop_assert_eq!(compared.functions, 1);
    }
}
