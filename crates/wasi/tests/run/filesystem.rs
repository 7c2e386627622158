//! `wasi:filesystem` under the preopen `/sandbox`: everyday file work, a
//! read-only preopen, and attempts to get out of the sandbox.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::guests::{Guest, Target};
use crate::on_both_targets;
use crate::runtimes::{Exit, Perms, Runs, Setup, run_all};

/// The names in a host directory, sorted.
fn listing(dir: &Path) -> BTreeSet<String> {
    fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|n| n.to_string()).collect()
}

const GIVEN: &str = "from the host\n";

fn prepare_files(root: &Path) {
    let sandbox = root.join("sandbox");
    fs::write(sandbox.join("given.txt"), GIVEN).unwrap();
    fs::create_dir(sandbox.join("hostdir")).unwrap();
    fs::write(sandbox.join("hostdir/h.txt"), "h\n").unwrap();
}

const FILES_STDOUT: &str = r#"given.txt: from the host
listing /sandbox: ["given.txt", "hostdir/"]
notes.txt: "hello"
after append: "hello, world"
from offset 7: "world"
end - 5 is offset 7
position after overwrite: 12
after overwrite: "hello, WORLD"
after set_len(5): "hello"
after set_len(8): [104, 101, 108, 108, 111, 0, 0, 0]
notes.txt: len 8 is_file true is_dir false
/sandbox: is_file false is_dir true
metadata of a missing file: NotFound (errno 44)
open of a missing file: NotFound (errno 44)
create_new of an existing file: AlreadyExists (errno 20)
a/b/c/deep.txt: deep
listing a: ["b/", "one.txt", "two.txt", "z-dir/"]
create_dir of an existing one: AlreadyExists (errno 20)
remove_dir of a non-empty one: Uncategorized (errno 55)
bytes in the files of a: 3
old name after rename: NotFound (errno 44)
renamed.txt: "hello\0\0\0"
listing a/b: ["c/", "moved.txt"]
removed file: NotFound (errno 44)
removed tree: NotFound (errno 44)
remove of a missing file: NotFound (errno 44)
missing kind is NotFound: true
listing /sandbox: ["given.txt", "hostdir/", "kept/", "result.txt"]
done
"#;

on_both_targets! {
    /// Create, write, read, append, seek, truncate, list, stat, rename,
    /// remove, nested directories; then the host finds what the guest left.
    fn files(target: Target) {
        let setup = Setup::new().sandbox(Perms::ReadWrite, prepare_files);
        let runs = run_all(Guest::Rust("files", target), &setup);
        assert_eq!(runs.stdout(), FILES_STDOUT);
        assert_eq!(runs.stderr(), "");
        assert_eq!(runs.exit(), &Exit::Code(0));
        for (runtime, root) in runs.roots() {
            let sandbox = root.join("sandbox");
            assert_eq!(
                listing(&sandbox),
                set(&["given.txt", "hostdir", "kept", "result.txt"]),
                "{runtime}"
            );
            assert_eq!(fs::read_to_string(sandbox.join("given.txt")).unwrap(), GIVEN);
            assert_eq!(
                fs::read_to_string(sandbox.join("result.txt")).unwrap(),
                "written by the guest\n",
                "{runtime}"
            );
            assert_eq!(
                fs::read_to_string(sandbox.join("kept/inner.txt")).unwrap(),
                "inner\n",
                "{runtime}"
            );
            assert_eq!(listing(&sandbox.join("hostdir")), set(&["h.txt"]), "{runtime}");
            assert_eq!(listing(root), set(&["sandbox"]), "{runtime}");
        }
    }
}

fn prepare_readonly(root: &Path) {
    let sandbox = root.join("sandbox");
    fs::write(sandbox.join("given.txt"), GIVEN).unwrap();
    fs::create_dir(sandbox.join("sub")).unwrap();
}

on_both_targets! {
    /// A read-only preopen: reading and listing work, every write, create,
    /// remove and rename is refused, and the directory is unchanged.
    fn readonly(target: Target) {
        let setup = Setup::new().sandbox(Perms::ReadOnly, prepare_readonly);
        let runs = run_all(Guest::Rust("readonly", target), &setup);
        // EPERM (WASI `not-permitted`) for each, as wasmtime-wasi answers.
        let refused = |what: &str| format!("{what}: PermissionDenied (raw Some(63))\n");
        let expected: String = [
            "given.txt: from the host\n".to_string(),
            "listing: [\"given.txt\", \"sub\"]\n".to_string(),
            "len: 14\n".to_string(),
            refused("create"),
            refused("create_new"),
            refused("open for writing"),
            refused("open for appending"),
            refused("open truncating"),
            refused("create_dir"),
            refused("remove_file"),
            refused("remove_dir"),
            refused("rename"),
            refused("write to a read-only handle"),
            refused("set_len"),
            "given.txt still: from the host\n".to_string(),
        ]
        .concat();
        assert_eq!(runs.stdout(), expected);
        assert_eq!(runs.exit(), &Exit::Code(0));
        for (runtime, root) in runs.roots() {
            let sandbox = root.join("sandbox");
            assert_eq!(listing(&sandbox), set(&["given.txt", "sub"]), "{runtime}");
            assert_eq!(listing(&sandbox.join("sub")), set(&[]), "{runtime}");
            assert_eq!(fs::read_to_string(sandbox.join("given.txt")).unwrap(), GIVEN);
        }
    }
}

