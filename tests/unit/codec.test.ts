import { describe, expect, it } from 'vitest';
import { defaultPayloadConverter } from '@temporalio/common';
import { EncryptionCodec } from '../../codec/encryption-codec';
import { generateCodecKeySpec, parseCodecKeys } from '../../codec/keys';

const identityNumber = '640302199603150518';
const payload = () => defaultPayloadConverter.toPayload({ person: { identityNumber } })!;

describe('encryption codec', () => {
  it('seals payloads so the plain text is gone, and opens them again', async () => {
    const codec = new EncryptionCodec(parseCodecKeys(generateCodecKeySpec('k1')));
    const [sealed] = await codec.encode([payload()]);
    expect(Buffer.from(sealed!.data!).includes(identityNumber)).toBe(false);
    expect(Buffer.from(sealed!.metadata!['encryption-key-id']!).toString()).toBe('k1');

    const [opened] = await codec.decode([sealed!]);
    expect(defaultPayloadConverter.fromPayload(opened!)).toEqual({ person: { identityNumber } });
  });

  it('leaves a bare string — a summary for Temporal UI — readable, and seals every object', async () => {
    const codec = new EncryptionCodec(parseCodecKeys(generateCodecKeySpec('k1')));
    const [summary, value] = await codec.encode([defaultPayloadConverter.toPayload('养老保险 · 参保登记')!, defaultPayloadConverter.toPayload({ name: '张三' })!]);
    expect(defaultPayloadConverter.fromPayload(summary!)).toBe('养老保险 · 参保登记');
    expect(Buffer.from(value!.data!).includes('张三')).toBe(false);
  });

  it('keeps opening payloads sealed with an older key after rotation', async () => {
    const oldKey = generateCodecKeySpec('old');
    const [sealed] = await new EncryptionCodec(parseCodecKeys(oldKey)).encode([payload()]);
    const rotated = new EncryptionCodec(parseCodecKeys(`${generateCodecKeySpec('new')},${oldKey}`));

    const [opened] = await rotated.decode([sealed!]);
    expect(defaultPayloadConverter.fromPayload(opened!)).toEqual({ person: { identityNumber } });
    const [resealed] = await rotated.encode([payload()]);
    expect(Buffer.from(resealed!.metadata!['encryption-key-id']!).toString()).toBe('new');
  });

  it('refuses a payload sealed with a key it does not hold, and a tampered one', async () => {
    const [sealed] = await new EncryptionCodec(parseCodecKeys(generateCodecKeySpec('a'))).encode([payload()]);
    await expect(new EncryptionCodec(parseCodecKeys(generateCodecKeySpec('b'))).decode([sealed!])).rejects.toThrow(/unknown codec key "a"/);

    const codec = new EncryptionCodec(parseCodecKeys(generateCodecKeySpec('a')));
    const [mine] = await codec.encode([payload()]);
    mine!.data![20]! ^= 0xff;
    await expect(codec.decode([mine!])).rejects.toThrow();
  });

  it('rejects malformed key configuration with a message naming the problem', () => {
    expect(() => parseCodecKeys('')).toThrow(/names no key/);
    expect(() => parseCodecKeys('k1')).toThrow(/keyId:base64Key/);
    expect(() => parseCodecKeys('k1:c2hvcnQ=')).toThrow(/32 bytes/);
  });
});
