import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

// The one place that reads the environment. Everything else receives a Config.
const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** Requests a minute for one token's ordinary API requests (src/http/rate-limit.ts): generous for a duty system's polling. */
export const DEFAULT_RATE_PER_MINUTE = 600;

const ConfigSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(8080),
  DATABASE_PATH: z.string().trim().min(1, 'must not be empty').default('db/registry.sqlite'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/\S+$/i, 'must be a PostgreSQL URL, postgres://user:password@host:5432/database')
    .optional(),
  DATABASE_REPLICA_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/\S+$/i, 'must be a PostgreSQL URL of a streaming standby, postgres://user:password@standby:5432/database')
    .optional(),
  DATABASE_REPLICA_READS: z.enum(['fallback', 'always'], { error: 'must be fallback (when the primary cannot be reached) or always' }).default('fallback'),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be the address people reach the registry at, such as https://registry.mardep.example.hk' })
    .refine((u) => !/[?#]/.test(u), 'must have no query or fragment')
    .optional(),
  CORS_ORIGINS: z
    .string()
    .trim()
    .refine(
      (v) => v.split(',').every((o) => /^https?:\/\/[^/?#\s]+$/.test(o.trim())),
      'must list origins such as https://dashboard.mrcc.example.hk, separated by commas, each without a path',
    )
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty'], { error: 'must be json or pretty' }).optional(),
  WEBHOOK_ALLOW_HOSTS: z
    .string()
    .regex(/^[\w.:-]+(,\s*[\w.:-]+)*$/, 'must be host names or addresses separated by commas, such as 127.0.0.1,relay.mrcc.example.hk')
    .optional(),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|[0-9])$/, 'must be false, true (one proxy) or the number of proxies in front of the registry (0 to 9)')
    .default('false'),
  SIGNING_KEY_PASSPHRASE: z.string().min(12, "must be at least 12 characters: it guards the agencies' signing keys").optional(),
  SIGNING_KEY_PASSPHRASE_FILE: z.string().trim().min(1, 'must name a file').optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 (no limit) or more')
    .default(DEFAULT_RATE_PER_MINUTE),
});

