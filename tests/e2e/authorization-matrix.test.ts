/**
 * The authorization matrix on the real stack: seeded people of the pilot's organisations
 * (吴忠 and 区直, units, competent departments, hall, division, departments, supervisors, the
 * administrator) against every route family and every workflow message. Each row is a caller
 * and what the route must answer it; an allowed call must succeed, every other be refused —
 * 404 where the caller may not know the matter exists, 403 where it may but must not act — and
 * each refusal lands in the audit trail.
 */
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEvents } from '../../db/schema';
import { asDirectAssessment, hireFormFor } from '../../samples/forms';
import type { MatterState } from '../../schemas/matter';
import { decide as decideUpdate, decideSignal, matterStateQuery } from '../../workflows/messages';
import { tokenAs, tokenFor } from '../support/auth';
import { startTestStack, type TestStack } from '../support/stack';

const logins = [
  'wz.hospital.clerk',
  'wz.school.clerk',
  'wz.health.reviewer',
  'wz.education.reviewer',
  'wz.hall.officer',
  'wz.division.clerk',
  'wz.pension.officer',
  'wz.supervisor',
  'qz.hall.officer',
  'qz.supervisor',
  'admin',
] as const;
type Login = (typeof logins)[number];

/** Who may read a 吴忠 hospital matter: the unit, its competent department, and the offices of region 640300. */
const readers: readonly Login[] = ['wz.hospital.clerk', 'wz.health.reviewer', 'wz.hall.officer', 'wz.division.clerk', 'wz.pension.officer', 'wz.supervisor'];
const outsiders = logins.filter((login) => !readers.includes(login));
const supervisors: readonly Login[] = ['wz.supervisor', 'qz.supervisor', 'admin'];

let running: TestStack;
const tokens = {} as Record<Login, string>;
let denialsExpected = 0;

const call = (login: Login | undefined, method: string, path: string, body?: unknown) => running.call(method, path, body, login && tokens[login]);

/** Sends the call as each login and returns the status each got. */
async function statuses(callers: readonly Login[], method: string, path: string, body?: unknown): Promise<Record<string, number>> {
  const answers: Record<string, number> = {};
  for (const login of callers) answers[login] = (await call(login, method, path, body)).status;
  return answers;
}

const expecting = (callers: readonly Login[], status: number) => Object.fromEntries(callers.map((login) => [login, status]));

/** Counts the refusals the audit trail must then hold. */
function refused(answers: Record<string, number>): Record<string, number> {
  denialsExpected += Object.values(answers).filter((status) => status === 403 || status === 404).length;
  return answers;
}

let serial = 0;
const newHire = () => {
  serial += 1;
  return hireFormFor({ applicationNo: `MATRIX-${serial}`, identitySuffix: String(300 + serial) });
};

/** A new matter of the 吴忠 hospital, once its projection and first audit event (which the PostgreSQL-read routes use) are written. */
async function submitted(form = newHire()): Promise<MatterState> {
  const answer = await call('wz.hospital.clerk', 'POST', '/api/v1/matters/hire', form);
  expect(answer.status).toBe(202);
  await vi.waitFor(async () => expect((await call('wz.hospital.clerk', 'GET', `/api/v1/matters/${answer.body.id}/timeline`)).body.items).toHaveLength(1), {
    timeout: 15_000,
    interval: 100,
  });
  return answer.body;
}

const decision = (step: string, verdict = 'approve') =>
  verdict === 'return' ? { step, decision: verdict, problems: [{ field: 'post.name', message: '岗位名称与批复不一致' }] } : { step, decision: verdict };

beforeAll(async () => {
  running = await startTestStack();
  for (const login of logins) tokens[login] = await tokenFor(login);
});

afterAll(async () => {
  await running?.stop();
});

