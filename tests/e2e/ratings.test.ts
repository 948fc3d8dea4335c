/**
 * 好差评 over HTTP on the stack `npm start` runs, by the seeded people: the unit's clerk rates a
 * completed matter once (a second rating is refused); a 差评 opens a rectification task in the
 * supervision office's inbox, due 15 working days after the rating; the supervisor records the
 * steps and the reply reaches the rater; the hall appeals another 差评 and the supervisor upholds
 * it; the statistics and /metrics count what happened.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCalendar } from '../../calendar/store';
import { ratings } from '../../db/schema';
import { hireFormFor } from '../../samples/forms';
import type { RatingView, RectificationView } from '../../schemas/rating';
import { tokenFor } from '../support/auth';
import { startTestStack, type TestStack } from '../support/stack';

let running: TestStack;
const tokens: Record<string, string> = {};
const logins = ['wz.hospital.clerk', 'wz.school.clerk', 'wz.health.reviewer', 'wz.hall.officer', 'wz.supervisor', 'qz.supervisor', 'wz.pension.officer'] as const;

beforeAll(async () => {
  running = await startTestStack();
  for (const login of logins) tokens[login] = await tokenFor(login);
});

afterAll(async () => {
  await running?.stop();
});

const as = (login: (typeof logins)[number]) => ({
  get: (path: string) => running.call('GET', path, undefined, tokens[login]),
  post: (path: string, body: unknown) => running.call('POST', path, body, tokens[login]),
});
const clerk = as('wz.hospital.clerk');
const supervisor = as('wz.supervisor');
const hall = as('wz.hall.officer');

/** A hire of the sample's unit taken to completion by its reviewers. */
async function completedHire(applicationNo: string, identitySuffix: string): Promise<string> {
  const { body } = await clerk.post('/api/v1/matters/hire', hireFormFor({ applicationNo, identitySuffix }));
  await as('wz.health.reviewer').post(`/api/v1/matters/${body.id}/decisions`, { step: 'competent', decision: 'approve' });
  await hall.post(`/api/v1/matters/${body.id}/decisions`, { step: 'hall', decision: 'approve' });
  await running.stack.client.workflow.getHandle(body.id).result();
  return body.id;
}

/** The rectification as projected once its deadline is planned. */
function plannedRectification(matterId: string): Promise<RectificationView> {
  return vi.waitFor(
    async () => {
      const { body } = await clerk.get(`/api/v1/matters/${matterId}/rating`);
      if (!body.rectification?.due) throw new Error('rectification not planned yet');
      return body.rectification;
    },
    { timeout: 20_000, interval: 200 },
  );
}

