//! Typed errors: `Trap` for what went wrong while running guest code, `Error`
//! for everything (loading, linking, type mismatches, traps).

use std::fmt;

/// Why execution trapped.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TrapKind {
    /// `unreachable` executed.
    Unreachable,
    /// A core memory access was out of bounds.
    MemoryOutOfBounds,
    /// Integer division by zero.
    DivisionByZero,
    /// Integer overflow (e.g. `i32.div_s` of `MIN / -1`).
    IntegerOverflow,
    /// Invalid float-to-int conversion.
    BadConversionToInteger,
    /// Indirect call through a null or out-of-bounds table entry.
    IndirectCall,
    /// Indirect call type mismatch.
    BadSignature,
    /// Table access out of bounds.
    TableOutOfBounds,
    /// The call stack was exhausted.
    StackOverflow,
    /// The store ran out of fuel.
    OutOfFuel,
    /// Another engine trap.
    Other(String),
    /// A canonical-ABI pointer/length range outside linear memory.
    PointerOutOfBounds {
        /// The start.
        ptr: u32,
        /// The byte length.
        len: u32,
    },
    /// A canonical-ABI pointer not aligned for its type.
    MisalignedPointer {
        /// The pointer.
        ptr: u32,
        /// The required alignment.
        align: u32,
    },
    /// A list or string length whose byte size overflows 32 bits.
    LengthOverflow,
    /// A string with invalid UTF-8.
    InvalidUtf8,
    /// A string with invalid UTF-16.
    InvalidUtf16,
    /// A `char` that is not a Unicode scalar value.
    InvalidChar(u32),
    /// A variant/enum/option/result discriminant out of range.
    InvalidDiscriminant {
        /// The discriminant read.
        value: u32,
        /// How many cases the type has.
        cases: u32,
    },
    /// `realloc` returned a pointer out of bounds or misaligned.
    BadRealloc {
        /// The pointer returned.
        ptr: u32,
    },
    /// A post-return function trapped.
    PostReturn(Box<TrapKind>),
    /// A component instance was entered while it may not be.
    CannotEnter,
    /// A component instance called out while it may not leave.
    CannotLeave,
    /// An import defined as a trap (`define_unknown_imports_as_traps`).
    UnknownImport(String),
    /// A host function returned an error.
    Host(String),
    /// A host function ended the run with an exit status (WASI's
    /// `wasi:cli/exit`): not a fault, but the guest cannot go on.
    Exit(i32),
    /// A feature canon-host does not implement was used at run time.
    Unsupported(String),
    /// A resource handle index that names no handle in the table.
    UnknownHandle(u32),
    /// A resource handle of another resource type than expected.
    ResourceTypeMismatch(u32),
    /// A resource handle moved or dropped while borrows of it are live.
    ResourceLent(u32),
    /// A borrow handle where an owning handle is required.
    NotAnOwnHandle(u32),
    /// A call returned while borrows lowered into it were not dropped.
    BorrowNotDropped(u32),
    /// A handle table reached its maximum size.
    HandleTableFull,
    /// A host-held resource handle that was already moved or dropped.
    StaleResource,
}

/// A trap: execution stopped, with the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trap {
    kind: TrapKind,
}

impl Trap {
    /// A trap of the given kind.
    pub fn new(kind: TrapKind) -> Self {
        Trap { kind }
    }

    /// Why it trapped.
    pub fn kind(&self) -> &TrapKind {
        &self.kind
    }

    /// Consumes the trap into its kind.
    pub fn into_kind(self) -> TrapKind {
        self.kind
    }
}

impl From<TrapKind> for Trap {
    fn from(kind: TrapKind) -> Self {
        Trap { kind }
    }
}

