//! `wasi:sockets/ip-name-lookup`: host names to IP addresses.
//!
//! `resolve-addresses` checks the name at once (an IP address is the
//! answer itself; anything that is not a host name, such as a URL, is
//! `invalid-argument`) and resolves a domain with the system resolver
//! (std's `ToSocketAddrs`) on a background thread, so that the stream's
//! pollable can tell when the answer is in.

use std::collections::VecDeque;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, ToSocketAddrs};
use std::sync::{Arc, Condvar, Mutex};

use canon_host::{Resource, Result};

use super::{ErrorCode, SocketResult, addr, check_network};
use crate::WasiCtx;
use crate::bindings::wasi::sockets::ip_name_lookup::{self, IpAddress};
use crate::bindings::wasi::sockets::network::Network;
use crate::poll::Subscribe;
use crate::stream::lock;

/// The error of a lookup the policy does not allow. (wasmtime-wasi answers
/// `permanent-resolver-failure`; canon-wasi says what happened.)
const LOOKUP_DENIED: ErrorCode = ErrorCode::AccessDenied;

/// The most name lookups in flight at once in the process. Each runs on a
/// thread of its own (the system resolver blocks); past the cap a guest gets
/// `temporary-resolver-failure` rather than another thread.
const MAX_LOOKUPS: usize = 16;

/// Lookups in flight.
static LOOKUPS_IN_FLIGHT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The longest domain name, without a trailing dot (RFC 1035).
const MAX_NAME_LEN: usize = 253;

/// The longest label of a domain name (RFC 1035).
const MAX_LABEL_LEN: usize = 63;

/// A lookup's answer, filled in by its thread.
#[derive(Default)]
struct Lookup {
    answer: Mutex<Option<std::result::Result<VecDeque<IpAddr>, ErrorCode>>>,
    done: Condvar,
}

impl Lookup {
    fn finish(&self, answer: std::result::Result<VecDeque<IpAddr>, ErrorCode>) {
        *lock(&self.answer) = Some(answer);
        self.done.notify_all();
    }
}

/// The table value behind a `resolve-address-stream` handle.
pub(crate) struct ResolveAddressStream(Arc<Lookup>);

impl Subscribe for ResolveAddressStream {
    fn ready(&mut self) -> bool {
        lock(&self.0.answer).is_some()
    }

    fn block(&mut self) {
        let mut answer = lock(&self.0.answer);
        while answer.is_none() {
            answer = self.0.done.wait(answer).unwrap_or_else(|e| e.into_inner());
        }
    }
}

/// What a name given to `resolve-addresses` is.
#[derive(Debug, PartialEq, Eq)]
enum Name {
    /// An IP address: the answer without a lookup.
    Ip(IpAddr),
    /// A domain name, in ASCII (IDNA-encoded).
    Domain(String),
}

/// Parses a name as a URL's host is parsed (the WHATWG host parser, which
/// wasmtime-wasi uses through the `url` crate): an IPv4 address (also in
/// its short and hex forms), an IPv6 address (bare or in brackets), or a
/// domain, lowercased and IDNA-encoded. Anything else, such as a URL, a
/// `host:port` or an empty name, is `None`.
fn parse_name(name: &str) -> Option<Name> {
    // Every character becomes at least one of the ASCII name, so a longer
    // name can only be too long (and is refused before any work).
    if name.chars().count() > MAX_NAME_LEN + 2 {
        return None;
    }
    if let Ok(ip) = name.parse::<IpAddr>() {
        return Some(Name::Ip(ip));
    }
    if let Some(inner) = name.strip_prefix('[') {
        let v6 = inner.strip_suffix(']')?.parse::<Ipv6Addr>().ok()?;
        return Some(Name::Ip(IpAddr::V6(v6)));
    }
    // IDNA maps the ideographic and full-width full stops to dots.
    let name: String = name
        .chars()
        .map(|c| match c {
            '\u{3002}' | '\u{ff0e}' | '\u{ff61}' => '.',
            c => c,
        })
        .collect::<String>()
        .to_lowercase();
    if name.is_empty() || name.chars().any(is_forbidden) {
        return None;
    }
    let trimmed = name.strip_suffix('.').unwrap_or(&name);
    let mut ascii = Vec::new();
    for label in trimmed.split('.') {
        if label.is_empty() {
            return None;
        }
        if label.chars().count() > MAX_LABEL_LEN {
            return None;
        }
        let label = if label.is_ascii() {
            label.to_owned()
        } else {
            format!("xn--{}", punycode(label)?)
        };
        if label.len() > MAX_LABEL_LEN {
            return None;
        }
        ascii.push(label);
    }
    let domain = ascii.join(".");
    if domain.len() > MAX_NAME_LEN {
        return None;
    }
    // A host ending in a number is an IPv4 address, or nothing.
    if ascii.last().is_some_and(|last| is_number(last)) {
        return whatwg_ipv4(&domain).map(|v4| Name::Ip(IpAddr::V4(v4)));
    }
    Some(Name::Domain(if name.ends_with('.') {
        domain + "."
    } else {
        domain
    }))
}

