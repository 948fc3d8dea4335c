/**
 * The hire workflow on the time-skipping test server, with the real activities writing to a
 * real PostgreSQL: every path a reviewer or a department can take.
 */
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { and, eq, isNull, ne } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { departmentLedger } from '../../db/schema';
import type { Activities, DepartmentTask } from '../../activities/types';
import type { MatterState } from '../../schemas/matter';
import { hallOf } from '../../schemas/organisation-codes';
import { decideSignal, matterStateQuery } from '../../workflows/messages';
import { operatorToken } from '../support/auth';
import { workflowSuite } from '../support/harness';
import { Gates } from '../../scripts/lib/gates';
import { departmentCode } from '../../schemas/matter';
import { departmentParts, updateEvents } from '../support/history';
import { hireFormFor, type FormOverrides } from '../../samples/forms';
import { approve, decideAs, resubmitAs, settled, startMatter, waitForRefusals, waitForStage, waitForStatus, withdrawAs } from '../support/matters';

let failedOnce = false;
/** Every department's part of a matter whose number ends in PARALLEL, held at work until the test opens its gate. */
const atWork = new Gates();
const suite = workflowSuite({
  activities: (real) => {
    const held = { ...real, ...heldWhenParallel(real) };
    return {
      ...held,
      // The pension office commits its row, then the connection drops before it answers.
      pensionHandle: async (task) => {
        const receipt = await held.pensionHandle(task);
        if (task.matterId.endsWith('FLAKY') && !failedOnce) {
          failedOnce = true;
          throw new Error('connection reset after commit');
        }
        return receipt;
      },
    };
  },
});

/** The activities of every department, wrapped to wait at their gate for a matter whose number ends in PARALLEL. */
function heldWhenParallel(real: Activities): Partial<Activities> {
  return Object.fromEntries(
    departmentCode.options.map((code) => {
      const handle = real[`${code}Handle`];
      const held = async (task: DepartmentTask) => {
        if (task.matterId.endsWith('PARALLEL')) await atWork.pass(`${task.matterId}/${code}`);
        return handle(task);
      };
      return [`${code}Handle`, held];
    }),
  );
}

let counter = 0;
function submit(overrides: FormOverrides = {}): Promise<WorkflowHandle> {
  return startMatter(suite.env.client, 'hire', hireFormFor({ applicationNo: `T${++counter}-${overrides.applicationNo ?? 'A'}`, ...overrides }));
}

async function ledgerRows(matterId: string) {
  return suite.db.db.select().from(departmentLedger).where(eq(departmentLedger.matterId, matterId));
}

describe('hire: review then eight departments in parallel', () => {
  it('completes after the competent department and the hall approve, with one ledger row per department', async () => {
    const handle = await submit();
    const afterCompetent = await approve(handle, 'competent');
    expect(afterCompetent).toMatchObject({ status: 'reviewing', stage: 'hall', waitingFor: { role: 'hall-officer', organisations: ['hall-640300'] } });

    await approve(handle, 'hall');
    const final: MatterState = await settled(handle);

    expect(final.status).toBe('completed');
    expect(final.decisions.map((d) => [d.step, d.decision, d.actor?.id])).toEqual([
      ['competent', 'approve', 'competent-officer'],
      ['hall', 'approve', 'hall-officer'],
    ]);
    expect(final.departments.map((d) => d.status)).toEqual(Array(8).fill('done'));
    const rows = await ledgerRows(handle.workflowId);
    expect(rows.map((r) => r.department).sort()).toEqual(['archive', 'employment', 'injury', 'pension', 'personnel', 'sscard', 'unemployment', 'wage']);
    const wage = rows.find((r) => r.department === 'wage')!;
    expect(wage.details).toMatchObject({ postWage: 590, gradeWage: 273, total: 863, salaryGrade: 14 });
  });

  it('has all eight departments at work at once: each part starts before any of them finishes', async () => {
    const handle = await submit({ applicationNo: 'PARALLEL' });
    await approve(handle, 'competent');
    const hall = approve(handle, 'hall');
    await Promise.all(departmentCode.options.map((code) => atWork.for(`${handle.workflowId}/${code}`).entered));
    expect(await ledgerRows(handle.workflowId)).toHaveLength(0);
    for (const code of departmentCode.options) atWork.for(`${handle.workflowId}/${code}`).open();
    await hall;
    expect((await settled(handle)).status).toBe('completed');

    // Temporal UI shows each part with its summary, all eight recorded by one workflow task.
    const parts = departmentParts(await handle.fetchHistory());
    expect(parts.map((p) => p.activity).sort()).toEqual(departmentCode.options.map((code) => `${code}Handle`).sort());
    expect(new Set(parts.map((p) => p.task)).size).toBe(1);
    expect(parts.find((p) => p.activity === 'wageHandle')?.summary).toMatch(/^工资 · /);
  });

  it('retries a department that failed after writing its row, without a second row', async () => {
    const handle = await submit({ applicationNo: 'FLAKY' });
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    const final: MatterState = await settled(handle);

    expect(failedOnce).toBe(true);
    expect(final.status).toBe('completed');
    const pension = (await ledgerRows(handle.workflowId)).filter((r) => r.department === 'pension');
    expect(pension).toHaveLength(1);
  });
});

