/**
 * 数据同源 over HTTP on the stack `npm start` runs: a completed hire puts the person in the
 * personnel register; the receiving unit, with the person's consent, prefills a transfer from it
 * and types only what changes; the completed transfer shows the person at the receiving unit and
 * no longer at the releasing one; a post change from a post the person does not hold is refused
 * naming the field. Nobody else learns anything (404), and every lookup is audited.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, personnelRegister } from '../../db/schema';
import type { MatterState } from '../../schemas/matter';
import { hireFormFor, postChangeFormFor, transferFormFor } from '../../samples/forms';
import { deciderToken, unitClerkToken } from '../support/auth';
import { startTestStack, type TestStack } from '../support/stack';

let running: TestStack;

beforeAll(async () => {
  running = await startTestStack();
});

afterAll(async () => {
  await running?.stop();
});

const call: TestStack['call'] = (...args) => running.call(...args);
const settled = (id: string): Promise<MatterState> => running.stack.client.workflow.getHandle(id).result();

/** Approves every review step as whoever the matter waits for, until the departments have it, then waits for it to close. */
async function approvedToTheEnd(matter: MatterState): Promise<MatterState> {
  let current = matter;
  while (current.stage === 'competent' || current.stage === 'hall') {
    const step = current.stage;
    current = (await call('POST', `/api/v1/matters/${current.id}/decisions`, { step, decision: 'approve' }, await deciderToken(current))).body;
  }
  return settled(current.id);
}

const prefill = async (identityNumber: string, kind: string, unitCode: string, consent?: string) =>
  call('GET', `/api/v1/people/${identityNumber}/prefill/${kind}${consent ? `?consent=${encodeURIComponent(consent)}` : ''}`, undefined, await unitClerkToken(unitCode));

describe('the personnel register over HTTP', () => {
  it('is kept by a hire and a transfer, prefills the transfer, and refuses a post change from a post not held', async () => {
    const hire = hireFormFor({ applicationNo: 'E2E-REG-1', unitSerial: '61', identitySuffix: '611' });
    const { identityNumber } = hire.person;
    const hired = await call('POST', '/api/v1/matters/hire', hire, await unitClerkToken(hire.unit.code));
    expect(hired.status).toBe(202);
    expect((await approvedToTheEnd(hired.body)).status).toBe('completed');

    // The hiring unit reads the person's employment back as a post change's prefill.
    const own = await prefill(identityNumber, 'post-change', hire.unit.code);
    expect(own.status).toBe(200);
    expect(own.body.form).toMatchObject({ unit: { code: hire.unit.code }, person: { name: hire.person.name, identityNumber }, currentPost: hire.post, wage: { currentSalaryGrade: hire.wage.salaryGrade } });
    expect(own.body.source.matterId).toBe(hired.body.id);

    // The receiving unit learns nothing without the person's consent, nor does a unit for a post change, nor about a stranger.
    const receiving = transferFormFor({ applicationNo: 'E2E-REG-2', unitSerial: '62', identitySuffix: '611' });
    expect((await prefill(identityNumber, 'transfer', receiving.unit.code)).status).toBe(404);
    expect((await prefill(identityNumber, 'post-change', receiving.unit.code, 'TY-2026-0611')).status).toBe(404);
    expect((await prefill(transferFormFor({ identitySuffix: '613' }).person.identityNumber, 'transfer', receiving.unit.code, 'TY-2026-0611')).status).toBe(404);
    expect((await prefill('640302199603150519', 'transfer', receiving.unit.code)).status).toBe(400);

    const consented = await prefill(identityNumber, 'transfer', receiving.unit.code, 'TY-2026-0611');
    expect(consented.status).toBe(200);
    expect(consented.body.form.releasingUnit).toEqual({ ...hire.unit, sector: 'public-institution' });
    expect(consented.body.prefilled).toEqual(expect.arrayContaining(['person.name', 'releasingUnit.code', 'archive.currentHolder', 'insurance.pensionTransfer.previousInsurer']));

    // The receiving unit types only what changes: its own unit, the transfer, the post, contract and wage, the card and the materials.
    const typed = { applicationNo: receiving.applicationNo, unit: receiving.unit, transfer: receiving.transfer, post: receiving.post, contract: receiving.contract, socialSecurityCard: receiving.socialSecurityCard, materials: receiving.materials };
    const form = consented.body.form;
    const transfer = { ...typed, ...form, wage: { ...form.wage, salaryGrade: receiving.wage.salaryGrade, effectiveDate: receiving.wage.effectiveDate }, archive: { ...form.archive, transferMethod: 'confidential-mail' } };
    const submitted = await call('POST', '/api/v1/matters/transfer', transfer, await unitClerkToken(receiving.unit.code));
    expect(submitted.status).toBe(202);
    expect((await approvedToTheEnd(submitted.body)).status).toBe('completed');

    // The register shows the person at the receiving unit, and the hiring unit no longer sees them.
    const moved = await prefill(identityNumber, 'post-change', receiving.unit.code);
    expect(moved.status).toBe(200);
    expect(moved.body.form).toMatchObject({ unit: { code: receiving.unit.code }, currentPost: receiving.post, wage: { currentSalaryGrade: receiving.wage.salaryGrade } });
    expect((await prefill(identityNumber, 'post-change', hire.unit.code)).status).toBe(404);
    const states = await running.stack.database.db.select().from(personnelRegister).where(eq(personnelRegister.madeBy, hired.body.id));
    expect(states).toHaveLength(1);
    expect(states[0]!.endedBy).toBe(submitted.body.id);
    // Sealed at rest: neither the name nor the number is in the row.
    expect(JSON.stringify(states[0])).not.toContain(identityNumber);
    expect(JSON.stringify(states[0])).not.toContain(hire.person.name);

    // A post change from a post the person does not hold is refused, naming the field and what the register holds.
    const change = postChangeFormFor({ applicationNo: 'E2E-REG-3', identitySuffix: '611' });
    const wrong = { ...change, unit: receiving.unit, person: transfer.person };
    const refused = await call('POST', '/api/v1/matters/post-change', wrong, await unitClerkToken(receiving.unit.code));
    expect(refused.status).toBe(400);
    expect(refused.body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'body.currentPost', message: expect.stringContaining('库中为专业技术岗 10 级') })]));
    expect((await call('GET', `/api/v1/matters/${receiving.unit.code}-E2E-REG-3`, undefined, await unitClerkToken(receiving.unit.code))).status).toBe(404);

    // Every lookup is in the audit trail, answered or not, with the blind index and never the number.
    const lookups = await running.stack.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'register-prefill')).orderBy(auditEvents.id);
    const mine = lookups.filter((event) => event.actor.includes(receiving.unit.code) || event.actor.includes(hire.unit.code));
    expect(mine.map((event) => event.outcome)).toEqual(['answered', 'not-found', 'not-found', 'not-found', 'answered', 'answered', 'not-found']);
    expect(mine.find((event) => event.details.basis === 'consent')?.details.consentReference).toBe('TY-2026-0611');
    expect(JSON.stringify(lookups)).not.toContain(identityNumber);
  });
});
