//! Hostile guests: WASI called with handles never made or already gone,
//! handles of the wrong type, huge lengths, pointers out of bounds,
//! invalid UTF-8, parents dropped before their children. On both
//! canon-host backends each call traps (for the expected reason) or
//! returns an error, the host does not panic, and the same store then runs
//! `hello` in a new instance. wasmtime-wasi, on the same guest, must agree
//! on whether each call traps.

use std::fs;
use std::path::{Path, PathBuf};

use crate::guests::{Guest, Target, component};
use crate::runtimes::{CanonHost, Exit, Perms, Runtime, Setup, WasmtimeHost, isolated};

fn prepare(root: &Path) {
    fs::write(root.join("sandbox/given.txt"), "from the host\n").unwrap();
}

/// What a case must do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expect {
    /// Trap; on canon-host with a message containing this.
    Trap(&'static str),
    /// Return, printing `returned <this>`.
    Returns(&'static str),
    /// Either, as the WIT leaves it to the host.
    TrapOr(&'static str, &'static str),
}

/// How one runtime's run of a case went.
#[derive(Debug)]
struct Outcome {
    exit: Exit,
    stdout: String,
}

impl Outcome {
    fn check(&self, runtime: Runtime, case: &str, expect: Expect) {
        let calling = format!("calling {case}\n");
        assert!(
            self.stdout.starts_with(&calling),
            "{case} on {runtime}: {self:?}"
        );
        match expect {
            Expect::Trap(why) => {
                let Exit::Trap(message) = &self.exit else {
                    panic!("{case} on {runtime}: not a trap: {self:?}");
                };
                if runtime != Runtime::Wasmtime {
                    assert!(
                        message.contains(why),
                        "{case} on {runtime}: the trap is not about {why:?}: {message}"
                    );
                }
                assert_eq!(self.stdout, calling, "{case} on {runtime}");
            }
            Expect::Returns(what) => {
                assert_eq!(self.exit, Exit::Code(0), "{case} on {runtime}: {self:?}");
                assert_eq!(
                    self.stdout,
                    format!("{calling}returned {what}\n"),
                    "{case} on {runtime}"
                );
            }
            Expect::TrapOr(why, _) if self.exit.is_trap() => {
                self.check(runtime, case, Expect::Trap(why))
            }
            Expect::TrapOr(_, what) => self.check(runtime, case, Expect::Returns(what)),
        }
    }
}

fn setup(case: &str) -> Setup {
    Setup::new()
        .args(&[case])
        .stdin("abc")
        .sandbox(Perms::ReadWrite, prepare)
}

/// A fresh scratch root for a case on a runtime.
fn root(case: &str, runtime: Runtime) -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("canon-wasi-hostile")
        .join(case)
        .join(runtime.to_string().replace('/', "-"));
    if root.exists() {
        fs::remove_dir_all(&root).unwrap();
    }
    fs::create_dir_all(root.join("sandbox")).unwrap();
    prepare(&root);
    root
}

fn hostile(case: &'static str, expect: Expect) {
    let guest = Guest::Rust("hostile", Target::P2);
    let hello = Guest::Rust("hello", Target::P2);
    // Built here, not in the runs' threads: a build failure is the harness's.
    component(guest);
    component(hello);

    // The reference: wasmtime-wasi agrees with the expectation.
    let reference = isolated(format!("{case} on wasmtime-wasi"), move || {
        let root = root(case, Runtime::Wasmtime);
        let mut host = WasmtimeHost::new(guest, &setup(case), Some(&root));
        let exit = host.run(guest);
        Outcome {
            exit,
            stdout: host.stdout(),
        }
    });
    reference.check(Runtime::Wasmtime, case, expect);

    for runtime in Runtime::CANON {
        let (outcome, after) = isolated(format!("{case} on {runtime}"), move || {
            let root = root(case, runtime);
            let mut host = CanonHost::new(runtime, guest, &setup(case), Some(&root));
            let exit = host.run(guest);
            let outcome = Outcome {
                exit,
                stdout: host.stdout(),
            };
            // The store goes on: a new instance in it runs.
            let exit = host.run(hello);
            let after = Outcome {
                exit,
                stdout: host.stdout()[outcome.stdout.len()..].to_string(),
            };
            (outcome, after)
        });
        outcome.check(runtime, case, expect);
        assert_eq!(
            after.exit,
            Exit::Code(0),
            "{case} on {runtime}: hello after it: {after:?}"
        );
        assert_eq!(
            after.stdout, "hello\n",
            "{case} on {runtime}: hello after it"
        );
    }
}

