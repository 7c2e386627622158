//! Shared helpers: the corpus, printing WIT, and comparing binaries.

use canon_wit::{CorpusEntry, Loaded, Loader, corpus_entries, test_wits_dir};
use wit_parser::{PackageId, Resolve};

/// Every package of `test-wits/`, loaded.
pub(crate) fn corpus() -> Vec<(CorpusEntry, Loaded)> {
    let entries = corpus_entries(&test_wits_dir()).expect("test-wits/ is readable");
    assert!(!entries.is_empty(), "test-wits/ has no packages");
    entries
        .into_iter()
        .map(|entry| {
            let loaded = Loader::new()
                .load_path(&entry.path)
                .unwrap_or_else(|e| panic!("{}: {e}", entry.name));
            (entry, loaded)
        })
        .collect()
}

/// `package` printed as WIT by wit-component's printer.
pub(crate) fn print(resolve: &Resolve, package: PackageId) -> String {
    let mut printer = wit_component::WitPrinter::default();
    printer
        .print(resolve, package, &[])
        .expect("the package prints");
    printer.output.to_string()
}

/// `bytes` without its `producers` custom sections, which name the tool.
pub(crate) fn without_producers(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&bytes[..8]);
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        let payload = payload.expect("valid binary");
        if let wasmparser::Payload::CustomSection(section) = &payload
            && section.name() == "producers"
        {
            continue;
        }
        if let Some((id, range)) = payload.as_section() {
            out.push(id);
            leb128(&mut out, range.len());
            out.extend_from_slice(&bytes[range]);
        }
    }
    out
}

fn leb128(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}
