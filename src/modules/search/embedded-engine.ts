import type Database from 'better-sqlite3';
import { type Db, isSqlite } from '../../db/database.js';
import { AppError } from '../../shared/errors.js';
import { type EngineStatus, type FacetName, type SearchAnswer, type SearchEngine, type SearchPage, type SearchQuery, splitStatuses, type WordMatch } from './engine.js';
import { countFacets, wantedOf } from './facets.js';
import { unspaced } from './search-index.js';

// bm25 weights per FTS column: title, body, keywords (codes, tags), title pinyin
const WEIGHTS = '10.0, 1.0, 6.0, 4.0';

const phrase = (words: string[]) => `"${words.join(' ').replace(/"/g, '""')}"`;
const matchExpression = (groups: string[][][], match: WordMatch) => groups.map((alternatives) => `(${alternatives.map(phrase).join(' OR ')})`).join(match === 'all' ? ' AND ' : ' OR ');

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
  const statements = new Map<string, Database.Statement>();

  // prepared once per distinct shape of query; counted like every other statement
  function run<T>(sql: string, params: unknown[], raw = false): T[] {
    let statement = statements.get(sql);
    if (!statement) {
      const connection = (db.dataSource.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
      statement = connection.prepare(sql);
      statements.set(sql, statement);
    }
    db.queries.logQuery(sql, params);
    return (raw ? statement.raw(true) : statement.raw(false)).all(...params) as T[];
  }

  function page(query: SearchQuery, { offset, limit }: SearchPage): SearchAnswer {
    const status = statusWhere(query);
    const scope = scopeWhere(query);
    const from = `search_fts JOIN search_scope s ON s.id = search_fts.rowid WHERE search_fts MATCH ? AND ${status.sql} AND ${scope.sql}`;
    const params = [matchExpression(query.groups, query.match), ...status.params, ...scope.params];
    // the window function counts every match while the sort keeps only the page; LIMIT -1 keeps
    // bm25 out of the window query, where SQLite does not allow it
    const rows = run<{ id: number; rank: number; total: number }>(
      `SELECT id, rank, count(*) OVER () AS total
         FROM (SELECT s.id AS id, s.code AS code, bm25(search_fts, ${WEIGHTS}) AS rank FROM ${from} LIMIT -1)
        ORDER BY coalesce(code = ?, 0) DESC, rank, id
        LIMIT ? OFFSET ?`,
      [...params, query.code, limit, offset],
    );
    const total = rows[0]?.total ?? (offset > 0 ? run<{ n: number }>(`SELECT count(*) AS n FROM ${from}`, params)[0]!.n : 0);
    return { total, hits: rows.map((r) => ({ id: r.id, score: Math.round(-r.rank * 1000) / 1000 })) };
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
