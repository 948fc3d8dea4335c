/**
 * 时限监控: the matter's committed deadline and each step's budget, watched by durable
 * Temporal timers. Before a deadline a yellow card, at it a red card, each recorded and sent
 * up to the next responsible level; a decision in time cancels the pending cards, and a
 * correction stops the matter's clock until the corrected form arrives.
 *
 * Matters started before their histories were made lean keep a timer per watch (the matter's, the
 * step's), each cancelled when its watch ends. Since, one alarm serves every watch: a timer to the
 * next card due, moved only when that instant changes, and left to lapse when the matter closes
 * (a closed workflow's timers need no cancelling), so a matter decided in time records one timer
 * per step rather than a start and a cancel per watch.
 */
import { ActivityFailure, ApplicationFailure, condition, isCancellation, log, proxyActivities } from '@temporalio/workflow';
import type { SlaActivities } from '../activities/types';
import type { SlaPolicy } from '../matters/types';
import type { MatterState, Sla, SlaCard, SlaDeadlines, SlaState } from '../schemas/matter';
import { activityOptions } from '../temporal.config';
import { bookkeep } from './bookkeeping';

const { recordSlaCard } = proxyActivities<Pick<SlaActivities, 'recordSlaCard'>>(activityOptions.bookkeeping);

/** What the clock needs of the matter it watches. */
export interface ClockHost {
  readonly state: MatterState;
  change(patch: Partial<MatterState>): void;
  record(): Promise<void>;
}

type Scope = SlaCard['scope'];

/** A watch for the single alarm: its deadlines and the cards already shown. */
interface Watch {
  deadlines: SlaDeadlines;
  title: string;
  shown: SlaCard['card'][];
}

/** The next card the alarm rings for. */
interface DueCard {
  scope: Scope;
  card: SlaCard['card'];
  at: number;
  watch: Watch;
}

export class SlaClock {
  /** Each watch holds the generation it started in; a new generation cancels its timers. */
  private generation: Record<Scope, number> = { matter: 0, step: 0 };
  /** With one alarm: what is watched, the instant the alarm is set to, and its generation (a new one cancels its timer). */
  private readonly watches: Partial<Record<Scope, Watch>> = {};
  private alarmAt: number | undefined;
  private alarmGeneration = 0;

  constructor(
    private readonly host: ClockHost,
    private readonly policy: SlaPolicy,
    private readonly rules: { oneAlarm: boolean },
  ) {}

  /** Starts the matter's clock at submission. */
  start(from: string): Promise<void> {
    return this.startMatter(from, 'started');
  }

  /** 补正: the matter's clock stops; the office time left is kept for a clock that resumes. */
  async pause(at: string): Promise<void> {
    this.cancel('matter');
    this.cancel('step');
    this.setAlarm();
    const due = this.sla.matter?.due;
    const remainingMs = due ? await bookkeep('remainingWorkingTime', '补正暂停计时 · 剩余办理时间', { at, due }) : undefined;
    this.update({ step: null, remainingMs, state: this.sla.state === 'unscheduled' ? 'unscheduled' : 'paused', clock: [...(this.sla.clock ?? []), { event: 'paused', at, remainingMs }] });
  }

  /**
   * The corrected form arrived. Before the hall accepted the matter it counts as received anew:
   * the clock restarts from the next working day (or resumes, if the matter's policy says so).
   * After acceptance the correction's time is not counted: the clock resumes with what remained.
   */
  async resume(at: string, { accepted }: { accepted: boolean }): Promise<void> {
    const resumes = accepted || this.policy.correctionBeforeAcceptance === 'resume';
    this.update({ state: this.stateWithout('step') });
    await this.startMatter(at, resumes ? 'resumed' : 'restarted', resumes ? this.sla.remainingMs : undefined);
  }

