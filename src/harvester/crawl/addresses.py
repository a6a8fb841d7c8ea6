"""Which network addresses the crawler may connect to.

Public addresses always; private ranges only when a source allows them (`allow_networks`, or
`allow_private_addresses` as shorthand for the private ranges); link-local, multicast, unspecified
addresses and cloud platforms' metadata and host addresses (`CLOUD_PLATFORM_ADDRESSES`) never, whatever
a source allows. IPv6 forms that carry an IPv4 address inside (IPv4-mapped, 6to4, Teredo, NAT64) are
judged by the address they carry.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address

PRIVATE_NETWORKS: tuple[str, ...] = (
    "10.0.0.0/8",
    "172.16.0.0/12",
    "192.168.0.0/16",
    "127.0.0.0/8",
    "100.64.0.0/10",
    "::1/128",
    "fc00::/7",
)
# Cloud platforms' own services, reachable from inside every virtual machine or container: instance
# metadata hands out credentials, and some sit in ranges a source may allow (CGNAT, ULA) or that look
# public (Azure's host). Refused always, whatever a source allows.
CLOUD_PLATFORM_ADDRESSES: tuple[str, ...] = (
    "169.254.169.254",  # instance metadata: AWS, GCP, Azure, OpenStack, DigitalOcean, Oracle, Hetzner
    "fd00:ec2::254",  # AWS instance metadata over IPv6
    "169.254.170.2",  # AWS ECS task metadata and credentials
    "169.254.170.23",  # AWS EKS Pod Identity credentials
    "fd00:ec2::23",  # ... over IPv6
    "169.254.169.253",  # AWS Amazon DNS
    "fd00:ec2::253",  # ... over IPv6
    "169.254.169.123",  # AWS time sync
    "fd00:ec2::123",  # ... over IPv6
    "168.63.129.16",  # Azure host (WireServer): agent configuration, health probes, DNS; a public address
    "100.100.100.200",  # Alibaba Cloud instance metadata, in the CGNAT range
    "169.254.0.23",  # Tencent Cloud instance metadata
    "192.0.0.192",  # Oracle Cloud (legacy instance metadata)
)
_METADATA = frozenset(ipaddress.ip_address(a) for a in CLOUD_PLATFORM_ADDRESSES)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_CGNAT = ipaddress.ip_network("100.64.0.0/10")


def parse_networks(values: Iterable[str]) -> tuple[Network, ...]:
    """CIDR strings as networks; raises ValueError naming the bad one."""
    return tuple(ipaddress.ip_network(value, strict=False) for value in values)


def carried_addresses(address: str) -> list[Address]:
    """The address and any IPv4 address it carries inside (mapped, 6to4, Teredo, NAT64)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    found: list[Address] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            found.append(ip.ipv4_mapped)
        if ip.sixtofour:
            found.append(ip.sixtofour)
        if ip.teredo:
            found.extend(ip.teredo)
        if ip in _NAT64:
            found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def _judged(address: str) -> list[Address]:
    """What an address is judged by: the IPv4 address a wrapper carries, else itself."""
    found = carried_addresses(address)
    return found[1:] if len(found) > 1 else found


def is_public_address(address: str) -> bool:
    """False for private, loopback, link-local, multicast, reserved and cloud-metadata addresses, and for
    IPv6 addresses that carry one of those inside."""
    return all(_public(ip) for ip in _judged(address))


def is_allowed_address(address: str, allowed: tuple[Network, ...] = ()) -> bool:
    """Public, or inside a network the source allows; never link-local, metadata or multicast."""
    for ip in _judged(address):
        if _never(ip):
            return False
        if not _public(ip) and not any(ip.version == net.version and ip in net for net in allowed):
            return False
    return True


def _never(ip: Address) -> bool:
    return ip in _METADATA or ip.is_link_local or ip.is_multicast or ip.is_unspecified


def _public(ip: Address) -> bool:
    if _never(ip) or ip.is_private or ip.is_loopback or ip.is_reserved:
        return False
    return not (isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT)