describe('authentication', () => {
  it('answers 401 to a request without a token, with a malformed one, or one signed with another secret', async () => {
    const forged = await tokenAs({ sub: 'admin', name: 'x', kind: 'person', memberships: [{ organisation: 'platform', kind: 'platform', region: '640000', roles: ['admin'] }] }).then(
      (token) => `${token.slice(0, -4)}AAAA`,
    );
    for (const path of ['/api/v1/matters', '/api/v1/tasks', '/api/v1/supervision/overdue', '/api/v1/calendar/health', '/api/v1/webhooks/subscriptions', '/api/v1/me']) {
      expect((await running.call('GET', path)).status, path).toBe(401);
      expect((await running.call('GET', path, undefined, 'not-a-jwt')).status, path).toBe(401);
      expect((await running.call('GET', path, undefined, forged)).status, path).toBe(401);
    }
    // Another spelling of a path that still reaches an /api route is checked as well.
    expect((await running.call('GET', '/%61pi/v1/matters')).status).toBe(401);
    const answer = await running.call('POST', '/api/v1/matters/hire', newHire());
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await running.call('GET', '/healthz')).status).toBe(200);
  });

  it('documents the bearer scheme in the OpenAPI document, and which routes need no token', async () => {
    const { status, body: document } = await running.call('GET', '/openapi.json');
    expect(status).toBe(200);
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.security).toEqual([{ bearer: [] }]);
    expect(document.paths['/api/v1/auth/token'].post.security).toEqual([]);
    expect(document.paths['/healthz'].get.security).toEqual([]);
    for (const path of ['/api/v1/tasks', '/api/v1/tasks/{id}/claim', '/api/v1/organisations', '/api/v1/accounts', '/api/v1/me']) expect(document.paths, path).toHaveProperty([path]);
  });

  it('gives a service account a token for its client credentials, and refuses a wrong secret', async () => {
    const wrong = await running.call('POST', '/api/v1/auth/token', { grant_type: 'client_credentials', client_id: 'svc.wz-hospital-hr', client_secret: 'guess' });
    expect(wrong.status).toBe(401);
    const granted = await running.call('POST', '/api/v1/auth/token', {
      grant_type: 'client_credentials',
      client_id: 'svc.wz-hospital-hr',
      client_secret: 'wz-hospital-hr-local-secret',
    });
    expect(granted).toMatchObject({ status: 200, body: { token_type: 'Bearer' } });
    const me = await running.call('GET', '/api/v1/me', undefined, granted.body.access_token);
    expect(me.body).toMatchObject({ sub: 'svc.wz-hospital-hr', kind: 'service', memberships: [{ organisation: '12640300MB00012348', roles: ['unit-clerk'] }] });
    const filed = await running.call('POST', '/api/v1/matters/hire', newHire(), granted.body.access_token);
    expect(filed.status).toBe(202);
  });
});

describe('the token endpoint', () => {
  it('answers 429 to a client guessing at a secret, and keeps serving other clients', async () => {
    const guess = (client: string) => running.call('POST', '/api/v1/auth/token', { grant_type: 'client_credentials', client_id: client, client_secret: 'guess' });
    const answers: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) answers.push((await guess('svc.guessed')).status);
    expect(answers).toEqual(Array(10).fill(401));
    const limited = await guess('svc.guessed');
    expect(limited).toMatchObject({ status: 429, body: { error: 'too_many_requests' } });
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await guess('svc.other')).status).toBe(401);
  });
});

describe('a deactivated account', () => {
  it('is refused at once, its tokens already issued included, and served again once reactivated', async () => {
    const credentials = { grant_type: 'client_credentials', client_id: 'svc.wz-hospital-hr', client_secret: 'wz-hospital-hr-local-secret' };
    const token: string = (await running.call('POST', '/api/v1/auth/token', credentials)).body.access_token;
    const account = (active: boolean) => ({ name: '吴忠市第一人民医院人事系统', kind: 'service', memberships: [{ organisation: '12640300MB00012348', roles: ['unit-clerk'] }], active });
    expect((await call('admin', 'PUT', '/api/v1/accounts/svc.wz-hospital-hr', account(false))).body).toMatchObject({ active: false });
    const refusedNow = await running.call('GET', '/api/v1/me', undefined, token);
    expect(refusedNow).toMatchObject({ status: 401, body: { message: expect.stringMatching(/deactivated/) } });
    expect((await running.call('POST', '/api/v1/auth/token', credentials)).status).toBe(401);
    expect((await call('admin', 'PUT', '/api/v1/accounts/svc.wz-hospital-hr', account(true))).status).toBe(200);
    expect((await running.call('GET', '/api/v1/me', undefined, token)).status).toBe(200);
  });
});

