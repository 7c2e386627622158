//! The core engines canon-host runs on, chosen by a `--backend` flag.

use anyhow::{Result, bail};
use canon_host::Engine;
use canon_host::backend::EngineConfig;

/// The engines `backend` names: `wasmi`, `wasmtime` or `both`, metering
/// fuel when `fuel` is set.
pub(crate) fn engines(backend: &str, fuel: bool) -> Result<Vec<(&'static str, Engine)>> {
    let config = EngineConfig { consume_fuel: fuel };
    let wasmi = || -> Result<_> {
        Ok((
            "wasmi",
            Engine::new(
                canon_backend_wasmi::WasmiEngine::new(&config)
                    .map_err(|e| anyhow::anyhow!("{e}"))?,
            ),
        ))
    };
    let wasmtime = || -> Result<_> {
        Ok((
            "wasmtime",
            Engine::new(
                canon_backend_wasmtime::WasmtimeEngine::new(&config)
                    .map_err(|e| anyhow::anyhow!("{e}"))?,
            ),
        ))
    };
    Ok(match backend {
        "wasmi" => vec![wasmi()?],
        "wasmtime" => vec![wasmtime()?],
        "both" => vec![wasmi()?, wasmtime()?],
        other => bail!("unknown backend `{other}`; expected wasmi, wasmtime or both"),
    })
}
