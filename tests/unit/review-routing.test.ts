/**
 * Review routing as pure logic: which steps a matter goes through, when countersignature
 * applies, and which messages the matter takes in which state and from whom.
 */
import { describe, expect, it } from 'vitest';
import { hire } from '../../matters/hire';
import { openingState } from '../../matters/opening-state';
import { postChange } from '../../matters/post-change';
import { transfer } from '../../matters/transfer';
import type { MatterState } from '../../schemas/matter';
import { decisionRefusal, resubmissionRefusal, stepRefusal, unitActorRefusal, withdrawalRefusal } from '../../workflows/message-checks';
import { reviewPlan, ruleSpecialCase } from '../../matters/review-plan';
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

  const hallOfficer = { id: 'h', role: 'hall-officer' as const, organisation: 'hall-640300' };

  it('takes a decision only from the role and an organisation the step still waits for, after the step itself', () => {
    const state = reviewing();
    const [receiving, releasing] = state.waitingFor!.organisations;
    const reviewer = (organisation: string | undefined) => ({ id: 'a', role: 'competent-reviewer' as const, organisation });
    expect(decisionRefusal(state, { step: 'competent', decision: 'approve', actor: reviewer(releasing) }, true)).toBeUndefined();
    expect(decisionRefusal(state, { step: 'competent', decision: 'approve', actor: reviewer(receiving) }, true)).toBeUndefined();
    expect(decisionRefusal(state, { step: 'competent', decision: 'approve', actor: reviewer('someone-else') }, true)).toMatchObject({ type: 'NotAuthorised' });
    expect(decisionRefusal(state, { step: 'competent', decision: 'approve', actor: reviewer(undefined) }, true)).toMatchObject({ type: 'NotAuthorised' });
    expect(decisionRefusal(state, { step: 'competent', decision: 'approve', actor: { id: 'c', role: 'unit-clerk', organisation: releasing } }, true)).toMatchObject({
      type: 'NotAuthorised',
    });
    expect(decisionRefusal(state, { step: 'competent', decision: 'approve' }, true)).toMatchObject({ type: 'NotAuthorised' });
    // A step not waited for is a conflict whoever sends it.
    expect(decisionRefusal(state, { step: 'hall', decision: 'approve', actor: hallOfficer }, true)).toMatchObject({ type: 'WrongStep' });
    expect(decisionRefusal(state, { step: 'hall', decision: 'approve' }, true)).toMatchObject({ type: 'WrongStep' });
  });

  it('says a step is not awaited in one wording for the API and the workflow: another step, or a matter no longer under review', () => {
    const state = reviewing();
    expect(stepRefusal(state, 'competent')).toBeUndefined();
    expect(stepRefusal(state, 'hall')).toEqual({
      type: 'WrongStep',
      message: '环节 hall 当前不待决定 / step hall is not awaiting a decision (matter is reviewing at competent)',
    });
    expect(stepRefusal({ ...state, status: 'handling', stage: 'departments' }, 'competent')).toMatchObject({ type: 'WrongStep' });
  });

  it('takes any sender for a matter started before decisions carried one, as it did then', () => {
    const state = reviewing();
    const [, releasing] = state.waitingFor!.organisations;
    expect(decisionRefusal(state, { step: 'competent', decision: 'approve', actor: { id: 'a', organisation: releasing } }, false)).toBeUndefined();
    expect(decisionRefusal(state, { step: 'competent', decision: 'approve' }, false)).toBeUndefined();
    expect(decisionRefusal(state, { step: 'hall', decision: 'approve' }, false)).toMatchObject({ type: 'WrongStep' });
    expect(decisionRefusal(state, { step: 'competent', decision: 'approve', actor: { id: 'a', organisation: 'someone-else' } }, false)).toMatchObject({ type: 'WrongStep' });
  });

  it('lets only the hall ask for countersignature, once', () => {
    const state = reviewing();
    const reviewer = { id: 'a', role: 'competent-reviewer' as const, organisation: state.waitingFor!.organisations[0] };
    expect(decisionRefusal(state, { step: 'competent', decision: 'countersign', reason: 'r', actor: reviewer }, true)).toMatchObject({ type: 'NotAllowed' });
    const atHall: MatterState = { ...state, stage: 'hall', waitingFor: { step: 'hall', title: '政务大厅审核', role: 'hall-officer', organisations: ['hall-640300'] } };
    expect(decisionRefusal(atHall, { step: 'hall', decision: 'countersign', reason: 'r', actor: hallOfficer }, true)).toBeUndefined();
    expect(decisionRefusal({ ...atHall, specialCase: { reason: 'r', source: 'hall' } }, { step: 'hall', decision: 'countersign', reason: 'r', actor: hallOfficer }, true)).toMatchObject({
      type: 'NotAllowed',
    });
  });

  it('takes each countersign level from another person than the levels before it in the round', () => {
    const signer = (id: string) => ({ id, role: 'countersigner' as const, organisation: 'personnel-division-640300' });
    const at = '2026-11-30T03:00:00.000Z';
    const atLevel = (level: number, decisions: MatterState['decisions']): MatterState => ({
      ...reviewing(),
      status: 'countersigning',
      stage: `countersign-${level}`,
      waitingFor: { step: `countersign-${level}`, title: '加签', role: 'countersigner', organisations: ['personnel-division-640300'] },
      decisions,
    });
    const hall = { step: 'hall', decision: 'approve' as const, actor: hallOfficer, at };
    const level1ByClerk = { step: 'countersign-1', decision: 'approve' as const, actor: signer('clerk'), at };
    const state = atLevel(2, [hall, level1ByClerk]);
    expect(decisionRefusal(state, { step: 'countersign-2', decision: 'approve', actor: signer('clerk') }, true)).toMatchObject({ type: 'NotAuthorised' });
    expect(decisionRefusal(state, { step: 'countersign-2', decision: 'approve', actor: signer('chief') }, true)).toBeUndefined();
    const returnedAtLevel2 = atLevel(2, [hall, level1ByClerk, { step: 'countersign-2', decision: 'return' as const, actor: signer('chief'), at }]);
    expect(decisionRefusal(returnedAtLevel2, { step: 'countersign-2', decision: 'approve', actor: signer('chief') }, true)).toBeUndefined();
    // A new round after a return: the earlier round's signatures do not count.
    const nextRound = atLevel(1, [hall, level1ByClerk, { step: 'hall', decision: 'approve', actor: hallOfficer, at }]);
    expect(decisionRefusal(nextRound, { step: 'countersign-1', decision: 'approve', actor: signer('clerk') }, true)).toBeUndefined();
  });

  it('resolves a department exception by return or reject only', () => {
    const state: MatterState = { ...reviewing(), status: 'exception', stage: 'hall', waitingFor: { step: 'hall', title: '政务大厅审核', role: 'hall-officer', organisations: ['hall-640300'] } };
    expect(decisionRefusal(state, { step: 'hall', decision: 'approve', actor: hallOfficer }, true)).toMatchObject({ type: 'NotAllowed' });
    expect(decisionRefusal(state, { step: 'hall', decision: 'reject', reason: 'r', actor: hallOfficer }, true)).toBeUndefined();
  });

  it('lets only the filing unit’s clerk correct or withdraw', () => {
    const state = reviewing();
    expect(unitActorRefusal(state, { id: 'u', role: 'unit-clerk', organisation: state.unitCode })).toBeUndefined();
    expect(unitActorRefusal(state, { id: 'u', role: 'unit-clerk', organisation: state.waitingFor!.organisations[0] })).toMatchObject({ type: 'NotAuthorised' });
    expect(unitActorRefusal(state, { id: 'u', role: 'competent-reviewer', organisation: state.unitCode })).toMatchObject({ type: 'NotAuthorised' });
    expect(unitActorRefusal(state, undefined)).toMatchObject({ type: 'NotAuthorised' });
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