describe('hire: decisions that end or return the matter', () => {
  it('ends rejected with the reason when the competent department rejects, and no department runs', async () => {
    const handle = await submit();
    await decideAs(handle, { step: 'competent', decision: 'reject', reason: '岗位不在招聘计划内' });
    const final: MatterState = await settled(handle);

    expect(final).toMatchObject({ status: 'rejected', outcome: '岗位不在招聘计划内' });
    expect(final.departments.every((d) => d.status === 'pending')).toBe(true);
    expect(await ledgerRows(handle.workflowId)).toHaveLength(0);
  });

  it('returns for correction with every problem, refuses an invalid correction, and resumes at the step that returned it', async () => {
    const handle = await submit();
    await approve(handle, 'competent');
    const problems = [
      { field: 'wage.salaryGrade', message: '薪级应按学历核定为 15 / grade should be 15' },
      { field: 'materials', message: '聘用合同缺少单位盖章 / contract lacks the seal' },
    ];
    const returned = await decideAs(handle, { step: 'hall', decision: 'return', problems });
    expect(returned).toMatchObject({ status: 'correcting', stage: 'correction', problems, waitingFor: { role: 'unit-clerk' } });

    const original = (await handle.query(matterStateQuery)).applicationNo;
    const invalid = { ...hireFormFor({ applicationNo: original }), wage: { salaryGrade: 66, effectiveDate: '2026-12-01' } };
    const refusal = await resubmitAs(handle, invalid).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(String((refusal as WorkflowUpdateFailedError).cause?.message)).toContain('wage.salaryGrade');

    const corrected = hireFormFor({ applicationNo: original, salaryGrade: 15 });
    const resumed = await resubmitAs(handle, corrected);
    expect(resumed).toMatchObject({ status: 'reviewing', stage: 'hall', formVersion: 2, problems: [] });

    await approve(handle, 'hall');
    const final: MatterState = await settled(handle);
    expect(final.status).toBe('completed');
    expect(final.decisions.map((d) => `${d.step}:${d.decision}`)).toEqual(['competent:approve', 'hall:return', 'hall:approve']);
    const wage = (await ledgerRows(handle.workflowId)).find((r) => r.department === 'wage')!;
    expect(wage.details).toMatchObject({ salaryGrade: 15 });
  });

  it('lets the unit withdraw while the matter is under review', async () => {
    const handle = await submit();
    const state = await withdrawAs(handle, '拟聘人员放弃聘用');
    expect(state).toMatchObject({ status: 'withdrawn', outcome: '拟聘人员放弃聘用' });
    expect((await settled(handle)).status).toBe('withdrawn');
  });
});

describe('hire: countersignature asked by the hall', () => {
  it('goes level by level through the personnel division when the hall asks, with its reason, and completes', async () => {
    const handle = await submit();
    await approve(handle, 'competent');
    const asked = await decideAs(handle, { step: 'hall', decision: 'countersign', reason: '拟聘岗位与所学专业不完全对口' });
    expect(asked).toMatchObject({ status: 'countersigning', stage: 'countersign-1', specialCase: { source: 'hall', reason: '拟聘岗位与所学专业不完全对口' } });
    for (const step of ['countersign-1', 'countersign-2', 'countersign-3']) await approve(handle, step);
    const final: MatterState = await settled(handle);

    expect(final.status).toBe('completed');
    expect(final.decisions.map((d) => `${d.step}:${d.decision}`)).toEqual([
      'competent:approve',
      'hall:countersign',
      'countersign-1:approve',
      'countersign-2:approve',
      'countersign-3:approve',
    ]);
    expect(await ledgerRows(handle.workflowId)).toHaveLength(8);
  });
});

