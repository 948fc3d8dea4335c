/**
 * The audit trail on a real PostgreSQL: derived from the projected snapshots of a matter as the
 * workflow records them (each twice, as a retry would), read back as the matter's timeline by
 * its parties and by supervisors across their region's matters, and refused any change by the
 * database itself.
 */
import { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordActivities } from '../../activities/record';
import { buildApi } from '../../api/server';
import type { StoredCertificate } from '../../schemas/certificate';
import { createLogger } from '../../config/logger';
import { certificates } from '../../db/schema';
import { hire } from '../../matters/hire';
import { openingState } from '../../matters/opening-state';
import { hireFormFor } from '../../samples/forms';
import type { DecisionRecord, DepartmentProgress, MatterState, Role, WaitingFor } from '../../schemas/matter';
import { bearer, testAuth, tokenFor, unitClerkToken } from '../support/auth';
import { freshDatabase, testVault, type TestDatabase } from '../support/harness';

let db: TestDatabase;
let api: FastifyInstance;
/** The filing unit's clerk: a party to the matter. */
let clerk: string;
/** Supervises 吴忠 (640300), the matter's region. */
let supervisor: string;

const form = hireFormFor({ applicationNo: 'AUDIT-1' });
const id = `${form.unit.code}-${form.applicationNo}`;
const competent = form.unit.competentDepartment.code;
const hall = `hall-${form.unit.region}`;

let clock = Date.parse('2026-09-30T01:00:00.000Z');
const tick = () => new Date((clock += 60_000)).toISOString();

/** The next snapshot, as the workflow's `change` makes it: a later moment and a higher version. */
const next = (previous: MatterState, patch: Partial<MatterState>): MatterState => ({
  ...structuredClone(previous),
  ...patch,
  updatedAt: tick(),
  version: previous.version + 1,
});
const decision = (fields: Omit<DecisionRecord, 'at'>): DecisionRecord => ({ ...fields, at: tick() });
const departments = (state: MatterState, status: (d: DepartmentProgress) => Partial<DepartmentProgress>): DepartmentProgress[] =>
  state.departments.map((d) => ({ ...d, ...status(d) }));
const waiting = (step: string, role: Role, organisation: string): WaitingFor => ({ step, title: step, role, organisations: [organisation] });

/** Submission → return → correction → approvals (a yellow card at the hall) → a pension refusal → return → correction → completed. */
function lifecycle(): { state: MatterState; form?: unknown }[] {
  const submitted = openingState(hire, form, id, new Date(clock).toISOString());
  const returned = next(submitted, {
    status: 'correcting',
    stage: 'correction',
    decisions: [decision({ step: 'competent', decision: 'return', problems: [{ field: 'wage.salaryGrade', message: '薪级有误' }], actor: { id: 'wjw-reviewer', organisation: competent } })],
    problems: [{ field: 'wage.salaryGrade', message: '薪级有误' }],
    waitingFor: waiting('correction', 'unit-clerk', form.unit.code),
  });
  const corrected = next(returned, { status: 'reviewing', stage: 'competent', formVersion: 2, problems: [], waitingFor: waiting('competent', 'competent-reviewer', competent) });
  const atHall = next(corrected, {
    stage: 'hall',
    decisions: [...corrected.decisions, decision({ step: 'competent', decision: 'approve', actor: { id: 'wjw-reviewer', organisation: competent } })],
    waitingFor: waiting('hall', 'hall-officer', hall),
  });
  const due = new Date(clock + 3_600_000).toISOString();
  const carded = next(atHall, {
    sla: { ...atHall.sla, state: 'warned', cards: [{ card: 'yellow', scope: 'step', step: 'hall', due, at: tick(), notified: [`hall-officer@${hall}`] }] },
  });
  const handling = next(carded, {
    status: 'handling',
    stage: 'departments',
    decisions: [...carded.decisions, decision({ step: 'hall', decision: 'approve', actor: { id: 'hall-officer', organisation: hall } })],
    departments: departments(carded, () => ({ status: 'handling' })),
    waitingFor: waiting('departments', 'department-officer', `departments-${form.unit.region}`),
  });
  const exception = next(handling, {
    status: 'exception',
    stage: 'hall',
    departments: departments(handling, (d) =>
      d.code === 'pension' ? { status: 'failed', reason: '已在其他单位参保' } : { status: 'done', receipt: `${d.code.toUpperCase()}-V1` },
    ),
    waitingFor: waiting('hall', 'hall-officer', hall),
  });
  const exceptionReturned = next(exception, {
    status: 'correcting',
    stage: 'correction',
    decisions: [...exception.decisions, decision({ step: 'hall', decision: 'return', problems: [{ field: 'pension', message: '养老保险：已在其他单位参保' }], actor: { id: 'hall-officer', organisation: hall } })],
    problems: [{ field: 'pension', message: '养老保险：已在其他单位参保' }],
    waitingFor: waiting('correction', 'unit-clerk', form.unit.code),
  });
  // Corrected again: the pension refusal is still shown, now with form version 3 — it must not be recorded twice.
  const recorrected = next(exceptionReturned, { status: 'reviewing', stage: 'hall', formVersion: 3, problems: [], waitingFor: waiting('hall', 'hall-officer', hall) });
  const rehandling = next(recorrected, {
    status: 'handling',
    stage: 'departments',
    decisions: [...recorrected.decisions, decision({ step: 'hall', decision: 'approve', actor: { id: 'hall-officer', organisation: hall } })],
    departments: departments(recorrected, (d) => (d.code === 'pension' ? { status: 'handling', reason: undefined } : {})),
  });
  const completedAt = tick();
  const completed = next(rehandling, {
    status: 'completed',
    stage: 'completed',
    waitingFor: null,
    departments: departments(rehandling, (d) => (d.code === 'pension' ? { status: 'done', receipt: 'PENSION-V3' } : {})),
    outcome: '办结 / completed',
    completedAt,
  });
  return [
    { state: submitted, form },
    { state: returned },
    { state: corrected, form: hireFormFor({ applicationNo: 'AUDIT-1', salaryGrade: 15 }) },
    { state: atHall },
    { state: carded },
    { state: handling },
    { state: exception },
    { state: exceptionReturned },
    { state: recorrected, form: hireFormFor({ applicationNo: 'AUDIT-1', salaryGrade: 15, identitySuffix: '123' }) },
    { state: rehandling },
    { state: completed },
  ];
}

