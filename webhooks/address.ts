/**
 * Which addresses a webhook may never reach (OWASP API7, server-side request forgery): our own
 * machine, the networks behind it, link-local and cloud metadata services, multicast and the
 * reserved ranges — in IPv4, in IPv6, and IPv4 wrapped in IPv6 (mapped, NAT64), which would
 * otherwise walk past an IPv4-only list.
 */
import { isIPv4, isIPv6 } from 'node:net';

interface Range {
  prefix: number[];
  bits: number;
  why: string;
}

const v4 = (cidr: string, why: string): Range => {
  const [address, bits] = cidr.split('/');
  return { prefix: address!.split('.').map(Number), bits: Number(bits), why };
};

const v6 = (cidr: string, why: string): Range => {
  const [address, bits] = cidr.split('/');
  return { prefix: ipv6Bytes(address!), bits: Number(bits), why };
};

/** The instance metadata services of the clouds (AWS, GCP and Azure share the first), named before their ranges. */
const metadata: Range[] = [
  v4('169.254.169.254/32', 'a cloud metadata address'),
  v4('169.254.170.2/32', 'a cloud metadata address'),
  v4('100.100.100.200/32', 'a cloud metadata address'),
  v4('192.0.0.192/32', 'a cloud metadata address'),
  v6('fd00:ec2::254/128', 'a cloud metadata address'),
];

const ipv4Ranges: Range[] = [
  ...metadata.filter((range) => range.prefix.length === 4),
  v4('0.0.0.0/8', 'an unspecified address'),
  v4('10.0.0.0/8', 'a private address'),
  v4('100.64.0.0/10', 'a shared (CGNAT) address'),
  v4('127.0.0.0/8', 'a loopback address'),
  v4('169.254.0.0/16', 'a link-local address'),
  v4('172.16.0.0/12', 'a private address'),
  v4('192.0.0.0/24', 'a reserved address'),
  v4('192.0.2.0/24', 'a documentation address'),
  v4('192.88.99.0/24', 'a reserved address'),
  v4('192.168.0.0/16', 'a private address'),
  v4('198.18.0.0/15', 'a reserved address'),
  v4('198.51.100.0/24', 'a documentation address'),
  v4('203.0.113.0/24', 'a documentation address'),
  v4('224.0.0.0/4', 'a multicast address'),
  v4('240.0.0.0/4', 'a reserved address'),
];

const ipv6Ranges: Range[] = [
  ...metadata.filter((range) => range.prefix.length === 16),
  v6('::/128', 'an unspecified address'),
  v6('::1/128', 'a loopback address'),
  // IPv4-compatible (deprecated): nothing legitimate lives there.
  v6('::/96', 'a reserved address'),
  v6('64:ff9b:1::/48', 'a private address'),
  v6('100::/64', 'a reserved address'),
  // Teredo, ORCHID, documentation and other protocol assignments.
  v6('2001::/23', 'a reserved address'),
  v6('2001:db8::/32', 'a documentation address'),
  // 6to4 tunnels to any IPv4 address, private ones included.
  v6('2002::/16', 'a reserved address'),
  v6('3fff::/20', 'a documentation address'),
  v6('fc00::/7', 'a private address'),
  v6('fe80::/10', 'a link-local address'),
  v6('fec0::/10', 'a link-local address'),
  v6('ff00::/8', 'a multicast address'),
];

/** Why a webhook may not be sent to this IP address, or undefined when it may. */
export function refusedAddress(address: string): string | undefined {
  if (isIPv4(address)) return match(address.split('.').map(Number), ipv4Ranges);
  if (!isIPv6(address)) return 'not an IP address';
  const bytes = ipv6Bytes(address);
  // ::ffff:a.b.c.d (mapped) and 64:ff9b::a.b.c.d (NAT64) reach the IPv4 address inside.
  const embedded = within(bytes, mapped) || within(bytes, nat64) ? bytes.slice(12) : undefined;
  if (embedded) return match(embedded, ipv4Ranges);
  return match(bytes, ipv6Ranges);
}

const mapped = v6('::ffff:0:0/96', '');
const nat64 = v6('64:ff9b::/96', '');

function match(bytes: number[], ranges: Range[]): string | undefined {
  return ranges.find((range) => within(bytes, range))?.why;
}

function within(bytes: number[], range: Range): boolean {
  if (bytes.length !== range.prefix.length) return false;
  for (let bit = 0; bit < range.bits; bit += 8) {
    const take = Math.min(8, range.bits - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((bytes[bit / 8]! & mask) !== (range.prefix[bit / 8]! & mask)) return false;
  }
  return true;
}

/** The 16 bytes of an IPv6 address in any spelling (`::`, embedded dotted IPv4, zone id dropped). */
export function ipv6Bytes(address: string): number[] {
  let text = address.replace(/%.*$/, '').toLowerCase();
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number);
    text = `${text.slice(0, -dotted[1]!.length)}${((a! << 8) | b!).toString(16)}:${((c! << 8) | d!).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const groups = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const front = groups(head);
  const back = groups(tail);
  const words = tail === undefined ? front : [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
  return words.flatMap((word) => [word >> 8, word & 0xff]);
}
