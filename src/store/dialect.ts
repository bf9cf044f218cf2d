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
  // On PostgreSQL as an array unnested: a prepared statement's generic plan counts on 10 ids from it and
  // reaches them by the key. json_array_elements_text is counted on for 100, and the plan was then to
  // read the whole table (a ship's entry, after a change, took 9 ms at 10,000 ships; by the key, 0.06).
  return engineOf(db) === 'postgres'
    ? sql<number>`(select unnest(cast(translate(${json}, '[]', '{}') as integer[])))`
    : sql<number>`(select value from json_each(${json}))`;
}
