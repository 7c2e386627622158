//! Loading WIT from every kind of source, and the errors bad WIT gets.

use canon_wit::{ErrorKind, Loader, corpus_entries, test_wits_dir};

#[test]
fn every_corpus_package_loads_and_has_a_world() {
    let entries = corpus_entries(&test_wits_dir()).unwrap();
    assert!(
        entries.len() >= 25,
        "test-wits holds {} packages, the corpus promises at least 25",
        entries.len()
    );
    for entry in &entries {
        let loaded = Loader::new()
            .all_features(true)
            .load_path(&entry.path)
            .unwrap_or_else(|e| panic!("{}: {e}", entry.name));
        let worlds = &loaded.resolve.packages[loaded.package].worlds;
        assert!(!worlds.is_empty(), "{} has no world", entry.name);
        for name in worlds.keys() {
            loaded
                .select_world(Some(name))
                .unwrap_or_else(|e| panic!("{}: {e}", entry.name));
        }
    }
}

#[test]
fn parse_error_names_file_line_and_column_with_a_caret() {
    let error = Loader::new()
        .load_source(
            "broken.wit",
            "package a:b;\n\ninterface i {\n  f: func(x: u32) -> ;\n}\n",
        )
        .unwrap_err();
    let text = error.to_string();
    assert!(matches!(error.kind(), ErrorKind::Parse { .. }));
    assert!(text.contains("broken.wit:4:"), "{text}");
    assert!(text.contains('^'), "{text}");
}

#[test]
fn unknown_type_is_reported_where_it_is_used() {
    let error = Loader::new()
        .load_source(
            "t.wit",
            "package a:b;\ninterface i {\n  f: func() -> nope;\n}\n",
        )
        .unwrap_err()
        .to_string();
    assert!(error.contains("nope"), "{error}");
    assert!(error.contains("t.wit:3:"), "{error}");
}

#[test]
fn missing_path_is_an_io_error_naming_the_path() {
    let error = Loader::new()
        .load_path("/definitely/not/here.wit")
        .unwrap_err();
    assert!(matches!(error.kind(), ErrorKind::Io { .. }));
    assert!(error.to_string().contains("/definitely/not/here.wit"));
}

const TWO_WORLDS: &str = "package ns:pkg@1.2.0;\nworld first {}\nworld second {}\n";

#[test]
fn worlds_are_selected_by_short_and_qualified_name() {
    let loaded = Loader::new().load_source("two.wit", TWO_WORLDS).unwrap();
    let first = loaded.select_world(Some("first")).unwrap();
    assert_eq!(loaded.resolve.worlds[first].name, "first");
    let second = loaded.select_world(Some("ns:pkg/second")).unwrap();
    assert_eq!(loaded.resolve.worlds[second].name, "second");
    let versioned = loaded.select_world(Some("ns:pkg/second@1.2.0")).unwrap();
    assert_eq!(versioned, second);
}

#[test]
fn ambiguous_and_unknown_worlds_list_the_candidates() {
    let loaded = Loader::new().load_source("two.wit", TWO_WORLDS).unwrap();
    let ambiguous = loaded.select_world(None).unwrap_err().to_string();
    assert!(
        ambiguous.contains("first") && ambiguous.contains("second"),
        "{ambiguous}"
    );
    let unknown = loaded.select_world(Some("third")).unwrap_err();
    assert!(matches!(unknown.kind(), ErrorKind::WorldNotFound { .. }));
    let text = unknown.to_string();
    assert!(text.contains("`third`"), "{text}");
    assert!(text.contains("ns:pkg/first@1.2.0"), "{text}");
    let wrong_version = loaded.select_world(Some("ns:pkg/first@9.0.0"));
    assert!(wrong_version.is_err());
}

const GATED: &str = "package ns:gated@1.0.0;
interface i {
  @since(version = 1.0.0)
  stable: func();
  @unstable(feature = shiny)
  shiny: func();
}
world w { export i; }
";

fn function_names(loader: Loader) -> Vec<String> {
    let loaded = loader.load_source("gated.wit", GATED).unwrap();
    let (_, interface) = loaded.resolve.interfaces.iter().next().unwrap();
    interface.functions.keys().cloned().collect()
}

#[test]
fn unstable_items_need_their_feature() {
    assert_eq!(function_names(Loader::new()), ["stable"]);
    assert_eq!(
        function_names(Loader::new().feature("shiny")),
        ["stable", "shiny"]
    );
    assert_eq!(
        function_names(Loader::new().features("other, shiny")),
        ["stable", "shiny"]
    );
    assert_eq!(
        function_names(Loader::new().all_features(true)),
        ["stable", "shiny"]
    );
}

#[test]
fn directory_with_deps_resolves_cross_package_use() {
    let dir = std::env::temp_dir().join(format!("canon-wit-deps-{}", std::process::id()));
    let deps = dir.join("deps");
    std::fs::create_dir_all(&deps).unwrap();
    std::fs::write(
        deps.join("shapes.wit"),
        "package dep:shapes;\ninterface types { record point { x: s32, y: s32 } }\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("main.wit"),
        "package app:main;\ninterface api { use dep:shapes/types.{point}; at: func() -> point; }\nworld app { export api; }\n",
    )
    .unwrap();
    let loaded = Loader::new().load_path(&dir).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        loaded.resolve.packages[loaded.package].name.to_string(),
        "app:main"
    );
    assert_eq!(loaded.resolve.packages.len(), 2);
    loaded.select_world(None).unwrap();
}
