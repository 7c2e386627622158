//! `wasi:sockets` through std::net: denied unless granted, and a TCP echo
//! plus a UDP datagram on 127.0.0.1 when granted (wasm32-wasip2 only:
//! preview1 has no sockets).

use crate::guests::{Guest, Target};
use crate::on_both_targets;
use crate::runtimes::{Exit, Setup, run_all};

on_both_targets! {
    /// Without a grant, binding and connecting fail.
    fn sockets_denied_by_default(target: Target) {
        let runs = run_all(Guest::Rust("sockets", target), &Setup::new().args(&["denied"]));
        let stdout = runs.stdout();
        assert!(stdout.starts_with("sockets: denied\n"), "{stdout}");
        assert!(stdout.ends_with("done\n"), "{stdout}");
        assert!(!stdout.contains("ALLOWED"), "{stdout}");
        // wasip2: EACCES (`access-denied`); wasip1 has no sockets at all.
        let refusal = match target {
            Target::P2 => "PermissionDenied (raw Some(2))",
            Target::P1 => "Unsupported (raw None)",
        };
        for what in ["tcp bind", "tcp connect", "udp bind"] {
            assert!(stdout.contains(&format!("{what}: {refusal}\n")), "{what}: {stdout}");
        }
        assert_eq!(runs.exit(), &Exit::Code(0));
    }
}

/// With the network granted: a TCP listener and client in one program
/// exchange a line, twice; a closed port refuses; UDP delivers.
#[test]
fn sockets_tcp_echo_when_allowed() {
    let setup = Setup::new().args(&["echo"]).network();
    let runs = run_all(Guest::Rust("sockets", Target::P2), &setup);
    let stdout = runs.stdout();
    assert_eq!(
        stdout,
        "sockets: echo\n\
         PASS the listener is on 127.0.0.1\n\
         PASS the listener got a port\n\
         PASS the server's peer is the client\n\
         PASS the client's peer is the listener\n\
         PASS the server's local address is the listener's\n\
         server got \"ping over tcp\\n\"\n\
         client got \"PING OVER TCP\\n\"\n\
         PASS the echo is the uppercased line\n\
         PASS a second connection works\n\
         connect to a closed port: ConnectionRefused\n\
         udp got \"datagram\"\n\
         PASS the datagram came from a\n\
         done\n",
        "{}",
        runs.stderr()
    );
    assert_eq!(runs.exit(), &Exit::Code(0));
}
