import ipaddr from 'ipaddr.js';

/**
 * 4 or 6 when `text` is an IP address as written in a URL or a header (IPv4 only in four decimal
 * parts), else 0: what node:net's isIP answers, on both Node and a browser.
 */
export function ipVersion(text: string): 0 | 4 | 6 {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return 4;
  if (text.includes(':') && ipaddr.IPv6.isValid(text)) return 6;
  return 0;
}