describe('submission', () => {
  it('is taken only from a clerk of the unit named in the form', async () => {
    const form = newHire();
    const others: Login[] = ['wz.school.clerk', 'wz.health.reviewer', 'wz.hall.officer', 'wz.supervisor', 'admin'];
    expect(refused(await statuses(others, 'POST', '/api/v1/matters/hire', form))).toEqual(expecting(others, 403));
    expect((await call('wz.hospital.clerk', 'POST', '/api/v1/matters/hire', form)).status).toBe(202);
  });

  it('refuses a form that names another competent department or region than the directory holds for the unit', async () => {
    const form = newHire();
    form.unit.competentDepartment = { code: '11640300MB0000312H', name: '吴忠市教育局' };
    form.unit.region = '640100';
    const answer = await call('wz.hospital.clerk', 'POST', '/api/v1/matters/hire', form);
    expect(answer).toMatchObject({ status: 400, body: { error: 'invalid_input' } });
    expect(answer.body.problems.map((p: { field: string }) => p.field).sort()).toEqual(['body.unit.competentDepartment.code', 'body.unit.region']);
  });
});

describe('the personnel register', () => {
  // 张三 as `npm start` seeds him, at the 吴忠 hospital.
  const prefill = (kind: string, consent = '') => `/api/v1/people/640302199603150518/prefill/${kind}${consent && `?consent=${consent}`}`;

  it('prefills a post change for the employing unit’s clerk only, a transfer also for another unit’s clerk with the person’s consent; 404 to everyone else', async () => {
    const others = logins.filter((login) => login !== 'wz.hospital.clerk');
    expect(await statuses(logins, 'GET', prefill('post-change'))).toEqual({ ...expecting(['wz.hospital.clerk'], 200), ...expecting(others, 404) });
    expect(await statuses(logins, 'GET', prefill('transfer'))).toEqual({ ...expecting(['wz.hospital.clerk'], 200), ...expecting(others, 404) });
    const withConsent = logins.filter((login) => login !== 'wz.hospital.clerk' && login !== 'wz.school.clerk');
    expect(await statuses(logins, 'GET', prefill('transfer', 'TY-2026-0001'))).toEqual({ ...expecting(['wz.hospital.clerk', 'wz.school.clerk'], 200), ...expecting(withConsent, 404) });
  });
});

