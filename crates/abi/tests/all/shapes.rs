//! Hand-picked shapes: joins inside variants, flags of every width, empty
//! records and tuples, and the spill limits.

use FlatType::{F32, F64, I32, I64};
use canon_abi::{
    AbiError, AbiVariant, Case, Coercion, DiscriminantSize, Field, FlagsRepr, FlatType, FuncType,
    Layout, ParamsPlan, Plan, ResourceId, ResultPlan, TypeDef, Types, ValType,
};

fn case(name: &str, ty: Option<ValType>) -> Case {
    Case {
        name: name.into(),
        ty,
    }
}

fn names(count: usize) -> Box<[Box<str>]> {
    (0..count).map(|i| format!("f{i}").into()).collect()
}

fn variant_cases(types: &Types, ty: ValType) -> Vec<Box<[Coercion]>> {
    match types.plan(ty) {
        Plan::Variant { cases, .. } => cases.iter().map(|case| case.coercions.clone()).collect(),
        other => panic!("not a variant plan: {other:?}"),
    }
}

#[test]
fn u64_and_f32_join_into_i64() {
    let mut types = Types::new();
    let id = types
        .push(TypeDef::Variant(
            [case("a", Some(ValType::U64)), case("b", Some(ValType::F32))].into(),
        ))
        .unwrap();
    let ty = ValType::Defined(id);
    assert_eq!(types.flat(ty).unwrap(), [I32, I64]);
    assert_eq!(types.layout(ty), Layout { size: 16, align: 8 });
    assert_eq!(
        variant_cases(&types, ty),
        [vec![Coercion::None].into(), vec![Coercion::F32AsI64].into()]
    );
}

#[test]
fn s8_f64_and_string_join_slot_by_slot() {
    let mut types = Types::new();
    let id = types
        .push(TypeDef::Variant(
            [
                case("a", Some(ValType::S8)),
                case("b", Some(ValType::F64)),
                case("c", Some(ValType::String)),
            ]
            .into(),
        ))
        .unwrap();
    let ty = ValType::Defined(id);
    assert_eq!(types.flat(ty).unwrap(), [I32, I64, I32]);
    assert_eq!(
        variant_cases(&types, ty),
        [
            vec![Coercion::I32AsI64].into(),
            vec![Coercion::F64AsI64].into(),
            vec![Coercion::I32AsI64, Coercion::None].into(),
        ]
    );
    assert!(types.props(ty).has_pointers);
}

#[test]
fn f32_and_u32_share_an_i32_slot() {
    let mut types = Types::new();
    let id = types
        .push(TypeDef::Variant(
            [
                case("a", Some(ValType::U32)),
                case("b", Some(ValType::F32)),
                case("c", None),
            ]
            .into(),
        ))
        .unwrap();
    let ty = ValType::Defined(id);
    assert_eq!(types.flat(ty).unwrap(), [I32, I32]);
    assert_eq!(
        variant_cases(&types, ty),
        [
            vec![Coercion::None].into(),
            vec![Coercion::F32AsI32].into(),
            Box::default()
        ]
    );
}

#[test]
fn f32_and_f64_join_into_i64_but_equal_floats_stay() {
    let mut types = Types::new();
    let mixed = types
        .push(TypeDef::Result {
            ok: Some(ValType::F32),
            err: Some(ValType::F64),
        })
        .unwrap();
    assert_eq!(types.flat(ValType::Defined(mixed)).unwrap(), [I32, I64]);
    let same = types
        .push(TypeDef::Result {
            ok: Some(ValType::F64),
            err: Some(ValType::F64),
        })
        .unwrap();
    assert_eq!(types.flat(ValType::Defined(same)).unwrap(), [I32, F64]);
    let option = types.push(TypeDef::Option(ValType::F32)).unwrap();
    assert_eq!(types.flat(ValType::Defined(option)).unwrap(), [I32, F32]);
}

