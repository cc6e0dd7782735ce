import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { can } from '../../policies/policy.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { badInput, notFound } from '../../shared/errors.js';
import { offsetOf, type Page, toConnection } from '../../shared/pagination.js';
import { isVisible, visibleStatuses } from '../versioning/access.js';
import { touchpointOfFilter } from '../touchpoints/touchpoint-code.js';
import { VersionRow } from '../versioning/version.entity.js';
import { PUBLIC_STATUSES } from '../versioning/windows.js';
import { codesFor } from './codes.js';
import { type SearchAnswer, type SearchFilterValues, type SearchQuery, searchWords, type WordMatch } from './engine.js';
import { learnClick, preferredDocuments } from './learned.js';
import { SearchClickRow, SearchLogRow } from './search.entity.js';
import type { SearchRuntime } from './search.runtime.js';
import { identityOf } from './result-cache.js';
import { snippet } from './snippet.js';
import { normalize } from './text.js';
import { MAX_QUERY_LENGTH, understand } from './understand.js';

export { MAX_QUERY_LENGTH };

/** A click counts as its search's when it comes within this long: later, the agent has moved on (the reports' no-click rate). */
export const PROMPT_CLICK_MS = 5 * 60_000;

/** A query as searches are grouped and learned from: simplified, half-width, lower-case, single-spaced. */
export const normalizedQuery = (query: string) => normalize(query).trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH);

export interface SearchInput {
  query: string;
  filter?: (SearchFilterValues & { statuses?: VersionRow['status'][] | null }) | null;
  asOf: string;
}

/** The statuses a search looks in: those asked for (published ones by default) that the reader may see. */
const statusesFor = (reader: Actor, input: SearchInput) =>
  (input.filter?.statuses?.length ? input.filter.statuses : PUBLIC_STATUSES).filter((s) => visibleStatuses(reader).includes(s));

/**
 * What the engines are asked: the query as understood (understand.ts), what the searcher may see at
 * asOf, the filter, the documents agents learned to open for it. Statuses the searcher may not see
 * are left out, as everywhere (decision 0011): an agent who asks for drafts finds none.
 */
export async function readQuery(search: SearchRuntime, reader: Actor, input: SearchInput): Promise<{ query: Omit<SearchQuery, 'match'>; interpretedAs: string }> {
  const statuses = statusesFor(reader, input);
  const drafts = statuses.some((s) => !(PUBLIC_STATUSES as readonly string[]).includes(s));
  const [known, vocabulary, preferred] = await Promise.all([
    codesFor(search.codes, { drafts }),
    search.words.get(),
    preferredDocuments(search.db, normalizedQuery(input.query), reader.clock.now()),
  ]);
  const understood = understand(input.query, { vocabulary, codes: known.codes, businessCodes: known.businessCodes });
  return {
    query: { groups: understood.groups, statuses, asOf: input.asOf, filter: input.filter ?? {}, code: understood.code, preferred },
    interpretedAs: understood.interpretedAs,
  };
}

/** A page of search results, cut and with snippets: what the result cache keeps. */
async function findPage(search: SearchRuntime, actor: Actor, input: SearchInput, offset: number, limit: number) {
  const { query, interpretedAs } = await readQuery(search, actor, input);
  const found: SearchAnswer & { match: WordMatch } = query.statuses.length > 0 ? await searchWords(search.engine, query, { offset, limit }) : { total: 0, hits: [], match: 'all' };
  const entries = new Map((await search.entries(found.hits.map((h) => h.id))).map((e) => [e.id, e]));
  const words = query.groups.map((alternatives) => alternatives.flatMap((a) => a.words));
  const hits = found.hits.flatMap((h, i) => {
    const entry = entries.get(h.id);
    // an index that has not caught up with a rebuild may name an entry no longer there
    return entry ? [{ ...entry, score: h.score, position: offset + i + 1, snippet: snippet(entry.body, words) }] : [];
  });
  return { query, interpretedAs, total: found.total, totalIsEstimate: found.totalIsEstimate ?? false, match: found.match, hits };
}

/** The key of an answer in the result cache, or null when it must be worked out afresh. */
async function cacheKey(search: SearchRuntime, actor: Actor, input: SearchInput, offset: number, limit: number): Promise<string | null> {
  const stamp = search.cacheStamp(input.asOf);
  if (!stamp) return null;
  const [vocabulary, preferred] = await Promise.all([search.words.get(), preferredDocuments(search.db, normalizedQuery(input.query), actor.clock.now())]);
  return JSON.stringify([stamp, vocabulary ? identityOf(vocabulary) : 0, statusesFor(actor, input), input.query, input.filter ?? {}, offset, limit, preferred]);
}

