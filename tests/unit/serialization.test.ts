/**
 * The compiled answer serialisers write what the zod serialiser wrote: the same JSON for a
 * matter in every shape it takes and for a page of tasks, nothing a schema does not declare, and
 * a missing required field is an error, never a silently shorter answer.
 */
import { describe, expect, it } from 'vitest';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compiledSerializerCompiler } from '../../api/serialization';
import { errorBody } from '../../api/errors';
import { hire } from '../../matters/hire';
import { openingState } from '../../matters/opening-state';
import { hireFormFor } from '../../samples/forms';
import { matterState, type MatterState } from '../../schemas/matter';
import { pageOf } from '../../schemas/paging';

const at = '2026-11-30T02:00:00.000Z';
const opening = openingState(hire, hireFormFor({ applicationNo: 'SER-1' }), 'M-1', '2026-11-30T01:00:00.000Z', { id: 'clerk-1', role: 'unit-clerk', organisation: '12640300MB00012348' });

const countersigned: MatterState = {
  ...opening,
  status: 'completed',
  stage: 'completed',
  waitingFor: null,
  specialCase: { reason: '直接考核高层次人才', source: 'rule', rule: 'direct-assessment' },
  departments: opening.departments.map((d, i) => (i === 0 ? { ...d, status: 'failed', reason: '已参保', outage: true } : { ...d, status: 'done', receipt: `${d.code}-1` })),
  decisions: [
    { step: 'competent', decision: 'approve', actor: { id: 'wjw', organisation: 'WJW' }, at },
    { step: 'hall', decision: 'return', problems: [{ field: 'person.name', message: '姓名有误 "引号" \\ 与换行\n' }], actor: { id: 'hall', organisation: 'hall-640300' }, at },
  ],
  problems: [],
  sla: {
    state: 'overdue',
    limitWorkingDays: 2,
    matter: { due: at, yellowAt: at },
    step: { due: at, yellowAt: at, step: 'hall' },
    remainingMs: 3_600_000,
    cards: [{ card: 'red', scope: 'step', step: 'hall', due: at, at, notified: ['hall-640300', 'hall-chief'] }],
    clock: [{ event: 'paused', at, remainingMs: 1000 }, { event: 'resumed', at, due: at }],
  },
  withdrawnBy: { id: 'clerk-2', organisation: '12640300MB00012348' },
  refusedMessages: [{ message: 'withdrawal', reason: 'only a unit-clerk withdraws', at }],
  outcome: '办结 / completed',
  acceptedAt: at,
  completedAt: at,
  version: 17,
};

function both(schema: z.ZodType) {
  const input = { schema, method: 'GET', url: '/test', httpStatus: '200' } as Parameters<typeof compiledSerializerCompiler>[0];
  return { compiled: compiledSerializerCompiler(input), zod: zodSerializerCompiler(input as Parameters<typeof zodSerializerCompiler>[0]) };
}

describe('compiled answer serialisers', () => {
  it('write a matter as the zod serialiser does, opening or closed, every optional part present or absent', () => {
    const { compiled, zod } = both(matterState);
    for (const state of [opening, countersigned]) expect(JSON.parse(compiled(state))).toEqual(JSON.parse(zod(state)));
  });

  it('write a page of matters and an error body as the zod serialiser does', () => {
    const page = both(pageOf(matterState));
    const data = { items: [opening, countersigned], total: 2, page: 1, pageSize: 20 };
    expect(JSON.parse(page.compiled(data))).toEqual(JSON.parse(page.zod(data)));
    const error = both(errorBody);
    const body = { error: 'invalid_input', message: '有误', problems: [{ field: 'body.x', message: 'required' }], requestId: 'r-1' };
    expect(JSON.parse(error.compiled(body))).toEqual(body);
  });

  it('write nullable values, null or given, as the zod serialiser does, declared parts only', () => {
    const schema = pageOf(z.object({ id: z.string(), due: z.iso.datetime().nullable(), claimedBy: z.string().nullable(), holder: z.object({ login: z.string(), since: z.iso.datetime() }).nullable() }));
    const { compiled, zod } = both(schema);
    const data = {
      items: [
        { id: 't-1', due: null, claimedBy: null, holder: null },
        { id: 't-2', due: at, claimedBy: 'wz.hall.officer', holder: { login: 'wz.hall.officer', since: at, secret: 'x' } },
      ],
      total: 2,
      page: 1,
      pageSize: 20,
    };
    expect(JSON.parse(compiled(data))).toEqual(JSON.parse(zod(data)));
    expect(compiled(data)).not.toContain('secret');
  });

  it('leave out what the schema does not declare', () => {
    const { compiled } = both(matterState);
    const leaky = { ...opening, form: { person: { identityNumber: '640302199001011234' } }, sla: { ...opening.sla, secret: 1 } };
    const written = compiled(leaky);
    expect(written).not.toContain('identityNumber');
    expect(written).not.toContain('secret');
  });

  it('refuse an answer that lacks a required field', () => {
    const { compiled } = both(matterState);
    const { status: _status, ...withoutStatus } = opening;
    expect(() => compiled(withoutStatus)).toThrow(/status/);
  });
});
