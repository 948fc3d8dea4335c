/**
 * 审计: the audit events a matter's state attests, derived from each projected snapshot so the
 * workflow needs no change. Every event's key is fixed by what it records (the matter, the
 * decision's index, the form version, the department's receipt, the card's moment, the refused
 * message's number), so the same event derived again from a later snapshot, a retry
 * or a replay is recorded once.
 */
import type { AuditEventInput } from '../db/audit';
import { roleOfStep } from '../matters/review-plan';
import { isClosed, type Actor, type DecisionKind, type DecisionRecord, type DepartmentCode, type MatterState, type Problem } from '../schemas/matter';

const decisionAction: Record<DecisionKind, { action: string; outcome: string | null }> = {
  approve: { action: 'decided', outcome: 'approved' },
  reject: { action: 'decided', outcome: 'rejected' },
  return: { action: 'returned-for-correction', outcome: null },
  countersign: { action: 'countersign-requested', outcome: null },
  retry: { action: 'departments-retried', outcome: null },
};

const departmentAction = { done: 'department-registered', failed: 'department-refused', revoked: 'department-revoked' } as const;

export function auditEventsOf(state: MatterState): AuditEventInput[] {
  const { id } = state;
  const event = (eventKey: string, fields: Omit<AuditEventInput, 'eventKey' | 'matterId'>): AuditEventInput => ({ eventKey, matterId: id, ...fields });
  const unit = { actor: 'unit', organisation: state.unitCode, role: 'unit-clerk' };
  // The clerk who sent the form version this snapshot shows; matters started before sign-in name only the unit.
  const formSender = state.formBy ? actorFields(state.formBy) : unit;
  // What a snapshot shows for the first time happened at (or just before) the moment it was taken; in the closing one, by the closure.
  const seenAt = new Date(state.completedAt ?? state.updatedAt);

  const events: AuditEventInput[] = [
    event(`${id}/submitted`, {
      at: new Date(state.submittedAt),
      ...(state.formVersion === 1 ? formSender : unit),
      action: 'submitted',
      details: { kind: state.kind, applicationNo: state.applicationNo, region: state.region },
    }),
  ];

  state.decisions.forEach((decision, index) => events.push(event(`${id}/decision/${index}`, decisionEvent(decision))));

  // Keyed by the message's number, not by its place in the list (the state keeps only the latest ones) nor by its
  // moment (a local activity's write outlives a workflow task that timed out, whose retry stamps the message later).
  for (const refused of state.refusedMessages) {
    const actor = refused.actor?.id ?? 'unknown';
    events.push(
      event(refused.seq ? `${id}/refused/${refused.seq}` : `${id}/refused/${refused.at}/${refused.message}/${refused.step ?? '-'}/${actor}`, {
        at: new Date(refused.at),
        actor,
        organisation: refused.actor?.organisation ?? 'unknown',
        role: refused.actor?.role ?? 'unknown',
        action: 'message-refused',
        step: refused.step ?? null,
        outcome: 'denied',
        details: { message: refused.message, reason: refused.reason },
      }),
    );
  }

  for (let version = 2; version <= state.formVersion; version++) {
    events.push(event(`${id}/form/${version}`, { at: seenAt, ...(version === state.formVersion ? formSender : unit), action: 'corrected', details: { formVersion: version } }));
  }

  for (const department of state.departments) {
    if (department.status !== 'done' && department.status !== 'failed' && department.status !== 'revoked') continue;
    if (department.status === 'failed' && !freshRefusal(state, department.code)) continue;
    // A registration is named by its receipt (one per department and form version); a refusal by the form version it refused.
    const instance = department.status !== 'failed' && department.receipt ? department.receipt : `v${state.formVersion}`;
    const office = `${department.code}-${state.region}`;
    events.push(
      event(`${id}/department/${department.code}/${department.status}/${instance}`, {
        at: seenAt,
        actor: office,
        organisation: office,
        role: 'department-officer',
        action: departmentAction[department.status],
        step: department.code,
        outcome: department.status,
        details: { department: department.name, receipt: department.receipt, reason: department.reason },
      }),
    );
  }

  for (const card of state.sla.cards) {
    events.push(
      event(`${id}/card/${card.scope}/${card.step}/${card.card}/${card.due}`, {
        at: new Date(card.at),
        actor: 'system',
        action: 'sla-card',
        step: card.step,
        outcome: card.card,
        details: { scope: card.scope, due: card.due, notified: card.notified },
      }),
    );
  }

  // The clock's turns after the start: paused for a correction, then restarted or resumed (the start is the submission itself).
  for (const turn of state.sla.clock ?? []) {
    if (turn.event === 'started') continue;
    events.push(
      event(`${id}/clock/${turn.event}/${turn.at}`, {
        at: new Date(turn.at),
        actor: 'system',
        action: `sla-${turn.event}`,
        outcome: turn.event,
        details: { due: turn.due, remainingMs: turn.remainingMs },
      }),
    );
  }

  if (state.acceptedAt) {
    const hall = state.decisions.filter((d) => d.step === 'hall').at(-1);
    const by: Pick<AuditEventInput, 'actor' | 'organisation' | 'role'> = hall ? decisionEvent(hall) : { actor: 'system' };
    events.push(
      event(`${id}/accepted`, {
        actor: by.actor,
        organisation: by.organisation ?? null,
        role: by.role ?? null,
        step: 'hall',
        at: new Date(state.acceptedAt),
        action: 'accepted',
        details: { due: state.sla.matter?.due },
      }),
    );
  }

  if (isClosed(state.status)) {
    const last = state.decisions.at(-1);
    // Withdrawn by the unit, rejected by whoever rejected, completed when the last department finished.
    const by: Pick<AuditEventInput, 'actor' | 'organisation' | 'role'> =
      state.status === 'withdrawn' ? (state.withdrawnBy ? actorFields(state.withdrawnBy) : unit) : state.status === 'rejected' && last?.decision === 'reject' ? decisionEvent(last) : { actor: 'system' };
    events.push(
      event(`${id}/closed`, {
        at: new Date(state.completedAt ?? state.updatedAt),
        actor: by.actor,
        organisation: by.organisation ?? null,
        role: by.role ?? null,
        action: state.status,
        outcome: state.status,
        details: { outcome: state.outcome },
      }),
    );
  }
  return events;
}

