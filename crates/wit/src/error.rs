//! The error type of WIT loading.

use std::fmt;
use std::path::PathBuf;

/// Why loading WIT or selecting a world failed.
///
/// Parse and resolution errors keep wit-parser's rendering, which points at the
/// offending item with `file:line:col` and a caret under it.
#[derive(Debug)]
pub struct Error {
    kind: Box<ErrorKind>,
}

/// The kinds of [`Error`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The path does not exist or could not be read.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The WIT did not parse or resolve. `rendered` carries the location.
    Parse { rendered: String },
    /// No world of the requested name exists.
    WorldNotFound {
        requested: String,
        available: Vec<String>,
    },
    /// No world was requested and the package does not have exactly one.
    AmbiguousWorld {
        package: String,
        available: Vec<String>,
    },
}

impl Error {
    #[cold]
    pub(crate) fn new(kind: ErrorKind) -> Self {
        Error {
            kind: Box::new(kind),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.kind {
            ErrorKind::Io { path, source } => {
                write!(f, "failed to read WIT at `{}`: {source}", path.display())
            }
            ErrorKind::Parse { rendered } => f.write_str(rendered),
            ErrorKind::WorldNotFound {
                requested,
                available,
            } => {
                write!(f, "world `{requested}` not found")?;
                write_available(f, available)
            }
            ErrorKind::AmbiguousWorld { package, available } => {
                if available.is_empty() {
                    write!(f, "package `{package}` contains no worlds")
                } else {
                    write!(
                        f,
                        "package `{package}` has several worlds; choose one with `--world`"
                    )?;
                    write_available(f, available)
                }
            }
        }
    }
}

fn write_available(f: &mut fmt::Formatter<'_>, available: &[String]) -> fmt::Result {
    if available.is_empty() {
        return Ok(());
    }
    write!(f, "; available worlds: {}", available.join(", "))
}

// The I/O cause is part of the message already, so `source` stays empty and
// error chains do not repeat it.
impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_is_one_word() {
        assert_eq!(size_of::<Error>(), size_of::<usize>());
    }
}
