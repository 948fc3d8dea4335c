/**
 * The console's client-side pieces that need no browser: the server-sent-events reader it uses
 * instead of EventSource (which cannot send a bearer token), and the office-time countdown.
 */
import { describe, expect, it } from 'vitest';
import { SseParser } from '../../console/src/shell/sse';
import { hoursAndMinutes, officeTimeLeft } from '../../console/src/shared/working-time';

describe('the server-sent-events reader', () => {
  it('cuts a stream into events however the chunks fall, skipping keepalive comments and keeping the last id', () => {
    const parser = new SseParser();
    const stream = ': keepalive\n\nid: 41\nevent: matter\ndata: {"id":"m-1",\ndata: "status":"handling"}\n\nid: 42\r\nevent: task\r\ndata: {"taskId":"t-1"}\r\n\r\n';
    const events = [...stream].flatMap((character) => parser.push(character));
    expect(events).toEqual([
      { id: '41', event: 'matter', data: '{"id":"m-1",\n"status":"handling"}' },
      { id: '42', event: 'task', data: '{"taskId":"t-1"}' },
    ]);
    expect(parser.lastId()).toBe('42');
  });

  it('holds an event back until its blank line arrives, and names an unnamed one "message"', () => {
    const parser = new SseParser();
    expect(parser.push('data: half')).toEqual([]);
    expect(parser.push('\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ id: undefined, event: 'message', data: 'half' }]);
  });
});

describe('office time left before a deadline (09:00–17:30 Asia/Shanghai, Monday to Friday)', () => {
  const at = (shanghai: string) => Date.parse(`${shanghai}+08:00`);
  const hours = (ms: number) => ms / 3_600_000;

  it('counts only office hours of working days', () => {
    // Friday 16:30 to Monday 10:00: one hour on Friday and one on Monday.
    expect(hours(officeTimeLeft('2026-12-07T02:00:00Z', at('2026-12-04T16:30:00')))).toBe(2);
    // Before opening on a weekday: the whole day to 17:30.
    expect(hours(officeTimeLeft('2026-12-01T09:30:00Z', at('2026-12-01T07:00:00')))).toBe(8.5);
  });

  it('runs negative past the deadline, by the office time since', () => {
    const left = officeTimeLeft('2026-12-01T01:00:00Z', at('2026-12-01T11:30:00'));
    expect(hours(left)).toBe(-2.5);
    expect(hoursAndMinutes(left)).toEqual({ hours: 2, minutes: 30 });
  });
});