/// The sandbox for the escape attempts: `outside/secret.txt` next to it,
/// and symlinks inside pointing at it (relative and absolute), at
/// `outside/`, at `/etc`, and one at a file inside.
fn prepare_escapes(root: &Path) {
    use std::os::unix::fs::symlink;
    let sandbox = root.join("sandbox");
    fs::write(sandbox.join("given.txt"), GIVEN).unwrap();
    fs::create_dir(sandbox.join("sub")).unwrap();
    fs::create_dir(root.join("outside")).unwrap();
    let secret = root.join("outside/secret.txt");
    fs::write(&secret, "SECRET\n").unwrap();
    symlink("given.txt", sandbox.join("link-inside")).unwrap();
    symlink("../outside/secret.txt", sandbox.join("link-rel")).unwrap();
    symlink(secret.canonicalize().unwrap(), sandbox.join("link-abs")).unwrap();
    symlink("../outside", sandbox.join("link-dir")).unwrap();
    symlink("/etc", sandbox.join("link-etc")).unwrap();
    symlink("../../outside", sandbox.join("sub/link-up")).unwrap();
}

/// Runs one escape case and checks nothing got out: every attempt printed
/// an error, the secret stayed secret, nothing was planted outside.
fn escape(target: Target, case: &str) -> Runs {
    let setup = Setup::new()
        .args(&[case])
        .sandbox(Perms::ReadWrite, prepare_escapes);
    let runs = run_all(Guest::Rust("escapes", target), &setup);
    let stdout = runs.stdout();
    assert_eq!(runs.exit(), &Exit::Code(0), "{stdout}{}", runs.stderr());
    assert!(
        stdout.starts_with(&format!("escapes: {case}\ngiven.txt: from the host\n")),
        "{stdout}"
    );
    assert!(stdout.ends_with("done\n"), "{stdout}");
    assert!(!stdout.contains("ESCAPED"), "{stdout}");
    assert!(!stdout.contains("SECRET"), "{stdout}");
    // Each attempt fails as wasmtime-wasi's do: through wasi-libc, EPERM
    // (`not-permitted`) from the host, or ENOENT where wasi-libc finds no
    // preopen for an absolute path; straight to `open-at`/`stat-at`,
    // `not-permitted`, or `loop` opening a symlink without following it.
    let attempts = [
        "read ",
        "write ",
        "list ",
        "create_dir ",
        "metadata ",
        "open-at ",
        "stat-at ",
    ];
    let refusals = [
        ": PermissionDenied (raw Some(63))",
        ": NotFound (raw Some(44))",
        ": not-permitted",
        ": loop",
        ": the link itself",
    ];
    let mut failed = 0;
    for line in stdout
        .lines()
        .filter(|l| attempts.iter().any(|a| l.starts_with(a)))
    {
        assert!(
            refusals.iter().any(|r| line.ends_with(r)),
            "not refused as expected: {line}\n{stdout}"
        );
        failed += 1;
    }
    let expected = match (case, target) {
        ("dotdot", Target::P1) => 8,
        ("dotdot", Target::P2) => 8 + 16,
        ("absolute", Target::P1) => 5,
        ("absolute", Target::P2) => 5 + 16,
        ("symlink", Target::P1) => 9,
        ("symlink", Target::P2) => 9 + 20 + 2,
        _ => unreachable!("unknown case {case}"),
    };
    assert_eq!(failed, expected, "{stdout}");
    for (runtime, root) in runs.roots() {
        assert_eq!(
            listing(&root.join("outside")),
            set(&["secret.txt"]),
            "{runtime}"
        );
        assert_eq!(
            fs::read_to_string(root.join("outside/secret.txt")).unwrap(),
            "SECRET\n"
        );
        assert_eq!(
            listing(root),
            set(&["outside", "sandbox"]),
            "{runtime}: something was made next to the sandbox"
        );
    }
    runs
}

on_both_targets! {
    /// `..` past the preopen's root, through wasi-libc and (on wasip2)
    /// straight to `open-at`, fails; `..` that stays inside works.
    fn escape_by_dotdot(target: Target) {
        let runs = escape(target, "dotdot");
        assert!(runs.stdout().contains("sub/../given.txt: from the host\n"));
        if target == Target::P2 {
            assert!(runs.stdout().contains("open-at \"../outside/secret.txt\""));
        }
    }
}

on_both_targets! {
    /// Absolute paths: outside every preopen for wasi-libc, and (on wasip2)
    /// refused by `open-at` relative to the preopen.
    fn escape_by_absolute_path(target: Target) {
        let runs = escape(target, "absolute");
        assert!(runs.stdout().contains("read /etc/passwd: "));
        if target == Target::P2 {
            assert!(runs.stdout().contains("open-at \"/etc/passwd\""));
        }
    }
}

on_both_targets! {
    /// Symlinks the host made inside the preopen pointing out (relative,
    /// absolute, to a directory, through a subdirectory) cannot be
    /// followed; one pointing inside can; the guest's own symlinks out
    /// lead nowhere either.
    fn escape_by_symlink(target: Target) {
        let runs = escape(target, "symlink");
        let stdout = runs.stdout();
        assert!(stdout.contains("link-inside: from the host\n"), "{stdout}");
        assert!(stdout.contains("link-rel points to ../outside/secret.txt\n"), "{stdout}");
        assert!(stdout.contains("link-rel is a symlink: true\n"), "{stdout}");
        for (runtime, root) in runs.roots() {
            let sandbox = listing(&root.join("sandbox"));
            assert!(!sandbox.contains("planted.txt"), "{runtime}: {sandbox:?}");
        }
    }
}
