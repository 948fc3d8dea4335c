/**
 * The one flow every matter runs, as the notice draws it: 主管部门审核 → 政务大厅审核 → for a
 * special case 逐级加签 → every department in parallel (并联办理) → 办结; a return sends the
 * form to the unit (补正) and the matter back to the step that returned it; a department's
 * refusal is an exception the hall resolves; a rejection or withdrawal revokes what the
 * departments registered. Messages arrive through `MatterMessages`, the state is kept by
 * `MatterStateKeeper`, the departments' work is in `department-handling.ts`.
 */
import { allHandlersFinished, CancellationScope, condition, isCancellation, makeContinueAsNewFunc, patched, sleep, workflowInfo } from '@temporalio/workflow';
import { departmentCertificate } from '../certificates/kinds';
import { departmentNames } from '../matters/departments';
import { openingState } from '../matters/opening-state';
import type { DepartmentPart, MatterDefinition } from '../matters/types';
import type { MatterState, Problem } from '../schemas/matter';
import { handleParts, revokeRegistered } from './department-handling';
import { validOrInvalid } from './failures';
import { issueCertificates } from './issue-certificates';
import { applyToRegister, undoInRegister } from './keep-register';
import { MatterMessages, type Withdrawn } from './matter-messages';
import { MatterStateKeeper } from './matter-state';
import type { MatterInput } from './messages';
import { Review, type ReviewOutcome } from './review';
import { SlaClock } from './sla-clock';

/** Where the flow goes after a correction: the review step it returns to, the departments still to run, whether they have run at all. */
interface Route {
  resumeAt: number;
  parts: readonly DepartmentPart[];
  firstRound: boolean;
}

export async function runMatter<Form>(definition: MatterDefinition<Form>, input: MatterInput): Promise<MatterState> {
  const flow = new MatterFlow(definition, input);
  try {
    const state = await flow.run();
    await flow.settle();
    return state;
  } catch (error) {
    if (!flow.durable || !isCancellation(error)) throw error;
    // Cancelled from Temporal UI or the CLI: the matter ends withdrawn, and what the departments registered is revoked.
    return CancellationScope.nonCancellable(async () => {
      const state = await flow.cancelled();
      await flow.settle();
      return state;
    });
  }
}

class MatterFlow<Form> {
  private readonly keeper: MatterStateKeeper<Form>;
  readonly messages: MatterMessages<Form>;
  private readonly clock: SlaClock;
  private readonly reviewer: Review<Form>;
  /**
   * Matters started since their histories were made lean run the departments' parts, the register
   * and the certificates local first, and keep one SLA alarm: a completed matter records about half
   * the events it did, with the same summaries, details and search attributes in Temporal UI. Asked
   * first: a lean matter follows every earlier patch below, so it records this one marker alone.
   */
  private readonly lean = patched('lean-history');
  /**
   * Matters started since the flow followed the notice to the letter are accepted when the hall
   * approves (the receipt is issued then, dated and due as the clock says), and a rejection ends
   * with its written notice; matters started before replay as they ran: accepted when the
   * departments started, rejected without a notice, their form as it was valid when submitted.
   */
  private readonly faithful = this.lean || patched('notice-fidelity');
  /**
   * Matters started since they were made durable end in an operators' exception when a department's
   * system cannot be reached in its time, take operators' Signals from a proven sender only, finish
   * every message handler before they close, and revoke what was registered when cancelled.
   */
  readonly durable = this.lean || patched('durable-matters');
  /** Matters started since the personnel register exists keep it: completed, they record their change there (数据同源). */
  private readonly keepsRegister = this.lean || patched('personnel-register');
  /** Whether the change went to the register, which an ending after it (a cancellation as the matter closes) takes back. */
  private registerChanged = false;

  constructor(
    private readonly definition: MatterDefinition<Form>,
    private readonly input: MatterInput,
  ) {
    // A matter of before took its form (and its corrections) as valid by the rules of its day.
    // The API validated the form already; parsing again guards starts from other paths (CLI, UI);
    // a matter carried over from an earlier version brings the form that version took.
    const readForm = this.faithful ? (raw: unknown) => validOrInvalid(definition.form, raw) : (raw: unknown) => raw as Form;
    const form = input.continued ? (input.form as Form) : readForm(input.form);
    // The matter waits for its first reviewer from the very first moment, so a query or an
    // early operator signal sees the real stage.
    const { workflowId, startTime } = workflowInfo();
    const state = input.continued?.state ?? openingState(definition, form, workflowId, input.submittedAt ?? startTime.toISOString(), input.submittedBy);
    this.keeper = new MatterStateKeeper(state, form);
    this.messages = new MatterMessages(definition, this.keeper, readForm, { durable: this.durable, lean: this.lean });
    this.clock = new SlaClock(this.keeper, definition.sla, { oneAlarm: this.lean });
    this.reviewer = new Review({ definition, keeper: this.keeper, messages: this.messages, clock: this.clock, faithful: this.faithful, lean: this.lean });
    this.messages.setHandlers();
  }

