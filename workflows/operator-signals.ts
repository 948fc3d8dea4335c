/**
 * Operators' Signals, for matters that take them only from a proven sender: the token a Signal
 * carries is verified by an activity, the sender acts in the role and organisation the step waits
 * for, and the Signal is checked against the matter as it stands when it arrives — a stale one
 * (a step decided already) is refused then and recorded, not kept for a later step.
 */
import { issuesToFieldErrors } from '../schemas/field-errors';
import type { Operator } from '../activities/types';
import { operatorDecision, operatorWithdrawal, type Actor, type DecisionInput, type MatterState, type RefusedMessage, type WithdrawalInput } from '../schemas/matter';
import { decidingActor, unitActor } from '../schemas/principal';
import { bookkeep } from './bookkeeping';
import { describeProblems } from './failures';
import { decisionRefusal, stepRefusal, withdrawalRefusal } from './message-checks';

type Refused = Omit<RefusedMessage, 'at'>;

/** Who a refused Signal came from, as the audit trail names a sender: the login, with its first role where it holds one. */
const senderOf = ({ sub, memberships }: Operator): Actor => ({ id: sub, role: memberships[0]?.roles[0], organisation: memberships[0]?.organisation });

/** The decision an operator's Signal makes, from its verified sender, or why the matter does not take it. */
export async function signalledDecision(state: () => MatterState, input: unknown): Promise<{ decision: DecisionInput } | { refused: Refused }> {
  const parsed = operatorDecision.safeParse(input);
  if (!parsed.success) return { refused: { message: 'decision', reason: describeProblems(issuesToFieldErrors(parsed.error)) } };
  const { actorToken, organisation, ...decision } = parsed.data;
  const identified = await bookkeep('identifyOperator', '核验运维信号的发送人', { token: actorToken });
  if ('refusal' in identified) return { refused: { message: 'decision', step: decision.step, reason: identified.refusal } };
  // Checked against the matter as it is once the sender is known: the verification took a moment.
  const now = state();
  const notAwaited = stepRefusal(now, decision.step);
  if (notAwaited) return { refused: { message: 'decision', step: decision.step, actor: senderOf(identified.operator), reason: notAwaited.message } };
  const deciding = decidingActor(identified.operator, now.waitingFor!, organisation);
  if ('refusal' in deciding) return { refused: { message: 'decision', step: decision.step, actor: senderOf(identified.operator), reason: deciding.refusal } };
  const refusal = decisionRefusal(now, { ...decision, actor: deciding.actor }, true);
  if (refusal) return { refused: { message: 'decision', step: decision.step, actor: deciding.actor, reason: refusal.message } };
  return { decision: { ...decision, actor: deciding.actor } };
}

/** The withdrawal an operator signals for the unit, proven by a clerk of the filing unit, or why the matter does not take it. */
export async function signalledWithdrawal(state: () => MatterState, input: unknown, alreadyWithdrawn: () => boolean): Promise<{ withdrawal: WithdrawalInput } | { refused: Refused }> {
  const parsed = operatorWithdrawal.safeParse(input);
  if (!parsed.success) return { refused: { message: 'withdrawal', reason: describeProblems(issuesToFieldErrors(parsed.error)) } };
  const identified = await bookkeep('identifyOperator', '核验运维信号的发送人', { token: parsed.data.actorToken });
  if ('refusal' in identified) return { refused: { message: 'withdrawal', reason: identified.refusal } };
  const actor = unitActor(identified.operator, state().unitCode);
  if (!actor) return { refused: { message: 'withdrawal', actor: senderOf(identified.operator), reason: `只有申报单位 ${state().unitCode} 的经办人可撤回 / only a unit-clerk of ${state().unitCode} withdraws this matter` } };
  const refusal = withdrawalRefusal(state(), alreadyWithdrawn());
  if (refusal) return { refused: { message: 'withdrawal', actor, reason: refusal.message } };
  return { withdrawal: { reason: parsed.data.reason, actor } };
}