describe('a matter waiting for its competent department', () => {
  let matter: MatterState;
  beforeAll(async () => {
    matter = await submitted();
  });

  it.each(['', '/timeline', '/certificates', '/flow.svg'])('GET /api/v1/matters/:id%s answers its parties and its region, 404 to everyone else', async (suffix) => {
    const answers = refused(await statuses(logins, 'GET', `/api/v1/matters/${matter.id}${suffix}`));
    expect(answers).toEqual({ ...expecting(readers, 200), ...expecting(outsiders, 404) });
  });

  it('is listed to those who may read it and to no one else', async () => {
    for (const login of logins) {
      const { body } = await call(login, 'GET', '/api/v1/matters?pageSize=100');
      expect(body.items.some((item: MatterState) => item.id === matter.id), login).toBe(readers.includes(login));
    }
  });

  it('takes the competent decision from its competent reviewer only: 403 to other readers, 404 to outsiders', async () => {
    const others = logins.filter((login) => login !== 'wz.health.reviewer');
    const answers = refused(await statuses(others, 'POST', `/api/v1/matters/${matter.id}/decisions`, decision('competent')));
    expect(answers).toEqual({ ...expecting(readers.filter((l) => l !== 'wz.health.reviewer'), 403), ...expecting(outsiders, 404) });
    const approved = await call('wz.health.reviewer', 'POST', `/api/v1/matters/${matter.id}/decisions`, decision('competent'));
    expect(approved).toMatchObject({ status: 200, body: { stage: 'hall' } });
    expect(approved.body.decisions[0].actor).toEqual({ id: 'wz.health.reviewer', role: 'competent-reviewer', organisation: '11640300MB0000456P' });
  });

  it('takes the hall decision from the region’s hall officer only', async () => {
    const others = logins.filter((login) => login !== 'wz.hall.officer');
    const answers = refused(await statuses(others, 'POST', `/api/v1/matters/${matter.id}/decisions`, decision('hall')));
    expect(answers).toEqual({ ...expecting(readers.filter((l) => l !== 'wz.hall.officer'), 403), ...expecting(outsiders, 404) });
  });

  it('refuses a raw Update from the wrong role or region, and ignores and records a raw Signal', async () => {
    const handle = running.stack.client.workflow.getHandle(matter.id);
    const asClerk = { step: 'hall', decision: 'approve' as const, actor: { id: 'wz.hospital.clerk', role: 'unit-clerk' as const, organisation: matter.unitCode } };
    const otherRegion = { step: 'hall', decision: 'approve' as const, actor: { id: 'qz.hall.officer', role: 'hall-officer' as const, organisation: 'hall-640000' } };
    for (const input of [asClerk, otherRegion]) {
      const refusal = await handle.executeUpdate(decideUpdate, { args: [input] }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(WorkflowUpdateFailedError);
      expect((refusal as WorkflowUpdateFailedError).cause).toMatchObject({ type: 'NotAuthorised' });
    }
    // A raw Signal carries its sender's token; the clerk's is genuine, but a clerk does not decide at the hall.
    await handle.signal(decideSignal, { step: 'hall', decision: 'approve', actorToken: await tokenFor('wz.hospital.clerk') });
    const state = await vi.waitFor(
      async () => {
        const now = await handle.query(matterStateQuery);
        if (now.refusedMessages.length === 0) throw new Error('signal not processed yet');
        return now;
      },
      { timeout: 15_000, interval: 100 },
    );
    expect(state).toMatchObject({ status: 'reviewing', stage: 'hall' });
    expect(state.decisions).toHaveLength(1);
    expect(state.refusedMessages[0]).toMatchObject({ message: 'decision', step: 'hall', actor: { id: 'wz.hospital.clerk', role: 'unit-clerk' } });
    await vi.waitFor(
      async () => {
        const rows = await running.db.db
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.matterId, matter.id), eq(auditEvents.action, 'message-refused')));
        expect(rows).toMatchObject([{ actor: 'wz.hospital.clerk', outcome: 'denied' }]);
      },
      { timeout: 15_000, interval: 100 },
    );
    const approved = await call('wz.hall.officer', 'POST', `/api/v1/matters/${matter.id}/decisions`, decision('hall'));
    expect(approved).toMatchObject({ status: 200, body: { status: 'handling' } });
  });

  it('ends with an audit trail naming the actor of every step', async () => {
    await vi.waitFor(async () => expect((await call('wz.hospital.clerk', 'GET', `/api/v1/matters/${matter.id}`)).body.status).toBe('completed'), {
      timeout: 30_000,
      interval: 200,
    });
    const { body } = await call('wz.supervisor', 'GET', `/api/v1/matters/${matter.id}/timeline`);
    const byAction = (action: string) => body.items.filter((e: { action: string }) => e.action === action);
    expect(byAction('submitted')).toMatchObject([{ actor: 'wz.hospital.clerk', organisation: matter.unitCode, role: 'unit-clerk' }]);
    expect(byAction('decided')).toMatchObject([
      { step: 'competent', actor: 'wz.health.reviewer', organisation: '11640300MB0000456P', role: 'competent-reviewer', outcome: 'approved' },
      { step: 'hall', actor: 'wz.hall.officer', organisation: 'hall-640300', role: 'hall-officer', outcome: 'approved' },
    ]);
    expect(byAction('message-refused')).toMatchObject([{ actor: 'wz.hospital.clerk', outcome: 'denied' }]);
    const registered = byAction('department-registered');
    expect(registered.map((e: { step: string }) => e.step).sort()).toEqual(['archive', 'employment', 'injury', 'pension', 'personnel', 'sscard', 'unemployment', 'wage']);
    for (const event of registered) expect(event).toMatchObject({ actor: `${event.step}-640300`, role: 'department-officer' });
    expect(byAction('completed')).toMatchObject([{ actor: 'system' }]);
  });
});

