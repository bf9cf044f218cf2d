// The workbook reader's entry point is plain JavaScript: it registers the TypeScript loader (tsx) in the
// worker thread, then loads the reader. (The build puts the compiled reader under this name in dist/.)
import { register } from 'tsx/esm/api';

register();
await import('./xlsx-reader.ts');
