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