  private get state(): MatterState {
    return this.keeper.state;
  }

  async run(): Promise<MatterState> {
    const { continued } = this.input;
    let route: Route = continued
      ? { resumeAt: continued.resumeAt, parts: this.definition.departments.filter((part) => continued.departments.includes(part.department)), firstRound: continued.firstRound }
      : { resumeAt: 0, parts: this.definition.departments, firstRound: true };
    if (continued) {
      const corrected = await this.awaitCorrection(route);
      if (corrected) return this.end(corrected);
    } else {
      await this.clock.start(this.state.submittedAt);
    }
    for (;;) {
      const reviewed = await this.reviewer.review(route.resumeAt);
      const outcome = reviewed.kind === 'approved' && this.state.specialCase ? await this.reviewer.countersign(route.resumeAt) : reviewed;
      if (outcome.kind === 'rejected' || outcome.kind === 'withdrawn') return this.end(outcome);
      if (outcome.kind === 'returned') {
        route = { ...route, resumeAt: outcome.stepIndex };
        const corrected = await this.correction(outcome.problems, route);
        if (corrected) return this.end(corrected);
        continue;
      }

      const handled = await this.departmentsUntilResolved(route.parts, { acceptance: route.firstRound && !this.faithful });
      if (handled.kind === 'handled') return this.complete();
      if (handled.kind !== 'returned') return this.end(handled);
      route = { resumeAt: handled.stepIndex, parts: handled.parts, firstRound: false };
      const corrected = await this.correction(handled.problems, route);
      if (corrected) return this.end(corrected);
    }
  }

  /** Continue-as-new onto the current version, carrying the state and where the flow goes after the correction. */
  private async moveToCurrentVersion(route: Route): Promise<never> {
    await this.settle();
    const { form, state } = { form: this.keeper.form, state: this.state };
    // The search attributes go along explicitly, so the new run lists in Temporal UI as the old one did.
    return makeContinueAsNewFunc<(input: MatterInput) => Promise<MatterState>>({ initialVersioningBehavior: 'AUTO_UPGRADE', typedSearchAttributes: workflowInfo().typedSearchAttributes })({
      form,
      submittedAt: state.submittedAt,
      submittedBy: this.input.submittedBy,
      continued: { state, resumeAt: route.resumeAt, departments: route.parts.map((part) => part.department), firstRound: route.firstRound },
    });
  }

  /** Every message handled and recorded before the matter closes, so no caller is left without its answer. */
  async settle(): Promise<void> {
    await this.messages.refusalsRecorded();
    if (this.durable) await condition(allHandlersFinished);
  }

  /** 运维取消: the matter ends as withdrawn by an operator. */
  cancelled(): Promise<MatterState> {
    return this.end({ kind: 'withdrawn', reason: '运维人员取消本事项 / cancelled by an operator' });
  }

  /**
   * 并联办理 until every part is done, or the hall resolves an exception: a return for correction
   * (answered with the parts to run again), a rejection, or — after a department's outage — the
   * refused parts run again as they are (重新办理).
   */
  private async departmentsUntilResolved(parts: readonly DepartmentPart[], { acceptance }: { acceptance: boolean }) {
    for (let first = true; ; first = false) {
      const handled = await this.departmentHandling(parts, { acceptance: acceptance && first });
      if (handled.kind !== 'refused') return handled;
      const resolution = await this.exception(handled.refused);
      if (resolution.kind === 'retried') {
        parts = handled.refused;
        continue;
      }
      return resolution.kind === 'returned' ? { ...resolution, parts: handled.refused } : resolution;
    }
  }

  /** 退回补正: the unit corrects every listed problem at once; answers its withdrawal if it withdraws instead. */
  private async correction(problems: Problem[], route: Route): Promise<Withdrawn | undefined> {
    this.keeper.change({
      status: 'correcting',
      stage: 'correction',
      problems,
      waitingFor: { step: 'correction', title: '单位补正', role: 'unit-clerk', organisations: [this.state.unitCode] },
    });
    await this.clock.pause(new Date().toISOString());
    await this.keeper.record();
    return this.awaitCorrection(route);
  }

  /** The unit's corrected form (or its withdrawal); a safe point too, where the matter moves to a newer current version of the workflows. */
  private async awaitCorrection(route: Route): Promise<Withdrawn | undefined> {
    const received = await this.messages.correctedForm();
    if (received.kind === 'withdrawn') return received;
    if (received.kind === 'new-version') return this.moveToCurrentVersion(route);
    this.keeper.replaceForm(received.form, received.by);
    await this.clock.resume(new Date().toISOString(), { accepted: this.state.acceptedAt !== undefined });
    return undefined;
  }

