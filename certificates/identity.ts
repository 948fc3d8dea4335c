/**
 * 核验码: each certificate's id, drawn at random when it is issued (80 bits, so nobody finds
 * another's certificate by trying ids, least of all through a rate-limited page) and printed as
 * a short code beside the QR code for anyone who types rather than scans. Crockford's base32
 * leaves out I, L, O and U, so a code read aloud or copied by hand comes back the same.
 */
import { randomBytes } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const length = 16;

export function newCertificateId(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let id = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      id += alphabet[(value >> bits) & 31];
    }
  }
  return id;
}

/** ABCD-EFGH-JKMN-PQRS: how the id is printed. */
export function shortCode(certificateId: string): string {
  return certificateId.match(/.{1,4}/g)!.join('-');
}

/** The id a typed or scanned code stands for — dashes, spaces and case ignored, I/L read as 1 and O as 0 — or undefined when it cannot be one. */
export function certificateIdFrom(code: string): string | undefined {
  const id = code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  return id.length === length && [...id].every((character) => alphabet.includes(character)) ? id : undefined;
}
