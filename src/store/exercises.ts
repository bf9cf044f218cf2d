import type { AreaCode } from '../domain/areas.ts';
import type { Exercise } from '../domain/plan.ts';
import type { Executor } from './database.ts';
import { fromJson, toJson } from './json.ts';

type Row = {
  id: number;
  state: 'planned' | 'held';
  date: string;
  kind: Exercise['kind'];
  scenario: string;
  agencies: string;
  lessons_learned: string | null;
  voluntary: 0 | 1;
};

const toExercise = (r: Row): Exercise => ({
  id: r.id,
  state: r.state,
  date: r.date,
  kind: r.kind,
  scenario: r.scenario,
  agencies: fromJson<AreaCode[]>(r.agencies),
  lessonsLearned: r.lessons_learned,
  voluntary: r.voluntary === 1,
});

const COLUMNS = ['id', 'state', 'date', 'kind', 'scenario', 'agencies', 'lessons_learned', 'voluntary'] as const;

export async function listExercises(db: Executor, planId: number): Promise<Exercise[]> {
  const rows = await db.selectFrom('exercises').select(COLUMNS).where('plan_id', '=', planId).orderBy('date').orderBy('id').execute();
  return rows.map(toExercise);
}

/** Exercises of many plans at once, by plan. */
export async function exercisesByPlan(db: Executor, planIds: number[]): Promise<Map<number, Exercise[]>> {
  const out = new Map<number, Exercise[]>(planIds.map((id) => [id, []]));
  if (planIds.length === 0) return out;
  const rows = await db
    .selectFrom('exercises')
    .select([...COLUMNS, 'plan_id'])
    .where('plan_id', 'in', planIds)
    .orderBy('date')
    .orderBy('id')
    .execute();
  for (const r of rows) out.get(r.plan_id)!.push(toExercise(r));
  return out;
}

export async function insertExercise(db: Executor, planId: number, e: Omit<Exercise, 'id'>, at: string): Promise<Exercise> {
  const row = await db
    .insertInto('exercises')
    .values({
      plan_id: planId,
      state: e.state,
      date: e.date,
      kind: e.kind,
      scenario: e.scenario,
      agencies: toJson(e.agencies),
      lessons_learned: e.lessonsLearned,
      voluntary: e.voluntary ? 1 : 0,
      created_at: at,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toExercise(row);
}

/** A planned exercise becomes the held one (not a second entry); undefined if it is not a planned exercise of that plan. */
export async function markExerciseHeld(
  db: Executor,
  planId: number,
  exerciseId: number,
  held: { date: string; lessonsLearned: string | null },
): Promise<Exercise | undefined> {
  const row = await db
    .updateTable('exercises')
    .set({ state: 'held', date: held.date, lessons_learned: held.lessonsLearned })
    .where('id', '=', exerciseId)
    .where('plan_id', '=', planId)
    .where('state', '=', 'planned')
    .returning(COLUMNS)
    .executeTakeFirst();
  return row && toExercise(row);
}