/// One test per case.
macro_rules! cases {
    ($($(#[$doc:meta])* $name:ident: $case:literal => $expect:expr;)*) => {
        $(
            $(#[$doc])*
            #[test]
            fn $name() {
                hostile($case, $expect);
            }
        )*
    };
}

cases! {
    /// `[method]output-stream.write` on a handle never made.
    write_to_handle_99: "write-to-handle-99" => Expect::Trap("unknown handle index 99");
    /// `[resource-drop]descriptor` of a handle never made.
    drop_a_never_made_descriptor: "drop-a-never-made-descriptor" =>
        Expect::Trap("unknown handle index 77");
    /// `[resource-drop]output-stream` twice.
    drop_a_stream_twice: "drop-a-stream-twice" => Expect::Trap("unknown handle index");
    /// An input-stream handle passed as an output-stream.
    stream_of_the_wrong_type: "stream-of-the-wrong-type" => Expect::Trap("wrong resource type");
    /// `poll` of a pollable already dropped.
    poll_a_stale_pollable: "poll-a-stale-pollable" => Expect::Trap("unknown handle index");
    /// `poll` of a good pollable and one never made.
    poll_a_list_with_a_bad_handle: "poll-a-list-with-a-bad-handle" =>
        Expect::Trap("unknown handle index 1234");
    /// `poll` of an empty list.
    poll_nothing: "poll-nothing" => Expect::Trap("empty");
    /// `[method]pollable.block` of a pollable never made.
    block_on_a_bad_pollable: "block-on-a-bad-pollable" =>
        Expect::Trap("unknown handle index 4321");
    /// `get-random-bytes(u64::MAX)`.
    random_bytes_u64_max: "random-bytes-u64-max" => Expect::Trap("allowed");
    /// `get-random-bytes(4 GiB)`.
    random_bytes_4_gib: "random-bytes-4-gib" => Expect::Trap("allowed");
    /// `get-insecure-random-bytes(u64::MAX)`.
    insecure_random_bytes_u64_max: "insecure-random-bytes-u64-max" => Expect::Trap("allowed");
    /// `[method]input-stream.read(u64::MAX)`: what there is.
    read_u64_max: "read-u64-max" => Expect::Returns("Ok(3)");
    /// `[method]input-stream.blocking-read(u64::MAX)`: what there is.
    blocking_read_u64_max: "blocking-read-u64-max" => Expect::Returns("Ok(3)");
    /// `[method]output-stream.write` of a list past the end of memory.
    write_out_of_bounds: "write-out-of-bounds" => Expect::Trap("out of bounds");
    /// 64 MiB written at once, more than `check-write` permits.
    write_more_than_check_write: "write-more-than-check-write" => Expect::Trap("check-write");
    /// `blocking-write-and-flush` of more than 4096 bytes.
    blocking_write_over_4096: "blocking-write-over-4096" => Expect::Trap("4096");
    /// `[method]error.to-debug-string` of a handle never made.
    error_of_handle_99: "error-of-handle-99" => Expect::Trap("unknown handle index 99");
    /// `[method]descriptor.stat` of a handle never made.
    stat_of_handle_55: "stat-of-handle-55" => Expect::Trap("unknown handle index 55");
    /// `open-at` with a path that is not UTF-8.
    open_at_invalid_utf8: "open-at-invalid-utf8" => Expect::Trap("invalid utf-8");
    /// `open-at` with a NUL in the path.
    open_at_with_a_nul: "open-at-with-a-nul" => Expect::Returns("Err(\"invalid\")");
    /// `open-at` of a 1 MiB path, creating.
    open_at_a_1_mib_path: "open-at-a-1-mib-path" => Expect::Returns("Err(\"name-too-long\")");
    /// `[method]descriptor.read(u64::MAX, u64::MAX)`.
    read_at_u64_max: "read-at-u64-max" => Expect::Returns("Err(\"invalid\")");
    /// A stream read after its descriptor was dropped (canon-host traps at
    /// the drop, wasmtime-wasi lets the stream go on).
    stream_outlives_its_descriptor: "stream-outlives-its-descriptor" =>
        Expect::TrapOr("child resource", "Ok(14)");
    /// A stream dropped before its pollable (the WIT lets hosts trap).
    stream_dropped_before_its_pollable: "stream-dropped-before-its-pollable" =>
        Expect::Trap("child resource");
    /// A directory-entry stream read after its descriptor was dropped.
    descriptor_dropped_before_its_directory_stream:
        "descriptor-dropped-before-its-directory-stream" =>
        Expect::TrapOr("child resource", "Ok(Some(\"given.txt\"))");
}
