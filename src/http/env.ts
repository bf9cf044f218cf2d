import type { RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { Principal } from '../domain/access.ts';
import type { SessionEnd } from '../domain/account.ts';
import type { Logger } from '../logger.ts';
import type { Db } from '../store/database.ts';

/** Everything a request needs arrives through createApp(deps): nothing is a module singleton. */
export type Deps = {
  db: Db;
  logger: Logger;
  /** The time of a write; replaceable so tests can fix it. */
  now: () => Date;
  /**
   * Behind reverse proxies that set X-Forwarded-Proto and append to X-Forwarded-For (TRUST_PROXY): how many
   * of them to believe (true: one). 0 or unset: neither header is believed.
   */
  trustProxy?: boolean | number;
  /** The address people reach the registry at (PUBLIC_URL), for the links it gives and its OpenAPI `servers`; else the request's own. */
  publicUrl?: string | null;
  /** Origins allowed to call the API from a browser (CORS_ORIGINS); none unless given, and then no CORS headers at all. */
  corsOrigins?: readonly string[];
  /** Hosts webhooks may reach over http and at non-public addresses (WEBHOOK_ALLOW_HOSTS); none unless given. */
  webhookAllowHosts?: readonly string[];
  /** Requests a minute for one token's ordinary API requests (src/http/rate-limit.ts); 0 turns the limits off. */
  rateLimitPerMinute?: number;
};

export type AppEnv = {
  Variables: {
    deps: Deps;
    principal: Principal;
    requestId: string;
    /** The client's own X-Request-Id (a reasonable one), echoed back as X-Client-Request-Id. */
    clientRequestId: string | undefined;
    /** Whether a read of this request so far came from the standby, the primary unreachable (the store notes it). */
    servedFromReplica: () => boolean;
    /** Where the caller's budget stands (RateLimit-Policy and RateLimit), for the answer's headers. */
    rateLimit: { policy: string; state: string } | undefined;
    /** The answer was made with every header all answers carry (answerWith): none is added after. */
    answerHeadersIncluded: boolean;
    /** The session or token the request came through, named in the audit trail ("session 12", "token 7"). */
    via: string | null;
    /** The page session of a signed-in person. */
    sessionId: number;
    /** The answer hands out a secret (a one-time link, a signing secret): an Idempotency-Key's store keeps it withheld. */
    answerHoldsSecret: boolean;
    /** When the page session ends if nothing more is asked of it, and whether by idleness or its 12-hour limit. */
    sessionEnds: SessionEnd;
    /** The person must set up a second factor before any other page (their role needs one and they have none). */
    mustEnrol: boolean;
  };
};

export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;
