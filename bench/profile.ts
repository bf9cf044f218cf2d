import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { Syscalls } from './syscalls.ts';

// Where a lookup's time goes: the real server under `node --cpu-prof`, the benchmark's distinct lookups
// as load, and the samples taken while that load ran, each put down to one step of the lookup by the
// innermost frame the step owns. Used by `npm run bench -- --profile`.

/** A V8 CPU profile, as `node --cpu-prof` writes it. */
type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

/**
 * The steps of a lookup, each with the code it owns (matched against a frame's file or function), innermost
 * first: a sample belongs to the first step owning a frame, walking from the sample's own frame outwards.
 */
const STEPS: { step: string; owns: (url: string, fn: string) => boolean }[] = [
  { step: 'garbage collection', owns: (_u, fn) => fn === '(garbage collector)' },
  // AsyncLocalStorage (the request's catch-up, the store's guard on held connections) makes every promise pay a hook.
  { step: 'async context (promise hooks)', owns: (u) => u.includes('async_hooks') },
  {
    step: 'access log and metrics (pino, prom-client)',
    owns: (u) => /\/(pino|sonic-boom|prom-client|@pinojs)\/|src\/(logger|metrics)\.ts|http\/access-log\.ts/.test(u),
  },
  // better-sqlite3 runs a statement in C++ with no frame of its own: its time shows in the store's runner.
  { step: 'SQLite (running statements)', owns: (u, fn) => u.includes('better-sqlite3') || (u.endsWith('/src/store/database.ts') && fn === '') },
  { step: 'data generation checks (cache freshness)', owns: (_u, fn) => fn === 'dataGeneration' },
  { step: 'statement building (Kysely)', owns: (u) => u.includes('/kysely/') },
  { step: 'serialisation (JSON)', owns: (u, fn) => fn === 'stringify' || u.includes('/json.ts') },
  { step: 'query validation (zod)', owns: (u) => u.includes('/zod/') || u.includes('zod-openapi') || u.includes('/schemas/') },
  { step: 'folding the query', owns: (u) => u.includes('/src/script.ts') || u.includes('opencc') || /domain\/search\.ts/.test(u) },
  { step: 'token check', owns: (u) => /http\/auth\.ts|services\/tokens\.ts|store\/principals\.ts|services\/accounts\.ts/.test(u) },
  {
    step: 'search (the read model: index paths, ranking, catching up)',
    owns: (u) => /store\/search\.ts|domain\/search-index\.ts|services\/read-model\.ts|store\/model-changes\.ts/.test(u),
  },
  {
    step: 'incident cards (assembly, cache)',
    owns: (u) => /services\/lookup\.ts|services\/plans\.ts|store\/database\.ts|store\/(vessels|companies|agencies|plans|copies|transfers)\.ts|domain\//.test(u),
  },
  { step: 'security headers (hono/secure-headers)', owns: (u) => u.includes('/hono/dist/middleware/secure-headers/') },
  { step: 'route and middleware (Hono, own)', owns: (u) => /\/hono\/|\/src\/(app|http|routes)\//.test(u) || u.includes('/src/app.ts') },
  // Node's own modules count as HTTP only when they are its sockets and parser: a file write or a hash is its caller's.
  {
    step: 'HTTP in and out (Node, @hono/node-server)',
    owns: (u) => u.includes('@hono/node-server') || /^node:(_http_|net$|events$|internal\/(stream_base_commons|streams\/|http))/.test(u),
  },
];
const OTHER = 'other (runtime, unattributed)';

export type StepCost = { step: string; microseconds: number; share: number };
type Costs = { requests: number; requestsPerSecond: number; microsecondsPerLookup: number; steps: StepCost[]; syscalls?: Syscalls };
/** A profiled run: the lookups, and the floor (bench/floor.ts) under the same profiler and load. */
export type Profile = Costs & { label: string; ships: number; floor?: Costs };

/** The cost per lookup of each step, from the samples taken between `from` and `to` (µs, the profile's clock). */
export function stepCosts(profile: CpuProfile, from: number, to: number, requests: number): { microsecondsPerLookup: number; steps: StepCost[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const stepOf = new Map<number, string | null>();
  const classify = (id: number): string | null => {
    if (stepOf.has(id)) return stepOf.get(id)!;
    const { url, functionName } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') return null;
    const own = STEPS.find((s) => s.owns(url, functionName))?.step;
    const up = parent.get(id);
    const found = own ?? (up === undefined ? OTHER : classify(up));
    stepOf.set(id, found);
    return found;
  };
  const spent = new Map<string, number>();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i]!;
    at += delta;
    if (at < from || at > to) continue;
    const step = classify(profile.samples[i]!);
    if (step) spent.set(step, (spent.get(step) ?? 0) + delta);
  }
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  const steps = [...spent]
    .map(([step, us]) => ({ step, microseconds: Math.round((10 * us) / requests) / 10, share: Math.round((1000 * us) / total) / 1000 }))
    .sort((a, b) => b.microseconds - a.microseconds);
  return { microsecondsPerLookup: Math.round((10 * total) / requests) / 10, steps };
}

/** Profiles the server at `base`'s lookups: the caller starts it with `--cpu-prof-dir=dir` and stops it after. */
export async function loadWhileProfiled(base: string, token: string, paths: string[], seconds: number, connections: number) {
  let i = 0;
  // The profile's clock is the monotonic clock, the same as hrtime's on Linux.
  const from = Number(process.hrtime.bigint() / 1000n);
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  const to = Number(process.hrtime.bigint() / 1000n);
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`profiled lookups failed: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { from, to, requests: result.requests.total, requestsPerSecond: Math.round(result.requests.average) };
}

export const profileDir = () => mkdtempSync(join(tmpdir(), 'sar-profile-'));

/** The one profile a stopped server wrote into `dir`. */
export function readProfile(dir: string): CpuProfile {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('the server wrote no CPU profile');
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  rmSync(dir, { recursive: true, force: true });
  return profile;
}
