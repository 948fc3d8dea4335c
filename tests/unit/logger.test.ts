import { Writable } from 'node:stream';
import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { createLogger, DeferredChildLogger, prettyDestination, requestLineWriter, scrubLogLine, wantsPrettyOutput } from '../../config/logger';

const identityNumber = '640302199603150518';
const identityNumberX = '64030219960315051X';
const phone = '13800000001';

/** A logger whose lines land in an array, parsed, so a line that is no longer JSON fails the test. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger('info', stream);
  return { logger, lines, parsed: () => lines.map((line) => JSON.parse(line)) };
}

const leaks = (text: string) => [identityNumber, identityNumberX, phone].filter((secret) => text.includes(secret));

describe('logger redaction', () => {
  it('scrubs identity numbers and mobile numbers from messages, keeping the rest', () => {
    const { logger, lines, parsed } = capture();
    logger.info(`申请人身份证号${identityNumber}，手机 ${phone}。`);
    logger.warn(`second person ${identityNumberX.toLowerCase()}\n${phone}`);
    expect(leaks(lines.join('\n').toUpperCase())).toEqual([]);
    expect(parsed()[0].msg).toBe('申请人身份证号[redacted]，手机 [redacted]。');
    expect(parsed()[1].msg).toBe('second person [redacted]\n[redacted]');
  });

  it('scrubs nested values of any key, and keeps the line valid JSON when a phone is a number', () => {
    const { logger, lines, parsed } = capture();
    logger.info({ audit: { note: `checked ${identityNumber}`, contacts: [`tel:${phone}`], mobile: Number(phone) } }, 'audit');
    expect(leaks(lines.join('\n'))).toEqual([]);
    expect(parsed()[0].audit).toEqual({ note: 'checked [redacted]', contacts: ['tel:[redacted]'], mobile: '[redacted]' });
  });

  it('censors the person, the form and bodies wholesale: names have no pattern to find', () => {
    const { logger, parsed } = capture();
    logger.info({ person: { name: '张三', identityNumber }, matter: { form: { person: { name: '张三' } } }, req: { body: { name: '李四' } } }, 'x');
    const [line] = parsed();
    expect(JSON.stringify(line)).not.toMatch(/张三|李四/);
    expect(line.person).toBe('[redacted]');
    expect(line.matter.form).toBe('[redacted]');
    expect(line.req.body).toBe('[redacted]');
  });

  it('scrubs error messages and stacks', () => {
    const { logger, lines, parsed } = capture();
    logger.error({ err: new Error(`no archive for ${identityNumber} (${phone})`) }, 'lookup failed');
    logger.error(new Error(`duplicate ${identityNumber}`));
    expect(leaks(lines.join('\n'))).toEqual([]);
    const [first, second] = parsed();
    expect(first.err.message).toBe('no archive for [redacted] ([redacted])');
    expect(first.err.stack).toContain('no archive for [redacted]');
    expect(second.msg).toBe('duplicate [redacted]');
  });

  it('keeps input values out of zod validation errors, so logging one leaks nothing', () => {
    const { logger, lines } = capture();
    const result = z.object({ person: z.object({ name: z.string().min(5), identityNumber: z.string().length(3) }) }).safeParse({ person: { name: '王五', identityNumber } });
    logger.warn({ err: result.error, issues: result.error?.issues }, 'invalid');
    expect(lines.join('\n')).not.toMatch(/王五/);
    expect(leaks(lines.join('\n'))).toEqual([]);
  });

  it('leaves ordinary numbers, ids and times alone', () => {
    const line = JSON.stringify({ time: 1764300000000, took: 0.13456789012, reqId: '9f1c2a44-1234-4cde-8f00-138000000019', unit: '12640300MB00012348', matterId: '12640300MB00012348-E2E-1' });
    expect(scrubLogLine(line)).toBe(line);
  });

  it('writes the request line on the same destination, scrubbing what the caller chose: the URL and the request id', () => {
    const { logger, lines, parsed } = capture();
    const requestLine = requestLineWriter(logger);
    requestLine({ reqId: identityNumber, method: 'GET', url: `/api/v1/matters?q=${identityNumber}&tel=${phone}&t=/codec/s3cr3t/decode`, statusCode: 200, responseTime: 1.5 });
    logger.info('after');
    expect(leaks(lines.join('\n'))).toEqual([]);
    expect(lines.join('\n')).not.toContain('s3cr3t');
    const [line, after] = parsed();
    expect(line).toMatchObject({ level: 30, service: 'yijianshi', msg: 'request completed', reqId: '[redacted]', req: { method: 'GET', url: '/api/v1/matters?q=[redacted]&tel=[redacted]&t=/codec/[redacted]/decode' }, res: { statusCode: 200 }, responseTime: 1.5 });
    expect(after.msg).toBe('after');
  });

  it('writes no request line below info', () => {
    const { lines } = capture();
    const quiet = createLogger('warn', new Writable({ write: (chunk, _encoding, done) => (lines.push(chunk.toString()), done()) }));
    requestLineWriter(quiet)({ reqId: 'r1', method: 'GET', url: '/healthz', statusCode: 200, responseTime: 1 });
    expect(lines).toEqual([]);
  });

  it('makes a request’s logger only when it writes a line, which carries the request id and is censored like any', () => {
    const { logger, lines, parsed } = capture();
    const child = vi.spyOn(logger, 'child');
    const request = new DeferredChildLogger(logger, { reqId: 'r-1' }, {});
    request.debug('below the level');
    expect(request.level).toBe('info');
    expect(child).not.toHaveBeenCalled();
    request.warn({ person: { name: '张三' } }, `lookup of ${identityNumber} failed`);
    request.info('second');
    expect(child).toHaveBeenCalledTimes(1);
    request.child({ step: 'hall' }).info('third');
    expect(leaks(lines.join('\n'))).toEqual([]);
    expect(parsed()).toMatchObject([
      { level: 40, reqId: 'r-1', person: '[redacted]', msg: 'lookup of [redacted] failed' },
      { level: 30, reqId: 'r-1', msg: 'second' },
      { level: 30, reqId: 'r-1', step: 'hall', msg: 'third' },
    ]);
  });

  it('hides the administrator token in a local codec endpoint URL', () => {
    const { logger, lines } = capture();
    logger.info({ req: { method: 'POST', url: '/codec/s3cr3t-t0ken_abc/decode?preserveStorageRefs=true' } }, 'incoming request');
    expect(lines.join('\n')).not.toContain('s3cr3t');
    expect(JSON.parse(lines[0]!).req.url).toBe('/codec/[redacted]/decode?preserveStorageRefs=true');
  });
});

describe('readable local output', () => {
  it('is pretty on a terminal, JSON on a pipe or a file and always in production', () => {
    expect(wantsPrettyOutput({ isTTY: true })).toBe(true);
    expect(wantsPrettyOutput({ isTTY: true, nodeEnv: 'development' })).toBe(true);
    expect(wantsPrettyOutput({ isTTY: false })).toBe(false);
    expect(wantsPrettyOutput({ isTTY: true, nodeEnv: 'production' })).toBe(false);
  });

  it('hides on the terminal what it hides in JSON', () => {
    let text = '';
    const terminal = new Writable({
      write(chunk, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    const logger = createLogger('info', prettyDestination(terminal));
    logger.info({ person: { name: '张三', identityNumber }, contact: `tel:${phone}` }, `申请人身份证号${identityNumber}`);
    expect(text).toMatch(/INFO.*申请人身份证号\[redacted\]/);
    expect(text).not.toMatch(/张三/);
    expect(leaks(text)).toEqual([]);
    expect(() => JSON.parse(text)).toThrow();
  });
});
