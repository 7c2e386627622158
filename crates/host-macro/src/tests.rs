//! Golden snapshots of `bindgen!`'s expansion for every world of test-wits
//! (`snapshots/<package>[-<world>].rs`, formatted with prettyplease), and of
//! the derive and `flags!` expansions. `BLESS=1` rewrites them.

use std::path::{Path, PathBuf};

use quote::quote;

use crate::bindgen::Options;

fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots")
}

/// Compares `actual` with the golden file `name`, or rewrites it under
/// `BLESS=1`. Returns a failure message.
fn check_golden(name: &str, actual: &str) -> Option<String> {
    let path = snapshot_dir().join(name);
    if std::env::var_os("BLESS").is_some() {
        std::fs::create_dir_all(snapshot_dir()).expect("create snapshots/");
        std::fs::write(&path, actual).expect("write snapshot");
        return None;
    }
    match std::fs::read_to_string(&path) {
        Ok(expected) if expected.replace("\r\n", "\n") == actual => None,
        Ok(_) => Some(format!(
            "{} differs from the expansion; rerun with BLESS=1 to update",
            path.display()
        )),
        Err(_) => Some(format!(
            "{} is missing; run `BLESS=1 cargo test -p canon-host-macro` to create it",
            path.display()
        )),
    }
}

fn format(tokens: proc_macro2::TokenStream) -> String {
    let file: syn::File = syn::parse2(tokens).expect("the expansion parses as a file");
    prettyplease::unparse(&file)
}

/// Expands `bindgen!` for one world; an error becomes a comment.
fn expand_world(loaded: &canon_wit::Loaded, world: wit_parser::WorldId) -> String {
    let opts = Options::default();
    match crate::bindgen::generate(
        &loaded.resolve,
        world,
        &opts,
        proc_macro2::Span::call_site(),
    ) {
        Ok(tokens) => format(tokens),
        Err(e) => format!("// bindgen! error: {e}\n"),
    }
}

