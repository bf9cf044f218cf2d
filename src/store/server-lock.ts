import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/**
 * One server per database file: a second one would compete for the write lock with the first and both
 * would answer "busy". The lock is a file beside the database holding the server's process id; a lock
 * left by a process that no longer runs (killed, or the machine restarted) is taken over. The CLI takes
 * no lock: it may work beside a running server (backups, tokens, verification).
 */
export function acquireServerLock(databasePath: string): { release: () => void } | { heldBy: number } {
  const file = `${databasePath}.server-lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(file, { force: true }) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) return { heldBy: holder };
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not take the server lock ${file}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
