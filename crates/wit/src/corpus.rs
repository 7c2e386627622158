//! Enumerating a directory of WIT packages, such as the project's `test-wits/`.

use std::path::{Path, PathBuf};

/// One package of a corpus directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusEntry {
    /// The file stem or directory name: what the package exercises.
    pub name: String,
    /// A `.wit` file, or a directory with `.wit` files and an optional `deps/`.
    pub path: PathBuf,
}

/// Lists the packages of `dir`, sorted by name: each `*.wit` file and each
/// subdirectory is one package.
pub fn corpus_entries(dir: &Path) -> std::io::Result<Vec<CorpusEntry>> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = if path.is_dir() {
            path.file_name()
        } else if path.extension().is_some_and(|ext| ext == "wit") {
            path.file_stem()
        } else {
            None
        };
        if let Some(name) = name {
            entries.push(CorpusEntry {
                name: name.to_string_lossy().into_owned(),
                path,
            });
        }
    }
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(entries)
}

/// The repository's `test-wits/` directory, for tests of crates in `crates/*`.
pub fn test_wits_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-wits")
}