#[test]
fn flags_of_every_width() {
    let mut types = Types::new();
    for (count, layout, flat) in [
        (0usize, Layout { size: 0, align: 4 }, 0usize),
        (1, Layout { size: 1, align: 1 }, 1),
        (8, Layout { size: 1, align: 1 }, 1),
        (16, Layout { size: 2, align: 2 }, 1),
        (32, Layout { size: 4, align: 4 }, 1),
        (33, Layout { size: 8, align: 4 }, 2),
        (64, Layout { size: 8, align: 4 }, 2),
        (65, Layout { size: 12, align: 4 }, 3),
        (70, Layout { size: 12, align: 4 }, 3),
    ] {
        let ty = ValType::Defined(types.push(TypeDef::Flags(names(count))).unwrap());
        assert_eq!(types.layout(ty), layout, "{count} flags");
        assert_eq!(types.flat(ty).unwrap(), vec![I32; flat], "{count} flags");
        let Plan::Flags {
            count: planned,
            repr,
        } = types.plan(ty)
        else {
            panic!("flags plan expected")
        };
        assert_eq!(planned as usize, count);
        assert_eq!(repr, FlagsRepr::for_count(count as u32));
    }
}

#[test]
fn empty_record_and_empty_tuple_are_zero_sized() {
    let mut types = Types::new();
    let record = ValType::Defined(types.push(TypeDef::Record(Box::default())).unwrap());
    let tuple = ValType::Defined(types.push(TypeDef::Tuple(Box::default())).unwrap());
    for ty in [record, tuple] {
        assert_eq!(types.layout(ty), Layout { size: 0, align: 1 });
        assert_eq!(types.flat(ty).unwrap(), []);
        assert_eq!(types.plan(ty), Plan::Record(&[]));
    }
    // An empty tuple inside a record takes no room and no flat value.
    let outer = ValType::Defined(
        types
            .push(TypeDef::Record(
                [
                    Field {
                        name: "a".into(),
                        ty: ValType::U8,
                    },
                    Field {
                        name: "b".into(),
                        ty: tuple,
                    },
                    Field {
                        name: "c".into(),
                        ty: ValType::U8,
                    },
                ]
                .into(),
            ))
            .unwrap(),
    );
    assert_eq!(types.layout(outer), Layout { size: 2, align: 1 });
    let Plan::Record(fields) = types.plan(outer) else {
        panic!("record plan expected")
    };
    let offsets: Vec<_> = fields.iter().map(|f| (f.offset, f.flat_offset)).collect();
    assert_eq!(offsets, [(0, 0), (1, 1), (1, 1)]);
}

#[test]
fn enums_past_256_cases_get_a_two_byte_discriminant() {
    let mut types = Types::new();
    let small = ValType::Defined(types.push(TypeDef::Enum(names(256))).unwrap());
    let big = ValType::Defined(types.push(TypeDef::Enum(names(300))).unwrap());
    assert_eq!(types.layout(small), Layout { size: 1, align: 1 });
    assert_eq!(types.layout(big), Layout { size: 2, align: 2 });
    let Plan::Variant { discriminant, .. } = types.plan(big) else {
        panic!("variant plan expected")
    };
    assert_eq!(discriminant, DiscriminantSize::U16);
    assert_eq!(types.flat(big).unwrap(), [I32]);
}

#[test]
fn sixteen_flat_values_pass_flat_and_seventeen_spill() {
    let mut types = Types::new();
    let sixteen = ValType::Defined(
        types
            .push(TypeDef::Tuple(vec![ValType::U32; 16].into()))
            .unwrap(),
    );
    let seventeen = ValType::Defined(
        types
            .push(TypeDef::Tuple(vec![ValType::U32; 17].into()))
            .unwrap(),
    );
    assert_eq!(types.flat(sixteen).unwrap().len(), 16);
    assert_eq!(types.flat(seventeen), None);

    let flat = types
        .func_plan(&FuncType {
            params: vec![ValType::U32; 16].into(),
            result: None,
        })
        .unwrap();
    assert!(matches!(flat.params, ParamsPlan::Flat { count: 16, .. }));
    let spilled = types
        .func_plan(&FuncType {
            params: vec![ValType::U8; 17].into(),
            result: Some(ValType::String),
        })
        .unwrap();
    let ParamsPlan::Indirect { offsets, layout } = &spilled.params else {
        panic!("17 params must spill")
    };
    assert_eq!(offsets.len(), 17);
    assert_eq!(*layout, Layout { size: 17, align: 1 });
    assert_eq!(
        spilled.result,
        ResultPlan::Indirect(ValType::String, Layout { size: 8, align: 4 })
    );
    let import = spilled.signature(AbiVariant::GuestImport);
    assert_eq!(import.params, [I32, I32]);
    assert!(import.results.is_empty());
    let export = spilled.signature(AbiVariant::GuestExport);
    assert_eq!(export.params, [I32]);
    assert_eq!(export.results, [I32]);
    assert!(spilled.result_needs_post_return());
}

