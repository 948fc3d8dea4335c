/**
 * Every message a matter understands, defined once and shared by the workflow (which sets
 * the handlers) and the API (which sends them). Decisions come as Updates from the API, so
 * the caller learns at once whether they were accepted; the same decisions as Signals let
 * an operator act from Temporal UI or the CLI.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor, DecisionInput, DepartmentCode, MatterState, OperatorDecision, OperatorWithdrawal, WithdrawalInput } from '../schemas/matter';

export const matterStateQuery = defineQuery<MatterState>('matterState');

export const decide = defineUpdate<MatterState, [DecisionInput]>('decide');
/** An operator's decision: its sender proven by the token it carries; matters of before took a decision naming its actor. */
export const decideSignal = defineSignal<[OperatorDecision | DecisionInput]>('decideSignal');

/**
 * The corrected form after a return, validated against the matter's own form schema, and who
 * sends it: the filing unit's clerk. The actor is a second, optional argument because matters
 * started before it existed were corrected with the form alone.
 */
export const resubmitForm = defineUpdate<MatterState, [unknown, Actor?]>('resubmitForm');

export const withdraw = defineUpdate<MatterState, [WithdrawalInput]>('withdraw');
export const withdrawSignal = defineSignal<[OperatorWithdrawal | WithdrawalInput]>('withdrawSignal');

/**
 * Wakes a matter waiting for a correction after a new version of the workflows became current,
 * so it moves to that version (Worker Deployments: matters are pinned to the version they started on).
 */
export const moveToCurrentVersion = defineSignal('moveToCurrentVersion');

/** Failure types a rejected message carries, so the API can answer 409, 403 or 400 without parsing text. */
export const messageRejections = {
  wrongStep: 'WrongStep',
  notAllowed: 'NotAllowed',
  /** The sender's role or organisation is not the one the step waits for. */
  notAuthorised: 'NotAuthorised',
  invalidInput: 'InvalidInput',
} as const;

export interface MatterInput {
  /** The one form (as corrected so far, for a matter carried over from an earlier version). */
  form: unknown;
  /** When the unit submitted (ISO 8601), stamped by the API; a start from the CLI may leave it out and gets the workflow's start time. */
  submittedAt?: string;
  /** The unit clerk (person or service account) who submitted, as the API authenticated them. */
  submittedBy?: Actor;
  /** A matter carried over from a run on an earlier version of the workflows, at a safe point: waiting for its correction. */
  continued?: ContinuedMatter;
}

/** All a run needs to go on where the one before it waited: the state, and where the flow goes once the corrected form comes. */
export interface ContinuedMatter {
  state: MatterState;
  /** The review step the correction returns to, by its index in the review plan. */
  resumeAt: number;
  /** The departments still to handle their part. */
  departments: DepartmentCode[];
  /** Whether the departments have not had a first round yet. */
  firstRound: boolean;
}
