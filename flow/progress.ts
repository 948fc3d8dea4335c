/**
 * Where a matter stands, node by node, read from its state alone (the same state
 * `GET /api/v1/matters/:id` answers): which review steps are done, returned or refused, what
 * waits and how late, each department's result, and which branch ended it.
 */
import type { MatterDefinition, ReviewStepDefinition } from '../matters/types';
import type { DecisionRecord, MatterState, MatterStatus } from '../schemas/matter';
import type { NodeState } from './graph';
import { countersignStep, deciderNode, departmentNode, exceptionResolverStep, reviewNode, type ChartNode, type ChartShape, type Decider } from './structure';
import { shanghaiMinute } from './time';

export interface NodeReading {
  state: NodeState;
  due?: string;
  note?: string;
}

const statusNames: Record<MatterStatus, string> = {
  reviewing: '审核中',
  countersigning: '加签中',
  handling: '部门办理中',
  correcting: '补正中',
  exception: '部门异常',
  completed: '已办结',
  rejected: '不予通过',
  withdrawn: '已撤回',
};

const reviewing: readonly MatterStatus[] = ['reviewing', 'countersigning'];

export class MatterProgress {
  /** Decisions on review steps, and the hall's decisions on a department exception (recorded on step `hall` too). */
  private readonly review: DecisionRecord[] = [];
  private readonly exception: DecisionRecord[] = [];
  /** The review steps in the order the matter meets them. */
  private readonly steps: string[];
  /** Review steps past this index are not reached (yet, or again); undefined when every one was passed. */
  private readonly reviewReach: number | undefined;
  /** Who decides each step of the chain, as the state tells. */
  private readonly decidersByStep = new Map<string, Decider[]>();
  /** The step and organisation each node of a step decided in parallel stands for. */
  private readonly deciding = new Map<string, { step: string; organisation: string }>();

  constructor(
    definition: MatterDefinition<unknown>,
    private readonly matter: MatterState,
  ) {
    const levels = matter.specialCase ? definition.countersign.levels.map((_, index) => countersignStep(index + 1)) : [];
    this.steps = [...definition.reviewChain.map((step) => step.step), ...levels];
    const lastStep = this.steps.at(-1);
    // A decision of the hall that follows the approval of the last review step is its resolution of a department exception.
    matter.decisions.forEach((decision, index) => {
      const previous = matter.decisions[index - 1];
      const resolvesException =
        decision.step === exceptionResolverStep && previous?.decision === 'approve' && (previous.step === lastStep || previous.step === exceptionResolverStep);
      (resolvesException ? this.exception : this.review).push(decision);
    });
    for (const step of definition.reviewChain) this.decidersByStep.set(step.step, this.deciders(step));
    this.reviewReach = this.reachedStep();
  }

  get caption(): string {
    const { matter } = this;
    const deadline = matter.sla.matter ? ` · 办结时限 ${shanghaiMinute(matter.sla.matter.due)}` : '';
    const lateness = matter.completedAt ? '' : matter.sla.state === 'overdue' ? ' · 已超时' : matter.sla.state === 'warned' ? ' · 临近时限' : '';
    return `${matter.id} · ${statusNames[matter.status]}${deadline}${lateness}`;
  }

  shape(): ChartShape {
    return {
      countersign: this.matter.specialCase ? 'applies' : 'absent',
      deciders: (step) => this.decidersByStep.get(step.step)!,
    };
  }

  of(node: ChartNode): NodeReading {
    const { matter } = this;
    if (this.steps.includes(node.id) || this.deciding.has(node.id)) return this.stepReading(node.id);
    if (node.id.startsWith('department-')) return this.departmentReading(node.id);
    const ended = this.endedReview();
    switch (node.id) {
      case 'start':
      case 'review-start':
        return { state: 'done' };
      case reviewNode:
        return { state: this.reviewPassed() ? 'done' : reviewing.includes(matter.status) ? 'waiting' : ended === 'return' ? 'returned' : ended === 'reject' ? 'failed' : 'not-reached' };
      case 'review-approved':
        return { state: this.reviewPassed() ? 'done' : 'not-reached' };
      case 'review-returned':
        return { state: ended === 'return' ? 'returned' : this.review.some((d) => d.decision === 'return') ? 'done' : 'not-reached' };
      case 'review-rejected':
        return { state: ended === 'reject' ? 'failed' : 'not-reached' };
      case 'correction':
        if (matter.status === 'correcting') return { state: 'waiting', note: matter.problems.map((p) => p.message).join('；') };
        return { state: matter.formVersion > 1 ? 'done' : 'not-reached' };
      case 'exception':
        return this.exceptionReading();
      case 'completed':
        return { state: matter.status === 'completed' ? 'done' : 'not-reached' };
      case 'rejected':
        return { state: matter.status === 'rejected' ? 'failed' : 'not-reached', note: matter.status === 'rejected' ? matter.outcome : undefined };
      case 'withdrawal':
      case 'withdrawal-start':
        return { state: matter.status === 'withdrawn' ? 'done' : 'not-reached' };
      case 'withdrawn':
        return { state: matter.status === 'withdrawn' ? 'revoked' : 'not-reached', note: matter.status === 'withdrawn' ? matter.outcome : undefined };
      default:
        return { state: 'not-reached' };
    }
  }

