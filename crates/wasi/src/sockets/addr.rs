//! Socket addresses: conversions between the WIT records and `std::net`,
//! and the address checks every bind, connect and send makes first.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};

use crate::bindings::wasi::sockets::network::{
    IpAddress, IpAddressFamily, IpSocketAddress, Ipv4SocketAddress, Ipv6SocketAddress,
};

/// The address family of a socket.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    V4,
    V6,
}

impl From<IpAddressFamily> for Family {
    fn from(family: IpAddressFamily) -> Self {
        match family {
            IpAddressFamily::Ipv4 => Family::V4,
            IpAddressFamily::Ipv6 => Family::V6,
        }
    }
}

impl From<Family> for IpAddressFamily {
    fn from(family: Family) -> Self {
        match family {
            Family::V4 => IpAddressFamily::Ipv4,
            Family::V6 => IpAddressFamily::Ipv6,
        }
    }
}

impl Family {
    pub(crate) fn domain(self) -> socket2::Domain {
        match self {
            Family::V4 => socket2::Domain::IPV4,
            Family::V6 => socket2::Domain::IPV6,
        }
    }
}

pub(crate) fn to_std(addr: &IpSocketAddress) -> SocketAddr {
    match *addr {
        IpSocketAddress::Ipv4(Ipv4SocketAddress { port, address }) => {
            let (a, b, c, d) = address;
            SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::new(a, b, c, d), port))
        }
        IpSocketAddress::Ipv6(Ipv6SocketAddress {
            port,
            flow_info,
            address,
            scope_id,
        }) => {
            let (a, b, c, d, e, f, g, h) = address;
            SocketAddr::V6(SocketAddrV6::new(
                Ipv6Addr::new(a, b, c, d, e, f, g, h),
                port,
                flow_info,
                scope_id,
            ))
        }
    }
}

pub(crate) fn from_std(addr: SocketAddr) -> IpSocketAddress {
    match addr {
        SocketAddr::V4(v4) => {
            let [a, b, c, d] = v4.ip().octets();
            IpSocketAddress::Ipv4(Ipv4SocketAddress {
                port: v4.port(),
                address: (a, b, c, d),
            })
        }
        SocketAddr::V6(v6) => {
            let [a, b, c, d, e, f, g, h] = v6.ip().segments();
            IpSocketAddress::Ipv6(Ipv6SocketAddress {
                port: v6.port(),
                flow_info: v6.flowinfo(),
                address: (a, b, c, d, e, f, g, h),
                scope_id: v6.scope_id(),
            })
        }
    }
}

pub(crate) fn ip_from_std(ip: IpAddr) -> IpAddress {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, c, d] = v4.octets();
            IpAddress::Ipv4((a, b, c, d))
        }
        IpAddr::V6(v6) => {
            let [a, b, c, d, e, f, g, h] = v6.segments();
            IpAddress::Ipv6((a, b, c, d, e, f, g, h))
        }
    }
}

/// The wildcard address of `family`, port 0.
pub(crate) fn unspecified(family: Family) -> SocketAddr {
    match family {
        Family::V4 => SocketAddr::new(Ipv4Addr::UNSPECIFIED.into(), 0),
        Family::V6 => SocketAddr::new(Ipv6Addr::UNSPECIFIED.into(), 0),
    }
}

/// Whether `ip` may be used on a socket of `family`. IPv6 sockets are
/// IPv6-only, so IPv4-mapped addresses are refused on them, and so are the
/// long-deprecated IPv4-compatible ones (`::a.b.c.d`), which operating
/// systems treat inconsistently.
pub(crate) fn family_matches(ip: IpAddr, family: Family) -> bool {
    match (family, ip) {
        (Family::V4, IpAddr::V4(_)) => true,
        (Family::V6, IpAddr::V6(v6)) => {
            let deprecated_compatible = matches!(v6.segments(), [0, 0, 0, 0, 0, 0, _, _])
                && v6 != Ipv6Addr::UNSPECIFIED
                && v6 != Ipv6Addr::LOCALHOST;
            !deprecated_compatible && v6.to_ipv4_mapped().is_none()
        }
        _ => false,
    }
}

/// Whether `ip` is a unicast address (not multicast, not broadcast).
pub(crate) fn is_unicast(ip: IpAddr) -> bool {
    match ip.to_canonical() {
        IpAddr::V4(v4) => !v4.is_multicast() && !v4.is_broadcast(),
        IpAddr::V6(v6) => !v6.is_multicast(),
    }
}

/// Whether `addr` can be a remote endpoint: not the wildcard, not port 0.
pub(crate) fn is_valid_remote(addr: SocketAddr) -> bool {
    !addr.ip().to_canonical().is_unspecified() && addr.port() != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_round_trip_and_are_checked() {
        let v4: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        let v6: SocketAddr = "[fe80::1%3]:443".parse().unwrap();
        assert_eq!(to_std(&from_std(v4)), v4);
        let back = to_std(&from_std(v6));
        assert_eq!(back, v6);
        let SocketAddr::V6(back) = back else {
            panic!("not v6")
        };
        assert_eq!(back.scope_id(), 3);

        assert!(family_matches(v4.ip(), Family::V4));
        assert!(!family_matches(v4.ip(), Family::V6));
        assert!(family_matches("::1".parse().unwrap(), Family::V6));
        assert!(family_matches("::".parse().unwrap(), Family::V6));
        assert!(!family_matches(
            "::ffff:127.0.0.1".parse().unwrap(),
            Family::V6
        ));
        assert!(!family_matches("::127.0.0.1".parse().unwrap(), Family::V6));

        assert!(is_unicast(v4.ip()));
        assert!(!is_unicast("224.0.0.1".parse().unwrap()));
        assert!(!is_unicast("255.255.255.255".parse().unwrap()));
        assert!(!is_unicast("ff02::1".parse().unwrap()));

        assert!(is_valid_remote(v4));
        assert!(!is_valid_remote("127.0.0.1:0".parse().unwrap()));
        assert!(!is_valid_remote("0.0.0.0:80".parse().unwrap()));
        assert!(!is_valid_remote("[::]:80".parse().unwrap()));
        assert!(!is_valid_remote("[::ffff:0.0.0.0]:80".parse().unwrap()));

        assert_eq!(unspecified(Family::V6), "[::]:0".parse().unwrap());
        assert!(matches!(
            ip_from_std("1.2.3.4".parse().unwrap()),
            IpAddress::Ipv4((1, 2, 3, 4))
        ));
        assert!(matches!(
            ip_from_std("::2".parse().unwrap()),
            IpAddress::Ipv6((0, 0, 0, 0, 0, 0, 0, 2))
        ));
        assert_eq!(
            IpAddressFamily::from(Family::from(IpAddressFamily::Ipv6)),
            IpAddressFamily::Ipv6
        );
    }
}