describe('the filing unit’s own acts', () => {
  it('lets only the unit withdraw its matter', async () => {
    const matter = await submitted();
    const others: Login[] = ['wz.health.reviewer', 'wz.hall.officer', 'wz.supervisor', 'wz.school.clerk', 'qz.hall.officer', 'admin'];
    const answers = refused(await statuses(others, 'POST', `/api/v1/matters/${matter.id}/withdraw`, { reason: '不再聘用' }));
    expect(answers).toEqual({ ...expecting(['wz.health.reviewer', 'wz.hall.officer', 'wz.supervisor'], 403), ...expecting(['wz.school.clerk', 'qz.hall.officer', 'admin'], 404) });
    expect((await call('wz.hospital.clerk', 'POST', `/api/v1/matters/${matter.id}/withdraw`, { reason: '不再聘用' })).body).toMatchObject({
      status: 'withdrawn',
      withdrawnBy: { id: 'wz.hospital.clerk' },
    });
  });

  it('lets only the unit send the corrected form', async () => {
    const form = newHire();
    const matter = await submitted(form);
    const returned = await call('wz.health.reviewer', 'POST', `/api/v1/matters/${matter.id}/decisions`, decision('competent', 'return'));
    expect(returned.body).toMatchObject({ status: 'correcting' });
    const others: Login[] = ['wz.health.reviewer', 'wz.hall.officer', 'wz.school.clerk', 'qz.supervisor'];
    const answers = refused(await statuses(others, 'PUT', `/api/v1/matters/${matter.id}/form`, form));
    expect(answers).toEqual({ ...expecting(['wz.health.reviewer', 'wz.hall.officer'], 403), ...expecting(['wz.school.clerk', 'qz.supervisor'], 404) });
    const rerouted = { ...form, unit: { ...form.unit, competentDepartment: { code: '11640300MB0000312H', name: '吴忠市教育局' } } };
    expect((await call('wz.hospital.clerk', 'PUT', `/api/v1/matters/${matter.id}/form`, rerouted)).body).toMatchObject({
      error: 'invalid_input',
      problems: [{ field: 'body.unit.competentDepartment.code' }],
    });
    expect((await call('wz.hospital.clerk', 'PUT', `/api/v1/matters/${matter.id}/form`, form)).body).toMatchObject({
      status: 'reviewing',
      stage: 'competent',
      formVersion: 2,
      formBy: { id: 'wz.hospital.clerk', role: 'unit-clerk' },
    });
  });
});

describe('countersignature', () => {
  it('takes each level from the division’s countersigners, each level from another person', async () => {
    const matter = await submitted(asDirectAssessment(newHire()));
    const path = `/api/v1/matters/${matter.id}/decisions`;
    expect((await call('wz.health.reviewer', 'POST', path, decision('competent'))).status).toBe(200);
    expect((await call('wz.hall.officer', 'POST', path, decision('hall'))).body).toMatchObject({ status: 'countersigning', stage: 'countersign-1' });
    const others: Login[] = ['wz.hall.officer', 'wz.supervisor', 'qz.hall.officer'];
    expect(refused(await statuses(others, 'POST', path, decision('countersign-1')))).toEqual({ 'wz.hall.officer': 403, 'wz.supervisor': 403, 'qz.hall.officer': 404 });
    expect((await call('wz.division.clerk', 'POST', path, decision('countersign-1'))).body).toMatchObject({ stage: 'countersign-2' });
    const again = await call('wz.division.clerk', 'POST', path, decision('countersign-2'));
    refused({ again: again.status });
    expect(again).toMatchObject({ status: 403, body: { message: expect.stringMatching(/another person/) } });
    const chief = await running.call('POST', path, decision('countersign-2'), await tokenFor('wz.division.chief'));
    expect(chief.body).toMatchObject({ stage: 'countersign-3' });
    expect((await call('wz.hospital.clerk', 'POST', `/api/v1/matters/${matter.id}/withdraw`, { reason: '测试结束' })).status).toBe(200);
  });
});

