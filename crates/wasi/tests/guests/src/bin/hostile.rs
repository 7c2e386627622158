//! Misuses WASI on purpose, one way per run, named by the first argument:
//! handles that were never made or are gone, a handle of the wrong type,
//! huge lengths, pointers out of bounds, invalid UTF-8, a stream outliving
//! its descriptor. Prints `calling <case>` before the call and `returned
//! <what>` if it comes back; the host checks it trapped or returned an
//! error, and did not fall over. Only does something on wasm32-wasip2.

fn main() {
    let case = std::env::args().nth(1).expect("a case");
    println!("calling {case}");
    let returned = cases::run(&case);
    println!("returned {returned}");
}

#[cfg(target_env = "p2")]
mod cases {
    use std::mem::forget;

    use wasip2::cli::{stdin, stdout};
    use wasip2::clocks::monotonic_clock;
    use wasip2::filesystem::preopens::get_directories;
    use wasip2::filesystem::types::{Descriptor, DescriptorFlags, OpenFlags, PathFlags};
    use wasip2::io::error::Error as IoError;
    use wasip2::io::poll::{Pollable, poll};
    use wasip2::io::streams::{InputStream, OutputStream};
    use wasip2::random::{insecure, random};

    mod raw {
        #[link(wasm_import_module = "wasi:io/streams@0.2.12")]
        unsafe extern "C" {
            #[link_name = "[method]output-stream.write"]
            pub(super) fn write(handle: i32, ptr: *mut u8, len: usize, ret: *mut u8);
        }

        #[link(wasm_import_module = "wasi:filesystem/types@0.2.12")]
        unsafe extern "C" {
            #[link_name = "[method]descriptor.open-at"]
            pub(super) fn open_at(
                handle: i32,
                path_flags: i32,
                ptr: *mut u8,
                len: usize,
                open_flags: i32,
                flags: i32,
                ret: *mut u8,
            );
        }
    }

    fn sandbox() -> Descriptor {
        get_directories()
            .into_iter()
            .find(|(_, name)| name == "/sandbox")
            .map(|(dir, _)| dir)
            .expect("the preopen /sandbox")
    }

    #[repr(align(8))]
    struct RetArea([u8; 16]);

