//! `wasi:filesystem`: preopened directories and the descriptors opened
//! under them, over cap-std.
//!
//! **Sandbox.** Every path is resolved by cap-std's [`Dir`] methods relative
//! to a directory descriptor: `..` past it, absolute paths and symlinks
//! leading out (absolute ones, or relative ones climbing out) fail with
//! `not-permitted`, as the WIT and wasmtime-wasi say. No path is ever
//! joined and handed to `std::fs`.
//!
//! **Permissions.** A preopen's [`DirPerms`] and [`FilePerms`] hold for
//! everything opened under it, and are checked before the OS has its say,
//! with wasmtime-wasi's codes: without `DirPerms::READ` nothing can be
//! opened, listed or stat'ed by path; without `DirPerms::MUTATE` nothing
//! can be created, removed, renamed, linked or opened for writing; without
//! `FilePerms::WRITE` files cannot be written, truncated or have their
//! times set; without `FilePerms::READ` they cannot be read. Each refusal
//! is `not-permitted`. A directory descriptor's `mutate-directory` flag
//! says whether the preopen grants `DirPerms::MUTATE`; asking `open-at`
//! for `mutate-directory` without it is `read-only`.
//!
//! **Streams.** The streams of a file are children of its descriptor in
//! the [`crate::ResourceTable`]: dropping a descriptor while one of its
//! streams lives traps.

use std::fmt;
use std::io;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use canon_host::{Error, Resource, Result};
use cap_fs_ext::{
    DirExt, FileTypeExt, FollowSymlinks, OpenOptionsFollowExt, OpenOptionsMaybeDirExt,
    OpenOptionsSyncExt, SystemTimeSpec,
};
use cap_std::fs::{Dir, FileType, Metadata, OpenOptions};

use crate::WasiCtx;
use crate::bindings::wasi::clocks::wall_clock::Datetime;
use crate::bindings::wasi::filesystem::{preopens, types};
use crate::ctx::{DirPerms, FilePerms, Preopen};
use crate::io::IoError;
use crate::stream::{InputStream, OutputStream};

mod stream;
mod sys;
#[cfg(test)]
mod tests;

use stream::{FileInputStream, FileOutputStream};
pub(crate) use types::ErrorCode;
use types::{
    Advice, DescriptorFlags, DescriptorStat, DescriptorType, DirectoryEntry, Filesize,
    MetadataHashValue, NewTimestamp, OpenFlags, PathFlags,
};

/// A filesystem error: a WASI error code for the guest, or a trap.
#[derive(Debug)]
pub enum FsError {
    /// The operation failed with this `error-code`.
    Code(ErrorCode),
    /// The guest misused the interface (a bad handle, a handle of another
    /// type, a descriptor dropped before its streams): the call traps.
    Trap(Error),
}

impl FsError {
    /// The error code, if this is not a trap.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            FsError::Code(code) => Some(*code),
            FsError::Trap(_) => None,
        }
    }
}

