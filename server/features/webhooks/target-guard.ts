import ipaddr from 'ipaddr.js';
import { ipVersion } from '#server/lib/ip';

/**
 * Where Charter may send (docs/webhooks.md, "Where events may go"): only to public unicast
 * addresses, unless the setting WEBHOOKS_ALLOW_PRIVATE_TARGETS allows the rest. Anything else
 * (loopback, private, link-local, unspecified, carrier-grade NAT, multicast, reserved, and IPv6
 * forms that embed an IPv4 address) could reach Charter's own network. The address is checked
 * when the connection is made, after DNS, so a name that resolves to a private address is refused
 * too, and the connection goes to the very address that was checked (`guarded-lookup.ts`, on Node).
 */

/** Why an address is refused, or null when it is a public unicast address. */
export function addressRefusal(address: string): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  return range === 'unicast' ? null : `${ip.toString()} is a ${describe(range)} address`;
}

function describe(range: string): string {
  const words: Record<string, string> = {
    loopback: 'loopback',
    private: 'private',
    linkLocal: 'link-local',
    uniqueLocal: 'private (unique local)',
    unspecified: 'unspecified',
    carrierGradeNat: 'carrier-grade NAT',
    multicast: 'multicast',
    broadcast: 'broadcast',
    reserved: 'reserved',
  };
  return words[range] ?? `non-public (${range})`;
}

/** The host part of a URL as a resolver or an address check takes it (IPv6 without brackets). */
export const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * What can be told from the URL alone, when an endpoint is saved: an address in the URL that is
 * not public, or a name that is local by definition. Names are checked again at every delivery.
 */
export function urlRefusal(url: URL, allowPrivate: boolean): string | null {
  if (allowPrivate) return null;
  const host = hostOf(url);
  if (ipVersion(host)) return addressRefusal(host);
  if (/(^|\.)localhost\.?$/i.test(host)) return `${host} is this machine`;
  return null;
}

export class RefusedTargetError extends Error {
  readonly code = 'ERR_REFUSED_TARGET';
}
