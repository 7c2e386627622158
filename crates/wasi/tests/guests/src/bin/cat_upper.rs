//! `cat`, uppercasing: copies stdin to stdout in ASCII upper case, and
//! reports the byte count on stderr.

use std::io::{Read, Write};

fn main() {
    let mut stdin = std::io::stdin().lock();
    let mut stdout = std::io::stdout().lock();
    let mut buf = [0u8; 1000];
    let mut total = 0usize;
    loop {
        let n = stdin.read(&mut buf).expect("stdin reads");
        if n == 0 {
            break;
        }
        total += n;
        buf[..n].make_ascii_uppercase();
        stdout.write_all(&buf[..n]).expect("stdout writes");
    }
    stdout.flush().expect("stdout flushes");
    eprintln!("{total} bytes");
}
