/**
 * The inbox (待办) over HTTP on the stack `npm start` runs: each reviewer sees the steps waiting
 * for its organisation and role, a task moves from one inbox to the next as decisions are taken,
 * and claiming one lets only the claimer decide it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HireForm } from '../../schemas/forms/hire';
import type { Task } from '../../db/tasks';
import { asDirectAssessment, hireFormFor } from '../../samples/forms';
import { slaState } from '../../schemas/matter';
import { tokenFor } from '../support/auth';
import { startTestStack, type TestStack } from '../support/stack';

let running: TestStack;
const tokens: Record<string, string> = {};

const logins = [
  'wz.hospital.clerk',
  'wz.health.reviewer',
  'wz.hall.officer',
  'wz.hall.officer2',
  'wz.division.clerk',
  'wz.division.chief',
  'qz.hospital.clerk',
  'qz.health.reviewer',
  'qz.hall.officer',
] as const;
type Login = (typeof logins)[number];

beforeAll(async () => {
  running = await startTestStack();
  for (const login of logins) tokens[login] = await tokenFor(login);
});

afterAll(async () => {
  await running?.stop();
});

const as = (login: Login) => tokens[login]!;
const call = (method: string, path: string, body: unknown, login: Login) => running.call(method, path, body, as(login));

const wzUnit = '12640300MB00012348';
const qzUnit = '12640000MB00010402';
const wzHall = 'hall-640300';
const wzDivision = 'personnel-division-640300';

/** A 吴忠 hire of a person of its own. */
const wzHire = (applicationNo: string, identitySuffix: string): HireForm => hireFormFor({ applicationNo, identitySuffix });

/** The same sample filed by the 区直 hospital, reviewed by the 区直 health commission and the region's hall. */
function qzHire(applicationNo: string, identitySuffix: string): HireForm {
  const form = hireFormFor({ applicationNo, identitySuffix });
  form.unit = { code: qzUnit, name: '宁夏回族自治区第五人民医院', region: '640000', competentDepartment: { code: '11640000MB00001277', name: '宁夏回族自治区卫生健康委员会' } };
  return form;
}

async function submit(form: HireForm, clerk: Login): Promise<string> {
  const submitted = await call('POST', '/api/v1/matters/hire', form, clerk);
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(202);
  expect(submitted.body.id).toBe(`${form.unit.code}-${form.applicationNo}`);
  return submitted.body.id;
}

const decide = (id: string, step: string, login: Login, decision = 'approve') => call('POST', `/api/v1/matters/${id}/decisions`, { step, decision }, login);

async function approve(id: string, step: string, login: Login): Promise<void> {
  const decided = await decide(id, step, login);
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);
}

/** The unit withdraws what a test leaves open, so the next test's inboxes start empty. */
async function withdraw(ids: string[], clerk: Login): Promise<void> {
  for (const id of ids) {
    const withdrawn = await call('POST', `/api/v1/matters/${id}/withdraw`, { reason: '测试结束 / test over' }, clerk);
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
  }
}

interface Inbox {
  items: Task[];
  total: number;
  page: number;
  pageSize: number;
}

async function inbox(login: Login, query = ''): Promise<Inbox> {
  const listed = await call('GET', `/api/v1/tasks${query ? `?${query}` : ''}`, undefined, login);
  expect(listed.status, JSON.stringify(listed.body)).toBe(200);
  return listed.body;
}

/** The matters in a caller's inbox, sorted. */
const mattersIn = async (login: Login, query = '') => (await inbox(login, query)).items.map((t) => t.matterId).sort();

/** Polls until the caller's inbox (with `query`) holds exactly `ids`; the projection writes it after each change. */
function untilInbox(login: Login, ids: string[], query = ''): Promise<Inbox> {
  return vi.waitFor(
    async () => {
      const listed = await inbox(login, query);
      expect(listed.items.map((t) => t.matterId).sort()).toEqual([...ids].sort());
      expect(listed.total).toBe(ids.length);
      return listed;
    },
    { timeout: 15_000, interval: 100 },
  );
}

/** The open task of a matter in a caller's inbox, once it shows. */
function taskIn(login: Login, matterId: string, step: string): Promise<Task> {
  return vi.waitFor(
    async () => {
      const found = (await inbox(login, 'pageSize=100')).items.find((t) => t.matterId === matterId && t.step === step);
      expect(found, `${matterId} at ${step} in ${login}'s inbox`).toBeDefined();
      return found!;
    },
    { timeout: 15_000, interval: 100 },
  );
}

