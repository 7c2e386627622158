//! Tests of canon-smith: the round-trip smoke test over deterministic seeds.

mod smoke;
mod values;
