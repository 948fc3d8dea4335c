/**
 * One dedicated PostgreSQL connection that LISTENs on a channel. Not from the pool: a pooled
 * client goes back to the pool (and its LISTEN with it) when a query ends, and a pool may close
 * an idle one. When the connection drops (a restart, a failover, a network cut) it comes back
 * with growing pauses; what was committed meanwhile the owner reads on `onListening`.
 */
import pg from 'pg';
import type { Logger } from 'pino';

export interface ChannelListenerOptions {
  connection: pg.ClientConfig;
  channel: string;
  /** A notification arrived on the channel. */
  onNotification: () => void;
  /** LISTEN is in place, the first time or again after a drop: notifications may have been missed before it. */
  onListening: () => void;
  /** LISTEN is no longer in place: notifications are being missed until `onListening` again. */
  onLost?: () => void;
  log: Pick<Logger, 'warn' | 'info'>;
  /** Pauses between attempts: doubling from the first to the last. */
  backoff?: { firstMs: number; lastMs: number };
}

export class ChannelListener {
  private client: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private pauseMs: number;
  private closed = false;
  private readonly backoff: { firstMs: number; lastMs: number };

  constructor(private readonly options: ChannelListenerOptions) {
    this.backoff = options.backoff ?? { firstMs: 500, lastMs: 30_000 };
    this.pauseMs = this.backoff.firstMs;
  }

  start(): void {
    void this.connect();
  }

  /** Whether LISTEN is in place now. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const { connection, channel, onNotification, onListening } = this.options;
    // Named, so an operator (and a test) can tell it apart in pg_stat_activity; kept alive, so a silent cut is noticed.
    const client = new pg.Client({ ...connection, application_name: 'yijianshi-events', keepAlive: true });
    let lost = false;
    const drop = (error?: Error) => {
      if (lost) return;
      lost = true;
      this.lost(client, error);
    };
    // Registered before connecting and kept after: an 'error' without a listener would crash the process.
    client.on('error', drop);
    client.on('end', () => drop());
    client.on('notification', (message) => {
      if (message.channel === channel) onNotification();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      drop(error as Error);
      return;
    }
    if (this.closed || lost) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.pauseMs = this.backoff.firstMs;
    onListening();
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.client === client) {
      this.client = undefined;
      this.options.onLost?.();
    }
    void client.end().catch(() => undefined);
    if (this.closed) return;
    this.options.log.warn({ channel: this.options.channel, retryInMs: this.pauseMs, reason: error?.message ?? 'connection ended' }, 'event listener connection lost; reconnecting');
    this.retry = setTimeout(() => void this.connect(), this.pauseMs);
    this.retry.unref();
    this.pauseMs = Math.min(this.pauseMs * 2, this.backoff.lastMs);
  }
}
