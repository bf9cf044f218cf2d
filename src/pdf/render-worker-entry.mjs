// The worker's entry point is plain JavaScript: it registers the TypeScript loader (tsx) in the worker
// thread, then loads the renderer. (A worker does not inherit the loader of the thread that starts it.)
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