describe('supervision, calendar, directory and webhooks', () => {
  it.each([
    '/api/v1/supervision/overdue',
    '/api/v1/supervision/sla-statistics?from=2026-01-01&to=2026-12-31',
    '/api/v1/supervision/dashboard?from=2026-01-01&to=2026-12-31',
    '/api/v1/supervision/audit',
    '/api/v1/supervision/audit/export',
    '/api/v1/supervision/tasks',
  ])(
    'GET %s answers supervisors and the administrator only',
    async (path) => {
      const answers = refused(await statuses(logins, 'GET', path));
      expect(answers).toEqual({ ...expecting(logins.filter((l) => !supervisors.includes(l)), 403), ...expecting(supervisors, 200) });
    },
  );

  it('shows a supervisor the audit of their own region only', async () => {
    const matter = await submitted();
    const own = await call('wz.supervisor', 'GET', `/api/v1/supervision/audit?matterId=${matter.id}`);
    expect(own.body.total).toBeGreaterThan(0);
    const other = await call('qz.supervisor', 'GET', `/api/v1/supervision/audit?matterId=${matter.id}`);
    expect(other.body.total).toBe(0);
  });

  it('lets every caller read the calendar and only the administrator load a year', async () => {
    expect(await statuses(logins, 'GET', '/api/v1/calendar/2026')).toEqual(expecting(logins, 200));
    const { body: year } = await call('admin', 'GET', '/api/v1/calendar/2026');
    const arrangement = { holidays: year.holidays, makeupWorkdays: year.makeupWorkdays, source: year.source ?? undefined };
    const others = logins.filter((login) => login !== 'admin');
    expect(refused(await statuses(others, 'PUT', '/api/v1/calendar/2026', arrangement))).toEqual(expecting(others, 403));
    const loaded = await call('admin', 'PUT', '/api/v1/calendar/2026', arrangement);
    expect(loaded.status).toBe(200);
  });

  it('lets every caller look organisations up and only the administrator change them or see accounts', async () => {
    expect(await statuses(logins, 'GET', '/api/v1/organisations?region=640300')).toEqual(expecting(logins, 200));
    const others = logins.filter((login) => login !== 'admin');
    const unit = { name: '吴忠市第二人民医院', kind: 'unit', region: '640300', competentDepartment: '11640300MB0000456P' };
    expect(refused(await statuses(others, 'PUT', '/api/v1/organisations/12640300MB00099992', unit))).toEqual(expecting(others, 403));
    expect(refused(await statuses(others, 'GET', '/api/v1/accounts'))).toEqual(expecting(others, 403));
    expect((await call('admin', 'PUT', '/api/v1/organisations/12640300MB00099992', unit)).status).toBe(200);
    const hallAccounts = await call('admin', 'GET', '/api/v1/accounts?organisation=hall-640300');
    expect(hallAccounts.body.items.map((account: { login: string }) => account.login)).toEqual(expect.arrayContaining(['wz.hall.officer', 'wz.hall.officer2']));
  });

  it('lets an organisation’s members subscribe to its matters, and the administrator to all', async () => {
    const subscription = { organisation: '12640300MB00012348', url: 'http://127.0.0.1:9/hooks' };
    const others: Login[] = ['wz.school.clerk', 'wz.hall.officer', 'wz.supervisor', 'qz.hall.officer'];
    expect(refused(await statuses(others, 'POST', '/api/v1/webhooks/subscriptions', subscription))).toEqual(expecting(others, 403));
    const own = await call('wz.hospital.clerk', 'POST', '/api/v1/webhooks/subscriptions', subscription);
    expect(own.status).toBe(201);
    expect((await call('admin', 'POST', '/api/v1/webhooks/subscriptions', { ...subscription, organisation: '*' })).status).toBe(201);
    const seenBySchool = await call('wz.school.clerk', 'GET', '/api/v1/webhooks/subscriptions');
    expect(seenBySchool.body.items).toEqual([]);
    expect(refused({ school: (await call('wz.school.clerk', 'DELETE', `/api/v1/webhooks/subscriptions/${own.body.id}`)).status })).toEqual({ school: 404 });
    expect((await call('wz.hospital.clerk', 'DELETE', `/api/v1/webhooks/subscriptions/${own.body.id}`)).status).toBe(204);
  });
});

describe('denials', () => {
  it('are all in the audit trail, with who was refused and why', async () => {
    const { body } = await call('admin', 'GET', '/api/v1/supervision/audit?action=access-denied&pageSize=1');
    expect(body.total).toBe(denialsExpected);
    expect(body.items[0]).toMatchObject({ outcome: 'denied', details: { reason: expect.any(String), route: expect.any(String) } });
  });
});
