/**
 * 审计 of a rectification, derived from each projected state as the matter's are: each step the
 * supervisors recorded, the appeal and its decision, the cards and the end. Keys are fixed by
 * what they record, so a retried or repeated projection adds nothing.
 */
import type { AuditEventInput } from '../db/audit';
import type { Actor } from '../schemas/matter';
import { rectificationStep, type RectificationState } from '../schemas/rating';

const by = (actor: Actor) => ({ actor: actor.id, organisation: actor.organisation ?? null, role: actor.role ?? null });

export function rectificationAuditEvents(state: RectificationState): AuditEventInput[] {
  const { matterId } = state;
  const event = (key: string, fields: Omit<AuditEventInput, 'eventKey' | 'matterId' | 'step'>): AuditEventInput => ({
    eventKey: `${matterId}/rectification/${key}`,
    matterId,
    step: rectificationStep,
    ...fields,
  });
  const events: AuditEventInput[] = [
    event('opened', { at: new Date(state.openedAt), actor: 'system', organisation: state.office, action: 'rectification-opened', details: { ratingId: state.ratingId, due: state.due } }),
  ];
  for (const step of state.actions) {
    events.push(event(step.action, { at: new Date(step.at), ...by(step.by), action: `rectification-${step.action}`, details: {} }));
  }
  for (const card of state.cards) {
    events.push(event(`card/${card.card}`, { at: new Date(card.at), actor: 'system', organisation: state.office, action: 'sla-card', outcome: card.card, details: { due: card.due, notified: card.notified } }));
  }
  const { appeal } = state;
  if (appeal) {
    events.push(event('appealed', { at: new Date(appeal.at), ...by(appeal.by), action: 'rating-appealed', details: {} }));
    if (appeal.decision && appeal.decidedBy && appeal.decidedAt) {
      events.push(event('appeal-decided', { at: new Date(appeal.decidedAt), ...by(appeal.decidedBy), action: 'rating-appeal-decided', outcome: appeal.decision, details: {} }));
    }
  }
  if (state.closedAt) events.push(event('closed', { at: new Date(state.closedAt), actor: 'system', organisation: state.office, action: 'rectification-closed', outcome: state.status, details: {} }));
  return events;
}
