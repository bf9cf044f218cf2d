import type { Executor } from './database.ts';
import { fromJson, toJson } from './json.ts';

// Forms posted after their session ended, held for the person to send again (src/services/held-forms.ts).

export type HeldForm = { path: string; fields: Record<string, string>; heldAt: string };

export async function holdForm(db: Executor, secretHash: string, form: HeldForm): Promise<void> {
  await db
    .insertInto('held_forms')
    .values({ secret_hash: secretHash, path: form.path, fields: toJson(form.fields), held_at: form.heldAt })
    .execute();
}

export async function heldForm(db: Executor, secretHash: string): Promise<HeldForm | undefined> {
  const row = await db.selectFrom('held_forms').selectAll().where('secret_hash', '=', secretHash).executeTakeFirst();
  return row && { path: row.path, fields: fromJson<Record<string, string>>(row.fields), heldAt: row.held_at };
}

export async function dropHeldForm(db: Executor, secretHash: string): Promise<void> {
  await db.deleteFrom('held_forms').where('secret_hash', '=', secretHash).execute();
}

/** Forms held since before `before`: no longer anyone's. */
export async function dropHeldFormsBefore(db: Executor, before: string): Promise<void> {
  await db.deleteFrom('held_forms').where('held_at', '<', before).execute();
}
