/**
 * 审核: the review steps of the flow — 主管部门审核 and 政务大厅审核 (where the hall accepts the matter,
 * or finds it a special case), then 逐级加签 level by level — each waiting for every organisation
 * it names, and ending at the first decision that is not an approval.
 */
import { reviewPlan, ruleSpecialCase, type PlannedStep } from '../matters/review-plan';
import type { MatterDefinition } from '../matters/types';
import type { MatterState, Problem } from '../schemas/matter';
import { issueCertificates } from './issue-certificates';
import type { MatterMessages, Withdrawn } from './matter-messages';
import type { MatterStateKeeper } from './matter-state';
import type { SlaClock } from './sla-clock';

/** How a run of review steps ends: every step approved, or the first decision that is not an approval. */
export type ReviewOutcome =
  | { kind: 'approved' }
  | { kind: 'rejected'; reason: string }
  | { kind: 'returned'; stepIndex: number; problems: Problem[] }
  | Withdrawn;

type StepOutcome = { kind: 'approved' } | { kind: 'rejected'; reason: string } | { kind: 'returned'; problems: Problem[] } | { kind: 'countersign'; reason: string } | Withdrawn;

/** What the review works on: the matter's definition, its state, its messages and its clock. */
export interface ReviewedMatter<Form> {
  definition: MatterDefinition<Form>;
  keeper: MatterStateKeeper<Form>;
  messages: MatterMessages<Form>;
  clock: SlaClock;
  /** Whether the hall's approval is the acceptance (受理) with its receipt, as for matters since the notice-fidelity release. */
  faithful: boolean;
  /** Whether the receipt is issued local first, as for matters with lean histories. */
  lean: boolean;
}

export class Review<Form> {
  constructor(private readonly matter: ReviewedMatter<Form>) {}

  /** 主管部门审核 → 政务大厅审核, from the step a correction returns to; the hall may find the matter a special case. */
  review(fromStep: number): Promise<ReviewOutcome> {
    return this.reviewSteps(fromStep, this.matter.definition.reviewChain.length);
  }

  /** 逐级加签: the personnel division's levels in turn, from the level a correction returns to. */
  countersign(fromStep: number): Promise<ReviewOutcome> {
    return this.reviewSteps(Math.max(fromStep, this.matter.definition.reviewChain.length), this.plan().length);
  }

  private async reviewSteps(from: number, to: number): Promise<ReviewOutcome> {
    for (let index = from; index < to; index++) {
      const step = this.plan()[index]!;
      const outcome = await this.reviewStep(step);
      switch (outcome.kind) {
        case 'approved':
          if (step.step !== 'hall') continue;
          if (!this.matter.keeper.state.specialCase) this.matter.keeper.change({ specialCase: ruleSpecialCase(this.matter.definition, this.matter.keeper.form) });
          await this.acceptance();
          continue;
        case 'countersign':
          this.matter.keeper.change({ specialCase: { reason: outcome.reason, source: 'hall' } });
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
      const received = await this.matter.messages.nextDecision();
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
            this.matter.keeper.change({ waitingFor: { ...this.matter.keeper.state.waitingFor!, organisations: [...pending] } });
            await this.matter.keeper.record();
          }
      }
    }
    return { kind: 'approved' };
  }

  /** 受理: the hall approving (or passing a special case on to countersignature) accepts the matter, once; the receipt says so, with the committed due time. */
  private async acceptance(): Promise<void> {
    if (!this.matter.faithful || this.matter.keeper.state.acceptedAt) return;
    this.matter.keeper.change({ acceptedAt: new Date().toISOString() });
    await this.matter.keeper.record();
    await issueCertificates(this.matter.keeper.state, ['acceptance-receipt'], { lean: this.matter.lean });
  }

  plan(): PlannedStep[] {
    return reviewPlan(this.matter.definition, this.matter.keeper.form, this.matter.keeper.state.specialCase);
  }


  /** The matter waits at `step` for the organisations named: shown, timed, recorded. */
  async waitFor(status: MatterState['status'], step: PlannedStep, organisations: string[]): Promise<void> {
    this.matter.keeper.change({ status, stage: step.step, waitingFor: { step: step.step, title: step.title, role: step.role, organisations: [...organisations] } });
    await this.matter.clock.enterStep(step.step, step.step.startsWith('countersign') ? 'countersign' : (step.step as 'competent' | 'hall'), step.title);
    await this.matter.keeper.record();
  }
}
