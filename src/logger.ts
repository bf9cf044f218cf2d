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
const SECRET_KEYS = new Set(['authorization', 'cookie', 'password', 'token', 'secret', 'link', 'code', 'totp', 'recoveryCodes', 'setCookie']);
const REDACTED = '[redacted]';

/**
 * A line's fields with every secret key's value replaced, at the top or one level down; the fields
 * themselves when there is none (the common case: a request's line). Checked key by key rather than by
 * pino's path redaction, which copies every line and cost a lookup more than its search.
 */
function redacted(fields: Record<string, unknown>): Record<string, unknown> {
  const secret = (key: string) => SECRET_KEYS.has(key);
  const hides = (value: unknown): value is Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Error) && Object.keys(value).some(secret);
  if (!Object.keys(fields).some((key) => secret(key) || hides(fields[key]))) return fields;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = secret(key) ? REDACTED : hides(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, secret(k) ? REDACTED : v])) : value;
  }
  return out;
}

/**
 * Standard error, one for every logger of the process. Lines at info and below go out together, at most
 * 100 ms or 8 KiB after the first: a write for each request's line cost a lookup as much as its search.
 * A warning or an error goes out at once, after what waited before it, and so does what waits at exit.
 */
let stderrBatch: { write(line: string): void; flush(): void } | undefined;
function standardError() {
  if (stderrBatch) return stderrBatch;
  const out = pinoDestination({ fd: 2, sync: true, minLength: 8 * 1024 });
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    out.flushSync();
  };
  process.on('exit', flush);
  stderrBatch = {
    write(line) {
      out.write(line);
      timer ??= setTimeout(flush, 100).unref();
    },
    flush,
  };
  return stderrBatch;
}

/**
 * One JSON line per event (pino) on standard error, so standard output stays free for the command
 * line's answers; or, for a person at a terminal (`pretty`), a line each with the time, level and message
 * first and the fields beneath, redacted the same. `write` replaces the destination (tests read the lines).
 */
export function createLogger(level: LogLevel, write?: (line: string) => void, format: 'json' | 'pretty' = 'json'): Logger {
  const raw = write ? { write: (line: string) => write(line.replace(/\n$/, '')), flush: () => {} } : standardError();
  // Made pretty line by line, after redaction, in this process (no worker): the same lines, for a person.
  const prettify = format === 'pretty' ? prettyFactory({ colorize: !write && process.stderr.isTTY, translateTime: 'SYS:HH:MM:ss' }) : null;
  const destination = prettify ? { write: (line: string) => raw.write(prettify(line)) } : raw;
  const log = pino(
    {
      level,
      base: undefined,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: redacted },
    },
    destination,
  );
  return {
    debug: (msg, fields = {}) => log.debug(fields, msg),
    info: (msg, fields = {}) => log.info(fields, msg),
    warn: (msg, fields = {}) => {
      log.warn(fields, msg);
      raw.flush();
    },
    error: (msg, fields = {}) => {
      log.error(fields, msg);
      raw.flush();
    },
  };
}

export const silentLogger: Logger = createLogger('silent');

/**
 * The log of work that runs again and again (the webhook dispatcher's round, every 2 s): a failure is
 * logged when it begins or becomes another, not at every round while it lasts (an hour without the
 * database would be 1,800 identical lines, burying what else happened), and its end is logged with how
 * long it lasted and how many rounds it cost.
 */
export function loggedWhileFailing(logger: Logger, work: string) {
  let failing: { error: string; since: number; rounds: number } | null = null;
  return {
    failed(err: unknown, at = Date.now()): void {
      const error = err instanceof Error ? err.message : String(err);
      if (failing?.error !== error)
        logger.error(`${work} failed`, { error, ...(failing ? { before: failing.error } : {}), loggedAgain: 'when it changes or ends' });
      // The rounds since the work last succeeded, whatever each one's failure.
      failing = failing ? { error, since: failing.since, rounds: failing.rounds + 1 } : { error, since: at, rounds: 1 };
    },
    succeeded(at = Date.now()): void {
      if (!failing) return;
      logger.info(`${work} resumed`, { failedRounds: failing.rounds, failedForSeconds: Math.round((at - failing.since) / 1000), lastError: failing.error });
      failing = null;
    },
  };
}
