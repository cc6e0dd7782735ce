import type { Db } from '../../db/database.js';
import { AppError } from '../../shared/errors.js';
import { SearchEntryRow } from './search.entity.js';
import type { EngineStatus, SearchEngine, SearchMatch, SearchQuery } from './engine.js';

// bm25 weights per FTS column: title, body, keywords (codes, tags), title pinyin
const WEIGHTS = '10.0, 1.0, 6.0, 4.0';
const WINDOWED = ['PUBLISHED', 'RETIRED'];

const phrase = (words: string[]) => `"${words.join(' ').replace(/"/g, '""')}"`;
const matchExpression = (groups: string[][][], joiner: 'AND' | 'OR') => groups.map((alternatives) => `(${alternatives.map(phrase).join(' OR ')})`).join(` ${joiner} `);

/** SQLite FTS5 in the application's own database, ranked by bm25; filters join the plain table. */
export function embeddedEngine(db: Db): SearchEngine {
  const sqlite = db.dataSource.options.type === 'better-sqlite3';

  async function run(match: string, query: SearchQuery): Promise<SearchMatch[]> {
    const windowed = query.statuses.filter((s) => WINDOWED.includes(s));
    const open = query.statuses.filter((s) => !WINDOWED.includes(s));
    const conditions: string[] = [];
    const params: unknown[] = [match];
    if (windowed.length > 0) {
      conditions.push(`(e.status IN (${windowed.map(() => '?').join(', ')}) AND e.effectiveFrom <= ? AND (e.effectiveTo IS NULL OR e.effectiveTo > ?))`);
      params.push(...windowed, query.asOf, query.asOf);
    }
    if (open.length > 0) {
      conditions.push(`e.status IN (${open.map(() => '?').join(', ')})`);
      params.push(...open);
    }
    const rows: (SearchMatch & { rank: number })[] = await db.dataSource.query(
      `SELECT e.id, e.versionId, e.documentId, e.kind, e.code, e.status, e.effectiveFrom, e.effectiveTo, e.title,
              e.channels, e.brands, e.businessCodes, e.flowClass, bm25(search_fts, ${WEIGHTS}) AS rank
         FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid
        WHERE search_fts MATCH ? AND (${conditions.join(' OR ')})
        ORDER BY rank`,
      params,
    );
    return rows.map(({ rank, ...row }) => ({ ...row, score: Math.round(-rank * 1000) / 1000 }));
  }

  return {
    name: 'embedded',
    async search(query) {
      if (!sqlite) throw new AppError('UNAVAILABLE', 'the embedded search engine needs the SQLite database; set MEILI_HOST to search on PostgreSQL');
      if (query.groups.length === 0 || query.statuses.length === 0) return [];
      const all = await run(matchExpression(query.groups, 'AND'), query);
      // nothing has every word: rank what has some of them
      return all.length > 0 || query.groups.length === 1 ? all : run(matchExpression(query.groups, 'OR'), query);
    },
    async status(): Promise<EngineStatus> {
      return { engine: 'embedded', documents: await db.dataSource.getRepository(SearchEntryRow).count(), pendingChanges: 0, lastSync: null };
    },
  };
}