    pub(crate) fn run(case: &str) -> String {
        // SAFETY (all `from_handle`s and raw calls below): this program
        // lies to the host on purpose; the host must cope.
        unsafe {
            match case {
                "write-to-handle-99" => {
                    format!("{:?}", OutputStream::from_handle(99).write(b"x"))
                }
                "drop-a-never-made-descriptor" => {
                    drop(Descriptor::from_handle(77));
                    "from the drop".to_string()
                }
                "drop-a-stream-twice" => {
                    let h = stdout::get_stdout().take_handle();
                    drop(OutputStream::from_handle(h));
                    drop(OutputStream::from_handle(h));
                    "from the second drop".to_string()
                }
                "stream-of-the-wrong-type" => {
                    let input = stdin::get_stdin();
                    let output = OutputStream::from_handle(input.handle());
                    let result = output.check_write();
                    forget(output);
                    format!("{result:?}")
                }
                "poll-a-stale-pollable" => {
                    let pollable = monotonic_clock::subscribe_duration(0);
                    let h = pollable.handle();
                    drop(pollable);
                    // The handle is gone; nothing made since reuses its index.
                    let stale = Pollable::from_handle(h);
                    let result = poll(&[&stale]);
                    forget(stale);
                    format!("{result:?}")
                }
                "poll-a-list-with-a-bad-handle" => {
                    let good = monotonic_clock::subscribe_duration(0);
                    let bad = Pollable::from_handle(1234);
                    let result = poll(&[&good, &bad]);
                    forget(bad);
                    format!("{result:?}")
                }
                "poll-nothing" => format!("{:?}", poll(&[])),
                "block-on-a-bad-pollable" => {
                    let bad = Pollable::from_handle(4321);
                    bad.block();
                    forget(bad);
                    "from block".to_string()
                }
                "random-bytes-u64-max" => {
                    format!("{} bytes", random::get_random_bytes(u64::MAX).len())
                }
                "random-bytes-4-gib" => {
                    format!("{} bytes", random::get_random_bytes(1 << 32).len())
                }
                "insecure-random-bytes-u64-max" => format!(
                    "{} bytes",
                    insecure::get_insecure_random_bytes(u64::MAX).len()
                ),
                "read-u64-max" => {
                    let result = stdin::get_stdin().read(u64::MAX);
                    format!("{:?}", result.map(|b| b.len()))
                }
                "blocking-read-u64-max" => {
                    let result = stdin::get_stdin().blocking_read(u64::MAX);
                    format!("{:?}", result.map(|b| b.len()))
                }
                "write-out-of-bounds" => {
                    let out = stdout::get_stdout();
                    let mut ret = RetArea([0; 16]);
                    raw::write(
                        out.handle() as i32,
                        0xffff_0000usize as *mut u8,
                        0x10_0000,
                        ret.0.as_mut_ptr(),
                    );
                    format!("{:?}", &ret.0[..4])
                }
                "write-more-than-check-write" => {
                    let out = stdout::get_stdout();
                    let permitted = out.check_write();
                    let big = vec![b'x'; 64 << 20];
                    let result = out.write(&big);
                    format!("{permitted:?} then {result:?}")
                }
                "blocking-write-over-4096" => {
                    let out = stdout::get_stdout();
                    format!("{:?}", out.blocking_write_and_flush(&[b'y'; 5000]))
                }
                "error-of-handle-99" => IoError::from_handle(99).to_debug_string(),
                "stat-of-handle-55" => {
                    let result = Descriptor::from_handle(55).stat();
                    format!("{:?}", result.map(|s| s.size).map_err(|e| e.name()))
                }
                "open-at-invalid-utf8" => {
                    let dir = sandbox();
                    let mut path = *b"given\xff\xfe.txt";
                    let mut ret = RetArea([0; 16]);
                    raw::open_at(
                        dir.handle() as i32,
                        1,
                        path.as_mut_ptr(),
                        path.len(),
                        0,
                        1,
                        ret.0.as_mut_ptr(),
                    );
                    format!("{:?}", &ret.0[..1])
                }
                "open-at-with-a-nul" => {
                    let result = sandbox().open_at(
                        PathFlags::SYMLINK_FOLLOW,
                        "given.txt\0/../../etc/passwd",
                        OpenFlags::empty(),
                        DescriptorFlags::READ,
                    );
                    format!("{:?}", result.map(|_| "a descriptor").map_err(|e| e.name()))
                }
                "open-at-a-1-mib-path" => {
                    let path = "a/".repeat(512 << 10);
                    let result = sandbox().open_at(
                        PathFlags::empty(),
                        &path,
                        OpenFlags::CREATE,
                        DescriptorFlags::READ | DescriptorFlags::WRITE,
                    );
                    format!("{:?}", result.map(|_| "a descriptor").map_err(|e| e.name()))
                }
                "read-at-u64-max" => {
                    let file = sandbox()
                        .open_at(
                            PathFlags::empty(),
                            "given.txt",
                            OpenFlags::empty(),
                            DescriptorFlags::READ,
                        )
                        .unwrap();
                    let result = file.read(u64::MAX, u64::MAX);
                    format!(
                        "{:?}",
                        result.map(|(b, eof)| (b.len(), eof)).map_err(|e| e.name())
                    )
                }
                "stream-outlives-its-descriptor" => {
                    let file = sandbox()
                        .open_at(
                            PathFlags::empty(),
                            "given.txt",
                            OpenFlags::empty(),
                            DescriptorFlags::READ,
                        )
                        .unwrap();
                    let stream: InputStream = file.read_via_stream(0).unwrap();
                    drop(file);
                    format!("{:?}", stream.blocking_read(100).map(|b| b.len()))
                }
                "stream-dropped-before-its-pollable" => {
                    let stream = stdin::get_stdin();
                    let pollable = stream.subscribe();
                    drop(stream);
                    format!("{}", pollable.ready())
                }
                "descriptor-dropped-before-its-directory-stream" => {
                    let entries = sandbox().read_directory().unwrap();
                    // `sandbox()`'s descriptor is gone now; the entry
                    // stream it made lives on.
                    let entry = entries.read_directory_entry().map(|e| e.map(|e| e.name));
                    format!("{:?}", entry.map_err(|e| e.name()))
                }
                other => panic!("unknown case {other}"),
            }
        }
    }
}

#[cfg(not(target_env = "p2"))]
mod cases {
    pub(crate) fn run(case: &str) -> String {
        format!("nothing: {case} is for wasm32-wasip2")
    }
}
