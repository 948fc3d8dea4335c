/**
 * The post-change workflow on the time-skipping server, with the real personnel and wage
 * offices on PostgreSQL: the new appointment replaces the old one on the books, the wage
 * office computes the new wage and its difference, and a promotion into 正高 is countersigned.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { departmentLedger } from '../../db/schema';
import type { MatterState } from '../../schemas/matter';
import { hireFormFor, postChangeFormFor } from '../../samples/forms';
import { workflowSuite } from '../support/harness';
import { approve, decideAs, settled, startMatter } from '../support/matters';

const suite = workflowSuite();

const ledgerOf = (matterId: string) => suite.db.db.select().from(departmentLedger).where(eq(departmentLedger.matterId, matterId));

async function completeWithApprovals(handle: Awaited<ReturnType<typeof startMatter>>, steps: string[]): Promise<MatterState> {
  for (const step of steps) await approve(handle, step);
  return settled(handle);
}

describe('post change', () => {
  it('records the new appointment in place of the hire and the new wage with its difference', async () => {
    const hire = await startMatter(suite.env.client, 'hire', hireFormFor({ applicationNo: 'PC-1-HIRE', identitySuffix: '311' }));
    expect((await completeWithApprovals(hire, ['competent', 'hall'])).status).toBe('completed');

    const handle = await startMatter(suite.env.client, 'post-change', postChangeFormFor({ applicationNo: 'PC-1', identitySuffix: '311' }));
    const final = await completeWithApprovals(handle, ['competent', 'hall']);

    expect(final.status).toBe('completed');
    expect(final.departments.map((d) => `${d.code}:${d.status}`)).toEqual(['personnel:done', 'wage:done']);
    const rows = await ledgerOf(handle.workflowId);
    const wage = rows.find((r) => r.department === 'wage')!;
    // 专技 12 级 590 + 薪级 14 273 = 863 → 专技 10 级 680 + 薪级 16 317 = 997.
    expect(wage.details).toMatchObject({ current: 863, total: 997, difference: 134, salaryGrade: 16 });
    const hireRows = await ledgerOf(hire.workflowId);
    expect(hireRows.filter((r) => r.endedByMatter === handle.workflowId).map((r) => r.department).sort()).toEqual(['personnel', 'wage']);
  });

  it('into 正高 is countersigned by every level of the personnel division; a level that rejects ends it', async () => {
    const form = postChangeFormFor({ applicationNo: 'PC-2', identitySuffix: '313' });
    const toSenior = { ...form, newPost: { category: 'professional' as const, level: 4, title: '主任医师' }, wage: { ...form.wage, newSalaryGrade: 30 } };
    const handle = await startMatter(suite.env.client, 'post-change', toSenior);
    await approve(handle, 'competent');
    expect(await approve(handle, 'hall')).toMatchObject({ status: 'countersigning', specialCase: { rule: 'senior-post' } });
    await approve(handle, 'countersign-1');
    await decideAs(handle, { step: 'countersign-2', decision: 'reject', reason: '聘期考核未达到正高级岗位条件' });
    const final: MatterState = await settled(handle);

    expect(final).toMatchObject({ status: 'rejected', outcome: '聘期考核未达到正高级岗位条件' });
    expect(final.decisions.map((d) => `${d.step}:${d.decision}`)).toEqual(['competent:approve', 'hall:approve', 'countersign-1:approve', 'countersign-2:reject']);
    expect(await ledgerOf(handle.workflowId)).toHaveLength(0);
  });
});