#[test]
fn a_variant_whose_payload_fills_sixteen_slots_spills() {
    let mut types = Types::new();
    let fifteen = ValType::Defined(
        types
            .push(TypeDef::Tuple(vec![ValType::U32; 15].into()))
            .unwrap(),
    );
    let sixteen = ValType::Defined(
        types
            .push(TypeDef::Tuple(vec![ValType::U32; 16].into()))
            .unwrap(),
    );
    let fits = ValType::Defined(types.push(TypeDef::Option(fifteen)).unwrap());
    let spills = ValType::Defined(types.push(TypeDef::Option(sixteen)).unwrap());
    assert_eq!(types.flat(fits).unwrap().len(), 16);
    assert_eq!(types.flat(spills), None);
}

#[test]
fn handles_are_i32_and_marked() {
    let mut types = Types::new();
    let own = ValType::Defined(types.push(TypeDef::Own(ResourceId(7))).unwrap());
    let borrow = ValType::Defined(types.push(TypeDef::Borrow(ResourceId(7))).unwrap());
    let list = ValType::Defined(types.push(TypeDef::List(own)).unwrap());
    assert_eq!(types.flat(own).unwrap(), [I32]);
    assert_eq!(types.layout(borrow), Layout { size: 4, align: 4 });
    assert!(types.props(list).has_own && types.props(list).has_pointers);
    assert!(types.props(borrow).has_borrow && !types.props(borrow).has_own);
    assert_eq!(types.plan(own), Plan::Own(ResourceId(7)));
}

#[test]
fn bad_definitions_are_errors_not_panics() {
    let mut types = Types::new();
    assert_eq!(
        types.push(TypeDef::Variant(Box::default())),
        Err(AbiError::NoCases)
    );
    assert_eq!(
        types.push(TypeDef::Enum(Box::default())),
        Err(AbiError::NoCases)
    );
    let mut other = Types::new();
    let foreign = other.push(TypeDef::List(ValType::U8)).unwrap();
    let foreign = other
        .push(TypeDef::List(ValType::Defined(foreign)))
        .unwrap();
    assert!(matches!(
        types.push(TypeDef::Option(ValType::Defined(foreign))),
        Err(AbiError::UnknownType { .. })
    ));
    // Doubling a tuple 32 times exceeds 4 GiB.
    let mut ty = ValType::U8;
    let mut result = Ok(());
    for _ in 0..40 {
        match types.push(TypeDef::Tuple([ty, ty].into())) {
            Ok(id) => ty = ValType::Defined(id),
            Err(error) => {
                result = Err(error);
                break;
            }
        }
    }
    assert_eq!(result, Err(AbiError::TypeTooLarge));
}

#[test]
fn list_plans_mark_byte_copyable_elements() {
    let mut types = Types::new();
    let bytes = ValType::Defined(types.push(TypeDef::List(ValType::U8)).unwrap());
    let chars = ValType::Defined(types.push(TypeDef::List(ValType::Char)).unwrap());
    let Plan::List {
        elem_scalar,
        elem_layout,
        ..
    } = types.plan(bytes)
    else {
        panic!("list plan expected")
    };
    assert!(elem_scalar.is_some_and(|s| s.all_bits_valid()));
    assert_eq!(elem_layout, Layout { size: 1, align: 1 });
    let Plan::List { elem_scalar, .. } = types.plan(chars) else {
        panic!("list plan expected")
    };
    assert!(elem_scalar.is_some_and(|s| !s.all_bits_valid()));
}
