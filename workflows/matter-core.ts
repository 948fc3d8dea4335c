/**
 * The one review-and-handling core every matter runs, read top to bottom like the notice's
 * flowchart: review step by step → (correction, and back to the step that returned it) →
 * every department in parallel → (exception the hall resolves) → done.
 * The matter's whole state is one object; the query returns it, each change is projected
 * to PostgreSQL by a local activity and mirrored in the search attributes.
 */
import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  log,
  proxyActivities,
  proxyLocalActivities,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { activityOptions, searchAttributes } from '../temporal.config';
import type { Activities, DepartmentActivities, DepartmentTask } from '../activities/types';
import { departmentRejection } from '../activities/types';
import { departmentNames } from '../matters/departments';
import { openingState } from '../matters/opening-state';
import type { DepartmentPart, MatterDefinition, ReviewStepDefinition } from '../matters/types';
import { issuesToFieldErrors, type FieldError } from '../schemas/domain';
import {
  decisionInput,
  withdrawalInput,
  type DecisionInput,
  type DecisionRecord,
  type MatterState,
  type MatterStatus,
  type Problem,
  type WithdrawalInput,
} from '../schemas/matter';
import {
  decide,
  decideSignal,
  matterStateQuery,
  messageRejections,
  resubmitForm,
  withdraw,
  withdrawSignal,
  type MatterInput,
} from './messages';

const departments = proxyActivities<DepartmentActivities>(activityOptions.department);
const { recordMatter } = proxyLocalActivities<Pick<Activities, 'recordMatter'>>(activityOptions.record);

type ReviewOutcome =
  | { kind: 'approved' }
  | { kind: 'rejected'; reason: string }
  | { kind: 'returned'; stepIndex: number; problems: Problem[] }
  | { kind: 'withdrawn'; reason: string };

const openForWithdrawal: readonly MatterStatus[] = ['reviewing', 'countersigning', 'correcting', 'exception'];

export async function runMatter<Form>(definition: MatterDefinition<Form>, input: MatterInput): Promise<MatterState> {
  const matter = new Matter(definition, input);
  matter.setup();
  return matter.run();
}

class Matter<Form> {
  private form: Form;
  private readonly state: MatterState;
  /** Decisions in arrival order; signals may queue several, each is checked when its turn comes. */
  private readonly inbox: DecisionRecord[] = [];
  private correctedForm: Form | undefined;
  private withdrawal: (WithdrawalInput & { at: string }) | undefined;
  /** The form version PostgreSQL already holds, so each version is written once. */
  private recordedFormVersion = 0;
  /** What the search attributes and current details show now. */
  private shownStage = '';

  constructor(
    private readonly definition: MatterDefinition<Form>,
    input: MatterInput,
  ) {
    // The API validated the form already; parsing again guards starts from other paths (CLI, UI).
    const parsed = definition.form.safeParse(input.form);
    if (!parsed.success) {
      throw invalid(issuesToFieldErrors(parsed.error));
    }
    this.form = parsed.data;
    // The matter waits for its first reviewer from the very first moment, so a query or an
    // early operator signal sees the real stage.
    const { workflowId, startTime } = workflowInfo();
    this.state = openingState(definition, this.form, workflowId, input.submittedAt ?? startTime.toISOString());
  }

  setup(): void {
    setHandler(matterStateQuery, () => this.state);

    setHandler(
      decide,
      async (input) => {
        const stage = this.state.stage;
        this.inbox.push(this.stamped(input));
        return this.stateAfterLeaving(stage);
      },
      {
        validator: (input) => {
          if (this.inbox.length > 0) throw rejection('另一决定正在处理中 / another decision is being applied', messageRejections.wrongStep);
          const parsed = decisionInput.safeParse(input);
          if (!parsed.success) throw invalid(issuesToFieldErrors(parsed.error));
          this.checkDecision(parsed.data);
        },
      },
    );
    // Queued, not checked now: an operator's signals for consecutive steps may arrive together.
    setHandler(decideSignal, (input) => {
      const parsed = decisionInput.safeParse(input);
      if (parsed.success) this.inbox.push(this.stamped(parsed.data));
      else log.warn('ignored decision signal', { reason: describeProblems(issuesToFieldErrors(parsed.error)) });
    });

    setHandler(
      resubmitForm,
      async (form) => {
        this.correctedForm = this.definition.form.parse(form);
        return this.stateAfterLeaving('correction');
      },
      { validator: (form) => this.checkResubmission(form) },
    );

    setHandler(
      withdraw,
      async (input) => {
        const stage = this.state.stage;
        this.acceptWithdrawal(input);
        return this.stateAfterLeaving(stage);
      },
      { validator: (input) => this.checkWithdrawal(input) },
    );
    setHandler(withdrawSignal, (input) => {
      try {
        this.checkWithdrawal(input);
        this.acceptWithdrawal(input);
      } catch (error) {
        log.warn('ignored withdrawal signal', { reason: error instanceof Error ? error.message : String(error) });
      }
    });
  }

