//! Unit tests of `wasi:filesystem`: the host traits called directly on a
//! [`WasiCtx`] whose preopen `/` is a fresh temporary directory, next to an
//! `outside` directory the guest must never reach.

use std::fmt::Debug;
use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

use canon_host::{Resource, TrapKind};

use super::*;
use crate::WasiCtxBuilder;
use crate::bindings::wasi::filesystem::preopens::Host as _;
use crate::bindings::wasi::filesystem::types::{
    Host as _, HostDescriptor, HostDirectoryEntryStream,
};
use crate::bindings::wasi::io::poll::HostPollable;
use crate::bindings::wasi::io::streams::{self as io_streams, Host as _};
use crate::stream::StreamError;

/// A temporary directory holding `sandbox` (the preopen) and `outside`
/// (with `secret.txt`), removed when dropped.
struct Scratch {
    root: PathBuf,
}

impl Scratch {
    fn new(name: &str) -> Self {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let root = std::env::temp_dir().join(format!(
            "canon-wasi-fs-{}-{}-{name}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join("sandbox")).unwrap();
        fs::create_dir_all(root.join("outside")).unwrap();
        fs::write(root.join("outside/secret.txt"), "SECRET").unwrap();
        Scratch { root }
    }

    /// A host path inside the sandbox.
    fn path(&self, rel: &str) -> PathBuf {
        self.root.join("sandbox").join(rel)
    }

    /// A host path inside `outside`.
    fn outside(&self, rel: &str) -> PathBuf {
        self.root.join("outside").join(rel)
    }

    fn write(&self, rel: &str, contents: &str) {
        fs::write(self.path(rel), contents).unwrap();
    }

    fn read(&self, rel: &str) -> Vec<u8> {
        fs::read(self.path(rel)).unwrap()
    }

    fn ctx(&self, dir_perms: DirPerms, file_perms: FilePerms) -> WasiCtx {
        WasiCtxBuilder::new()
            .preopened_dir(self.root.join("sandbox"), "/", dir_perms, file_perms)
            .unwrap()
            .build()
    }

    /// A context with every permission, and the rep of its preopen.
    fn open_all(&self) -> (WasiCtx, u32) {
        let mut ctx = self.ctx(DirPerms::ALL, FilePerms::ALL);
        let root = preopen_rep(&mut ctx);
        (ctx, root)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

/// The rep of the (only) preopen, `/`.
fn preopen_rep(ctx: &mut WasiCtx) -> u32 {
    let mut dirs = ctx.get_directories().unwrap();
    assert_eq!(dirs.len(), 1);
    let (fd, name) = dirs.remove(0);
    assert_eq!(name, "/");
    fd.rep()
}

fn fd(rep: u32) -> Resource<types::Descriptor> {
    Resource::new_borrow(rep)
}

/// Reading and writing.
fn rw() -> DescriptorFlags {
    DescriptorFlags::READ | DescriptorFlags::WRITE
}

fn open_with(
    ctx: &mut WasiCtx,
    dir: u32,
    path_flags: PathFlags,
    path: &str,
    open_flags: OpenFlags,
    flags: DescriptorFlags,
) -> FsResult<u32> {
    ctx.open_at(fd(dir), path_flags, path.to_string(), open_flags, flags)
        .map(|r| r.rep())
}

/// `open-at`, following symlinks.
fn open(
    ctx: &mut WasiCtx,
    dir: u32,
    path: &str,
    open_flags: OpenFlags,
    flags: DescriptorFlags,
) -> FsResult<u32> {
    open_with(ctx, dir, PathFlags::SYMLINK_FOLLOW, path, open_flags, flags)
}

/// The error code of a failed call.
#[track_caller]
fn code<T: Debug>(result: FsResult<T>) -> ErrorCode {
    match result {
        Err(FsError::Code(code)) => code,
        other => panic!("expected an error code, got {other:?}"),
    }
}

/// The trap kind of a trapping call.
#[track_caller]
fn trap_kind<T: Debug>(result: std::result::Result<T, Error>) -> TrapKind {
    match result {
        Err(Error::Trap(t)) => t.into_kind(),
        other => panic!("expected a trap, got {other:?}"),
    }
}

#[track_caller]
fn fs_trap<T: Debug>(result: FsResult<T>) -> TrapKind {
    match result {
        Err(FsError::Trap(e)) => trap_kind::<()>(Err(e)),
        other => panic!("expected a trap, got {other:?}"),
    }
}

fn stat_at(
    ctx: &mut WasiCtx,
    dir: u32,
    path_flags: PathFlags,
    path: &str,
) -> FsResult<DescriptorStat> {
    ctx.stat_at(fd(dir), path_flags, path.to_string())
}

fn read_all_entries(ctx: &mut WasiCtx, dir: u32) -> Vec<(String, DescriptorType)> {
    let stream = ctx.read_directory(fd(dir)).unwrap();
    let rep = stream.rep();
    let mut entries = Vec::new();
    while let Some(entry) = ctx.read_directory_entry(Resource::new_borrow(rep)).unwrap() {
        entries.push((entry.name, entry.type_));
    }
    // The end stays the end.
    assert!(
        ctx.read_directory_entry(Resource::new_borrow(rep))
            .unwrap()
            .is_none()
    );
    HostDirectoryEntryStream::drop(ctx, Resource::new_own(rep)).unwrap();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    entries
}

fn out_write(ctx: &mut WasiCtx, stream: u32, bytes: &[u8]) -> std::result::Result<(), StreamError> {
    io_streams::HostOutputStream::write(ctx, Resource::new_borrow(stream), bytes.to_vec())
}

fn in_read(ctx: &mut WasiCtx, stream: u32, len: u64) -> std::result::Result<Vec<u8>, StreamError> {
    io_streams::HostInputStream::read(ctx, Resource::new_borrow(stream), len)
}

fn drop_out(ctx: &mut WasiCtx, stream: u32) {
    io_streams::HostOutputStream::drop(ctx, Resource::new_own(stream)).unwrap();
}

fn drop_in(ctx: &mut WasiCtx, stream: u32) {
    io_streams::HostInputStream::drop(ctx, Resource::new_own(stream)).unwrap();
}

fn drop_fd(ctx: &mut WasiCtx, rep: u32) -> Result<()> {
    HostDescriptor::drop(ctx, Resource::new_own(rep))
}

/// Asserts that nothing the guest tried landed outside the sandbox.
fn assert_outside_untouched(scratch: &Scratch) {
    let mut names: Vec<String> = fs::read_dir(scratch.root.join("outside"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["secret.txt"]);
    assert_eq!(fs::read(scratch.outside("secret.txt")).unwrap(), b"SECRET");
}

#[test]
fn files_are_created_written_and_read_at_offsets() {
    let scratch = Scratch::new("rw");
    let (mut ctx, root) = scratch.open_all();
    let file = open(&mut ctx, root, "notes.txt", OpenFlags::CREATE, rw()).unwrap();
    assert_eq!(ctx.write(fd(file), b"hello".to_vec(), 0).unwrap(), 5);
    // Past the end: the gap reads as zeroes.
    assert_eq!(ctx.write(fd(file), b"world".to_vec(), 10).unwrap(), 5);
    assert_eq!(scratch.read("notes.txt"), b"hello\0\0\0\0\0world");
    assert_eq!(
        ctx.read(fd(file), 100, 0).unwrap(),
        (b"hello\0\0\0\0\0world".to_vec(), false)
    );
    assert_eq!(ctx.read(fd(file), 3, 2).unwrap(), (b"llo".to_vec(), false));
    assert_eq!(
        ctx.read(fd(file), 100, 12).unwrap(),
        (b"rld".to_vec(), false)
    );
    assert_eq!(ctx.read(fd(file), 100, 15).unwrap(), (Vec::new(), true));
    assert_eq!(ctx.read(fd(file), 100, 1000).unwrap(), (Vec::new(), true));
    // A zero-length read is at the end only at the end.
    assert_eq!(ctx.read(fd(file), 0, 3).unwrap(), (Vec::new(), false));
    assert_eq!(ctx.read(fd(file), 0, 15).unwrap(), (Vec::new(), true));
    // Overwrite in the middle.
    assert_eq!(ctx.write(fd(file), b"HE".to_vec(), 0).unwrap(), 2);
    assert_eq!(ctx.read(fd(file), 5, 0).unwrap().0, b"HEllo");
    let stat = ctx.stat(fd(file)).unwrap();
    assert_eq!(stat.type_, DescriptorType::RegularFile);
    assert_eq!(stat.size, 15);
    drop_fd(&mut ctx, file).unwrap();
    // A second open sees the same bytes.
    let again = open(
        &mut ctx,
        root,
        "notes.txt",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    )
    .unwrap();
    assert_eq!(ctx.read(fd(again), 5, 10).unwrap().0, b"world");
}

#[test]
fn streams_keep_their_positions_and_appends_go_to_the_end() {
    let scratch = Scratch::new("streams");
    scratch.write("data", "0123456789");
    let (mut ctx, root) = scratch.open_all();
    let file = open(&mut ctx, root, "data", OpenFlags::empty(), rw()).unwrap();

    let at = ctx.write_via_stream(fd(file), 4).unwrap().rep();
    assert!(
        io_streams::HostOutputStream::check_write(&mut ctx, Resource::new_borrow(at)).unwrap() > 0
    );
    out_write(&mut ctx, at, b"ab").unwrap();
    assert_eq!(scratch.read("data"), b"0123ab6789");
    // The position moved on.
    out_write(&mut ctx, at, b"cd").unwrap();
    assert_eq!(scratch.read("data"), b"0123abcd89");

    let append = ctx.append_via_stream(fd(file)).unwrap().rep();
    out_write(&mut ctx, append, b"XY").unwrap();
    assert_eq!(scratch.read("data"), b"0123abcd89XY");
    // The positioned stream writes where it was, the appender at the end,
    // wherever the end has got to.
    out_write(&mut ctx, at, b"efgh").unwrap();
    assert_eq!(scratch.read("data"), b"0123abcdefgh");
    ctx.set_size(fd(file), 14).unwrap();
    out_write(&mut ctx, append, b"!").unwrap();
    assert_eq!(scratch.read("data"), b"0123abcdefgh\0\0!");
    io_streams::HostOutputStream::flush(&mut ctx, Resource::new_borrow(append)).unwrap();
    io_streams::HostOutputStream::blocking_write_and_flush(
        &mut ctx,
        Resource::new_borrow(append),
        b"?".to_vec(),
    )
    .unwrap();
    assert_eq!(scratch.read("data"), b"0123abcdefgh\0\0!?");

    let input = ctx.read_via_stream(fd(file), 2).unwrap().rep();
    assert_eq!(in_read(&mut ctx, input, 3).unwrap(), b"23a");
    assert_eq!(in_read(&mut ctx, input, 100).unwrap(), b"bcdefgh\0\0!?");
    assert!(matches!(
        in_read(&mut ctx, input, 1),
        Err(StreamError::Closed)
    ));
    // Another reader, skipping.
    let skipper = ctx.read_via_stream(fd(file), 0).unwrap().rep();
    assert_eq!(
        io_streams::HostInputStream::skip(&mut ctx, Resource::new_borrow(skipper), 5).unwrap(),
        5
    );
    assert_eq!(in_read(&mut ctx, skipper, 2).unwrap(), b"bc");
    assert_eq!(
        io_streams::HostInputStream::skip(&mut ctx, Resource::new_borrow(skipper), 1000).unwrap(),
        9
    );
    assert!(matches!(
        io_streams::HostInputStream::skip(&mut ctx, Resource::new_borrow(skipper), 1),
        Err(StreamError::Closed)
    ));
    // A blocking read past the end is the end, not a hang.
    let late = ctx.read_via_stream(fd(file), 100).unwrap().rep();
    assert!(matches!(
        io_streams::HostInputStream::blocking_read(&mut ctx, Resource::new_borrow(late), 10),
        Err(StreamError::Closed)
    ));

    for s in [input, skipper, late] {
        drop_in(&mut ctx, s);
    }
    for s in [at, append] {
        drop_out(&mut ctx, s);
    }
    drop_fd(&mut ctx, file).unwrap();
    assert!(ctx.table.get_rep::<Descriptor>(root).is_ok());
}

#[test]
fn directory_listings_have_every_entry_and_no_dot_entries() {
    let scratch = Scratch::new("readdir");
    scratch.write("a.txt", "a");
    fs::create_dir(scratch.path("sub")).unwrap();
    scratch.write("sub/inner", "i");
    #[cfg(unix)]
    std::os::unix::fs::symlink("a.txt", scratch.path("link")).unwrap();
    let (mut ctx, root) = scratch.open_all();
    let mut expected = vec![
        ("a.txt".to_string(), DescriptorType::RegularFile),
        ("sub".to_string(), DescriptorType::Directory),
    ];
    #[cfg(unix)]
    expected.insert(1, ("link".to_string(), DescriptorType::SymbolicLink));
    assert_eq!(read_all_entries(&mut ctx, root), expected);

    // Two streams of one directory do not disturb each other.
    let one = ctx.read_directory(fd(root)).unwrap().rep();
    let two = ctx.read_directory(fd(root)).unwrap().rep();
    assert!(
        ctx.read_directory_entry(Resource::new_borrow(one))
            .unwrap()
            .is_some()
    );
    let mut count = 0;
    while ctx
        .read_directory_entry(Resource::new_borrow(two))
        .unwrap()
        .is_some()
    {
        count += 1;
    }
    assert_eq!(count, expected.len());

    let sub = open(
        &mut ctx,
        root,
        "sub",
        OpenFlags::DIRECTORY,
        DescriptorFlags::READ,
    )
    .unwrap();
    assert_eq!(
        read_all_entries(&mut ctx, sub),
        [("inner".to_string(), DescriptorType::RegularFile)]
    );
    fs::create_dir(scratch.path("empty")).unwrap();
    let empty = open(
        &mut ctx,
        root,
        "empty",
        OpenFlags::DIRECTORY,
        DescriptorFlags::READ,
    )
    .unwrap();
    assert!(read_all_entries(&mut ctx, empty).is_empty());

    let file = open(
        &mut ctx,
        root,
        "a.txt",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    )
    .unwrap();
    assert_eq!(code(ctx.read_directory(fd(file))), ErrorCode::NotDirectory);
}

#[cfg(unix)]
#[test]
fn a_name_that_is_not_utf8_is_an_illegal_byte_sequence_entry() {
    use std::os::unix::ffi::OsStrExt;
    let scratch = Scratch::new("badname");
    scratch.write("good", "g");
    let bad = std::ffi::OsStr::from_bytes(b"bad\xff");
    if fs::write(scratch.root.join("sandbox").join(bad), "b").is_err() {
        // The host file system insists on UTF-8 names (and so the case
        // cannot arise).
        return;
    }
    let (mut ctx, root) = scratch.open_all();
    let stream = ctx.read_directory(fd(root)).unwrap().rep();
    let mut names = Vec::new();
    let mut illegal = 0;
    loop {
        match ctx.read_directory_entry(Resource::new_borrow(stream)) {
            Ok(Some(entry)) => names.push(entry.name),
            Ok(None) => break,
            Err(e) => {
                assert_eq!(e.code(), Some(ErrorCode::IllegalByteSequence));
                illegal += 1;
            }
        }
    }
    assert_eq!(names, ["good"]);
    assert_eq!(illegal, 1);
}

#[test]
fn stat_and_stat_at_follow_symlinks_only_when_asked() {
    let scratch = Scratch::new("stat");
    scratch.write("f", "abc");
    #[cfg(unix)]
    std::os::unix::fs::symlink("f", scratch.path("l")).unwrap();
    let (mut ctx, root) = scratch.open_all();

    let stat = stat_at(&mut ctx, root, PathFlags::empty(), "f").unwrap();
    assert_eq!(stat.type_, DescriptorType::RegularFile);
    assert_eq!(stat.size, 3);
    assert_eq!(stat.link_count, 1);
    let modified = stat.data_modification_timestamp.clone().unwrap();
    let host = fs::metadata(scratch.path("f")).unwrap().modified().unwrap();
    assert_eq!(modified.seconds, datetime(host).unwrap().seconds);
    assert!(stat.data_access_timestamp.is_some());
    assert!(stat.status_change_timestamp.is_some());

    #[cfg(unix)]
    {
        let followed = stat_at(&mut ctx, root, PathFlags::SYMLINK_FOLLOW, "l").unwrap();
        assert_eq!(followed.type_, DescriptorType::RegularFile);
        assert_eq!(followed.size, 3);
        let link = stat_at(&mut ctx, root, PathFlags::empty(), "l").unwrap();
        assert_eq!(link.type_, DescriptorType::SymbolicLink);
        // A symlink's size is the length of what it holds.
        assert_eq!(link.size, 1);
    }

    let dir = ctx.stat(fd(root)).unwrap();
    assert_eq!(dir.type_, DescriptorType::Directory);
    assert!(dir.link_count >= 1);
    assert_eq!(
        code(stat_at(&mut ctx, root, PathFlags::empty(), "missing")),
        ErrorCode::NoEntry
    );
    assert_eq!(
        code(stat_at(&mut ctx, root, PathFlags::empty(), "f/x")),
        ErrorCode::NotDirectory
    );

    let file = open(
        &mut ctx,
        root,
        "f",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    )
    .unwrap();
    let by_handle = ctx.stat(fd(file)).unwrap();
    assert_eq!(by_handle.size, 3);
    assert_eq!(by_handle.type_, DescriptorType::RegularFile);
    assert_eq!(
        by_handle.data_modification_timestamp.map(|d| d.seconds),
        Some(modified.seconds)
    );
    assert_eq!(ctx.get_type(fd(file)).unwrap(), DescriptorType::RegularFile);
    assert_eq!(ctx.get_type(fd(root)).unwrap(), DescriptorType::Directory);
    // Path operations on a file are not-directory.
    assert_eq!(
        code(stat_at(&mut ctx, file, PathFlags::empty(), "x")),
        ErrorCode::NotDirectory
    );
}

#[test]
fn rename_moves_and_remove_removes() {
    let scratch = Scratch::new("rename");
    scratch.write("a.txt", "A");
    let (mut ctx, root) = scratch.open_all();
    ctx.rename_at(fd(root), "a.txt".into(), fd(root), "b.txt".into())
        .unwrap();
    assert!(!scratch.path("a.txt").exists());
    assert_eq!(scratch.read("b.txt"), b"A");
    assert_eq!(
        code(ctx.rename_at(fd(root), "a.txt".into(), fd(root), "c.txt".into())),
        ErrorCode::NoEntry
    );

    ctx.create_directory_at(fd(root), "d".into()).unwrap();
    ctx.rename_at(fd(root), "b.txt".into(), fd(root), "d/c.txt".into())
        .unwrap();
    assert_eq!(scratch.read("d/c.txt"), b"A");
    // Between two descriptors of the same preopen.
    let d = open(
        &mut ctx,
        root,
        "d",
        OpenFlags::DIRECTORY,
        DescriptorFlags::READ,
    )
    .unwrap();
    ctx.rename_at(fd(d), "c.txt".into(), fd(root), "back.txt".into())
        .unwrap();
    assert_eq!(scratch.read("back.txt"), b"A");
    ctx.rename_at(fd(root), "back.txt".into(), fd(d), "c.txt".into())
        .unwrap();

    assert_eq!(
        code(ctx.remove_directory_at(fd(root), "d".into())),
        ErrorCode::NotEmpty
    );
    assert_eq!(
        code(ctx.unlink_file_at(fd(root), "d".into())),
        ErrorCode::IsDirectory
    );
    assert_eq!(
        code(ctx.remove_directory_at(fd(root), "d/c.txt".into())),
        ErrorCode::NotDirectory
    );
    ctx.unlink_file_at(fd(root), "d/c.txt".into()).unwrap();
    assert!(!scratch.path("d/c.txt").exists());
    assert_eq!(
        code(ctx.unlink_file_at(fd(root), "d/c.txt".into())),
        ErrorCode::NoEntry
    );
    drop_fd(&mut ctx, d).unwrap();
    ctx.remove_directory_at(fd(root), "d".into()).unwrap();
    assert!(!scratch.path("d").exists());
    assert_eq!(
        code(ctx.remove_directory_at(fd(root), "d".into())),
        ErrorCode::NoEntry
    );
    // Renaming from a file descriptor is not-directory.
    scratch.write("f", "f");
    let file = open(
        &mut ctx,
        root,
        "f",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    )
    .unwrap();
    assert_eq!(
        code(ctx.rename_at(fd(file), "x".into(), fd(root), "y".into())),
        ErrorCode::NotDirectory
    );
}

#[test]
fn nested_directories_are_made_and_used() {
    let scratch = Scratch::new("nested");
    let (mut ctx, root) = scratch.open_all();
    for dir in ["a", "a/b", "a/b/c"] {
        ctx.create_directory_at(fd(root), dir.into()).unwrap();
    }
    assert!(scratch.path("a/b/c").is_dir());
    assert_eq!(
        code(ctx.create_directory_at(fd(root), "a".into())),
        ErrorCode::Exist
    );
    assert_eq!(
        code(ctx.create_directory_at(fd(root), "x/y".into())),
        ErrorCode::NoEntry
    );

    let b = open(
        &mut ctx,
        root,
        "a/b",
        OpenFlags::DIRECTORY,
        DescriptorFlags::READ,
    )
    .unwrap();
    assert_eq!(
        ctx.get_flags(fd(b)).unwrap(),
        DescriptorFlags::READ | DescriptorFlags::MUTATE_DIRECTORY
    );
    let deep = open(
        &mut ctx,
        b,
        "c/deep.txt",
        OpenFlags::CREATE,
        DescriptorFlags::WRITE,
    )
    .unwrap();
    ctx.write(fd(deep), b"deep".to_vec(), 0).unwrap();
    assert_eq!(scratch.read("a/b/c/deep.txt"), b"deep");
    ctx.create_directory_at(fd(b), "made-from-b".into())
        .unwrap();
    assert!(scratch.path("a/b/made-from-b").is_dir());

    // `..` that stays under the base descriptor is fine.
    let again = open(
        &mut ctx,
        root,
        "a/b/../b/c/./deep.txt",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    )
    .unwrap();
    assert_eq!(ctx.read(fd(again), 10, 0).unwrap().0, b"deep");
    // Paths are relative to their base descriptor: `..` above `a/b` is out
    // of it, even though it is still inside the preopen.
    assert_eq!(
        code(open(
            &mut ctx,
            b,
            "../b/c/deep.txt",
            OpenFlags::empty(),
            DescriptorFlags::READ
        )),
        ErrorCode::NotPermitted
    );
}

#[test]
fn open_flags_create_exclusive_truncate_and_directory() {
    let scratch = Scratch::new("oflags");
    fs::create_dir(scratch.path("dir")).unwrap();
    let (mut ctx, root) = scratch.open_all();
    let create_new = OpenFlags::CREATE | OpenFlags::EXCLUSIVE;
    let f = open(&mut ctx, root, "new", create_new, DescriptorFlags::WRITE).unwrap();
    ctx.write(fd(f), b"hello".to_vec(), 0).unwrap();
    assert_eq!(
        code(open(
            &mut ctx,
            root,
            "new",
            create_new,
            DescriptorFlags::WRITE
        )),
        ErrorCode::Exist
    );
    // `create` alone keeps what is there.
    open(
        &mut ctx,
        root,
        "new",
        OpenFlags::CREATE,
        DescriptorFlags::WRITE,
    )
    .unwrap();
    assert_eq!(scratch.read("new"), b"hello");
    // `truncate` empties it.
    let t = open(
        &mut ctx,
        root,
        "new",
        OpenFlags::TRUNCATE,
        DescriptorFlags::WRITE,
    )
    .unwrap();
    assert_eq!(scratch.read("new"), b"");
    assert_eq!(ctx.stat(fd(t)).unwrap().size, 0);

    assert_eq!(
        code(open(
            &mut ctx,
            root,
            "missing",
            OpenFlags::empty(),
            DescriptorFlags::READ
        )),
        ErrorCode::NoEntry
    );
    assert_eq!(
        code(open(
            &mut ctx,
            root,
            "new",
            OpenFlags::DIRECTORY,
            DescriptorFlags::READ
        )),
        ErrorCode::NotDirectory
    );
    let dir = open(
        &mut ctx,
        root,
        "dir",
        OpenFlags::DIRECTORY,
        DescriptorFlags::READ,
    )
    .unwrap();
    assert_eq!(ctx.get_type(fd(dir)).unwrap(), DescriptorType::Directory);
    // A directory opens without `directory` too.
    let dir2 = open(
        &mut ctx,
        root,
        "dir",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    )
    .unwrap();
    assert_eq!(ctx.get_type(fd(dir2)).unwrap(), DescriptorType::Directory);
    for bad in [
        OpenFlags::DIRECTORY | OpenFlags::CREATE,
        OpenFlags::DIRECTORY | OpenFlags::TRUNCATE,
        OpenFlags::DIRECTORY | OpenFlags::EXCLUSIVE,
    ] {
        assert_eq!(
            code(open(&mut ctx, root, "dir", bad, DescriptorFlags::READ)),
            ErrorCode::Invalid
        );
    }
    assert!(!scratch.path("dir").join("x").exists());
    // Writing a directory is is-directory.
    assert_eq!(
        code(open(&mut ctx, root, "dir", OpenFlags::empty(), rw())),
        ErrorCode::IsDirectory
    );

    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("new", scratch.path("link")).unwrap();
        let followed = open(
            &mut ctx,
            root,
            "link",
            OpenFlags::empty(),
            DescriptorFlags::READ,
        );
        assert_eq!(
            ctx.get_type(fd(followed.unwrap())).unwrap(),
            DescriptorType::RegularFile
        );
        let not_followed = open_with(
            &mut ctx,
            root,
            PathFlags::empty(),
            "link",
            OpenFlags::empty(),
            DescriptorFlags::READ,
        );
        assert_eq!(code(not_followed), ErrorCode::Loop);
    }
}

#[test]
fn descriptor_flags_are_reported_and_honoured() {
    let scratch = Scratch::new("flags");
    scratch.write("f", "contents");
    let (mut ctx, root) = scratch.open_all();
    assert_eq!(
        ctx.get_flags(fd(root)).unwrap(),
        DescriptorFlags::READ | DescriptorFlags::MUTATE_DIRECTORY
    );

    let read_only = open(
        &mut ctx,
        root,
        "f",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    )
    .unwrap();
    assert_eq!(ctx.get_flags(fd(read_only)).unwrap(), DescriptorFlags::READ);
    // The OS refuses writes to a handle opened for reading.
    assert_eq!(
        code(ctx.write(fd(read_only), b"x".to_vec(), 0)),
        ErrorCode::BadDescriptor
    );

    let write_only = open(
        &mut ctx,
        root,
        "f",
        OpenFlags::empty(),
        DescriptorFlags::WRITE,
    )
    .unwrap();
    assert_eq!(
        ctx.get_flags(fd(write_only)).unwrap(),
        DescriptorFlags::WRITE
    );
    assert_eq!(
        code(ctx.read(fd(write_only), 4, 0)),
        ErrorCode::BadDescriptor
    );

    // No mode at all opens for reading.
    let none = open(
        &mut ctx,
        root,
        "f",
        OpenFlags::empty(),
        DescriptorFlags::empty(),
    )
    .unwrap();
    assert_eq!(ctx.get_flags(fd(none)).unwrap(), DescriptorFlags::READ);
    assert_eq!(ctx.read(fd(none), 4, 0).unwrap().0, b"cont");

    let sync = DescriptorFlags::FILE_INTEGRITY_SYNC
        | DescriptorFlags::DATA_INTEGRITY_SYNC
        | DescriptorFlags::REQUESTED_WRITE_SYNC;
    let synced = open(&mut ctx, root, "f", OpenFlags::empty(), rw() | sync).unwrap();
    assert_eq!(ctx.get_flags(fd(synced)).unwrap(), rw() | sync);
    ctx.write(fd(synced), b"C".to_vec(), 0).unwrap();
    assert_eq!(scratch.read("f"), b"Contents");
    for one in [
        DescriptorFlags::FILE_INTEGRITY_SYNC,
        DescriptorFlags::DATA_INTEGRITY_SYNC,
        DescriptorFlags::REQUESTED_WRITE_SYNC,
    ] {
        let f = open(
            &mut ctx,
            root,
            "f",
            OpenFlags::empty(),
            DescriptorFlags::WRITE | one,
        )
        .unwrap();
        assert_eq!(ctx.get_flags(fd(f)).unwrap(), DescriptorFlags::WRITE | one);
    }

    // wasi-libc asks for `mutate-directory` with every write; on a file it
    // is no mode of its own.
    let libc_style = open(
        &mut ctx,
        root,
        "f",
        OpenFlags::empty(),
        rw() | DescriptorFlags::MUTATE_DIRECTORY,
    )
    .unwrap();
    assert_eq!(ctx.get_flags(fd(libc_style)).unwrap(), rw());
    // Creating or truncating opens for writing.
    let created = open(
        &mut ctx,
        root,
        "g",
        OpenFlags::CREATE,
        DescriptorFlags::READ,
    )
    .unwrap();
    assert_eq!(ctx.get_flags(fd(created)).unwrap(), rw());
    let dir = open(
        &mut ctx,
        root,
        ".",
        OpenFlags::DIRECTORY,
        DescriptorFlags::READ | DescriptorFlags::MUTATE_DIRECTORY,
    )
    .unwrap();
    assert_eq!(
        ctx.get_flags(fd(dir)).unwrap(),
        DescriptorFlags::READ | DescriptorFlags::MUTATE_DIRECTORY
    );
}

#[test]
fn a_read_only_preopen_refuses_every_write() {
    let scratch = Scratch::new("readonly");
    scratch.write("given.txt", "given\n");
    fs::create_dir(scratch.path("sub")).unwrap();
    let mut ctx = scratch.ctx(DirPerms::READ, FilePerms::READ);
    let root = preopen_rep(&mut ctx);
    assert_eq!(ctx.get_flags(fd(root)).unwrap(), DescriptorFlags::READ);

    // Reading works.
    let file = open(
        &mut ctx,
        root,
        "given.txt",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    )
    .unwrap();
    assert_eq!(ctx.read(fd(file), 100, 0).unwrap().0, b"given\n");
    let input = ctx.read_via_stream(fd(file), 0).unwrap().rep();
    assert_eq!(in_read(&mut ctx, input, 100).unwrap(), b"given\n");
    drop_in(&mut ctx, input);
    assert_eq!(read_all_entries(&mut ctx, root).len(), 2);
    assert_eq!(
        stat_at(&mut ctx, root, PathFlags::empty(), "given.txt")
            .unwrap()
            .size,
        6
    );
    let sub = open(
        &mut ctx,
        root,
        "sub",
        OpenFlags::DIRECTORY,
        DescriptorFlags::READ,
    )
    .unwrap();
    assert_eq!(ctx.get_flags(fd(sub)).unwrap(), DescriptorFlags::READ);

    // Every kind of write is not-permitted.
    let denied = ErrorCode::NotPermitted;
    for (oflags, flags) in [
        (OpenFlags::CREATE, DescriptorFlags::WRITE),
        (
            OpenFlags::CREATE | OpenFlags::EXCLUSIVE,
            DescriptorFlags::WRITE,
        ),
        (OpenFlags::CREATE, DescriptorFlags::READ),
        (OpenFlags::empty(), DescriptorFlags::WRITE),
        (OpenFlags::empty(), rw()),
        (OpenFlags::TRUNCATE, DescriptorFlags::READ),
    ] {
        assert_eq!(
            code(open(&mut ctx, root, "given.txt", oflags, flags)),
            denied,
            "{oflags:?} {flags:?}"
        );
        assert_eq!(
            code(open(&mut ctx, root, "new.txt", oflags, flags)),
            denied,
            "{oflags:?} {flags:?}"
        );
    }
    // Asking for a mutating directory handle is read-only, as the WIT says.
    assert_eq!(
        code(open(
            &mut ctx,
            root,
            "sub",
            OpenFlags::DIRECTORY,
            DescriptorFlags::MUTATE_DIRECTORY
        )),
        ErrorCode::ReadOnly
    );
    assert_eq!(
        code(ctx.create_directory_at(fd(root), "dir".into())),
        denied
    );
    assert_eq!(
        code(ctx.remove_directory_at(fd(root), "sub".into())),
        denied
    );
    assert_eq!(
        code(ctx.unlink_file_at(fd(root), "given.txt".into())),
        denied
    );
    assert_eq!(
        code(ctx.rename_at(fd(root), "given.txt".into(), fd(root), "renamed.txt".into())),
        denied
    );
    assert_eq!(
        code(ctx.symlink_at(fd(root), "given.txt".into(), "link".into())),
        denied
    );
    assert_eq!(
        code(ctx.link_at(
            fd(root),
            PathFlags::empty(),
            "given.txt".into(),
            fd(root),
            "hard".into()
        )),
        denied
    );
    assert_eq!(
        code(ctx.set_times_at(
            fd(root),
            PathFlags::empty(),
            "given.txt".into(),
            NewTimestamp::Now,
            NewTimestamp::Now
        )),
        denied
    );
    assert_eq!(
        code(ctx.set_times(fd(root), NewTimestamp::Now, NewTimestamp::Now)),
        denied
    );
    assert_eq!(
        code(ctx.create_directory_at(fd(sub), "deeper".into())),
        denied
    );
    // Through the file opened for reading.
    assert_eq!(code(ctx.write(fd(file), b"x".to_vec(), 0)), denied);
    assert_eq!(code(ctx.write_via_stream(fd(file), 0)), denied);
    assert_eq!(code(ctx.append_via_stream(fd(file))), denied);
    assert_eq!(code(ctx.set_size(fd(file), 0)), denied);
    assert_eq!(
        code(ctx.set_times(fd(file), NewTimestamp::Now, NewTimestamp::NoChange)),
        denied
    );

    // Nothing changed.
    assert_eq!(scratch.read("given.txt"), b"given\n");
    let mut names: Vec<_> = fs::read_dir(scratch.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["given.txt", "sub"]);
}

#[test]
fn missing_read_permissions_refuse_reads() {
    let scratch = Scratch::new("noread");
    scratch.write("f", "secret-ish");
    // Files may be written but not read.
    let mut ctx = scratch.ctx(DirPerms::ALL, FilePerms::WRITE);
    let root = preopen_rep(&mut ctx);
    let file = open(&mut ctx, root, "f", OpenFlags::empty(), rw()).unwrap();
    assert_eq!(code(ctx.read(fd(file), 10, 0)), ErrorCode::NotPermitted);
    assert_eq!(
        code(ctx.read_via_stream(fd(file), 0)),
        ErrorCode::NotPermitted
    );
    ctx.write(fd(file), b"S".to_vec(), 0).unwrap();
    assert_eq!(scratch.read("f"), b"Secret-ish");

    // A directory that cannot be read cannot be looked into.
    let mut ctx = scratch.ctx(DirPerms::MUTATE, FilePerms::ALL);
    let root = preopen_rep(&mut ctx);
    assert_eq!(
        code(open(
            &mut ctx,
            root,
            "f",
            OpenFlags::empty(),
            DescriptorFlags::READ
        )),
        ErrorCode::NotPermitted
    );
    assert_eq!(code(ctx.read_directory(fd(root))), ErrorCode::NotPermitted);
    assert_eq!(
        code(stat_at(&mut ctx, root, PathFlags::empty(), "f")),
        ErrorCode::NotPermitted
    );
    assert_eq!(
        code(ctx.readlink_at(fd(root), "f".into())),
        ErrorCode::NotPermitted
    );
    assert_eq!(
        code(ctx.metadata_hash_at(fd(root), PathFlags::empty(), "f".into())),
        ErrorCode::NotPermitted
    );
}

/// Asserts that `path` itself, whichever way it is used from the
/// preopen, fails with not-permitted.
fn assert_path_refused(ctx: &mut WasiCtx, root: u32, path: &str) {
    let denied = ErrorCode::NotPermitted;
    for path_flags in [PathFlags::SYMLINK_FOLLOW, PathFlags::empty()] {
        for (oflags, flags) in [
            (OpenFlags::empty(), DescriptorFlags::READ),
            (OpenFlags::DIRECTORY, DescriptorFlags::READ),
            (OpenFlags::CREATE, rw()),
            (OpenFlags::TRUNCATE, rw()),
        ] {
            let result = open_with(ctx, root, path_flags, path, oflags, flags);
            assert_eq!(
                code(result),
                denied,
                "open-at {path:?} {path_flags:?} {oflags:?}"
            );
        }
        let stat = stat_at(ctx, root, path_flags, path);
        assert_eq!(code(stat), denied, "stat-at {path:?} {path_flags:?}");
        let hash = ctx.metadata_hash_at(fd(root), path_flags, path.into());
        assert_eq!(
            code(hash),
            denied,
            "metadata-hash-at {path:?} {path_flags:?}"
        );
    }
}

/// Asserts that `out`, a path to the `outside` directory from the
/// preopen, gets nowhere: reading, writing, creating, removing, renaming
/// and linking through it all fail with not-permitted, and nothing
/// outside the sandbox changed.
fn assert_escape_refused(scratch: &Scratch, ctx: &mut WasiCtx, root: u32, out: &str) {
    let denied = ErrorCode::NotPermitted;
    let secret = format!("{out}/secret.txt");
    let planted = format!("{out}/planted");
    assert_path_refused(ctx, root, &secret);
    assert_path_refused(ctx, root, &planted);
    assert_eq!(
        code(ctx.create_directory_at(fd(root), planted.clone())),
        denied
    );
    assert_eq!(code(ctx.unlink_file_at(fd(root), secret.clone())), denied);
    // A symlink leading out is itself inside: `rmdir` of it does not follow
    // it, and finds no directory.
    let out_is_link = fs::symlink_metadata(scratch.path(out)).is_ok_and(|m| m.is_symlink());
    let rmdir = code(ctx.remove_directory_at(fd(root), out.into()));
    if out_is_link {
        assert_eq!(rmdir, ErrorCode::NotDirectory);
    } else {
        assert_eq!(rmdir, denied);
    }
    assert_eq!(code(ctx.readlink_at(fd(root), secret.clone())), denied);
    assert_eq!(
        code(ctx.rename_at(fd(root), secret.clone(), fd(root), "stolen".into())),
        denied
    );
    scratch.write("mine", "mine");
    assert_eq!(
        code(ctx.rename_at(fd(root), "mine".into(), fd(root), planted.clone())),
        denied
    );
    assert_eq!(
        code(ctx.link_at(
            fd(root),
            PathFlags::empty(),
            secret.clone(),
            fd(root),
            "hard".into()
        )),
        denied
    );
    assert_eq!(
        code(ctx.link_at(
            fd(root),
            PathFlags::empty(),
            "mine".into(),
            fd(root),
            planted.clone()
        )),
        denied
    );
    assert_eq!(
        code(ctx.symlink_at(fd(root), "mine".into(), planted.clone())),
        denied
    );
    for path_flags in [PathFlags::SYMLINK_FOLLOW, PathFlags::empty()] {
        let times = ctx.set_times_at(
            fd(root),
            path_flags,
            secret.clone(),
            NewTimestamp::Now,
            NewTimestamp::Now,
        );
        assert_eq!(code(times), denied);
    }
    assert_eq!(scratch.read("mine"), b"mine");
    assert!(fs::symlink_metadata(scratch.path("stolen")).is_err());
    assert!(fs::symlink_metadata(scratch.path("hard")).is_err());
    assert_outside_untouched(scratch);
}

#[test]
fn escape_by_dotdot_is_refused() {
    let scratch = Scratch::new("esc-dotdot");
    let (mut ctx, root) = scratch.open_all();
    for path in ["..", "./..", "../", "../."] {
        assert_path_refused(&mut ctx, root, path);
    }
    assert_eq!(
        code(ctx.create_directory_at(fd(root), "../planted".into())),
        ErrorCode::NotPermitted
    );
    assert_eq!(
        code(ctx.readlink_at(fd(root), "..".into())),
        ErrorCode::NotPermitted
    );
    assert_eq!(
        code(ctx.remove_directory_at(fd(root), "..".into())),
        ErrorCode::NotPermitted
    );
    // The preopen's parent holds what it held.
    let mut names: Vec<String> = fs::read_dir(&scratch.root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["outside", "sandbox"]);
    assert_outside_untouched(&scratch);
}

#[test]
fn escape_by_dotdot_and_a_name_is_refused() {
    let scratch = Scratch::new("esc-dotdot-x");
    let (mut ctx, root) = scratch.open_all();
    assert_escape_refused(&scratch, &mut ctx, root, "../outside");
    let read = open(
        &mut ctx,
        root,
        "../outside/secret.txt",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    );
    assert_eq!(code(read), ErrorCode::NotPermitted);
    let plant = open(
        &mut ctx,
        root,
        "../outside/planted.txt",
        OpenFlags::CREATE,
        rw(),
    );
    assert_eq!(code(plant), ErrorCode::NotPermitted);
    assert_eq!(
        code(ctx.symlink_at(fd(root), "x".into(), "../outside/planted-link".into())),
        ErrorCode::NotPermitted
    );
    assert_eq!(
        code(ctx.link_at(
            fd(root),
            PathFlags::empty(),
            "../outside/secret.txt".into(),
            fd(root),
            "hard".into()
        )),
        ErrorCode::NotPermitted
    );
    assert_eq!(
        code(ctx.set_times_at(
            fd(root),
            PathFlags::empty(),
            "../outside/secret.txt".into(),
            NewTimestamp::Now,
            NewTimestamp::Now
        )),
        ErrorCode::NotPermitted
    );
    assert_outside_untouched(&scratch);
    assert!(!scratch.path("hard").exists());
}

#[test]
fn escape_through_a_subdirectory_is_refused() {
    let scratch = Scratch::new("esc-sub");
    scratch.write("given.txt", "given");
    fs::create_dir_all(scratch.path("a/b")).unwrap();
    let (mut ctx, root) = scratch.open_all();
    assert_escape_refused(&scratch, &mut ctx, root, "a/../../outside");
    assert_escape_refused(&scratch, &mut ctx, root, "a/b/../../../outside");
    assert_escape_refused(&scratch, &mut ctx, root, "a/../a/../../outside");
    // Climbing that stays inside works.
    let inside = open(
        &mut ctx,
        root,
        "a/b/../../given.txt",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    )
    .unwrap();
    assert_eq!(ctx.read(fd(inside), 10, 0).unwrap().0, b"given");
}

#[test]
fn escape_by_absolute_path_is_refused() {
    let scratch = Scratch::new("esc-abs");
    scratch.write("given.txt", "given");
    let (mut ctx, root) = scratch.open_all();
    let outside = scratch.root.join("outside").to_string_lossy().into_owned();
    assert_escape_refused(&scratch, &mut ctx, root, &outside);
    for path in [
        "/etc/passwd".to_string(),
        "/".to_string(),
        "/given.txt".to_string(),
        scratch.path("given.txt").to_string_lossy().into_owned(),
    ] {
        let result = open(
            &mut ctx,
            root,
            &path,
            OpenFlags::empty(),
            DescriptorFlags::READ,
        );
        assert_eq!(code(result), ErrorCode::NotPermitted, "{path}");
        assert_eq!(
            code(stat_at(&mut ctx, root, PathFlags::SYMLINK_FOLLOW, &path)),
            ErrorCode::NotPermitted,
            "{path}"
        );
    }
    assert_eq!(
        code(ctx.create_directory_at(fd(root), "/tmp/canon-wasi-planted".into())),
        ErrorCode::NotPermitted
    );
    assert!(!std::path::Path::new("/tmp/canon-wasi-planted").exists());
}

#[cfg(unix)]
#[test]
fn escape_by_a_symlink_the_host_made_is_refused() {
    use std::os::unix::fs::symlink;
    let scratch = Scratch::new("esc-hostlink");
    scratch.write("given.txt", "given");
    fs::create_dir(scratch.path("sub")).unwrap();
    symlink(scratch.outside("secret.txt"), scratch.path("link-abs")).unwrap();
    symlink("../outside/secret.txt", scratch.path("link-rel")).unwrap();
    symlink("../outside", scratch.path("link-dir")).unwrap();
    symlink("/etc", scratch.path("link-etc")).unwrap();
    symlink("../../outside", scratch.path("sub/link-up")).unwrap();
    symlink("given.txt", scratch.path("link-inside")).unwrap();
    let (mut ctx, root) = scratch.open_all();

    for path in ["link-abs", "link-rel"] {
        let read = open(
            &mut ctx,
            root,
            path,
            OpenFlags::empty(),
            DescriptorFlags::READ,
        );
        assert_eq!(code(read), ErrorCode::NotPermitted, "{path}");
        let write = open(&mut ctx, root, path, OpenFlags::TRUNCATE, rw());
        assert_eq!(code(write), ErrorCode::NotPermitted, "{path}");
        assert_eq!(
            code(stat_at(&mut ctx, root, PathFlags::SYMLINK_FOLLOW, path)),
            ErrorCode::NotPermitted
        );
        // Not following, it is a symlink inside the sandbox.
        let link = stat_at(&mut ctx, root, PathFlags::empty(), path).unwrap();
        assert_eq!(link.type_, DescriptorType::SymbolicLink);
        let nofollow = open_with(
            &mut ctx,
            root,
            PathFlags::empty(),
            path,
            OpenFlags::empty(),
            DescriptorFlags::READ,
        );
        assert_eq!(code(nofollow), ErrorCode::Loop);
    }
    // Directory symlinks leading out, used as a path component (always
    // followed, whatever the path flags say).
    for path in ["link-dir", "sub/link-up"] {
        assert_escape_refused(&scratch, &mut ctx, root, path);
    }
    assert_path_refused(&mut ctx, root, "link-etc/passwd");
    // What a relative link holds may be read; an absolute one's may not.
    assert_eq!(
        ctx.readlink_at(fd(root), "link-rel".into()).unwrap(),
        "../outside/secret.txt"
    );
    assert_eq!(
        code(ctx.readlink_at(fd(root), "link-abs".into())),
        ErrorCode::NotPermitted
    );
    assert_eq!(
        code(ctx.readlink_at(fd(root), "link-etc".into())),
        ErrorCode::NotPermitted
    );
    // A link that stays inside works.
    let inside = open(
        &mut ctx,
        root,
        "link-inside",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    )
    .unwrap();
    assert_eq!(ctx.read(fd(inside), 10, 0).unwrap().0, b"given");
    assert_outside_untouched(&scratch);
}

#[cfg(unix)]
#[test]
fn escape_by_a_symlink_the_guest_made_is_refused() {
    let scratch = Scratch::new("esc-guestlink");
    let (mut ctx, root) = scratch.open_all();
    // To an absolute path: not even made.
    assert_eq!(
        code(ctx.symlink_at(fd(root), "/etc/passwd".into(), "guest-abs".into())),
        ErrorCode::NotPermitted
    );
    let target = scratch.outside("secret.txt").to_string_lossy().into_owned();
    assert_eq!(
        code(ctx.symlink_at(fd(root), target, "guest-abs2".into())),
        ErrorCode::NotPermitted
    );
    assert!(fs::symlink_metadata(scratch.path("guest-abs")).is_err());
    assert!(fs::symlink_metadata(scratch.path("guest-abs2")).is_err());
    // A relative one climbing out may be made (as in wasmtime-wasi), but
    // leads nowhere.
    ctx.symlink_at(fd(root), "../outside/secret.txt".into(), "guest-rel".into())
        .unwrap();
    ctx.symlink_at(fd(root), "../outside".into(), "guest-dir".into())
        .unwrap();
    assert_eq!(
        ctx.readlink_at(fd(root), "guest-rel".into()).unwrap(),
        "../outside/secret.txt"
    );
    let read = open(
        &mut ctx,
        root,
        "guest-rel",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    );
    assert_eq!(code(read), ErrorCode::NotPermitted);
    let write = open(&mut ctx, root, "guest-rel", OpenFlags::TRUNCATE, rw());
    assert_eq!(code(write), ErrorCode::NotPermitted);
    assert_escape_refused(&scratch, &mut ctx, root, "guest-dir");
    assert_outside_untouched(&scratch);
}

#[test]
fn dropping_a_descriptor_with_a_live_stream_traps() {
    let scratch = Scratch::new("children");
    scratch.write("f", "data");
    let (mut ctx, root) = scratch.open_all();
    let file = open(&mut ctx, root, "f", OpenFlags::empty(), rw()).unwrap();

    let input = ctx.read_via_stream(fd(file), 0).unwrap().rep();
    let err = drop_fd(&mut ctx, file).unwrap_err();
    assert!(err.to_string().contains("child"), "{err}");
    // The descriptor is still there and works.
    assert_eq!(ctx.stat(fd(file)).unwrap().size, 4);
    drop_in(&mut ctx, input);

    let output = ctx.write_via_stream(fd(file), 0).unwrap().rep();
    let append = ctx.append_via_stream(fd(file)).unwrap().rep();
    assert!(drop_fd(&mut ctx, file).is_err());
    drop_out(&mut ctx, output);
    assert!(drop_fd(&mut ctx, file).is_err());
    // A pollable keeps its stream alive in turn.
    let pollable =
        io_streams::HostOutputStream::subscribe(&mut ctx, Resource::new_borrow(append)).unwrap();
    assert!(io_streams::HostOutputStream::drop(&mut ctx, Resource::new_own(append)).is_err());
    HostPollable::drop(&mut ctx, pollable).unwrap();
    drop_out(&mut ctx, append);

    drop_fd(&mut ctx, file).unwrap();
    assert!(matches!(trap_kind(drop_fd(&mut ctx, file)), TrapKind::UnknownHandle(r) if r == file));
}

#[test]
fn handles_of_the_wrong_kind_or_none_trap() {
    let scratch = Scratch::new("handles");
    scratch.write("f", "data");
    let (mut ctx, root) = scratch.open_all();
    let file = open(&mut ctx, root, "f", OpenFlags::empty(), rw()).unwrap();
    let stream = ctx.read_via_stream(fd(file), 0).unwrap().rep();
    let entries = ctx.read_directory(fd(root)).unwrap().rep();

    // A rep that names nothing.
    let kind = fs_trap(open(
        &mut ctx,
        999,
        "f",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    ));
    assert_eq!(kind, TrapKind::UnknownHandle(999));
    assert_eq!(fs_trap(ctx.stat(fd(0))), TrapKind::UnknownHandle(0));
    // A stream or an entry stream where a descriptor belongs.
    assert_eq!(
        fs_trap(ctx.stat(fd(stream))),
        TrapKind::ResourceTypeMismatch(stream)
    );
    assert_eq!(
        fs_trap(ctx.read(fd(entries), 1, 0)),
        TrapKind::ResourceTypeMismatch(entries)
    );
    assert_eq!(
        fs_trap(ctx.read_directory_entry(Resource::new_borrow(root))),
        TrapKind::ResourceTypeMismatch(root)
    );
    assert_eq!(
        fs_trap(ctx.rename_at(fd(root), "f".into(), fd(stream), "g".into())),
        TrapKind::ResourceTypeMismatch(stream)
    );
    assert_eq!(
        fs_trap(ctx.link_at(
            fd(root),
            PathFlags::empty(),
            "f".into(),
            fd(12345),
            "g".into()
        )),
        TrapKind::UnknownHandle(12345)
    );
    assert!(scratch.path("f").exists() && !scratch.path("g").exists());
    assert_eq!(
        trap_kind(ctx.is_same_object(fd(root), fd(stream))),
        TrapKind::ResourceTypeMismatch(stream)
    );
    assert_eq!(
        trap_kind(ctx.filesystem_error_code(Resource::new_borrow(file))),
        TrapKind::ResourceTypeMismatch(file)
    );
    assert_eq!(
        trap_kind(HostDescriptor::drop(&mut ctx, Resource::new_own(entries))),
        TrapKind::ResourceTypeMismatch(entries)
    );
    assert_eq!(
        trap_kind(HostDirectoryEntryStream::drop(
            &mut ctx,
            Resource::new_own(file)
        )),
        TrapKind::ResourceTypeMismatch(file)
    );
    // A descriptor where a stream belongs.
    assert!(matches!(
        in_read(&mut ctx, file, 1),
        Err(StreamError::Trap(Error::Trap(t))) if *t.kind() == TrapKind::ResourceTypeMismatch(file)
    ));
    // Traps stay traps through the conversion; codes stay codes.
    assert!(
        ctx.convert_error_code(FsError::Trap(crate::table::trap("x")))
            .is_err()
    );
    assert_eq!(
        ctx.convert_error_code(ErrorCode::Access.into()).unwrap(),
        ErrorCode::Access
    );
}

#[test]
fn sizes_and_times_are_set() {
    let scratch = Scratch::new("times");
    scratch.write("f", "0123456789");
    let (mut ctx, root) = scratch.open_all();
    let file = open(&mut ctx, root, "f", OpenFlags::empty(), rw()).unwrap();
    ctx.set_size(fd(file), 5).unwrap();
    assert_eq!(scratch.read("f"), b"01234");
    ctx.set_size(fd(file), 8).unwrap();
    assert_eq!(scratch.read("f"), b"01234\0\0\0");

    let at = |seconds, nanoseconds| {
        NewTimestamp::Timestamp(Datetime {
            seconds,
            nanoseconds,
        })
    };
    ctx.set_times(fd(file), at(1_000_000_000, 0), at(1_500_000_000, 0))
        .unwrap();
    let stat = ctx.stat(fd(file)).unwrap();
    assert_eq!(stat.data_access_timestamp.unwrap().seconds, 1_000_000_000);
    assert_eq!(
        stat.data_modification_timestamp.unwrap().seconds,
        1_500_000_000
    );
    // Nanoseconds past a second carry into the seconds.
    ctx.set_times(
        fd(file),
        NewTimestamp::NoChange,
        at(1_600_000_000, 2_000_000_000),
    )
    .unwrap();
    let stat = ctx.stat(fd(file)).unwrap();
    assert_eq!(stat.data_access_timestamp.unwrap().seconds, 1_000_000_000);
    assert_eq!(
        stat.data_modification_timestamp.unwrap().seconds,
        1_600_000_002
    );
    // `now` is now.
    let before = datetime(SystemTime::now()).unwrap().seconds;
    ctx.set_times(fd(file), NewTimestamp::NoChange, NewTimestamp::Now)
        .unwrap();
    let stat = ctx.stat(fd(file)).unwrap();
    assert_eq!(stat.data_access_timestamp.unwrap().seconds, 1_000_000_000);
    assert!(stat.data_modification_timestamp.unwrap().seconds >= before);

    // By path.
    ctx.set_times_at(
        fd(root),
        PathFlags::SYMLINK_FOLLOW,
        "f".into(),
        at(1_200_000_000, 0),
        NewTimestamp::NoChange,
    )
    .unwrap();
    let stat = stat_at(&mut ctx, root, PathFlags::empty(), "f").unwrap();
    assert_eq!(stat.data_access_timestamp.unwrap().seconds, 1_200_000_000);
    ctx.set_times_at(
        fd(root),
        PathFlags::empty(),
        "f".into(),
        NewTimestamp::Now,
        NewTimestamp::Now,
    )
    .unwrap();
    let stat = stat_at(&mut ctx, root, PathFlags::empty(), "f").unwrap();
    assert!(stat.data_access_timestamp.unwrap().seconds >= before);
    #[cfg(unix)]
    {
        // Not following, a symlink's own times change, not its target's.
        std::os::unix::fs::symlink("f", scratch.path("l")).unwrap();
        ctx.set_times_at(
            fd(root),
            PathFlags::empty(),
            "l".into(),
            NewTimestamp::NoChange,
            at(1_100_000_000, 0),
        )
        .unwrap();
        let link = stat_at(&mut ctx, root, PathFlags::empty(), "l").unwrap();
        assert_eq!(
            link.data_modification_timestamp.unwrap().seconds,
            1_100_000_000
        );
        let target = stat_at(&mut ctx, root, PathFlags::SYMLINK_FOLLOW, "l").unwrap();
        assert!(target.data_modification_timestamp.unwrap().seconds >= before);
    }
    // A directory's times.
    fs::create_dir(scratch.path("d")).unwrap();
    let d = open(
        &mut ctx,
        root,
        "d",
        OpenFlags::DIRECTORY,
        DescriptorFlags::READ,
    )
    .unwrap();
    ctx.set_times(fd(d), NewTimestamp::NoChange, at(1_300_000_000, 0))
        .unwrap();
    let stat = stat_at(&mut ctx, root, PathFlags::empty(), "d").unwrap();
    assert_eq!(
        stat.data_modification_timestamp.unwrap().seconds,
        1_300_000_000
    );

    // Times no host can hold.
    assert_eq!(
        code(ctx.set_times(
            fd(file),
            at(u64::MAX, 1_500_000_000),
            NewTimestamp::NoChange
        )),
        ErrorCode::Overflow
    );
    assert_eq!(
        code(ctx.set_times(fd(file), NewTimestamp::NoChange, at(u64::MAX, 0))),
        ErrorCode::Overflow
    );
    assert_eq!(
        code(ctx.set_times_at(
            fd(root),
            PathFlags::empty(),
            "f".into(),
            at(u64::MAX, 0),
            NewTimestamp::NoChange
        )),
        ErrorCode::Overflow
    );
    // Sizes no file can have.
    assert_eq!(code(ctx.set_size(fd(file), u64::MAX)), ErrorCode::Invalid);
    assert_eq!(code(ctx.set_size(fd(d), 0)), ErrorCode::BadDescriptor);
}

#[test]
fn metadata_hashes_and_same_objects_follow_identity() {
    let scratch = Scratch::new("identity");
    scratch.write("f", "f");
    scratch.write("g", "g");
    let (mut ctx, root) = scratch.open_all();
    let f1 = open(
        &mut ctx,
        root,
        "f",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    )
    .unwrap();
    let f2 = open(&mut ctx, root, "f", OpenFlags::empty(), rw()).unwrap();
    let g = open(
        &mut ctx,
        root,
        "g",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    )
    .unwrap();
    assert!(ctx.is_same_object(fd(f1), fd(f2)).unwrap());
    assert!(!ctx.is_same_object(fd(f1), fd(g)).unwrap());
    assert!(!ctx.is_same_object(fd(root), fd(f1)).unwrap());
    let again = root_again(&mut ctx);
    assert_ne!(again, root);
    assert!(ctx.is_same_object(fd(root), fd(again)).unwrap());

    let h1 = ctx.metadata_hash(fd(f1)).unwrap();
    let h2 = ctx.metadata_hash(fd(f2)).unwrap();
    let hg = ctx.metadata_hash(fd(g)).unwrap();
    assert_eq!((h1.lower, h1.upper), (h2.lower, h2.upper));
    assert_ne!(h1.lower, hg.lower);
    assert_eq!(h1.upper, h1.lower ^ 0x400921fb54442d18);
    let by_path = ctx
        .metadata_hash_at(fd(root), PathFlags::empty(), "f".into())
        .unwrap();
    assert_eq!(by_path.lower, h1.lower);
    // The same file stays the same, written or not.
    ctx.write(fd(f2), b"changed".to_vec(), 0).unwrap();
    assert_eq!(ctx.metadata_hash(fd(f1)).unwrap().lower, h1.lower);
    assert_ne!(ctx.metadata_hash(fd(root)).unwrap().lower, h1.lower);
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("f", scratch.path("l")).unwrap();
        let followed = ctx
            .metadata_hash_at(fd(root), PathFlags::SYMLINK_FOLLOW, "l".into())
            .unwrap();
        assert_eq!(followed.lower, h1.lower);
        let link = ctx
            .metadata_hash_at(fd(root), PathFlags::empty(), "l".into())
            .unwrap();
        assert_ne!(link.lower, h1.lower);
    }
    assert_eq!(
        code(ctx.metadata_hash_at(fd(root), PathFlags::empty(), "missing".into())),
        ErrorCode::NoEntry
    );
}

/// Another descriptor of the preopen.
fn root_again(ctx: &mut WasiCtx) -> u32 {
    preopen_rep(ctx)
}

#[test]
fn get_directories_makes_a_new_descriptor_each_call() {
    let scratch = Scratch::new("preopens");
    scratch.write("f", "f");
    let mut ctx = scratch.ctx(DirPerms::ALL, FilePerms::ALL);
    let one = preopen_rep(&mut ctx);
    let two = preopen_rep(&mut ctx);
    assert_ne!(one, two);
    drop_fd(&mut ctx, one).unwrap();
    // The other still works.
    assert_eq!(
        stat_at(&mut ctx, two, PathFlags::empty(), "f")
            .unwrap()
            .size,
        1
    );
    let none = WasiCtxBuilder::new().build().get_directories().unwrap();
    assert!(none.is_empty());
}

#[cfg(unix)]
#[test]
fn hard_links_and_symlinks_are_made_and_read() {
    let scratch = Scratch::new("links");
    scratch.write("f", "shared");
    fs::create_dir(scratch.path("d")).unwrap();
    let (mut ctx, root) = scratch.open_all();
    ctx.link_at(
        fd(root),
        PathFlags::empty(),
        "f".into(),
        fd(root),
        "d/hard".into(),
    )
    .unwrap();
    assert_eq!(scratch.read("d/hard"), b"shared");
    assert_eq!(
        stat_at(&mut ctx, root, PathFlags::empty(), "f")
            .unwrap()
            .link_count,
        2
    );
    assert_eq!(
        code(ctx.link_at(
            fd(root),
            PathFlags::empty(),
            "f".into(),
            fd(root),
            "d/hard".into()
        )),
        ErrorCode::Exist
    );
    assert_eq!(
        code(ctx.link_at(
            fd(root),
            PathFlags::empty(),
            "missing".into(),
            fd(root),
            "x".into()
        )),
        ErrorCode::NoEntry
    );
    assert_eq!(
        code(ctx.link_at(
            fd(root),
            PathFlags::SYMLINK_FOLLOW,
            "f".into(),
            fd(root),
            "x".into()
        )),
        ErrorCode::Invalid
    );
    // A directory cannot be hard-linked.
    assert_eq!(
        code(ctx.link_at(
            fd(root),
            PathFlags::empty(),
            "d".into(),
            fd(root),
            "x".into()
        )),
        ErrorCode::NotPermitted
    );

    ctx.symlink_at(fd(root), "f".into(), "s".into()).unwrap();
    assert_eq!(ctx.readlink_at(fd(root), "s".into()).unwrap(), "f");
    assert_eq!(
        code(ctx.symlink_at(fd(root), "f".into(), "s".into())),
        ErrorCode::Exist
    );
    assert_eq!(
        code(ctx.readlink_at(fd(root), "f".into())),
        ErrorCode::Invalid
    );
    assert_eq!(
        code(ctx.readlink_at(fd(root), "missing".into())),
        ErrorCode::NoEntry
    );
    let s = open(
        &mut ctx,
        root,
        "s",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    )
    .unwrap();
    assert_eq!(ctx.read(fd(s), 100, 0).unwrap().0, b"shared");
    // Unlinking a symlink removes the link, not what it points at.
    ctx.unlink_file_at(fd(root), "s".into()).unwrap();
    assert!(fs::symlink_metadata(scratch.path("s")).is_err());
    assert_eq!(scratch.read("f"), b"shared");
}

#[test]
fn renames_and_links_between_preopens_with_other_permissions_are_refused() {
    let scratch = Scratch::new("crossperms");
    scratch.write("f", "f");
    fs::create_dir(scratch.path("other")).unwrap();
    let mut ctx = WasiCtxBuilder::new()
        .preopened_dir(scratch.path(""), "/a", DirPerms::ALL, FilePerms::READ)
        .unwrap()
        .preopened_dir(scratch.path("other"), "/b", DirPerms::ALL, FilePerms::ALL)
        .unwrap()
        .build();
    let dirs = ctx.get_directories().unwrap();
    let (a, b) = (dirs[0].0.rep(), dirs[1].0.rep());
    // Moving a read-only file where files are writable would unlock it.
    assert_eq!(
        code(ctx.rename_at(fd(a), "f".into(), fd(b), "f".into())),
        ErrorCode::NotPermitted
    );
    #[cfg(unix)]
    assert_eq!(
        code(ctx.link_at(fd(a), PathFlags::empty(), "f".into(), fd(b), "f".into())),
        ErrorCode::NotPermitted
    );
    assert!(scratch.path("f").exists() && !scratch.path("other/f").exists());
}

#[test]
fn stream_failures_carry_their_error_code() {
    let scratch = Scratch::new("errcode");
    scratch.write("f", "data");
    let (mut ctx, root) = scratch.open_all();
    // Opened for reading only: the host refuses the write itself.
    let file = open(
        &mut ctx,
        root,
        "f",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    )
    .unwrap();
    let out = ctx.write_via_stream(fd(file), 0).unwrap().rep();
    let failure = out_write(&mut ctx, out, b"x").unwrap_err();
    let io_streams::StreamError::LastOperationFailed(error) =
        ctx.convert_stream_error(failure).unwrap()
    else {
        panic!("expected last-operation-failed");
    };
    assert_eq!(
        ctx.filesystem_error_code(Resource::new_borrow(error.rep()))
            .unwrap(),
        Some(ErrorCode::BadDescriptor)
    );
    // The stream is closed after a failure.
    assert!(matches!(
        out_write(&mut ctx, out, b"x"),
        Err(StreamError::Closed)
    ));

    // Reading past what an offset can name.
    let input = ctx.read_via_stream(fd(file), u64::MAX).unwrap().rep();
    let failure = in_read(&mut ctx, input, 10).unwrap_err();
    let io_streams::StreamError::LastOperationFailed(error) =
        ctx.convert_stream_error(failure).unwrap()
    else {
        panic!("expected last-operation-failed");
    };
    assert_eq!(
        ctx.filesystem_error_code(Resource::new_borrow(error.rep()))
            .unwrap(),
        Some(ErrorCode::Invalid)
    );

    // Any I/O error behind a `wasi:io/error`.
    let pushed: Resource<types::Error> = ctx
        .table
        .push(IoError(io::Error::from(io::ErrorKind::NotFound)))
        .unwrap();
    assert_eq!(
        ctx.filesystem_error_code(pushed).unwrap(),
        Some(ErrorCode::NoEntry)
    );
}

#[test]
fn huge_lengths_and_offsets_are_errors_not_panics() {
    let scratch = Scratch::new("huge");
    scratch.write("f", "data");
    let (mut ctx, root) = scratch.open_all();
    let file = open(&mut ctx, root, "f", OpenFlags::empty(), rw()).unwrap();
    assert_eq!(
        code(ctx.read(fd(file), u64::MAX, u64::MAX)),
        ErrorCode::Invalid
    );
    assert_eq!(
        ctx.read(fd(file), u64::MAX, 0).unwrap(),
        (b"data".to_vec(), false)
    );
    assert_eq!(
        code(ctx.write(fd(file), b"x".to_vec(), u64::MAX)),
        ErrorCode::Invalid
    );
    // Far out, the host decides between too-large and invalid.
    let far = code(ctx.write(fd(file), b"x".to_vec(), i64::MAX as u64));
    assert!(
        matches!(far, ErrorCode::FileTooLarge | ErrorCode::Invalid),
        "{far:?}"
    );
    assert_eq!(
        code(ctx.advise(fd(file), u64::MAX, 0, Advice::Normal)),
        ErrorCode::Invalid
    );
    assert_eq!(
        code(ctx.advise(fd(file), 0, u64::MAX, Advice::Normal)),
        ErrorCode::Invalid
    );
    // A 1 MiB cap on one read, whatever the guest asks for.
    let big = vec![7u8; 3 << 20];
    assert_eq!(ctx.write(fd(file), big, 0).unwrap(), 3 << 20);
    assert_eq!(ctx.read(fd(file), u64::MAX, 0).unwrap().0.len(), 1 << 20);
    let input = ctx.read_via_stream(fd(file), 0).unwrap().rep();
    assert_eq!(in_read(&mut ctx, input, u64::MAX).unwrap().len(), 1 << 20);
    assert_eq!(
        io_streams::HostInputStream::blocking_read(&mut ctx, Resource::new_borrow(input), u64::MAX)
            .unwrap()
            .len(),
        1 << 20
    );
    // A stream far past the end writes there or fails; it does not panic.
    let out = ctx.write_via_stream(fd(file), u64::MAX - 1).unwrap().rep();
    assert!(matches!(
        out_write(&mut ctx, out, b"xy"),
        Err(StreamError::Failed(_))
    ));
    // A path of a mebibyte.
    let long = "a/".repeat(512 << 10);
    let result = open(&mut ctx, root, &long, OpenFlags::CREATE, rw());
    assert!(matches!(
        code(result),
        ErrorCode::NoEntry | ErrorCode::NameTooLong
    ));
    // A NUL inside a path.
    let nul = open(
        &mut ctx,
        root,
        "f\0/../../etc/passwd",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    );
    assert_eq!(code(nul), ErrorCode::Invalid);
}

#[test]
fn sync_advise_and_types_of_files_and_directories() {
    let scratch = Scratch::new("sync");
    scratch.write("f", "data");
    let (mut ctx, root) = scratch.open_all();
    let file = open(&mut ctx, root, "f", OpenFlags::empty(), rw()).unwrap();
    let read_only = open(
        &mut ctx,
        root,
        "f",
        OpenFlags::empty(),
        DescriptorFlags::READ,
    )
    .unwrap();
    for d in [file, read_only, root] {
        ctx.sync(fd(d)).unwrap();
        ctx.sync_data(fd(d)).unwrap();
    }
    for advice in [
        Advice::Normal,
        Advice::Sequential,
        Advice::Random,
        Advice::WillNeed,
        Advice::DontNeed,
        Advice::NoReuse,
    ] {
        ctx.advise(fd(file), 0, 4, advice).unwrap();
    }
    ctx.advise(fd(file), 0, 0, Advice::Sequential).unwrap();
    assert_eq!(
        code(ctx.advise(fd(root), 0, 0, Advice::Normal)),
        ErrorCode::BadDescriptor
    );
    assert_eq!(code(ctx.read(fd(root), 1, 0)), ErrorCode::BadDescriptor);
    assert_eq!(
        code(ctx.write_via_stream(fd(root), 0)),
        ErrorCode::BadDescriptor
    );
    assert_eq!(
        code(ctx.read_via_stream(fd(root), 0)),
        ErrorCode::IsDirectory
    );
    assert_eq!(
        code(ctx.create_directory_at(fd(file), "x".into())),
        ErrorCode::NotDirectory
    );
    assert_eq!(
        code(open(
            &mut ctx,
            file,
            "x",
            OpenFlags::empty(),
            DescriptorFlags::READ
        )),
        ErrorCode::NotDirectory
    );
}

#[test]
fn io_errors_map_to_error_codes_like_wasmtime_wasi() {
    use rustix::io::Errno;
    let os = |errno: Errno| error_code(&io::Error::from_raw_os_error(errno.raw_os_error()));
    assert_eq!(os(Errno::NOENT), ErrorCode::NoEntry);
    assert_eq!(os(Errno::EXIST), ErrorCode::Exist);
    assert_eq!(os(Errno::NOTDIR), ErrorCode::NotDirectory);
    assert_eq!(os(Errno::ISDIR), ErrorCode::IsDirectory);
    assert_eq!(os(Errno::ACCESS), ErrorCode::Access);
    assert_eq!(os(Errno::PERM), ErrorCode::NotPermitted);
    assert_eq!(os(Errno::NOTEMPTY), ErrorCode::NotEmpty);
    assert_eq!(os(Errno::LOOP), ErrorCode::Loop);
    assert_eq!(os(Errno::INVAL), ErrorCode::Invalid);
    assert_eq!(os(Errno::BADF), ErrorCode::BadDescriptor);
    assert_eq!(os(Errno::NAMETOOLONG), ErrorCode::NameTooLong);
    assert_eq!(os(Errno::NOSPC), ErrorCode::InsufficientSpace);
    assert_eq!(os(Errno::FBIG), ErrorCode::FileTooLarge);
    assert_eq!(os(Errno::SPIPE), ErrorCode::InvalidSeek);
    assert_eq!(os(Errno::XDEV), ErrorCode::CrossDevice);
    assert_eq!(os(Errno::ROFS), ErrorCode::ReadOnly);
    assert_eq!(os(Errno::NOTSUP), ErrorCode::Unsupported);
    // Errors without a number go by their kind; cap-std's sandbox
    // refusals are `PermissionDenied`.
    let kind = |kind: io::ErrorKind| error_code(&io::Error::new(kind, "x"));
    assert_eq!(
        kind(io::ErrorKind::PermissionDenied),
        ErrorCode::NotPermitted
    );
    assert_eq!(kind(io::ErrorKind::NotFound), ErrorCode::NoEntry);
    assert_eq!(kind(io::ErrorKind::AlreadyExists), ErrorCode::Exist);
    assert_eq!(kind(io::ErrorKind::InvalidInput), ErrorCode::Invalid);
    assert_eq!(kind(io::ErrorKind::Other), ErrorCode::Io);
    // Through `?`.
    let err: FsError = io::Error::from_raw_os_error(Errno::NOENT.raw_os_error()).into();
    assert_eq!(err.code(), Some(ErrorCode::NoEntry));
    let err: FsError = crate::table::trap("boom").into();
    assert_eq!(err.code(), None);
    assert!(err.to_string().contains("boom"));
}