describe('rating a finished matter', () => {
  let matterId: string;
  let rectification: RectificationView;

  beforeAll(async () => {
    matterId = await completedHire('RATE-1', '621');
  });

  it('refuses a rating while the matter is open, and from anyone but the unit’s clerk', async () => {
    const { body: open } = await clerk.post('/api/v1/matters/hire', hireFormFor({ applicationNo: 'RATE-OPEN', identitySuffix: '623' }));
    // Answered once the matter's projection has the decision, so the matter is on record, open, at the hall.
    await as('wz.health.reviewer').post(`/api/v1/matters/${open.id}/decisions`, { step: 'competent', decision: 'approve' });
    expect(await clerk.post(`/api/v1/matters/${open.id}/rating`, { overall: 'satisfied' })).toMatchObject({ status: 409, body: { error: 'not_rateable' } });
    expect(await hall.post(`/api/v1/matters/${matterId}/rating`, { overall: 'satisfied' })).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect((await as('wz.school.clerk').post(`/api/v1/matters/${matterId}/rating`, { overall: 'satisfied' })).status).toBe(404);
    expect(await clerk.post(`/api/v1/matters/${matterId}/rating`, { overall: 'great' })).toMatchObject({ status: 400, body: { error: 'invalid_input' } });
    expect(await clerk.post(`/api/v1/matters/${matterId}/rating`, { overall: 'satisfied', steps: { countersign: 'basic' } })).toMatchObject({ status: 400 });
    expect((await clerk.get(`/api/v1/matters/${matterId}/rating`)).body.error).toBe('not_rated');
  });

  it('takes one rating, per step too, with Chinese labels in the answer; a second is refused (一事一评)', async () => {
    const rated = await clerk.post(`/api/v1/matters/${matterId}/rating`, {
      overall: 'dissatisfied',
      steps: { competent: 'satisfied', hall: 'very-dissatisfied', departments: { pension: 'basic' } },
      comment: '窗口答复不清楚，往返两次',
    });
    expect(rated.status).toBe(201);
    const view: RatingView = rated.body;
    expect(view).toMatchObject({
      matterId,
      overall: { level: 'dissatisfied', label: '不满意' },
      steps: { competent: { label: '满意' }, hall: { label: '非常不满意' }, departments: { pension: { label: '基本满意' } } },
      comment: '窗口答复不清楚，往返两次',
      poor: true,
      counted: true,
      ratedBy: 'wz.hospital.clerk',
    });

    const again = await clerk.post(`/api/v1/matters/${matterId}/rating`, { overall: 'very-satisfied' });
    expect(again).toMatchObject({ status: 409, body: { error: 'already_rated' } });
    expect((await clerk.get(`/api/v1/matters/${matterId}/rating`)).body.overall.level).toBe('dissatisfied');
    // Whoever may see the matter reads the rating: its region's department officers too.
    expect((await as('wz.pension.officer').get(`/api/v1/matters/${matterId}/rating`)).body.id).toBe(view.id);
  });

  it('keeps the rating as given: the database refuses to change or delete it, and the audit trail has it', async () => {
    await expect(running.db.db.update(ratings).set({ overall: 'very-satisfied' }).where(eq(ratings.matterId, matterId))).rejects.toThrow();
    await expect(running.db.db.delete(ratings).where(eq(ratings.matterId, matterId))).rejects.toThrow();
    expect((await clerk.get(`/api/v1/matters/${matterId}/rating`)).body.overall.level).toBe('dissatisfied');
    const timeline = await clerk.get(`/api/v1/matters/${matterId}/timeline`);
    expect(timeline.body.items).toContainEqual(expect.objectContaining({ action: 'rated', outcome: 'dissatisfied', actor: 'wz.hospital.clerk' }));
  });

  it('opens a rectification task in the supervision office’s inbox, due at the close of office 15 working days after the rating', async () => {
    rectification = await plannedRectification(matterId);
    const rated = (await clerk.get(`/api/v1/matters/${matterId}/rating`)).body as RatingView;
    const calendar = await loadCalendar(running.db.db);
    expect(rectification.due).toBe(calendar.deadlineFor(new Date(rated.ratedAt), 15).toISOString());
    expect(rectification).toMatchObject({ status: 'open', statusLabel: '整改中', stage: 'revisit', stageTitle: '回访核实', office: 'supervision-640300' });

    const inbox = await supervisor.get('/api/v1/tasks?step=rectification');
    expect(inbox.status).toBe(200);
    expect(inbox.body.items).toContainEqual(
      expect.objectContaining({ id: rectification.taskId, matterId, step: 'rectification', title: '差评整改', role: 'supervisor', organisation: 'supervision-640300', due: rectification.due }),
    );
    const bell = await supervisor.get('/api/v1/notifications');
    expect(bell.body.items).toContainEqual(expect.objectContaining({ kind: 'task.assigned', matterId, title: '新待办：差评整改' }));
  });

  it('takes the steps in order from the office’s supervisors, and the reply reaches the rater', async () => {
    const act = (who: ReturnType<typeof as>, action: string) => who.post(`/api/v1/matters/${matterId}/rating/rectification`, { action, note: `${action}：已处理` });
    expect(await act(supervisor, 'reply')).toMatchObject({ status: 409, body: { error: 'not_now' } });
    expect(await act(hall, 'revisit')).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    // The region's own office answers for it; another region's supervisors do not even see the matter.
    expect((await act(as('qz.supervisor'), 'revisit')).status).toBe(404);

    for (const action of ['revisit', 'finding', 'rectify']) expect((await act(supervisor, action)).status).toBe(200);
    const replied = await act(supervisor, 'reply');
    expect(replied.body).toMatchObject({ status: 'replied', statusLabel: '已答复', stage: 'closed' });
    expect(await act(supervisor, 'reply')).toMatchObject({ status: 409, body: { error: 'rectification_closed' } });

    const bell = await clerk.get('/api/v1/notifications?unread=true');
    expect(bell.body.items).toContainEqual(expect.objectContaining({ kind: 'rating.reply', matterId, title: '差评整改已答复' }));
    expect((await supervisor.get('/api/v1/tasks?step=rectification')).body.items.map((task: { matterId: string }) => task.matterId)).not.toContain(matterId);
    const rating = (await clerk.get(`/api/v1/matters/${matterId}/rating`)).body as RatingView;
    expect(rating.rectification?.actions.map((action) => action.title)).toEqual(['回访核实', '核实情况', '整改落实', '答复评价人']);
  });
});

