/**
 * The server-sent events wire format and its bounded queue, on a response whose socket the test
 * fills and drains: events as `id:`/`event:`/`data:` blocks, a cursor move as an id alone, and a
 * client that lets the queue overflow told to refetch and disconnected.
 */
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { EventStream } from '../../events/stream';
import type { LiveEvent } from '../../schemas/events';

/** A response whose socket takes `room` writes before it reports itself full. */
class FakeResponse extends EventEmitter {
  written: string[] = [];
  status = 0;
  headers: Record<string, string> = {};
  ended = false;
  destroyed = false;
  constructor(public room = Infinity) {
    super();
  }
  writeHead(status: number, headers: Record<string, string>) {
    this.status = status;
    this.headers = headers;
  }
  write(chunk: string): boolean {
    this.written.push(chunk);
    return this.written.length < this.room;
  }
  end() {
    this.ended = true;
  }
  drain(room: number) {
    this.room = this.written.length + room;
    this.emit('drain');
  }
}

const taskEvent = (id: number): LiveEvent => ({ id, type: 'task', data: { taskId: `t${id}`, matterId: 'm', step: 'hall', organisation: 'hall-640300', change: 'opened' } });

function streamOn(response: FakeResponse, maxQueued = 3) {
  const stream = new EventStream(response as unknown as ServerResponse, { retryMs: 3_000, maxQueued });
  stream.open({ 'x-request-id': 'r1' });
  return stream;
}

describe('the event stream', () => {
  it('opens as text/event-stream with the reconnection delay, and writes events, cursor moves and keepalives as SSE', () => {
    const response = new FakeResponse();
    const stream = streamOn(response);
    stream.event(taskEvent(7));
    stream.cursor(9);
    stream.keepalive();
    stream.reset(12, 'too-old');
    expect(response.status).toBe(200);
    expect(response.headers).toMatchObject({ 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-request-id': 'r1' });
    expect(response.written).toEqual([
      'retry: 3000\n\n',
      'id: 7\nevent: task\ndata: {"taskId":"t7","matterId":"m","step":"hall","organisation":"hall-640300","change":"opened"}\n\n',
      'id: 9\n\n',
      ': keepalive\n\n',
      'id: 12\nevent: reset\ndata: {"reason":"too-old"}\n\n',
    ]);
  });

  it('holds events while the socket is full and sends them in order once it drains', () => {
    const response = new FakeResponse(2);
    const stream = streamOn(response);
    stream.event(taskEvent(1));
    stream.event(taskEvent(2));
    stream.event(taskEvent(3));
    expect(response.written.map((chunk) => chunk.split('\n')[0])).toEqual(['retry: 3000', 'id: 1']);
    response.drain(10);
    expect(response.written.map((chunk) => chunk.split('\n')[0])).toEqual(['retry: 3000', 'id: 1', 'id: 2', 'id: 3']);
    expect(stream.isEnded).toBe(false);
  });

  it('tells a client that fell behind to refetch and resume after the newest event it was handed, and disconnects it', () => {
    const response = new FakeResponse(2);
    const stream = streamOn(response, 3);
    for (let id = 1; id <= 6; id++) stream.event(taskEvent(id));
    expect(stream.isEnded).toBe(true);
    expect(response.ended).toBe(true);
    expect(response.written.slice(-1)).toEqual(['id: 5\nevent: reset\ndata: {"reason":"fell-behind"}\n\n']);
    stream.event(taskEvent(7));
    response.drain(10);
    expect(response.written).toHaveLength(3);
  });
});
