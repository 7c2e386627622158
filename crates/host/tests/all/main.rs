//! canon-host integration tests: backend conformance, components, resources, typed calls (the spec scripts run in `cargo xtask test-all`'s wast suite).

mod backend;
mod bindgen_borrowing;
mod components;
mod resources;
mod robustness;
mod serde;
mod typed;
mod typed_lists;

use canon_host::Engine;
use canon_host::backend::{CoreEngine, EngineConfig};

/// Both backends, by name, with the given configuration.
pub(crate) fn backends(config: &EngineConfig) -> Vec<(&'static str, Engine)> {
    vec![
        (
            "wasmi",
            Engine::new(canon_backend_wasmi::WasmiEngine::new(config).unwrap()),
        ),
        (
            "wasmtime",
            Engine::new(canon_backend_wasmtime::WasmtimeEngine::new(config).unwrap()),
        ),
    ]
}

/// Both backends with the default configuration.
pub(crate) fn engines() -> Vec<(&'static str, Engine)> {
    backends(&EngineConfig::default())
}

/// The backend of an engine, for core-level tests.
pub(crate) fn core(engine: &Engine) -> &dyn CoreEngine {
    engine.backend()
}
