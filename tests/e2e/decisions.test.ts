/**
 * Decisions exactly once, with deadlines (issue 19), over real HTTP on the stack `npm start`
 * runs. The hall's approval of one matter is held by its acceptance receipt, kept in flight:
 * the API answers 202 with where to poll once its wait is over; the poll answers the outcome
 * once the matter took it; the same request again (the same Idempotency-Key) answers that
 * outcome, another one for the same step is refused. Without a key, the same request sent twice at
 * once is decided once, and one sent after the step moved on is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificateRequest } from '../../activities/types';
import type { MatterState } from '../../schemas/matter';
import { hireFormFor } from '../../samples/forms';
import { tokenFor } from '../support/auth';
import { Gates } from '../../scripts/lib/gates';
import { startTestStack, type TestStack } from '../support/stack';

const gates = new Gates();
let running: TestStack;
let clerk: string;
let reviewer: string;
let hall: string;

beforeAll(async () => {
  running = await startTestStack({
    activities: (real) => ({
      ...real,
      issueCertificates: async (request: CertificateRequest) => {
        if (request.matterId.endsWith('SLOW') && request.kinds.includes('acceptance-receipt')) await gates.pass(request.matterId);
        return real.issueCertificates(request);
      },
    }),
  });
  [clerk, reviewer, hall] = await Promise.all([tokenFor('wz.hospital.clerk'), tokenFor('wz.health.reviewer'), tokenFor('wz.hall.officer')]);
});

afterAll(async () => {
  await running?.stop();
});

const decide = (id: string, body: object, token: string, key?: string) =>
  running.call('POST', `/api/v1/matters/${encodeURIComponent(id)}/decisions`, body, token, key ? { 'idempotency-key': key } : {});

async function submitted(applicationNo: string, identitySuffix: string): Promise<MatterState> {
  const answer = await running.call('POST', '/api/v1/matters/hire', hireFormFor({ applicationNo, identitySuffix }), clerk);
  expect(answer.status).toBe(202);
  return answer.body;
}

describe('a decision over HTTP', () => {
  it('answers 202 with where to poll (whatever the key) while the matter has not taken it, then its outcome; the same key again answers that outcome, another is refused', { timeout: 180_000 }, async () => {
    const matter = await submitted('DECIDE-SLOW', '901');
    expect((await decide(matter.id, { step: 'competent', decision: 'approve' }, reviewer)).status).toBe(200);

    // The longest key, and one the poll address must encode: the address still fits the path parameter's limit.
    const key = `${'hall:approve:DECIDE-SLOW:'.padEnd(127, ':')}1`;
    const first = await decide(matter.id, { step: 'hall', decision: 'approve' }, hall, key);
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ id: matter.id, status: 'pending', poll: expect.stringContaining(`/api/v1/matters/${encodeURIComponent(matter.id)}/decisions/`) });
    expect(first.headers.get('location')).toBe(first.body.poll);
    const poll: string = first.body.poll;
    expect((await running.call('GET', poll, undefined, hall)).status).toBe(202);

    gates.for(matter.id).open();
    const outcome = await running.call('GET', poll, undefined, hall);
    expect(outcome.status).toBe(200);
    expect(outcome.body.decisions.map((d: { step: string }) => d.step)).toEqual(['competent', 'hall']);

    const again = await decide(matter.id, { step: 'hall', decision: 'approve' }, hall, key);
    expect(again.status).toBe(200);
    expect(again.body.decisions).toEqual(outcome.body.decisions);

    const another = await decide(matter.id, { step: 'hall', decision: 'approve' }, hall, 'hall-approve-DECIDE-SLOW-2');
    expect(another.status).toBe(409);
    expect(another.body.error).toBeDefined();
  });

  it('without a key, the same request sent twice at once is decided once; once the step moved on it is refused', async () => {
    const matter = await submitted('DECIDE-TWICE', '902');
    const answers = await Promise.all([
      decide(matter.id, { step: 'competent', decision: 'approve' }, reviewer),
      decide(matter.id, { step: 'competent', decision: 'approve' }, reviewer),
    ]);
    // The second is the same Update while the first is pending, or refused once the step has moved on.
    expect(answers.map((answer) => answer.status).sort()).toEqual(answers.some((answer) => answer.status === 409) ? [200, 409] : [200, 200]);
    const read = await running.call('GET', `/api/v1/matters/${encodeURIComponent(matter.id)}`, undefined, reviewer);
    expect(read.body.decisions.map((d: { step: string }) => d.step)).toEqual(['competent']);

    const late = await decide(matter.id, { step: 'competent', decision: 'approve' }, reviewer);
    expect(late.status).toBe(409);
  });

  it('an unknown decision id answers 404', async () => {
    const matter = await submitted('DECIDE-NONE', '903');
    const answer = await running.call('GET', `/api/v1/matters/${encodeURIComponent(matter.id)}/decisions/no-such-decision`, undefined, reviewer);
    expect(answer.status).toBe(404);
  });
});
