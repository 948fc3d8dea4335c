/**
 * What a matter is, as data: its form, its review chain, the departments that handle it in
 * parallel and its committed time limit. The shared workflow core is driven by this alone.
 */
import type { z } from 'zod';
import type { DepartmentCode, MatterKind, Role } from '../schemas/matter';

export interface ReviewStepDefinition<Form> {
  step: 'competent' | 'hall';
  /** 主管部门审核, 政务大厅审核 … */
  title: string;
  role: Role;
  /** The organisations whose officers must each approve, read from the form; more than one decide in parallel. */
  organisations(form: Form): string[];
  /**
   * When more than one organisation may decide the step, who they are as the flowchart names
   * them, in the order `organisations` lists them; an optional one is absent from some forms.
   */
  parallelDeciders?: readonly { id: string; title: string; optional?: boolean }[];
}

/** 特殊情形加签: the personnel division signs level by level when a rule or the hall says so. */
export interface CountersignPolicy<Form> {
  /** The levels in order (经办人 → 科长 → 分管领导); step `countersign-N` is level N. */
  levels: readonly string[];
  organisation(form: Form): string;
  /** Special cases that need countersignature whatever the hall decides; the first that applies gives the reason. */
  rules: readonly { id: string; reason: string; applies(form: Form): boolean }[];
}

export interface DepartmentPart {
  department: DepartmentCode;
  /** What the department does for this matter, e.g. 参保登记. */
  task: string;
  /** The part's own budget of office hours, when it is shorter than the departments step's. */
  hours?: number;
}

/** A department part's budget of office hours: its own, or the departments step's. */
export function departmentBudgetHours(part: DepartmentPart, sla: SlaPolicy): number {
  return part.hours ?? sla.stageHours.departments;
}

export interface MatterDefinition<Form = unknown> {
  kind: MatterKind;
  /** The workflow function that runs it (workflows/index.ts). */
  workflowType: string;
  title: string;
  form: z.ZodType<Form>;
  /** The keys the matter is known and filtered by; never personal data. */
  keys(form: Form): { unitCode: string; applicationNo: string; region: string };
  /** The unit that files the matter, as the form describes it (checked against the directory on submission). */
  filingUnit(form: Form): { code: string; region: string; competentDepartment: string };
  /** The units and competent departments party to the matter: who may see it besides its region's offices. */
  parties(form: Form): string[];
  reviewChain: readonly ReviewStepDefinition<Form>[];
  countersign: CountersignPolicy<Form>;
  departments: readonly DepartmentPart[];
  sla: SlaPolicy;
}

/** 承诺时限 and how it is watched. Stage budgets are office hours (09:00–17:30 is 8.5 a day). */
export interface SlaPolicy {
  /** Working days, counted from the working day after submission, due at the close of office. */
  limitWorkingDays: 1 | 2;
  /** Each step's own budget: the review steps, each countersign level, the departments. */
  stageHours: { competent: number; hall: number; countersign: number; departments: number };
  /** The share of a budget after which the yellow card is shown. */
  yellowAt: number;
  /** After a correction the clock restarts from the next working day (the law's default) or resumes with the time that remained. */
  afterCorrection: 'restart' | 'resume';
}
