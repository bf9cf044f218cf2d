import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Script } from '../domain/agency.ts';
import type { PlanSnapshot } from '../domain/plan.ts';
import type { BookContent } from './book-content.ts';
import type { RenderJob } from './render-worker.ts';
import type { CopyLinks } from './plan-document.ts';
import { signCopy, type SigningIdentity } from './signature.ts';

// Rendering a copy takes tens of milliseconds of CPU, and signing it some more. Done on the main thread
// they would hold up every lookup while a plan is issued; in worker threads they do not.
// Workers start on the first issue and do not keep an idle process alive.

type Pending = { resolve: (pdf: Uint8Array) => void; reject: (err: Error) => void };
type Slot = { worker: Worker; pending: Map<number, Pending> };

// One core is always left to the main thread, which answers the lookups: on two cores a burst of issues
// (five copies each) rendering on both would hold every coordinator's answer up for seconds (the
// incident day in docs/benchmarks.md measured it). Issues wait for the render thread instead.
let size = Math.max(1, Math.min(2, availableParallelism() - 1));
/** The render threads' nice value on Linux (0 is the main thread's, 19 the lowest): see render-worker.ts. */
export const RENDER_NICE = 10;

/**
 * How many render threads to keep. 0 renders in the calling thread: a test run does, as its two test
 * threads already use both cores and a render thread per test thread would only wait for a core.
 */
export function setRenderThreads(n: number): void {
  size = Math.max(0, Math.floor(n));
}
const slots: Slot[] = [];
let nextId = 0;
let turn = 0;

function start(): Slot {
  // The worker's entry registers the TypeScript loader, then loads src/pdf/render-worker.ts.
  const worker = new Worker(new URL('./render-worker-entry.mjs', import.meta.url), { workerData: { nice: RENDER_NICE } });
  const slot: Slot = { worker, pending: new Map() };
  worker.unref();
  worker.on('message', (msg: { id: number; pdf?: Uint8Array; error?: string }) => {
    const job = slot.pending.get(msg.id);
    if (!job) return;
    slot.pending.delete(msg.id);
    if (slot.pending.size === 0) worker.unref();
    if (msg.pdf) job.resolve(new Uint8Array(msg.pdf));
    else job.reject(new Error(`rendering failed: ${msg.error}`));
  });
  const fail = (err: Error) => {
    for (const job of slot.pending.values()) job.reject(err);
    slot.pending.clear();
    slots.splice(slots.indexOf(slot), 1);
  };
  worker.on('error', fail);
  worker.on('exit', (code) => code !== 0 && fail(new Error(`renderer exited with ${code}`)));
  return slot;
}

/** Renders waiting for, or in, a render thread: above the threads' number for long, issuing waits on rendering. */
export const renderQueueDepth = (): number => slots.reduce((n, slot) => n + slot.pending.size, 0);

/** Whether copies can be rendered: in place, or by threads whose entry is where the pool loads it from. */
export function renderThreadsReady(): boolean {
  return size === 0 || existsSync(new URL('./render-worker-entry.mjs', import.meta.url));
}

/** Renders one copy and signs it with `identity`, in a render thread (in place when there are none); the same bytes either way. */
export async function renderSignedCopyOffThread(snapshot: PlanSnapshot, copyNumber: number, links: CopyLinks, identity: SigningIdentity): Promise<Uint8Array> {
  if (size === 0) return signCopy(await (await import('./plan-document.ts')).renderCopy(snapshot, copyNumber, links), identity);
  // The key goes to the thread as a KeyObject (cloned by postMessage), never as text.
  return send({ kind: 'copy', snapshot, copyNumber, links, identity });
}

/** Renders an incident book in a render thread (in place when there are none). */
export async function renderIncidentBookOffThread(book: BookContent, script: Script): Promise<Uint8Array> {
  if (size === 0) return (await import('./incident-book.ts')).renderIncidentBook(book, script);
  return send({ kind: 'incident-book', book, script });
}

function send(job: DistributiveOmit<RenderJob, 'id'>): Promise<Uint8Array> {
  if (slots.length < size) slots.push(start());
  const slot = slots[turn++ % slots.length]!;
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    if (slot.pending.size === 0) slot.worker.ref();
    slot.pending.set(id, { resolve, reject });
    slot.worker.postMessage({ id, ...job });
  });
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
