/**
 * Signing certificates, as pure logic: the keys as configured (a new key signs, a retired one
 * stays published), the facts a signature covers, what makes a record genuine, the short code,
 * and which certificates a closed matter takes out of force.
 */
import { compactVerify, createLocalJWKSet } from 'jose';
import { describe, expect, it } from 'vitest';
import { certificateFacts } from '../../certificates/facts';
import { certificateIdFrom, newCertificateId, shortCode } from '../../certificates/identity';
import { certificateJwks, generateCertificateKeySpec, parseCertificateKeys } from '../../certificates/keys';
import { storedCertificate } from '../../certificates/render';
import { revocationOf } from '../../certificates/revocation';
import { sealCertificate } from '../../certificates/seal';
import type { CertificateRecord } from '../../certificates/store';
import { verifyCertificate } from '../../certificates/verification';
import type { CertificateInput } from '../../schemas/certificate';

const wageRecord: CertificateInput = {
  kind: 'wage-approval',
  matterKind: 'hire',
  matterId: '12640300MB00012348-WZ2026-0001',
  matterTitle: '事业单位聘用工作人员',
  unit: { name: '吴忠市第一人民医院', code: '12640300MB00012348' },
  person: { maskedName: '张三', maskedIdentityNumber: '640302199001011234' },
  issuedAt: new Date('2026-11-28T03:00:00.000Z'),
  issuer: '吴忠市人力资源和社会保障局政务服务大厅（工资）',
  receipt: 'GZ00000000CE01',
  lines: [{ label: '岗位工资', value: '1,590.00 元/月' }],
  decisions: [],
  attests: { receipts: { wage: 'GZ00000000CE01' }, amounts: { postWage: 1590, gradeWage: 295, total: 1885 } },
};

/** The public half of a signing spec, as CERTIFICATE_PUBLIC_KEYS takes it. */
function publicSpec(spec: string): string {
  const keys = parseCertificateKeys({ signing: spec });
  const [kid, key] = [...keys.published][0]!;
  return `${kid}:${key.export({ format: 'der', type: 'spki' }).toString('base64')}`;
}

describe('certificate keys', () => {
  it('signs with the first private key and publishes every key, retired public ones included', () => {
    const [current, previous, retired] = [generateCertificateKeySpec('k3'), generateCertificateKeySpec('k2'), generateCertificateKeySpec('k1')];
    const keys = parseCertificateKeys({ signing: `${current},${previous}`, published: publicSpec(retired) });
    expect(keys.signing?.kid).toBe('k3');
    expect([...keys.published.keys()]).toEqual(['k3', 'k2', 'k1']);
    expect(certificateJwks(keys).keys.map((key) => [key.kid, key.kty, key.crv, key.alg])).toEqual([
      ['k3', 'OKP', 'Ed25519', 'EdDSA'],
      ['k2', 'OKP', 'Ed25519', 'EdDSA'],
      ['k1', 'OKP', 'Ed25519', 'EdDSA'],
    ]);
    // The key set holds public keys only.
    expect(JSON.stringify(certificateJwks(keys))).not.toMatch(/"d"/);
  });

  it('verifies with public keys alone, and signs nothing then', () => {
    const keys = parseCertificateKeys({ published: publicSpec(generateCertificateKeySpec('k1')) });
    expect(keys.signing).toBeUndefined();
    expect(keys.published.size).toBe(1);
  });

  it('refuses a malformed entry, a key of another kind, a key id twice, and no key at all', () => {
    expect(() => parseCertificateKeys({ signing: 'no-key-material' })).toThrow(/keyId:base64DER/);
    expect(() => parseCertificateKeys({ signing: 'k1:bm90IGEga2V5' })).toThrow(/k1.*cannot be read/);
    const spec = generateCertificateKeySpec('k1');
    expect(() => parseCertificateKeys({ signing: spec, published: publicSpec(spec) })).toThrow(/given twice/);
    expect(() => parseCertificateKeys({})).toThrow(/no certificate key/);
  });
});