export type LogLevel = (typeof LOG_LEVELS)[number];
export type Config = {
  port: number;
  /** The embedded SQLite file, used unless databaseUrl is given. */
  databasePath: string;
  /** A PostgreSQL database (postgres://…) shared by every app instance; null for the embedded SQLite file. */
  databaseUrl: string | null;
  /**
   * A streaming standby of the PostgreSQL database: lookups, cards, the incident book and the changes
   * feed read from it when the primary cannot be reached, or always (replicaReads).
   */
  replicaUrl: string | null;
  replicaReads: 'fallback' | 'always';
  logLevel: LogLevel;
  /** JSON lines, or lines for a person at a terminal; null: pretty on a terminal, JSON otherwise. */
  logFormat: 'json' | 'pretty' | null;
  /** The address people reach the registry at (behind a proxy, say), without a trailing slash; null: the address a request came to. */
  publicUrl: string | null;
  /** The origins of agencies' dashboards that may call the API from a browser (CORS); none unless given. */
  corsOrigins: string[];
  /** Hosts webhooks may reach over http and at non-public addresses (a local relay); every other receiver is https on the internet. */
  webhookAllowHosts: string[];
  /** How many reverse proxies in front of the registry to believe X-Forwarded-Proto and X-Forwarded-For from (0: none). */
  trustProxy: number;
  /** Requests a minute for one token's ordinary API requests; lookups twice, an address four times; 0 for none. */
  rateLimitPerMinute: number;
  /**
   * What unlocks the agencies' signing keys: the passphrase itself, or a file holding it (a secret mounted
   * by the platform); null when neither is given (the demo then keeps one beside its database).
   */
  signingPassphrase: { value: string } | { file: string } | null;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable counts as unset, as shells make it easy to export FOO= by accident.
  const present = Object.fromEntries(Object.entries(env).filter(([key, value]) => key in ConfigSchema.shape && value !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}=${JSON.stringify(withoutPassword(present[String(issue.path[0])] ?? ''))}: ${issue.message}`),
    );
  }
  if (parsed.data.SIGNING_KEY_PASSPHRASE && parsed.data.SIGNING_KEY_PASSPHRASE_FILE) {
    throw new ConfigError(['SIGNING_KEY_PASSPHRASE_FILE: give the passphrase or the file that holds it, not both']);
  }
  if (parsed.data.DATABASE_REPLICA_URL && !parsed.data.DATABASE_URL) {
    throw new ConfigError(['DATABASE_REPLICA_URL: a standby of a PostgreSQL primary needs DATABASE_URL, the primary, beside it']);
  }
  return {
    port: parsed.data.PORT,
    databasePath: parsed.data.DATABASE_PATH,
    databaseUrl: parsed.data.DATABASE_URL ?? null,
    replicaUrl: parsed.data.DATABASE_REPLICA_URL ?? null,
    replicaReads: parsed.data.DATABASE_REPLICA_READS,
    logLevel: parsed.data.LOG_LEVEL,
    logFormat: parsed.data.LOG_FORMAT ?? null,
    webhookAllowHosts: parsed.data.WEBHOOK_ALLOW_HOSTS?.split(',').map((h) => h.trim()) ?? [],
    publicUrl: parsed.data.PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    corsOrigins: parsed.data.CORS_ORIGINS?.split(',').map((o) => o.trim()) ?? [],
    trustProxy: parsed.data.TRUST_PROXY === 'true' ? 1 : parsed.data.TRUST_PROXY === 'false' ? 0 : Number(parsed.data.TRUST_PROXY),
    rateLimitPerMinute: parsed.data.RATE_LIMIT_PER_MINUTE,
    signingPassphrase: parsed.data.SIGNING_KEY_PASSPHRASE
      ? { value: parsed.data.SIGNING_KEY_PASSPHRASE }
      : parsed.data.SIGNING_KEY_PASSPHRASE_FILE
        ? { file: parsed.data.SIGNING_KEY_PASSPHRASE_FILE }
        : null,
  };
}

/** Where the registry's data is: the PostgreSQL URL if one is given, else the SQLite file. */
export const databaseLocation = (config: Config) => config.databaseUrl ?? config.databasePath;

/**
 * A value as it may be printed: whatever stands between a user name's colon and the @ of a host is
 * left out, also in a URL too malformed to parse (postgres:/user:pw@host, user:pw@host/db).
 */
const withoutPassword = (value: string) => value.replace(/:[^:/@\s]*@/g, ':***@');

/** The location as it may be printed: a URL's password left out. */
export function databaseLabel(config: Config): string {
  if (!config.databaseUrl) return config.databasePath;
  try {
    const url = new URL(config.databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    // Several hosts (a primary and its standby) are no WHATWG URL.
    return withoutPassword(config.databaseUrl);
  }
}

/** The configuration of a process about to start, or its exit with code 1 and the problem named (server and CLI alike). */
export function configOrExit(env: Record<string, string | undefined>): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

/**
 * The passphrase of the signing keys as configured; without one, the demo's: a random passphrase kept in
 * db/signing-passphrase beside its database (made by the demo's start, readable by this user only).
 */
export function signingPassphrase(config: Config, opts: { demo: boolean }): string | null {
  const given = config.signingPassphrase;
  if (given && 'value' in given) return given.value;
  // The demo's file is read by any start that finds it (the command line's signing-key commands on the demo too).
  const file = given?.file ?? join(dirname(config.databasePath === ':memory:' ? 'db/registry.sqlite' : config.databasePath), 'signing-passphrase');
  if (!existsSync(file)) {
    if (given) throw new ConfigError([`SIGNING_KEY_PASSPHRASE_FILE: no file at ${file}`]);
    if (!opts.demo) return null;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  }
  const text = readFileSync(file, 'utf8').trim();
  if (text.length < 12) throw new ConfigError([`SIGNING_KEY_PASSPHRASE_FILE: ${file} must hold a passphrase of at least 12 characters`]);
  return text;
}
