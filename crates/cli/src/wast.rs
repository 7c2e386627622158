//! `canon wast`: runs component-model `.wast` scripts on canon-host.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::engines::engines;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// `.wast` files, or directories searched recursively.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The core engine: wasmi, wasmtime, or both.
    #[arg(long, default_value = "both")]
    backend: String,
    /// Skip files whose path contains this text (repeatable), e.g. `async/`.
    #[arg(long)]
    exclude: Vec<String>,
    /// Skip the files listed in a `nyi.txt` at the root of each directory given.
    #[arg(long)]
    skip_nyi: bool,
    /// Print every failed directive.
    #[arg(long, short)]
    verbose: bool,
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(|| format!("reading `{}`", path.display()))?
            .map(|entry| entry.map(|e| e.path()))
            .collect::<std::io::Result<_>>()?;
        entries.sort();
        for entry in entries {
            collect(&entry, out)?;
        }
    } else if path.extension().is_some_and(|ext| ext == "wast") {
        out.push(path.to_path_buf());
    } else if !path.exists() {
        bail!("`{}` does not exist", path.display());
    }
    Ok(())
}

/// Files named by `<dir>/nyi.txt` (one path per line, `#` comments).
fn not_yet_implemented(dir: &Path) -> Vec<PathBuf> {
    let Ok(text) = std::fs::read_to_string(dir.join("nyi.txt")) else {
        return Vec::new();
    };
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| dir.join(line.trim_start_matches("./")))
        .collect()
}

pub(crate) fn run(args: Args) -> Result<()> {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for path in &args.paths {
        collect(path, &mut files)?;
        if args.skip_nyi && path.is_dir() {
            skipped.extend(not_yet_implemented(path));
        }
    }
    files.retain(|file| {
        !skipped.contains(file)
            && !args
                .exclude
                .iter()
                .any(|pattern| file.to_string_lossy().contains(pattern.as_str()))
    });
    let (mut passed, mut failed) = (0usize, 0usize);
    for (backend, engine) in engines(&args.backend, false)? {
        for file in &files {
            match canon_host::wast::run_file(&engine, file) {
                Ok(report) => {
                    println!(
                        "{backend} {}: {} passed, {} failed",
                        file.display(),
                        report.passed,
                        report.failures.len()
                    );
                    if args.verbose {
                        for failure in &report.failures {
                            println!("  {failure}");
                        }
                    }
                    passed += report.passed;
                    failed += report.failures.len();
                }
                Err(error) => {
                    println!("{backend} {}: error: {error}", file.display());
                    failed += 1;
                }
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        bail!("{failed} failed");
    }
    Ok(())
}
