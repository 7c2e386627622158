//! The error type of canon-bindgen-c: what could not be generated, and where.

use std::fmt;

use canon_abi::AbiError;

/// Why bindings could not be generated. The message names the item
/// (function, type, rename key) and where it is (interface or world).
#[derive(Debug)]
pub struct Error {
    kind: Box<ErrorKind>,
}

/// The kinds of [`Error`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Loading the WIT or selecting the world failed ([`crate::generate_files`]).
    Wit(canon_wit::Error),
    /// The resolve's types could not be converted to canon-abi's.
    Types(AbiError),
    /// A function has no canonical ABI. `scope` says where:
    /// ``imported interface `ns:pkg/iface` `` or ``world `w` ``.
    Function {
        scope: String,
        function: String,
        source: AbiError,
    },
    /// A type of a kind the C generator cannot render (`future`, `stream`,
    /// `map`, ...).
    UnsupportedType {
        scope: String,
        name: String,
        kind: &'static str,
    },
    /// A `--rename` key names no interface of the world, nor the world.
    UnusedRename { key: String },
    /// The world's `component-type` metadata cannot be encoded.
    Metadata { world: String, message: String },
}

/// The crate's result type.
pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

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

impl From<canon_wit::Error> for Error {
    #[cold]
    fn from(err: canon_wit::Error) -> Self {
        Error::new(ErrorKind::Wit(err))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.kind {
            ErrorKind::Wit(err) => fmt::Display::fmt(err, f),
            ErrorKind::Types(err) => write!(f, "converting the WIT types: {err}"),
            ErrorKind::Function {
                scope,
                function,
                source,
            } => write!(f, "function `{function}` of {scope}: {source}"),
            ErrorKind::UnsupportedType { scope, name, kind } => write!(
                f,
                "type `{name}` of {scope} is a {kind}, which C bindings do not support yet"
            ),
            ErrorKind::UnusedRename { key } => write!(
                f,
                "`--rename {key}=...` names no interface of the world, nor the world"
            ),
            ErrorKind::Metadata { world, message } => {
                write!(
                    f,
                    "the metadata of world `{world}` cannot be encoded: {message}"
                )
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.kind {
            ErrorKind::Wit(err) => Some(err),
            ErrorKind::Types(err) | ErrorKind::Function { source: err, .. } => Some(err),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn error_is_one_word() {
        assert_eq!(size_of::<super::Error>(), size_of::<usize>());
    }
}