  async run(): Promise<MatterState> {
    let reviewFrom = 0;
    let parts = this.definition.departments;
    for (;;) {
      const review = await this.review(reviewFrom);
      if (review.kind === 'returned') {
        if (!(await this.correction(review.problems))) return this.end('withdrawn', this.withdrawal!.reason);
        reviewFrom = review.stepIndex;
        continue;
      }
      if (review.kind !== 'approved') return this.end(review.kind, review.reason);

      const refused = await this.departmentHandling(parts);
      if (refused.length === 0) return this.close('completed', '办结 / completed');

      const resolution = await this.exception(refused);
      if (resolution.kind !== 'returned') return this.end(resolution.kind, resolution.reason);
      if (!(await this.correction(resolution.problems))) return this.end('withdrawn', this.withdrawal!.reason);
      reviewFrom = resolution.stepIndex;
      parts = refused;
    }
  }

  /** 主管部门审核 → 政务大厅审核: each step waits for one decision from its role. */
  private async review(fromStep: number): Promise<ReviewOutcome> {
    const chain = this.definition.reviewChain;
    for (let index = fromStep; index < chain.length; index++) {
      const step = chain[index]!;
      await this.waitFor('reviewing', step);
      const decision = await this.nextDecision();
      if (!decision) return { kind: 'withdrawn', reason: this.withdrawal!.reason };
      switch (decision.decision) {
        case 'approve':
          continue;
        case 'reject':
          return { kind: 'rejected', reason: decision.reason ?? '' };
        case 'return':
          return { kind: 'returned', stepIndex: index, problems: decision.problems ?? [] };
        case 'countersign':
          throw ApplicationFailure.nonRetryable('countersign passed the validator at a step without countersignature');
      }
    }
    return { kind: 'approved' };
  }

  /** 退回补正: the unit corrects every listed problem at once; false when it withdraws instead. */
  private async correction(problems: Problem[]): Promise<boolean> {
    this.change({
      status: 'correcting',
      stage: 'correction',
      problems,
      waitingFor: { step: 'correction', role: 'unit-clerk', organisation: this.state.unitCode },
    });
    await this.record();
    await condition(() => this.correctedForm !== undefined || this.withdrawal !== undefined);
    if (this.withdrawal) return false;
    this.form = this.correctedForm!;
    this.correctedForm = undefined;
    this.change({ formVersion: this.state.formVersion + 1, problems: [] });
    return true;
  }

  /** 并联办理: every department's part starts at once; returns the parts a department refused. */
  private async departmentHandling(parts: readonly DepartmentPart[]): Promise<DepartmentPart[]> {
    for (const part of parts) this.setDepartment(part.department, { status: 'handling', reason: undefined });
    this.change({
      status: 'handling',
      stage: 'departments',
      waitingFor: { step: 'departments', role: 'department-officer', organisation: `departments-${this.state.region}` },
    });
    await this.record();
    const results = await Promise.all(parts.map((part) => this.handlePart(part)));
    return parts.filter((_, index) => !results[index]);
  }

  private async handlePart(part: DepartmentPart): Promise<boolean> {
    const handle = departments[`${part.department}Handle`];
    try {
      const { receipt } = await handle.executeWithOptions(
        { ...activityOptions.department, summary: `${departmentNames[part.department]} · ${part.task}` },
        [this.departmentTask(part)],
      );
      this.setDepartment(part.department, { status: 'done', receipt });
      return true;
    } catch (error) {
      const refusal = departmentRefusal(error);
      if (refusal === undefined) throw error;
      this.setDepartment(part.department, { status: 'failed', reason: refusal });
      return false;
    }
  }

