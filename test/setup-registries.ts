import { afterAll } from 'vitest';
import { closeFileRegistries } from './helpers.ts';

// A setup file runs before every test file, so the hook holds for each (test/helpers.ts itself is
// loaded once per thread, as files share their thread's modules).
afterAll(closeFileRegistries);
