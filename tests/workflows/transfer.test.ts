/**
 * The transfer workflow on the time-skipping server with the real department activities on
 * a real PostgreSQL: parallel competent review, countersignature level by level, and the
 * releasing unit's registrations moving to the receiving unit (or staying, when it fails).
 */
import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { departmentLedger, matters } from '../../db/schema';
import type { TransferForm } from '../../schemas/forms/transfer';
import type { MatterState } from '../../schemas/matter';
import { hireFormFor, transferFormFor, transferFromOutsideFor, unitCode } from '../../samples/forms';
import { sealStoredPersonalData } from '../../vault/at-rest';
import { testVault, workflowSuite } from '../support/harness';
import { approve, decideAs, resubmitAs, settled, startMatter, waitForStatus } from '../support/matters';

const suite = workflowSuite();

const ledgerOf = (matterId: string) => suite.db.db.select().from(departmentLedger).where(eq(departmentLedger.matterId, matterId));

/** The person was hired by the releasing unit earlier, so its offices hold their registrations. */
async function hiredByReleasingUnit(form: TransferForm, applicationNo: string): Promise<string> {
  const hire = hireFormFor({ applicationNo });
  const handle = await startMatter(suite.env.client, 'hire', {
    ...hire,
    unit: { ...hire.unit, code: form.releasingUnit.code, name: form.releasingUnit.name },
    person: form.person,
  });
  await approve(handle, 'competent');
  await approve(handle, 'hall');
  expect((await settled(handle)).status).toBe('completed');
  return handle.workflowId;
}

describe('transfer', () => {
  it('is reviewed by both competent departments in parallel, then the hall, and moves the registrations from the releasing unit', async () => {
    const form = transferFormFor({ applicationNo: 'TR-1', identitySuffix: '211' });
    const hireId = await hiredByReleasingUnit(form, 'TR-1-HIRE');
    const handle = await startMatter(suite.env.client, 'transfer', form);

    const receiving = form.unit.competentDepartment.code;
    const releasing = form.releasingUnit.competentDepartment!.code;
    const afterReleasing = await approve(handle, 'competent', releasing);
    expect(afterReleasing).toMatchObject({ status: 'reviewing', stage: 'competent', waitingFor: { organisations: [receiving] } });
    expect(await approve(handle, 'competent', receiving)).toMatchObject({ stage: 'hall' });
    await approve(handle, 'hall');
    const final: MatterState = await settled(handle);

    expect(final.status).toBe('completed');
    expect(final.decisions.map((d) => `${d.step}:${d.actor?.organisation}`)).toEqual([`competent:${releasing}`, `competent:${receiving}`, 'hall:hall-640300']);
    const rows = await ledgerOf(handle.workflowId);
    expect(rows.map((r) => r.department).sort()).toEqual(['archive', 'injury', 'pension', 'personnel', 'sscard', 'unemployment', 'wage']);
    expect(rows.every((r) => r.unitCode === form.unit.code)).toBe(true);

    const releasingRows = await ledgerOf(hireId);
    const ended = releasingRows.filter((r) => r.endedByMatter === handle.workflowId).map((r) => r.department).sort();
    expect(ended).toEqual(['archive', 'injury', 'pension', 'personnel', 'unemployment', 'wage']);
  });

  it('from outside the region’s institutions is countersigned level by level, and a level that returns it resumes there after correction', async () => {
    const fromEnterprise = transferFromOutsideFor({ applicationNo: 'TR-2', identitySuffix: '213' });
    const handle = await startMatter(suite.env.client, 'transfer', fromEnterprise);

    expect(await approve(handle, 'competent')).toMatchObject({ stage: 'hall' });
    const atCountersign = await approve(handle, 'hall');
    expect(atCountersign).toMatchObject({
      status: 'countersigning',
      stage: 'countersign-1',
      specialCase: { source: 'rule', rule: 'from-outside-institutions' },
      waitingFor: { role: 'countersigner', title: '经办人审核', organisations: ['personnel-division-640300'] },
    });
    await approve(handle, 'countersign-1');
    const returned = await decideAs(handle, { step: 'countersign-2', decision: 'return', problems: [{ field: 'transfer.reason', message: '请说明引进理由' }] });
    expect(returned).toMatchObject({ status: 'correcting', problems: [{ field: 'transfer.reason' }] });

    const corrected = { ...fromEnterprise, transfer: { ...fromEnterprise.transfer, reason: '引进急需紧缺专业技术人才' } };
    expect(await resubmitAs(handle, corrected)).toMatchObject({ status: 'countersigning', stage: 'countersign-2', formVersion: 2 });
    await approve(handle, 'countersign-2');
    await approve(handle, 'countersign-3');
    const final: MatterState = await settled(handle);

    expect(final.status).toBe('completed');
    expect(final.decisions.map((d) => `${d.step}:${d.decision}`)).toEqual([
      'competent:approve',
      'hall:approve',
      'countersign-1:approve',
      'countersign-2:return',
      'countersign-2:approve',
      'countersign-3:approve',
    ]);
    expect(await ledgerOf(handle.workflowId)).toHaveLength(7);
  });

  it('whose pension a third unit holds goes to exception; the hall’s rejection revokes what was registered and restores the releasing unit’s', async () => {
    const form = transferFormFor({ applicationNo: 'TR-3', identitySuffix: '215' });
    const hireId = await hiredByReleasingUnit(form, 'TR-3-HIRE');
    await enrolledInPensionAt(unitCode('12640100MB0009999'), form);

    const handle = await startMatter(suite.env.client, 'transfer', form);
    await approve(handle, 'competent');
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    const exception = await waitForStatus(handle, 'exception');
    expect(exception.departments.filter((d) => d.status === 'failed').map((d) => d.code)).toEqual(['pension']);

    await decideAs(handle, { step: 'hall', decision: 'reject', reason: '养老保险关系未转出' });
    const final: MatterState = await settled(handle);

    expect(final).toMatchObject({ status: 'rejected', outcome: '养老保险关系未转出' });
    expect(final.departments.filter((d) => d.status === 'revoked').map((d) => d.code).sort()).toEqual(['archive', 'injury', 'personnel', 'sscard', 'unemployment', 'wage']);
    const own = await ledgerOf(handle.workflowId);
    expect(own).toHaveLength(6);
    expect(own.every((r) => r.revokedAt !== null)).toBe(true);
    const releasingInForce = await suite.db.db.select().from(departmentLedger).where(and(eq(departmentLedger.matterId, hireId), isNull(departmentLedger.endedByMatter)));
    expect(releasingInForce).toHaveLength(8);
  });
});

/** A pension enrolment recorded before this system (a migrated record, sealed by the start-up data step), held by another unit. */
async function enrolledInPensionAt(unit: string, form: TransferForm): Promise<void> {
  const id = `${unit}-LEGACY`;
  const now = new Date();
  await suite.db.db.insert(matters).values({
    id, kind: 'hire', unitCode: unit, applicationNo: 'LEGACY', region: '640100', status: 'completed', stage: 'completed',
    waitingFor: null, specialCase: null, departments: [], decisions: [], problems: [], form: {}, formVersion: 1, submittedAt: now, updatedAt: now, version: 1,
  });
  await suite.db.db.insert(departmentLedger).values({
    department: 'pension', matterId: id, idempotencyKey: `${id}/pension/v1`, receipt: 'YLLEGACY0001', unitCode: unit, personIdNumber: form.person.identityNumber, details: {},
  });
  await sealStoredPersonalData(suite.db.db, testVault);
}
