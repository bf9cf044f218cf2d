import { parentPort, workerData } from 'node:worker_threads';
import { xlsxGrid } from './xlsx-grid.ts';

// Reads one uploaded workbook (workerData: its bytes) off the main thread and answers { grid } or
// { error }: at 20,000 rows loading it took the main thread for almost 2 s, every lookup waiting.
xlsxGrid(workerData as Uint8Array).then(
  (grid) => parentPort!.postMessage({ grid }),
  (err: unknown) => parentPort!.postMessage({ error: err instanceof Error ? err.message : String(err) }),
);
