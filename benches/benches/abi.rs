//! ABI computation for the whole test-wits corpus: canon-abi against
//! wit-parser's `SizeAlign` and `wasm_signature`, in the same run.
//!
//! Both sides do the same work: lay out every type and compute both core
//! signatures of every function. Run with `cargo bench -p canon-benches`.

use canon_abi::{AbiVariant, WitTypes};
use canon_wit::{Loader, corpus_entries, test_wits_dir};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use wit_parser::{Function, Resolve, SizeAlign};

fn corpus() -> Vec<Resolve> {
    corpus_entries(&test_wits_dir())
        .expect("test-wits is readable")
        .iter()
        .map(|entry| {
            Loader::new()
                .all_features(true)
                .load_path(&entry.path)
                .expect("corpus loads")
                .resolve
        })
        .collect()
}

fn functions(resolve: &Resolve) -> impl Iterator<Item = &Function> {
    resolve
        .interfaces
        .iter()
        .flat_map(|(_, interface)| interface.functions.values())
}

fn canon(resolves: &[Resolve]) -> usize {
    let mut total = 0;
    for resolve in resolves {
        let types = WitTypes::new(resolve).expect("corpus types convert");
        for function in functions(resolve) {
            let func = types.func_type(function).expect("corpus functions convert");
            let plan = types.types.func_plan(&func).expect("corpus functions plan");
            total += plan.signature(AbiVariant::GuestImport).params.len();
            total += plan.signature(AbiVariant::GuestExport).params.len();
        }
    }
    total
}

fn wit_parser_peer(resolves: &[Resolve]) -> usize {
    let mut total = 0;
    for resolve in resolves {
        let mut sizes = SizeAlign::default();
        sizes.fill(resolve);
        for function in functions(resolve) {
            let import = resolve.wasm_signature(wit_parser::abi::AbiVariant::GuestImport, function);
            let export = resolve.wasm_signature(wit_parser::abi::AbiVariant::GuestExport, function);
            total += import.params.len() + export.params.len();
        }
    }
    total
}

fn bench(c: &mut Criterion) {
    let resolves = corpus();
    assert_eq!(canon(&resolves), wit_parser_peer(&resolves));
    let mut group = c.benchmark_group("abi-of-corpus");
    group.bench_function("canon-abi", |b| b.iter(|| canon(black_box(&resolves))));
    group.bench_function("wit-parser", |b| {
        b.iter(|| wit_parser_peer(black_box(&resolves)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
