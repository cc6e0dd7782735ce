import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { In } from 'typeorm';
import type { Context } from '../../graphql/context.js';
import { toStored } from '../../shared/clock.js';
import { badInput, forbidden, notFound } from '../../shared/errors.js';
import { type Page, toConnection } from '../../shared/pagination.js';
import { VersionRow } from '../versioning/version.entity.js';
import type { SearchEngine, SearchFilterValues, SearchMatch } from './engine.js';
import { unspaced } from './search-index.js';
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

/** A query that is exactly a document's code (QRY-BALANCE) wants that document first. */
export function codeFirst<M extends { code: string | null }>(query: string, matches: M[]): M[] {
  const code = query.trim().toUpperCase();
  return [...matches.filter((m) => m.code?.toUpperCase() === code), ...matches.filter((m) => m.code?.toUpperCase() !== code)];
}

const listHas = (spacedList: string, wanted?: string[] | null) => !wanted?.length || wanted.some((w) => spacedList.includes(` ${w} `));

function passes(m: SearchMatch, f: SearchFilterValues | null | undefined): boolean {
  return (
    (!f?.kinds?.length || f.kinds.includes(m.kind)) &&
    listHas(m.channels, f?.channels) &&
    listHas(m.brands, f?.brands) &&
    listHas(m.businessCodes, f?.businessCodes) &&
    (!f?.flowClasses?.length || (m.flowClass !== null && f.flowClasses.includes(m.flowClass)))
  );
}

function facet(matches: SearchMatch[], valuesOf: (m: SearchMatch) => string[]) {
  const counts = new Map<string, number>();
  for (const m of matches) for (const v of new Set(valuesOf(m))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Search every kind: the engine finds, this applies the filter, counts facets, pages, cuts snippets and logs. */
export async function search(ctx: Context, engine: SearchEngine, args: { query: string; filter?: SearchFilter | null; asOf: string; page: Page }) {
  const started = performance.now();
  const user = ctx.user!;
  const groups = interpret(args.query);
  const statuses = args.filter?.statuses?.length ? args.filter.statuses : (['PUBLISHED', 'RETIRED'] as const);
  if (args.filter?.statuses?.length && user.role === 'AGENT') throw forbidden('filter.statuses is for managers, approvers and admins; agents see what is in force');

  const found = (await engine.search({ groups, statuses: [...statuses], asOf: args.asOf })).filter((m) => passes(m, args.filter));
  const matches = codeFirst(args.query, found);
  const offset = args.page.afterKey ?? 0;
  const pageRows = matches.slice(offset, offset + args.page.limit + 1);
  const bodies = new Map(
    pageRows.length > 0
      ? (await ctx.db.dataSource.getRepository(SearchEntryRow).find({ select: { id: true, body: true }, where: { id: In(pageRows.map((r) => r.id)) } })).map((r) => [r.id, r.body])
      : [],
  );
  const terms = groups.flat(2);
  const hits = pageRows.map((m, i) => ({ ...m, position: offset + i + 1, snippet: snippet(bodies.get(m.id) ?? '', terms) }));

  const queryId = randomUUID();
  const latencyMs = Math.round((performance.now() - started) * 100) / 100;
  await ctx.db.write((em) =>
    em.insert(SearchLogRow, {
      id: queryId,
      at: toStored(ctx.clock.now()),
      userId: user.id,
      query: args.query.slice(0, MAX_QUERY_LENGTH),
      filters: JSON.stringify({ ...args.filter, asOf: args.asOf }),
      hits: matches.length,
      latencyMs,
      engine: engine.name,
    }),
  );
  return {
    ...toConnection(hits, args.page, (h) => h.position, matches.length),
    queryId,
    interpretedAs: groups.map((alternatives) => alternatives.map((a) => a.join(' ')).join(' / ')).join(' | '),
    facets: {
      kinds: facet(matches, (m) => [m.kind]),
      channels: facet(matches, (m) => unspaced(m.channels)),
      brands: facet(matches, (m) => unspaced(m.brands)),
      businessCodes: facet(matches, (m) => unspaced(m.businessCodes)),
      flowClasses: facet(matches, (m) => (m.flowClass ? [m.flowClass] : [])),
    },
  };
}

/** Remember which result a searcher opened. */
export async function recordClick(ctx: Context, input: { queryId: string; versionId: string }) {
  const user = ctx.user!;
  return ctx.db.write(async (em) => {
    const logged = await em.findOneBy(SearchLogRow, { id: input.queryId });
    if (!logged) throw notFound('search', input.queryId);
    if (logged.userId !== user.id) throw forbidden('a click is recorded by whoever searched');
    if (!(await em.existsBy(VersionRow, { id: input.versionId }))) throw notFound('version', input.versionId);
    await em.insert(SearchClickRow, { id: randomUUID(), queryId: input.queryId, versionId: input.versionId, userId: user.id, at: toStored(ctx.clock.now()) });
    return true;
  });
}

