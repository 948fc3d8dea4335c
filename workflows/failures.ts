/**
 * How a matter refuses a message: a non-retryable failure whose type tells the API which
 * status to answer (409, 403, 400) and, for invalid input, every field problem as its detail.
 */
import { ApplicationFailure, log } from '@temporalio/workflow';
import type { z } from 'zod';
import { issuesToFieldErrors, type FieldError } from '../schemas/field-errors';
import type { Refusal } from './message-checks';
import { messageRejections } from './messages';

export function rejection(message: string, type: string, problems?: FieldError[]): ApplicationFailure {
  return ApplicationFailure.create({ message, type, nonRetryable: true, details: problems ? [problems] : undefined });
}

export function invalid(problems: FieldError[]): ApplicationFailure {
  return rejection(describeProblems(problems), messageRejections.invalidInput, problems);
}

export function describeProblems(problems: FieldError[]): string {
  return problems.map((p) => `${p.field || '(form)'}: ${p.message}`).join('; ');
}

/** Throws the refusal, if any, from an Update validator. */
export function refuseIf(refusal: Refusal | undefined): void {
  if (!refusal) return;
  // A refused Update leaves nothing in history; a sender refused for its role is at least in the worker's log (role and organisation only).
  if (refusal.type === messageRejections.notAuthorised) log.warn('refused update from a sender the step does not wait for', { reason: refusal.message });
  throw rejection(refusal.message, refusal.type);
}

/** The value as the schema reads it, or the refusal of invalid input naming every field. */
export function validOrInvalid<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid(issuesToFieldErrors(parsed.error));
  return parsed.data;
}