describe('signed certificates', () => {
  const keys = parseCertificateKeys({ signing: generateCertificateKeySpec('k1') });
  const issuing = { signing: keys.signing!, publicBaseUrl: 'https://yjs.example.gov.cn/' };

  it('signs the masked facts — kind, matter, unit, person, issuer, issue time, receipts, amounts — under the key id', async () => {
    const sealed = await sealCertificate(wageRecord, issuing);
    expect(sealed.input.verifyAt).toBe(`https://yjs.example.gov.cn/verify/${sealed.certificateId}`);
    const { payload, protectedHeader } = await compactVerify(sealed.jws, createLocalJWKSet(certificateJwks(keys)));
    expect(protectedHeader).toEqual({ alg: 'EdDSA', kid: 'k1' });
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual({
      id: sealed.certificateId,
      kind: 'wage-approval',
      title: '起薪核定表',
      matter: { id: wageRecord.matterId, kind: 'hire' },
      unit: wageRecord.unit,
      person: { name: '张*', identityNumber: '640302********1234' },
      issuer: wageRecord.issuer,
      issuedAt: '2026-11-28T03:00:00.000Z',
      receipts: { wage: 'GZ00000000CE01' },
      amounts: { postWage: 1590, gradeWage: 295, total: 1885 },
    });
  });

  const recordOf = async (change: (record: CertificateRecord) => CertificateRecord = (record) => record) => {
    const sealed = await sealCertificate(wageRecord, issuing);
    return change({ certificateId: sealed.certificateId, content: storedCertificate(sealed.input), jws: sealed.jws, revokedAt: null, matterStatus: 'completed' });
  };

  it('is genuine and in force as issued', async () => {
    const result = await verifyCertificate(await recordOf(), keys);
    expect(result).toMatchObject({ genuine: true, inForce: true, kind: 'wage-approval', facts: certificateFacts(result.certificateId, wageRecord) });
  });

  it('is not genuine once a fact on record differs from what was signed', async () => {
    const altered = await recordOf((record) => ({ ...record, content: { ...record.content, attests: { ...record.content.attests, amounts: { postWage: 2590, gradeWage: 295, total: 2885 } } } }));
    expect(await verifyCertificate(altered, keys)).toMatchObject({ genuine: false, inForce: false });
  });

  it('is not genuine with a signature of another certificate, by an unpublished key, or none', async () => {
    const other = await recordOf();
    const swapped = await recordOf((record) => ({ ...record, jws: other.jws }));
    expect((await verifyCertificate(swapped, keys)).genuine).toBe(false);

    const stranger = parseCertificateKeys({ signing: generateCertificateKeySpec('k1') });
    const foreign = await sealCertificate(wageRecord, { ...issuing, signing: stranger.signing! });
    const forged = { certificateId: foreign.certificateId, content: storedCertificate(foreign.input), jws: foreign.jws, revokedAt: null, matterStatus: 'completed' as const };
    expect((await verifyCertificate(forged, keys)).genuine).toBe(false);
    expect((await verifyCertificate({ ...forged, jws: null }, keys)).genuine).toBe(false);
  });

  it('stays genuine after the signing key retires to the published list, and not once it is withdrawn', async () => {
    const spec = generateCertificateKeySpec('k1');
    const before = parseCertificateKeys({ signing: spec });
    const sealed = await sealCertificate(wageRecord, { ...issuing, signing: before.signing! });
    const record = { certificateId: sealed.certificateId, content: storedCertificate(sealed.input), jws: sealed.jws, revokedAt: null, matterStatus: 'completed' as const };
    const rotated = parseCertificateKeys({ signing: generateCertificateKeySpec('k2'), published: publicSpec(spec) });
    expect((await verifyCertificate(record, rotated)).genuine).toBe(true);
    const withdrawn = parseCertificateKeys({ signing: generateCertificateKeySpec('k2') });
    expect((await verifyCertificate(record, withdrawn)).genuine).toBe(false);
  });

  it('is genuine but not in force once revoked', async () => {
    const revoked = await recordOf((record) => ({ ...record, revokedAt: new Date('2026-11-29T02:00:00.000Z'), matterStatus: 'withdrawn' }));
    expect(await verifyCertificate(revoked, keys)).toMatchObject({ genuine: true, inForce: false, revokedAt: '2026-11-29T02:00:00.000Z', revocationReason: expect.stringContaining('撤回') });
  });
});

describe('certificate ids and short codes', () => {
  it('draws 16 characters of Crockford base32, a different one each time', () => {
    const ids = new Set(Array.from({ length: 200 }, newCertificateId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
  });

  it('prints in groups of four and reads back however it was typed', () => {
    expect(shortCode('0123456789ABCDEF')).toBe('0123-4567-89AB-CDEF');
    expect(certificateIdFrom('0123-4567-89ab-cdef')).toBe('0123456789ABCDEF');
    expect(certificateIdFrom('O123 4567 89AB CDEF')).toBe('0123456789ABCDEF');
    expect(certificateIdFrom('l123456789ABCDEF')).toBe('1123456789ABCDEF');
    expect(certificateIdFrom('0123456789ABCDE')).toBeUndefined();
    expect(certificateIdFrom('0123456789ABCDEU')).toBeUndefined();
  });
});

describe('revocation', () => {
  const closed = '2026-11-29T02:00:00.000Z';
  it('takes every certificate of a withdrawn matter, all but the notice of a rejected one, none of a completed one', () => {
    expect(revocationOf({ status: 'withdrawn', completedAt: closed })).toEqual({ at: new Date(closed), keep: [] });
    expect(revocationOf({ status: 'rejected', completedAt: closed })).toEqual({ at: new Date(closed), keep: ['rejection-notice'] });
    expect(revocationOf({ status: 'completed', completedAt: closed })).toBeUndefined();
    expect(revocationOf({ status: 'handling', completedAt: null })).toBeUndefined();
  });
});
