/**
 * Certificates anyone can verify, on the stack `npm start` runs: a completed matter's certificate
 * downloaded as the unit does, rasterised and its QR code read off the pixels; the URL it holds
 * verifies through the public page (JSON and HTML) without signing in, and offline with the
 * published keys; a certificate whose facts or signature were altered is not genuine; a
 * withdrawn matter's certificate is genuine but no longer in force.
 */
import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEvents, certificates } from '../../db/schema';
import { hireFormFor } from '../../samples/forms';
import type { CertificateKind, CertificateVerification } from '../../schemas/certificate';
import { tokenFor, unitClerkToken } from '../support/auth';
import { decodeQrCode, rasterise } from '../support/rasterise';
import { startTestStack, type TestStack } from '../support/stack';

let running: TestStack;
let clerk: string;
let reviewer: string;
let hall: string;

beforeAll(async () => {
  running = await startTestStack();
  [clerk, reviewer, hall] = await Promise.all([tokenFor('wz.hospital.clerk'), tokenFor('wz.health.reviewer'), tokenFor('wz.hall.officer')]);
});

afterAll(async () => {
  await running?.stop();
});

const call = (...args: Parameters<TestStack['call']>) => running.call(...args);

/** GET as a verifier's program asks: JSON by `Accept`, no token. */
async function verifyJson(path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${running.stack.apiUrl}${path}`, { headers: { accept: 'application/json' } });
  return { status: response.status, body: await response.json() };
}

async function verifyPage(path: string): Promise<{ status: number; type: string | null; html: string }> {
  const response = await fetch(`${running.stack.apiUrl}${path}`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
  return { status: response.status, type: response.headers.get('content-type'), html: await response.text() };
}

const decide = (id: string, token: string, step: string, decision: string, extra: Record<string, unknown> = {}) =>
  call('POST', `/api/v1/matters/${id}/decisions`, { step, decision, ...extra }, token);

/** A hire approved by its competent department and the hall, then left to its departments. */
async function completedHire(applicationNo: string, identitySuffix: string, unit: { unitSerial?: string; clerk?: string } = {}) {
  const form = hireFormFor({ applicationNo, identitySuffix, unitSerial: unit.unitSerial });
  const submitted = await call('POST', '/api/v1/matters/hire', form, unit.clerk ?? clerk);
  expect(submitted.status).toBe(202);
  const id: string = submitted.body.id;
  expect((await decide(id, reviewer, 'competent', 'approve')).status).toBe(200);
  expect((await decide(id, hall, 'hall', 'approve')).status).toBe(200);
  return { id, form };
}

async function certificateRow(matterId: string, kind: CertificateKind) {
  const [row] = await running.db.db
    .select({ certificateId: certificates.certificateId, jws: certificates.jws, content: certificates.content, revokedAt: certificates.revokedAt })
    .from(certificates)
    .where(and(eq(certificates.matterId, matterId), eq(certificates.kind, kind)));
  return row;
}

describe('a completed matter’s certificate', () => {
  let matter: Awaited<ReturnType<typeof completedHire>>;
  let url: URL;

  beforeAll(async () => {
    matter = await completedHire('VERIFY-1', '611');
    await running.stack.client.workflow.getHandle(matter.id).result();
    const pdf = await call('GET', `/api/v1/matters/${matter.id}/certificates/completion-notice`, undefined, clerk);
    expect(pdf.status).toBe(200);
    url = new URL(decodeQrCode(await rasterise(pdf.raw)));
  });

  it('carries a QR code of its verification URL with the signature after the #, and the short code beside it', async () => {
    const row = (await certificateRow(matter.id, 'completion-notice'))!;
    expect(url.origin).toBe(running.stack.apiUrl);
    expect(url.pathname).toBe(`/verify/${row.certificateId}`);
    expect(url.hash.slice(1)).toBe(row.jws);
    expect(row.certificateId).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    // Not derived from the matter: nothing about the matter finds it.
    expect(row.certificateId).not.toContain(matter.id);
  });

  it('verifies through the public endpoint, without signing in: genuine, in force, the person masked', async () => {
    const { status, body } = await verifyJson(url.pathname);
    expect(status).toBe(200);
    const result: CertificateVerification = body;
    expect(result).toMatchObject({ genuine: true, inForce: true, kind: 'completion-notice', title: '办结通知书' });
    expect(result.revokedAt).toBeUndefined();
    expect(result.facts).toMatchObject({
      matter: { id: matter.id, kind: 'hire' },
      unit: { code: matter.form.unit.code, name: matter.form.unit.name },
      person: { name: '张*', identityNumber: `${matter.form.person.identityNumber.slice(0, 6)}********${matter.form.person.identityNumber.slice(-4)}` },
    });
    expect(Object.keys(result.facts.receipts ?? {})).toHaveLength(8);
    const text = JSON.stringify(body);
    expect(text).not.toContain(matter.form.person.identityNumber);
    expect(text).not.toContain(matter.form.person.name);
  });

  it('shows a page in Chinese to a browser, with the masked facts and never the full name or number', async () => {
    const page = await verifyPage(url.pathname);
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.html).toContain('凭证真实有效');
    expect(page.html).toContain(matter.id);
    expect(page.html).not.toContain(matter.form.person.identityNumber);
    expect(page.html).not.toContain(matter.form.person.name);
  });

  it('is found by its short code as printed, typed in any case', async () => {
    const { body } = await verifyJson(url.pathname);
    const typed = await verifyJson(`/verify/${body.shortCode.toLowerCase()}`);
    expect(typed.body).toMatchObject({ certificateId: body.certificateId, genuine: true });
  });

  it('verifies offline: the QR code’s JWS with the published key set and any JWS library', async () => {
    const jwks = (await (await fetch(`${running.stack.apiUrl}/.well-known/yijianshi-certificate-keys.json`)).json()) as JSONWebKeySet;
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', kid: expect.any(String) })]);
    const { payload } = await compactVerify(url.hash.slice(1), createLocalJWKSet(jwks));
    const { body } = await verifyJson(url.pathname);
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual(body.facts);

    // One character of the payload changed, and the signature no longer holds.
    const [header, claims, signature] = url.hash.slice(1).split('.');
    const forged = Buffer.from(JSON.stringify({ ...body.facts, unit: { ...body.facts.unit, name: '冒名单位' } })).toString('base64url');
    await expect(compactVerify(`${header}.${forged}.${signature}`, createLocalJWKSet(jwks))).rejects.toThrow(/signature/);
    expect(claims).not.toBe(forged);
  });

  it('is not genuine once the facts on record or the signature were altered', async () => {
    const row = (await certificateRow(matter.id, 'completion-notice'))!;
    const where = and(eq(certificates.matterId, matter.id), eq(certificates.kind, 'completion-notice'));
    try {
      await running.db.db.update(certificates).set({ content: { ...row.content, unit: { ...row.content.unit, name: '冒名单位' } } }).where(where);
      const altered = await verifyJson(url.pathname);
      expect(altered.body).toMatchObject({ genuine: false, inForce: false });
      expect((await verifyPage(url.pathname)).html).toContain('未通过核验');

      const [header, payload, signature] = row.jws!.split('.');
      const otherSignature = Buffer.from(signature!, 'base64url').map((byte, index) => (index === 0 ? byte ^ 1 : byte));
      await running.db.db.update(certificates).set({ content: row.content, jws: `${header}.${payload}.${Buffer.from(otherSignature).toString('base64url')}` }).where(where);
      expect((await verifyJson(url.pathname)).body).toMatchObject({ genuine: false, inForce: false });
    } finally {
      await running.db.db.update(certificates).set({ content: row.content, jws: row.jws }).where(where);
    }
    expect((await verifyJson(url.pathname)).body).toMatchObject({ genuine: true, inForce: true });
  });

  it('is documented in the OpenAPI document: both public routes need no token, the page and JSON by content type', async () => {
    const { status, body: document } = await call('GET', '/openapi.json');
    expect(status).toBe(200);
    const verify = document.paths['/verify/{certificateId}'].get;
    expect(verify.security).toEqual([]);
    expect(Object.keys(verify.responses['200'].content).sort()).toEqual(['application/json', 'text/html']);
    expect(document.paths['/.well-known/yijianshi-certificate-keys.json'].get.security).toEqual([]);
  });

  it('answers 404 for a code that names no certificate: the error envelope, or a page', async () => {
    const missing = await verifyJson('/verify/0000-0000-0000-0000');
    expect(missing).toMatchObject({ status: 404, body: { error: 'certificate_not_found' } });
    const page = await verifyPage('/verify/not-a-code');
    expect(page.status).toBe(404);
    expect(page.html).toContain('未找到该凭证');
  });
});

describe('the certificates of a matter that did not complete', () => {
  it('stay genuine but are no longer in force once the matter is withdrawn, revoked with the moment it closed', async () => {
    const form = hireFormFor({ applicationNo: 'VERIFY-2', identitySuffix: '613' });
    const { body } = await call('POST', '/api/v1/matters/hire', form, clerk);
    await decide(body.id, reviewer, 'competent', 'approve');
    // Passed on to countersignature, the matter is accepted (its receipt issued) and waits: the unit withdraws it there.
    expect((await decide(body.id, hall, 'hall', 'countersign', { reason: '岗位需复核' })).body).toMatchObject({ status: 'countersigning' });
    expect((await call('POST', `/api/v1/matters/${body.id}/withdraw`, { reason: '拟聘人员放弃聘用' }, clerk)).status).toBe(200);
    await running.stack.client.workflow.getHandle(body.id).result();
    const matter = (await call('GET', `/api/v1/matters/${body.id}`, undefined, clerk)).body;
    expect(matter.status).toBe('withdrawn');

    const row = (await certificateRow(body.id, 'acceptance-receipt'))!;
    expect(row.revokedAt?.toISOString()).toBe(matter.completedAt);
    const verified = await verifyJson(`/verify/${row.certificateId}`);
    expect(verified.body).toMatchObject({ genuine: true, inForce: false, revokedAt: matter.completedAt, kind: 'acceptance-receipt', revocationReason: expect.stringContaining('撤回') });
    expect((await verifyPage(`/verify/${row.certificateId}`)).html).toMatch(/已于 .* 撤销/);

    const revoked = await running.db.db.select({ details: auditEvents.details }).from(auditEvents).where(and(eq(auditEvents.matterId, body.id), eq(auditEvents.action, 'certificate-revoked')));
    expect(revoked.map((event) => event.details)).toEqual([{ kind: 'acceptance-receipt', certificateId: row.certificateId }]);
  });

  it('are revoked when a matter is rejected after its departments registered, all but the notice of the rejection', async () => {
    // The person is already enrolled for pension by another unit, so this hire's pension part is refused after the others registered.
    const elsewhere = await completedHire('VERIFY-3A', '615', { unitSerial: '9', clerk: await unitClerkToken(hireFormFor({ unitSerial: '9' }).unit.code) });
    await running.stack.client.workflow.getHandle(elsewhere.id).result();
    const { id } = await completedHire('VERIFY-3', '615');
    await vi.waitFor(async () => expect((await call('GET', `/api/v1/matters/${id}`, undefined, clerk)).body.status).toBe('exception'), { timeout: 30_000, interval: 200 });
    expect((await decide(id, hall, 'hall', 'reject', { reason: '该人员养老保险关系尚未转移' })).status).toBe(200);
    await running.stack.client.workflow.getHandle(id).result();

    const receipt = (await certificateRow(id, 'acceptance-receipt'))!;
    const notice = (await certificateRow(id, 'rejection-notice'))!;
    expect((await verifyJson(`/verify/${receipt.certificateId}`)).body).toMatchObject({ genuine: true, inForce: false, revocationReason: expect.stringContaining('不予办理') });
    expect((await verifyJson(`/verify/${notice.certificateId}`)).body).toMatchObject({ genuine: true, inForce: true, kind: 'rejection-notice' });
  });
});
