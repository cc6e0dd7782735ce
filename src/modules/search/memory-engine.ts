import { setImmediate as yieldToRequests } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { Db } from '../../db/database.js';
import { preparedReads } from '../../db/prepared.js';
import type { Logger } from '../../shared/logger.js';
import { countFacets } from './facets.js';
import { type CompiledAlternative, type CompiledQuery, ftsTokens, type IndexedEntry, MemoryIndex, type Phrase } from './memory-index.js';
import { FACETS, type SearchEngine, type SearchQuery, wordsAnywhere } from './engine.js';
import { unspaced } from './search-index.js';

/** The query in the in-memory index's terms, its phrases and alternatives as the FTS5 engine writes them. */
export function compileQuery(query: SearchQuery): CompiledQuery {
  // FTS5 scores each phrase of the MATCH expression on its own, a phrase written twice twice over;
  // in 'some' mode the expression names each alternative once (embedded-engine.ts)
  const phrases: Phrase[] = [];
  const phraseOf = (words: string[], columns: Phrase['columns']) => phrases.push({ words: words.flatMap(ftsTokens), columns }) - 1;
  const seen = new Map<string, CompiledAlternative>();
  const groups: CompiledAlternative[][] = [];
  for (const alternatives of query.groups) {
    const group: CompiledAlternative[] = [];
    for (const a of alternatives) {
      const own = a.source === 'typed' || a.source === 'reading';
      const anywhere = wordsAnywhere(a) && a.words.length > 1;
      const columns = a.source === 'fragments' ? 'grams' : 'words';
      const key = `${columns}:${anywhere}:${a.words.join(' ')}`;
      const known = query.match === 'some' ? seen.get(key) : undefined;
      const compiled = { own, phrases: known?.phrases ?? (anywhere ? a.words.map((w) => phraseOf([w], columns)) : [phraseOf(a.words, columns)]) };
      seen.set(key, compiled);
      group.push(compiled);
    }
    groups.push(group);
  }
  return {
    phrases,
    groups,
    match: query.match,
    statuses: query.statuses,
    asOfMs: Date.parse(query.asOf),
    filter: query.filter,
    filtered: FACETS.some((facet) => (query.filter[facet]?.length ?? 0) > 0),
    code: query.code,
    preferred: query.preferred,
  };
}

interface StoredRow {
  id: number;
  status: IndexedEntry['status'];
  fromMs: number | null;
  toMs: number;
  code: string | null;
  kind: IndexedEntry['kind'];
  flowClass: string | null;
  channels: string;
  brands: string;
  businessCodes: string;
  documentId: string;
  title: string;
  body: string;
  keywords: string;
  pinyin: string;
  grams: string;
}

const entryOf = (r: StoredRow): IndexedEntry => ({
  id: r.id,
  columns: [r.title, r.body, r.keywords, r.pinyin, r.grams],
  status: r.status,
  fromMs: r.fromMs,
  toMs: r.toMs,
  code: r.code,
  kind: r.kind,
  flowClass: r.flowClass,
  channels: unspaced(r.channels),
  brands: unspaced(r.brands),
  businessCodes: unspaced(r.businessCodes),
  documentId: r.documentId,
});

const LOAD = `SELECT s.id, s.status, s.fromMs, s.toMs, s.code, s.kind, s.flowClass, s.channels, s.brands, s.businessCodes, s.documentId,
                     f.title, f.body, f.keywords, f.pinyin, f.grams
                FROM search_scope s JOIN search_fts f ON f.rowid = s.id`;
// entries read between two yields to waiting requests (a few milliseconds of work)
const BATCH = 100;

/**
 * Read every entry of search_fts and search_scope into a new index, on a connection of its own: its
 * one read transaction is a snapshot, taken with the last change it includes, and other requests
 * run between batches.
 */
async function load(file: string): Promise<{ index: MemoryIndex; lastSeq: number }> {
  const index = new MemoryIndex();
  const connection = new Database(file, { readonly: true, fileMustExist: true });
  try {
    connection.prepare('BEGIN').run();
    const { lastSeq } = connection.prepare('SELECT coalesce(max(seq), 0) AS lastSeq FROM search_changes').get() as { lastSeq: number };
    let n = 0;
    for (const row of connection.prepare(LOAD).iterate() as IterableIterator<StoredRow>) {
      index.put(entryOf(row));
      if (++n % BATCH === 0) await yieldToRequests();
    }
    connection.prepare('COMMIT').run();
    return { index, lastSeq };
  } finally {
    connection.close();
  }
}

/** How often each process looks for entries other processes wrote to the same file. */
export const FOLLOW_EVERY_MS = 200;
/** Changes are kept this long; a process that has not looked for longer reads its index anew. */
export const CHANGES_KEPT_MS = 10 * 60_000;

/** Forget changes every process has long applied (a process further behind reads its index anew). */
export async function pruneChanges(db: Db): Promise<void> {
  await db.write(({ em }) => em.query('DELETE FROM search_changes WHERE at < ?', [Date.now() - CHANGES_KEPT_MS]));
}

