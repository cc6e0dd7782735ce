import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { In } from 'typeorm';
import type { Context } from '../../graphql/context.js';
import { toStored } from '../../shared/clock.js';
import { badInput, forbidden, notFound } from '../../shared/errors.js';
import { type Page, toConnection } from '../../shared/pagination.js';
import { VersionRow } from '../versioning/version.entity.js';
import { type SearchEngine, type SearchQuery, searchWords } from './engine.js';
import { withCodeCorrections } from './codes.js';
import { flushSearchLog, logSearch } from './search-log.js';
import { SearchClickRow, SearchEntryRow, SearchLogRow } from './search.entity.js';
import type { SearchFilter } from './search.types.js';
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

/** What the engines are asked: the interpreted words, what is visible to the searcher at asOf, the filter. */
export async function engineQuery(ctx: Context, args: { query: string; filter?: SearchFilter | null; asOf: string }): Promise<Omit<SearchQuery, 'match'>> {
  const groups = await withCodeCorrections(ctx.db, interpret(args.query));
  if (args.filter?.statuses?.length && ctx.user!.role === 'AGENT') throw forbidden('filter.statuses is for managers, approvers and admins; agents see what is in force');
  const statuses = args.filter?.statuses?.length ? args.filter.statuses : (['PUBLISHED', 'RETIRED'] as const);
  return { groups, statuses: [...statuses], asOf: args.asOf, filter: args.filter ?? {}, code: codeOf(args.query) };
}

/** Search every kind: the engine ranks, filters, counts and pages; this cuts snippets from the page and logs the search. */
export async function search(ctx: Context, engine: SearchEngine, args: { query: string; filter?: SearchFilter | null; asOf: string; page: Page }) {
  const started = performance.now();
  const query = await engineQuery(ctx, args);
  const offset = args.page.afterKey ?? 0;
  const answer = await searchWords(engine, query, { offset, limit: args.page.limit + 1 });
  const entries = new Map(
    answer.hits.length > 0
      ? (await ctx.db.dataSource.getRepository(SearchEntryRow).find({ where: { id: In(answer.hits.map((h) => h.id)) } })).map((e) => [e.id, e])
      : [],
  );
  const words = query.groups.map((alternatives) => alternatives.flat());
  const hits = answer.hits.flatMap((h, i) => {
    const entry = entries.get(h.id);
    // an index that has not caught up with a rebuild may name an entry no longer there
    return entry ? [{ ...entry, score: h.score, position: offset + i + 1, snippet: snippet(entry.body, words) }] : [];
  });

  const queryId = randomUUID();
  logSearch(ctx.db, {
    id: queryId,
    at: toStored(ctx.clock.now()),
    userId: ctx.user!.id,
    query: args.query.slice(0, MAX_QUERY_LENGTH),
    filters: JSON.stringify({ ...args.filter, asOf: args.asOf }),
    hits: answer.total,
    latencyMs: Math.round((performance.now() - started) * 100) / 100,
    engine: engine.name,
  });
  return {
    ...toConnection(hits, args.page, (h) => h.position, answer.total),
    queryId,
    everyWord: answer.match === 'all',
    interpretedAs: query.groups.map((alternatives) => alternatives.map((a) => a.join(' ')).join(' / ')).join(' | '),
    // counted only when asked for (SearchResultsResolver.facets), and for the same matches
    facetQuery: { ...query, match: answer.match },
  };
}

/** Remember which result a searcher opened. */
export async function recordClick(ctx: Context, input: { queryId: string; versionId: string }) {
  const user = ctx.user!;
  await flushSearchLog(ctx.db);
  return ctx.db.write(async (em) => {
    const logged = await em.findOneBy(SearchLogRow, { id: input.queryId });
    if (!logged) throw notFound('search', input.queryId);
    if (logged.userId !== user.id) throw forbidden('a click is recorded by whoever searched');
    if (!(await em.existsBy(VersionRow, { id: input.versionId }))) throw notFound('version', input.versionId);
    await em.insert(SearchClickRow, { id: randomUUID(), queryId: input.queryId, versionId: input.versionId, userId: user.id, at: toStored(ctx.clock.now()) });
    return true;
  });
}

