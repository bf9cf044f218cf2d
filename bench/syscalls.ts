import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// What a request costs the kernel: the system calls a server makes per request under the benchmark's
// load (counted by `strace -c -f`, which slows the server, so its times are not kept), and its CPU time
// per request in user space and in the kernel (read from /proc, under the same load, without strace).
// Used by `npm run bench -- --profile` for the lookup and the floor alike.

/** System calls per request by name, most first, and the CPU time per request. */
export type Syscalls = {
  requests: number;
  perRequest: { call: string; count: number }[];
  cpu: { requests: number; userMicroseconds: number; kernelMicroseconds: number };
};

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** Whether strace can be run here (a Debian package: `apt-get install strace`). */
export function straceInstalled(): boolean {
  try {
    execFileSync('strace', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The user and kernel CPU time the process `pid` has used so far, in µs (all its threads). */
function cpuOf(pid: number): { user: number; kernel: number } {
  // /proc/<pid>/stat: the command is in parentheses and may hold spaces; utime and stime follow it, 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const micro = (ticks: string) => (Number(ticks) * 1e6) / TICKS_PER_SECOND;
  return { user: micro(fields[11]!), kernel: micro(fields[12]!) };
}

/** The CPU time per request of `pid` while `load` runs. */
export async function cpuPerRequest(pid: number, load: () => Promise<{ requests: number }>): Promise<Syscalls['cpu']> {
  const before = cpuOf(pid);
  const { requests } = await load();
  const after = cpuOf(pid);
  const per = (us: number) => Math.round((10 * us) / requests) / 10;
  return { requests, userMicroseconds: per(after.user - before.user), kernelMicroseconds: per(after.kernel - before.kernel) };
}

/** Each system call's count per request of `pid` (its threads included) while `load` runs under strace. */
export async function syscallsPerRequest(
  pid: number,
  load: () => Promise<{ requests: number }>,
): Promise<{ requests: number; perRequest: Syscalls['perRequest'] }> {
  const dir = mkdtempSync(join(tmpdir(), 'sar-strace-'));
  const out = join(dir, 'summary.txt');
  const strace = spawn('strace', ['-c', '-f', '-p', String(pid), '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    // Counting starts once strace says it is attached to the process's threads.
    await new Promise<void>((resolve, reject) => {
      let said = '';
      strace.stderr!.on('data', (chunk: Buffer) => {
        said += chunk.toString('utf8');
        if (/attached/.test(said)) resolve();
      });
      strace.once('exit', (code) => reject(new Error(`strace exited (${code}) before it attached: ${said.trim()}`)));
    });
    const { requests } = await load();
    const exited = new Promise((resolve) => strace.once('exit', resolve));
    strace.kill('SIGINT');
    await exited;
    return { requests, perRequest: summary(readFileSync(out, 'utf8'), requests) };
  } finally {
    if (strace.exitCode === null) strace.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

/** strace -c's table (% time, seconds, usecs/call, calls, [errors,] syscall) as counts per request. */
function summary(table: string, requests: number): Syscalls['perRequest'] {
  const rows: Syscalls['perRequest'] = [];
  for (const line of table.split('\n')) {
    const cells = line.trim().split(/\s+/);
    if (cells.length < 5 || !/^\d/.test(cells[0]!)) continue;
    const call = cells.at(-1)!;
    if (call === 'total') continue;
    rows.push({ call, count: Math.round((100 * Number(cells[3])) / requests) / 100 });
  }
  return rows.sort((a, b) => b.count - a.count);
}
