/**
 * The hire matter through the HTTP contract, on the stack `npm start` runs: a Temporal dev
 * server, PostgreSQL, the workers and the API, spoken to over real HTTP — by the seeded people
 * of the sample's unit, its competent department and the hall, each with their own token.
 */
import { Client } from '@temporalio/client';
import proto from '@temporalio/proto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { departmentLedger, matters } from '../../db/schema';
import type { MatterState } from '../../schemas/matter';
import type { Stack } from '../../scripts/lib/stack';
import { hireFormFor } from '../../samples/forms';
import { tokenFor } from '../support/auth';
import type { TestDatabase } from '../support/harness';
import { departmentParts } from '../support/history';
import { startTestStack, type TestStack } from '../support/stack';

let db: TestDatabase;
let stack: Stack;
let call: TestStack['call'];
let running: TestStack;
/** The sample unit's clerk (吴忠市第一人民医院), its competent department's reviewer (吴忠市卫健委), the hall's officer. */
let clerk: string;
let reviewer: string;
let hall: string;

beforeAll(async () => {
  running = await startTestStack();
  ({ stack, db, call } = running);
  clerk = await tokenFor('wz.hospital.clerk');
  reviewer = await tokenFor('wz.health.reviewer');
  hall = await tokenFor('wz.hall.officer');
});

afterAll(async () => {
  await running?.stop();
});

const submit = (form: unknown, token = clerk) => call('POST', '/api/v1/matters/hire', form, token);
const decide = (id: string, token: string, step: string, decision: string, extra: Record<string, unknown> = {}) =>
  call('POST', `/api/v1/matters/${id}/decisions`, { step, decision, ...extra }, token);

