import { type Db, isSqlite } from '../../db/database.js';
import { preparedReads } from '../../db/prepared.js';
import { AppError } from '../../shared/errors.js';
import { type Alternative, type EngineStatus, type FacetName, type QueryGroup, type SearchAnswer, type SearchEngine, type SearchPage, type SearchQuery, splitStatuses, type WordMatch, wordsAnywhere } from './engine.js';
import { countFacets, wantedOf } from './facets.js';
import { COLUMN_WEIGHTS, HOLDS_EVERY_WORD, priors, TITLE_HOLDS_EVERY_WORD } from './ranking.js';
import { unspaced } from './search-index.js';

const WEIGHTS = COLUMN_WEIGHTS.map((w) => w.toFixed(1)).join(', ');

const phrase = (words: string[]) => `"${words.join(' ').replace(/"/g, '""')}"`;
/** Words are looked for among words — side by side, or anywhere (wordsAnywhere); a word no document holds, as its character pairs in a row. */
function alternativeExpression(a: Alternative): string {
  if (a.source === 'fragments') return `grams : ${phrase(a.words)}`;
  return `{title body keywords pinyin} : ${wordsAnywhere(a) && a.words.length > 1 ? `(${a.words.map((w) => phrase([w])).join(' AND ')})` : phrase(a.words)}`;
}
/** Every word in 'all' mode; in 'some' mode any alternative of any word, each once (a meaning several words share is looked up once). */
function matchExpression(groups: QueryGroup[], match: WordMatch): string {
  if (match === 'some') return [...new Set(groups.flatMap((alternatives) => alternatives.map(alternativeExpression)))].join(' OR ');
  return groups.map((alternatives) => `(${alternatives.map(alternativeExpression).join(' OR ')})`).join(' AND ');
}

/** Each kind's prior as a factor on bm25 (which is negative: more negative ranks first). */
const priorExpression = () => {
  const factors = priors();
  return factors.length === 0 ? '1' : `CASE s.kind ${factors.map(([kind, prior]) => `WHEN '${kind}' THEN ${prior}`).join(' ')} ELSE 1 END`;
};

/** The query's own words, each required in `columns`. */
const ownWordsExpression = (groups: QueryGroup[], columns: string) =>
  groups
    .map((alternatives) => {
      const own = alternatives.filter((a) => a.source === 'typed' || a.source === 'reading');
      return `(${own.map((a) => `${columns} : ${wordsAnywhere(a) && a.words.length > 1 ? `(${a.words.map((w) => phrase([w])).join(' AND ')})` : phrase(a.words)}`).join(' OR ')})`;
    })
    .join(' AND ');

const holding = (factor: number) => `(CASE WHEN s.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?) THEN ${factor} ELSE 1 END)`;

/** The place of each document agents learned to open, in their order; the rest come after. */
const preferredExpression = (preferred: string[]) =>
  preferred.length === 0 ? { sql: '0', params: [] } : { sql: `CASE documentId ${preferred.map((_, i) => `WHEN ? THEN ${i + 1}`).join(' ')} ELSE 0 END`, params: preferred };

interface Where {
  sql: string;
  params: unknown[];
}

/** Status and effective window: published versions by their window around asOf, open ones by status. */
function statusWhere(query: SearchQuery): Where {
  const { windowed, open } = splitStatuses(query.statuses);
  const parts: string[] = [];
  const params: unknown[] = [];
  if (windowed.length > 0) {
    parts.push(`(s.status IN (${windowed.map(() => '?').join(', ')}) AND s.fromMs <= ? AND s.toMs > ?)`);
    const at = Date.parse(query.asOf);
    params.push(...windowed, at, at);
  }
  if (open.length > 0) {
    parts.push(`s.status IN (${open.map(() => '?').join(', ')})`);
    params.push(...open);
  }
  return { sql: `(${parts.join(' OR ')})`, params };
}

const COLUMN: Record<FacetName, { column: string; list: boolean }> = {
  kinds: { column: 's.kind', list: false },
  flowClasses: { column: 's.flowClass', list: false },
  channels: { column: 's.channels', list: true },
  brands: { column: 's.brands', list: true },
  businessCodes: { column: 's.businessCodes', list: true },
};

