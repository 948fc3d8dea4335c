/**
 * `GET /api/v1/events` behind the route: each open stream is a session that first replays what
 * the caller missed (after its Last-Event-ID, from the table) and then follows the hub live.
 * Bounded everywhere: replay by age and count (beyond them a reset tells the client to
 * refetch), each stream's queue, the streams per login, a stream's lifetime (the client
 * reconnects with its current token and resumes), and closing the API ends every stream.
 */
import type { ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { matterScope, taskScopes } from '../auth/access';
import type { Database } from '../db/client';
import { eventsFor, isResumable, type EventViewer, type StoredEvent } from '../db/events';
import type { Principal } from '../schemas/principal';
import { EventHub, type Subscriber } from './hub';
import { EventStream, type StreamFormat } from './stream';

export interface LiveLimits extends StreamFormat {
  keepaliveMs: number;
  /** How far back a reconnect may resume; older, and it is told to refetch. */
  replayWindowMs: number;
  /** At most this many events are replayed; more, and the client is told to refetch. */
  replayMax: number;
  /** Open streams per login on one instance. */
  streamsPerLogin: number;
  /** A stream ends after this long; the client reconnects (with a fresh token) and resumes. */
  maxLifetimeMs: number;
}

export const defaultLiveLimits: LiveLimits = {
  retryMs: 3_000,
  maxQueued: 1_000,
  keepaliveMs: 15_000,
  replayWindowMs: 24 * 3_600_000,
  replayMax: 1_000,
  streamsPerLogin: 5,
  maxLifetimeMs: 3_600_000,
};

export interface LiveDependencies {
  db: Database;
  hub: EventHub;
  log: Pick<Logger, 'warn' | 'info' | 'error'>;
  /** Asked at each keepalive: a deactivated account's stream ends. */
  isDeactivated: (login: string) => Promise<boolean>;
  limits?: Partial<LiveLimits>;
}

/** The live events of one API instance: its hub on its own LISTEN connection to the database, and the streams it serves. */
export function viewerOf(principal: Principal): EventViewer {
  return { login: principal.sub, ...matterScope(principal), scopes: taskScopes(principal) };
}

export class LiveEvents {
  readonly limits: LiveLimits;
  private readonly sessions = new Set<LiveSession>();
  private readonly perLogin = new Map<string, number>();

  constructor(private readonly deps: LiveDependencies) {
    this.limits = { ...defaultLiveLimits, ...deps.limits };
  }

  /**
   * Registers a stream of what the caller may see, resuming after `lastEventId` when given;
   * undefined when the login has as many streams open as allowed.
   */
  open(principal: Principal, response: ServerResponse, lastEventId: number | undefined): LiveSession | undefined {
    const login = principal.sub;
    const open = this.perLogin.get(login) ?? 0;
    if (open >= this.limits.streamsPerLogin) return undefined;
    this.perLogin.set(login, open + 1);
    const session = new LiveSession(this.deps, this.limits, viewerOf(principal), response, lastEventId, () => {
      this.sessions.delete(session);
      const left = (this.perLogin.get(login) ?? 1) - 1;
      if (left > 0) this.perLogin.set(login, left);
      else this.perLogin.delete(login);
    });
    this.sessions.add(session);
    return session;
  }

  /** Ends every stream: their clients reconnect (to another instance, when this one is going away) and resume. */
  endStreams(): void {
    for (const session of [...this.sessions]) session.end();
  }

  /** Ends every stream and stops the hub. */
  async close(): Promise<void> {
    this.endStreams();
    await this.deps.hub.close();
  }
}

export class LiveSession implements Subscriber {
  private readonly stream: EventStream;
  /** Live events that arrive while the replay is being read, sent after it. */
  private pending: StoredEvent[] | undefined = [];
  /** Live events at or below this id reached the client already (replayed, or sent by another instance). */
  private floor = 0;
  private unsubscribe: (() => void) | undefined;
  private readonly timers: NodeJS.Timeout[] = [];
  private ended = false;

  constructor(
    private readonly deps: LiveDependencies,
    private readonly limits: LiveLimits,
    readonly viewer: EventViewer,
    response: ServerResponse,
    private readonly after: number | undefined,
    private readonly onEnd: () => void,
  ) {
    this.stream = new EventStream(response, limits);
    response.on('close', () => this.end());
  }

  /** Answers the request: headers, then the replay or the starting cursor, then live events until the end. */
  async start(headers: Record<string, string>): Promise<void> {
    this.stream.open(headers);
    this.timers.push(setInterval(() => void this.tick(), this.limits.keepaliveMs), setTimeout(() => this.end(), this.limits.maxLifetimeMs));
    try {
      await this.deps.hub.ready;
      if (this.ended) return;
      this.unsubscribe = this.deps.hub.subscribe(this);
      // Every event up to the hub's head has been fanned out already; every later one comes to deliver().
      const head = this.deps.hub.head;
      this.floor = this.after === undefined ? this.startAt(head) : await this.replay(this.after, head);
      if (this.ended) return;
      const waiting = this.pending ?? [];
      this.pending = undefined;
      for (const event of waiting) this.send(event);
    } catch (error) {
      this.deps.log.warn({ reason: (error as Error).message }, 'event stream failed to start');
      this.end();
    }
  }

  deliver(event: StoredEvent): void {
    if (!this.pending) return this.send(event);
    this.pending.push(event);
    if (this.pending.length > this.limits.maxQueued) {
      this.pending = undefined;
      this.stream.reset(event.id, 'fell-behind');
      this.end();
    }
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.unsubscribe?.();
    this.stream.end();
    this.onEnd();
  }

  /** A new stream starts at the hub's head: its cursor, should it reconnect before anything happens. */
  private startAt(head: number): number {
    this.stream.cursor(head);
    return head;
  }

  /**
   * Sends the caller's events in (after, head] — or a reset when they are too old or too many —
   * and answers the id live events must exceed. A client may come from an instance whose hub
   * has read further than this one's: then nothing is replayed, and live events it has seen are skipped.
   */
  private async replay(after: number, head: number): Promise<number> {
    const { db } = this.deps;
    if (!(await isResumable(db, after, new Date(Date.now() - this.limits.replayWindowMs)))) {
      this.stream.reset(head, 'too-old');
      return head;
    }
    if (after >= head) return after;
    const missed = await eventsFor(db, this.viewer, after, head, this.limits.replayMax + 1);
    if (missed.length > this.limits.replayMax) {
      this.stream.reset(head, 'too-many');
      return head;
    }
    for (const event of missed) this.stream.event(event);
    this.stream.cursor(head);
    return head;
  }

  private send(event: StoredEvent): void {
    if (event.id <= this.floor) return;
    this.stream.event(event);
    if (this.stream.isEnded) this.end();
  }

  private async tick(): Promise<void> {
    this.stream.keepalive();
    try {
      if (await this.deps.isDeactivated(this.viewer.login)) this.end();
    } catch (error) {
      this.deps.log.warn({ reason: (error as Error).message }, 'could not check the account of an event stream');
    }
  }
}