describe('the hall’s appeal and the statistics', () => {
  it('lets the hall appeal a 差评 it finds unfounded; upheld, the rating stays visible with the outcome and leaves the statistics', async () => {
    const matterId = await completedHire('RATE-2', '625');
    expect((await clerk.post(`/api/v1/matters/${matterId}/rating`, { overall: 'very-dissatisfied', comment: '不满意' })).status).toBe(201);
    await plannedRectification(matterId);
    expect((await supervisor.post(`/api/v1/matters/${matterId}/rating/appeal`, { reason: '评价与事实不符' })).status).toBe(403);
    const appealed = await hall.post(`/api/v1/matters/${matterId}/rating/appeal`, { reason: '办理全程符合时限，评价与事实不符' });
    expect(appealed).toMatchObject({ status: 200, body: { appeal: { reason: '办理全程符合时限，评价与事实不符', by: { id: 'wz.hall.officer' } } } });
    const decided = await supervisor.post(`/api/v1/matters/${matterId}/rating/appeal/decision`, { decision: 'upheld', reason: '经回访核实，办理符合规定' });
    expect(decided.body).toMatchObject({ status: 'appeal-upheld', appeal: { decision: 'upheld', decidedBy: { id: 'wz.supervisor' } } });

    const rating = (await clerk.get(`/api/v1/matters/${matterId}/rating`)).body as RatingView;
    expect(rating).toMatchObject({ overall: { level: 'very-dissatisfied', label: '非常不满意' }, counted: false, rectification: { status: 'appeal-upheld', appeal: { decision: 'upheld' } } });
    expect((await clerk.get('/api/v1/notifications')).body.items).toContainEqual(expect.objectContaining({ kind: 'rating.reply', matterId, title: '差评申诉复核结果' }));
    expect((await hall.get('/api/v1/notifications')).body.items).toContainEqual(expect.objectContaining({ kind: 'rating.appeal', matterId, title: '申诉复核结果：申诉成立' }));
  });

  it('is documented in the OpenAPI document', async () => {
    const { body: document } = await running.call('GET', '/openapi.json');
    for (const path of ['/api/v1/matters/{id}/rating', '/api/v1/matters/{id}/rating/rectification', '/api/v1/matters/{id}/rating/appeal', '/api/v1/matters/{id}/rating/appeal/decision', '/api/v1/supervision/ratings']) {
      expect(document.paths, path).toHaveProperty([path]);
    }
    expect(document.paths['/api/v1/matters/{id}/rating'].post.requestBody.content['application/json'].schema.properties.overall.enum).toEqual([
      'very-satisfied',
      'satisfied',
      'basic',
      'dissatisfied',
      'very-dissatisfied',
    ]);
  });

  it('counts satisfaction by region, hall, competent department, department and kind per month, and the rectification on-time rate', async () => {
    const matterId = await completedHire('RATE-3', '627');
    expect((await clerk.post(`/api/v1/matters/${matterId}/rating`, { overall: 'very-satisfied' })).body).toMatchObject({ poor: false, rectification: null });

    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await clerk.get(`/api/v1/supervision/ratings?from=${today}&to=${today}`)).status).toBe(403);
    const { status, body } = await supervisor.get(`/api/v1/supervision/ratings?from=${today}&to=${today}`);
    expect(status).toBe(200);
    const month = today.slice(0, 7);
    // Counted: RATE-1 (不满意, its hall 非常不满意, its competent department 满意, pension 基本满意) and RATE-3 (非常满意); RATE-2 was found unfounded.
    expect(body.unfounded).toBe(1);
    expect(body.satisfaction.region).toEqual([{ subject: '640300', name: '吴忠市', month, rated: 2, satisfied: 1, rate: 0.5 }]);
    expect(body.satisfaction.kind).toEqual([{ subject: 'hire', name: '事业单位聘用工作人员', month, rated: 2, satisfied: 1, rate: 0.5 }]);
    expect(body.satisfaction.hall).toEqual([expect.objectContaining({ subject: 'hall-640300', rated: 2, satisfied: 1 })]);
    expect(body.satisfaction.competent).toEqual([expect.objectContaining({ subject: '11640300MB0000456P', name: '吴忠市卫生健康委员会', rated: 2, satisfied: 2, rate: 1 })]);
    expect(body.satisfaction.department).toContainEqual(expect.objectContaining({ subject: 'pension-640300', rated: 2, satisfied: 1 }));
    expect(body.satisfaction.department).toContainEqual(expect.objectContaining({ subject: 'wage-640300', rated: 2, satisfied: 1 }));
    expect(body.rectification).toEqual([{ region: '640300', month, opened: 2, open: 0, replied: 1, onTime: 1, late: 0, appealUpheld: 1, onTimeRate: 1 }]);

    const metrics = (await running.call('GET', '/metrics')).raw.toString();
    expect(metrics).toContain('yijianshi_ratings_total{kind="hire",level="dissatisfied"} 1');
    expect(metrics).toContain('yijianshi_satisfaction_rate{dimension="region",subject="640300"} 0.5');
    expect(metrics).toContain('yijianshi_rectification_on_time_rate{region="640300"} 1');
  });
});
