//! Runs `.wast` files on both backends and prints counts per file.
#![allow(clippy::print_stdout)]

use canon_host::Engine;
use canon_host::backend::EngineConfig;

fn main() {
    let config = EngineConfig::default();
    let engines = [
        (
            "wasmi",
            Engine::new(canon_backend_wasmi::WasmiEngine::new(&config).unwrap()),
        ),
        (
            "wasmtime",
            Engine::new(canon_backend_wasmtime::WasmtimeEngine::new(&config).unwrap()),
        ),
    ];
    let verbose = std::env::var("VERBOSE").is_ok();
    for (name, engine) in &engines {
        let (mut p, mut f) = (0, 0);
        for path in std::env::args().skip(1) {
            let report = canon_host::wast::run_file(engine, path.as_ref()).unwrap();
            println!(
                "{name} {path}: {} passed, {} failed",
                report.passed,
                report.failed()
            );
            if verbose {
                for fail in &report.failures {
                    println!("    {fail}");
                }
            }
            p += report.passed;
            f += report.failed();
        }
        println!("{name} total: {p} passed, {f} failed");
    }
}
