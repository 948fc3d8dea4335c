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
  private pendingDecision: DecisionRecord | undefined;
  private correctedForm: Form | undefined;
  private withdrawal: (WithdrawalInput & { at: string }) | undefined;

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
    const now = new Date().toISOString();
    this.state = {
      id: workflowInfo().workflowId,
      kind: definition.kind,
      ...definition.keys(this.form),
      status: 'reviewing',
      stage: 'submitted',
      waitingFor: null,
      departments: definition.departments.map((part) => ({
        code: part.department,
        name: `${departmentNames[part.department]} · ${part.task}`,
        status: 'pending',
      })),
      decisions: [],
      formVersion: 1,
      problems: [],
      submittedAt: now,
      updatedAt: now,
      version: 0,
    };
  }

  setup(): void {
    setHandler(matterStateQuery, () => this.state);

    setHandler(
      decide,
      async (input) => {
        this.acceptDecision(input);
        return this.stateAfterChange();
      },
      { validator: (input) => this.checkDecision(input) },
    );
    setHandler(decideSignal, (input) => {
      if (this.ignoredSignal('decision', () => this.checkDecision(input))) return;
      this.acceptDecision(input);
    });

    setHandler(
      resubmitForm,
      async (form) => {
        this.correctedForm = this.definition.form.parse(form);
        return this.stateAfterChange();
      },
      { validator: (form) => this.checkResubmission(form) },
    );

    setHandler(
      withdraw,
      async (input) => {
        this.acceptWithdrawal(input);
        return this.stateAfterChange();
      },
      { validator: (input) => this.checkWithdrawal(input) },
    );
    setHandler(withdrawSignal, (input) => {
      if (this.ignoredSignal('withdrawal', () => this.checkWithdrawal(input))) return;
      this.acceptWithdrawal(input);
    });
  }

  async run(): Promise<MatterState> {
    await this.record(this.form);

    let resumeAt = 0;
    for (;;) {
      const outcome = await this.review(resumeAt);
      if (outcome.kind === 'approved') break;
      if (outcome.kind === 'returned') {
        if (!(await this.correction(outcome.problems))) return this.close('withdrawn', this.withdrawal!.reason);
        resumeAt = outcome.stepIndex;
        continue;
      }
      return this.close(outcome.kind, outcome.reason);
    }

    let parts = this.definition.departments;
    for (;;) {
      const failed = await this.departmentHandling(parts);
      if (failed.length === 0) return this.close('completed', '办结 / completed');
      const resolution = await this.exception(failed);
      if (resolution.kind === 'rejected' || resolution.kind === 'withdrawn') {
        await this.compensate();
        return this.close(resolution.kind, resolution.reason);
      }
      if (!(await this.correction(resolution.problems))) {
        await this.compensate();
        return this.close('withdrawn', this.withdrawal!.reason);
      }
      parts = failed;
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
    await this.record(this.form);
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
    const hall = this.definition.reviewChain.find((step) => step.step === 'hall')!;
    await this.waitFor('exception', hall);
    const decision = await this.nextDecision();
    if (!decision) return { kind: 'withdrawn', reason: this.withdrawal!.reason };
    if (decision.decision === 'reject') return { kind: 'rejected', reason: decision.reason ?? '' };
    const refusals = failed.map((part) => ({
      field: part.department,
      message: `${departmentNames[part.department]}：${this.state.departments.find((d) => d.code === part.department)?.reason ?? part.task}`,
    }));
    return { kind: 'returned', stepIndex: 0, problems: [...refusals, ...(decision.problems ?? [])] };
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

  private async close(status: 'completed' | 'rejected' | 'withdrawn', outcome: string): Promise<MatterState> {
    this.change({ status, stage: status, waitingFor: null, outcome, completedAt: new Date().toISOString() });
    await this.record();
    return this.state;
  }

  private async waitFor(status: MatterStatus, step: ReviewStepDefinition<Form>): Promise<void> {
    this.change({ status, stage: step.step, waitingFor: { step: step.step, role: step.role, organisation: step.organisation(this.form) } });
    await this.record();
  }

  /** The next decision for the current step, or undefined when the unit withdrew first. */
  private async nextDecision(): Promise<DecisionRecord | undefined> {
    await condition(() => this.pendingDecision !== undefined || this.withdrawal !== undefined);
    if (this.withdrawal) return undefined;
    const decision = this.pendingDecision!;
    this.pendingDecision = undefined;
    this.change({ decisions: [...this.state.decisions, decision] });
    return decision;
  }

  // --- messages -----------------------------------------------------------------------------

  private checkDecision(input: DecisionInput): void {
    const parsed = decisionInput.safeParse(input);
    if (!parsed.success) throw invalid(issuesToFieldErrors(parsed.error));
    const waiting = this.state.waitingFor;
    const decidable = this.state.status === 'reviewing' || this.state.status === 'exception';
    if (!decidable || !waiting || waiting.step !== input.step || this.pendingDecision) {
      throw rejection(`环节 ${input.step} 当前不待决定 / step ${input.step} is not awaiting a decision (matter is ${this.state.status} at ${this.state.stage})`, messageRejections.wrongStep);
    }
    if (input.decision === 'countersign') {
      throw rejection('本事项此环节不支持加签 / countersignature is not available at this step', messageRejections.notAllowed);
    }
    if (this.state.status === 'exception' && input.decision === 'approve') {
      throw rejection('部门异常须退回补正或不予通过 / a department exception is resolved by return or reject', messageRejections.notAllowed);
    }
  }

  private acceptDecision(input: DecisionInput): void {
    this.pendingDecision = { ...decisionInput.parse(input), at: new Date().toISOString() };
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

  /** A signal has no caller to answer, so an invalid one is logged and dropped rather than failing the matter. */
  private ignoredSignal(what: string, check: () => void): boolean {
    try {
      check();
      return false;
    } catch (error) {
      log.warn(`ignored ${what} signal`, { reason: error instanceof Error ? error.message : String(error) });
      return true;
    }
  }

  /** Resolves once the main flow has acted on the message, so the caller gets the state that follows from it. */
  private async stateAfterChange(): Promise<MatterState> {
    const version = this.state.version;
    await condition(() => this.state.version > version);
    return this.state;
  }

  // --- state --------------------------------------------------------------------------------

  private change(patch: Partial<MatterState>): void {
    const before = this.visibleStage();
    Object.assign(this.state, patch, { updatedAt: new Date().toISOString(), version: this.state.version + 1 });
    const after = this.visibleStage();
    if (after === before) return;
    // Only a new stage is worth a history event; department-by-department progress is in the query.
    upsertSearchAttributes([
      { key: searchAttributes.matterStatus, value: this.state.status },
      { key: searchAttributes.stage, value: this.state.stage },
      { key: searchAttributes.pendingRole, value: this.state.waitingFor?.role ?? null },
    ]);
    setCurrentDetails(after);
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

  private record(form?: Form): Promise<void> {
    return recordMatter({ ...this.state }, form);
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
