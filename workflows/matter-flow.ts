/**
 * The one flow every matter runs, as the notice draws it: 主管部门审核 → 政务大厅审核 → for a
 * special case 逐级加签 → every department in parallel (并联办理) → 办结; a return sends the
 * form to the unit (补正) and the matter back to the step that returned it; a department's
 * refusal is an exception the hall resolves; a rejection or withdrawal revokes what the
 * departments registered. Messages arrive through `MatterMessages`, the state is kept by
 * `MatterStateKeeper`, the departments' work is in `department-handling.ts`.
 */
import { allHandlersFinished, CancellationScope, condition, isCancellation, patched, workflowInfo } from '@temporalio/workflow';
import { departmentCertificate } from '../certificates/kinds';
import { departmentNames } from '../matters/departments';
import { openingState } from '../matters/opening-state';
import { reviewPlan, ruleSpecialCase, type PlannedStep } from '../matters/review-plan';
import type { DepartmentPart, MatterDefinition } from '../matters/types';
import type { MatterState, Problem } from '../schemas/matter';
import { handleParts, revokeRegistered } from './department-handling';
import { validOrInvalid } from './failures';
import { issueCertificates } from './issue-certificates';
import { MatterMessages, type Withdrawn } from './matter-messages';
import { MatterStateKeeper } from './matter-state';
import type { MatterInput } from './messages';
import { SlaClock } from './sla-clock';

/** How a run of review steps ends: every step approved, or the first decision that is not an approval. */
type ReviewOutcome =
  | { kind: 'approved' }
  | { kind: 'rejected'; reason: string }
  | { kind: 'returned'; stepIndex: number; problems: Problem[] }
  | Withdrawn;

