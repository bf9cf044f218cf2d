import { operatorScope, type Who } from '../domain/access.ts';
import { addDays, daysBetween, deltaDate, requiredExerciseClash, type Exercise } from '../domain/plan.ts';
import { refuse } from '../errors.ts';
import { recordAudit } from '../store/audit.ts';
import { inTransaction, type Executor } from '../store/database.ts';
import { insertExercise, listExercises, markExerciseHeld as markExerciseHeld_ } from '../store/exercises.ts';
import { listPlans } from '../store/plans.ts';
import { planViews, refuseIfWithdrawn, writablePlan } from './plans.ts';

// A plan's exercises (Module 5, MSC.1/Circ.1079 §9): recorded, held, and when the next falls due.

/** Plans whose next exercise falls due within `days` (or is overdue), soonest first. */
export async function exercisesDue(db: Executor, who: Who, days: number, today: string) {
  const horizon = addDays(today, days);
  const plans = await listPlans(db, { withdrawn: false, companyId: operatorScope(who.principal) });
  const views = await planViews(db, plans.items, today);
  return views
    .filter((v) => v.exercises.nextDue !== null && v.exercises.nextDue <= horizon)
    .map((v) => ({
      planId: v.id,
      planNumber: v.planNumber,
      homeAgency: v.homeAgency,
      vessel: { id: v.vessel.id, nameZh: v.vessel.nameZh, nameEn: v.vessel.nameEn },
      nextDue: v.exercises.nextDue!,
      overdue: v.exercises.overdue,
      daysUntilDue: daysBetween(today, v.exercises.nextDue!),
    }))
    .sort((a, b) => a.nextDue.localeCompare(b.nextDue) || a.planId - b.planId);
}

// --- writes ----------------------------------------------------------------------------------

/** A planned exercise was held: it becomes the held one (on the day it was held, not in the future). */
export async function markExerciseHeld(
  db: Executor,
  who: Who,
  id: number,
  exerciseId: number,
  held: { date: string; lessonsLearned: string | null },
  at: Date,
): Promise<Exercise> {
  const today = deltaDate(at);
  return inTransaction(db, async (trx) => {
    const plan = await writablePlan(trx, who, id, null, 'record_exercises');
    refuseIfWithdrawn(plan);
    if (held.date > today) throw refuse('exercise_in_future', {}, [{ field: 'date', code: 'held_on_or_before_today', params: { today } }]);
    const before = (await listExercises(trx, plan.id)).find((e) => e.id === exerciseId);
    if (!before) throw refuse('exercise_not_found', { id: String(exerciseId), planNumber: plan.planNumber });
    const after = await markExerciseHeld_(trx, plan.id, exerciseId, held);
    if (!after) throw refuse('exercise_already_held', { id: String(exerciseId), planNumber: plan.planNumber });
    const stamp = at.toISOString();
    await recordAudit(trx, { who, action: 'exercise.held', record: { type: 'plan', id: plan.id, agency: plan.homeAgency }, before, after, at: stamp });
    return after;
  });
}

/**
 * Records a planned or held exercise (Module 5) for the home registrar: a held one is not in the
 * future, and a required one is refused within twelve months of another held (voluntary ones pass).
 */
export async function recordExercise(db: Executor, who: Who, id: number, input: Omit<Exercise, 'id'>, at: Date): Promise<Exercise> {
  const today = deltaDate(at);
  return inTransaction(db, async (trx) => {
    const plan = await writablePlan(trx, who, id, null, 'record_exercises');
    if (input.state === 'held' && input.date > today) {
      throw refuse('exercise_in_future', {}, [{ field: 'date', code: 'held_on_or_before_today', params: { today } }]);
    }
    refuseIfWithdrawn(plan);
    // Only what the agency requires is limited; what was held is recorded, in whatever order it comes.
    if (input.state === 'planned' && !input.voluntary) {
      const clash = requiredExerciseClash(input.date, await listExercises(trx, plan.id));
      if (clash) throw refuse('exercise_clash', {}, [{ field: 'voluntary', ...clash }]);
    }
    const stamp = at.toISOString();
    const saved = await insertExercise(trx, plan.id, input, stamp);
    await recordAudit(trx, {
      who,
      action: 'exercise.record',
      record: { type: 'plan', id: plan.id, agency: plan.homeAgency },
      before: null,
      after: saved,
      at: stamp,
    });
    return saved;
  });
}
