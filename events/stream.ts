/**
 * The server-sent events wire format on one HTTP response, with a bounded queue: while the
 * socket is full, events wait here; a client that lets more than `maxQueued` pile up has fallen
 * behind, and is sent a reset (refetch, then resume from its id) and disconnected rather than
 * let its backlog grow without end.
 */
import type { ServerResponse } from 'node:http';
import type { LiveEvent, StreamReset } from '../schemas/events';

export interface StreamFormat {
  /** The reconnection delay the client is asked to use (`retry:`). */
  retryMs: number;
  /** Events waiting for the socket before the client counts as fallen behind. */
  maxQueued: number;
}

export class EventStream {
  private readonly queue: string[] = [];
  private full = false;
  private ended = false;
  /** The newest event id handed to this stream: where a client that fell behind resumes. */
  private newest = 0;

  constructor(
    private readonly response: ServerResponse,
    private readonly format: StreamFormat,
  ) {
    response.on('drain', () => this.flush());
  }

  get isEnded(): boolean {
    return this.ended || this.response.destroyed;
  }

  /** The status line and headers, and the reconnection delay. */
  open(headers: Record<string, string>): void {
    this.response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      // A buffering proxy (nginx) would hold events back until its buffer fills.
      'x-accel-buffering': 'no',
      ...headers,
    });
    this.write(`retry: ${this.format.retryMs}\n\n`);
  }

  event(event: LiveEvent): void {
    this.newest = Math.max(this.newest, event.id);
    this.send(`id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
  }

  /** Moves the client's cursor (its Last-Event-ID) without an event: nothing it may see happened up to `id`. */
  cursor(id: number): void {
    this.newest = Math.max(this.newest, id);
    this.send(`id: ${id}\n\n`);
  }

  /** Tells the client to refetch what it shows, and to resume after `id` from now on. */
  reset(id: number, reason: StreamReset['reason']): void {
    this.newest = Math.max(this.newest, id);
    this.send(`id: ${id}\nevent: reset\ndata: ${JSON.stringify({ reason } satisfies StreamReset)}\n\n`);
  }

  /** A comment line: keeps proxies and the client from timing the connection out. */
  keepalive(): void {
    if (!this.full) this.write(': keepalive\n\n');
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue.length = 0;
    this.response.end();
  }

  private send(chunk: string): void {
    if (this.isEnded) return;
    if (!this.full) {
      this.write(chunk);
      return;
    }
    this.queue.push(chunk);
    if (this.queue.length > this.format.maxQueued) this.fellBehind();
  }

  /** Drops the backlog and says so; written past the full socket on purpose, as its last words. */
  private fellBehind(): void {
    this.queue.length = 0;
    this.write(`id: ${this.newest}\nevent: reset\ndata: ${JSON.stringify({ reason: 'fell-behind' } satisfies StreamReset)}\n\n`);
    this.end();
  }

  private write(chunk: string): void {
    if (this.isEnded) return;
    if (!this.response.write(chunk)) this.full = true;
  }

  private flush(): void {
    this.full = false;
    while (this.queue.length > 0 && !this.full && !this.isEnded) this.write(this.queue.shift()!);
  }
}
