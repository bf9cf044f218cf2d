import { destination as pinoDestination, pino, stdTimeFunctions } from 'pino';
import { prettyFactory } from 'pino-pretty';
import type { LogLevel } from './config.ts';

export type Logger = {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
};

/**
 * Whatever a line might carry that must never reach a log: tokens, cookies, passwords, one-time links,
 * signing secrets, authenticator secrets and codes, at the top of a line's fields or one level down.
 */
const SECRET_KEYS = ['authorization', 'cookie', 'password', 'token', 'secret', 'link', 'code', 'totp', 'recoveryCodes', 'setCookie'];
export const REDACTED_PATHS = SECRET_KEYS.flatMap((k) => [k, `*.${k}`]);

/**
 * One JSON line per event (pino) on standard error, so standard output stays free for the command
 * line's answers; or, for a person at a terminal (`pretty`), a line each with the time, level and message
 * first and the fields beneath, redacted the same. `write` replaces the destination (tests read the lines).
 */
export function createLogger(level: LogLevel, write?: (line: string) => void, format: 'json' | 'pretty' = 'json'): Logger {
  const raw = write ? { write: (line: string) => write(line.replace(/\n$/, '')) } : pinoDestination({ fd: 2, sync: true });
  // Made pretty line by line, after redaction, in this process (no worker): the same lines, for a person.
  const prettify = format === 'pretty' ? prettyFactory({ colorize: !write && process.stderr.isTTY, translateTime: 'SYS:HH:MM:ss' }) : null;
  const destination = prettify ? { write: (line: string) => raw.write(prettify(line)) } : raw;
  const log = pino(
    {
      level,
      base: undefined,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
  return {
    debug: (msg, fields = {}) => log.debug(fields, msg),
    info: (msg, fields = {}) => log.info(fields, msg),
    warn: (msg, fields = {}) => log.warn(fields, msg),
    error: (msg, fields = {}) => log.error(fields, msg),
  };
}

export const silentLogger: Logger = createLogger('silent');