  /** 并联办理: every department's part starts at once; for a matter from before acceptance at the hall, its first round is the acceptance (受理回执). */
  private async departmentHandling(parts: readonly DepartmentPart[], { acceptance }: { acceptance: boolean }) {
    for (const part of parts) this.keeper.setDepartment(part.department, { status: 'handling', reason: undefined, outage: undefined });
    this.keeper.change({
      status: 'handling',
      stage: 'departments',
      waitingFor: { step: 'departments', title: '部门并联办理', role: 'department-officer', organisations: this.keeper.handlingOffices() },
    });
    await this.clock.enterStep('departments', 'departments', '部门并联办理');
    await this.keeper.record();
    // The parts run local first, in the workflow task that runs them: that task is a new one, so the
    // decision that led here (the hall's) is answered as soon as the matter is recorded in handling.
    if (this.lean) await sleep(1, { summary: '并联办理 · 决定已答复，各部门开始办理' });
    const [refused] = await this.messages.whileSettled(
      Promise.all([
        handleParts(this.keeper, this.definition.sla, parts, { durable: this.durable, lean: this.lean }),
        acceptance ? issueCertificates(this.state, ['acceptance-receipt'], { lean: this.lean }) : undefined,
      ]),
    );
    // A withdrawal during handling waits for the parts in flight, then revokes what they registered.
    const withdrawn = this.messages.withdrawalReceived();
    if (withdrawn) return withdrawn;
    return refused.length === 0 ? { kind: 'handled' as const } : { kind: 'refused' as const, refused };
  }

  /** 异常: a department refused its part (or could not be reached); the hall has the unit correct it, rejects the matter, or after an outage has the parts run again. */
  private async exception(refused: DepartmentPart[]): Promise<Exclude<ReviewOutcome, { kind: 'approved' }> | { kind: 'retried' }> {
    const hallIndex = this.reviewer.plan().findIndex((step) => step.step === 'hall');
    const hall = this.reviewer.plan()[hallIndex]!;
    await this.reviewer.waitFor('exception', hall, hall.organisations);
    const received = await this.messages.nextDecision();
    if (received.kind === 'withdrawn') return received;
    const { decision } = received;
    if (decision.decision === 'reject') return { kind: 'rejected', reason: decision.reason ?? '' };
    if (decision.decision === 'retry') return { kind: 'retried' };
    const refusals = refused.map((part) => ({ field: part.department, message: `${departmentNames[part.department]}：${this.keeper.refusalOf(part)}` }));
    // The corrected form goes back to the hall that returned it, then only to the refusing departments.
    return { kind: 'returned', stepIndex: hallIndex, problems: [...refusals, ...(decision.problems ?? [])] };
  }

  /** 办结: the person's change goes to the personnel register, the matter closes, then its completion notice and every department's record are issued from the closed record. */
  private async complete(): Promise<MatterState> {
    if (this.keepsRegister) {
      this.registerChanged = true;
      await applyToRegister(this.state.id, { lean: this.lean });
    }
    const state = await this.close({ status: 'completed', outcome: '办结 / completed' });
    const records = this.definition.departments.map((part) => departmentCertificate(part.department)).filter((kind) => kind !== undefined);
    await issueCertificates(this.state, ['completion-notice', ...records], { lean: this.lean });
    return state;
  }

  /** Rejection or withdrawal: nothing a department registered may outlive the matter; a rejection is notified in writing (不予办理通知书). */
  private async end(ending: { kind: 'rejected'; reason: string } | Withdrawn): Promise<MatterState> {
    await revokeRegistered(this.keeper, this.definition.departments);
    if (this.registerChanged) await undoInRegister(this.state.id);
    if (ending.kind === 'withdrawn') return this.close({ status: 'withdrawn', outcome: ending.reason, withdrawnBy: ending.by });
    const state = await this.close({ status: 'rejected', outcome: ending.reason });
    if (this.faithful) await issueCertificates(this.state, ['rejection-notice'], { lean: this.lean });
    return state;
  }

  private async close({ status, outcome, withdrawnBy }: Pick<MatterState, 'outcome' | 'withdrawnBy'> & { status: 'completed' | 'rejected' | 'withdrawn' }): Promise<MatterState> {
    this.clock.stop();
    this.keeper.change({ status, stage: status, waitingFor: null, outcome, completedAt: new Date().toISOString(), ...(status === 'withdrawn' ? { withdrawnBy } : {}) });
    await this.keeper.record();
    this.messages.closed();
    return this.state;
  }
}
