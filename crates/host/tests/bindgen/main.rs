//! canon-host's typed derives and `bindgen!` at run time, on both backends:
//! echo guests (built from WIT with canon-encode) call back into host
//! implementations, and the values that come back are compared.

mod compile;
mod derive;
mod guest;
mod resources;
mod worlds;

use canon_host::Engine;
use canon_host::backend::EngineConfig;

/// Both backends, by name.
pub(crate) fn engines() -> Vec<(&'static str, Engine)> {
    let config = EngineConfig::default();
    vec![
        (
            "wasmi",
            Engine::new(canon_backend_wasmi::WasmiEngine::new(&config).unwrap()),
        ),
        (
            "wasmtime",
            Engine::new(canon_backend_wasmtime::WasmtimeEngine::new(&config).unwrap()),
        ),
    ]
}
