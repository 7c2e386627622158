//! C identifiers: keyword escaping and the registry that keeps every
//! generated top-level name unique.

use std::collections::{HashMap, HashSet};

use canon_bindgen_core::naming::{escape, snake};

/// C11 and C++17 keywords, the macros of the headers the bindings include,
/// and the names generated code gives its own parameters and locals.
const RESERVED: &[&str] = &[
    // C11.
    "auto",
    "break",
    "case",
    "char",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extern",
    "float",
    "for",
    "goto",
    "if",
    "inline",
    "int",
    "long",
    "register",
    "restrict",
    "return",
    "short",
    "signed",
    "sizeof",
    "static",
    "struct",
    "switch",
    "typedef",
    "union",
    "unsigned",
    "void",
    "volatile",
    "while",
    "_Alignas",
    "_Alignof",
    "_Atomic",
    "_Bool",
    "_Complex",
    "_Generic",
    "_Imaginary",
    "_Noreturn",
    "_Static_assert",
    "_Thread_local",
    // C++17 (and alternative operator spellings).
    "alignas",
    "alignof",
    "and",
    "and_eq",
    "asm",
    "bitand",
    "bitor",
    "catch",
    "char16_t",
    "char32_t",
    "class",
    "compl",
    "constexpr",
    "const_cast",
    "decltype",
    "delete",
    "dynamic_cast",
    "explicit",
    "export",
    "false",
    "friend",
    "mutable",
    "namespace",
    "new",
    "noexcept",
    "not",
    "not_eq",
    "nullptr",
    "operator",
    "or",
    "or_eq",
    "private",
    "protected",
    "public",
    "reinterpret_cast",
    "static_assert",
    "static_cast",
    "template",
    "this",
    "thread_local",
    "throw",
    "true",
    "try",
    "typeid",
    "typename",
    "using",
    "virtual",
    "wchar_t",
    "xor",
    "xor_eq",
    "char8_t",
    "concept",
    "requires",
    "co_await",
    "co_return",
    "co_yield",
    // C23 and GNU C (clang's default dialect).
    "typeof",
    "typeof_unqual",
    "_BitInt",
    "_Decimal32",
    "_Decimal64",
    "_Decimal128",
    "__typeof__",
    "__asm__",
    "__attribute__",
    "__extension__",
    "__inline",
    "__restrict",
    // Macros of <stdbool.h>, <stddef.h>, <stdint.h>, <stdlib.h>, <string.h>.
    "bool",
    "NULL",
    "offsetof",
    "errno",
    "assert",
    // What the generated functions name their own parameters and locals.
    "ret",
    "err",
    "ptr",
    "len",
    "i",
];

/// A C member or parameter name for a WIT name.
pub(crate) fn member(name: &str) -> String {
    escape(snake(name), RESERVED, "_")
}

/// What a top-level name is for: the registry hands each key one name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum NameKey {
    /// A scope's prefix (scope index).
    Prefix(usize),
    /// Anything else, by the name it wanted and what asked.
    Item(String, String),
}

/// Every top-level name given out so far.
#[derive(Debug, Default)]
pub(crate) struct Registry {
    given: HashMap<NameKey, String>,
    taken: HashSet<String>,
}

impl Registry {
    /// Reserves `name` so no generated item takes it.
    pub(crate) fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_string());
    }

    /// The name of `key`: `base + suffix`, or `base_N + suffix` for the
    /// smallest N from 2 that is still free. The same key always gets the
    /// same name.
    pub(crate) fn claim(&mut self, key: NameKey, base: &str, suffix: &str) -> String {
        if let Some(name) = self.given.get(&key) {
            return name.clone();
        }
        let mut name = format!("{base}{suffix}");
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{base}_{n}{suffix}");
            n += 1;
        }
        self.taken.insert(name.clone());
        self.given.insert(key, name.clone());
        name
    }
}

/// The world's own prefix: its `--rename`, else its name in snake case. It
/// names the files, the world's types and the force-link symbol.
pub(crate) fn world_prefix(world_name: &str, renames: &[(String, String)]) -> String {
    renames
        .iter()
        .find(|(k, _)| k == world_name)
        .map_or_else(|| prefix_part(world_name), |(_, v)| v.clone())
}

/// `name` in lower snake case for a C prefix: every character that is not
/// alphanumeric becomes `_`.
pub(crate) fn prefix_part(name: &str) -> String {
    let snake = snake(name);
    snake
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_escape_keywords() {
        assert_eq!(member("class"), "class_");
        assert_eq!(member("new"), "new_");
        assert_eq!(member("ret"), "ret_");
        assert_eq!(member("my-field"), "my_field");
    }

    #[test]
    fn clashing_names_get_suffixes() {
        let mut r = Registry::default();
        let a = r.claim(NameKey::Item("x".into(), "a".into()), "a_b_c", "_t");
        let b = r.claim(NameKey::Item("x".into(), "b".into()), "a_b_c", "_t");
        let again = r.claim(NameKey::Item("x".into(), "a".into()), "zzz", "_t");
        assert_eq!(
            (a.as_str(), b.as_str(), again.as_str()),
            ("a_b_c_t", "a_b_c_2_t", "a_b_c_t")
        );
        r.reserve("q_t");
        assert_eq!(r.claim(NameKey::Prefix(0), "q", "_t"), "q_2_t");
    }

    #[test]
    fn prefixes_are_identifiers() {
        assert_eq!(prefix_part("0.2.0"), "0_2_0");
        assert_eq!(prefix_part("my-iface"), "my_iface");
    }
}
