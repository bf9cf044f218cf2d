import { hashSecret, mintSecret } from '../domain/access.ts';
import type { Executor } from '../store/database.ts';
import { dropHeldForm, dropHeldFormsBefore, heldForm, holdForm, type HeldForm } from '../store/held-forms.ts';

// A form posted after its session ended (30 idle minutes, or signed out in another tab) is held rather
// than lost: what was typed and where it was going, under a secret only that browser holds. After
// signing in again, the person is shown it and sends it once more; their permission and the record's
// version are checked then, as for any form. It is nobody's after an hour.

const HELD_FOR_MS = 60 * 60 * 1000;

/** Holds what was typed; the secret for the browser's cookie. Only text fields: a file is not kept. */
export async function holdSubmittedForm(db: Executor, path: string, fields: Record<string, string>, at: Date): Promise<string> {
  await dropHeldFormsBefore(db, new Date(at.getTime() - HELD_FOR_MS).toISOString());
  const secret = mintSecret();
  await holdForm(db, hashSecret(secret), { path, fields, heldAt: at.toISOString() });
  return secret;
}

/** The form held under this secret, if it is still held. */
export async function formHeldFor(db: Executor, secret: string | undefined, at: Date): Promise<HeldForm | null> {
  if (!secret) return null;
  const form = await heldForm(db, hashSecret(secret));
  if (!form || Date.parse(form.heldAt) < at.getTime() - HELD_FOR_MS) return null;
  return form;
}

/** The person sent it again, or let it go. */
export async function releaseHeldForm(db: Executor, secret: string | undefined): Promise<void> {
  if (secret) await dropHeldForm(db, hashSecret(secret));
}