type StepOutcome = { kind: 'approved' } | { kind: 'rejected'; reason: string } | { kind: 'returned'; problems: Problem[] } | { kind: 'countersign'; reason: string } | Withdrawn;

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
  /**
   * Matters started since the flow followed the notice to the letter are accepted when the hall
   * approves (the receipt is issued then, dated and due as the clock says), and a rejection ends
   * with its written notice; matters started before replay as they ran: accepted when the
   * departments started, rejected without a notice, their form as it was valid when submitted.
   */
  private readonly faithful = patched('notice-fidelity');
  /**
   * Matters started since they were made durable end in an operators' exception when a department's
   * system cannot be reached in its time, take operators' Signals from a proven sender only, finish
   * every message handler before they close, and revoke what was registered when cancelled.
   */
  readonly durable = patched('durable-matters');

  constructor(
    private readonly definition: MatterDefinition<Form>,
    input: MatterInput,
  ) {
    // A matter of before took its form (and its corrections) as valid by the rules of its day.
    // The API validated the form already; parsing again guards starts from other paths (CLI, UI).
    const readForm = this.faithful ? (raw: unknown) => validOrInvalid(definition.form, raw) : (raw: unknown) => raw as Form;
    const form = readForm(input.form);
    // The matter waits for its first reviewer from the very first moment, so a query or an
    // early operator signal sees the real stage.
    const { workflowId, startTime } = workflowInfo();
    const opening = openingState(definition, form, workflowId, input.submittedAt ?? startTime.toISOString(), input.submittedBy);
    this.keeper = new MatterStateKeeper(opening, form);
    this.messages = new MatterMessages(definition, this.keeper, readForm, this.durable);
    this.clock = new SlaClock(this.keeper, definition.sla);
    this.messages.setHandlers();
  }

  private get state(): MatterState {
    return this.keeper.state;
  }

  async run(): Promise<MatterState> {
    await this.clock.start(this.state.submittedAt);
    let resumeAt = 0;
    let parts: readonly DepartmentPart[] = this.definition.departments;
    let firstRound = true;
    for (;;) {
      const reviewed = await this.review(resumeAt);
      const outcome = reviewed.kind === 'approved' && this.state.specialCase ? await this.countersign(resumeAt) : reviewed;
      if (outcome.kind === 'rejected' || outcome.kind === 'withdrawn') return this.end(outcome);
      if (outcome.kind === 'returned') {
        const corrected = await this.correction(outcome.problems);
        if (corrected) return this.end(corrected);
        resumeAt = outcome.stepIndex;
        continue;
      }

      const handled = await this.departmentsUntilResolved(parts, { acceptance: firstRound && !this.faithful });
      firstRound = false;
      if (handled.kind === 'handled') return this.complete();
      if (handled.kind !== 'returned') return this.end(handled);
      const corrected = await this.correction(handled.problems);
      if (corrected) return this.end(corrected);
      resumeAt = handled.stepIndex;
      parts = handled.parts;
    }
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

  /** 主管部门审核 → 政务大厅审核, from the step a correction returns to; the hall may find the matter a special case. */
  private review(fromStep: number): Promise<ReviewOutcome> {
    return this.reviewSteps(fromStep, this.definition.reviewChain.length);
  }

  /** 逐级加签: the personnel division's levels in turn, from the level a correction returns to. */
  private countersign(fromStep: number): Promise<ReviewOutcome> {
    return this.reviewSteps(Math.max(fromStep, this.definition.reviewChain.length), this.plan().length);
  }

  private async reviewSteps(from: number, to: number): Promise<ReviewOutcome> {
    for (let index = from; index < to; index++) {
      const step = this.plan()[index]!;
      const outcome = await this.reviewStep(step);
      switch (outcome.kind) {
        case 'approved':
          if (step.step !== 'hall') continue;
          if (!this.state.specialCase) this.keeper.change({ specialCase: ruleSpecialCase(this.definition, this.keeper.form) });
          await this.acceptance();
          continue;
        case 'countersign':
          this.keeper.change({ specialCase: { reason: outcome.reason, source: 'hall' } });
          await this.acceptance();
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
      const received = await this.messages.nextDecision();
      if (received.kind === 'withdrawn') return received;
      const { decision } = received;
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
            this.keeper.change({ waitingFor: { ...this.state.waitingFor!, organisations: [...pending] } });
            await this.keeper.record();
          }
      }
    }
    return { kind: 'approved' };
  }

  /** 受理: the hall approving (or passing a special case on to countersignature) accepts the matter, once; the receipt says so, with the committed due time. */
  private async acceptance(): Promise<void> {
    if (!this.faithful || this.state.acceptedAt) return;
    this.keeper.change({ acceptedAt: new Date().toISOString() });
    await this.keeper.record();
    await issueCertificates(this.state, ['acceptance-receipt']);
  }

  private plan(): PlannedStep[] {
    return reviewPlan(this.definition, this.keeper.form, this.state.specialCase);
  }

  /** 退回补正: the unit corrects every listed problem at once; answers its withdrawal if it withdraws instead. */
  private async correction(problems: Problem[]): Promise<Withdrawn | undefined> {
    this.keeper.change({
      status: 'correcting',
      stage: 'correction',
      problems,
      waitingFor: { step: 'correction', title: '单位补正', role: 'unit-clerk', organisations: [this.state.unitCode] },
    });
    await this.clock.pause(new Date().toISOString());
    await this.keeper.record();
    const received = await this.messages.correctedForm();
    if (received.kind === 'withdrawn') return received;
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
    const [refused] = await this.messages.whileSettled(
      Promise.all([handleParts(this.keeper, this.definition.sla, parts, { outagesToExceptions: this.durable }), acceptance ? issueCertificates(this.state, ['acceptance-receipt']) : undefined]),
    );
    // A withdrawal during handling waits for the parts in flight, then revokes what they registered.
    const withdrawn = this.messages.withdrawalReceived();
    if (withdrawn) return withdrawn;
    return refused.length === 0 ? { kind: 'handled' as const } : { kind: 'refused' as const, refused };
  }

  /** 异常: a department refused its part (or could not be reached); the hall has the unit correct it, rejects the matter, or after an outage has the parts run again. */
  private async exception(refused: DepartmentPart[]): Promise<Exclude<ReviewOutcome, { kind: 'approved' }> | { kind: 'retried' }> {
    const hallIndex = this.plan().findIndex((step) => step.step === 'hall');
    const hall = this.plan()[hallIndex]!;
    await this.waitFor('exception', hall, hall.organisations);
    const received = await this.messages.nextDecision();
    if (received.kind === 'withdrawn') return received;
    const { decision } = received;
    if (decision.decision === 'reject') return { kind: 'rejected', reason: decision.reason ?? '' };
    if (decision.decision === 'retry') return { kind: 'retried' };
    const refusals = refused.map((part) => ({ field: part.department, message: `${departmentNames[part.department]}：${this.keeper.refusalOf(part)}` }));
    // The corrected form goes back to the hall that returned it, then only to the refusing departments.
    return { kind: 'returned', stepIndex: hallIndex, problems: [...refusals, ...(decision.problems ?? [])] };
  }

  /** 办结: the matter closes, then its completion notice and every department's record are issued from the closed record. */
  private async complete(): Promise<MatterState> {
    const state = await this.close({ status: 'completed', outcome: '办结 / completed' });
    const records = this.definition.departments.map((part) => departmentCertificate(part.department)).filter((kind) => kind !== undefined);
    await issueCertificates(this.state, ['completion-notice', ...records]);
    return state;
  }

  /** Rejection or withdrawal: nothing a department registered may outlive the matter; a rejection is notified in writing (不予办理通知书). */
  private async end(ending: { kind: 'rejected'; reason: string } | Withdrawn): Promise<MatterState> {
    await revokeRegistered(this.keeper, this.definition.departments);
    if (ending.kind === 'withdrawn') return this.close({ status: 'withdrawn', outcome: ending.reason, withdrawnBy: ending.by });
    const state = await this.close({ status: 'rejected', outcome: ending.reason });
    if (this.faithful) await issueCertificates(this.state, ['rejection-notice']);
    return state;
  }

  private async close({ status, outcome, withdrawnBy }: Pick<MatterState, 'outcome' | 'withdrawnBy'> & { status: 'completed' | 'rejected' | 'withdrawn' }): Promise<MatterState> {
    this.clock.stop();
    this.keeper.change({ status, stage: status, waitingFor: null, outcome, completedAt: new Date().toISOString(), ...(status === 'withdrawn' ? { withdrawnBy } : {}) });
    await this.keeper.record();
    this.messages.closed();
    return this.state;
  }

  private async waitFor(status: MatterState['status'], step: PlannedStep, organisations: string[]): Promise<void> {
    this.keeper.change({ status, stage: step.step, waitingFor: { step: step.step, title: step.title, role: step.role, organisations: [...organisations] } });
    await this.clock.enterStep(step.step, step.step.startsWith('countersign') ? 'countersign' : (step.step as 'competent' | 'hall'), step.title);
    await this.keeper.record();
  }
}
