import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { In } from 'typeorm';
import { can } from '../../policies/policy.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { badInput, notFound } from '../../shared/errors.js';
import { type Page, toConnection } from '../../shared/pagination.js';
import { isVisible, visibleStatuses } from '../versioning/access.js';
import { VersionRow } from '../versioning/version.entity.js';
import { PUBLIC_STATUSES } from '../versioning/windows.js';
import { withCodeCorrections } from './codes.js';
import { type SearchAnswer, type SearchFilterValues, type SearchQuery, searchWords, type WordMatch } from './engine.js';
import { SearchClickRow, SearchEntryRow, SearchLogRow } from './search.entity.js';
import type { SearchRuntime } from './search.runtime.js';
import { snippet } from './snippet.js';
import { queryWords, withSynonyms } from './text.js';

export const MAX_QUERY_LENGTH = 500;
const MAX_WORDS = 16;

/** The query as groups of alternatives: each word with its synonyms, each alternative segmented. */
export function interpret(query: string): string[][][] {
  const text = query.trim();
  if (!text) throw badInput('query', 'is empty: type a word, a code or a number');
  if (text.length > MAX_QUERY_LENGTH) throw badInput('query', `is ${text.length} characters long; at most ${MAX_QUERY_LENGTH}`);
  const words = [...new Set(queryWords(text))].slice(0, MAX_WORDS);
  if (words.length === 0) throw badInput('query', 'has no word, code or number in it');
  return words.map((word) => withSynonyms(word).map((alternative) => (alternative === word ? [word] : queryWords(alternative))));
}

/** The query as a document code (QRY-BALANCE, AAA1102), if it could be one: that document comes first. */
export const codeOf = (query: string): string | null => (/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(query.trim()) ? query.trim().toUpperCase() : null);

export interface SearchInput {
  query: string;
  filter?: (SearchFilterValues & { statuses?: VersionRow['status'][] | null }) | null;
  asOf: string;
}

/**
 * What the engines are asked: the interpreted words, what the searcher may see at asOf, the filter.
 * Statuses the searcher may not see are left out, as everywhere (decision 0011): an agent who asks
 * for drafts finds none.
 */
export async function engineQuery(search: SearchRuntime, reader: Pick<Actor, 'user'>, input: SearchInput): Promise<Omit<SearchQuery, 'match'>> {
  const asked = input.filter?.statuses?.length ? input.filter.statuses : PUBLIC_STATUSES;
  const statuses = asked.filter((s) => visibleStatuses(reader).includes(s));
  const groups = await withCodeCorrections(search.codes, interpret(input.query), { drafts: statuses.some((s) => !(PUBLIC_STATUSES as readonly string[]).includes(s)) });
  return { groups, statuses, asOf: input.asOf, filter: input.filter ?? {}, code: codeOf(input.query) };
}

/** Search every kind: the engine ranks, filters, counts and pages; this cuts snippets from the page and logs the search. */
export async function search(search: SearchRuntime, actor: Actor, input: SearchInput & { page: Page }) {
  const started = performance.now();
  const query = await engineQuery(search, actor, input);
  const offset = input.page.afterKey ?? 0;
  const answer: SearchAnswer & { match: WordMatch } =
    query.statuses.length > 0 ? await searchWords(search.engine, query, { offset, limit: input.page.limit + 1 }) : { total: 0, hits: [], match: 'all' };
  const entries = new Map(
    answer.hits.length > 0 ? (await search.db.dataSource.getRepository(SearchEntryRow).find({ where: { id: In(answer.hits.map((h) => h.id)) } })).map((e) => [e.id, e]) : [],
  );
  const words = query.groups.map((alternatives) => alternatives.flat());
  const hits = answer.hits.flatMap((h, i) => {
    const entry = entries.get(h.id);
    // an index that has not caught up with a rebuild may name an entry no longer there
    return entry ? [{ ...entry, score: h.score, position: offset + i + 1, snippet: snippet(entry.body, words) }] : [];
  });

  const queryId = randomUUID();
  search.log.add({
    id: queryId,
    at: toStored(actor.clock.now()),
    userId: actor.user.id,
    query: input.query.slice(0, MAX_QUERY_LENGTH),
    filters: JSON.stringify({ ...input.filter, asOf: input.asOf }),
    hits: answer.total,
    latencyMs: Math.round((performance.now() - started) * 100) / 100,
    engine: search.engine.name,
  });
  return {
    ...toConnection(hits, input.page, (h) => h.position, answer.total),
    queryId,
    everyWord: answer.match === 'all',
    interpretedAs: query.groups.map((alternatives) => alternatives.map((a) => a.join(' ')).join(' / ')).join(' | '),
    // counted only when asked for (SearchResolver.facets), and for the same matches
    facetQuery: { ...query, match: answer.match },
  };
}

/** Facet counts for the matches of a search (every status-less query counts nothing). */
export const facets = (search: SearchRuntime, query: SearchQuery) =>
  query.statuses.length > 0 ? search.engine.facets(query) : Promise.resolve({ kinds: [], channels: [], brands: [], businessCodes: [], flowClasses: [] });

/** Remember which result a searcher opened. Someone else's search is not found (decision 0011). */
export async function recordClick(search: SearchRuntime, actor: Actor, input: { queryId: string; versionId: string }) {
  await search.log.flush();
  return search.db.write(async ({ em }) => {
    const logged = await em.findOneBy(SearchLogRow, { id: input.queryId });
    if (!logged || !can(actor, 'search.record', logged)) throw notFound('search', input.queryId);
    const version = await em.findOneBy(VersionRow, { id: input.versionId });
    if (!version || !isVisible(actor, version.status)) throw notFound('version', input.versionId);
    await em.insert(SearchClickRow, { id: randomUUID(), queryId: input.queryId, versionId: input.versionId, userId: actor.user.id, at: toStored(actor.clock.now()) });
    return true;
  });
}
