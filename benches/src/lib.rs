//! Benchmarks only: see `benches/` for the criterion targets and `README.md` for how to run them.