interface Event {
  id: number;
  at: string;
  actor: string;
  organisation: string | null;
  role: string | null;
  action: string;
  step: string | null;
  outcome: string | null;
  details: Record<string, unknown>;
}

// At the exception, in the matter's order of departments: all registered but pension, which refused.
const firstRound = hire.departments.map(({ department: code }) =>
  code === 'pension' ? ['department-refused', `pension-${form.unit.region}`, 'pension'] : ['department-registered', `${code}-${form.unit.region}`, code],
);
const expected = [
  ['submitted', 'unit', null],
  ['returned-for-correction', 'wjw-reviewer', 'competent'],
  ['corrected', 'unit', null],
  ['decided', 'wjw-reviewer', 'competent'],
  ['sla-card', 'system', 'hall'],
  ['decided', 'hall-officer', 'hall'],
  ...firstRound,
  ['returned-for-correction', 'hall-officer', 'hall'],
  ['corrected', 'unit', null],
  ['decided', 'hall-officer', 'hall'],
  ['department-registered', `pension-${form.unit.region}`, 'pension'],
  ['completed', 'system', null],
];

beforeAll(async () => {
  db = await freshDatabase({ calendar: false });
  const { recordMatter } = recordActivities(db.db, testVault);
  for (const { state, form } of lifecycle()) {
    // Each snapshot twice, as a retried local activity would write it.
    await recordMatter(state, form);
    await recordMatter(state, form);
  }
  // A later snapshot recorded again at the end (a replay or a late retry) adds nothing either.
  const [first] = lifecycle();
  await recordMatter(first!.state, first!.form);
  api = await buildApi({ client: new Client(), database: db, logger: createLogger('silent'), auth: testAuth, vault: testVault });
  clerk = await unitClerkToken(form.unit.code);
  supervisor = await tokenFor('wz.supervisor');
});

afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const get = (url: string, token: string) => api.inject({ url, headers: bearer(token) });
const timeline = async (): Promise<Event[]> => (await get(`/api/v1/matters/${id}/timeline`, clerk)).json().items;

