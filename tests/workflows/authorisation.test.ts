/**
 * Who may send a matter what, enforced by the workflow itself so no path around the API
 * (a raw Update or Signal from the CLI or Temporal UI) decides, corrects or withdraws for
 * someone else: a refused Update leaves no trace in history (the API audits it); a refused
 * Signal is ignored and kept on the matter and in the audit trail.
 */
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditEvents } from '../../db/schema';
import { hireFormFor, transferFormFor } from '../../samples/forms';
import type { Actor, MatterState } from '../../schemas/matter';
import { decide, decideSignal, matterStateQuery, resubmitForm, withdraw, withdrawSignal } from '../../workflows/messages';
import { operatorToken } from '../support/auth';
import { workflowSuite } from '../support/harness';
import { updateEvents } from '../support/history';
import { approve, awaitedReviewer, decideAs, settled, startMatter, unitClerkOf, withdrawAs } from '../support/matters';

const suite = workflowSuite();

let counter = 0;
async function submit() {
  const form = hireFormFor({ applicationNo: `AUTH-${++counter}`, identitySuffix: String(700 + counter) });
  return { form, handle: await startMatter(suite.env.client, 'hire', form) };
}

/** A competent department, but not the one this hire's unit answers to. */
const otherCompetentReviewer: Actor = { id: 'other-reviewer', role: 'competent-reviewer', organisation: transferFormFor().unit.competentDepartment.code };
/** The clerk of another unit. */
const otherUnitClerk = unitClerkOf(hireFormFor({ unitSerial: '7' }).unit.code);

/** The failure type a refused Update carries, which the API turns into a status code. */
async function refusalOf(update: Promise<unknown>): Promise<string | undefined> {
  const error = await update.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (error as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  return (cause as ApplicationFailure).type ?? undefined;
}

/** What a taken message would change; the time limits are left out, as the clock plans them on its own time. */
async function progress(handle: WorkflowHandle) {
  const { status, stage, waitingFor, decisions, formVersion, problems, refusedMessages } = await handle.query(matterStateQuery);
  return { status, stage, waitingFor, decisions, formVersion, problems, refusedMessages };
}

function stateOnceRefused(handle: WorkflowHandle, count: number): Promise<MatterState> {
  return vi.waitFor(
    async () => {
      const state = await handle.query(matterStateQuery);
      if (state.refusedMessages.length < count) throw new Error(`${state.refusedMessages.length} refused so far`);
      return state;
    },
    { timeout: 20_000, interval: 50 },
  );
}

function refusalsAudited(matterId: string, count: number) {
  return vi.waitFor(
    async () => {
      const rows = await suite.db.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.matterId, matterId), eq(auditEvents.action, 'message-refused')))
        .orderBy(auditEvents.id);
      if (rows.length < count) throw new Error(`${rows.length} audited so far`);
      return rows;
    },
    { timeout: 20_000, interval: 50 },
  );
}

