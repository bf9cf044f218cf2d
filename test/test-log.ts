import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every test registry's app logs, at info, into one file per run and engine; at the run's end the global
// set-up reads it whole and fails the run if any line holds a secret (issue: "no secret in any log line
// across the whole test suite").

export const testLogFile = (engine: string) => join(tmpdir(), `sar-test-log-${process.env.REGISTRY_TEST_RUN ?? 'local'}-${engine}.jsonl`);

// The registry's secrets are 32 random bytes in base64url (43 characters): API tokens behind their sar_
// prefix, session cookies, one-time links, webhook signing secrets. Request ids are UUIDs and digests hex,
// so neither is mistaken for one.
const SECRET = /(?<![A-Za-z0-9_-])(?:sar_)?[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;
const PASSWORD_FIELD = /"password":"(?!\[redacted\])/g;

/** The secrets found in a log's text, each with the line it stands in. */
export function secretsIn(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    if (SECRET.test(line) || PASSWORD_FIELD.test(line)) found.push(line.slice(0, 300));
    SECRET.lastIndex = 0;
    PASSWORD_FIELD.lastIndex = 0;
  }
  return found;
}
