/**
 * Review routing as pure logic: which steps a matter goes through, when countersignature
 * applies, and which messages the matter takes in which state.
 */
import { describe, expect, it } from 'vitest';
import { hire } from '../../matters/hire';
import { openingState } from '../../matters/opening-state';
import { postChange } from '../../matters/post-change';
import { transfer } from '../../matters/transfer';
import type { MatterState } from '../../schemas/matter';
import { decisionRefusal, resubmissionRefusal, withdrawalRefusal } from '../../workflows/message-checks';
import { reviewPlan, ruleSpecialCase } from '../../workflows/review-plan';
import { hireFormFor, postChangeFormFor, transferFormFor } from '../../samples/forms';

const stepsOf = (plan: { step: string }[]) => plan.map((s) => s.step);

describe('review plan', () => {
  it('is competent department then hall, with countersign levels only for a special case', () => {
    const form = hireFormFor();
    expect(stepsOf(reviewPlan(hire, form, null))).toEqual(['competent', 'hall']);
    const special = reviewPlan(hire, form, { reason: 'x', source: 'hall' });
    expect(stepsOf(special)).toEqual(['competent', 'hall', 'countersign-1', 'countersign-2', 'countersign-3']);
    expect(special[2]).toMatchObject({ role: 'countersigner', status: 'countersigning', title: '经办人审核', organisations: ['personnel-division-640300'] });
  });

  it('has a transfer reviewed by both competent departments when they differ, and by one when they are the same', () => {
    const form = transferFormFor();
    const [competent] = reviewPlan(transfer, form, null);
    expect(competent!.organisations).toEqual([form.unit.competentDepartment.code, form.releasingUnit.competentDepartment!.code]);

    const same = { ...form, releasingUnit: { ...form.releasingUnit, competentDepartment: form.unit.competentDepartment } };
    expect(reviewPlan(transfer, same, null)[0]!.organisations).toEqual([form.unit.competentDepartment.code]);
  });
});

describe('countersign rules', () => {
  it('marks a direct-assessment hire of high-level talent', () => {
    expect(ruleSpecialCase(hire, hireFormFor())).toBeNull();
    const talent = { ...hireFormFor(), recruitment: { method: 'direct-assessment' as const, announcementNo: 'X-1' } };
    expect(ruleSpecialCase(hire, talent)).toMatchObject({ source: 'rule', rule: 'direct-assessment' });
  });

  it('marks a transfer from outside the region or from outside public institutions', () => {
    const form = transferFormFor();
    expect(ruleSpecialCase(transfer, form)).toBeNull();
    expect(ruleSpecialCase(transfer, { ...form, releasingUnit: { ...form.releasingUnit, region: '110101' } })).toMatchObject({ rule: 'from-outside-institutions' });
    expect(ruleSpecialCase(transfer, { ...form, releasingUnit: { ...form.releasingUnit, sector: 'enterprise' } })).toMatchObject({ rule: 'from-outside-institutions' });
  });

  it('marks a promotion into 正高 or management levels 1–4, not one within them', () => {
    const form = postChangeFormFor();
    expect(ruleSpecialCase(postChange, form)).toBeNull();
    const toSenior = { ...form, newPost: { category: 'professional' as const, level: 4, title: '主任医师' } };
    expect(ruleSpecialCase(postChange, toSenior)).toMatchObject({ rule: 'senior-post' });
    const withinSenior = { ...toSenior, currentPost: { category: 'professional' as const, level: 5, title: '副主任医师' }, newPost: { ...toSenior.newPost, level: 3 } };
    expect(ruleSpecialCase(postChange, { ...withinSenior, currentPost: { ...withinSenior.currentPost, level: 4 } })).toBeNull();
  });
});

describe('which messages a matter takes', () => {
  const reviewing = (): MatterState => openingState(transfer, transferFormFor(), 'M-1', '2026-11-30T02:00:00.000Z');

  it('takes a decision for the step and organisation it waits for, and refuses others', () => {
    const state = reviewing();
    const [receiving, releasing] = state.waitingFor!.organisations;
    expect(decisionRefusal(state, { step: 'competent', decision: 'approve', actor: { id: 'a', organisation: releasing } })).toBeUndefined();
    expect(decisionRefusal(state, { step: 'competent', decision: 'approve' })).toBeUndefined();
    expect(decisionRefusal(state, { step: 'hall', decision: 'approve' })).toMatchObject({ type: 'WrongStep' });
    expect(decisionRefusal(state, { step: 'competent', decision: 'approve', actor: { id: 'a', organisation: 'someone-else' } })).toMatchObject({ type: 'WrongStep' });
    expect(receiving).toBeDefined();
  });

  it('lets only the hall ask for countersignature, once', () => {
    const state = reviewing();
    expect(decisionRefusal(state, { step: 'competent', decision: 'countersign', reason: 'r' })).toMatchObject({ type: 'NotAllowed' });
    const atHall: MatterState = { ...state, stage: 'hall', waitingFor: { step: 'hall', title: '政务大厅审核', role: 'hall-officer', organisations: ['hall-640300'] } };
    expect(decisionRefusal(atHall, { step: 'hall', decision: 'countersign', reason: 'r' })).toBeUndefined();
    expect(decisionRefusal({ ...atHall, specialCase: { reason: 'r', source: 'hall' } }, { step: 'hall', decision: 'countersign', reason: 'r' })).toMatchObject({ type: 'NotAllowed' });
  });

  it('resolves a department exception by return or reject only', () => {
    const state: MatterState = { ...reviewing(), status: 'exception', stage: 'hall', waitingFor: { step: 'hall', title: '政务大厅审核', role: 'hall-officer', organisations: ['hall-640300'] } };
    expect(decisionRefusal(state, { step: 'hall', decision: 'approve' })).toMatchObject({ type: 'NotAllowed' });
    expect(decisionRefusal(state, { step: 'hall', decision: 'reject', reason: 'r' })).toBeUndefined();
  });

  it('lets the unit withdraw until the matter ends, and correct only when asked', () => {
    const state = reviewing();
    expect(withdrawalRefusal(state, false)).toBeUndefined();
    expect(withdrawalRefusal({ ...state, status: 'handling' }, false)).toBeUndefined();
    expect(withdrawalRefusal({ ...state, status: 'completed' }, false)).toMatchObject({ type: 'WrongStep' });
    expect(withdrawalRefusal(state, true)).toMatchObject({ type: 'WrongStep' });
    expect(resubmissionRefusal(state, false)).toMatchObject({ type: 'WrongStep' });
    expect(resubmissionRefusal({ ...state, status: 'correcting' }, false)).toBeUndefined();
  });
});