/// The WHATWG "forbidden domain code points".
fn is_forbidden(c: char) -> bool {
    c.is_ascii_control()
        || matches!(
            c,
            ' ' | '#' | '%' | '/' | ':' | '<' | '>' | '?' | '@' | '[' | '\\' | ']' | '^' | '|'
        )
}

/// Whether a label is a number to the WHATWG IPv4 parser: decimal digits,
/// or `0x` and hex digits.
fn is_number(label: &str) -> bool {
    if let Some(hex) = label
        .strip_prefix("0x")
        .or_else(|| label.strip_prefix("0X"))
    {
        return hex.chars().all(|c| c.is_ascii_hexdigit());
    }
    !label.is_empty() && label.chars().all(|c| c.is_ascii_digit())
}

/// The WHATWG IPv4 parser: one to four parts, each decimal, octal (a
/// leading `0`) or hex (`0x`), the last filling the remaining bytes.
fn whatwg_ipv4(host: &str) -> Option<Ipv4Addr> {
    let parts: Vec<&str> = host.split('.').collect();
    if parts.is_empty() || parts.len() > 4 {
        return None;
    }
    let mut numbers = Vec::with_capacity(parts.len());
    for part in &parts {
        let (digits, radix) =
            if let Some(hex) = part.strip_prefix("0x").or_else(|| part.strip_prefix("0X")) {
                (hex, 16)
            } else if part.len() > 1 && part.starts_with('0') {
                (&part[1..], 8)
            } else {
                (*part, 10)
            };
        let number = if digits.is_empty() {
            if radix == 10 {
                return None;
            }
            0
        } else {
            u64::from_str_radix(digits, radix).ok()?
        };
        numbers.push(number);
    }
    let (last, init) = numbers.split_last()?;
    if init.iter().any(|&n| n > 255) {
        return None;
    }
    let last_bits = 8 * (5 - numbers.len()) as u32;
    if *last >= 1u64 << last_bits {
        return None;
    }
    let mut value = *last;
    for (i, &n) in init.iter().enumerate() {
        value += n << (8 * (3 - i));
    }
    Some(Ipv4Addr::from(u32::try_from(value).ok()?))
}