describe('hire: messages at the wrong moment', () => {
  it('refuses a decision for a step the matter does not wait for, writing nothing to history', async () => {
    const handle = await submit();
    const refused = await approve(handle, 'hall').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((refused as WorkflowUpdateFailedError).cause?.message).toMatch(/step hall is not awaiting a decision/);

    await approve(handle, 'competent');
    const secondForSameStep = await approve(handle, 'competent').catch((e: unknown) => e);
    expect(secondForSameStep).toBeInstanceOf(WorkflowUpdateFailedError);

    const updates = updateEvents(await handle.fetchHistory());
    expect(updates.accepted).toBe(1);
    expect(updates.rejected).toBe(0);
    await withdrawAs(handle);
  });

  it('acts on an operator signal from the sender its token proves, refuses a stale one when it arrives, and one without a valid token', async () => {
    const handle = await submit();
    const { region, waitingFor } = await handle.query(matterStateQuery);
    const competent = { id: 'ops.competent', role: 'competent-reviewer' as const, organisation: waitingFor!.organisations[0] };
    const hall = { id: 'ops.hall', role: 'hall-officer' as const, organisation: hallOf(region) };
    // A decision for a step the matter is not at is refused when it arrives, not kept for later.
    await handle.signal(decideSignal, { step: 'hall', decision: 'approve', actorToken: await operatorToken(hall) });
    await handle.signal(decideSignal, { step: 'competent', decision: 'approve', actorToken: 'not.a.token-of-anyone-at-all' });
    await waitForRefusals(handle, 2);
    await handle.signal(decideSignal, { step: 'competent', decision: 'approve', actorToken: await operatorToken(competent) });
    await waitForStage(handle, 'hall');
    await handle.signal(decideSignal, { step: 'hall', decision: 'approve', actorToken: await operatorToken(hall) });
    const final: MatterState = await settled(handle);
    expect(final.status).toBe('completed');
    expect(final.decisions.map((d) => `${d.step}:${d.actor?.id}`)).toEqual(['competent:ops.competent', 'hall:ops.hall']);
    expect(final.refusedMessages).toMatchObject([
      { message: 'decision', step: 'hall', actor: { id: 'ops.hall' }, reason: expect.stringContaining('step hall is not awaiting a decision') },
      { message: 'decision', step: 'competent', reason: expect.stringContaining('token is not valid') },
    ]);
  });
});

describe('hire: a department refuses its part', () => {
  /** A first hire of the same person by another unit leaves registrations in force. */
  async function personAlreadyHiredElsewhere(identitySuffix: string) {
    const first = await submit({ unitSerial: '9', identitySuffix });
    await approve(first, 'competent');
    await approve(first, 'hall');
    expect((await settled(first)).status).toBe('completed');
  }

  it('puts the matter in exception; the hall returns it and only the refusing departments run again', async () => {
    await personAlreadyHiredElsewhere('123');
    const handle = await submit({ identitySuffix: '123' });
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    const exception = await waitForStatus(handle, 'exception');
    const refused = exception.departments.filter((d) => d.status === 'failed').map((d) => d.code);
    expect(refused.sort()).toEqual(['archive', 'pension', 'personnel', 'unemployment']);
    expect(exception.waitingFor).toMatchObject({ step: 'hall', role: 'hall-officer' });

    const returned = await decideAs(handle, { step: 'hall', decision: 'return', problems: [{ message: '请先办理原单位解聘及社保转移' }] });
    expect(returned.status).toBe('correcting');
    expect(returned.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['pension', 'personnel', 'archive', 'unemployment']));

    // Meanwhile the earlier registrations end (the person left the other unit).
    await suite.db.db.update(departmentLedger).set({ revokedAt: new Date() }).where(and(isNull(departmentLedger.revokedAt), ne(departmentLedger.matterId, handle.workflowId)));
    const doneBefore = (await ledgerRows(handle.workflowId)).map((r) => r.department).sort();

    const resumed = await resubmitAs(handle, hireFormFor({ applicationNo: exception.applicationNo, identitySuffix: '123' }));
    expect(resumed).toMatchObject({ status: 'reviewing', stage: 'hall' });
    await approve(handle, 'hall');
    const final: MatterState = await settled(handle);

    expect(final.status).toBe('completed');
    const rows = await ledgerRows(handle.workflowId);
    const rerun = rows.filter((r) => r.idempotencyKey.endsWith('/v2')).map((r) => r.department).sort();
    expect(rerun).toEqual(['archive', 'pension', 'personnel', 'unemployment']);
    expect(doneBefore).toEqual(['employment', 'injury', 'sscard', 'wage']);
  });

  it('on rejection revokes what the other departments registered', async () => {
    await personAlreadyHiredElsewhere('456');
    const handle = await submit({ identitySuffix: '456' });
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    await waitForStatus(handle, 'exception');

    await decideAs(handle, { step: 'hall', decision: 'reject', reason: '拟聘人员与原单位聘用关系未解除' });
    const final: MatterState = await settled(handle);

    expect(final.status).toBe('rejected');
    expect(final.departments.filter((d) => d.status === 'revoked').map((d) => d.code).sort()).toEqual(['employment', 'injury', 'sscard', 'wage']);
    const rows = await ledgerRows(handle.workflowId);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.revokedAt !== null)).toBe(true);
  });
});
