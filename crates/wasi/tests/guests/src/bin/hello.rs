//! Prints a line to stdout and one to stderr.

fn main() {
    println!("hello");
    eprintln!("hello on stderr");
}