describe('decisions', () => {
  it('refuses an Update from the wrong role, or from the right role of another organisation, as NotAuthorised, changing nothing', async () => {
    const { form, handle } = await submit();
    const before = await progress(handle);
    const clerk = unitClerkOf(form.unit.code);

    expect(await refusalOf(handle.executeUpdate(decide, { args: [{ step: 'competent', decision: 'approve', actor: clerk }] }))).toBe('NotAuthorised');
    expect(await refusalOf(handle.executeUpdate(decide, { args: [{ step: 'competent', decision: 'approve', actor: otherCompetentReviewer }] }))).toBe('NotAuthorised');
    expect(await refusalOf(handle.executeUpdate(decide, { args: [{ step: 'competent', decision: 'approve' }] }))).toBe('NotAuthorised');
    expect(await progress(handle)).toEqual(before);
    expect(updateEvents(await handle.fetchHistory())).toEqual({ accepted: 0, rejected: 0 });

    expect(await approve(handle, 'competent')).toMatchObject({ stage: 'hall', decisions: [{ step: 'competent', actor: { role: 'competent-reviewer', organisation: form.unit.competentDepartment.code } }] });
    // A step not waited for stays a conflict (409) whoever sends it.
    expect(await refusalOf(handle.executeUpdate(decide, { args: [{ step: 'competent', decision: 'approve', actor: clerk }] }))).toBe('WrongStep');
    await withdrawAs(handle);
  });

  it('ignores the same as a raw Signal, keeps it on the matter and in the audit trail, then takes the right reviewer’s', async () => {
    const { form, handle } = await submit();
    const clerk = unitClerkOf(form.unit.code);
    await handle.signal(decideSignal, { step: 'competent', decision: 'approve', actorToken: await operatorToken(clerk) });
    await stateOnceRefused(handle, 1);
    await handle.signal(decideSignal, { step: 'competent', decision: 'approve', actorToken: await operatorToken(otherCompetentReviewer) });

    const refused = await stateOnceRefused(handle, 2);
    expect(refused).toMatchObject({ status: 'reviewing', stage: 'competent', decisions: [] });
    expect(refused.refusedMessages).toMatchObject([
      { message: 'decision', step: 'competent', actor: clerk, reason: expect.stringContaining('waits for role competent-reviewer'), seq: 1 },
      { message: 'decision', step: 'competent', actor: otherCompetentReviewer, seq: 2 },
    ]);
    const audited = await refusalsAudited(handle.workflowId, 2);
    expect(audited).toMatchObject([
      { actor: clerk.id, role: 'unit-clerk', organisation: form.unit.code, step: 'competent', outcome: 'denied', details: { message: 'decision' } },
      { actor: otherCompetentReviewer.id, role: 'competent-reviewer', organisation: otherCompetentReviewer.organisation, outcome: 'denied' },
    ]);

    const reviewer = await awaitedReviewer(handle, 'competent');
    await handle.signal(decideSignal, { step: 'competent', decision: 'approve', actorToken: await operatorToken(reviewer) });
    const decided = await vi.waitFor(
      async () => {
        const state = await handle.query(matterStateQuery);
        if (state.stage !== 'hall') throw new Error(`matter is at ${state.stage}`);
        return state;
      },
      { timeout: 20_000, interval: 50 },
    );
    expect(decided.decisions).toMatchObject([{ step: 'competent', decision: 'approve', actor: reviewer }]);
    expect(decided.refusedMessages).toHaveLength(2);
    await withdrawAs(handle);
  });
});

describe('withdrawal', () => {
  it('is refused as an Update from another unit or another role, and ignored and recorded as a Signal', async () => {
    const { form, handle } = await submit();
    const before = await progress(handle);
    const ownCompetent: Actor = { id: 'reviewer', role: 'competent-reviewer', organisation: form.unit.competentDepartment.code };

    expect(await refusalOf(handle.executeUpdate(withdraw, { args: [{ reason: '不是本单位', actor: otherUnitClerk }] }))).toBe('NotAuthorised');
    expect(await refusalOf(handle.executeUpdate(withdraw, { args: [{ reason: '主管部门代撤', actor: ownCompetent }] }))).toBe('NotAuthorised');
    expect(await progress(handle)).toEqual(before);

    await handle.signal(withdrawSignal, { reason: '不是本单位', actorToken: await operatorToken(otherUnitClerk) });
    const refused = await stateOnceRefused(handle, 1);
    expect(refused).toMatchObject({ status: 'reviewing', stage: 'competent' });
    expect(refused.refusedMessages).toMatchObject([{ message: 'withdrawal', actor: otherUnitClerk, reason: expect.stringContaining(`only a unit-clerk of ${form.unit.code}`) }]);
    expect(await refusalsAudited(handle.workflowId, 1)).toMatchObject([{ actor: otherUnitClerk.id, organisation: otherUnitClerk.organisation, step: null, details: { message: 'withdrawal' } }]);

    await handle.signal(withdrawSignal, { reason: '拟聘人员放弃聘用', actorToken: await operatorToken(unitClerkOf(form.unit.code)) });
    expect(await settled(handle)).toMatchObject({ status: 'withdrawn', outcome: '拟聘人员放弃聘用' });
  });
});

describe('correction', () => {
  it('is refused from another unit, and taken from the filing unit’s clerk', async () => {
    const { form, handle } = await submit();
    await decideAs(handle, { step: 'competent', decision: 'return', problems: [{ field: 'wage.salaryGrade', message: '薪级有误' }] });
    const correcting = await progress(handle);
    const corrected = { ...form, wage: { ...form.wage, salaryGrade: 15 } };

    expect(await refusalOf(handle.executeUpdate(resubmitForm, { args: [corrected, otherUnitClerk] }))).toBe('NotAuthorised');
    expect(await refusalOf(handle.executeUpdate(resubmitForm, { args: [corrected] }))).toBe('NotAuthorised');
    expect(await progress(handle)).toEqual(correcting);

    expect(await handle.executeUpdate(resubmitForm, { args: [corrected, unitClerkOf(form.unit.code)] })).toMatchObject({ status: 'reviewing', stage: 'competent', formVersion: 2 });
    await withdrawAs(handle);
  });
});