describe('audit trail', () => {
  it('records every step of a matter once, in order, with who took it', async () => {
    const response = await get(`/api/v1/matters/${id}/timeline`, clerk);
    expect(response.statusCode).toBe(200);
    const items: Event[] = response.json().items;
    expect(items.map((e) => [e.action, e.actor, e.step])).toEqual(expected);

    const [submitted, returned, corrected, approved] = items;
    expect(submitted).toMatchObject({ organisation: form.unit.code, role: 'unit-clerk', details: { kind: 'hire', applicationNo: 'AUDIT-1' } });
    expect(returned).toMatchObject({ organisation: competent, role: 'competent-reviewer', outcome: null, details: { problems: [{ field: 'wage.salaryGrade', message: '薪级有误' }] } });
    expect(corrected).toMatchObject({ details: { formVersion: 2 } });
    expect(approved).toMatchObject({ organisation: competent, role: 'competent-reviewer', outcome: 'approved' });
    expect(items.find((e) => e.action === 'sla-card')).toMatchObject({ outcome: 'yellow', details: { scope: 'step', notified: [`hall-officer@${hall}`] } });
    expect(items.find((e) => e.action === 'department-refused')).toMatchObject({ role: 'department-officer', outcome: 'failed', details: { reason: '已在其他单位参保' } });
    expect(items.filter((e) => e.step === 'pension' && e.action === 'department-registered').map((e) => e.details.receipt)).toEqual(['PENSION-V3']);
    expect(items.at(-1)).toMatchObject({ action: 'completed', outcome: 'completed', details: { outcome: '办结 / completed' } });
    // Oldest first; no personal data from the form.
    expect(items.map((e) => e.at)).toEqual([...items.map((e) => e.at)].sort());
    expect(JSON.stringify(items)).not.toContain(form.person.identityNumber);
  });

  it('answers 404 for a matter it does not know, and for one the caller is no party to', async () => {
    const response = await get('/api/v1/matters/NO-SUCH-MATTER/timeline', clerk);
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toBe('not_found');
    const otherUnit = await unitClerkToken(hireFormFor({ unitSerial: '9' }).unit.code);
    const hidden = await get(`/api/v1/matters/${id}/timeline`, otherUnit);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error).toBe('not_found');
    expect((await api.inject({ url: `/api/v1/matters/${id}/timeline` })).statusCode).toBe(401);
  });

  it('records each certificate download by the login of the token it was made with', async () => {
    await db.db.insert(certificates).values({
      matterId: id,
      kind: 'completion-notice',
      content: {} as StoredCertificate,
      file: Buffer.from('%PDF-1.7 stored'),
      sha256: 'stored-hash',
      issuedAt: new Date(),
    });
    const url = `/api/v1/matters/${id}/certificates/completion-notice`;
    expect((await get(url, clerk)).statusCode).toBe(200);
    expect((await get(url, await tokenFor('wz.hall.officer'))).statusCode).toBe(200);
    expect((await api.inject({ method: 'HEAD', url, headers: bearer(clerk) })).statusCode).toBe(200);
    const downloads = (await timeline()).filter((e) => e.action === 'certificate-downloaded');
    expect(downloads.map((e) => [e.actor, e.organisation])).toEqual([
      [`clerk@${form.unit.code}`, form.unit.code],
      ['wz.hall.officer', hall],
    ]);
    expect(downloads[0]!.details).toMatchObject({ kind: 'completion-notice', sha256: 'stored-hash' });
  });

  it('lets supervisors query across matters by action, actor and time', async () => {
    const query = async (qs: string) => {
      const response = await get(`/api/v1/supervision/audit?${qs}`, supervisor);
      expect(response.statusCode).toBe(200);
      return response.json() as { items: Event[]; total: number };
    };
    const hallDecisions = await query('action=decided&actor=hall-officer');
    expect(hallDecisions.total).toBe(2);
    expect(hallDecisions.items.every((e) => e.action === 'decided' && e.actor === 'hall-officer')).toBe(true);
    // Newest first.
    expect(hallDecisions.items[0]!.at > hallDecisions.items[1]!.at).toBe(true);

    const returns = await query(`action=returned-for-correction&matterId=${encodeURIComponent(id)}`);
    expect(returns.items.map((e) => e.actor)).toEqual(['hall-officer', 'wjw-reviewer']);

    const all = await query('pageSize=100');
    const [, second] = [...all.items].reverse();
    const fromSecond = await query(`from=${encodeURIComponent(second!.at)}&to=${encodeURIComponent(second!.at)}&pageSize=100`);
    expect(fromSecond.items.map((e) => e.id)).toEqual([second!.id]);
    // Days are Asia/Shanghai days: the matter's whole life fell on 30 September, the downloads later.
    expect((await query('from=2026-09-30&to=2026-09-30&pageSize=1')).total).toBe(expected.length);
    expect((await query('to=2026-09-29')).total).toBe(0);
    expect((await query('from=2026-10-01&action=certificate-downloaded')).total).toBe(2);

    const paged = await query('pageSize=5&page=2');
    expect(paged.items.map((e) => e.id)).toEqual(all.items.slice(5, 10).map((e) => e.id));

    const invalid = await get('/api/v1/supervision/audit?from=yesterday', supervisor);
    expect(invalid.statusCode).toBe(400);
  });

  it('exports the same search as CSV with a byte-order mark, quoting what needs it, and records the export', async () => {
    const search = (await get(`/api/v1/supervision/audit?action=decided&matterId=${encodeURIComponent(id)}&pageSize=100`, supervisor)).json() as { items: Event[]; total: number };
    const response = await get(`/api/v1/supervision/audit/export?action=decided&matterId=${encodeURIComponent(id)}`, supervisor);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers['x-total-count']).toBe(String(search.total));
    expect(response.headers['x-row-count']).toBe(String(search.total));
    expect(response.headers['x-truncated']).toBe('false');
    expect(response.body.startsWith('\uFEFF时间 / at (Asia/Shanghai),事项编号 / matter,')).toBe(true);
    const lines = response.body.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(search.total + 1);
    // Newest first, as the search; times in Shanghai's clock; details as quoted JSON.
    const first = search.items[0]!;
    expect(lines[1]!.startsWith(`${new Date(Date.parse(first.at) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')},${id},decided,`)).toBe(true);
    expect(lines.slice(1).every((line) => line.includes(',decided,'))).toBe(true);

    const exports = (await get('/api/v1/supervision/audit?action=audit-exported', supervisor)).json() as { items: Event[] };
    // An export touches no matter: it is recorded without one, so region-scoped searches do not show it.
    expect(exports.items).toEqual([]);
    const recorded = (await get('/api/v1/supervision/audit?action=audit-exported', await tokenFor('admin'))).json() as { items: Event[] };
    expect(recorded.items).toHaveLength(1);
    expect(recorded.items[0]).toMatchObject({ actor: 'wz.supervisor', outcome: String(search.total), details: { rows: search.total, matched: search.total, filter: { action: 'decided', matterId: id } } });
  });

  it('refuses an identity number as the person searched for, a bad period, and a unit clerk', async () => {
    const byIdentity = await get(`/api/v1/supervision/audit/export?actor=${form.person.identityNumber}`, supervisor);
    expect(byIdentity.statusCode).toBe(400);
    expect(byIdentity.body).not.toContain(form.person.identityNumber);
    expect(byIdentity.json().problems.map((p: { field: string }) => p.field)).toEqual(['querystring.actor']);
    expect((await get('/api/v1/supervision/audit?actor=' + form.person.identityNumber, supervisor)).statusCode).toBe(400);
    expect((await get('/api/v1/supervision/audit/export?from=yesterday', supervisor)).statusCode).toBe(400);
    expect((await get('/api/v1/supervision/audit/export', clerk)).statusCode).toBe(403);
    expect((await api.inject({ url: '/api/v1/supervision/audit/export' })).statusCode).toBe(401);
  });

  it("shows a supervisor of another region none of the matter's events, and refuses a unit clerk", async () => {
    const elsewhere = await get(`/api/v1/supervision/audit?matterId=${encodeURIComponent(id)}`, await tokenFor('qz.supervisor'));
    expect(elsewhere.statusCode).toBe(200);
    expect(elsewhere.json().total).toBe(0);
    expect((await get('/api/v1/supervision/audit', clerk)).statusCode).toBe(403);
  });

  it('cannot be changed: the database refuses UPDATE, DELETE and TRUNCATE, and no route writes it', async () => {
    const before = (await timeline()).length;
    await expect(db.pool.query(`update audit_events set actor = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(db.pool.query(`delete from audit_events where matter_id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(db.pool.query(`truncate audit_events`)).rejects.toThrow(/append-only/);
    expect((await timeline()).length).toBe(before);

    // The only routes on the audit trail read it (the chain's verification prints as a child of the search).
    const auditRoutes = api.printRoutes({ commonPrefix: false }).split('\n').filter((line) => /audit|timeline|export|verify/.test(line));
    expect(auditRoutes).toHaveLength(4);
    for (const line of auditRoutes) expect(line).toMatch(/ \((GET|HEAD)(, (GET|HEAD))*\)$/);
    const admin = bearer(await tokenFor('admin'));
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      for (const url of [`/api/v1/matters/${id}/timeline`, '/api/v1/supervision/audit', '/api/v1/supervision/audit/verify']) {
        const refused = await api.inject({ method: method as 'PUT', url, headers: admin });
        expect(refused.statusCode, `${method} ${url}`).toBe(405);
        expect(refused.headers.allow).toBe('GET, HEAD');
      }
    }
  });
});