impl fmt::Display for TrapKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrapKind::Unreachable => write!(f, "unreachable executed"),
            TrapKind::MemoryOutOfBounds => write!(f, "out of bounds memory access"),
            TrapKind::DivisionByZero => write!(f, "integer divide by zero"),
            TrapKind::IntegerOverflow => write!(f, "integer overflow"),
            TrapKind::BadConversionToInteger => write!(f, "invalid conversion to integer"),
            TrapKind::IndirectCall => write!(f, "uninitialized or out-of-bounds table element"),
            TrapKind::BadSignature => write!(f, "indirect call type mismatch"),
            TrapKind::TableOutOfBounds => write!(f, "out of bounds table access"),
            TrapKind::StackOverflow => write!(f, "call stack exhausted"),
            TrapKind::OutOfFuel => write!(f, "all fuel consumed"),
            TrapKind::Other(m) => write!(f, "trap: {m}"),
            TrapKind::PointerOutOfBounds { ptr, len } => {
                write!(f, "pointer {ptr:#x} with byte length {len} out of bounds")
            }
            TrapKind::MisalignedPointer { ptr, align } => {
                write!(f, "pointer {ptr:#x} not aligned to {align}")
            }
            TrapKind::LengthOverflow => write!(f, "list or string byte length overflows"),
            TrapKind::InvalidUtf8 => write!(f, "invalid utf-8"),
            TrapKind::InvalidUtf16 => write!(f, "invalid utf-16"),
            TrapKind::InvalidChar(c) => write!(f, "invalid char {c:#x}"),
            TrapKind::InvalidDiscriminant { value, cases } => {
                write!(f, "discriminant {value} out of range for {cases} cases")
            }
            TrapKind::BadRealloc { ptr } => write!(f, "realloc returned bad pointer {ptr:#x}"),
            TrapKind::PostReturn(k) => write!(f, "post-return trapped: {k}"),
            TrapKind::CannotEnter => write!(f, "cannot enter component instance"),
            TrapKind::CannotLeave => write!(f, "cannot leave component instance"),
            TrapKind::UnknownImport(n) => write!(f, "called unknown import `{n}`"),
            TrapKind::Host(m) => write!(f, "host error: {m}"),
            TrapKind::Exit(code) => write!(f, "exited with status {code}"),
            TrapKind::Unsupported(m) => write!(f, "unsupported: {m}"),
            TrapKind::UnknownHandle(i) => write!(f, "unknown handle index {i}"),
            TrapKind::ResourceTypeMismatch(i) => {
                write!(f, "handle index {i} has the wrong resource type")
            }
            TrapKind::ResourceLent(i) => {
                write!(f, "handle index {i} is lent out to a borrow")
            }
            TrapKind::NotAnOwnHandle(i) => write!(f, "handle index {i} is not an owning handle"),
            TrapKind::BorrowNotDropped(n) => {
                write!(f, "call returned with {n} borrowed handle(s) not dropped")
            }
            TrapKind::HandleTableFull => write!(f, "handle table is full"),
            TrapKind::StaleResource => {
                write!(f, "resource handle was already moved or dropped")
            }
        }
    }
}

impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl std::error::Error for Trap {}

/// Any canon-host error.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The binary failed to parse or validate.
    Invalid(String),
    /// The engine failed to compile a core module.
    Compile(String),
    /// An import could not be satisfied.
    Link(String),
    /// Values or types did not match.
    Type(String),
    /// A feature canon-host does not implement.
    Unsupported(String),
    /// Execution trapped.
    Trap(Trap),
}

impl From<Trap> for Error {
    fn from(t: Trap) -> Self {
        Error::Trap(t)
    }
}

impl From<TrapKind> for Error {
    fn from(t: TrapKind) -> Self {
        Error::Trap(Trap::new(t))
    }
}

impl Error {
    /// The trap, when this error is one.
    pub fn as_trap(&self) -> Option<&Trap> {
        match self {
            Error::Trap(t) => Some(t),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Invalid(m) => write!(f, "invalid: {m}"),
            Error::Compile(m) => write!(f, "compile error: {m}"),
            Error::Link(m) => write!(f, "link error: {m}"),
            Error::Type(m) => write!(f, "type error: {m}"),
            Error::Unsupported(m) => write!(f, "unsupported: {m}"),
            Error::Trap(t) => write!(f, "trap: {t}"),
        }
    }
}

impl std::error::Error for Error {}

/// Shorthand result.
pub type Result<T, E = Error> = std::result::Result<T, E>;
