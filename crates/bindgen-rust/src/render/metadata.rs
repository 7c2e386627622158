//! The world's `component-type` custom section.

use std::fmt::Write as _;

use crate::error::Result;

use super::Generator;

impl Generator<'_> {
    pub(super) fn metadata(&self) -> Result<String> {
        let bytes = match canon_encode::metadata::encode_metadata(
            self.resolve,
            self.world,
            canon_encode::StringEncoding::Utf8,
        ) {
            Ok(bytes) => bytes,
            Err(err) => {
                return Ok(format!(
                    "// The world's metadata cannot be encoded: {}\n",
                    err.to_string().replace('\n', " ")
                ));
            }
        };
        let section = canon_encode::metadata::section_name(self.resolve, self.world);
        let mut literal = String::new();
        for b in &bytes {
            match *b {
                b'"' => literal.push_str("\\\""),
                b'\\' => literal.push_str("\\\\"),
                0x20..=0x7e => literal.push(*b as char),
                _ => {
                    let _ = write!(literal, "\\x{b:02x}");
                }
            }
        }
        Ok(format!(
            "#[cfg(target_arch = \"wasm32\")]
            #[unsafe(link_section = {section:?})]
            #[doc(hidden)]
            #[allow(dead_code, clippy::octal_escapes)]
            static __CANON_COMPONENT_TYPE_{}: [u8; {}] = *b\"{literal}\";\n",
            self.world_snake().to_uppercase(),
            bytes.len(),
        ))
    }
}
