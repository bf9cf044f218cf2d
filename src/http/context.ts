import type { Context } from 'hono';
import type { Who } from '../domain/access.ts';
import { deltaDate } from '../domain/plan.ts';
import type { AppEnv } from './env.ts';

/** Who acts in this request: its principal and its request id, as every service takes them. */
export const whoOf = (c: Context<AppEnv>): Who => ({ principal: c.get('principal'), requestId: c.get('requestId') });

/** Today in the Pearl River Delta, by the app's clock (tests fix it). */
export const todayOf = (c: Context<AppEnv>): string => deltaDate(c.get('deps').now());
