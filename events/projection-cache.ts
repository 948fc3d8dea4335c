/**
 * The matters' projection rows this API replica read lately, for the read people repeat all day
 * (a portal polling a matter's progress). Every write of a row appends a `matter` event in its
 * own transaction, and the event hub reads each event a few milliseconds after its commit: the
 * event drops the row here, so a read after that reads the new row. While the hub may be missing
 * events (its connection lost, a read failed) nothing is kept or answered from here, and a row
 * is kept `ttlMs` at most whatever happens, so no failure leaves a replica answering an old row.
 * A read that was under way when its matter changed keeps its answer to itself; concurrent reads
 * of one matter share one query.
 */
import type { StoredEvent } from '../db/events';
import type { MatterState } from '../schemas/matter';
import type { ChangeObserver, EventHub } from './hub';

export interface ProjectionCacheOptions {
  ttlMs: number;
  /** Rows kept at most; the oldest go first. */
  capacity: number;
}

export const defaultProjectionCacheOptions: ProjectionCacheOptions = { ttlMs: 5_000, capacity: 10_000 };

interface Reading {
  answer: Promise<MatterState | undefined>;
  /** The matter changed (or the hub lost track) while the query ran: its answer is not kept. */
  stale: boolean;
}

export class ProjectionCache implements ChangeObserver {
  private readonly rows = new Map<string, { matter: MatterState; until: number }>();
  private readonly readings = new Map<string, Reading>();
  private readonly stopObserving: () => void;

  constructor(
    private readonly read: (id: string) => Promise<MatterState | undefined>,
    private readonly hub: Pick<EventHub, 'inStep' | 'observe'>,
    private readonly options: ProjectionCacheOptions = defaultProjectionCacheOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.stopObserving = hub.observe(this);
  }

  /** The matter's row as PostgreSQL holds it (a few milliseconds behind at most while the hub is in step); undefined for no such matter. Treat it as read-only: readers share it. */
  find(id: string): Promise<MatterState | undefined> {
    if (!this.hub.inStep) return this.read(id);
    const kept = this.rows.get(id);
    if (kept && kept.until > this.now()) return Promise.resolve(kept.matter);
    return (this.readings.get(id) ?? this.startReading(id)).answer;
  }

  /** A change this replica has just made to the matter, before the hub reads its event. */
  forget(id: string): void {
    this.rows.delete(id);
    const reading = this.readings.get(id);
    if (reading) reading.stale = true;
    this.readings.delete(id);
  }

  changed(event: StoredEvent): void {
    if (event.type === 'matter') this.forget(event.data.id);
  }

  lost(): void {
    this.rows.clear();
    for (const reading of this.readings.values()) reading.stale = true;
    this.readings.clear();
  }

  close(): void {
    this.stopObserving();
    this.lost();
  }

  private startReading(id: string): Reading {
    const reading: Reading = {
      stale: false,
      answer: this.read(id).then(
        (matter) => {
          if (this.readings.get(id) === reading) this.readings.delete(id);
          if (matter && !reading.stale && this.hub.inStep) this.keep(id, matter);
          return matter;
        },
        (error: unknown) => {
          if (this.readings.get(id) === reading) this.readings.delete(id);
          throw error;
        },
      ),
    };
    this.readings.set(id, reading);
    return reading;
  }

  private keep(id: string, matter: MatterState): void {
    this.rows.delete(id);
    if (this.rows.size >= this.options.capacity) this.rows.delete(this.rows.keys().next().value!);
    this.rows.set(id, { matter, until: this.now() + this.options.ttlMs });
  }
}