/// Punycode (RFC 3492) of a label: its ASCII characters, a `-`, then the
/// others encoded. `None` if it overflows (a label far past any limit).
fn punycode(label: &str) -> Option<String> {
    const BASE: u32 = 36;
    const T_MIN: u32 = 1;
    const T_MAX: u32 = 26;
    const SKEW: u32 = 38;
    const DAMP: u32 = 700;

    fn adapt(delta: u32, points: u32, first: bool) -> u32 {
        let mut delta = if first { delta / DAMP } else { delta / 2 };
        delta += delta / points;
        let mut k = 0;
        while delta > ((BASE - T_MIN) * T_MAX) / 2 {
            delta /= BASE - T_MIN;
            k += BASE;
        }
        k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
    }

    fn digit(d: u32) -> char {
        // 0..=25 are `a`..=`z`, 26..=35 are `0`..=`9`.
        let byte = if d < 26 {
            b'a' + d as u8
        } else {
            b'0' + (d - 26) as u8
        };
        char::from(byte)
    }

    let input: Vec<u32> = label.chars().map(u32::from).collect();
    let mut output: String = label.chars().filter(char::is_ascii).collect();
    let basic = output.len() as u32;
    let mut handled = basic;
    if basic > 0 {
        output.push('-');
    }
    let mut n: u32 = 0x80;
    let mut delta: u32 = 0;
    let mut bias: u32 = 72;
    let total = u32::try_from(input.len()).ok()?;
    while handled < total {
        let m = input.iter().copied().filter(|&c| c >= n).min()?;
        delta = delta.checked_add((m - n).checked_mul(handled + 1)?)?;
        n = m;
        for &c in &input {
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        T_MIN
                    } else if k >= bias + T_MAX {
                        T_MAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    output.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                output.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta = delta.checked_add(1)?;
        n = n.checked_add(1)?;
    }
    Some(output)
}

/// Resolves `domain` with the system resolver: each address once, in the
/// resolver's order, IPv4-mapped IPv6 addresses as IPv4.
fn resolve(domain: &str) -> std::result::Result<VecDeque<IpAddr>, ErrorCode> {
    // The system resolver's errors say little portably; wasmtime-wasi
    // reports every failure as `name-unresolvable` too.
    let found = (domain, 0)
        .to_socket_addrs()
        .map_err(|_| ErrorCode::NameUnresolvable)?;
    let mut addresses = VecDeque::new();
    for address in found {
        let ip = address.ip().to_canonical();
        if !addresses.contains(&ip) {
            addresses.push_back(ip);
        }
    }
    Ok(addresses)
}

impl ip_name_lookup::Host for WasiCtx {
    fn resolve_addresses(
        &mut self,
        network: Resource<Network>,
        name: String,
    ) -> SocketResult<Resource<ip_name_lookup::ResolveAddressStream>> {
        check_network(self, &network)?;
        if !self.sockets.ip_name_lookup {
            return Err(LOOKUP_DENIED.into());
        }
        let lookup = Arc::new(Lookup::default());
        match parse_name(&name).ok_or(ErrorCode::InvalidArgument)? {
            Name::Ip(ip) => lookup.finish(Ok(VecDeque::from([ip.to_canonical()]))),
            Name::Domain(domain) => {
                use std::sync::atomic::Ordering;
                if LOOKUPS_IN_FLIGHT.fetch_add(1, Ordering::SeqCst) >= MAX_LOOKUPS {
                    LOOKUPS_IN_FLIGHT.fetch_sub(1, Ordering::SeqCst);
                    return Err(ErrorCode::TemporaryResolverFailure.into());
                }
                let shared = Arc::clone(&lookup);
                let spawned = std::thread::Builder::new()
                    .name("canon-wasi-lookup".into())
                    .spawn(move || {
                        shared.finish(resolve(&domain));
                        LOOKUPS_IN_FLIGHT.fetch_sub(1, Ordering::SeqCst);
                    });
                if spawned.is_err() {
                    LOOKUPS_IN_FLIGHT.fetch_sub(1, Ordering::SeqCst);
                    return Err(ErrorCode::TemporaryResolverFailure.into());
                }
            }
        }
        Ok(self.table.push(ResolveAddressStream(lookup))?)
    }
}

impl ip_name_lookup::HostResolveAddressStream for WasiCtx {
    fn drop(&mut self, rep: Resource<ip_name_lookup::ResolveAddressStream>) -> Result<()> {
        self.table.delete::<_, ResolveAddressStream>(rep)?;
        Ok(())
    }

    fn resolve_next_address(
        &mut self,
        self_: Resource<ip_name_lookup::ResolveAddressStream>,
    ) -> SocketResult<Option<IpAddress>> {
        let stream = self.table.get::<_, ResolveAddressStream>(&self_)?;
        let mut answer = lock(&stream.0.answer);
        match answer.as_mut() {
            None => Err(ErrorCode::WouldBlock.into()),
            Some(Err(code)) => Err((*code).into()),
            Some(Ok(addresses)) => Ok(addresses.pop_front().map(addr::ip_from_std)),
        }
    }

    fn subscribe(
        &mut self,
        self_: Resource<ip_name_lookup::ResolveAddressStream>,
    ) -> Result<Resource<ip_name_lookup::Pollable>> {
        crate::poll::subscribe::<_, ResolveAddressStream>(self, self_.rep())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::WasiCtxBuilder;
    use crate::bindings::wasi::io::poll::HostPollable as Poll;
    use crate::bindings::wasi::sockets::instance_network::Host as _;
    use crate::bindings::wasi::sockets::ip_name_lookup::{
        Host as _, HostResolveAddressStream as Stream,
    };
    use crate::sockets::SocketError;

    fn b<T: 'static>(r: &Resource<T>) -> Resource<T> {
        Resource::new_borrow(r.rep())
    }

    fn ip(s: &str) -> Option<Name> {
        Some(Name::Ip(s.parse().unwrap()))
    }

    fn domain(s: &str) -> Option<Name> {
        Some(Name::Domain(s.into()))
    }

    #[test]
    fn names_parse_as_url_hosts() {
        assert_eq!(parse_name("127.0.0.1"), ip("127.0.0.1"));
        assert_eq!(parse_name("::1"), ip("::1"));
        assert_eq!(parse_name("[::1]"), ip("::1"));
        assert_eq!(parse_name("[fe80::1:2]"), ip("fe80::1:2"));
        // The WHATWG IPv4 forms.
        assert_eq!(parse_name("127.1"), ip("127.0.0.1"));
        assert_eq!(parse_name("0x7f.0.0.1"), ip("127.0.0.1"));
        assert_eq!(parse_name("0177.0.0.1"), ip("127.0.0.1"));
        assert_eq!(parse_name("2130706433"), ip("127.0.0.1"));
        assert_eq!(parse_name("256.0.0.1"), None);
        assert_eq!(parse_name("1.2.3.4.5"), None);
        // A host ending in a number must be an IPv4 address.
        assert_eq!(parse_name("example.0x"), None);
        assert_eq!(parse_name("example.123"), None);
        assert_eq!(parse_name("example.123a"), domain("example.123a"));
        // Domains: lowercased, IDNA-encoded.
        assert_eq!(parse_name("Example.COM"), domain("example.com"));
        assert_eq!(parse_name("example.com."), domain("example.com."));
        assert_eq!(parse_name("my_host-1.local"), domain("my_host-1.local"));
        assert_eq!(
            parse_name("bücher.example"),
            domain("xn--bcher-kva.example")
        );
        assert_eq!(parse_name("München。de"), domain("xn--mnchen-3ya.de"));
        assert_eq!(parse_name("日本語.jp"), domain("xn--wgv71a119e.jp"));
        // Not host names.
        for bad in [
            "",
            ".",
            "a..b",
            "http://example.com",
            "example.com/path",
            "example.com:80",
            "user@example.com",
            "[::1",
            "[127.0.0.1]",
            "a b",
            "tab\tname",
            "100%",
            &format!("{}.com", "a".repeat(64)),
            &"a.".repeat(128),
            &"ü".repeat(64),
            &"x".repeat(1 << 20),
        ] {
            assert_eq!(parse_name(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn punycode_matches_rfc_3492() {
        assert_eq!(punycode("bücher").as_deref(), Some("bcher-kva"));
        assert_eq!(punycode("münchen").as_deref(), Some("mnchen-3ya"));
        assert_eq!(punycode("日本語").as_deref(), Some("wgv71a119e"));
        // RFC 3492 section 7.1, (A) Arabic (Egyptian).
        let arabic = "\u{644}\u{64A}\u{647}\u{645}\u{627}\u{628}\u{62A}\u{643}\u{644}\u{645}\u{648}\u{634}\u{639}\u{631}\u{628}\u{64A}\u{61F}";
        assert_eq!(punycode(arabic).as_deref(), Some("egbpdaj6bu4bxfgehfvwxn"));
    }

    #[test]
    fn denied_by_default() {
        let mut ctx = WasiCtxBuilder::new().build();
        let net = ctx.instance_network().unwrap();
        let r = ctx.resolve_addresses(b(&net), "localhost".into());
        assert!(matches!(r, Err(SocketError::Code(ErrorCode::AccessDenied))));
        // Even an address literal needs the permission.
        let r = ctx.resolve_addresses(b(&net), "127.0.0.1".into());
        assert!(matches!(r, Err(SocketError::Code(ErrorCode::AccessDenied))));
    }

    #[test]
    fn literals_resolve_to_themselves_once() {
        let mut ctx = WasiCtxBuilder::new().allow_ip_name_lookup(true).build();
        let net = ctx.instance_network().unwrap();
        for (name, want) in [
            ("127.0.0.1", IpAddress::Ipv4((127, 0, 0, 1))),
            ("[::2]", IpAddress::Ipv6((0, 0, 0, 0, 0, 0, 0, 2))),
            // Never an IPv4-mapped IPv6 address.
            ("::ffff:10.0.0.1", IpAddress::Ipv4((10, 0, 0, 1))),
        ] {
            let stream = ctx.resolve_addresses(b(&net), name.into()).unwrap();
            let pollable = Stream::subscribe(&mut ctx, b(&stream)).unwrap();
            assert!(Poll::ready(&mut ctx, b(&pollable)).unwrap());
            let first = Stream::resolve_next_address(&mut ctx, b(&stream)).unwrap();
            assert_eq!(format!("{first:?}"), format!("{:?}", Some(want)));
            assert!(
                Stream::resolve_next_address(&mut ctx, b(&stream))
                    .unwrap()
                    .is_none()
            );
            assert!(
                Stream::resolve_next_address(&mut ctx, b(&stream))
                    .unwrap()
                    .is_none()
            );
            // The stream outlives no pollable of it.
            assert!(Stream::drop(&mut ctx, Resource::new_own(stream.rep())).is_err());
            Poll::drop(&mut ctx, pollable).unwrap();
            Stream::drop(&mut ctx, stream).unwrap();
        }
        for bad in ["http://example.com", "", "example.com:443"] {
            let r = ctx.resolve_addresses(b(&net), bad.into());
            assert!(
                matches!(r, Err(SocketError::Code(ErrorCode::InvalidArgument))),
                "{bad:?}"
            );
        }
        // A bad network handle traps.
        let r = ctx.resolve_addresses(Resource::new_borrow(999), "127.0.0.1".into());
        assert!(matches!(r, Err(SocketError::Trap(_))));
        assert!(Stream::resolve_next_address(&mut ctx, Resource::new_borrow(net.rep())).is_err());
    }

    #[test]
    fn localhost_resolves_in_the_background() {
        let mut ctx = WasiCtxBuilder::new().allow_ip_name_lookup(true).build();
        let net = ctx.instance_network().unwrap();
        let stream = ctx.resolve_addresses(b(&net), "localhost".into()).unwrap();
        let pollable = Stream::subscribe(&mut ctx, b(&stream)).unwrap();
        let mut found = Vec::new();
        loop {
            match Stream::resolve_next_address(&mut ctx, b(&stream)) {
                Ok(Some(address)) => found.push(address),
                Ok(None) => break,
                Err(SocketError::Code(ErrorCode::WouldBlock)) => {
                    Poll::block(&mut ctx, b(&pollable)).unwrap();
                    assert!(Poll::ready(&mut ctx, b(&pollable)).unwrap());
                }
                Err(e) => panic!("{e}"),
            }
        }
        assert!(!found.is_empty());
        let ips: Vec<IpAddr> = found
            .iter()
            .map(|a| match *a {
                IpAddress::Ipv4((a, b, c, d)) => IpAddr::from([a, b, c, d]),
                IpAddress::Ipv6((a, b, c, d, e, f, g, h)) => IpAddr::from([a, b, c, d, e, f, g, h]),
            })
            .collect();
        assert!(ips.iter().all(IpAddr::is_loopback), "{ips:?}");
        // Each address once.
        for (i, ip) in ips.iter().enumerate() {
            assert!(!ips[..i].contains(ip), "{ip} twice");
        }
    }
}
