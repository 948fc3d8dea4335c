/**
 * Issuing certificates against a real PostgreSQL: from the recorded matter and the department
 * ledger to stored PDFs, once only, and out through the HTTP routes the unit downloads from
 * (its parties' and region offices' only).
 */
import { createHash } from 'node:crypto';
import { Client } from '@temporalio/client';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateActivities } from '../../activities/certificates';
import { buildApi } from '../../api/server';
import { certificateKinds, type CertificateKind } from '../../schemas/certificate';
import { createLogger } from '../../config/logger';
import { canView, type StoredEvent } from '../../db/events';
import { certificates, departmentLedger, events, matters } from '../../db/schema';
import { hire } from '../../matters/hire';
import type { DepartmentProgress } from '../../schemas/matter';
import { hireFormFor } from '../../samples/forms';
import { bearer, testAuth, unitClerkToken } from '../support/auth';
import { freshDatabase, testCertificateIssuing, testVault, type TestDatabase } from '../support/harness';

let db: TestDatabase;
let api: FastifyInstance;
/** The filing unit's clerk, who downloads what the matter earned. */
let clerk: string;

const form = hireFormFor({ applicationNo: 'CERT-1' });
const matterId = `${form.unit.code}-${form.applicationNo}`;
const hallApproval = '2026-11-28T01:00:00.000Z';
const wageRegistered = new Date('2026-11-28T03:00:00.000Z');
const completedAt = new Date('2026-11-28T06:00:00.000Z');

const departments: DepartmentProgress[] = [
  { code: 'personnel', name: '人事', status: 'done', receipt: 'RS00000000CE01' },
  { code: 'wage', name: '工资', status: 'done', receipt: 'GZ00000000CE01' },
  { code: 'pension', name: '养老保险', status: 'revoked', receipt: 'YL00000000CE01' },
  { code: 'injury', name: '工伤保险', status: 'done', receipt: 'GS00000000CE01' },
  { code: 'unemployment', name: '失业保险', status: 'done', receipt: 'SY00000000CE01' },
  { code: 'sscard', name: '社会保障卡', status: 'done', receipt: 'SB00000000CE01' },
  { code: 'archive', name: '档案', status: 'done', receipt: 'DA00000000CE01' },
  // Registered in the ledger but not yet in the projection: the ledger has the receipt.
  { code: 'employment', name: '就业', status: 'handling' },
];

beforeAll(async () => {
  db = await freshDatabase();
  await db.db.insert(matters).values({
    id: matterId,
    kind: 'hire',
    unitCode: form.unit.code,
    applicationNo: form.applicationNo,
    region: form.unit.region,
    status: 'completed',
    stage: 'completed',
    waitingFor: null,
    departments,
    decisions: [
      { step: 'competent', decision: 'approve', at: '2026-11-27T08:00:00.000Z' },
      { step: 'hall', decision: 'approve', at: hallApproval },
    ],
    problems: [],
    parties: hire.parties(form),
    form,
    formVersion: 1,
    submittedAt: new Date('2026-11-27T02:00:00.000Z'),
    updatedAt: completedAt,
    completedAt,
    version: 12,
  });
  const ledgerRow = (department: string, receipt: string, extra: Partial<typeof departmentLedger.$inferInsert> = {}) => ({
    department,
    matterId,
    idempotencyKey: `${matterId}/${department}/1`,
    receipt,
    unitCode: form.unit.code,
    personIdNumber: form.person.identityNumber,
    details: {},
    ...extra,
  });
  await db.db.insert(departmentLedger).values([
    ledgerRow('wage', 'GZ00000000CE01', {
      details: { postWage: 1590, gradeWage: 295, total: 1885, salaryGrade: 14, effectiveDate: '2026-12-01' },
      registeredAt: wageRegistered,
    }),
    ledgerRow('pension', 'YL00000000CE01', { revokedAt: new Date('2026-11-28T04:00:00.000Z') }),
    ledgerRow('employment', 'JY00000000CE01'),
  ]);
  // The certificate routes need no Temporal; a lazy client never connects.
  api = await buildApi({ client: new Client(), database: db, logger: createLogger('silent'), auth: testAuth, vault: testVault });
  clerk = await unitClerkToken(form.unit.code);
});

afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const storedRows = () =>
  db.db
    .select({ kind: certificates.kind, content: certificates.content, sha256: certificates.sha256, issuedAt: certificates.issuedAt, file: certificates.file })
    .from(certificates)
    .where(eq(certificates.matterId, matterId));

const certificateEvents = async () =>
  (await db.db.select().from(events).where(and(eq(events.type, 'certificate'), eq(events.matterId, matterId)))) as unknown as (StoredEvent & { type: 'certificate' })[];

async function textOf(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, '');
}

describe('issueCertificates', () => {
  const issue = (kinds: CertificateKind[]) => certificateActivities(db.db, testVault, testCertificateIssuing).issueCertificates({ matterId, kinds });

  it('fixes what every certificate the matter has earned attests, none for a revoked registration, and renders nothing yet', async () => {
    const issued = await issue([...certificateKinds]);
    // Not the pension record (revoked), nor the notice of a rejection this matter never had.
    expect(issued).toEqual(certificateKinds.filter((kind) => kind !== 'pension-receipt' && kind !== 'rejection-notice'));

    const rows = await storedRows();
    expect(rows.map((row) => row.kind).sort()).toEqual([...issued].sort());
    for (const row of rows) {
      expect(row.file).toBeNull();
      expect(row.content).toMatchObject({ matterId, person: { maskedName: '张*' } });
      expect(JSON.stringify(row.content)).not.toContain(form.person.identityNumber);
    }
    const issuedAt = Object.fromEntries(rows.map((row) => [row.kind, row.issuedAt.toISOString()]));
    expect(issuedAt['acceptance-receipt']).toBe(hallApproval);
    expect(issuedAt['wage-approval']).toBe(wageRegistered.toISOString());
    expect(issuedAt['completion-notice']).toBe(completedAt.toISOString());

    // Those watching the matter hear of each certificate, so a page showing it offers the download at once.
    const announced = await certificateEvents();
    expect(announced.map((event) => event.data).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual(
      rows.map((row) => ({ matterId, kind: row.kind, issuedAt: row.issuedAt.toISOString() })).sort((a, b) => a.kind.localeCompare(b.kind)),
    );
    const clerkOfTheUnit = { login: 'clerk', regions: [], parties: [form.unit.code], scopes: [] };
    const outsider = { login: 'other', regions: ['640500'], parties: ['12640500MB0000000X'], scopes: [] };
    for (const event of announced) {
      expect(canView(clerkOfTheUnit, event)).toBe(true);
      expect(canView(outsider, event)).toBe(false);
    }
  });

  it('keeps what is stored when asked again', async () => {
    const before = await storedRows();
    await db.db.update(matters).set({ form: { ...form, unit: { ...form.unit, name: '改名后的单位' } } }).where(eq(matters.id, matterId));

    const again = await issue(['wage-approval', 'completion-notice', 'pension-receipt', 'wage-approval']);
    expect(again).toEqual(['wage-approval', 'completion-notice']);
    const after = await storedRows();
    expect(after).toHaveLength(before.length);
    for (const row of after) {
      expect(row.content).toEqual(before.find((b) => b.kind === row.kind)!.content);
    }
    expect(await certificateEvents()).toHaveLength(before.length);
    await db.db.update(matters).set({ form }).where(eq(matters.id, matterId));
  });

  it('fails for good on a matter whose form names no person', async () => {
    const id = `${form.unit.code}-CERT-EMPTY`;
    await db.db.insert(matters).values({
      id,
      kind: 'hire',
      unitCode: form.unit.code,
      applicationNo: 'CERT-EMPTY',
      region: form.unit.region,
      status: 'handling',
      stage: 'departments',
      departments: [],
      decisions: [],
      problems: [],
      form: { unit: form.unit },
      formVersion: 1,
      submittedAt: new Date(),
      updatedAt: new Date(),
      version: 1,
    });
    await expect(certificateActivities(db.db, testVault, testCertificateIssuing).issueCertificates({ matterId: id, kinds: ['acceptance-receipt'] })).rejects.toMatchObject({
      type: 'CertificateUnavailable',
      nonRetryable: true,
    });
  });
});

describe('certificate routes', () => {
  const get = (url: string, token = clerk) => api.inject({ method: 'GET', url, headers: bearer(token) });

  it('lists the certificates issued, in the order a matter earns them', async () => {
    const response = await get(`/api/v1/matters/${matterId}/certificates`);
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    expect(items.map((item: { kind: string }) => item.kind)).toEqual(certificateKinds.filter((kind) => kind !== 'pension-receipt' && kind !== 'rejection-notice'));
    expect(items[0]).toEqual({
      kind: 'acceptance-receipt',
      title: '受理回执',
      issuedAt: hallApproval,
      sha256: null,
      href: `/api/v1/matters/${matterId}/certificates/acceptance-receipt`,
    });
  });

  it('renders the PDF on first download, keeps it, and serves the same bytes as an attachment named by its Chinese title', async () => {
    const listed = (await get(`/api/v1/matters/${matterId}/certificates`)).json();
    const wage = listed.items.find((item: { kind: string }) => item.kind === 'wage-approval');
    expect(wage.sha256).toBeNull();
    const response = await get(wage.href);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('起薪核定表')}-${matterId}.pdf`);
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(response.rawPayload.length).toBeLessThan(80_000);

    const hash = createHash('sha256').update(response.rawPayload).digest('hex');
    const relisted = (await get(`/api/v1/matters/${matterId}/certificates`)).json();
    expect(relisted.items.find((item: { kind: string }) => item.kind === 'wage-approval').sha256).toBe(hash);
    const again = await get(wage.href);
    expect(again.rawPayload.equals(response.rawPayload)).toBe(true);
  });

  it('prints the wage amounts from the ledger and the masked person', async () => {
    const response = await get(`/api/v1/matters/${matterId}/certificates/wage-approval`);
    const text = await textOf(response.rawPayload);
    expect(text).toContain('起薪核定表');
    expect(text).toContain(matterId);
    expect(text).toContain('GZ00000000CE01');
    expect(text).toContain('1,590.00元/月');
    expect(text).toContain('1,885.00元/月');
    expect(text).toContain('张*');
    expect(text).toContain('640302********0518');
    expect(text).not.toContain(form.person.name);
    expect(text).not.toContain(form.person.identityNumber);
  });


  it('answers 404 with a bilingual message for a certificate not issued, and for an unknown matter', async () => {
    const notIssued = await get(`/api/v1/matters/${matterId}/certificates/pension-receipt`);
    expect(notIssued.statusCode).toBe(404);
    expect(notIssued.json()).toMatchObject({ error: 'certificate_not_issued', message: expect.stringMatching(/参保登记回执.*\/ .*pension-receipt/) });

    for (const url of ['/api/v1/matters/nope-0/certificates', '/api/v1/matters/nope-0/certificates/completion-notice']) {
      const unknown = await get(url);
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json()).toMatchObject({ error: 'not_found' });
    }
  });

  it("hides a matter's certificates from a unit that is no party to it (404), and answers 401 without a token", async () => {
    const otherUnit = await unitClerkToken(hireFormFor({ unitSerial: '9' }).unit.code);
    for (const url of [`/api/v1/matters/${matterId}/certificates`, `/api/v1/matters/${matterId}/certificates/completion-notice`]) {
      const hidden = await get(url, otherUnit);
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json()).toMatchObject({ error: 'not_found' });
      expect((await api.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
  });

  it('refuses a kind that is no certificate', async () => {
    const response = await get(`/api/v1/matters/${matterId}/certificates/diploma`);
    expect(response.statusCode).toBe(400);
    expect(response.json().problems.map((p: { field: string }) => p.field)).toEqual(['params.kind']);
  });

  it('documents the download as application/pdf in the OpenAPI document', async () => {
    const document = (await api.inject({ method: 'GET', url: '/openapi.json' })).json();
    const download = document.paths['/api/v1/matters/{id}/certificates/{kind}'].get;
    expect(download.responses['200'].content['application/pdf'].schema).toMatchObject({ type: 'string', format: 'binary' });
    expect(document.paths['/api/v1/matters/{id}/certificates'].get.responses['200']).toBeDefined();
  });
});
