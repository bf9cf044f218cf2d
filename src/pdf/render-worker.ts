import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Script } from '../domain/agency.ts';
import type { PlanSnapshot } from '../domain/plan.ts';
import { renderIncidentBook, type BookContent } from './incident-book.ts';
import { renderCopy, type CopyLinks } from './plan-document.ts';
import { signCopy, type SigningIdentity } from './signature.ts';

// Renders documents off the main thread, one message at a time: a plan's copy, signed ({ id, snapshot,
// copyNumber, links, identity }), or an incident book ({ id, book, script }) → { id, pdf }.
export type RenderJob = { id: number } & (
  | { kind: 'copy'; snapshot: PlanSnapshot; copyNumber: number; links: CopyLinks; identity: SigningIdentity }
  | { kind: 'incident-book'; book: BookContent; script: Script }
);

// The lookups come first (the pool says how nice to be, RENDER_NICE): when the machine's cores are all
// busy, the scheduler gives this thread what the main thread leaves. On Linux a thread's nice value is its
// own (setpriority on the calling thread); on other systems it would lower the whole process, so they
// leave it.
if (process.platform === 'linux') setPriority((workerData as { nice: number }).nice);

parentPort!.on('message', async (job: RenderJob) => {
  try {
    const pdf =
      job.kind === 'copy'
        ? await signCopy(await renderCopy(job.snapshot, job.copyNumber, job.links), job.identity)
        : await renderIncidentBook(job.book, job.script);
    parentPort!.postMessage({ id: job.id, pdf }, [pdf.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  }
});