  private async startMatter(from: string, event: 'started' | 'restarted' | 'resumed', remainingMs?: number): Promise<void> {
    const planned = await this.plan(() =>
      bookkeep('matterDeadline', `计算办结时限 · ${this.policy.limitWorkingDays} 个工作日`, { from, limitWorkingDays: this.policy.limitWorkingDays, remainingMs, yellowAt: this.policy.yellowAt }),
    );
    if (!planned) return;
    this.update({ matter: planned, remainingMs: undefined, clock: [...(this.sla.clock ?? []), { event, at: from, due: planned.due }] });
    this.watchInBackground('matter', planned, '办结时限');
  }

  /** A step begins: its budget of office hours runs from now. */
  async enterStep(step: string, stage: keyof SlaPolicy['stageHours'], title: string): Promise<void> {
    this.cancel('step');
    const from = new Date().toISOString();
    const hours = this.policy.stageHours[stage];
    const planned = await this.plan(() =>
      bookkeep('stepDeadline', `计算环节时限 · ${title} · ${hours} 小时`, { from, hours, yellowAt: this.policy.yellowAt }),
    );
    if (!planned) {
      this.setAlarm();
      return;
    }
    this.update({ step: { ...planned, step }, state: this.stateWithout('step') });
    this.watchInBackground('step', planned, title);
  }

  /** The matter ended: nothing is watched any more (the alarm, if set, lapses with the workflow). */
  stop(): void {
    this.cancel('matter');
    this.cancel('step');
    this.update({ step: null });
  }

  private get sla(): Sla {
    return this.host.state.sla;
  }

  /** The cards come while the flow goes on; a watch that stops unexpectedly is logged, never an unhandled rejection (a cancelled matter's watch just ends). */
  private watchInBackground(scope: Scope, deadlines: SlaDeadlines, title: string): void {
    if (this.rules.oneAlarm) {
      this.watches[scope] = { deadlines, title, shown: [] };
      this.setAlarm();
      return;
    }
    this.watch(scope, deadlines, title).catch((error: unknown) => watchStopped(scope, error));
  }

  /** Sets the one alarm to the next card due, unless it is set to that instant already; with nothing to watch, cancels it. */
  private setAlarm(): void {
    if (!this.rules.oneAlarm) return;
    const next = this.nextCard();
    if (next?.at === this.alarmAt) return;
    const generation = ++this.alarmGeneration;
    this.alarmAt = next?.at;
    if (next) this.ring(next, generation).catch((error: unknown) => watchStopped(next.scope, error));
  }

  private async ring(next: DueCard, generation: number): Promise<void> {
    const wait = next.at - Date.now();
    if (wait > 0) {
      const title = `${next.card === 'yellow' ? '黄牌' : '红牌'} · ${next.watch.title} · ${shanghaiMinute(new Date(next.at).toISOString())}`;
      const superseded = await condition(() => this.alarmGeneration !== generation, wait, { summary: title });
      if (superseded) return;
    }
    this.alarmAt = undefined;
    for (let due = this.nextCard(); due && due.at <= Date.now(); due = this.nextCard()) {
      due.watch.shown.push(due.card);
      await this.show(due.card, due.scope, due.watch.deadlines.due);
    }
    this.setAlarm();
  }

  /** The earliest card not yet shown of every watch: a watch's yellow card, then its red one. */
  private nextCard(): DueCard | undefined {
    const cards = (['matter', 'step'] as const).flatMap((scope) => {
      const watch = this.watches[scope];
      const card = watch && (['yellow', 'red'] as const).find((candidate) => !watch.shown.includes(candidate));
      return watch && card ? [{ scope, card, watch, at: Date.parse(card === 'yellow' ? watch.deadlines.yellowAt : watch.deadlines.due) }] : [];
    });
    return cards.reduce<DueCard | undefined>((earliest, card) => (earliest && earliest.at <= card.at ? earliest : card), undefined);
  }

