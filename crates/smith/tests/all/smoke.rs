//! The `roundtrip` fuzz target's logic, 500 iterations over fixed seeds.

use canon_smith::roundtrip::{Outcome, check, run};

/// A small deterministic generator of input bytes (xorshift).
fn input(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

#[test]
fn roundtrip_500_seeds() {
    let mut checked = 0;
    let mut worlds = 0;
    for seed in 0..500 {
        let len = 64 + (seed as usize * 37) % 2048;
        if let Outcome::Checked { worlds: w } = run(&input(seed, len)) {
            checked += 1;
            worlds += w;
        }
    }
    // Most inputs must make valid packages, or the generator is broken.
    assert!(checked > 250, "only {checked} of 500 inputs gave valid WIT");
    assert!(
        worlds > 100,
        "only {worlds} worlds went through component new"
    );
}

#[test]
fn the_check_can_fail() {
    // Invalid WIT is rejected, not reported as a failure.
    assert_eq!(
        check("package a:b; interface i { f: func() -> nope; }"),
        Ok(Outcome::Rejected)
    );
    // And valid WIT is checked.
    let outcome = check(
        "package a:b; interface i { resource r { constructor(); m: func(x: list<string>) -> option<r>; } }
         world w { import i; export i; export g: func(s: string) -> tuple<u8, string>; }",
    );
    assert_eq!(outcome, Ok(Outcome::Checked { worlds: 1 }));
}

/// Whether `ty` mentions resource `resource` (through aliases and handles).
fn mentions(
    resolve: &wit_parser::Resolve,
    ty: &wit_parser::Type,
    resource: wit_parser::TypeId,
) -> bool {
    use wit_parser::{Handle, Type, TypeDefKind};
    let Type::Id(id) = ty else { return false };
    if *id == resource {
        return true;
    }
    let m = |t: &Type| mentions(resolve, t, resource);
    match &resolve.types[*id].kind {
        TypeDefKind::Handle(Handle::Own(r) | Handle::Borrow(r)) => m(&Type::Id(*r)),
        TypeDefKind::Type(t) | TypeDefKind::List(t) | TypeDefKind::Option(t) => m(t),
        TypeDefKind::Record(r) => r.fields.iter().any(|f| m(&f.ty)),
        TypeDefKind::Tuple(t) => t.types.iter().any(m),
        TypeDefKind::Variant(v) => v.cases.iter().any(|c| c.ty.as_ref().is_some_and(m)),
        TypeDefKind::Result(r) => r.ok.iter().chain(&r.err).any(m),
        _ => false,
    }
}

/// A constructor taking a handle of its own resource could never be the
/// first call to make one: the differential harness found whole resources
/// it could not test.
#[test]
fn constructors_never_take_their_own_resource() {
    let mut constructors = 0;
    for seed in 0..300 {
        let data = input(seed, 64 + (seed as usize * 53) % 4096);
        let mut u = arbitrary::Unstructured::new(&data);
        let Ok(source) = canon_smith::generate(&mut u, &canon_smith::Config::default()) else {
            continue;
        };
        let mut resolve = wit_parser::Resolve::default();
        if resolve.push_str("smith.wit", &source).is_err() {
            continue;
        }
        for (_, interface) in &resolve.interfaces {
            for func in interface.functions.values() {
                if let wit_parser::FunctionKind::Constructor(resource) = func.kind {
                    constructors += 1;
                    assert!(
                        !func
                            .params
                            .iter()
                            .any(|p| mentions(&resolve, &p.ty, resource)),
                        "seed {seed}: {} takes its own resource in\n{source}",
                        func.name
                    );
                }
            }
        }
    }
    assert!(
        constructors > 50,
        "only {constructors} constructors generated"
    );
}