  /** 异常: a department refused its part; the hall either has the unit correct it or rejects the matter. */
  private async exception(failed: DepartmentPart[]): Promise<Exclude<ReviewOutcome, { kind: 'approved' }>> {
    const hallIndex = this.definition.reviewChain.findIndex((step) => step.step === 'hall');
    await this.waitFor('exception', this.definition.reviewChain[hallIndex]!);
    const decision = await this.nextDecision();
    if (!decision) return { kind: 'withdrawn', reason: this.withdrawal!.reason };
    if (decision.decision === 'reject') return { kind: 'rejected', reason: decision.reason ?? '' };
    const refusals = failed.map((part) => ({
      field: part.department,
      message: `${departmentNames[part.department]}：${this.state.departments.find((d) => d.code === part.department)?.reason ?? part.task}`,
    }));
    // The corrected form goes back to the hall that returned it, then only to the refusing departments.
    return { kind: 'returned', stepIndex: hallIndex, problems: [...refusals, ...(decision.problems ?? [])] };
  }

  /** 撤销: what departments already registered is revoked, so a rejected matter leaves nothing behind. */
  private async compensate(): Promise<void> {
    const done = this.definition.departments.filter((part) => this.departmentStatus(part.department) === 'done');
    await Promise.all(
      done.map(async (part) => {
        await departments[`${part.department}Revoke`].executeWithOptions(
          { ...activityOptions.department, summary: `${departmentNames[part.department]} · 撤销${part.task}` },
          [this.departmentTask(part)],
        );
        this.setDepartment(part.department, { status: 'revoked' });
      }),
    );
  }

  /** Rejection or withdrawal: nothing a department registered may outlive the matter. */
  private async end(status: 'rejected' | 'withdrawn', reason: string): Promise<MatterState> {
    await this.compensate();
    return this.close(status, reason);
  }

  private async close(status: 'completed' | 'rejected' | 'withdrawn', outcome: string): Promise<MatterState> {
    this.change({ status, stage: status, waitingFor: null, outcome, completedAt: new Date().toISOString() });
    await this.record();
    return this.state;
  }

  private async waitFor(status: MatterStatus, step: ReviewStepDefinition<Form>): Promise<void> {
    this.change({ status, stage: step.step, waitingFor: { step: step.step, role: step.role, organisation: step.organisation(this.form) } });
    await this.record();
  }

  /** The next valid decision for the current step, or undefined when the unit withdrew first. */
  private async nextDecision(): Promise<DecisionRecord | undefined> {
    for (;;) {
      await condition(() => this.inbox.length > 0 || this.withdrawal !== undefined);
      if (this.withdrawal) return undefined;
      const decision = this.inbox.shift()!;
      try {
        this.checkDecision(decision);
      } catch (error) {
        log.warn('ignored decision signal', { reason: error instanceof Error ? error.message : String(error) });
        continue;
      }
      this.change({ decisions: [...this.state.decisions, decision] });
      return decision;
    }
  }

  // --- messages -----------------------------------------------------------------------------

  /** Whether the matter, as it stands, can take this (well-formed) decision. */
  private checkDecision(input: DecisionInput): void {
    const waiting = this.state.waitingFor;
    const decidable = this.state.status === 'reviewing' || this.state.status === 'exception';
    if (!decidable || !waiting || waiting.step !== input.step) {
      throw rejection(`环节 ${input.step} 当前不待决定 / step ${input.step} is not awaiting a decision (matter is ${this.state.status} at ${this.state.stage})`, messageRejections.wrongStep);
    }
    if (input.decision === 'countersign') {
      throw rejection('本事项此环节不支持加签 / countersignature is not available at this step', messageRejections.notAllowed);
    }
    if (this.state.status === 'exception' && input.decision === 'approve') {
      throw rejection('部门异常须退回补正或不予通过 / a department exception is resolved by return or reject', messageRejections.notAllowed);
    }
  }

  /** A well-formed decision (the validator or the signal handler parsed it) with the moment it arrived. */
  private stamped(input: DecisionInput): DecisionRecord {
    return { ...input, at: new Date().toISOString() };
  }

