import type { RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { Principal } from '../domain/access.ts';
import type { Logger } from '../logger.ts';
import type { Db } from '../store/database.ts';

/** Everything a request needs arrives through createApp(deps): nothing is a module singleton. */
export type Deps = {
  db: Db;
  logger: Logger;
  /** The time of a write; replaceable so tests can fix it. */
  now: () => Date;
};

export type AppEnv = {
  Variables: {
    deps: Deps;
    principal: Principal;
    requestId: string;
  };
};

export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;
