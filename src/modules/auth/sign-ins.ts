import { LRUCache } from 'lru-cache';
import type { Db, Tx } from '../../db/database.js';
import type { UserRow } from './user.entity.js';

/**
 * Who a token hash signs in as, remembered for a second: every request names its token, and most
 * come from the same few hundred agents. A change to users or tokens in this process forgets them
 * all when it commits, so a revocation takes effect at once here; another process sharing the
 * database sees it within SIGN_IN_TTL_MS.
 */
export const SIGN_IN_TTL_MS = 1000;
const caches = new WeakMap<Db, LRUCache<string, UserRow>>();

export function signIns(db: Db): LRUCache<string, UserRow> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new LRUCache<string, UserRow>({ max: 10_000, ttl: SIGN_IN_TTL_MS })));
  return cache;
}

/** Forget every remembered sign-in once `tx` commits: it changed a user or a token. */
export const forgetSignIns = (db: Db, tx: Tx) => tx.afterCommit(() => caches.get(db)?.clear());
