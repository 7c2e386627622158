//! The error type of canon-encode: what went wrong, in the user's terms.

use std::fmt;

/// The phase an [`Error`] comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Encoding WIT as a binary.
    Encode,
    /// Decoding a binary (WIT package, world metadata or component).
    Decode,
    /// Reading or merging `component-type` custom sections.
    Metadata,
    /// Checking a core module against its world.
    Validate,
    /// Building a component.
    Component,
}

/// An error of canon-encode. The message names the item concerned; `offset`
/// is a byte offset into the binary being read, when there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    offset: Option<usize>,
    context: Vec<String>,
}

impl Error {
    /// A new error of `kind`.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            offset: None,
            context: Vec::new(),
        }
    }

    /// Attaches a byte offset.
    pub fn at(mut self, offset: usize) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Adds an outer piece of context ("decoding world `w`").
    pub fn context(mut self, context: impl Into<String>) -> Self {
        self.context.push(context.into());
        self
    }

    /// The phase this error comes from.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The innermost message, without context.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The byte offset into the binary being read, if any.
    pub fn offset(&self) -> Option<usize> {
        self.offset
    }

    pub(crate) fn from_wasmparser(kind: ErrorKind, error: &wasmparser::BinaryReaderError) -> Self {
        let message: Vec<&str> = error.message().split_whitespace().collect();
        Error::new(kind, message.join(" ")).at(error.offset())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for context in self.context.iter().rev() {
            write!(f, "{context}: ")?;
        }
        f.write_str(&self.message)?;
        if let Some(offset) = self.offset {
            write!(f, " (at offset {offset:#x})")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// `Result` with canon-encode's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Shorthand to build an error and return it.
macro_rules! bail {
    ($kind:ident, $($arg:tt)*) => {
        return Err($crate::error::Error::new($crate::error::ErrorKind::$kind, format!($($arg)*)))
    };
}
pub(crate) use bail;
