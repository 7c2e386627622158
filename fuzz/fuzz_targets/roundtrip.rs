//! canon-smith package → encode → decode → print → parse → encode (identical
//! bytes), then each world through `component new` and back. The logic lives
//! in `canon_smith::roundtrip`, which the smoke test also runs.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = canon_smith::roundtrip::run(data);
});
