/**
 * What a rectification understands, defined once for the workflow (which sets the handlers) and
 * the API (which sends them): the supervisor's steps, the hall's appeal and the supervisor's
 * decision on it, as Updates whose validators refuse the wrong sender or moment before anything
 * reaches history; and the state query.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../schemas/matter';
import type { AppealDecisionRequest, RectificationAction, RectificationState } from '../schemas/rating';

export const rectificationStateQuery = defineQuery<RectificationState>('rectificationState');

export interface RectificationStepInput {
  action: RectificationAction;
  note: string;
  actor: Actor;
}
export const recordRectificationStep = defineUpdate<RectificationState, [RectificationStepInput]>('recordRectificationStep');

export interface AppealInput {
  reason: string;
  actor: Actor;
}
export const appealRating = defineUpdate<RectificationState, [AppealInput]>('appealRating');

export type AppealDecisionInput = AppealDecisionRequest & { actor: Actor };
export const decideAppeal = defineUpdate<RectificationState, [AppealDecisionInput]>('decideAppeal');