  private checkResubmission(form: unknown): void {
    if (this.state.status !== 'correcting' || this.correctedForm !== undefined) {
      throw rejection(`事项当前不待补正 / the matter is not waiting for a correction (it is ${this.state.status})`, messageRejections.wrongStep);
    }
    const parsed = this.definition.form.safeParse(form);
    if (!parsed.success) throw invalid(issuesToFieldErrors(parsed.error));
    const keys = this.definition.keys(parsed.data);
    if (keys.unitCode !== this.state.unitCode || keys.applicationNo !== this.state.applicationNo) {
      throw invalid([{ field: 'applicationNo', message: '补正不能更改单位代码或申请编号 / a correction cannot change the unit code or applicationNo' }]);
    }
  }

  private checkWithdrawal(input: WithdrawalInput): void {
    const parsed = withdrawalInput.safeParse(input);
    if (!parsed.success) throw invalid(issuesToFieldErrors(parsed.error));
    if (!openForWithdrawal.includes(this.state.status) || this.withdrawal) {
      throw rejection(`事项${this.state.status === 'handling' ? '正在部门办理' : '已结束'}，不能撤回 / the matter can no longer be withdrawn (it is ${this.state.status})`, messageRejections.wrongStep);
    }
  }

  private acceptWithdrawal(input: WithdrawalInput): void {
    this.withdrawal = { ...withdrawalInput.parse(input), at: new Date().toISOString() };
  }

  /** Resolves once the matter has moved past the stage the message was sent at, so the caller gets the state that follows from it. */
  private async stateAfterLeaving(stage: string): Promise<MatterState> {
    await condition(() => this.state.stage !== stage);
    return this.state;
  }

  // --- state --------------------------------------------------------------------------------

  private change(patch: Partial<MatterState>): void {
    Object.assign(this.state, patch, { updatedAt: new Date().toISOString(), version: this.state.version + 1 });
    const stage = this.visibleStage();
    if (stage === this.shownStage) return;
    // Only a new stage is worth a history event; department-by-department progress is in the query.
    this.shownStage = stage;
    upsertSearchAttributes([
      { key: searchAttributes.matterStatus, value: this.state.status },
      { key: searchAttributes.stage, value: this.state.stage },
      { key: searchAttributes.pendingRole, value: this.state.waitingFor?.role ?? null },
    ]);
    setCurrentDetails(stage);
  }

  private visibleStage(): string {
    const waiting = this.state.waitingFor;
    return waiting ? `${this.state.status} · 等待 ${waiting.step} · ${waiting.role} · ${waiting.organisation}` : this.state.status;
  }

  private setDepartment(code: DepartmentPart['department'], patch: { status: MatterState['departments'][number]['status']; reason?: string; receipt?: string }): void {
    this.change({ departments: this.state.departments.map((d) => (d.code === code ? { ...d, ...patch } : d)) });
  }

  private departmentStatus(code: DepartmentPart['department']) {
    return this.state.departments.find((d) => d.code === code)?.status;
  }

  private departmentTask(part: DepartmentPart): DepartmentTask {
    return {
      matterId: this.state.id,
      kind: this.state.kind,
      department: part.department,
      formVersion: this.state.formVersion,
      idempotencyKey: `${this.state.id}/${part.department}/v${this.state.formVersion}`,
    };
  }

  /** Projects the state to PostgreSQL, with the form whenever a new version of it has not been written yet. */
  private async record(): Promise<void> {
    const newForm = this.state.formVersion > this.recordedFormVersion;
    await recordMatter({ ...this.state }, newForm ? this.form : undefined);
    this.recordedFormVersion = this.state.formVersion;
  }
}

/** A refused message; invalid input carries its field problems as details for the API to list. */
function rejection(message: string, type: string, problems?: FieldError[]): ApplicationFailure {
  return ApplicationFailure.create({ message, type, nonRetryable: true, details: problems ? [problems] : undefined });
}

function invalid(problems: FieldError[]): ApplicationFailure {
  return rejection(describeProblems(problems), messageRejections.invalidInput, problems);
}

function describeProblems(problems: FieldError[]): string {
  return problems.map((p) => `${p.field || '(form)'}: ${p.message}`).join('; ');
}

function departmentRefusal(error: unknown): string | undefined {
  if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure && error.cause.type === departmentRejection) {
    return error.cause.message;
  }
  return undefined;
}
