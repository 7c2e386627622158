//! TCP with std::net. `denied`: binding a listener must fail (the host
//! grants no network); prints the error kind. `echo`: a listener on
//! 127.0.0.1:0 and a client in the same program exchange a line; prints
//! `PASS`/`FAIL` lines and no port numbers.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, Shutdown, SocketAddr, TcpListener, TcpStream, UdpSocket};

fn check(what: &str, ok: bool) {
    println!("{} {what}", if ok { "PASS" } else { "FAIL" });
}

fn error(e: &std::io::Error) -> String {
    format!("{:?} (raw {:?})", e.kind(), e.raw_os_error())
}

fn denied() {
    match TcpListener::bind("127.0.0.1:0") {
        Ok(listener) => println!("tcp bind: ALLOWED {:?}", listener.local_addr().is_ok()),
        Err(e) => println!("tcp bind: {}", error(&e)),
    }
    match TcpStream::connect("127.0.0.1:9") {
        Ok(_) => println!("tcp connect: ALLOWED"),
        Err(e) => println!("tcp connect: {}", error(&e)),
    }
    match UdpSocket::bind("127.0.0.1:0") {
        Ok(_) => println!("udp bind: ALLOWED"),
        Err(e) => println!("udp bind: {}", error(&e)),
    }
}

fn echo() {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind");
    let addr = listener.local_addr().expect("local_addr");
    check(
        "the listener is on 127.0.0.1",
        addr.ip() == Ipv4Addr::LOCALHOST,
    );
    check("the listener got a port", addr.port() != 0);

    let mut client = TcpStream::connect(addr).expect("connect");
    let (mut server, peer) = listener.accept().expect("accept");
    check(
        "the server's peer is the client",
        Some(peer) == client.local_addr().ok(),
    );
    check(
        "the client's peer is the listener",
        client.peer_addr().ok() == Some(addr),
    );
    check(
        "the server's local address is the listener's",
        server.local_addr().ok() == Some(addr),
    );

    client.write_all(b"ping over tcp\n").expect("client write");
    client.shutdown(Shutdown::Write).expect("client shutdown");
    let mut got = Vec::new();
    server.read_to_end(&mut got).expect("server read");
    println!("server got {:?}", String::from_utf8_lossy(&got));
    got.make_ascii_uppercase();
    server.write_all(&got).expect("server write");
    drop(server);
    let mut back = Vec::new();
    client.read_to_end(&mut back).expect("client read");
    println!("client got {:?}", String::from_utf8_lossy(&back));
    check(
        "the echo is the uppercased line",
        back == b"PING OVER TCP\n",
    );

    // A second connection to the same listener.
    let mut second = TcpStream::connect(addr).expect("connect again");
    let (mut server, _) = listener.accept().expect("accept again");
    second.write_all(b"again").expect("write again");
    let mut buf = [0u8; 5];
    server.read_exact(&mut buf).expect("read again");
    check("a second connection works", &buf == b"again");

    // Connecting to a port nobody listens on is refused.
    drop(listener);
    drop(server);
    match TcpStream::connect(SocketAddr::from((Ipv4Addr::LOCALHOST, addr.port()))) {
        Ok(_) => println!("connect to a closed port: connected"),
        Err(e) => println!("connect to a closed port: {:?}", e.kind()),
    }

    // UDP: one socket sends a datagram to another.
    let a = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).expect("udp bind a");
    let b = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).expect("udp bind b");
    let b_addr = b.local_addr().expect("udp local_addr");
    a.send_to(b"datagram", b_addr).expect("udp send_to");
    let mut buf = [0u8; 64];
    let (n, from) = b.recv_from(&mut buf).expect("udp recv_from");
    println!("udp got {:?}", String::from_utf8_lossy(&buf[..n]));
    check(
        "the datagram came from a",
        Some(from) == a.local_addr().ok(),
    );
}

fn main() {
    let case = std::env::args().nth(1).expect("a case");
    println!("sockets: {case}");
    match case.as_str() {
        "denied" => denied(),
        "echo" => echo(),
        other => panic!("unknown case {other}"),
    }
    println!("done");
}
