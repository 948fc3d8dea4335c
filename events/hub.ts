/**
 * One API instance's fan-out: it reads the `events` table in id order — woken by the listener,
 * and again after every reconnection so nothing committed while it was away is missed — and
 * hands each event to the subscribers that may see it. Events commit in id order
 * (db/events.ts), so "after the last id read" is exact. It also prunes events past retention.
 */
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Database } from '../db/client';
import { canView, eventsAfter, eventsChannel, latestEventId, pruneEvents, type EventViewer, type StoredEvent } from '../db/events';
import { ChannelListener } from './listener';

export interface Subscriber {
  readonly viewer: EventViewer;
  deliver(event: StoredEvent): void;
}

/** Told of every event, whoever may see it, and of every moment the hub may have missed some. */
export interface ChangeObserver {
  changed(event: StoredEvent): void;
  /** Events may have committed that the hub has not read (listening lost, a read failed). */
  lost(): void;
}

export interface HubOptions {
  /** How long events are kept: longer than a stream may resume after. */
  retentionMs: number;
  pruneEveryMs: number;
  /** Rows read per query while catching up. */
  batch: number;
  /** Pause before reading again after PostgreSQL failed to answer. */
  retryMs: number;
}

export const defaultHubOptions: HubOptions = { retentionMs: 2 * 24 * 3_600_000, pruneEveryMs: 3_600_000, batch: 500, retryMs: 1_000 };

export class EventHub {
  private last = 0;
  private readonly subscribers = new Set<Subscriber>();
  private readonly observers = new Set<ChangeObserver>();
  private readFailed = false;
  private readonly listener: ChannelListener;
  private draining: Promise<void> | undefined;
  private drainAgain = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;
  private stopPausing: (() => void) | undefined;
  /** Settles once the hub knows where the table ends, so a subscriber's starting point is exact. */
  readonly ready: Promise<void>;

  constructor(
    private readonly db: Database,
    connection: pg.ClientConfig,
    private readonly log: Pick<Logger, 'warn' | 'info' | 'error'>,
    private readonly options: HubOptions = defaultHubOptions,
  ) {
    this.listener = new ChannelListener({ connection, channel: eventsChannel, log, onNotification: () => this.wake(), onListening: () => this.wake(), onLost: () => this.lost() });
    this.ready = this.start();
    // Nobody waits on `ready` until a stream opens; a failure is logged where it happens.
    this.ready.catch(() => undefined);
  }

  /** The id of the last event handed out: a subscriber added now receives every later one. */
  get head(): number {
    return this.last;
  }

  get listening(): boolean {
    return this.listener.listening;
  }

  /**
   * Whether the hub hears of each commit as it happens: listening, and its last read succeeded.
   * It still reads a commit a few milliseconds after it; while not in step, for as long as it takes.
   */
  get inStep(): boolean {
    return this.listener.listening && !this.readFailed;
  }

  observe(observer: ChangeObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.stopPausing?.();
    this.subscribers.clear();
    await this.listener.close();
    await this.draining;
  }

  /** Finds where the table ends (retrying while PostgreSQL cannot say), then listens and prunes. */
  private async start(): Promise<void> {
    for (;;) {
      try {
        this.last = await latestEventId(this.db);
        break;
      } catch (error) {
        if (this.closed) throw error;
        this.log.warn({ reason: (error as Error).message }, 'event hub cannot read the events table yet; retrying');
        await this.pause(this.options.retryMs * 5);
        if (this.closed) throw new Error('event hub closed before it started');
      }
    }
    if (this.closed) return;
    this.listener.start();
    this.every(this.options.pruneEveryMs, () => this.prune());
    void this.prune();
  }

  private wake(): void {
    if (this.closed) return;
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.drainAgain) {
        this.drainAgain = false;
        this.wake();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      await this.ready;
      for (;;) {
        const rows = await eventsAfter(this.db, this.last, this.options.batch);
        for (const event of rows) {
          this.last = event.id;
          for (const observer of this.observers) observer.changed(event);
          for (const subscriber of this.subscribers) if (canView(subscriber.viewer, event)) subscriber.deliver(event);
        }
        if (rows.length < this.options.batch || this.closed) {
          this.readFailed = false;
          return;
        }
      }
    } catch (error) {
      if (this.closed) return;
      this.lost();
      // The wake that brought us here is not repeated by anyone else: try again shortly.
      this.log.warn({ reason: (error as Error).message }, 'event hub could not read new events; retrying');
      this.later(this.options.retryMs, () => this.wake());
    }
  }

  private lost(): void {
    this.readFailed = true;
    for (const observer of this.observers) observer.lost();
  }

  private async prune(): Promise<void> {
    try {
      const pruned = await pruneEvents(this.db, new Date(Date.now() - this.options.retentionMs));
      if (pruned > 0) this.log.info({ pruned }, 'pruned old events');
    } catch (error) {
      this.log.warn({ reason: (error as Error).message }, 'pruning old events failed; trying again later');
    }
  }

  /** A pause that closing cuts short. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.later(ms, resolve);
      this.stopPausing = resolve;
    });
  }

  private later(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  private every(ms: number, run: () => void): void {
    this.later(ms, () => {
      run();
      if (!this.closed) this.every(ms, run);
    });
  }
}
