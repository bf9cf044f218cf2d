import pg from 'pg';

// The PostgreSQL server the benchmark and the tests make databases on: DATABASE_URL names it, and its
// role may create databases.

/** A PostgreSQL URL with another database name (the server, role and password kept). */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('PostgreSQL needs DATABASE_URL: a server whose role may create databases (see docs/testing.md)');
  return url;
}

/** Runs `work` on a connection to the server's maintenance database (to create and drop databases). */
export async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl(), 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Ends every client connection our role holds to `database`, as an administrator's
 * pg_terminate_backend would: the fault the tests and drills put the registry through. Only client
 * backends of this role: an autovacuum worker in the same database is the server's own, and ending it
 * needs a superuser. Returns how many were ended.
 */
export async function endConnectionsTo(database: string): Promise<number> {
  return onServer(async (c) => {
    const ended = await c.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
        where datname = $1 and pid <> pg_backend_pid() and backend_type = 'client backend' and usename = current_user`,
      [database],
    );
    return ended.rowCount ?? 0;
  });
}
