/**
 * What people send a matter and what it makes of it: the handlers of every message (decision
 * Updates with validators, the operators' Signals, the corrected form, withdrawal), the queue
 * of decisions, and the waits through which the flow receives them. A wait answers what
 * happened — a decision, a corrected form, or a withdrawal — so the flow branches on that.
 * Matters started before messages carried their sender took them from anyone; the switch
 * for them (`checksActors`) is decided once, at the start, and lives here alone.
 */
import { condition, log, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import type { MatterDefinition } from '../matters/types';
import { issuesToFieldErrors } from '../schemas/field-errors';
import { actor as actorSchema, decisionInput, withdrawalInput, type Actor, type DecisionInput, type DecisionRecord, type RefusedMessage, type WithdrawalInput } from '../schemas/matter';
import { describeProblems, invalid, refuseIf, rejection } from './failures';
import { decisionRefusal, resubmissionRefusal, unitActorRefusal, withdrawalRefusal, type Refusal } from './message-checks';
import { decide, decideSignal, matterStateQuery, messageRejections, moveToCurrentVersion, resubmitForm, withdraw, withdrawSignal } from './messages';
import { signalledDecision, signalledWithdrawal } from './operator-signals';
import type { MatterStateKeeper } from './matter-state';

export type Withdrawn = { kind: 'withdrawn'; reason: string; by?: Actor };
export type Decided = { kind: 'decided'; decision: DecisionRecord };
export type Corrected<Form> = { kind: 'corrected'; form: Form; by?: Actor };
/** A newer version of the workflows became current while the matter waited: it moves there before it waits on. */
export type NewVersion = { kind: 'new-version' };

/** How many refused messages the state keeps: enough to see a pattern, bounded however many arrive; the audit trail keeps them all. */
const keptRefusals = 20;

export class MatterMessages<Form> {
  /** Decisions in arrival order; signals may queue several, each is checked when its turn comes. */
  private readonly queue: DecisionRecord[] = [];
  private corrected: Omit<Corrected<Form>, 'kind'> | undefined;
  private withdrawal: (WithdrawalInput & { at: string }) | undefined;
  /** True while the flow waits for a person or for the departments: a message's effect is then complete. */
  private settled = false;
  /** Refused messages whose projection is still being written. */
  private refusalsInFlight = 0;
  /**
   * Whether messages must come from the role and organisation they are meant for: matters
   * started before messages carried their sender took them from anyone, and their histories
   * must replay as they ran. A matter with a lean history checks them without asking the patch.
   */
  private readonly checksActors: boolean;

  constructor(
    private readonly definition: MatterDefinition<Form>,
    private readonly keeper: MatterStateKeeper<Form>,
    /** How an accepted corrected form is read: by today's schema, or as it was valid when a matter of before took it. */
    private readonly readForm: (form: unknown) => Form,
    {
      durable,
      lean,
    }: {
      /**
       * For matters since the durable release: operators' Signals from a sender their token proves,
       * checked when they arrive (workflows/operator-signals.ts) — matters of before took a free-text
       * sender, checked when its turn came — and a wait for a correction that gives way to a move to
       * the current version of the workflows.
       */
      durable: boolean;
      /** For matters with lean histories, which follow every earlier patch without asking it. */
      lean: boolean;
    },
  ) {
    this.durable = durable;
    this.checksActors = lean || patched('authorised-messages');
  }

  private readonly durable: boolean;

  private get state() {
    return this.keeper.state;
  }

  setHandlers(): void {
    setHandler(matterStateQuery, () => this.state);
    // Only wakes the matter: whether it moves is Temporal's to say (its target version changed).
    setHandler(moveToCurrentVersion, () => undefined);

    setHandler(
      decide,
      async (input) => {
        const decision = this.stamped(input);
        this.queue.push(decision);
        return this.stateOnceActedOn(() => !this.queue.includes(decision));
      },
      {
        validator: (input) => {
          if (this.queue.length > 0) throw rejection('另一决定正在处理中 / another decision is being applied', messageRejections.wrongStep);
          if (this.withdrawal) throw rejection('单位已撤回本事项 / the unit has withdrawn the matter', messageRejections.wrongStep);
          const parsed = decisionInput.safeParse(input);
          if (!parsed.success) throw invalid(issuesToFieldErrors(parsed.error));
          refuseIf(decisionRefusal(this.state, parsed.data, this.checksActors));
        },
      },
    );
    setHandler(decideSignal, async (input) => {
      if (!this.durable) return this.queueUnchecked(input);
      const signalled = await signalledDecision(() => this.state, input);
      if ('refused' in signalled) return this.refuseSignal(signalled.refused);
      this.queue.push(this.stamped(signalled.decision));
    });

    setHandler(
      resubmitForm,
      async (form, by?: Actor) => {
        this.corrected = { form: this.readForm(form), by };
        return this.stateOnceActedOn(() => this.corrected === undefined);
      },
      { validator: (form: unknown, by?: Actor) => this.checkResubmission(form, by) },
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
      if (this.durable) {
        const signalled = await signalledWithdrawal(() => this.state, input, () => this.withdrawal !== undefined);
        if ('refused' in signalled) return this.refuseSignal(signalled.refused);
        return this.acceptWithdrawal(signalled.withdrawal);
      }
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

  /** How matters of before took an operator's decision: queued unchecked, checked when its turn comes (signals for consecutive steps may arrive together). */
  private queueUnchecked(input: unknown): void {
    const parsed = decisionInput.safeParse(input);
    if (parsed.success) this.queue.push(this.stamped(parsed.data));
    else log.warn('ignored decision signal', { reason: describeProblems(issuesToFieldErrors(parsed.error)) });
  }

  private refuseSignal(refused: Omit<RefusedMessage, 'at'>): Promise<void> {
    log.warn('ignored operator signal', { reason: refused.reason });
    return this.recordRefusal({ ...refused, at: new Date().toISOString() });
  }

  /** The next valid decision for the step the matter waits at, or the unit's withdrawal if it comes first. */
  async nextDecision(): Promise<Decided | Withdrawn> {
    for (;;) {
      await this.awaitInput(() => this.queue.length > 0 || this.withdrawal !== undefined);
      if (this.withdrawal) return this.withdrawn(this.withdrawal);
      const received = this.queue.shift()!;
      const refusal = decisionRefusal(this.state, received, this.checksActors);
      if (refusal) {
        log.warn('ignored decision signal', { reason: refusal.message });
        if (this.checksActors) await this.recordRefusal({ message: 'decision', step: received.step, actor: received.actor, reason: refusal.message, at: received.at });
        continue;
      }
      const decision = this.checksActors ? received : withGuessedOrganisation(received, this.state.waitingFor!.organisations[0]!);
      this.keeper.change({ decisions: [...this.state.decisions, decision] });
      return { kind: 'decided', decision };
    }
  }

  /** The unit's corrected form, or its withdrawal if it comes first — or, the wait being a safe point, a newer current version of the workflows. */
  async correctedForm(): Promise<Corrected<Form> | Withdrawn | NewVersion> {
    const newVersion = () => this.durable && workflowInfo().targetWorkerDeploymentVersionChanged;
    await this.awaitInput(() => this.corrected !== undefined || this.withdrawal !== undefined || newVersion());
    if (this.withdrawal) return this.withdrawn(this.withdrawal);
    if (this.corrected === undefined) return { kind: 'new-version' };
    const { form, by } = this.corrected!;
    this.corrected = undefined;
    return { kind: 'corrected', form, by };
  }

  /** Work during which the matter counts as settled (departments at work): a message's effect is complete while it runs. */
  async whileSettled<T>(work: Promise<T>): Promise<T> {
    this.settled = true;
    const result = await work;
    this.settled = false;
    return result;
  }

  /** A withdrawal that arrived while nobody waited for one (the departments were at work). */
  withdrawalReceived(): Withdrawn | undefined {
    return this.withdrawal && this.withdrawn(this.withdrawal);
  }

  /** The matter has closed: every message still waiting for its effect gets its answer. */
  closed(): void {
    this.settled = true;
  }

  /** A refused withdrawal signal is recorded by its handler; the matter must not close over that record. */
  async refusalsRecorded(): Promise<void> {
    if (this.checksActors) await condition(() => this.refusalsInFlight === 0);
  }

  private withdrawn(withdrawal: WithdrawalInput): Withdrawn {
    return { kind: 'withdrawn', reason: withdrawal.reason, by: withdrawal.actor };
  }

  /** A well-formed decision (the validator or the signal handler parsed it) with the moment it arrived. */
  private stamped(input: DecisionInput): DecisionRecord {
    return { ...input, at: new Date().toISOString() };
  }

  private checkResubmission(form: unknown, by: Actor | undefined): void {
    refuseIf(resubmissionRefusal(this.state, this.corrected !== undefined));
    if (this.checksActors) {
      const sender = actorSchema.optional().safeParse(by);
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

  private acceptWithdrawal(input: WithdrawalInput): void {
    this.withdrawal = { ...withdrawalInput.parse(input), at: new Date().toISOString() };
  }

  /** A refused signal leaves no event of its own in history; the state and, through the projection, the audit trail keep it. */
  private async recordRefusal(refused: Omit<RefusedMessage, 'seq'>): Promise<void> {
    const kept = this.state.refusedMessages;
    // Numbered, because its moment is not its name: a workflow task tried again stamps the same message later.
    const seq = (kept.at(-1)?.seq ?? kept.length) + 1;
    this.keeper.change({ refusedMessages: [...kept, { ...refused, seq }].slice(-keptRefusals) });
    this.refusalsInFlight++;
    await this.keeper.record();
    this.refusalsInFlight--;
  }

  /** Resolves once the flow has taken the message and settled again, so the caller gets the state that follows from it. */
  private async stateOnceActedOn(taken: () => boolean) {
    await condition(() => taken() && this.settled);
    return this.state;
  }

  /** Waits for a person's message; meanwhile the matter counts as settled. */
  private async awaitInput(arrived: () => boolean): Promise<void> {
    this.settled = true;
    await condition(arrived);
    this.settled = false;
  }
}

/** How matters started before decisions carried their sender took one that named no organisation: for the first still awaited. */
function withGuessedOrganisation(received: DecisionRecord, firstAwaited: string): DecisionRecord {
  return { ...received, actor: { id: received.actor?.id ?? 'unknown', ...received.actor, organisation: received.actor?.organisation ?? firstAwaited } };
}