function actorFields(actor: Actor): Pick<AuditEventInput, 'actor' | 'organisation' | 'role'> {
  return { actor: actor.id, organisation: actor.organisation ?? null, role: actor.role ?? null };
}

function decisionEvent(decision: DecisionRecord): Omit<AuditEventInput, 'eventKey' | 'matterId'> {
  return {
    at: new Date(decision.at),
    actor: decision.actor?.id ?? 'unknown',
    organisation: decision.actor?.organisation ?? null,
    role: decision.actor?.role ?? roleOfStep(decision.step),
    step: decision.step,
    ...decisionAction[decision.decision],
    details: { reason: decision.reason, problems: decision.problems },
  };
}

/**
 * Whether a department shown as refused is shown at the form version it refused. A refusal
 * stays on the matter until that department runs again, and a correction meanwhile raises the
 * form version; so the refusal is taken from the snapshots that still carry its own version —
 * the exception, the correction the hall asked for it, or a withdrawal before any correction —
 * and not from later ones, which would record it a second time under another version.
 */
function freshRefusal(state: MatterState, code: DepartmentCode): boolean {
  const names = (problems: Problem[] | undefined) => problems?.some((problem) => problem.field === code) ?? false;
  switch (state.status) {
    case 'exception':
      return true;
    case 'correcting':
      return names(state.problems);
    case 'withdrawn':
      // Withdrawn while correcting keeps the problems; withdrawn while departments were at work has had no correction for it.
      return state.problems.length > 0 ? names(state.problems) : !state.decisions.some((decision) => decision.decision === 'return' && names(decision.problems));
    default:
      return false;
  }
}
