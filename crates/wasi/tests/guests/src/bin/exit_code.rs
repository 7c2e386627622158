//! Ends as its first argument says: `N` calls `std::process::exit(N)`,
//! `with-code N` calls `wasi:cli/exit.exit-with-code(N)` (on wasm32-wasip2;
//! elsewhere `std::process::exit(N)`), `panic` panics, `error` returns an
//! error from `main`, `return` returns.

fn main() -> Result<(), String> {
    let how = std::env::args().nth(1).unwrap_or_default();
    println!("exit-code: {how}");
    match how.as_str() {
        "panic" => panic!("the guest panics on purpose"),
        "error" => Err("main failed on purpose".to_string()),
        "return" => Ok(()),
        "with-code" => {
            let code: u8 = std::env::args().nth(2).unwrap().parse().unwrap();
            exit_with_code(code)
        }
        code => {
            let code: i32 = code.parse().expect("an exit code");
            std::process::exit(code)
        }
    }
}

#[cfg(target_env = "p2")]
fn exit_with_code(code: u8) -> ! {
    wasip2::cli::exit::exit_with_code(code);
    unreachable!("exit-with-code returned")
}

#[cfg(not(target_env = "p2"))]
fn exit_with_code(code: u8) -> ! {
    std::process::exit(code.into())
}
