/**
 * Whether a matter, as it stands, can take a message. Update validators and the queue of
 * operator signals both ask here, so a decision from any path meets the same rules.
 * Pure functions of the state; a refusal says why in both languages.
 */
import type { Actor, DecisionInput, DecisionRecord, MatterState, MatterStatus, WaitingFor } from '../schemas/matter';
import { messageRejections } from './messages';

export interface Refusal {
  message: string;
  type: (typeof messageRejections)[keyof typeof messageRejections];
}

const decidable: readonly MatterStatus[] = ['reviewing', 'countersigning', 'exception'];
const withdrawable: readonly MatterStatus[] = ['reviewing', 'countersigning', 'correcting', 'handling', 'exception'];

/** Whether the matter waits for a decision on `step` now: the API asks before it sends one, the workflow when one arrives. */
export function stepRefusal(state: Pick<MatterState, 'status' | 'stage' | 'waitingFor'>, step: string): Refusal | undefined {
  if (decidable.includes(state.status) && state.waitingFor?.step === step) return undefined;
  return {
    message: `环节 ${step} 当前不待决定 / step ${step} is not awaiting a decision (matter is ${state.status} at ${state.stage})`,
    type: messageRejections.wrongStep,
  };
}

/**
 * `checkActor` is false only for matters started before decisions carried their sender: those
 * took a decision from anyone, naming an organisation or not, and must replay as they ran.
 * A wrong step is told first, so a late decision is still "already decided" (409), not 403.
 */
export function decisionRefusal(state: MatterState, input: DecisionInput, checkActor: boolean): Refusal | undefined {
  const stepNotAwaited = stepRefusal(state, input.step);
  if (stepNotAwaited) return stepNotAwaited;
  const waiting = state.waitingFor!;
  if (checkActor) {
    const refusal = deciderRefusal(waiting, input.actor) ?? signerRefusal(state, input.actor);
    if (refusal) return refusal;
  } else {
    const organisation = input.actor?.organisation;
    if (organisation && !waiting.organisations.includes(organisation)) {
      return {
        message: `${organisation} 不是本环节待决定的机构 / ${organisation} is not awaited at step ${input.step} (awaiting ${waiting.organisations.join(', ')})`,
        type: messageRejections.wrongStep,
      };
    }
  }
  if (input.decision === 'countersign' && (state.status !== 'reviewing' || input.step !== 'hall' || state.specialCase)) {
    return { message: '只有政务大厅审核时可提请加签 / only the hall, reviewing, can ask for countersignature', type: messageRejections.notAllowed };
  }
  if (state.status === 'exception' && input.decision === 'approve') {
    return { message: '部门异常须退回补正、不予通过或（部门系统恢复后）重新办理 / a department exception is resolved by return, reject or, after an outage, retry', type: messageRejections.notAllowed };
  }
  if (input.decision === 'retry' && !(state.status === 'exception' && state.departments.some((d) => d.status === 'failed' && d.outage))) {
    return { message: '只有部门系统暂不可用造成的异常可重新办理 / only an exception from a department’s outage can be retried', type: messageRejections.notAllowed };
  }
  return undefined;
}

/** Only the role the step waits for, in one of the organisations still awaited, decides it. */
function deciderRefusal(waiting: WaitingFor, actor: Actor | undefined): Refusal | undefined {
  if (actor?.role === waiting.role && actor.organisation !== undefined && waiting.organisations.includes(actor.organisation)) return undefined;
  return {
    message: `本环节须由 ${waiting.organisations.join('、')} 的 ${waiting.role} 决定 / step ${waiting.step} waits for role ${waiting.role} of ${waiting.organisations.join(', ')} (sent as ${describeActor(actor)})`,
    type: messageRejections.notAuthorised,
  };
}

/**
 * 逐级加签: each level of one countersignature is signed by another person, or the levels would
 * attest nothing. The round is the run of countersign decisions at the end of the list (a
 * correction asked for by a level does not end it).
 */
function signerRefusal(state: MatterState, actor: Actor | undefined): Refusal | undefined {
  if (!state.waitingFor?.step.startsWith('countersign-') || !actor) return undefined;
  const round: DecisionRecord[] = [];
  for (const decision of [...state.decisions].reverse()) {
    if (!decision.step.startsWith('countersign-')) break;
    round.push(decision);
  }
  // The same level again is the same signer's (a level that returned the matter decides it again after the correction).
  const signed = round.find((decision) => decision.actor?.id === actor.id && decision.step !== state.waitingFor!.step);
  if (!signed) return undefined;
  return {
    message: `同一人不能签署两级加签，已签 ${signed.step} / each countersign level is signed by another person; this sender signed ${signed.step}`,
    type: messageRejections.notAuthorised,
  };
}

/** Only the filing unit's clerk corrects or withdraws its matter. */
export function unitActorRefusal(state: MatterState, actor: Actor | undefined): Refusal | undefined {
  if (actor?.role === 'unit-clerk' && actor.organisation === state.unitCode) return undefined;
  return {
    message: `只有申报单位 ${state.unitCode} 的经办人可补正或撤回 / only a unit-clerk of ${state.unitCode} corrects or withdraws this matter (sent as ${describeActor(actor)})`,
    type: messageRejections.notAuthorised,
  };
}

/** Role and organisation only: the actor's id is an account name, kept out of messages that end up in logs. */
function describeActor(actor: Actor | undefined): string {
  return actor ? `${actor.role ?? 'no role'} of ${actor.organisation ?? 'no organisation'}` : 'no actor';
}

export function withdrawalRefusal(state: MatterState, alreadyWithdrawn: boolean): Refusal | undefined {
  if (withdrawable.includes(state.status) && !alreadyWithdrawn) return undefined;
  return { message: `事项已结束或已在撤回中 / the matter can no longer be withdrawn (it is ${state.status})`, type: messageRejections.wrongStep };
}

export function resubmissionRefusal(state: MatterState, alreadyCorrected: boolean): Refusal | undefined {
  if (state.status === 'correcting' && !alreadyCorrected) return undefined;
  return { message: `事项当前不待补正 / the matter is not waiting for a correction (it is ${state.status})`, type: messageRejections.wrongStep };
}
