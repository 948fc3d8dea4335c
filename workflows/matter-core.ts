/**
 * The one review-and-handling core every matter runs, read top to bottom like the notice's
 * flowchart: review step by step (主管部门 → 政务大厅 → for a special case, the personnel
 * division level by level) → (correction, and back to the step that returned it) → every
 * department in parallel → (exception the hall resolves) → done.
 * The matter's whole state is one object; the query returns it, each change is projected
 * to PostgreSQL by a local activity and mirrored in the search attributes.
 */
import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  log,
  patched,
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
import { certificateTitle, departmentCertificate, type CertificateKind } from '../certificates/kinds';
import { departmentNames } from '../matters/departments';
import { openingState } from '../matters/opening-state';
import type { DepartmentPart, MatterDefinition } from '../matters/types';
import { issuesToFieldErrors, type FieldError } from '../schemas/domain';
import {
  actor as actorSchema,
  decisionInput,
  withdrawalInput,
  type Actor,
  type DecisionInput,
  type DecisionRecord,
  type MatterState,
  type Problem,
  type RefusedMessage,
  type WithdrawalInput,
} from '../schemas/matter';
import { decisionRefusal, resubmissionRefusal, unitActorRefusal, withdrawalRefusal, type Refusal } from './message-checks';
import { SlaClock, type ClockHost } from './sla-clock';
import { reviewPlan, ruleSpecialCase, type PlannedStep } from './review-plan';
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
const { issueCertificates } = proxyActivities<Pick<Activities, 'issueCertificates'>>(activityOptions.certificate);

type ReviewOutcome =
  | { kind: 'approved' }
  | { kind: 'rejected'; reason: string }
  | { kind: 'returned'; stepIndex: number; problems: Problem[] }
  | { kind: 'withdrawn'; reason: string };

type StepOutcome = Exclude<ReviewOutcome, { kind: 'returned' }> | { kind: 'returned'; problems: Problem[] } | { kind: 'countersign'; reason: string };

/** How many refused messages the state keeps: enough to see a pattern, bounded however many arrive; the audit trail keeps them all. */
const keptRefusals = 20;

export async function runMatter<Form>(definition: MatterDefinition<Form>, input: MatterInput): Promise<MatterState> {
  const matter = new Matter(definition, input);
  matter.setup();
  const state = await matter.run();
  // A refused withdrawal signal is recorded by its handler; the matter must not close over that record.
  if (matter.checksActors) await condition(() => matter.refusalsRecorded());
  return state;
}

class Matter<Form> implements ClockHost {
  private form: Form;
  readonly state: MatterState;
  private readonly clock: SlaClock;
  /** Decisions in arrival order; signals may queue several, each is checked when its turn comes. */
  private readonly inbox: DecisionRecord[] = [];
  private correctedForm: Form | undefined;
  private correctedBy: Actor | undefined;
  private withdrawal: (WithdrawalInput & { at: string }) | undefined;
  /** The form version PostgreSQL already holds, so each version is written once. */
  private recordedFormVersion = 0;
  /** What the search attributes and current details show now. */
  private shownStage = '';
  /** True while the flow waits for a person or for the departments: a message's effect is then complete. */
  private idle = false;
  /**
   * Whether messages must come from the role and organisation they are meant for. Decided once,
   * at the start: matters started before messages carried their sender took them from anyone,
   * and their histories must replay as they ran.
   */
  readonly checksActors: boolean;
  /** Refused messages whose projection is still being written. */
  private refusalsInFlight = 0;

  constructor(
    private readonly definition: MatterDefinition<Form>,
    input: MatterInput,
  ) {
    this.checksActors = patched('authorised-messages');
    // The API validated the form already; parsing again guards starts from other paths (CLI, UI).
    const parsed = definition.form.safeParse(input.form);
    if (!parsed.success) {
      throw invalid(issuesToFieldErrors(parsed.error));
    }
    this.form = parsed.data;
    // The matter waits for its first reviewer from the very first moment, so a query or an
    // early operator signal sees the real stage.
    const { workflowId, startTime } = workflowInfo();
    this.state = openingState(definition, this.form, workflowId, input.submittedAt ?? startTime.toISOString(), input.submittedBy);
    this.clock = new SlaClock(this, definition.sla);
  }

