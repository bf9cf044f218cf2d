import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';
import { validationHook } from './problem.ts';

/** Every router shares one validation hook, so every schema failure answers the same way. */
export const router = () => new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
