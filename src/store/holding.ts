import { AsyncLocalStorage } from 'node:async_hooks';

// The store's rule: a piece of work that holds a connection (a read snapshot, a transaction) reads and
// writes through it, never through the database. Asking the pool for a second connection while holding
// one is how ten lookups froze a pool of ten for good, each waiting for a connection another held; on
// SQLite's one connection it waits for itself. Every driver asks `refuseIfHolding` before it hands out
// a connection, so such a read fails at once, in every test, instead of hanging under load.

export type Held = 'a read snapshot' | 'a transaction';

/** Per database (a pool, or SQLite's one connection), what the running work holds of it: moving a registry holds one database's transaction while it reads another. */
const holding = new AsyncLocalStorage<ReadonlyMap<object, Held>>();

export class NestedConnectionError extends Error {
  constructor(held: Held) {
    super(`A read through the database while holding ${held}: read through the ${held === 'a transaction' ? 'transaction' : 'snapshot'} given instead`);
    this.name = 'NestedConnectionError';
  }
}

/** Runs `work` as the holder of a connection of `database`: any request it makes for another one of it is refused. */
export const whileHolding = <T>(database: object, held: Held, work: () => Promise<T>): Promise<T> =>
  holding.run(new Map(holding.getStore() ?? []).set(database, held), work);

/** Called by the drivers before they hand out a connection of `database`. */
export function refuseIfHolding(database: object): void {
  const held = holding.getStore()?.get(database);
  if (held) throw new NestedConnectionError(held);
}

/** Whether the running work holds a transaction of any database. */
export const holdsTransaction = (): boolean => [...(holding.getStore()?.values() ?? [])].includes('a transaction');

/** Work that may render inside its transaction: the demo's seed, which runs before the server listens, with nobody to wait. */
const renderingAllowed = new AsyncLocalStorage<true>();
export const allowingRenderingInTransaction = <T>(work: () => Promise<T>): Promise<T> => renderingAllowed.run(true, work);
export const renderingInTransactionAllowed = (): boolean => renderingAllowed.getStore() === true;
