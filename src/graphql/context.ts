import type { Db } from '../db/database.js';
import type { RequestBudget } from './budget.js';
import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import { toStored } from '../shared/clock.js';
import { unauthenticated } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { UserRow } from '../modules/auth/user.entity.js';
import { userLoaders } from '../modules/auth/user.loaders.js';
import type { SearchRuntime } from '../modules/search/search.runtime.js';
import type { UsageLog } from '../modules/usage/usage-log.js';
import type { WebhookSettings } from '../modules/webhooks/settings.js';
import { exceptionLoaders } from '../modules/exceptions/exception.loaders.js';
import { caseLoaders } from '../modules/cases/case.loaders.js';
import { touchpointLoaders } from '../modules/touchpoints/touchpoint.loaders.js';
import { versionLoaders } from '../modules/versioning/version.loaders.js';

/** What a resolver has: the request's user, its clock and loaders, the runtime's database and search, a logger that names the request. */
export interface Context {
  db: Db;
  clock: Clock;
  /** null for a request without a bearer token */
  user: UserRow | null;
  loaders: ReturnType<typeof createLoaders>;
  search: SearchRuntime;
  usage: UsageLog;
  /** what webhook endpoints may be registered (private networks) and how long rotated keys overlap */
  webhooks: WebhookSettings;
  requestId: string;
  logger: Logger;
  /** what the request may still spend (time, fields, answer size); absent outside HTTP */
  budget?: RequestBudget;
}

export const createLoaders = (db: Db) => ({ ...versionLoaders(db), ...userLoaders(db), ...touchpointLoaders(db), ...exceptionLoaders(db), ...caseLoaders(db) });

/** The signed-in actor for a service call; resolvers reach it only behind @Allow. */
export function actorOf(ctx: Context): Actor {
  if (!ctx.user) throw unauthenticated();
  return { user: ctx.user, clock: ctx.clock };
}

/** `asOf` as stored (ISO UTC), defaulting to the request's now. */
export const instant = (ctx: Context, asOf?: Date | null) => toStored(asOf ?? ctx.clock.now());