  setup(): void {
    setHandler(matterStateQuery, () => this.state);

    setHandler(
      decide,
      async (input) => {
        const decision = this.stamped(input);
        this.inbox.push(decision);
        return this.stateOnceActedOn(() => !this.inbox.includes(decision));
      },
      {
        validator: (input) => {
          if (this.inbox.length > 0) throw rejection('另一决定正在处理中 / another decision is being applied', messageRejections.wrongStep);
          const parsed = decisionInput.safeParse(input);
          if (!parsed.success) throw invalid(issuesToFieldErrors(parsed.error));
          refuseIf(decisionRefusal(this.state, parsed.data, this.checksActors));
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
      async (form, actor?: Actor) => {
        this.correctedForm = this.definition.form.parse(form);
        this.correctedBy = actor;
        return this.stateOnceActedOn(() => this.correctedForm === undefined);
      },
      { validator: (form: unknown, actor?: Actor) => this.checkResubmission(form, actor) },
    );

    setHandler(
      withdraw,
      async (input) => {
        this.acceptWithdrawal(input);
        return this.stateOnceActedOn(() => this.state.status === 'withdrawn');
      },
      { validator: (input) => this.checkWithdrawal(input) },
    );
    setHandler(withdrawSignal, async (input) => {
      const parsed = withdrawalInput.safeParse(input);
      if (!parsed.success) {
        log.warn('ignored withdrawal signal', { reason: describeProblems(issuesToFieldErrors(parsed.error)) });
        return;
      }
      const refusal = this.withdrawalRefusal(parsed.data.actor);
      if (!refusal) {
        this.acceptWithdrawal(parsed.data);
        return;
      }
      log.warn('ignored withdrawal signal', { reason: refusal.message });
      if (this.checksActors) await this.recordRefusal({ message: 'withdrawal', actor: parsed.data.actor, reason: refusal.message, at: new Date().toISOString() });
    });
  }

  async run(): Promise<MatterState> {
    await this.clock.startMatter(this.state.submittedAt);
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
      // A withdrawal during handling waits for the parts in flight, then revokes what they registered.
      if (this.withdrawal) return this.end('withdrawn', this.withdrawal.reason);
      if (refused.length === 0) return this.complete();

      const resolution = await this.exception(refused);
      if (resolution.kind !== 'returned') return this.end(resolution.kind, resolution.reason);
      if (!(await this.correction(resolution.problems))) return this.end('withdrawn', this.withdrawal!.reason);
      reviewFrom = resolution.stepIndex;
      parts = refused;
    }
  }

  /** 主管部门审核 → 政务大厅审核 → (加签): step by step from `fromStep`; the plan grows when a special case appears. */
  private async review(fromStep: number): Promise<ReviewOutcome> {
    for (let index = fromStep; index < this.plan().length; index++) {
      const step = this.plan()[index]!;
      const outcome = await this.reviewStep(step);
      switch (outcome.kind) {
        case 'approved':
          if (step.step === 'hall' && !this.state.specialCase) this.change({ specialCase: ruleSpecialCase(this.definition, this.form) });
          continue;
        case 'countersign':
          this.change({ specialCase: { reason: outcome.reason, source: 'hall' } });
          continue;
        case 'returned':
          return { kind: 'returned', stepIndex: index, problems: outcome.problems };
        default:
          return outcome;
      }
    }
    return { kind: 'approved' };
  }

  /** One step: every organisation it names must approve (a transfer's two competent departments, in parallel); any other decision ends the step. */
  private async reviewStep(step: PlannedStep): Promise<StepOutcome> {
    const pending = [...step.organisations];
    await this.waitFor(step.status, step, pending);
    while (pending.length > 0) {
      const decision = await this.nextDecision();
      if (!decision) return { kind: 'withdrawn', reason: this.withdrawal!.reason };
      switch (decision.decision) {
        case 'reject':
          return { kind: 'rejected', reason: decision.reason ?? '' };
        case 'return':
          return { kind: 'returned', problems: decision.problems ?? [] };
        case 'countersign':
          return { kind: 'countersign', reason: decision.reason ?? '' };
        case 'approve':
          pending.splice(pending.indexOf(decision.actor!.organisation!), 1);
          if (pending.length > 0) {
            this.change({ waitingFor: { ...this.state.waitingFor!, organisations: [...pending] } });
            await this.record();
          }
      }
    }
    return { kind: 'approved' };
  }

  private plan(): PlannedStep[] {
    return reviewPlan(this.definition, this.form, this.state.specialCase);
  }

  /** 退回补正: the unit corrects every listed problem at once; false when it withdraws instead. */
  private async correction(problems: Problem[]): Promise<boolean> {
    this.change({
      status: 'correcting',
      stage: 'correction',
      problems,
      waitingFor: { step: 'correction', title: '单位补正', role: 'unit-clerk', organisations: [this.state.unitCode] },
    });
    await this.clock.pause(new Date().toISOString());
    await this.record();
    await this.awaitInput(() => this.correctedForm !== undefined || this.withdrawal !== undefined);
    if (this.withdrawal) return false;
    this.form = this.correctedForm!;
    this.correctedForm = undefined;
    this.change({ formVersion: this.state.formVersion + 1, problems: [], formBy: this.correctedBy });
    await this.clock.resume(new Date().toISOString());
    return true;
  }

  /** 并联办理: every department's part starts at once; returns the parts a department refused. */
  private async departmentHandling(parts: readonly DepartmentPart[]): Promise<DepartmentPart[]> {
    for (const part of parts) this.setDepartment(part.department, { status: 'handling', reason: undefined });
    this.change({
      status: 'handling',
      stage: 'departments',
      waitingFor: { step: 'departments', title: '部门并联办理', role: 'department-officer', organisations: this.handlingOffices() },
    });
    await this.clock.enterStep('departments', 'departments', '部门并联办理');
    await this.record();
    this.idle = true;
    // 受理回执: the hall's acceptance is attested once, while the departments get to work.
    const firstRound = parts === this.definition.departments;
    const [results] = await Promise.all([Promise.all(parts.map((part) => this.handlePart(part))), firstRound ? this.issueCertificates(['acceptance-receipt']) : undefined]);
    this.idle = false;
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
    const hallIndex = this.plan().findIndex((step) => step.step === 'hall');
    const hall = this.plan()[hallIndex]!;
    await this.waitFor('exception', hall, hall.organisations);
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
    if (done.length === 0) return;
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

  /** 办结: the matter closes, then its completion notice and every department's record are issued from the closed record. */
  private async complete(): Promise<MatterState> {
    const state = await this.close('completed', '办结 / completed');
    const records = this.definition.departments.map((part) => departmentCertificate(part.department)).filter((kind) => kind !== undefined);
    await this.issueCertificates(['completion-notice', ...records]);
    return state;
  }

  private async issueCertificates(kinds: CertificateKind[]): Promise<void> {
    await issueCertificates.executeWithOptions(
      { ...activityOptions.certificate, summary: `凭证 · ${kinds.map((kind) => certificateTitle(kind, this.state.kind)).join('、')}` },
      [{ matterId: this.state.id, kinds }],
    );
  }

  /** Rejection or withdrawal: nothing a department registered may outlive the matter. */
  private async end(status: 'rejected' | 'withdrawn', reason: string): Promise<MatterState> {
    await this.compensate();
    return this.close(status, reason);
  }

  private async close(status: 'completed' | 'rejected' | 'withdrawn', outcome: string): Promise<MatterState> {
    this.clock.stop();
    this.change({ status, stage: status, waitingFor: null, outcome, completedAt: new Date().toISOString(), ...(status === 'withdrawn' ? { withdrawnBy: this.withdrawal?.actor } : {}) });
    await this.record();
    this.idle = true;
    return this.state;
  }

  private async waitFor(status: MatterState['status'], step: PlannedStep, organisations: string[]): Promise<void> {
    this.change({ status, stage: step.step, waitingFor: { step: step.step, title: step.title, role: step.role, organisations: [...organisations] } });
    await this.clock.enterStep(step.step, step.step.startsWith('countersign') ? 'countersign' : (step.step as 'competent' | 'hall'), step.title);
    await this.record();
  }

  /** The next valid decision for the current step, or undefined when the unit withdrew first. */
  private async nextDecision(): Promise<DecisionRecord | undefined> {
    for (;;) {
      await this.awaitInput(() => this.inbox.length > 0 || this.withdrawal !== undefined);
      if (this.withdrawal) return undefined;
      const received = this.inbox.shift()!;
      const refusal = decisionRefusal(this.state, received, this.checksActors);
      if (refusal) {
        log.warn('ignored decision signal', { reason: refusal.message });
        if (this.checksActors) await this.recordRefusal({ message: 'decision', step: received.step, actor: received.actor, reason: refusal.message, at: received.at });
        continue;
      }
      const decision = this.checksActors ? received : withGuessedOrganisation(received, this.state.waitingFor!.organisations[0]!);
      this.change({ decisions: [...this.state.decisions, decision] });
      return decision;
    }
  }

  // --- messages -----------------------------------------------------------------------------

  /** A well-formed decision (the validator or the signal handler parsed it) with the moment it arrived. */
  private stamped(input: DecisionInput): DecisionRecord {
    return { ...input, at: new Date().toISOString() };
  }

  private checkResubmission(form: unknown, actor: Actor | undefined): void {
    refuseIf(resubmissionRefusal(this.state, this.correctedForm !== undefined));
    if (this.checksActors) {
      const sender = actorSchema.optional().safeParse(actor);
      if (!sender.success) throw invalid(issuesToFieldErrors(sender.error));
      refuseIf(unitActorRefusal(this.state, sender.data));
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
    refuseIf(this.withdrawalRefusal(parsed.data.actor));
  }

  private withdrawalRefusal(actor: Actor | undefined): Refusal | undefined {
    return withdrawalRefusal(this.state, this.withdrawal !== undefined) ?? (this.checksActors ? unitActorRefusal(this.state, actor) : undefined);
  }

  /** A refused signal leaves no event of its own in history; the state and, through the projection, the audit trail keep it. */
  private async recordRefusal(refused: RefusedMessage): Promise<void> {
    this.change({ refusedMessages: [...this.state.refusedMessages, refused].slice(-keptRefusals) });
    this.refusalsInFlight++;
    await this.record();
    this.refusalsInFlight--;
  }

  refusalsRecorded(): boolean {
    return this.refusalsInFlight === 0;
  }

  private acceptWithdrawal(input: WithdrawalInput): void {
    this.withdrawal = { ...withdrawalInput.parse(input), at: new Date().toISOString() };
  }

  /** Resolves once the flow has taken the message and settled again, so the caller gets the state that follows from it. */
  private async stateOnceActedOn(taken: () => boolean): Promise<MatterState> {
    await condition(() => taken() && this.idle);
    return this.state;
  }

  /** Waits for a person's message; meanwhile the matter counts as settled. */
  private async awaitInput(arrived: () => boolean): Promise<void> {
    this.idle = true;
    await condition(arrived);
    this.idle = false;
  }

  // --- state --------------------------------------------------------------------------------

  change(patch: Partial<MatterState>): void {
    Object.assign(this.state, patch, { updatedAt: new Date().toISOString(), version: this.state.version + 1 });
    const stage = this.visibleStage();
    const { sla } = this.state;
    const shown = `${stage} · ${sla.state} · ${sla.matter?.due ?? ''}`;
    if (shown === this.shownStage) return;
    // Only a new stage or SLA state is worth a history event; department-by-department progress is in the query.
    this.shownStage = shown;
    upsertSearchAttributes([
      { key: searchAttributes.matterStatus, value: this.state.status },
      { key: searchAttributes.stage, value: this.state.stage },
      { key: searchAttributes.pendingRole, value: this.state.waitingFor?.role ?? null },
      { key: searchAttributes.slaState, value: sla.state },
      { key: searchAttributes.slaDeadline, value: sla.matter ? new Date(sla.matter.due) : null },
    ]);
    setCurrentDetails(sla.step ? `${stage} · 时限 ${sla.step.due}` : stage);
  }

  /** What Temporal UI shows: status and the step waited for, never a department-by-department tick. */
  private visibleStage(): string {
    const waiting = this.state.waitingFor;
    if (!waiting) return this.state.status;
    const who = waiting.step === 'departments' ? '各部门' : waiting.organisations.join('、');
    return `${this.state.status} · 等待${waiting.title} · ${waiting.role} · ${who}`;
  }

  private setDepartment(code: DepartmentPart['department'], patch: { status: MatterState['departments'][number]['status']; reason?: string; receipt?: string }): void {
    const departments = this.state.departments.map((d) => (d.code === code ? { ...d, ...patch } : d));
    const waiting = this.state.waitingFor;
    this.change({
      departments,
      ...(waiting?.step === 'departments' ? { waitingFor: { ...waiting, organisations: this.handlingOffices(departments) } } : {}),
    });
  }

  /** The offices still at work, e.g. `pension-640300`; the departments step waits for them. */
  private handlingOffices(departments = this.state.departments): string[] {
    const offices = departments.filter((d) => d.status === 'handling').map((d) => `${d.code}-${this.state.region}`);
    return offices.length > 0 ? offices : [`departments-${this.state.region}`];
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
  async record(): Promise<void> {
    const newForm = this.state.formVersion > this.recordedFormVersion;
    await recordMatter.executeWithOptions({ ...activityOptions.record, summary: `登记进度 · ${this.state.status} · ${this.state.stage}` }, [
      { ...this.state },
      newForm ? this.form : undefined,
    ]);
    this.recordedFormVersion = this.state.formVersion;
  }
}

/** How matters started before decisions carried their sender took one that named no organisation: for the first still awaited. */
function withGuessedOrganisation(received: DecisionRecord, firstAwaited: string): DecisionRecord {
  return { ...received, actor: { id: received.actor?.id ?? 'unknown', ...received.actor, organisation: received.actor?.organisation ?? firstAwaited } };
}

function refuseIf(refusal: Refusal | undefined): void {
  if (!refusal) return;
  // A refused Update leaves nothing in history; a sender refused for its role is at least in the worker's log (role and organisation only).
  if (refusal.type === messageRejections.notAuthorised) log.warn('refused update from a sender the step does not wait for', { reason: refusal.message });
  throw rejection(refusal.message, refusal.type);
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
