/**
 * The activity contract as the workflow sees it: plain serialisable inputs and outputs.
 * Kept apart from the implementations so workflow code imports types only.
 */
import type { DepartmentCode, MatterKind, MatterState } from '../schemas/matter';

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

export type Activities = DepartmentActivities & RecordActivities;