/** The filter as SQL; lists are stored " A C ", so a value is found as " A " (instr, so % and _ are plain). */
function scopeWhere(query: SearchQuery): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [facet, { column, list }] of Object.entries(COLUMN) as [FacetName, (typeof COLUMN)[FacetName]][]) {
    const wanted = wantedOf(query.filter, facet);
    if (wanted.length === 0) continue;
    if (list) {
      parts.push(`(${wanted.map(() => `instr(${column}, ?) > 0`).join(' OR ')})`);
      params.push(...wanted.map((w) => ` ${w} `));
    } else {
      parts.push(`${column} IN (${wanted.map(() => '?').join(', ')})`);
      params.push(...wanted);
    }
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

/**
 * SQLite FTS5 in the application's own database, ranked by bm25. Status, window and scope live in
 * search_scope, a narrow table beside the FTS table (migration SearchScope); SQLite ranks, counts
 * and pages in one statement, so only the page's rows reach JavaScript.
 */
export function embeddedEngine(db: Db): SearchEngine {
  const sqlite = isSqlite(db.dataSource);
  const run = preparedReads(db);

  function page(query: SearchQuery, { offset, limit }: SearchPage): SearchAnswer {
    const status = statusWhere(query);
    const scope = scopeWhere(query);
    const from = `search_fts JOIN search_scope s ON s.id = search_fts.rowid WHERE search_fts MATCH ? AND ${status.sql} AND ${scope.sql}`;
    const params = [matchExpression(query.groups, query.match), ...status.params, ...scope.params];
    const preferred = preferredExpression(query.preferred);
    // the window function counts every match while the sort keeps only the page; LIMIT -1 keeps
    // bm25 out of the window query, where SQLite does not allow it
    const rows = run<{ id: number; kind: string; rank: number; named: number; learned: number; total: number }>(
      `SELECT id, kind, rank, named, learned, count(*) OVER () AS total
         FROM (SELECT s.id AS id, s.kind AS kind, coalesce(s.code = ?, 0) AS named, ${preferred.sql} AS learned,
                      bm25(search_fts, ${WEIGHTS}) * ${priorExpression()} * ${holding(HOLDS_EVERY_WORD)} * ${holding(TITLE_HOLDS_EVERY_WORD)} AS rank
                 FROM ${from} LIMIT -1)
        ORDER BY named DESC, learned = 0, learned, rank, id
        LIMIT ? OFFSET ?`,
      [query.code, ...preferred.params, ownWordsExpression(query.groups, '{title body keywords pinyin}'), ownWordsExpression(query.groups, 'title'), ...params, limit, offset],
    );
    const total = rows[0]?.total ?? (offset > 0 ? run<{ n: number }>(`SELECT count(*) AS n FROM ${from}`, params)[0]!.n : 0);
    return { total, hits: rows.map((r) => ({ id: r.id, kind: r.kind, score: Math.round(-r.rank * 1000) / 1000, pinned: r.named === 1 || r.learned > 0 })) };
  }

  function needSqlite() {
    if (!sqlite) throw new AppError('UNAVAILABLE', 'the embedded search engine needs the SQLite database; set MEILI_HOST to search on PostgreSQL');
  }

  return {
    name: 'embedded',
    async search(query, pageOf) {
      needSqlite();
      return page(query, pageOf);
    },
    async facets(query) {
      needSqlite();
      const status = statusWhere(query);
      const rows = run<[string, string, string, string, string | null]>(
        `SELECT s.kind, s.channels, s.brands, s.businessCodes, s.flowClass FROM search_fts JOIN search_scope s ON s.id = search_fts.rowid WHERE search_fts MATCH ? AND ${status.sql}`,
        [matchExpression(query.groups, query.match), ...status.params],
        true,
      );
      return countFacets(
        rows.map(([kind, channels, brands, businessCodes, flowClass]) => ({ kind, channels: unspaced(channels), brands: unspaced(brands), businessCodes: unspaced(businessCodes), flowClass })),
        query.filter,
      );
    },
    async status(): Promise<EngineStatus> {
      const [{ n }] = await db.dataSource.query('SELECT count(*) AS n FROM search_entries');
      return { engine: 'embedded', documents: Number(n), pendingChanges: 0, lastSync: null, lastError: null };
    },
  };
}
