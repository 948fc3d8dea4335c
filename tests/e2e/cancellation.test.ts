/**
 * An operator cancels a matter from Temporal UI or the CLI while a department is at work, on
 * the dev server (the time-skipping server refuses to cancel an activity whose completion is
 * still buffered, which the real server accepts): the matter waits for the part in flight,
 * revokes everything the departments registered, and ends withdrawn — its workflow completed,
 * never failed or cancelled half-way.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DepartmentTask } from '../../activities/types';
import { departmentLedger } from '../../db/schema';
import { hireFormFor } from '../../samples/forms';
import { Gates } from '../../scripts/lib/gates';
import { workflowSuite } from '../support/harness';
import { approve, settled, startMatter } from '../support/matters';

const gates = new Gates();
const suite = workflowSuite({
  devServer: true,
  activities: (real) => ({
    ...real,
    archiveHandle: async (task: DepartmentTask) => {
      await gates.pass(task.matterId);
      return real.archiveHandle(task);
    },
  }),
});

describe('an operator’s cancel while a part is in flight', () => {
  it('waits for the part, revokes all eight registrations and ends the matter withdrawn', async () => {
    const handle = await startMatter(suite.env.client, 'hire', hireFormFor({ applicationNo: 'CANCELLED', identitySuffix: '801' }));
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    await gates.for(handle.workflowId).entered;

    await handle.cancel();
    gates.for(handle.workflowId).open();

    const final = await settled(handle);
    expect((await handle.describe()).status.name).toBe('COMPLETED');
    expect(final).toMatchObject({ status: 'withdrawn', stage: 'withdrawn' });
    expect(final.departments.map((d) => d.status)).toEqual(Array(8).fill('revoked'));
    const rows = await suite.db.db.select().from(departmentLedger).where(eq(departmentLedger.matterId, handle.workflowId));
    expect(rows).toHaveLength(8);
    expect(rows.every((r) => r.revokedAt !== null)).toBe(true);
  });
});
