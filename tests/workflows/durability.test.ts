/**
 * A matter never fails for an infrastructure reason (issue 19), on the time-skipping test
 * server with the real activities on a real PostgreSQL: a department's system down past its
 * part's window puts the matter in the operators' exception, from which the hall has the part
 * run again; a withdrawal while a part is in flight waits for it and revokes everything
 * registered (an operator's cancel, in tests/e2e/cancellation.test.ts, needs the real server).
 */
import type { WorkflowHandle } from '@temporalio/client';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { departmentLedger } from '../../db/schema';
import type { MatterState } from '../../schemas/matter';
import { hireFormFor } from '../../samples/forms';
import type { DepartmentTask } from '../../activities/types';
import { matterStateQuery } from '../../workflows/messages';
import { Gates } from '../../scripts/lib/gates';
import { workflowSuite } from '../support/harness';
import { updateEvents } from '../support/history';
import { approve, decideAs, settled, startMatter, waitForStatus, withdrawAs } from '../support/matters';

/** The wage office's system, down for the matters whose id ends in DOWN while this is set. */
let wageDown = true;

/** Archive parts held in flight until the test opens their matter's gate. */
const gates = new Gates();

const suite = workflowSuite({
  activities: (real) => ({
    ...real,
    wageHandle: async (task: DepartmentTask) => {
      if (wageDown && task.matterId.endsWith('DOWN')) throw new Error('connect ECONNREFUSED wage system');
      return real.wageHandle(task);
    },
    archiveHandle: async (task: DepartmentTask) => {
      if (task.matterId.endsWith('GATED')) await gates.pass(task.matterId);
      return real.archiveHandle(task);
    },
  }),
});

let counter = 0;
async function approvedHire(tag: string): Promise<WorkflowHandle> {
  const handle = await startMatter(suite.env.client, 'hire', hireFormFor({ applicationNo: `D${++counter}-${tag}`, identitySuffix: String(700 + counter) }));
  await approve(handle, 'competent');
  await approve(handle, 'hall');
  return handle;
}

async function ledgerRows(matterId: string) {
  return suite.db.db.select().from(departmentLedger).where(eq(departmentLedger.matterId, matterId));
}

async function statusName(handle: WorkflowHandle): Promise<string> {
  return (await handle.describe()).status.name;
}

describe('an infrastructure failure is never the matter’s end', () => {
  it('a department down past its part’s window: exception for the hall, who has the part run again once the system is back', async () => {
    const handle = await approvedHire('DOWN');
    const handling: MatterState = await handle.query(matterStateQuery);
    const due = Date.parse(handling.sla.step!.due);
    // Past the departments step's due time (and the part's own budget), in virtual time.
    await suite.env.sleep(Math.max(due - Date.now(), 0) + 2 * 3_600_000);

    const exception = await waitForStatus(handle, 'exception');
    expect(await statusName(handle)).toBe('RUNNING');
    expect(exception.departments.filter((d) => d.status !== 'done').map((d) => [d.code, d.status, d.outage])).toEqual([['wage', 'failed', true]]);
    expect(exception.waitingFor).toMatchObject({ step: 'hall', role: 'hall-officer' });

    wageDown = false;
    await decideAs(handle, { step: 'hall', decision: 'retry' });
    const final = await settled(handle);
    expect(final.status).toBe('completed');
    const rows = await ledgerRows(handle.workflowId);
    expect(rows.filter((r) => r.department === 'wage')).toHaveLength(1);
    expect(rows).toHaveLength(8);
  });

  it('a withdrawal while a part is in flight waits for it, then revokes all eight', async () => {
    const handle = await approvedHire('W-GATED');
    await gates.for(handle.workflowId).entered;
    const acceptedBefore = updateEvents(await handle.fetchHistory()).accepted;
    const withdrawal = withdrawAs(handle, '单位撤回 / withdrawn by the unit');
    // The withdrawal is accepted while the archive part is still at work; the matter waits for it.
    await vi.waitFor(async () => expect(updateEvents(await handle.fetchHistory()).accepted).toBe(acceptedBefore + 1), { timeout: 30_000, interval: 100 });
    expect(await statusName(handle)).toBe('RUNNING');
    gates.for(handle.workflowId).open();
    expect((await withdrawal).status).toBe('withdrawn');

    const final = await settled(handle);
    expect(final.status).toBe('withdrawn');
    expect(final.departments.map((d) => d.status)).toEqual(Array(8).fill('revoked'));
    const rows = await ledgerRows(handle.workflowId);
    expect(rows).toHaveLength(8);
    expect(rows.every((r) => r.revokedAt !== null)).toBe(true);
  });
});
