/**
 * The audit events a snapshot attests: a department's refusal is recorded under the form
 * version it refused, from whichever snapshot shows it first, and never again under a later one;
 * a message the matter refused is recorded once, whichever later snapshot still lists it.
 */
import { describe, expect, it } from 'vitest';
import { auditEventsOf } from '../../activities/audit';
import { hire } from '../../matters/hire';
import { openingState } from '../../matters/opening-state';
import { hireFormFor } from '../../samples/forms';
import type { DecisionRecord, MatterState, RefusedMessage } from '../../schemas/matter';

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

  it('records each refused message under its number, wherever it sits in the kept list and whenever a retried task stamped it', () => {
    const byClerk: RefusedMessage = {
      message: 'decision',
      step: 'competent',
      actor: { id: 'clerk-1', role: 'unit-clerk', organisation: opening.unitCode },
      reason: 'step competent waits for role competent-reviewer',
      at,
      seq: 1,
    };
    const anonymous: RefusedMessage = { message: 'withdrawal', reason: 'only a unit-clerk withdraws', at: '2026-11-30T03:00:00.000Z', seq: 2 };
    const refused = (state: MatterState) => auditEventsOf(state).filter((e) => e.action === 'message-refused');

    const first = refused({ ...opening, refusedMessages: [byClerk, anonymous] });
    expect(first).toEqual([
      {
        eventKey: 'M-1/refused/1',
        matterId: 'M-1',
        at: new Date(at),
        actor: 'clerk-1',
        organisation: opening.unitCode,
        role: 'unit-clerk',
        action: 'message-refused',
        step: 'competent',
        outcome: 'denied',
        details: { message: 'decision', reason: byClerk.reason },
      },
      expect.objectContaining({ eventKey: 'M-1/refused/2', actor: 'unknown', organisation: 'unknown', role: 'unknown', step: null }),
    ]);
    // The oldest dropped from the kept list: the one still listed keeps its key.
    expect(refused({ ...opening, refusedMessages: [anonymous] }).map((e) => e.eventKey)).toEqual([first[1]!.eventKey]);
    // The same message taken again by a workflow task tried anew, a moment later: the same event.
    const restamped = { ...byClerk, at: '2026-11-30T02:00:10.000Z' };
    expect(refused({ ...opening, refusedMessages: [restamped] }).map((e) => e.eventKey)).toEqual([first[0]!.eventKey]);
  });

  it('records a message refused before messages were numbered under its moment, kind, step and sender', () => {
    const unnumbered: RefusedMessage = { message: 'withdrawal', reason: 'only a unit-clerk withdraws', at: '2026-11-30T03:00:00.000Z' };
    const events = auditEventsOf({ ...opening, refusedMessages: [unnumbered] }).filter((e) => e.action === 'message-refused');
    expect(events.map((e) => e.eventKey)).toEqual(['M-1/refused/2026-11-30T03:00:00.000Z/withdrawal/-/unknown']);
  });

  it('names the clerk who submitted, corrected and withdrew, and the unit alone for matters from before sign-in', () => {
    const clerk = { id: 'wz.hospital.clerk', role: 'unit-clerk' as const, organisation: form.unit.code };
    const corrector = { ...clerk, id: 'svc.wz-hospital-hr' };
    const by = (state: MatterState, action: string) => auditEventsOf(state).find((e) => e.action === action);
    expect(by({ ...opening, formBy: clerk }, 'submitted')).toMatchObject({ actor: 'wz.hospital.clerk', organisation: form.unit.code, role: 'unit-clerk' });
    expect(by({ ...opening, formVersion: 2, formBy: corrector }, 'corrected')).toMatchObject({ actor: 'svc.wz-hospital-hr', role: 'unit-clerk' });
    const withdrawn = { ...opening, status: 'withdrawn' as const, completedAt: at, withdrawnBy: clerk };
    expect(by(withdrawn, 'withdrawn')).toMatchObject({ actor: 'wz.hospital.clerk', role: 'unit-clerk' });
    expect(by(opening, 'submitted')).toMatchObject({ actor: 'unit', organisation: form.unit.code });
  });
});
