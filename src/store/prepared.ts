import { PostgresAdapter, type Compilable, type CompiledQuery } from 'kysely';
import { nameStatement, type Executor } from './database.ts';

// Kysely builds a query's SQL text on every call, and on the lookup's path building it cost more than
// SQLite took to run it. A prepared query is built once per engine, with a marker in the place of each
// argument; each run binds the arguments in the markers' places. The text stays written in Kysely, in
// the repository that owns it.

const ARGUMENT = Symbol('argument');
type Marker = { readonly [ARGUMENT]: number };
const isMarker = (v: unknown): v is Marker => typeof v === 'object' && v !== null && ARGUMENT in v;

/**
 * A query of fixed shape whose arguments are plain values (each bound as a parameter; not lists, not
 * used to choose the query's shape). `build` is called once per engine, with markers for the arguments.
 * With `nameOnPostgres`, PostgreSQL also parses and plans it once per connection (for what runs on every
 * request; its columns must be named).
 */
export function prepared<A extends unknown[], R>(
  build: (db: Executor, ...args: A) => Compilable<R>,
  opts: { nameOnPostgres?: string } = {},
): (db: Executor, ...args: A) => Promise<R[]> {
  // Keyed by the engine's adapter, which a database and its transactions share.
  const built = new WeakMap<object, CompiledQuery<R>>();
  return async (db, ...args) => {
    const adapter = db.getExecutor().adapter;
    let query = built.get(adapter);
    if (!query) {
      const markers = args.map((_, i): Marker => ({ [ARGUMENT]: i }));
      query = build(db, ...(markers as A)).compile();
      const bound = new Set(query.parameters.filter(isMarker).map((m) => m[ARGUMENT]));
      if (bound.size !== args.length) throw new Error('every argument of a prepared query must be bound as a parameter');
      if (opts.nameOnPostgres && adapter instanceof PostgresAdapter) nameStatement(query.sql, opts.nameOnPostgres);
      built.set(adapter, query);
    }
    const parameters = query.parameters.map((p) => (isMarker(p) ? args[p[ARGUMENT]] : p));
    return (await db.executeQuery<R>({ ...query, parameters })).rows;
  };
}