  private async watch(scope: Scope, deadlines: SlaDeadlines, title: string): Promise<void> {
    const generation = this.generation[scope];
    const current = () => this.generation[scope] === generation;
    for (const card of ['yellow', 'red'] as const) {
      const at = card === 'yellow' ? deadlines.yellowAt : deadlines.due;
      const wait = Date.parse(at) - Date.now();
      if (wait > 0) {
        const superseded = await condition(() => !current(), wait, { summary: `${card === 'yellow' ? '黄牌' : '红牌'} · ${title} · ${shanghaiMinute(at)}` });
        if (superseded) return;
      }
      if (!current()) return;
      await this.show(card, scope, deadlines.due);
    }
  }

  private async show(card: SlaCard['card'], scope: Scope, due: string): Promise<void> {
    const { state } = this.host;
    const shown: SlaCard = { card, scope, step: state.stage, due, at: new Date().toISOString(), notified: escalation(state, card) };
    this.update({ cards: [...this.sla.cards, shown], state: worse(this.sla.state, card === 'red' ? 'overdue' : 'warned') });
    await recordSlaCard.executeWithOptions(
      { ...activityOptions.bookkeeping, summary: `${card === 'yellow' ? '黄牌' : '红牌'}通知 · ${shown.notified.join('、')}` },
      [{ matterId: state.id, kind: state.kind, card: shown }],
    );
    await this.host.record();
  }

  /** Deadlines come from an activity on the loaded calendar; a year not loaded leaves the matter unscheduled and reported, never guessed. */
  private async plan(compute: () => Promise<SlaDeadlines>): Promise<SlaDeadlines | undefined> {
    try {
      return await compute();
    } catch (error) {
      const cause = error instanceof ActivityFailure ? error.cause : error;
      if (cause instanceof ApplicationFailure && cause.type === 'CalendarYearNotLoaded') {
        this.update({ state: 'unscheduled', problem: cause.message });
        return undefined;
      }
      throw error;
    }
  }

  private cancel(scope: Scope): void {
    this.generation[scope]++;
    delete this.watches[scope];
  }

  /** The state once a scope's cards no longer count: a new step starts fresh, the matter's own cards stay. */
  private stateWithout(scope: Scope): SlaState {
    if (this.sla.state === 'unscheduled') return 'unscheduled';
    const kept = this.sla.cards.filter((card) => card.scope !== scope);
    if (kept.some((card) => card.card === 'red')) return 'overdue';
    if (kept.some((card) => card.card === 'yellow')) return 'warned';
    return 'on-time';
  }

  private update(patch: Partial<Sla>): void {
    const next = { ...this.sla, ...patch };
    if (this.sla.state === 'unscheduled' && patch.state !== undefined && patch.state !== 'unscheduled') next.state = 'unscheduled';
    this.host.change({ sla: next });
  }
}

/** A watch that stops unexpectedly is logged, never an unhandled rejection; a cancelled matter's watch just ends. */
function watchStopped(scope: Scope, error: unknown): void {
  if (!isCancellation(error)) log.error('SLA watch stopped', { scope, reason: error instanceof Error ? error.message : String(error) });
}

const severity: Record<SlaState, number> = { 'on-time': 0, paused: 0, warned: 1, overdue: 2, unscheduled: 3 };
const worse = (a: SlaState, b: SlaState): SlaState => (severity[b] > severity[a] ? b : a);

/** 逐级上报: the responsible officer and their chief for a yellow card; the supervisor too for a red one. */
function escalation(state: MatterState, card: SlaCard['card']): string[] {
  const waiting = state.waitingFor;
  const responsible = waiting ? waiting.organisations.map((organisation) => `${waiting.role}@${organisation}`) : [`departments@${state.region}`];
  const chiefs = waiting ? waiting.organisations.map((organisation) => `chief@${organisation}`) : [`chief@departments-${state.region}`];
  return card === 'yellow' ? [...responsible, ...chiefs] : [...responsible, ...chiefs, `supervisor@${state.region}`];
}

/** "10-09 17:30" in Asia/Shanghai, for timer summaries an administrator reads. */
function shanghaiMinute(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(5, 16).replace('T', ' ');
}
