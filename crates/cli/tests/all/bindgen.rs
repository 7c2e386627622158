//! `canon bindgen rust`: the generator's options as command-line flags.

use std::path::Path;
use std::process::{Command, Output};

fn canon(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_canon"))
        .args(args)
        .output()
        .expect("canon runs")
}

const WIT: &str = "package t:opts;

interface api {
    record point { x: u32, y: u32 }
    enum parse-error { bad, eof }
    keep: func(p: point) -> u32;
    drop-me: func();
    check: func() -> result<_, parse-error>;
}

world w {
    import api;
    export api;
}
";

/// Runs `canon bindgen rust` on [`WIT`] with `flags`; returns the output and
/// the generated source (empty when nothing was written).
fn bindgen(dir: &Path, flags: &[&str]) -> (Output, String) {
    std::fs::write(dir.join("w.wit"), WIT).unwrap();
    let out = dir.join("out");
    let _ = std::fs::remove_dir_all(&out);
    let wit = dir.join("w.wit");
    let mut args = vec![
        "bindgen",
        "rust",
        wit.to_str().unwrap(),
        "--out-dir",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(flags);
    let output = canon(&args);
    let source = std::fs::read_to_string(out.join("w.rs")).unwrap_or_default();
    (output, source)
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn options_are_flags() {
    let dir = temp_dir("bindgen-flags");
    let (output, plain) = bindgen(&dir, &[]);
    assert!(output.status.success(), "{output:?}");
    assert!(plain.contains("fn drop_me"));
    assert!(plain.contains("__export_world_w_cabi as export;"));

    let (output, source) = bindgen(
        &dir,
        &[
            "--skip",
            "drop-me",
            "--export-macro-name",
            "wire_up",
            "--type-attribute",
            "point=#[doc = \"tagged\"]",
            "--runtime-path",
            "::my_rt",
        ],
    );
    assert!(output.status.success(), "{output:?}");
    assert!(
        !source.contains("fn drop_me"),
        "--skip leaves the function out"
    );
    assert!(
        source.contains("__export_world_w_cabi as wire_up;"),
        "--export-macro-name renames export!"
    );
    assert!(
        source.contains("tagged"),
        "--type-attribute reaches the type"
    );
    assert!(source.contains("::my_rt::"), "--runtime-path is used");

    // `--with` maps the imported interface to an existing path: only the
    // exported interface's module is generated.
    assert_eq!(plain.matches("pub mod api").count(), 2);
    let (output, source) = bindgen(&dir, &["--with", "t:opts/api=crate::elsewhere"]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(source.matches("pub mod api").count(), 1);
}

#[test]
fn export_macro_std_and_generate_all_flags() {
    let dir = temp_dir("bindgen-more-flags");
    let (output, plain) = bindgen(&dir, &[]);
    assert!(output.status.success(), "{output:?}");
    assert!(!plain.contains("#[macro_export]"));
    assert!(!plain.contains("std::error::Error"));
    let (output, source) = bindgen(
        &dir,
        &[
            "--pub-export-macro",
            "--default-bindings-module",
            "crate::bindings",
            "--std-feature",
            "std",
        ],
    );
    assert!(output.status.success(), "{output:?}");
    assert!(source.contains("#[macro_export]"), "--pub-export-macro");
    // (The macro body is printed as tokens: `crate ::bindings`.)
    assert!(
        source.contains("::bindings::export!($ty with_types_in crate ::bindings)"),
        "--default-bindings-module"
    );
    assert!(
        source.contains("#[cfg(feature = \"std\")]")
            && source.contains("std::error::Error for ParseError"),
        "--std-feature gives error types std::error::Error"
    );

    // With `--with` naming one interface, the others of foreign packages
    // need `--generate-all`.
    let wit = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-wits/cross-package");
    let out = dir.join("cross");
    let args = |extra: &[&'static str]| {
        let mut args = vec![
            "bindgen".to_string(),
            "rust".into(),
            wit.display().to_string(),
            "--out-dir".into(),
            out.display().to_string(),
            "--with".into(),
            "test:cross-package/local=generate".into(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    };
    let run = |args: Vec<String>| {
        Command::new(env!("CARGO_BIN_EXE_canon"))
            .args(args)
            .output()
            .expect("canon runs")
    };
    let refused = run(args(&[]));
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("generate_all"),
        "{refused:?}"
    );
    let generated = run(args(&["--generate-all"]));
    assert!(generated.status.success(), "{generated:?}");
}

#[test]
fn bad_with_flags_are_errors_naming_them() {
    let dir = temp_dir("bindgen-bad-flags");
    let (output, _) = bindgen(&dir, &["--with", "t:opts/nope=crate::x"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("t:opts/nope"), "{stderr}");

    let (output, _) = bindgen(&dir, &["--with", "no-equals-sign"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--with no-equals-sign"), "{stderr}");
}