#[test]
fn bindgen_snapshots_of_test_wits() {
    let entries = canon_wit::corpus_entries(&canon_wit::test_wits_dir()).expect("read test-wits");
    let mut failures = Vec::new();
    let mut count = 0;
    for entry in entries {
        let loaded = match canon_wit::Loader::new().load_path(&entry.path) {
            Ok(l) => l,
            Err(e) => {
                failures.push(format!("{}: {e}", entry.name));
                continue;
            }
        };
        let worlds: Vec<_> = loaded.resolve.packages[loaded.package]
            .worlds
            .iter()
            .map(|(name, id)| (name.clone(), *id))
            .collect();
        for (world_name, world) in &worlds {
            let file = if worlds.len() == 1 {
                format!("{}.rs", entry.name)
            } else {
                format!("{}-{world_name}.rs", entry.name)
            };
            count += 1;
            if let Some(f) = check_golden(&file, &expand_world(&loaded, *world)) {
                failures.push(f);
            }
        }
    }
    assert!(count >= 25, "only {count} worlds in test-wits");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn derive_and_flags_snapshots() {
    let record: syn::DeriveInput = syn::parse_quote! {
        struct Point { x: u32, #[component(name = "why")] y: i64, long_name: String }
    };
    let variant: syn::DeriveInput = syn::parse_quote! {
        enum Shape { Circle(f64), Empty, Points(Vec<Point>) }
    };
    let enumeration: syn::DeriveInput = syn::parse_quote! {
        enum Color { Red, DarkGreen }
    };
    let flags: crate::flags::FlagsInput = syn::parse_quote! {
        pub Perms { const READ; #[component(name = "write-all")] const WRITE; }
    };
    let mut out = quote!();
    for input in [&record, &variant, &enumeration] {
        out.extend(crate::derive::expand(input).expect("derive expands"));
    }
    out.extend(crate::flags::expand(&flags));
    if let Some(f) = check_golden("derive.rs", &format(out)) {
        panic!("{f}");
    }
}

#[test]
fn derive_errors_name_the_problem() {
    let tuple_struct: syn::DeriveInput = syn::parse_quote!(
        struct T(u32);
    );
    let err = crate::derive::expand(&tuple_struct)
        .unwrap_err()
        .to_string();
    assert!(err.contains("named fields"), "{err}");
    let two: syn::DeriveInput = syn::parse_quote!(
        enum E {
            A(u32, u32),
        }
    );
    let err = crate::derive::expand(&two).unwrap_err().to_string();
    assert!(err.contains("exactly one unnamed field"), "{err}");
    let attr: syn::DeriveInput = syn::parse_quote!(
        #[component(nope)]
        struct S {
            a: u8,
        }
    );
    let err = crate::derive::expand(&attr).unwrap_err().to_string();
    assert!(err.contains("expected `name"), "{err}");
}

fn config(tokens: proc_macro2::TokenStream) -> syn::Result<proc_macro2::TokenStream> {
    syn::parse2::<crate::bindgen::Config>(tokens)?.expand()
}

#[test]
fn bindgen_option_errors() {
    let wit = "package a:b; interface i { type t = u32; f: func() -> t; } world w { import i; export i; }";
    let err = config(quote!({ inline: #wit, with: { "a:b/nope": x } }))
        .unwrap_err()
        .to_string();
    assert!(err.contains("unused `with` key `a:b/nope`"), "{err}");
    let err = config(quote!({ inline: #wit, colour: "red" }))
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown option `colour`"), "{err}");
    let err = config(quote!({ inline: #wit, trappable_error_type: { "a:b/i/nope" => E } }))
        .unwrap_err()
        .to_string();
    assert!(err.contains("`a:b/i/nope`"), "{err}");
    // `ownership: Owning` is the default; both forms of `Borrowing` expand.
    for ownership in [
        quote!(Owning),
        quote!(Borrowing),
        quote!(Borrowing {
            duplicate_if_necessary: true
        }),
    ] {
        config(quote!({ inline: #wit, ownership: #ownership })).expect("expands");
    }
    let err = config(quote!({ inline: #wit, ownership: Borrowing { copy: true } }))
        .unwrap_err()
        .to_string();
    assert!(err.contains("expected `duplicate_if_necessary`"), "{err}");
    let err = config(quote!({ inline: #wit, ownership: Lending }))
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown ownership `Lending`"), "{err}");
    // WIT errors point at the WIT source.
    let bad = "package a:b;\nworld w {\n  import f: func() -> nope;\n}";
    let err = config(quote!({ inline: #bad })).unwrap_err().to_string();
    assert!(err.contains("inline.wit:3:"), "{err}");
    // `with` an interface: no module is generated for it, and the mapped
    // path is used for its types and its `add_to_linker`.
    let out = config(quote!({ inline: #wit, with: { "a:b/i": crate::elsewhere } }))
        .expect("expands")
        .to_string();
    assert!(out.contains("crate :: elsewhere :: add_to_linker"), "{out}");
    assert!(!out.contains("pub trait Host"), "{out}");
}

/// A world whose exports take records used only as parameters (`tags`,
/// `wrap`), one also used as a result (`point`), one without strings or
/// lists (`plain`), a `string` alias and a `list` typedef.
const BORROWING_WIT: &str = r#"
package a:b;
interface types {
  record point { x: u32, name: string }
  record tags { names: list<string>, ids: list<u32> }
  record plain { x: u32 }
  record wrap { p: point, t: tags, o: option<string>, pl: plain }
  type bytes = list<u8>;
}
interface api {
  use types.{point, tags, plain, wrap, bytes};
  type name = string;
  greet: func(s: string, l: list<u32>, t: tags, n: name, b: bytes) -> u32;
  echo: func(p: point) -> point;
  nest: func(w: wrap, ps: list<point>, pl: plain, o: option<string>) -> string;
}
world w {
  use types.{plain, tags};
  import log: func(p: plain, s: string);
  export api;
  export top: func(t: tags) -> u32;
}
"#;

/// Expands [`BORROWING_WIT`] with `ownership`, formatted; compared with
/// the golden file `name`.
fn borrowing_expansion(ownership: proc_macro2::TokenStream, name: &str) -> String {
    let wit = BORROWING_WIT;
    let out = format(config(quote!({ inline: #wit, ownership: #ownership })).expect("expands"));
    if let Some(f) = check_golden(name, &out) {
        panic!("{f}");
    }
    // Compare without the formatter's line breaks.
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn borrowing_export_params_borrow_strings_lists_and_records() {
    let out = borrowing_expansion(quote!(Borrowing), "borrowing.rs");
    // Records used only as export parameters borrow and lower only.
    assert!(
        out.contains("pub struct Tags<'a> { pub names: &'a [&'a str], pub ids: &'a [u32], }"),
        "{out}"
    );
    assert!(
        out.contains("impl<'a> ::canon_host::Lower for Tags<'a>"),
        "{out}"
    );
    // `point` is also a result: without duplicates it stays owning, and
    // `wrap` holds it owned; options stay owning, `plain` has nothing to borrow.
    assert!(
        out.contains("pub struct Point { pub x: u32, pub name: ::std::string::String, }"),
        "{out}"
    );
    assert!(
        out.contains(
            "pub struct Wrap<'a> { pub p: Point, pub t: Tags<'a>, \
             pub o: ::core::option::Option<::std::string::String>, pub pl: Plain, }"
        ),
        "{out}"
    );
    assert!(out.contains("pub struct Plain { pub x: u32, }"), "{out}");
    assert!(!out.contains("Param"), "{out}");
    // Export accessors take borrowed parameters; aliases of strings and
    // list typedefs are spelled borrowed.
    assert!(
        out.contains(
            "pub fn call_greet<S: Send + 'static>( &self, store: &mut ::canon_host::Store<S>, \
             s: &'_ str, l: &'_ [u32], t: Tags<'_>, n: &'_ str, b: &'_ [u8], ) -> \
             ::canon_host::Result<u32>"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "greet: ::canon_host::TypedFunc< ( &'static str, &'static [u32], Tags<'static>, \
             &'static str, &'static [u8], ), u32, >"
        ),
        "{out}"
    );
    assert!(
        out.contains("t: Tags<'_>, ) -> ::canon_host::Result<u32>"),
        "{out}"
    );
    // Imports (lifted by the host) and results stay owning.
    assert!(
        out.contains("fn log(&mut self, p: Plain, s: ::std::string::String);"),
        "{out}"
    );
    assert!(
        out.contains("p: Point, ) -> ::canon_host::Result<Point>"),
        "{out}"
    );
    assert!(
        out.contains("echo: ::canon_host::TypedFunc<(Point,), Point>"),
        "{out}"
    );
}

#[test]
fn borrowing_duplicate_if_necessary_gives_param_and_result_forms() {
    let out = borrowing_expansion(
        quote!(Borrowing {
            duplicate_if_necessary: true
        }),
        "borrowing-duplicate-if-necessary.rs",
    );
    // `point` is both a parameter and a result: two forms.
    assert!(
        out.contains("pub struct PointParam<'a> { pub x: u32, pub name: &'a str, }"),
        "{out}"
    );
    assert!(
        out.contains("impl<'a> ::canon_host::Lower for PointParam<'a>"),
        "{out}"
    );
    assert!(
        out.contains(
            "#[component(name = \"point\")] pub struct PointResult { pub x: u32, \
             pub name: ::std::string::String, }"
        ),
        "{out}"
    );
    assert!(!out.contains("struct Point "), "{out}");
    // The `use` aliases name both forms.
    assert!(
        out.contains(
            "pub type PointParam<'a> = super::super::super::super::a::b::types::PointParam<"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "pub type PointResult = super::super::super::super::a::b::types::PointResult;"
        ),
        "{out}"
    );
    // Borrowing records hold the borrowing form; single-use types keep one name.
    assert!(
        out.contains("pub struct Wrap<'a> { pub p: PointParam<'a>, pub t: Tags<'a>,"),
        "{out}"
    );
    assert!(
        out.contains("p: PointParam<'_>, ) -> ::canon_host::Result<PointResult>"),
        "{out}"
    );
    assert!(out.contains("ps: &'_ [PointParam<'_>],"), "{out}");
}

/// Every test-wits world that expands owning also expands, as a parseable
/// file, in both borrowing modes.
#[test]
fn borrowing_expands_every_test_wits_world() {
    let entries = canon_wit::corpus_entries(&canon_wit::test_wits_dir()).expect("read test-wits");
    let mut count = 0;
    for entry in entries {
        let loaded = canon_wit::Loader::new()
            .load_path(&entry.path)
            .expect("test-wits load");
        for (name, world) in &loaded.resolve.packages[loaded.package].worlds {
            let span = proc_macro2::Span::call_site();
            let owning =
                crate::bindgen::generate(&loaded.resolve, *world, &Options::default(), span);
            if owning.is_err() {
                continue;
            }
            for duplicate_if_necessary in [false, true] {
                let opts = Options {
                    ownership: crate::bindgen::Ownership::Borrowing {
                        duplicate_if_necessary,
                    },
                    ..Options::default()
                };
                let tokens = crate::bindgen::generate(&loaded.resolve, *world, &opts, span)
                    .unwrap_or_else(|e| panic!("{} world {name}: {e}", entry.name));
                syn::parse2::<syn::File>(tokens)
                    .unwrap_or_else(|e| panic!("{} world {name}: {e}", entry.name));
                count += 1;
            }
        }
    }
    assert!(count >= 50, "only {count} expansions");
}
