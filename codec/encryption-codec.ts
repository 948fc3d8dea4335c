/**
 * AES-256-GCM PayloadCodec. Personal data (names, identity numbers) travels in workflow
 * inputs and updates, so it is ciphertext before it reaches Temporal's database. Each payload
 * names the key that sealed it, so old keys keep decrypting after rotation.
 *
 * One exception, by convention: a payload that is a bare JSON string stays readable. Temporal
 * UI shows the workflow's summary, the activities' and timers' summaries and the current
 * details as such strings ("养老保险 · 参保登记"), and administrators must read them without a
 * key. Every domain value — forms, decisions, states, receipts — travels as an object, and
 * the end-to-end test checks that no name or identity number reaches the history.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';

const ENCODING = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface CodecKeys {
  /** The key that seals new payloads. */
  current: string;
  /** Every key that may still open old payloads, by id (includes `current`). */
  keys: ReadonlyMap<string, Buffer>;
}

const text = new TextEncoder();
const decodeText = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

export class EncryptionCodec implements PayloadCodec {
  constructor(private readonly keyring: CodecKeys) {
    if (!keyring.keys.has(keyring.current)) throw new Error(`codec key "${keyring.current}" is not in the keyring`);
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    const key = this.keyring.keys.get(this.keyring.current)!;
    return payloads.map((payload) =>
      isDisplayText(payload)
        ? payload
        : {
            metadata: { encoding: text.encode(ENCODING), [KEY_ID]: text.encode(this.keyring.current) },
            data: seal(key, proto.temporal.api.common.v1.Payload.encode(payload).finish()),
          },
    );
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (!payload.metadata || decodeText(payload.metadata.encoding ?? new Uint8Array()) !== ENCODING) return payload;
      const keyId = decodeText(payload.metadata[KEY_ID] ?? new Uint8Array());
      const key = this.keyring.keys.get(keyId);
      if (!key) throw new Error(`payload sealed with unknown codec key "${keyId}"`);
      if (!payload.data) throw new Error('encrypted payload has no data');
      return proto.temporal.api.common.v1.Payload.decode(open(key, payload.data));
    });
  }
}

/** A JSON string payload: how the SDK carries summaries and details for the UI. */
function isDisplayText(payload: Payload): boolean {
  const encoding = payload.metadata?.encoding;
  return encoding !== undefined && decodeText(encoding) === 'json/plain' && payload.data?.[0] === 0x22; // '"'
}

function seal(key: Buffer, plain: Uint8Array): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

function open(key: Buffer, sealed: Uint8Array): Uint8Array {
  const bytes = Buffer.from(sealed);
  const iv = bytes.subarray(0, IV_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
}