const taskPath = (id: string, action?: 'claim' | 'release') => `/api/v1/tasks/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

describe('the inbox over HTTP', () => {
  it('shows a hall officer exactly the matters waiting for the hall of its region', async () => {
    const wz1 = await submit(wzHire('INBOX-WZ-1', '101'), 'wz.hospital.clerk');
    const wz2 = await submit(wzHire('INBOX-WZ-2', '102'), 'wz.hospital.clerk');
    const qz1 = await submit(qzHire('INBOX-QZ-1', '103'), 'qz.hospital.clerk');

    await untilInbox('wz.health.reviewer', [wz1, wz2]);
    await untilInbox('qz.health.reviewer', [qz1]);
    await approve(wz1, 'competent', 'wz.health.reviewer');
    await approve(wz2, 'competent', 'wz.health.reviewer');
    await approve(qz1, 'competent', 'qz.health.reviewer');

    const wzHallInbox = await untilInbox('wz.hall.officer', [wz1, wz2]);
    for (const task of wzHallInbox.items) {
      expect(task).toMatchObject({ kind: 'hire', unitCode: wzUnit, region: '640300', step: 'hall', role: 'hall-officer', organisation: wzHall, closedAt: null, claimedBy: null });
      expect(task.due).toEqual(expect.any(String));
      expect(Number.isNaN(Date.parse(task.due!))).toBe(false);
      expect(slaState.options).toContain(task.slaState);
    }
    const qzHallInbox = await untilInbox('qz.hall.officer', [qz1]);
    expect(qzHallInbox.items[0]).toMatchObject({ unitCode: qzUnit, region: '640000', step: 'hall', role: 'hall-officer', organisation: 'hall-640000' });
    expect(qzHallInbox.items[0]!.due).toEqual(expect.any(String));

    await untilInbox('wz.health.reviewer', []);
    await untilInbox('qz.health.reviewer', []);
    expect(await inbox('wz.hospital.clerk')).toMatchObject({ items: [], total: 0 });
    expect(await inbox('qz.hospital.clerk')).toMatchObject({ items: [], total: 0 });

    await withdraw([wz1, wz2], 'wz.hospital.clerk');
    await withdraw([qz1], 'qz.hospital.clerk');
    await untilInbox('wz.hall.officer', []);
    await untilInbox('qz.hall.officer', []);
  });

  it('moves a task from one inbox to the next role’s as each step is approved, through countersignature', async () => {
    const plain = await submit(wzHire('INBOX-MOVE-1', '201'), 'wz.hospital.clerk');
    const competentTask = await taskIn('wz.health.reviewer', plain, 'competent');
    expect(competentTask).toMatchObject({ role: 'competent-reviewer', organisation: '11640300MB0000456P' });
    expect(await mattersIn('wz.hall.officer')).not.toContain(plain);

    await approve(plain, 'competent', 'wz.health.reviewer');
    await taskIn('wz.hall.officer', plain, 'hall');
    await vi.waitFor(async () => expect(await mattersIn('wz.health.reviewer')).not.toContain(plain), { timeout: 15_000, interval: 100 });
    // The reviewer's task is closed, not gone: asking for it shows when it was closed.
    const closed = await call('GET', taskPath(competentTask.id), undefined, 'wz.health.reviewer');
    expect(closed.status).toBe(200);
    expect(closed.body.closedAt).toEqual(expect.any(String));

    const talentForm = asDirectAssessment(wzHire('INBOX-TALENT-1', '202'));
    const talent = await submit(talentForm, 'wz.hospital.clerk');
    await approve(talent, 'competent', 'wz.health.reviewer');
    await taskIn('wz.hall.officer', talent, 'hall');
    expect(await mattersIn('wz.division.clerk')).not.toContain(talent);
    await approve(talent, 'hall', 'wz.hall.officer');

    const first = await taskIn('wz.division.clerk', talent, 'countersign-1');
    expect(first).toMatchObject({ role: 'countersigner', organisation: wzDivision, step: 'countersign-1' });
    await vi.waitFor(async () => expect(await mattersIn('wz.hall.officer')).toEqual([plain]), { timeout: 15_000, interval: 100 });

    await approve(talent, 'countersign-1', 'wz.division.clerk');
    const second = await taskIn('wz.division.clerk', talent, 'countersign-2');
    expect(second).toMatchObject({ role: 'countersigner', organisation: wzDivision, step: 'countersign-2' });
    expect(second.id).not.toBe(first.id);
    const division = await untilInbox('wz.division.clerk', [talent]);
    expect(division.items.map((t) => t.step)).toEqual(['countersign-2']);
    expect(await mattersIn('wz.division.chief')).toEqual([talent]);

    await withdraw([plain, talent], 'wz.hospital.clerk');
    await untilInbox('wz.hall.officer', []);
    await untilInbox('wz.division.clerk', []);
  });

  it('puts a returned matter in its unit’s inbox as a correction until the corrected form comes back', async () => {
    const form = wzHire('INBOX-WZ-RETURN', '131');
    const id = await submit(form, 'wz.hospital.clerk');
    const returned = await call('POST', `/api/v1/matters/${id}/decisions`, { step: 'competent', decision: 'return', problems: [{ field: 'post.name', message: '岗位名称有误' }] }, 'wz.health.reviewer');
    expect(returned.status).toBe(200);
    const [correction] = (await untilInbox('wz.hospital.clerk', [id])).items;
    expect(correction).toMatchObject({ step: 'correction', role: 'unit-clerk', organisation: wzUnit });
    await untilInbox('wz.health.reviewer', []);
    expect((await call('PUT', `/api/v1/matters/${id}/form`, form, 'wz.hospital.clerk')).status).toBe(200);
    await untilInbox('wz.hospital.clerk', []);
    await untilInbox('wz.health.reviewer', [id]);
    await withdraw([id], 'wz.hospital.clerk');
    await untilInbox('wz.health.reviewer', []);
  });

  it('shows a supervisor every open task of its region, with who holds it, and no one else’s', async () => {
    const wz = await submit(wzHire('INBOX-SUP-WZ', '141'), 'wz.hospital.clerk');
    const qz = await submit(qzHire('INBOX-SUP-QZ', '142'), 'qz.hospital.clerk');
    const wzTask = await taskIn('wz.health.reviewer', wz, 'competent');
    expect((await call('POST', taskPath(wzTask.id, 'claim'), undefined, 'wz.health.reviewer')).status).toBe(200);
    const watched = async (login: string, query = '') => {
      const listed = await running.call('GET', `/api/v1/supervision/tasks${query}`, undefined, await tokenFor(login));
      expect(listed.status).toBe(200);
      return listed.body.items as Task[];
    };
    await vi.waitFor(async () => expect((await watched('qz.supervisor')).map((t) => t.matterId)).toEqual([qz]), { timeout: 15_000, interval: 100 });
    expect(await watched('wz.supervisor')).toMatchObject([{ matterId: wz, step: 'competent', organisation: '11640300MB0000456P', claimedBy: 'wz.health.reviewer' }]);
    expect((await watched('wz.supervisor', '?claimed=others')).map((t) => t.matterId)).toEqual([wz]);
    expect((await watched('admin')).map((t) => t.matterId).sort()).toEqual([qz, wz].sort());
    expect((await call('GET', '/api/v1/supervision/tasks', undefined, 'wz.hall.officer')).status).toBe(403);
    await withdraw([wz], 'wz.hospital.clerk');
    await withdraw([qz], 'qz.hospital.clerk');
    await vi.waitFor(async () => expect(await watched('admin')).toEqual([]), { timeout: 15_000, interval: 100 });
  });

  it('lets one officer at a time claim a task, only the claimer decide it, and filters and pages the inbox', async () => {
    const [m1, m2, m3] = [
      await submit(wzHire('INBOX-CLAIM-1', '301'), 'wz.hospital.clerk'),
      await submit(wzHire('INBOX-CLAIM-2', '302'), 'wz.hospital.clerk'),
      await submit(wzHire('INBOX-CLAIM-3', '303'), 'wz.hospital.clerk'),
    ];
    for (const id of [m1, m2, m3]) await approve(id, 'competent', 'wz.health.reviewer');
    const hall = await untilInbox('wz.hall.officer', [m1, m2, m3]);
    const taskOf = (matterId: string) => hall.items.find((t) => t.matterId === matterId)!;
    const [t1, t2, t3] = [taskOf(m1), taskOf(m2), taskOf(m3)];

    // A claims; B can neither claim, decide nor release it.
    const claimedByA = await call('POST', taskPath(t1.id, 'claim'), undefined, 'wz.hall.officer');
    expect(claimedByA.status).toBe(200);
    expect(claimedByA.body).toMatchObject({ id: t1.id, matterId: m1, claimedBy: 'wz.hall.officer', closedAt: null });
    expect(claimedByA.body.claimedAt).toEqual(expect.any(String));
    const again = await call('POST', taskPath(t1.id, 'claim'), undefined, 'wz.hall.officer');
    expect(again.status).toBe(200);
    expect(again.body.claimedAt).toBe(claimedByA.body.claimedAt);

    const claimByB = await call('POST', taskPath(t1.id, 'claim'), undefined, 'wz.hall.officer2');
    expect(claimByB.status).toBe(409);
    expect(claimByB.body.error).toBe('task_claimed');
    const decidedByB = await decide(m1, 'hall', 'wz.hall.officer2');
    expect(decidedByB.status).toBe(409);
    expect(decidedByB.body.error).toBe('task_claimed');
    const releasedByB = await call('POST', taskPath(t1.id, 'release'), undefined, 'wz.hall.officer2');
    expect(releasedByB.status).toBe(409);
    expect(releasedByB.body.error).toBe('not_claimer');

    // A releases; now B claims it.
    const releasedByA = await call('POST', taskPath(t1.id, 'release'), undefined, 'wz.hall.officer');
    expect(releasedByA.status).toBe(200);
    expect(releasedByA.body).toMatchObject({ id: t1.id, claimedBy: null, claimedAt: null });
    const claimedByB = await call('POST', taskPath(t1.id, 'claim'), undefined, 'wz.hall.officer2');
    expect(claimedByB.status).toBe(200);
    expect(claimedByB.body).toMatchObject({ id: t1.id, claimedBy: 'wz.hall.officer2' });
    expect((await call('GET', taskPath(t1.id), undefined, 'wz.hall.officer')).body).toMatchObject({ id: t1.id, claimedBy: 'wz.hall.officer2' });

    // A holds m2, B holds m1, nobody m3.
    expect((await call('POST', taskPath(t2.id, 'claim'), undefined, 'wz.hall.officer')).status).toBe(200);
    expect(await mattersIn('wz.hall.officer', 'claimed=mine')).toEqual([m2]);
    expect(await mattersIn('wz.hall.officer', 'claimed=others')).toEqual([m1]);
    expect(await mattersIn('wz.hall.officer', 'claimed=unclaimed')).toEqual([m3]);
    expect(await mattersIn('wz.hall.officer2', 'claimed=mine')).toEqual([m1]);
    expect(await mattersIn('wz.hall.officer2', 'claimed=others')).toEqual([m2]);
    expect(await mattersIn('wz.hall.officer2', 'claimed=unclaimed')).toEqual([m3]);

    expect(await mattersIn('wz.hall.officer', 'kind=hire')).toEqual([m1, m2, m3].sort());
    expect(await inbox('wz.hall.officer', 'kind=transfer')).toMatchObject({ items: [], total: 0 });
    expect(await mattersIn('wz.hall.officer', 'step=hall')).toEqual([m1, m2, m3].sort());
    expect(await inbox('wz.hall.officer', 'step=competent')).toMatchObject({ items: [], total: 0 });
    expect((await call('GET', '/api/v1/tasks?step=departments', undefined, 'wz.hall.officer')).status).toBe(400);

    const pages = [];
    for (const page of [1, 2, 3, 4]) pages.push(await inbox('wz.hall.officer', `pageSize=1&page=${page}`));
    for (const [index, listed] of pages.entries()) expect(listed).toMatchObject({ total: 3, page: index + 1, pageSize: 1 });
    expect(pages.slice(0, 3).map((p) => p.items.length)).toEqual([1, 1, 1]);
    expect(pages[3]!.items).toEqual([]);
    expect(pages.slice(0, 3).map((p) => p.items[0]!.matterId).sort()).toEqual([m1, m2, m3].sort());

    // Another organisation's task is as good as missing.
    const foreign = await call('GET', taskPath(t1.id), undefined, 'qz.hall.officer');
    expect(foreign.status).toBe(404);
    expect(foreign.body.error).toBe('not_found');
    expect((await call('POST', taskPath(t3.id, 'claim'), undefined, 'qz.hall.officer')).status).toBe(404);
    expect((await call('GET', taskPath(t3.id), undefined, 'wz.hall.officer')).body).toMatchObject({ id: t3.id, claimedBy: null });

    // B, the claimer, decides: the task leaves both inboxes and can no longer be claimed.
    const approvedByB = await decide(m1, 'hall', 'wz.hall.officer2');
    expect(approvedByB.status, JSON.stringify(approvedByB.body)).toBe(200);
    expect(approvedByB.body).toMatchObject({ status: 'handling', stage: 'departments' });
    await untilInbox('wz.hall.officer', [m2, m3]);
    await untilInbox('wz.hall.officer2', [m2, m3]);
    await untilInbox('wz.hall.officer2', [], 'claimed=mine');
    const claimClosed = await call('POST', taskPath(t1.id, 'claim'), undefined, 'wz.hall.officer');
    expect(claimClosed.status).toBe(409);
    expect(claimClosed.body.error).toBe('task_closed');
    const stillClaimed = await call('GET', taskPath(t1.id), undefined, 'wz.hall.officer2');
    expect(stillClaimed.body).toMatchObject({ claimedBy: 'wz.hall.officer2', closedAt: expect.any(String) });

    await withdraw([m2, m3], 'wz.hospital.clerk');
    await untilInbox('wz.hall.officer', []);
  });
});