describe('hire over HTTP', () => {
  it('answers liveness and readiness with Temporal and PostgreSQL reachable', async () => {
    expect((await call('GET', '/healthz')).status).toBe(200);
    const ready = await call('GET', '/readyz');
    expect(ready).toMatchObject({ status: 200, body: { ready: true, checks: { temporal: 'ok', postgres: 'ok' } } });
  });

  it('takes a matter from submission through two approvals to completed, eight departments in parallel', async () => {
    const form = hireFormFor({ applicationNo: 'E2E-1' });
    const submitted = await submit(form);
    expect(submitted.status).toBe(202);
    const id: string = submitted.body.id;
    expect(submitted.body).toMatchObject({ kind: 'hire', status: 'reviewing', stage: 'competent' });
    expect(submitted.headers.get('location')).toBe(`/api/v1/matters/${id}`);

    const again = await submit(form);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(id);

    const wrongStep = await decide(id, hall, 'hall', 'approve');
    expect(wrongStep.status).toBe(409);
    expect(wrongStep.body.message).toMatch(/not awaiting a decision/);
    const wrongRole = await decide(id, hall, 'competent', 'approve');
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.body.error).toBe('forbidden');

    expect((await decide(id, reviewer, 'competent', 'approve')).body).toMatchObject({ status: 'reviewing', stage: 'hall' });
    expect((await decide(id, hall, 'hall', 'approve')).body).toMatchObject({ status: 'handling', stage: 'departments' });
    await stack.client.workflow.getHandle(id).result();

    const done = await call('GET', `/api/v1/matters/${id}`, undefined, clerk);
    expect(done.status).toBe(200);
    const matter: MatterState = done.body;
    expect(matter.status).toBe('completed');
    expect(matter.departments).toHaveLength(8);
    expect(matter.departments.every((d) => d.status === 'done' && d.receipt)).toBe(true);
    expect(matter.decisions.map((d) => `${d.step}:${d.decision}`)).toEqual(['competent:approve', 'hall:approve']);
    // Decided as the callers: each token's login, in the role and organisation the step waited for.
    expect(matter.decisions.map((d) => d.actor)).toEqual([
      { id: 'wz.health.reviewer', role: 'competent-reviewer', organisation: form.unit.competentDepartment.code },
      { id: 'wz.hall.officer', role: 'hall-officer', organisation: `hall-${form.unit.region}` },
    ]);

    const [ledger] = await db.db.select({ rows: count() }).from(departmentLedger).where(eq(departmentLedger.matterId, id));
    expect(ledger?.rows).toBe(8);

    // 并联办理: the eight parts recorded together, by one workflow task.
    const parts = departmentParts(await stack.client.workflow.getHandle(id).fetchHistory());
    expect(parts).toHaveLength(8);
    expect(new Set(parts.map((p) => p.task)).size).toBe(1);

    const listed = await call('GET', '/api/v1/matters?kind=hire&status=completed&region=640300', undefined, clerk);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((m: MatterState) => m.id)).toContain(id);

    await vi.waitFor(
      async () => {
        const found: string[] = [];
        for await (const execution of stack.client.workflow.list({ query: `MatterKind = 'hire' AND Region = '640300' AND MatterStatus = 'completed'` })) {
          found.push(execution.workflowId);
        }
        expect(found).toContain(id);
      },
      { timeout: 10_000, interval: 200 },
    );
  });

  it('keeps names and identity numbers out of the history Temporal stores', async () => {
    const form = hireFormFor({ applicationNo: 'E2E-SECRET' });
    const { body } = await submit(form);
    await decide(body.id, reviewer, 'competent', 'approve');
    await decide(body.id, hall, 'hall', 'approve');
    expect((await stack.client.workflow.getHandle(body.id).result()).status).toBe('completed');

    const raw = new Client({ connection: stack.client.connection });
    const history = await raw.workflow.getHandle(body.id).fetchHistory();
    const bytes = Buffer.from(proto.temporal.api.history.v1.History.encode(history).finish());
    expect(bytes.includes(form.person.identityNumber)).toBe(false);
    expect(bytes.includes(Buffer.from(form.person.name))).toBe(false);
    expect(bytes.includes(form.person.phone)).toBe(false);
    // …while what an administrator reads in Temporal UI stays plain: the matter's and each step's summary.
    expect(bytes.includes(Buffer.from('事业单位聘用工作人员'))).toBe(true);
    expect(bytes.includes(Buffer.from('养老保险 · 参保登记'))).toBe(true);
  });

  it('refuses an invalid form with every field problem, starting nothing and storing nothing', async () => {
    const form = hireFormFor({ applicationNo: 'E2E-BAD' }) as any;
    form.person.identityNumber = form.person.identityNumber.slice(0, 17) + (form.person.identityNumber.endsWith('0') ? '1' : '0');
    form.unit.code = 'ABC';
    form.post.level = 14;
    form.wage.salaryGrade = 66;
    form.contract.endDate = '2020-01-01';

    const refused = await submit(form);
    expect(refused.status).toBe(400);
    const fields = refused.body.problems.map((p: { field: string }) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining(['body.person.identityNumber', 'body.unit.code', 'body.post.level', 'body.wage.salaryGrade', 'body.contract.endDate']),
    );
    expect(JSON.stringify(refused.body)).not.toContain(form.person.identityNumber);

    const id = `${hireFormFor().unit.code}-E2E-BAD`;
    expect((await call('GET', `/api/v1/matters/${id}`, undefined, clerk)).status).toBe(404);
    expect(await db.db.query.matters.findFirst({ where: eq(matters.id, id) })).toBeUndefined();
  });

  it("refuses a submission from anyone but a clerk of the form's unit, and one without a token, starting nothing", async () => {
    const form = hireFormFor({ applicationNo: 'E2E-NOT-MINE' });
    expect((await submit(form, await tokenFor('wz.school.clerk'))).status).toBe(403);
    expect((await submit(form, hall)).status).toBe(403);
    const unsigned = await call('POST', '/api/v1/matters/hire', form);
    expect(unsigned.status).toBe(401);
    expect(unsigned.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const id = `${form.unit.code}-${form.applicationNo}`;
    expect((await call('GET', `/api/v1/matters/${id}`, undefined, clerk)).status).toBe(404);
    expect(await db.db.query.matters.findFirst({ where: eq(matters.id, id) })).toBeUndefined();
  });

  it('returns a matter for correction, takes the corrected form, and resumes at the step that returned it', async () => {
    const form = hireFormFor({ applicationNo: 'E2E-RETURN' });
    const { body } = await submit(form);
    const id: string = body.id;

    expect((await decide(id, reviewer, 'competent', 'return')).status).toBe(400);
    const returned = await decide(id, reviewer, 'competent', 'return', { problems: [{ field: 'wage.salaryGrade', message: '薪级有误' }] });
    expect(returned.body).toMatchObject({ status: 'correcting', problems: [{ field: 'wage.salaryGrade' }] });

    const invalid = await call('PUT', `/api/v1/matters/${id}/form`, { ...form, wage: { ...form.wage, salaryGrade: 0 } }, clerk);
    expect(invalid.status).toBe(400);
    expect(invalid.body.problems.map((p: { field: string }) => p.field)).toContain('body.wage.salaryGrade');

    const correction = hireFormFor({ applicationNo: 'E2E-RETURN', salaryGrade: 15 });
    // Only the filing unit corrects its form, not the reviewer who returned it.
    expect((await call('PUT', `/api/v1/matters/${id}/form`, correction, reviewer)).status).toBe(403);
    const corrected = await call('PUT', `/api/v1/matters/${id}/form`, correction, clerk);
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ status: 'reviewing', stage: 'competent', formVersion: 2 });
  });

  it('lets the unit withdraw, after which decisions are refused', async () => {
    const { body } = await submit(hireFormFor({ applicationNo: 'E2E-WITHDRAW' }));
    const withdraw = (token: string) => call('POST', `/api/v1/matters/${body.id}/withdraw`, { reason: '拟聘人员放弃' }, token);
    expect((await withdraw(reviewer)).status).toBe(403);
    const withdrawn = await withdraw(clerk);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', outcome: '拟聘人员放弃' });
    expect((await decide(body.id, reviewer, 'competent', 'approve')).status).toBe(409);
  });

  it('answers 404 for an unknown matter and 400 for a bad list filter', async () => {
    expect((await call('GET', '/api/v1/matters/nope-0', undefined, clerk)).status).toBe(404);
    const bad = await call('GET', '/api/v1/matters?status=finished&pageSize=1000', undefined, clerk);
    expect(bad.status).toBe(400);
    expect(bad.body.problems.map((p: { field: string }) => p.field)).toEqual(expect.arrayContaining(['querystring.status', 'querystring.pageSize']));
  });

  it('publishes an OpenAPI 3.1 document generated from the schemas, and Swagger UI', async () => {
    const { status, body } = await call('GET', '/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/v1/matters/hire', '/api/v1/matters/{id}', '/api/v1/matters/{id}/decisions']));
    expect(body.paths['/api/v1/matters/hire'].post.requestBody.content['application/json'].schema.properties.person).toBeDefined();
    expect((await fetch(`${stack.apiUrl}/docs`)).status).toBe(200);
  });
});
