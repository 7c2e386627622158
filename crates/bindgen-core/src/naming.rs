//! Case conversions and keyword escaping shared by the language backends.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

/// `kebab-name` as `snake_case`.
pub fn snake(name: &str) -> String {
    name.to_snake_case()
}

/// `kebab-name` as `UpperCamelCase`.
pub fn upper_camel(name: &str) -> String {
    name.to_upper_camel_case()
}

/// `kebab-name` as `SHOUTY_SNAKE_CASE`.
pub fn shouty(name: &str) -> String {
    name.to_shouty_snake_case()
}

/// `name`, followed by `suffix` when it is one of `keywords`.
pub fn escape(name: String, keywords: &[&str], suffix: &str) -> String {
    if keywords.contains(&name.as_str()) {
        name + suffix
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(snake("take-snapshot"), "take_snapshot");
        assert_eq!(upper_camel("named-blob"), "NamedBlob");
        assert_eq!(shouty("read-only"), "READ_ONLY");
        assert_eq!(upper_camel("a1-b2"), "A1B2");
    }

    #[test]
    fn escaping() {
        assert_eq!(escape("type".into(), &["type"], "_"), "type_");
        assert_eq!(escape("kind".into(), &["type"], "_"), "kind");
    }
}
