/**
 * The audit events a snapshot attests: a department's refusal is recorded under the form
 * version it refused, from whichever snapshot shows it first, and never again under a later one.
 */
import { describe, expect, it } from 'vitest';
import { auditEventsOf } from '../../activities/audit';
import { hire } from '../../matters/hire';
import { openingState } from '../../matters/opening-state';
import { hireFormFor } from '../../samples/forms';
import type { DecisionRecord, MatterState } from '../../schemas/matter';

const form = hireFormFor({ applicationNo: 'AUDIT-U' });
const opening = openingState(hire, form, 'M-1', '2026-11-30T01:00:00.000Z');
const at = '2026-11-30T02:00:00.000Z';

const approvals: DecisionRecord[] = [
  { step: 'competent', decision: 'approve', actor: { id: 'wjw-reviewer', organisation: 'WJW' }, at },
  { step: 'hall', decision: 'approve', actor: { id: 'hall-officer', organisation: 'hall-640300' }, at },
];
const exceptionReturn: DecisionRecord = {
  step: 'hall',
  decision: 'return',
  problems: [{ field: 'pension', message: '养老保险：已参保' }],
  actor: { id: 'hall-officer', organisation: 'hall-640300' },
  at,
};

const withPensionRefused = (patch: Partial<MatterState>): MatterState => ({
  ...opening,
  departments: opening.departments.map((d) => (d.code === 'pension' ? { ...d, status: 'failed', reason: '已参保' } : { ...d, status: 'done', receipt: `${d.code}-1` })),
  decisions: approvals,
  updatedAt: at,
  ...patch,
});

const refusals = (state: MatterState) => auditEventsOf(state).filter((e) => e.action === 'department-refused').map((e) => e.eventKey);

describe('audit events of a snapshot', () => {
  it('records a refusal from the exception and the correction it asked for, under the version refused', () => {
    expect(refusals(withPensionRefused({ status: 'exception' }))).toEqual(['M-1/department/pension/failed/v1']);
    expect(
      refusals(withPensionRefused({ status: 'correcting', decisions: [...approvals, exceptionReturn], problems: exceptionReturn.problems! })),
    ).toEqual(['M-1/department/pension/failed/v1']);
  });

  it('does not record it again once the form was corrected, whatever follows', () => {
    const corrected = { decisions: [...approvals, exceptionReturn], formVersion: 2 };
    expect(refusals(withPensionRefused({ ...corrected, status: 'reviewing' }))).toEqual([]);
    const returnedAgain: DecisionRecord = { step: 'hall', decision: 'return', problems: [{ field: 'person.name', message: '姓名有误' }], at };
    expect(refusals(withPensionRefused({ ...corrected, decisions: [...corrected.decisions, returnedAgain], status: 'correcting', problems: returnedAgain.problems! }))).toEqual([]);
    expect(refusals(withPensionRefused({ ...corrected, status: 'withdrawn' }))).toEqual([]);
    expect(refusals(withPensionRefused({ ...corrected, status: 'rejected' }))).toEqual([]);
  });

  it('records a refusal seen first when the unit withdrew while departments were at work', () => {
    expect(refusals(withPensionRefused({ status: 'withdrawn', completedAt: at }))).toEqual(['M-1/department/pension/failed/v1']);
  });

  it('names registrations by receipt, decisions by index, and who closed the matter', () => {
    const reject: DecisionRecord = { step: 'hall', decision: 'reject', reason: '不符合条件', actor: { id: 'hall-chief', organisation: 'hall-640300' }, at };
    const events = auditEventsOf(withPensionRefused({ status: 'rejected', decisions: [...approvals, reject], completedAt: at }));
    expect(events.filter((e) => e.action === 'department-registered').map((e) => e.eventKey)).toContain('M-1/department/wage/done/wage-1');
    expect(events.find((e) => e.eventKey === 'M-1/decision/2')).toMatchObject({ action: 'decided', outcome: 'rejected', actor: 'hall-chief', role: 'hall-officer', step: 'hall' });
    expect(events.at(-1)).toMatchObject({ eventKey: 'M-1/closed', action: 'rejected', actor: 'hall-chief', organisation: 'hall-640300' });
  });
});
