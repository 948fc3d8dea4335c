/**
 * pino with redaction: personal fields are censored wherever a logged object carries them,
 * so a careless `log.info(form)` cannot leak a name or an identity number.
 */
import pino, { type Logger } from 'pino';

export const redactedPaths = [
  'req.headers.authorization',
  '*.identityNumber',
  '*.*.identityNumber',
  'person.name',
  '*.person.name',
  '*.person.phone',
  'person.phone',
  'form',
  '*.form',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: redactedPaths, censor: '[redacted]' }, base: { service: 'yijianshi' } }, destination);
}
