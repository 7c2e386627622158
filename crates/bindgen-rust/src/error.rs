//! The error type of canon-bindgen-rust: what could not be generated, and where.

use std::fmt;

use canon_abi::AbiError;

/// Why bindings could not be generated. The message names the item (function,
/// type, `with` key) and where it is (interface or world).
#[derive(Debug)]
pub struct Error {
    kind: Box<ErrorKind>,
}

/// The kinds of [`Error`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Loading the WIT or selecting the world failed ([`crate::generate_file`]).
    Wit(canon_wit::Error),
    /// The resolve's types could not be converted to canon-abi's.
    Types(AbiError),
    /// A function has no canonical ABI (it uses a type canon-abi does not
    /// support). `scope` says where: ``imported interface `ns:pkg/iface` `` or
    /// ``world `w` ``.
    Function {
        scope: String,
        function: String,
        source: AbiError,
    },
    /// A named type of a kind the Rust generator cannot render.
    UnsupportedType {
        scope: String,
        name: String,
        kind: &'static str,
    },
    /// A `with` key names no interface or type of the world.
    UnusedWith { key: String },
    /// An imported interface from another package has no `with` entry, while
    /// other `with` entries are given and `generate_all` is off.
    MissingWith { key: String },
    /// The generated code does not parse: a bug of the generator.
    /// `listing` is the code with line numbers.
    Unparsable { message: String, listing: String },
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
                "type `{name}` of {scope}: {kind} types are not supported by the Rust generator"
            ),
            ErrorKind::UnusedWith { key } => write!(
                f,
                "unused `with` key `{key}`: no such interface or type in the world"
            ),
            ErrorKind::MissingWith { key } => write!(
                f,
                "missing `with` entry for the imported interface `{key}`: \
                 add `\"{key}\": generate`, map it to a Rust path, or set `generate_all`"
            ),
            ErrorKind::Unparsable { message, listing } => {
                write!(f, "generated code does not parse: {message}\n{listing}")
            }
        }
    }
}

// Every cause is part of the message already, so `source` stays empty and
// error chains do not repeat it.
impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_is_one_word() {
        assert_eq!(size_of::<Error>(), size_of::<usize>());
    }

    #[test]
    fn messages_name_the_item_and_where() {
        let err = Error::new(ErrorKind::Function {
            scope: "interface `a:b/c`".into(),
            function: "f".into(),
            source: AbiError::Unsupported { what: "stream" },
        });
        assert_eq!(
            err.to_string(),
            "function `f` of interface `a:b/c`: `stream` types are not supported by the canonical ABI here"
        );
        let err = Error::new(ErrorKind::UnsupportedType {
            scope: "world `w`".into(),
            name: "t".into(),
            kind: "future",
        });
        assert_eq!(
            err.to_string(),
            "type `t` of world `w`: future types are not supported by the Rust generator"
        );
    }
}