export interface MemorySearch {
  /** the in-memory index when warm, FTS5 until then */
  engine: SearchEngine;
  /** (re)build the index from the database; searches use the old one (or FTS5) until it is ready */
  warm(): Promise<void>;
  /** wait for a build under way */
  settle(): Promise<void>;
  /** read the index anew if it is read or being read (a rebuild rewrote the entries), else nothing */
  reread(): Promise<void>;
  /** an entry written by a transaction that has just committed */
  put(entry: IndexedEntry): void;
  /** bumped whenever what a search may find changes */
  readonly generation: number;
  readonly ready: boolean;
  /** the instants where some entry's window opens or closes, ascending */
  boundaries(): Float64Array;
  /**
   * Apply what other processes wrote since last time (search_changes); `changed` runs when
   * something was. Returns how many entries it applied.
   */
  follow(changed: () => void): Promise<number>;
}

/**
 * The embedded engine, ranked in memory. Entries written by this process's transactions are put in
 * the index by the transaction's after-commit hook, in the same turn of the event loop as its
 * commit, so no search sees a committed version the index misses.
 */
export function memorySearch(db: Db, fts: SearchEngine, logger: Logger): MemorySearch {
  const file = (db.writeSource.options as { database: string }).database;
  let index: MemoryIndex | null = null;
  let generation = 0;
  let boundaries: Float64Array | null = null;
  // while a new index is built, what commits meanwhile is put in it too once it is read
  let pending: IndexedEntry[] | null = null;
  let warming: Promise<void> | null = null;
  // the last change applied, and the changes this process wrote itself (applied at commit)
  let lastSeq = 0;
  const own = new Set<number>();
  const read = preparedReads(db);
  const poll = preparedReads(db, { background: true });

  function changed() {
    generation++;
    boundaries = null;
  }

  async function build() {
    pending = [];
    const started = performance.now();
    try {
      const { index: built, lastSeq: upTo } = await load(file);
      for (const entry of pending) built.put(entry);
      index = built;
      lastSeq = Math.max(lastSeq, upTo);
      for (const seq of own) if (seq <= lastSeq) own.delete(seq);
      changed();
      logger.info({ documents: built.documents, ms: Math.round(performance.now() - started) }, 'search index in memory');
    } finally {
      pending = null;
    }
  }

  // asked again while building (a rebuild removed entries the build may have read): build once more after
  let again = false;
  const warm = (): Promise<void> => {
    if (warming) {
      again = true;
      return warming;
    }
    warming = (async () => {
      do {
        again = false;
        await build();
      } while (again);
    })()
      .catch((error: unknown) => {
        logger.error({ err: error }, 'reading the search index into memory failed; searching with FTS5');
        throw error;
      })
      .finally(() => {
        warming = null;
      });
    return warming;
  };

  function put(entry: IndexedEntry) {
    if (entry.seq !== undefined) own.add(entry.seq);
    index?.put(entry);
    pending?.push(entry);
    changed();
    if (index?.wasteful && !warming) warm().catch(() => undefined);
  }

  return {
    engine: {
      name: fts.name,
      async search(query, page) {
        return index ? index.search(compileQuery(query), page.offset, page.limit) : fts.search(query, page);
      },
      async facets(query) {
        return index ? countFacets(index.facetRows(compileQuery(query)), query.filter) : fts.facets(query);
      },
      status: () => fts.status(),
    },
    warm,
    reread: async () => {
      if (index || warming) await warm();
    },
    settle: async () => {
      await warming?.catch(() => undefined);
    },
    put,
    get generation() {
      return generation;
    },
    get ready() {
      return index !== null;
    },
    boundaries() {
      boundaries ??= index?.boundaries() ?? new Float64Array(0);
      return boundaries;
    },
    async follow(notify) {
      if (!index || warming) return 0;
      const rows = poll<{ seq: number; entryId: number | null }>('SELECT seq, entryId FROM search_changes WHERE seq > ? ORDER BY seq LIMIT 5000', [lastSeq]);
      if (rows.length === 0) return 0;
      // commits are serial, so changes are numbered without gaps: a gap means some were pruned unseen
      const missed = rows[0]!.seq !== lastSeq + 1 && lastSeq > 0;
      const foreign = rows.filter((r) => !own.delete(r.seq));
      lastSeq = rows.at(-1)!.seq;
      if (missed || foreign.some((r) => r.entryId === null)) {
        notify();
        await warm();
        return foreign.length;
      }
      if (foreign.length === 0) return 0;
      const ids = [...new Set(foreign.map((r) => r.entryId!))];
      for (let i = 0; i < ids.length; i += 500) {
        const batch = ids.slice(i, i + 500);
        for (const row of read<StoredRow>(`${LOAD} WHERE s.id IN (${batch.map(() => '?').join(', ')})`, batch)) put(entryOf(row));
      }
      notify();
      return ids.length;
    },
  };
}
