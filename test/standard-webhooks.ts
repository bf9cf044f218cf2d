import { Webhook as StandardWebhook } from 'standardwebhooks';
import { vi } from 'vitest';

/** A Standard Webhooks check as a receiver makes it when the delivery arrives (its clock at `at`, the tests' fixed time). */
export function verifiedAt(at: Date, secret: string, body: string, headers: Record<string, string>): unknown {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
  try {
    return new StandardWebhook(secret).verify(body, headers);
  } finally {
    vi.useRealTimers();
  }
}
