/**
 * A server-sent events reader over fetch, as the console reads `GET /api/v1/events` (with the
 * bearer header EventSource cannot send): each block becomes one entry, events and id-only
 * cursor moves alike, and a test waits, with a bound, for the entry it expects.
 */
import { vi } from 'vitest';

export interface SseBlock {
  id?: string;
  event?: string;
  data?: string;
  retry?: number;
}

export class SseReader {
  readonly blocks: SseBlock[] = [];
  keepalives = 0;
  ended = false;
  private readonly abort = new AbortController();

  private constructor(readonly response: Response) {}

  /** Opens the stream as the holder of `token`, resuming after `lastEventId` when given; answers once the headers are in. */
  static async open(baseUrl: string, token: string | undefined, lastEventId?: string | number): Promise<SseReader> {
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);
    const controller = new AbortController();
    const response = await fetch(`${baseUrl}/api/v1/events`, { headers, signal: controller.signal });
    const reader = new SseReader(response);
    reader.abort.signal.addEventListener('abort', () => controller.abort());
    if (response.ok && response.body) void reader.read(response.body);
    return reader;
  }

  /** The events sent (id-only cursor moves and the retry hint left out), parsed. */
  get events(): { id: number; event: string; data: any }[] {
    return this.blocks.filter((b) => b.event !== undefined).map((b) => ({ id: Number(b.id), event: b.event!, data: JSON.parse(b.data ?? 'null') }));
  }

  /** The cursor a reconnect would send: the last id the stream gave. */
  get lastId(): string | undefined {
    return [...this.blocks].reverse().find((b) => b.id !== undefined)?.id;
  }

  /** Waits (at most `timeout` ms) for an event matching `match`, and answers it. */
  waitFor(match: (event: { id: number; event: string; data: any }) => boolean, timeout = 15_000): Promise<{ id: number; event: string; data: any }> {
    return vi.waitFor(
      () => {
        const found = this.events.find(match);
        if (!found) throw new Error(`no matching event among ${JSON.stringify(this.events.map((e) => [e.id, e.event, e.data]))}`);
        return found;
      },
      { timeout, interval: 25 },
    );
  }

  /** Waits until the server has ended the stream. */
  untilEnded(timeout = 15_000): Promise<void> {
    return vi.waitFor(
      () => {
        if (!this.ended) throw new Error('the stream is still open');
      },
      { timeout, interval: 25 },
    );
  }

  close(): void {
    this.abort.abort();
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffered = '';
    try {
      for await (const chunk of body) {
        buffered += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          this.take(buffered.slice(0, end));
          buffered = buffered.slice(end + 2);
        }
      }
    } catch {
      // Aborted by close(): the stream is over either way.
    }
    this.ended = true;
  }

  private take(text: string): void {
    const block: SseBlock = {};
    for (const line of text.split('\n')) {
      if (line.startsWith(':')) {
        if (line.includes('keepalive')) this.keepalives++;
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') block.id = value;
      else if (field === 'event') block.event = value;
      else if (field === 'data') block.data = block.data === undefined ? value : `${block.data}\n${value}`;
      else if (field === 'retry') block.retry = Number(value);
    }
    if (Object.keys(block).length > 0) this.blocks.push(block);
  }
}
