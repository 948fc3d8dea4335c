/**
 * Reads of PostgreSQL this API replica keeps for the reads people repeat all day (a portal
 * polling a matter's progress, staff reopening their inbox). Every write of what they read — a
 * matter's projection, its tasks, a claim — appends an event in its own transaction, and the
 * event hub reads each event a few milliseconds after its commit: the event drops the answers it
 * may change, so a read after that reads PostgreSQL again. While the hub may be missing events
 * (its connection lost, a read failed) nothing is kept or answered from here, and an answer is
 * kept `ttlMs` at most whatever happens, so no failure leaves a replica answering an old one.
 * A read that was under way when its answer was dropped keeps its answer to its own caller;
 * concurrent reads of one key share one query.
 */
import type { StoredEvent } from '../db/events';
import type { ChangeObserver, EventHub } from './hub';

export interface KeptReadsOptions {
  ttlMs: number;
  /** Answers kept at most; the oldest go first. */
  capacity: number;
}

/** A matter's row is a few KB: 5,000 of them stay within tens of MB of an API replica's memory. */
export const defaultKeptReadsOptions: KeptReadsOptions = { ttlMs: 5_000, capacity: 5_000 };

/** An inbox page holds up to a hundred tasks: fewer of them are kept. */
export const keptInboxesOptions: KeptReadsOptions = { ttlMs: 5_000, capacity: 1_000 };

/** What an event changes: one key's answer, every answer, or nothing kept here. */
export type Dropped = { key: string } | 'all' | undefined;

interface Reading<Answer> {
  answer: Promise<Answer>;
  /** Dropped (or the hub lost track) while the query ran: its answer is not kept. */
  stale: boolean;
}

export class KeptReads<Answer> implements ChangeObserver {
  private readonly kept = new Map<string, { answer: Answer; until: number }>();
  private readonly readings = new Map<string, Reading<Answer>>();
  private readonly stopObserving: () => void;

  constructor(
    private readonly hub: Pick<EventHub, 'inStep' | 'observe'>,
    private readonly droppedBy: (event: StoredEvent) => Dropped,
    private readonly options: KeptReadsOptions = defaultKeptReadsOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.stopObserving = hub.observe(this);
  }

  /** `read`'s answer for `key`, kept or read now; an undefined answer (nothing found) is never kept. Treat it as read-only: readers share it. */
  find(key: string, read: () => Promise<Answer>): Promise<Answer> {
    if (!this.hub.inStep) return read();
    const kept = this.kept.get(key);
    if (kept && kept.until > this.now()) return Promise.resolve(kept.answer);
    return (this.readings.get(key) ?? this.startReading(key, read)).answer;
  }

  /** A change this replica has just made, before the hub reads its event. */
  forget(key: string): void {
    this.kept.delete(key);
    const reading = this.readings.get(key);
    if (reading) reading.stale = true;
    this.readings.delete(key);
  }

  /** Changes this replica has just made that may reach any answer. */
  forgetAll(): void {
    this.kept.clear();
    for (const reading of this.readings.values()) reading.stale = true;
    this.readings.clear();
  }

  changed(event: StoredEvent): void {
    const dropped = this.droppedBy(event);
    if (dropped === 'all') this.forgetAll();
    else if (dropped) this.forget(dropped.key);
  }

  lost(): void {
    this.forgetAll();
  }

  close(): void {
    this.stopObserving();
    this.forgetAll();
  }

  private startReading(key: string, read: () => Promise<Answer>): Reading<Answer> {
    const reading: Reading<Answer> = {
      stale: false,
      answer: read().then(
        (answer) => {
          if (this.readings.get(key) === reading) this.readings.delete(key);
          if (answer !== undefined && !reading.stale && this.hub.inStep) this.keep(key, answer);
          return answer;
        },
        (error: unknown) => {
          if (this.readings.get(key) === reading) this.readings.delete(key);
          throw error;
        },
      ),
    };
    this.readings.set(key, reading);
    return reading;
  }

  private keep(key: string, answer: Answer): void {
    this.kept.delete(key);
    if (this.kept.size >= this.options.capacity) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(key, { answer, until: this.now() + this.options.ttlMs });
  }
}

/** A matter's projection row changes only with its own `matter` event. */
export function droppedMatterRow(event: StoredEvent): Dropped {
  return event.type === 'matter' ? { key: event.data.id } : undefined;
}

/**
 * Inboxes change with a matter's projection (its tasks opened, closed, their deadlines and
 * cards), a claim or a release, a rectification's task opened or closed; a certificate changes
 * none. Any other event drops every inbox kept: which inboxes a change reaches is the query's to
 * say, not this cache's. A rectification task's card that turns with no event at all shows
 * within the time to live.
 */
export function droppedInboxes(event: StoredEvent): Dropped {
  return event.type === 'certificate' ? undefined : 'all';
}