/** Search every kind: the engine ranks, filters, counts and pages; this cuts snippets from the page and logs the search. */
export async function search(search: SearchRuntime, actor: Actor, input: SearchInput & { page: Page }) {
  const started = performance.now();
  const offset = offsetOf(input.page);
  const limit = input.page.limit + 1;
  const key = await cacheKey(search, actor, input, offset, limit);
  let found = key ? (search.results.get(key) as Awaited<ReturnType<typeof findPage>> | undefined) : undefined;
  if (!found) {
    found = await findPage(search, actor, input, offset, limit);
    if (key) search.results.set(key, found);
  }
  const { query, interpretedAs, hits, total, totalIsEstimate, match } = found;

  const queryId = randomUUID();
  search.log.add({
    id: queryId,
    at: toStored(actor.clock.now()),
    userId: actor.user.id,
    query: input.query.slice(0, MAX_QUERY_LENGTH),
    normalized: normalizedQuery(input.query),
    filters: JSON.stringify({ ...input.filter, asOf: input.asOf }),
    hits: total,
    touchpointCode: touchpointOfFilter(input.filter),
    resultIds: hits.slice(0, input.page.limit).map((h) => h.versionId).join(' '),
    firstPosition: offset + 1,
    promptClicks: 0,
    promptRankSum: 0,
    promptRanked: 0,
    latencyMs: Math.round((performance.now() - started) * 100) / 100,
    engine: search.engine.name,
  });
  return {
    ...toConnection(hits, input.page, (h) => h.position, total),
    queryId,
    everyWord: match === 'all',
    totalCountIsEstimate: totalIsEstimate,
    interpretedAs,
    // counted only when asked for (SearchResolver.facets), and for the same matches
    facetQuery: { ...query, asOf: input.asOf, match },
  };
}

/** Facet counts for the matches of a search (every status-less query counts nothing). */
export const facets = (search: SearchRuntime, query: SearchQuery) =>
  query.statuses.length > 0 ? search.engine.facets(query) : Promise.resolve({ kinds: [], channels: [], brands: [], businessCodes: [], flowClasses: [] });

/**
 * Remember which result a searcher opened; an agent's click also teaches the search (learned.ts).
 * Someone else's search, or a version the searcher may not see, is not found (decision 0011).
 */
export async function recordClick(search: SearchRuntime, actor: Actor, input: { queryId: string; versionId: string }) {
  await search.log.flush();
  return search.db.write(async (tx) => {
    const logged = await tx.em.findOneBy(SearchLogRow, { id: input.queryId });
    if (!logged || !can(actor, 'search.record', logged)) throw notFound('search', input.queryId);
    const version = await tx.em.findOneBy(VersionRow, { id: input.versionId });
    if (!version || !isVisible(actor, version.status)) throw notFound('version', input.versionId);
    const now = actor.clock.now();
    const at = toStored(now);
    // a click on a version the search did not return is not a click on its results
    const returned = logged.resultIds === null ? null : logged.resultIds.split(' ');
    const index = returned?.indexOf(input.versionId) ?? -1;
    if (returned && index < 0) throw badInput('versionId', `${input.versionId} was not among the results search ${input.queryId} returned`);
    const position = index >= 0 && logged.firstPosition !== null ? logged.firstPosition + index : null;
    const afterMs = now.getTime() - Date.parse(logged.at);
    await tx.em.insert(SearchClickRow, { id: randomUUID(), queryId: input.queryId, versionId: input.versionId, userId: actor.user.id, at, position, afterMs });
    if (afterMs <= PROMPT_CLICK_MS) {
      await tx.em
        .createQueryBuilder()
        .update(SearchLogRow)
        .set({ promptClicks: () => '"promptClicks" + 1', promptRankSum: () => '"promptRankSum" + :rank', promptRanked: () => '"promptRanked" + :ranked' })
        .where('id = :id', { id: logged.id, rank: position ?? 0, ranked: position === null ? 0 : 1 })
        .execute();
    }
    if (actor.user.role === 'AGENT') await learnClick(search.db, tx, { query: logged.normalized ?? normalizedQuery(logged.query), documentId: version.documentId, userId: actor.user.id, at });
    return true;
  });
}

const MAX_SUGGESTIONS = 20;
const MAX_PREFIX = 50;

/** Completions for what an agent has typed so far (suggest.ts). */
export async function suggest(search: SearchRuntime, input: { prefix: string; first?: number | null }) {
  const first = input.first ?? 8;
  if (!Number.isInteger(first) || first < 1 || first > MAX_SUGGESTIONS) throw badInput('first', `must be between 1 and ${MAX_SUGGESTIONS}`);
  if (input.prefix.length > MAX_PREFIX) throw badInput('prefix', `is ${input.prefix.length} characters long; at most ${MAX_PREFIX}`);
  return (await search.suggestions.get()).suggest(input.prefix, first);
}

/**
 * Which engine answers and how it is doing. `documents` is the index's size for those who may see
 * drafts; for everyone else it counts only the published versions in force at `at`, the ones
 * their searches can find, so it says nothing about unpublished work.
 */
export async function engineStatus(search: SearchRuntime, actor: Actor, at: string) {
  const status = await search.engine.status();
  if (can(actor, 'content.readUnpublished')) return status;
  const n = await search.db.dataSource
    .getRepository(VersionRow)
    .createQueryBuilder('v')
    .where("v.status = 'PUBLISHED' AND v.effectiveFrom <= :at AND (v.effectiveTo IS NULL OR v.effectiveTo > :at)", { at })
    .getCount();
  return { ...status, documents: Number(n) };
}