impl fmt::Display for FsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FsError::Code(code) => write!(f, "filesystem error: {code:?}"),
            FsError::Trap(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for FsError {}

impl From<ErrorCode> for FsError {
    fn from(code: ErrorCode) -> Self {
        FsError::Code(code)
    }
}

impl From<Error> for FsError {
    fn from(e: Error) -> Self {
        FsError::Trap(e)
    }
}

impl From<io::Error> for FsError {
    fn from(e: io::Error) -> Self {
        FsError::Code(error_code(&e))
    }
}

type FsResult<T> = std::result::Result<T, FsError>;

/// The WASI error code of a host I/O error: by its OS error number where it
/// has one (as wasmtime-wasi maps them), else by its kind. cap-std's
/// sandbox refusals (`..` out, absolute paths, symlinks out) carry no
/// number and are `PermissionDenied`: `not-permitted`.
pub(crate) fn error_code(err: &io::Error) -> ErrorCode {
    if let Some(code) = err.raw_os_error().and_then(sys::errno_code) {
        return code;
    }
    match err.kind() {
        io::ErrorKind::NotFound => ErrorCode::NoEntry,
        io::ErrorKind::PermissionDenied => ErrorCode::NotPermitted,
        io::ErrorKind::AlreadyExists => ErrorCode::Exist,
        io::ErrorKind::InvalidInput => ErrorCode::Invalid,
        io::ErrorKind::FileTooLarge => ErrorCode::FileTooLarge,
        io::ErrorKind::Unsupported => ErrorCode::Unsupported,
        io::ErrorKind::Interrupted => ErrorCode::Interrupted,
        io::ErrorKind::WouldBlock => ErrorCode::WouldBlock,
        _ => ErrorCode::Io,
    }
}

/// An open file.
#[derive(Clone)]
struct OpenFile {
    file: Arc<std::fs::File>,
    perms: FilePerms,
    /// What `get-flags` reports: the mode it was opened in.
    flags: DescriptorFlags,
}

/// An open directory, and what may be done under it.
#[derive(Clone)]
struct OpenDir {
    dir: Arc<Dir>,
    perms: DirPerms,
    file_perms: FilePerms,
    /// What `get-flags` reports.
    flags: DescriptorFlags,
}

impl OpenDir {
    fn of_preopen(preopen: &Preopen) -> Self {
        OpenDir {
            dir: Arc::clone(&preopen.dir),
            perms: preopen.dir_perms,
            file_perms: preopen.file_perms,
            flags: dir_flags(preopen.dir_perms),
        }
    }

    /// Refuses unless the preopen grants `DirPerms::READ`.
    fn require_read(&self) -> FsResult<()> {
        if self.perms.contains(DirPerms::READ) {
            Ok(())
        } else {
            Err(ErrorCode::NotPermitted.into())
        }
    }

    /// Refuses unless the preopen grants `DirPerms::MUTATE`.
    fn require_mutate(&self) -> FsResult<()> {
        if self.perms.contains(DirPerms::MUTATE) {
            Ok(())
        } else {
            Err(ErrorCode::NotPermitted.into())
        }
    }

    /// Refuses a rename or link between trees with different permissions:
    /// moving a file would otherwise change what may be done to it.
    fn require_same_perms(&self, other: &OpenDir) -> FsResult<()> {
        if self.perms == other.perms && self.file_perms == other.file_perms {
            Ok(())
        } else {
            Err(ErrorCode::NotPermitted.into())
        }
    }

    /// A file handle of the directory itself, for the calls `Dir` does not
    /// offer (`fsync`, `futimens`): preopens are opened `O_PATH`.
    fn reopen(&self) -> io::Result<std::fs::File> {
        let file = self.dir.open_with(".", OpenOptions::new().read(true))?;
        Ok(file.into_std())
    }
}

/// The `get-flags` of a directory under a preopen with `perms`.
fn dir_flags(perms: DirPerms) -> DescriptorFlags {
    let mut flags = DescriptorFlags::empty();
    if perms.contains(DirPerms::READ) {
        flags |= DescriptorFlags::READ;
    }
    if perms.contains(DirPerms::MUTATE) {
        flags |= DescriptorFlags::MUTATE_DIRECTORY;
    }
    flags
}

/// The table value behind a `descriptor` handle.
enum Descriptor {
    File(OpenFile),
    Dir(OpenDir),
}

impl Descriptor {
    /// The file, for file-only operations (`bad-descriptor` on a
    /// directory, as wasmtime-wasi answers).
    fn file(&self) -> FsResult<&OpenFile> {
        match self {
            Descriptor::File(f) => Ok(f),
            Descriptor::Dir(_) => Err(ErrorCode::BadDescriptor.into()),
        }
    }

    /// The directory, for path operations (`not-directory` on a file).
    fn dir(&self) -> FsResult<&OpenDir> {
        match self {
            Descriptor::Dir(d) => Ok(d),
            Descriptor::File(_) => Err(ErrorCode::NotDirectory.into()),
        }
    }

    fn metadata(&self) -> io::Result<Metadata> {
        match self {
            Descriptor::File(f) => Metadata::from_file(&f.file),
            Descriptor::Dir(d) => d.dir.dir_metadata(),
        }
    }

    fn flags(&self) -> DescriptorFlags {
        match self {
            Descriptor::File(f) => f.flags,
            Descriptor::Dir(d) => d.flags,
        }
    }
}

/// The table value behind a `directory-entry-stream` handle: the entries,
/// read when the stream was made (so that it needs nothing of the
/// descriptor afterwards), and any error met reading them.
struct DirectoryEntries {
    entries: std::vec::IntoIter<std::result::Result<DirectoryEntry, ErrorCode>>,
}

type DescriptorHandle = Resource<types::Descriptor>;

impl WasiCtx {
    fn descriptor(&self, fd: &DescriptorHandle) -> Result<&Descriptor> {
        self.table.get(fd)
    }

    fn open_dir(&self, fd: &DescriptorHandle) -> FsResult<OpenDir> {
        Ok(self.descriptor(fd)?.dir()?.clone())
    }

    /// The file behind `fd`, if the preopen lets it be written.
    fn writable_file(&self, fd: &DescriptorHandle) -> FsResult<Arc<std::fs::File>> {
        let file = self.descriptor(fd)?.file()?;
        if !file.perms.contains(FilePerms::WRITE) {
            return Err(ErrorCode::NotPermitted.into());
        }
        Ok(Arc::clone(&file.file))
    }
}

fn follow(path_flags: PathFlags) -> FollowSymlinks {
    if path_flags.contains(PathFlags::SYMLINK_FOLLOW) {
        FollowSymlinks::Yes
    } else {
        FollowSymlinks::No
    }
}

/// A path's metadata, following a final symlink or not.
fn metadata_at(dir: &Dir, path_flags: PathFlags, path: &str) -> io::Result<Metadata> {
    match follow(path_flags) {
        FollowSymlinks::Yes => dir.metadata(path),
        FollowSymlinks::No => dir.symlink_metadata(path),
    }
}

fn descriptor_type(ty: FileType) -> DescriptorType {
    if ty.is_dir() {
        DescriptorType::Directory
    } else if ty.is_symlink() {
        DescriptorType::SymbolicLink
    } else if ty.is_file() {
        DescriptorType::RegularFile
    } else if ty.is_block_device() {
        DescriptorType::BlockDevice
    } else if ty.is_char_device() {
        DescriptorType::CharacterDevice
    } else if ty.is_fifo() {
        DescriptorType::Fifo
    } else if ty.is_socket() {
        DescriptorType::Socket
    } else {
        DescriptorType::Unknown
    }
}

/// A time as a WASI `datetime`; none before 1970.
fn datetime(t: SystemTime) -> Option<Datetime> {
    let d = t.duration_since(SystemTime::UNIX_EPOCH).ok()?;
    Some(Datetime {
        seconds: d.as_secs(),
        nanoseconds: d.subsec_nanos(),
    })
}

fn descriptor_stat(meta: &Metadata) -> DescriptorStat {
    DescriptorStat {
        type_: descriptor_type(meta.file_type()),
        link_count: cap_fs_ext::MetadataExt::nlink(meta),
        size: meta.len(),
        data_access_timestamp: meta.accessed().ok().and_then(|t| datetime(t.into_std())),
        data_modification_timestamp: meta.modified().ok().and_then(|t| datetime(t.into_std())),
        status_change_timestamp: sys::status_change_time(meta),
    }
}

/// The hash of a file's identity (device and inode), as wasmtime-wasi
/// computes it: it does not change while the file is the same one.
fn metadata_hash(meta: &Metadata) -> MetadataHashValue {
    use std::hash::{Hash, Hasher};
    let identity = (
        cap_fs_ext::MetadataExt::dev(meta),
        cap_fs_ext::MetadataExt::ino(meta),
    );
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    identity.hash(&mut hasher);
    let lower = hasher.finish();
    // 64 bits of hash; the upper half is the lower one xor a constant (the
    // bits of pi as an f64), so that the halves do not look mangled.
    MetadataHashValue {
        lower,
        upper: lower ^ 0x400921fb54442d18,
    }
}

/// A WASI `datetime` as a host time; `overflow` past what the host holds.
fn system_time(t: &Datetime) -> std::result::Result<SystemTime, ErrorCode> {
    let seconds = t
        .seconds
        .checked_add(u64::from(t.nanoseconds / 1_000_000_000))
        .ok_or(ErrorCode::Overflow)?;
    let since = Duration::new(seconds, t.nanoseconds % 1_000_000_000);
    SystemTime::UNIX_EPOCH
        .checked_add(since)
        .ok_or(ErrorCode::Overflow)
}

/// A `new-timestamp` for `set-times` (on an open handle).
fn file_time(t: &NewTimestamp) -> std::result::Result<Option<SystemTime>, ErrorCode> {
    match t {
        NewTimestamp::NoChange => Ok(None),
        NewTimestamp::Now => Ok(Some(SystemTime::now())),
        NewTimestamp::Timestamp(t) => system_time(t).map(Some),
    }
}

/// A `new-timestamp` for `set-times-at` (by path).
fn time_spec(t: &NewTimestamp) -> std::result::Result<Option<SystemTimeSpec>, ErrorCode> {
    match t {
        NewTimestamp::NoChange => Ok(None),
        NewTimestamp::Now => Ok(Some(SystemTimeSpec::SymbolicNow)),
        NewTimestamp::Timestamp(t) => Ok(Some(SystemTimeSpec::Absolute(
            cap_std::time::SystemTime::from_std(system_time(t)?),
        ))),
    }
}

fn file_times(
    atime: &NewTimestamp,
    mtime: &NewTimestamp,
) -> std::result::Result<std::fs::FileTimes, ErrorCode> {
    let mut times = std::fs::FileTimes::new();
    if let Some(t) = file_time(atime)? {
        times = times.set_accessed(t);
    }
    if let Some(t) = file_time(mtime)? {
        times = times.set_modified(t);
    }
    Ok(times)
}

/// The most one `read` returns, as for streams.
const MAX_READ: u64 = 1 << 20;

/// Offsets and lengths past `i64::MAX` name no place in a file.
fn check_offset(value: u64) -> FsResult<()> {
    if i64::try_from(value).is_ok() {
        Ok(())
    } else {
        Err(ErrorCode::Invalid.into())
    }
}

/// Runs `op`, retrying while it is interrupted.
fn retry<T>(mut op: impl FnMut() -> io::Result<T>) -> io::Result<T> {
    loop {
        match op() {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            other => return other,
        }
    }
}

impl preopens::Host for WasiCtx {
    fn get_directories(&mut self) -> Result<Vec<(Resource<preopens::Descriptor>, String)>> {
        let mut dirs = Vec::with_capacity(self.preopens.len());
        for preopen in &self.preopens {
            let fd = self
                .table
                .push(Descriptor::Dir(OpenDir::of_preopen(preopen)))?;
            dirs.push((fd, preopen.guest_path.clone()));
        }
        Ok(dirs)
    }
}

impl types::Host for WasiCtx {
    fn filesystem_error_code(&mut self, err: Resource<types::Error>) -> Result<Option<ErrorCode>> {
        let err = &self.table.get::<_, IoError>(&err)?.0;
        Ok(Some(error_code(err)))
    }

    fn convert_error_code(&mut self, err: FsError) -> Result<ErrorCode> {
        match err {
            FsError::Code(code) => Ok(code),
            FsError::Trap(e) => Err(e),
        }
    }
}

impl types::HostDirectoryEntryStream for WasiCtx {
    fn drop(&mut self, rep: Resource<types::DirectoryEntryStream>) -> Result<()> {
        self.table.delete::<_, DirectoryEntries>(rep)?;
        Ok(())
    }

    fn read_directory_entry(
        &mut self,
        self_: Resource<types::DirectoryEntryStream>,
    ) -> FsResult<Option<DirectoryEntry>> {
        let stream = self.table.get_mut::<_, DirectoryEntries>(&self_)?;
        match stream.entries.next() {
            None => Ok(None),
            Some(Ok(entry)) => Ok(Some(entry)),
            Some(Err(code)) => Err(code.into()),
        }
    }
}

impl types::HostDescriptor for WasiCtx {
    fn drop(&mut self, rep: DescriptorHandle) -> Result<()> {
        // Traps while a stream of it lives.
        self.table.delete::<_, Descriptor>(rep)?;
        Ok(())
    }

    fn read_via_stream(
        &mut self,
        self_: DescriptorHandle,
        offset: Filesize,
    ) -> FsResult<Resource<types::InputStream>> {
        let file = match self.descriptor(&self_)? {
            Descriptor::File(f) if f.perms.contains(FilePerms::READ) => Arc::clone(&f.file),
            Descriptor::File(_) => return Err(ErrorCode::NotPermitted.into()),
            // Reading a directory is `EISDIR` in POSIX.
            Descriptor::Dir(_) => return Err(ErrorCode::IsDirectory.into()),
        };
        let stream: Box<dyn InputStream> = Box::new(FileInputStream::new(file, offset));
        Ok(self.table.push_child(stream, self_.rep())?)
    }

    fn write_via_stream(
        &mut self,
        self_: DescriptorHandle,
        offset: Filesize,
    ) -> FsResult<Resource<types::OutputStream>> {
        let file = self.writable_file(&self_)?;
        let stream: Box<dyn OutputStream> = Box::new(FileOutputStream::at(file, offset));
        Ok(self.table.push_child(stream, self_.rep())?)
    }

    fn append_via_stream(
        &mut self,
        self_: DescriptorHandle,
    ) -> FsResult<Resource<types::OutputStream>> {
        let file = self.writable_file(&self_)?;
        let stream: Box<dyn OutputStream> = Box::new(FileOutputStream::append(file));
        Ok(self.table.push_child(stream, self_.rep())?)
    }

    fn advise(
        &mut self,
        self_: DescriptorHandle,
        offset: Filesize,
        length: Filesize,
        advice: Advice,
    ) -> FsResult<()> {
        let file = self.descriptor(&self_)?.file()?;
        check_offset(offset)?;
        check_offset(length)?;
        sys::advise(&file.file, offset, length, advice)?;
        Ok(())
    }

    fn sync_data(&mut self, self_: DescriptorHandle) -> FsResult<()> {
        match self.descriptor(&self_)? {
            Descriptor::File(f) => f.file.sync_data()?,
            Descriptor::Dir(d) => d.reopen()?.sync_data()?,
        }
        Ok(())
    }

    fn get_flags(&mut self, self_: DescriptorHandle) -> FsResult<DescriptorFlags> {
        Ok(self.descriptor(&self_)?.flags())
    }

    fn get_type(&mut self, self_: DescriptorHandle) -> FsResult<DescriptorType> {
        match self.descriptor(&self_)? {
            Descriptor::File(f) => Ok(descriptor_type(Metadata::from_file(&f.file)?.file_type())),
            Descriptor::Dir(_) => Ok(DescriptorType::Directory),
        }
    }

    fn set_size(&mut self, self_: DescriptorHandle, size: Filesize) -> FsResult<()> {
        let file = self.descriptor(&self_)?.file()?;
        if !file.perms.contains(FilePerms::WRITE) {
            return Err(ErrorCode::NotPermitted.into());
        }
        retry(|| file.file.set_len(size))?;
        Ok(())
    }

    fn set_times(
        &mut self,
        self_: DescriptorHandle,
        data_access_timestamp: NewTimestamp,
        data_modification_timestamp: NewTimestamp,
    ) -> FsResult<()> {
        match self.descriptor(&self_)? {
            Descriptor::File(f) => {
                if !f.perms.contains(FilePerms::WRITE) {
                    return Err(ErrorCode::NotPermitted.into());
                }
                let times = file_times(&data_access_timestamp, &data_modification_timestamp)?;
                f.file.set_times(times)?;
            }
            Descriptor::Dir(d) => {
                d.require_mutate()?;
                let times = file_times(&data_access_timestamp, &data_modification_timestamp)?;
                d.reopen()?.set_times(times)?;
            }
        }
        Ok(())
    }

    fn read(
        &mut self,
        self_: DescriptorHandle,
        length: Filesize,
        offset: Filesize,
    ) -> FsResult<(Vec<u8>, bool)> {
        let file = self.descriptor(&self_)?.file()?;
        if !file.perms.contains(FilePerms::READ) {
            return Err(ErrorCode::NotPermitted.into());
        }
        check_offset(offset)?;
        if length == 0 {
            // Nothing to read; at the end only if the offset is.
            let size = file.file.metadata()?.len();
            return Ok((Vec::new(), offset >= size));
        }
        // Bounded by `MAX_READ`, so it fits in a `usize`.
        let mut buf = vec![0; length.min(MAX_READ) as usize];
        let n = retry(|| sys::read_at(&file.file, &mut buf, offset))?;
        buf.truncate(n);
        // As in wasmtime-wasi: the end is reported by an empty read.
        Ok((buf, n == 0))
    }

    fn write(
        &mut self,
        self_: DescriptorHandle,
        buffer: Vec<u8>,
        offset: Filesize,
    ) -> FsResult<Filesize> {
        let file = self.descriptor(&self_)?.file()?;
        if !file.perms.contains(FilePerms::WRITE) {
            return Err(ErrorCode::NotPermitted.into());
        }
        check_offset(offset)?;
        let n = retry(|| sys::write_at(&file.file, &buffer, offset))?;
        Ok(n as Filesize)
    }

    fn read_directory(
        &mut self,
        self_: DescriptorHandle,
    ) -> FsResult<Resource<types::DirectoryEntryStream>> {
        let dir = self.descriptor(&self_)?.dir()?;
        dir.require_read()?;
        let mut entries = Vec::new();
        for entry in dir.dir.entries()? {
            let entry = entry.and_then(|entry| {
                let type_ = descriptor_type(entry.file_type()?);
                Ok((entry.file_name(), type_))
            });
            entries.push(match entry {
                Ok((name, type_)) => match name.into_string() {
                    // cap-std leaves them out already; the WIT insists.
                    Ok(name) if name == "." || name == ".." => continue,
                    Ok(name) => Ok(DirectoryEntry { type_, name }),
                    Err(_) => Err(ErrorCode::IllegalByteSequence),
                },
                Err(e) => Err(error_code(&e)),
            });
        }
        let stream = DirectoryEntries {
            entries: entries.into_iter(),
        };
        Ok(self.table.push(stream)?)
    }

    fn sync(&mut self, self_: DescriptorHandle) -> FsResult<()> {
        match self.descriptor(&self_)? {
            Descriptor::File(f) => f.file.sync_all()?,
            Descriptor::Dir(d) => d.reopen()?.sync_all()?,
        }
        Ok(())
    }

    fn create_directory_at(&mut self, self_: DescriptorHandle, path: String) -> FsResult<()> {
        let dir = self.descriptor(&self_)?.dir()?;
        dir.require_mutate()?;
        dir.dir.create_dir(&path)?;
        Ok(())
    }

    fn stat(&mut self, self_: DescriptorHandle) -> FsResult<DescriptorStat> {
        Ok(descriptor_stat(&self.descriptor(&self_)?.metadata()?))
    }

    fn stat_at(
        &mut self,
        self_: DescriptorHandle,
        path_flags: PathFlags,
        path: String,
    ) -> FsResult<DescriptorStat> {
        let dir = self.descriptor(&self_)?.dir()?;
        dir.require_read()?;
        Ok(descriptor_stat(&metadata_at(&dir.dir, path_flags, &path)?))
    }

    fn set_times_at(
        &mut self,
        self_: DescriptorHandle,
        path_flags: PathFlags,
        path: String,
        data_access_timestamp: NewTimestamp,
        data_modification_timestamp: NewTimestamp,
    ) -> FsResult<()> {
        let dir = self.descriptor(&self_)?.dir()?;
        dir.require_mutate()?;
        if !dir.file_perms.contains(FilePerms::WRITE) {
            return Err(ErrorCode::NotPermitted.into());
        }
        let atime = time_spec(&data_access_timestamp)?;
        let mtime = time_spec(&data_modification_timestamp)?;
        match follow(path_flags) {
            FollowSymlinks::Yes => dir.dir.set_times(&path, atime, mtime)?,
            FollowSymlinks::No => dir.dir.set_symlink_times(&path, atime, mtime)?,
        }
        Ok(())
    }

    fn link_at(
        &mut self,
        self_: DescriptorHandle,
        old_path_flags: PathFlags,
        old_path: String,
        new_descriptor: DescriptorHandle,
        new_path: String,
    ) -> FsResult<()> {
        let old = self.open_dir(&self_)?;
        let new = self.open_dir(&new_descriptor)?;
        old.require_mutate()?;
        new.require_mutate()?;
        if old_path_flags.contains(PathFlags::SYMLINK_FOLLOW) {
            // Hard links to what a symlink points at are not made (as in
            // wasmtime-wasi): `linkat` never follows here.
            return Err(ErrorCode::Invalid.into());
        }
        old.require_same_perms(&new)?;
        old.dir.hard_link(&old_path, &new.dir, &new_path)?;
        Ok(())
    }

    fn open_at(
        &mut self,
        self_: DescriptorHandle,
        path_flags: PathFlags,
        path: String,
        open_flags: OpenFlags,
        flags: DescriptorFlags,
    ) -> FsResult<DescriptorHandle> {
        let base = self.open_dir(&self_)?;
        base.require_read()?;
        let create = open_flags.contains(OpenFlags::CREATE);
        let truncate = open_flags.contains(OpenFlags::TRUNCATE);
        let write = flags.contains(DescriptorFlags::WRITE) || create || truncate;
        // Without a write flag the file is opened for reading, so that the
        // OS lets it be opened at all (as wasmtime-wasi does).
        let read = flags.contains(DescriptorFlags::READ) || !write;
        if !base.perms.contains(DirPerms::MUTATE) {
            if write {
                return Err(ErrorCode::NotPermitted.into());
            }
            if flags.contains(DescriptorFlags::MUTATE_DIRECTORY) {
                return Err(ErrorCode::ReadOnly.into());
            }
        }
        if open_flags.contains(OpenFlags::DIRECTORY)
            && (create || truncate || open_flags.contains(OpenFlags::EXCLUSIVE))
        {
            return Err(ErrorCode::Invalid.into());
        }
        if write && !base.file_perms.contains(FilePerms::WRITE) {
            return Err(ErrorCode::NotPermitted.into());
        }

        let mut opts = OpenOptions::new();
        opts.read(read).write(write).truncate(truncate);
        if create {
            if open_flags.contains(OpenFlags::EXCLUSIVE) {
                opts.create_new(true);
            } else {
                opts.create(true);
            }
        }
        opts.follow(follow(path_flags));
        opts.maybe_dir(true);
        let sync_flags = DescriptorFlags::FILE_INTEGRITY_SYNC
            | DescriptorFlags::DATA_INTEGRITY_SYNC
            | DescriptorFlags::REQUESTED_WRITE_SYNC;
        opts.sync(flags.contains(DescriptorFlags::FILE_INTEGRITY_SYNC));
        opts.dsync(flags.contains(DescriptorFlags::DATA_INTEGRITY_SYNC));
        opts.rsync(flags.contains(DescriptorFlags::REQUESTED_WRITE_SYNC));

        let file = base.dir.open_with(&path, &opts)?;
        let descriptor = if file.metadata()?.is_dir() {
            if write {
                // POSIX says so; Windows would let it be opened.
                return Err(ErrorCode::IsDirectory.into());
            }
            Descriptor::Dir(OpenDir {
                dir: Arc::new(Dir::from_std_file(file.into_std())),
                perms: base.perms,
                file_perms: base.file_perms,
                flags: dir_flags(base.perms) | (flags & sync_flags),
            })
        } else if open_flags.contains(OpenFlags::DIRECTORY) {
            return Err(ErrorCode::NotDirectory.into());
        } else {
            let mut file_flags = flags & sync_flags;
            if read {
                file_flags |= DescriptorFlags::READ;
            }
            if write {
                file_flags |= DescriptorFlags::WRITE;
            }
            Descriptor::File(OpenFile {
                file: Arc::new(file.into_std()),
                perms: base.file_perms,
                flags: file_flags,
            })
        };
        Ok(self.table.push(descriptor)?)
    }

    fn readlink_at(&mut self, self_: DescriptorHandle, path: String) -> FsResult<String> {
        let dir = self.descriptor(&self_)?.dir()?;
        dir.require_read()?;
        // cap-std refuses to read a link to an absolute path.
        let target = dir.dir.read_link(&path)?;
        target
            .into_os_string()
            .into_string()
            .map_err(|_| ErrorCode::IllegalByteSequence.into())
    }

    fn remove_directory_at(&mut self, self_: DescriptorHandle, path: String) -> FsResult<()> {
        let dir = self.descriptor(&self_)?.dir()?;
        dir.require_mutate()?;
        dir.dir.remove_dir(&path)?;
        Ok(())
    }

    fn rename_at(
        &mut self,
        self_: DescriptorHandle,
        old_path: String,
        new_descriptor: DescriptorHandle,
        new_path: String,
    ) -> FsResult<()> {
        let old = self.open_dir(&self_)?;
        let new = self.open_dir(&new_descriptor)?;
        old.require_mutate()?;
        new.require_mutate()?;
        old.require_same_perms(&new)?;
        old.dir.rename(&old_path, &new.dir, &new_path)?;
        Ok(())
    }

    fn symlink_at(
        &mut self,
        self_: DescriptorHandle,
        old_path: String,
        new_path: String,
    ) -> FsResult<()> {
        let dir = self.descriptor(&self_)?.dir()?;
        dir.require_mutate()?;
        if old_path.starts_with('/') {
            // As the WIT says (cap-std refuses it too).
            return Err(ErrorCode::NotPermitted.into());
        }
        DirExt::symlink(&*dir.dir, &old_path, &new_path)?;
        Ok(())
    }

    fn unlink_file_at(&mut self, self_: DescriptorHandle, path: String) -> FsResult<()> {
        let dir = self.descriptor(&self_)?.dir()?;
        dir.require_mutate()?;
        dir.dir.remove_file_or_symlink(&path)?;
        Ok(())
    }

    fn is_same_object(&mut self, self_: DescriptorHandle, other: DescriptorHandle) -> Result<bool> {
        let a = self.descriptor(&self_)?.metadata();
        let b = self.descriptor(&other)?.metadata();
        Ok(match (a, b) {
            (Ok(a), Ok(b)) => {
                cap_fs_ext::MetadataExt::dev(&a) == cap_fs_ext::MetadataExt::dev(&b)
                    && cap_fs_ext::MetadataExt::ino(&a) == cap_fs_ext::MetadataExt::ino(&b)
            }
            // Not known to be the same.
            _ => false,
        })
    }

    fn metadata_hash(&mut self, self_: DescriptorHandle) -> FsResult<MetadataHashValue> {
        Ok(metadata_hash(&self.descriptor(&self_)?.metadata()?))
    }

    fn metadata_hash_at(
        &mut self,
        self_: DescriptorHandle,
        path_flags: PathFlags,
        path: String,
    ) -> FsResult<MetadataHashValue> {
        let dir = self.descriptor(&self_)?.dir()?;
        dir.require_read()?;
        Ok(metadata_hash(&metadata_at(&dir.dir, path_flags, &path)?))
    }
}
