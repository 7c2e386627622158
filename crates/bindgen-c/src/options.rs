//! Generation options, as `canon bindgen c` takes them.

use canon_encode::StringEncoding;

/// Everything that changes the generated code.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// How strings cross the boundary; recorded in the metadata.
    pub string_encoding: StringEncoding,
    /// Leave out the string and list `_set`/`_dup` helpers.
    pub no_helpers: bool,
    /// Prefix renames: (`ns:pkg/iface`, with or without version, or the
    /// world's name; the new prefix).
    pub renames: Vec<(String, String)>,
    /// Drop the borrows an export receives as parameters after the call.
    pub autodrop_borrows: bool,
}
