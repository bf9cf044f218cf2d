import { sql, type RawBuilder } from 'kysely';
import { engineOf, type Executor } from './database.ts';

// Where SQLite and PostgreSQL spell the same question differently, for the repositories' filters.

/** A LIKE pattern matching `text` anywhere, with the wildcards in the text itself escaped (ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * Whether `column` contains `text`, ignoring the case of Latin letters: SQLite's LIKE does; PostgreSQL's
 * does not, so there it is ILIKE.
 */
export function containsText(db: Executor, column: string, text: string): RawBuilder<boolean> {
  const like = sql.raw(engineOf(db) === 'postgres' ? 'ilike' : 'like');
  return sql<boolean>`${sql.ref(column)} ${like} ${containsPattern(text)} escape '\\'`;
}

/**
 * The ids in one JSON array parameter (`[1,2,3]`), as a subquery for `in`: the statement's text is the
 * same whatever the count, so it is prepared once.
 */
export function idsIn(db: Executor, json: string): RawBuilder<number> {
  return engineOf(db) === 'postgres'
    ? sql<number>`(select value::integer from json_array_elements_text(cast(${json} as json)))`
    : sql<number>`(select value from json_each(${json}))`;
}