  /**
   * The organisations that decide a step, from the state: those that decided it and those it
   * waits for. Several are matched to the definition's parallel deciders in the order the
   * matter's parties list them, which is the order the definition names them in.
   */
  private deciders(step: ReviewStepDefinition<unknown>): Decider[] {
    const awaited = this.waitsAt(step.step) ? this.matter.waitingFor!.organisations : [];
    const decided = this.review.filter((d) => d.step === step.step).flatMap((d) => (d.actor?.organisation ? [d.actor.organisation] : []));
    const rank = (organisation: string) => {
      const index = this.matter.parties.indexOf(organisation);
      return index < 0 ? Number.MAX_SAFE_INTEGER : index;
    };
    const organisations = [...new Set([...decided, ...awaited])].sort((a, b) => rank(a) - rank(b));
    if (organisations.length <= 1) return [{ title: step.title, optional: false }];
    const declared = [...(step.parallelDeciders ?? [])].sort((a, b) => Number(a.optional ?? false) - Number(b.optional ?? false));
    return organisations.map((organisation, index) => {
      const decider = declared.length >= organisations.length ? { id: declared[index]!.id, title: declared[index]!.title } : { id: String(index + 1), title: `${step.title}（${index + 1}）` };
      this.deciding.set(deciderNode(step.step, { ...decider, optional: false }), { step: step.step, organisation });
      return { ...decider, optional: false };
    });
  }

  private stepReading(id: string): NodeReading {
    const { step, organisation } = this.deciding.get(id) ?? { step: id, organisation: undefined };
    if (this.waitsAt(step)) {
      const awaited = this.matter.waitingFor!.organisations;
      if (!organisation || awaited.includes(organisation)) return this.waitingReading();
    }
    if (this.reviewReach !== undefined && this.steps.indexOf(step) > this.reviewReach) return { state: 'not-reached' };
    const latest = this.review.filter((d) => d.step === step && (!organisation || d.actor?.organisation === organisation)).at(-1);
    switch (latest?.decision) {
      case 'approve':
      case 'countersign':
        return { state: 'done' };
      case 'return':
        return { state: 'returned', note: latest.problems?.map((p) => p.message).join('；') };
      case 'reject':
        return { state: 'failed', note: latest.reason };
      default:
        return { state: 'not-reached' };
    }
  }

  private departmentReading(id: string): NodeReading {
    const progress = this.matter.departments.find((d) => departmentNode(d.code) === id);
    switch (progress?.status) {
      case 'handling':
        return this.matter.stage === 'departments' ? this.waitingReading() : { state: 'waiting' };
      case 'done':
        return { state: 'done', note: progress.receipt ? `登记号 ${progress.receipt}` : undefined };
      case 'failed':
        return { state: 'failed', note: progress.reason };
      case 'revoked':
        return { state: 'revoked' };
      default:
        return { state: 'not-reached' };
    }
  }

  private exceptionReading(): NodeReading {
    if (this.matter.status === 'exception') return this.waitingReading();
    const latest = this.exception.at(-1);
    if (!latest) return { state: 'not-reached' };
    if (latest.decision === 'reject') return { state: 'failed', note: latest.reason };
    return { state: this.matter.status === 'correcting' ? 'returned' : 'done' };
  }

  /** The current step's node: its due time, yellow or red once the step's card is shown. */
  private waitingReading(): NodeReading {
    const { sla } = this.matter;
    if (!sla.step) return { state: 'waiting' };
    const cards = sla.cards.filter((card) => card.scope === 'step' && card.due === sla.step!.due).map((card) => card.card);
    const state = cards.includes('red') ? 'red' : cards.includes('yellow') ? 'yellow' : 'waiting';
    return { state, due: sla.step.due };
  }

  /** Every review step approved on the latest pass: the departments were reached. */
  private reviewPassed(): boolean {
    const { status, departments } = this.matter;
    return status === 'handling' || status === 'exception' || status === 'completed' || departments.some((d) => d.status !== 'pending');
  }

  /** How the review ended when a reviewer (not the hall on an exception) returned or rejected the matter last. */
  private endedReview(): 'return' | 'reject' | undefined {
    const { status, decisions } = this.matter;
    const last = decisions.at(-1);
    if (!last || this.review.at(-1) !== last) return undefined;
    if (status === 'correcting' && last.decision === 'return') return 'return';
    if (status === 'rejected' && last.decision === 'reject') return 'reject';
    return undefined;
  }

  private waitsAt(step: string): boolean {
    return reviewing.includes(this.matter.status) && this.matter.waitingFor?.step === step;
  }

  /** How far the review got on its latest pass: the step it waits at, or the one that returned or refused the form. */
  private reachedStep(): number | undefined {
    const { matter } = this;
    if (reviewing.includes(matter.status)) return this.steps.indexOf(matter.waitingFor?.step ?? '');
    return this.endedReview() ? this.steps.indexOf(matter.decisions.at(-1)!.step) : undefined;
  }
}
