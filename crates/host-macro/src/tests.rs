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
    // `ownership: Owning` is the default; `Borrowing` (borrowed lists and
    // strings in generated types) is not supported on the host side and is
    // rejected, with or without `duplicate_if_necessary`.
    config(quote!({ inline: #wit, ownership: Owning })).expect("expands");
    for borrowing in [
        quote!(Borrowing),
        quote!(Borrowing {
            duplicate_if_necessary: true
        }),
    ] {
        let err = config(quote!({ inline: #wit, ownership: #borrowing }))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("`ownership: Borrowing` is not supported"),
            "{err}"
        );
    }
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
