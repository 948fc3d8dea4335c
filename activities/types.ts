/**
 * The activity contract as the workflow sees it: plain serialisable inputs and outputs.
 * Kept apart from the implementations so workflow code imports types only.
 */
import type { CertificateKind } from '../schemas/certificate';
import type { WebhookActivities } from '../webhooks/deliver';
import type { DepartmentCode, MatterKind, MatterState, SlaCard, SlaDeadlines } from '../schemas/matter';
import type { Principal } from '../schemas/principal';
import type { RectificationState } from '../schemas/rating';

export interface DepartmentTask {
  matterId: string;
  kind: MatterKind;
  department: DepartmentCode;
  formVersion: number;
  /** The same key on every retry and replay, so a department registers a part once. */
  idempotencyKey: string;
}

export interface DepartmentReceipt {
  department: DepartmentCode;
  /** The department's own registration number (登记号). */
  receipt: string;
}

/** Thrown (as a non-retryable ApplicationFailure of this type) when a department refuses its part. */
export const departmentRejection = 'DepartmentRejected';

export type DepartmentActivities = {
  [D in DepartmentCode as `${D}Handle`]: (task: DepartmentTask) => Promise<DepartmentReceipt>;
} & {
  [D in DepartmentCode as `${D}Revoke`]: (task: DepartmentTask) => Promise<void>;
};

export interface RecordActivities {
  /** Writes the matter's projection (and the form when it changed) to PostgreSQL. */
  recordMatter(state: MatterState, form?: unknown): Promise<void>;
}

export interface CertificateRequest {
  matterId: string;
  kinds: CertificateKind[];
}

export interface CertificateActivities {
  /**
   * Renders and stores each certificate asked for, once: one already on record is kept as it
   * is. Answers the kinds the matter now holds; a department record whose department has no
   * registration in force (failed, revoked) is not issued and not in the answer.
   */
  issueCertificates(request: CertificateRequest): Promise<CertificateKind[]>;
}

/** 人员信息库: a completed matter's change to the personnel register, and its undoing. */
export interface RegisterActivities {
  /** `apply` records what the completed matter changed; `undo` takes it back. Both are idempotent. */
  keepRegister(request: { matterId: string; change: 'apply' | 'undo' }): Promise<void>;
}

export type Activities = DepartmentActivities & RecordActivities & SlaActivities & CertificateActivities & WebhookActivities & OperatorActivities & RatingActivities & RegisterActivities;

/** The verified sender of an operator's Signal: the login and its memberships, as the token proves them. */
export type Operator = Pick<Principal, 'sub' | 'memberships'>;

export interface OperatorActivities {
  /** Verifies an operator's bearer token; a refusal says why (an invalid token is an answer, not a failure to retry). */
  identifyOperator(request: { token: string }): Promise<{ operator: Operator } | { refusal: string }>;
}

/** What a 差评's rectification workflow does outside itself. */
export interface RatingActivities {
  /** Projects the rectification, with its inbox task, what the rater, the hall and the supervisors are told, and its audit events. */
  recordRectification(state: RectificationState): Promise<void>;
  /** Records a card on a rectification and tells those it names. */
  recordRectificationCard(request: { matterId: string; kind: MatterKind; card: SlaCard }): Promise<void>;
}

export interface SlaActivities {
  /** The matter's deadline from a submission (counting its working days), or from a resumption with the office time that remained. */
  matterDeadline(request: { from: string; limitWorkingDays: number; remainingMs?: number; yellowAt: number }): Promise<SlaDeadlines>;
  /** A step's deadline: its budget of office hours from when it began. */
  stepDeadline(request: { from: string; hours: number; yellowAt: number }): Promise<SlaDeadlines>;
  /** Office time left from `at` until `due`, kept while a correction stops the clock. */
  remainingWorkingTime(request: { at: string; due: string }): Promise<number>;
  /** Records a card, tells the responsible level and the next ones. */
  recordSlaCard(request: { matterId: string; kind: MatterKind; card: SlaCard }): Promise<void>;
}
