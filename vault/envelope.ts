/**
 * Envelope encryption of personal data at rest (AES-256-GCM). Every value gets a data key of
 * its own, which a key-encryption key (by id, from DATA_KEYS) wraps; the sealed value carries
 * the wrapped data key and the id, so rotating the key-encryption key re-wraps data keys and
 * never touches the data. The ciphertext is bound to where it is stored (its context: table,
 * row, field), so a value copied into another row or field no longer opens.
 *
 * A sealed value is one string: `pd1.<key id>.<wrapped data key>.<ciphertext>` (base64url;
 * each part is IV ‖ ciphertext ‖ tag). No plaintext the forms accept contains a dot after
 * `pd1`, so "is this sealed?" needs no side channel, and sealing twice is impossible by mistake.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeySet } from '../config/key-spec';

const prefix = 'pd1';
const ivBytes = 12;
const tagBytes = 16;

export class UnknownDataKey extends Error {}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(`${prefix}.`) && value.split('.').length === 4;
}

export class Envelope {
  constructor(private readonly ring: KeySet) {
    if (!ring.keys.has(ring.current)) throw new Error(`data key "${ring.current}" is not in the key ring`);
  }

  get currentKeyId(): string {
    return this.ring.current;
  }

  seal(plaintext: string, context: string): string {
    const dataKey = randomBytes(32);
    const wrapped = gcmEncrypt(this.kek(this.ring.current), dataKey, wrapContext(this.ring.current));
    const sealed = gcmEncrypt(dataKey, Buffer.from(plaintext, 'utf8'), context);
    return [prefix, this.ring.current, wrapped.toString('base64url'), sealed.toString('base64url')].join('.');
  }

  open(sealed: string, context: string): string {
    const { keyId, wrapped, data } = parts(sealed);
    const dataKey = gcmDecrypt(this.kek(keyId), wrapped, wrapContext(keyId));
    return gcmDecrypt(dataKey, data, context).toString('utf8');
  }

  /** The same value with its data key wrapped by the current key; unchanged when it already is. */
  rewrap(sealed: string): string {
    const { keyId, wrapped, data } = parts(sealed);
    if (keyId === this.ring.current) return sealed;
    const dataKey = gcmDecrypt(this.kek(keyId), wrapped, wrapContext(keyId));
    const rewrapped = gcmEncrypt(this.kek(this.ring.current), dataKey, wrapContext(this.ring.current));
    return [prefix, this.ring.current, rewrapped.toString('base64url'), data.toString('base64url')].join('.');
  }

  private kek(id: string): Buffer {
    const key = this.ring.keys.get(id);
    if (!key) throw new UnknownDataKey(`personal data sealed under unknown data key "${id}"`);
    return key;
  }
}

/** The id of the key that wraps a sealed value's data key. */
export function keyIdOf(sealed: string): string {
  return parts(sealed).keyId;
}

function parts(sealed: string): { keyId: string; wrapped: Buffer; data: Buffer } {
  if (!isSealed(sealed)) throw new Error('not a sealed value');
  const [, keyId, wrapped, data] = sealed.split('.') as [string, string, string, string];
  return { keyId, wrapped: Buffer.from(wrapped, 'base64url'), data: Buffer.from(data, 'base64url') };
}

/** A data key is wrapped for one key id: moving it under another id's label breaks it. */
const wrapContext = (keyId: string) => `${prefix}/data-key/${keyId}`;

function gcmEncrypt(key: Buffer, plaintext: Buffer, context: string): Buffer {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  return Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

function gcmDecrypt(key: Buffer, sealed: Buffer, context: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, ivBytes));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(sealed.subarray(sealed.length - tagBytes));
  return Buffer.concat([decipher.update(sealed.subarray(ivBytes, sealed.length - tagBytes)), decipher.final()]);
}
