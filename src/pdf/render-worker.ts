import { parentPort } from 'node:worker_threads';
import type { PlanSnapshot } from '../domain/plan.ts';
import { renderCopy } from './plan-document.ts';

// Renders copies off the main thread, one message at a time: { id, snapshot, copyNumber } → { id, pdf }.
parentPort!.on('message', async (job: { id: number; snapshot: PlanSnapshot; copyNumber: number }) => {
  try {
    const pdf = await renderCopy(job.snapshot, job.copyNumber);
    parentPort!.postMessage({ id: job.id, pdf }, [pdf.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  }
});
