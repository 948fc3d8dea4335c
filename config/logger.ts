/**
 * pino that keeps personal data out of every log line (PIPL Art. 28: identity numbers are
 * sensitive). Two layers, because neither is enough alone:
 * - known fields are censored wherever a logged object carries them — the person, the form,
 *   bodies — which is the only way to catch names, as no pattern tells a name from other text;
 * - every finished line is scrubbed of anything shaped like an identity number or a mainland
 *   mobile number, wherever it hides: a message, a nested value, an error's message or stack.
 */
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  // Whole person objects: name, identity number, phone, birth date travel together.
  'person',
  '*.person',
  '*.*.person',
  'identityNumber',
  '*.identityNumber',
  '*.*.identityNumber',
  'personIdNumber',
  '*.personIdNumber',
  'phone',
  '*.phone',
  '*.*.phone',
  'form',
  '*.form',
  // Request and response bodies carry the one form; fastify logs none, and nothing else may.
  'body',
  '*.body',
];

export const censor = '[redacted]';

// `\b` as the patterns' boundary, also right after a JSON escape such as `\n` (whose letter would hide the boundary).
const before = String.raw`(?<=^|[^0-9A-Za-z_]|\\[nrtbf])`;
const after = String.raw`(?![0-9A-Za-z_])`;
const identityNumber = new RegExp(`${before}\\d{17}[\\dXx]${after}`, 'g');
const mobile = new RegExp(`${before}1[3-9]\\d{9}${after}`, 'g');
// The local codec endpoint carries the administrator token in its path (see config/codec-server.ts).
const codecPathToken = /\/codec\/[^/\s"?]+\/(decode|encode)\b/g;

/** Free text with identity numbers, mobile numbers and codec tokens replaced. */
export function scrubText(text: string): string {
  return text.replace(identityNumber, censor).replace(mobile, censor).replace(codecPathToken, `/codec/${censor}/$1`);
}

/**
 * Scrubs a finished JSON log line inside its string literals; a mobile number logged as a bare
 * number becomes the string "[redacted]", so the line stays valid JSON either way.
 */
export function scrubLogLine(line: string): string {
  return line.replace(/"(?:[^"\\]|\\.)*"|(?<=[:,[])1[3-9]\d{9}(?=[,}\]])/g, (token) => (token.startsWith('"') ? scrubText(token) : `"${censor}"`));
}

/**
 * Human-readable lines on a developer's terminal; JSON lines (one object each, for a log
 * collector) when the output is a pipe or a file, and always in production.
 */
export function wantsPrettyOutput({ isTTY, nodeEnv }: { isTTY: boolean; nodeEnv?: string }): boolean {
  return isTTY && nodeEnv !== 'production';
}

/**
 * pino-pretty as the logger's destination: it receives the finished, already scrubbed JSON line
 * (redaction and `scrubLogLine` run before any destination), so pretty output hides the same.
 * Synchronous, so the last lines before an exit are not lost; speed does not matter on a terminal.
 */
export function prettyDestination(output: NodeJS.WritableStream | number = 1): pino.DestinationStream {
  return pretty({ destination: output, sync: true, colorize: output === 1 && Boolean(process.stdout.isTTY), translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' });
}

/**
 * In production, standard output written asynchronously in buffered chunks (pino flushes what is
 * left when the process exits), so a request's log line costs no synchronous write; elsewhere
 * pino's synchronous default, so a test or a crashing script loses no line.
 */
function defaultDestination(): pino.DestinationStream | undefined {
  if (wantsPrettyOutput({ isTTY: Boolean(process.stdout.isTTY), nodeEnv: process.env.NODE_ENV })) return prettyDestination();
  return process.env.NODE_ENV === 'production' ? pino.destination({ dest: 1, sync: false, minLength: 4096 }) : undefined;
}

const base = { service: 'yijianshi' };

export function createLogger(level: string, destination: pino.DestinationStream | undefined = defaultDestination()): Logger {
  return pino(
    {
      level,
      redact: { paths: redactedPaths, censor },
      hooks: { streamWrite: scrubLogLine },
      base,
    },
    destination,
  );
}

export interface RequestLine {
  reqId: string;
  method: string;
  url: string;
  statusCode: number;
  responseTime: number;
}

/**
 * The one line each request writes when it is answered, at info on `logger`'s destination. Its
 * fields are known, so it skips the censoring and the whole-line scrub every other line pays
 * (a tenth of a read's time): only what a caller chooses, the URL and the request id, is scrubbed.
 */
export function requestLineWriter(logger: Logger): (line: RequestLine) => void {
  const stream = (logger as unknown as Record<symbol, pino.DestinationStream>)[pino.symbols.streamSym];
  const plain = pino({ level: logger.level, base }, stream);
  return ({ reqId, method, url, statusCode, responseTime }) =>
    plain.info({ reqId: scrubText(reqId), req: { method, url: scrubText(url) }, res: { statusCode }, responseTime }, 'request completed');
}

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * A request's logger, made when the request first logs a line of its own: most requests write
 * none but the request line (`requestLineWriter`), and a pino child made for each one, its
 * bindings serialised and censored, cost a read of the API a twentieth of its time. What it
 * writes is the child's, bindings and all.
 */
export class DeferredChildLogger {
  private made: pino.Logger | undefined;

  constructor(
    private readonly parent: pino.Logger,
    private readonly bindings: pino.Bindings,
    private readonly options: pino.ChildLoggerOptions,
  ) {}

  get level(): pino.LevelWithSilentOrString {
    return (this.made ?? this.parent).level;
  }

  set level(level: pino.LevelWithSilentOrString) {
    this.logger().level = level;
  }

  fatal(...args: unknown[]): void {
    this.write('fatal', args);
  }

  error(...args: unknown[]): void {
    this.write('error', args);
  }

  warn(...args: unknown[]): void {
    this.write('warn', args);
  }

  info(...args: unknown[]): void {
    this.write('info', args);
  }

  debug(...args: unknown[]): void {
    this.write('debug', args);
  }

  trace(...args: unknown[]): void {
    this.write('trace', args);
  }

  silent(): void {}

  child(bindings: pino.Bindings, options?: pino.ChildLoggerOptions): pino.Logger {
    return this.logger().child(bindings, options);
  }

  private write(level: Level, args: unknown[]): void {
    // A line below the level is dropped without making the child.
    if (!(this.made ?? this.parent).isLevelEnabled(level)) return;
    (this.logger()[level] as (...line: unknown[]) => void)(...args);
  }

  private logger(): pino.Logger {
    return (this.made ??= this.parent.child(this.bindings, this.options));
  }
}
