import { LRUCache } from 'lru-cache';
import type { Db, Tx } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { notFound } from '../../shared/errors.js';
import { type ConnectionShape, type Page, sliceConnection } from '../../shared/pagination.js';
import { parseInput, text } from '../../shared/validation.js';
import { z } from 'zod';
import { record } from '../audit/audit.service.js';
import { SearchLearnedClickRow, SearchLearnedRemovedRow } from './search.entity.js';

/**
 * What agents taught the search (KCS: the words agents search with are content). A query that
 * several agents end by opening the same document prefers that document for that query; one agent
 * cannot do it alone (minAgents); each agent's latest click counts half as much every halfLifeDays,
 * and the pair applies only while the clicks weigh at least half of minAgents together, so a
 * preference nobody renews lapses within weeks; clicks older than windowDays are not read at all.
 * A manager can remove a pair (clicks before the removal stop counting).
 */
export const LEARNING = { minAgents: 3, windowDays: 90, halfLifeDays: 30, maxPreferred: 3 } as const;

/** Whether search applies a pair: enough agents, recently enough. */
const applies = (p: LearnedPair) => p.agents >= LEARNING.minAgents && p.weight >= LEARNING.minAgents / 2;

const DAY = 86_400_000;

export interface LearnedPair {
  query: string;
  documentId: string;
  /** agents who opened it for this query within the window, since any removal */
  agents: number;
  lastOpenedAt: string;
  /** the agents' clicks, each halving in weight every halfLifeDays */
  weight: number;
}

type Click = Pick<SearchLearnedClickRow, 'query' | 'documentId' | 'userId' | 'at'> & { removedAt: string | null };

function pairsOf(clicks: Click[], now: Date): LearnedPair[] {
  const pairs = new Map<string, LearnedPair>();
  for (const c of clicks) {
    if (c.removedAt && c.at <= c.removedAt) continue;
    const key = `${c.query}\u0000${c.documentId}`;
    const pair = pairs.get(key) ?? { query: c.query, documentId: c.documentId, agents: 0, lastOpenedAt: c.at, weight: 0 };
    pair.agents++;
    pair.weight += 0.5 ** ((now.getTime() - Date.parse(c.at)) / (LEARNING.halfLifeDays * DAY));
    if (c.at > pair.lastOpenedAt) pair.lastOpenedAt = c.at;
    pairs.set(key, pair);
  }
  return [...pairs.values()].map((p) => ({ ...p, weight: Math.round(p.weight * 1000) / 1000 })).sort((a, b) => b.agents - a.agents || b.weight - a.weight);
}

function clicks(db: Db, now: Date, query?: string | null) {
  const q = db.dataSource
    .getRepository(SearchLearnedClickRow)
    .createQueryBuilder('c')
    .leftJoin(SearchLearnedRemovedRow, 'r', 'r.query = c.query AND r.documentId = c.documentId')
    .select(['c.query AS query', 'c.documentId AS "documentId"', 'c.userId AS "userId"', 'c.at AS at', 'r.removedAt AS "removedAt"'])
    .where('c.at > :since', { since: toStored(new Date(now.getTime() - LEARNING.windowDays * DAY)) });
  if (query) q.andWhere('c.query = :query', { query });
  return q.getRawMany<Click>();
}

/**
 * What each query prefers, remembered for a few seconds: a busy hour asks the same queries again
 * and again. Teaching or removing a pair in this process forgets them all when it commits.
 */
const PREFERRED_TTL_MS = 10_000;
const remembered = new WeakMap<Db, LRUCache<string, string[]>>();
const preferredCache = (db: Db) => {
  let cache = remembered.get(db);
  if (!cache) remembered.set(db, (cache = new LRUCache<string, string[]>({ max: 10_000, ttl: PREFERRED_TTL_MS })));
  return cache;
};
const forgetPreferred = (db: Db, tx: Tx) => tx.afterCommit(() => remembered.get(db)?.clear());

/** The documents agents learned to open for a (normalized) query, strongest first: the search puts them first among its matches. */
export async function preferredDocuments(db: Db, normalized: string, now: Date): Promise<string[]> {
  const cache = preferredCache(db);
  // weights fade by the day: an answer holds for the hour it was worked out in
  const key = `${Math.floor(now.getTime() / 3_600_000)}:${normalized}`;
  const known = cache.get(key);
  if (known) return known;
  const preferred = pairsOf(await clicks(db, now, normalized), now)
    .filter(applies)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, LEARNING.maxPreferred)
    .map((p) => p.documentId);
  cache.set(key, preferred);
  return preferred;
}

/** An agent opened a document from a search: remember it (the latest click per agent counts), in the click's transaction. */
export async function learnClick(db: Db, tx: Tx, click: Pick<SearchLearnedClickRow, 'query' | 'documentId' | 'userId' | 'at'>): Promise<void> {
  await tx.em.upsert(SearchLearnedClickRow, click, ['query', 'documentId', 'userId']);
  forgetPreferred(db, tx);
}

/** Every pair agents have taught, or those of one query, most agents first; `active` pairs are the ones the search applies. */
export async function learnedPairs(db: Db, now: Date, filter: { query?: string | null }, page: Page): Promise<ConnectionShape<LearnedPair & { active: boolean }>> {
  const all = pairsOf(await clicks(db, now, filter.query), now).map((p) => ({ ...p, active: applies(p) }));
  return sliceConnection(all, page);
}

const removeInput = z.object({ query: text(500), documentId: z.string().min(1).max(36), reason: text(2000) });

/** Stop a learned pair: the clicks so far no longer count for it (new ones may teach it again). Audited. */
export function removeLearnedPair(db: Db, actor: Actor, input: z.input<typeof removeInput>): Promise<LearnedPair> {
  const parsed = parseInput(removeInput, input);
  return db.write(async (tx) => {
    const now = actor.clock.now();
    const pair = pairsOf(
      (await clicks(db, now, parsed.query)).filter((c) => c.documentId === parsed.documentId),
      now,
    )[0];
    if (!pair) throw notFound('learned search preference', `${parsed.query} → ${parsed.documentId}`);
    const removal = { query: parsed.query, documentId: parsed.documentId, removedAt: toStored(now), removedBy: actor.user.id, reason: parsed.reason };
    await tx.em.upsert(SearchLearnedRemovedRow, removal, ['query', 'documentId']);
    forgetPreferred(db, tx);
    await record(tx, actor, { at: removal.removedAt, action: 'SEARCH_PREFERENCE_REMOVED', entityType: 'SearchPreference', entityId: `${parsed.query} → ${parsed.documentId}`, documentId: parsed.documentId, reason: parsed.reason, before: pair });
    return pair;
  });
}
