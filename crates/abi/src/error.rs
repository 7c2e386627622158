//! The error type of canon-abi.

use std::fmt;

/// Why a type or function could not be given an ABI.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AbiError {
    /// The type's size in linear memory does not fit in 32 bits.
    TypeTooLarge,
    /// A definition refers to a type id this arena does not hold.
    UnknownType { index: u32 },
    /// A variant or enum without cases has no representation.
    NoCases,
    /// The WIT type has no canonical ABI in this crate (`future`, `stream`, `map`,
    /// fixed-size lists, `error-context`).
    Unsupported { what: &'static str },
}

impl fmt::Display for AbiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AbiError::TypeTooLarge => f.write_str("type is larger than 4 GiB in linear memory"),
            AbiError::UnknownType { index } => write!(f, "type index {index} is not defined"),
            AbiError::NoCases => f.write_str("variant or enum has no cases"),
            AbiError::Unsupported { what } => {
                write!(
                    f,
                    "`{what}` types are not supported by the canonical ABI here"
                )
            }
        }
    }
}

impl std::error::Error for AbiError {}
