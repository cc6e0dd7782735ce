import { type Db, isSqlite } from '../../db/database.js';
import { lexicon } from './dictionaries.js';
import { SearchEntryRow } from './search.entity.js';
import { characterPairs, indexTokens } from './text.js';
import { Vocabulary } from './vocabulary.js';

const BATCH = 2000;
/** how long a vocabulary may lag behind writes before it is counted again */
const REFRESH_AFTER_MS = 10_000;

/**
 * Every word of the index with its document count. On SQLite, FTS5 keeps the counts (search_vocab);
 * elsewhere the search entries are segmented as the index segments them. The lexicon's terms are
 * words agents name things by, whether or not a document holds them yet.
 */
async function countWords(db: Db): Promise<Vocabulary> {
  const entries: { word: string; df: number; named: boolean; pair?: boolean }[] = lexicon().flatMap((e) => e.means.map((word) => ({ word, df: 0, named: true })));
  const documents = await db.dataSource.getRepository(SearchEntryRow).count();
  if (isSqlite(db.dataSource)) {
    const rows: { term: string; col: string; doc: number }[] = await db.dataSource.query(`SELECT term, col, doc FROM search_vocab WHERE col IN ('title', 'body', 'keywords', 'grams')`);
    for (const r of rows) entries.push({ word: r.term, df: Number(r.doc), named: r.col === 'title' || r.col === 'keywords', pair: r.col === 'grams' });
  } else {
    const counts = new Map<string, { df: number; named: boolean }>();
    const pairs = new Map<string, number>();
    const repo = db.dataSource.getRepository(SearchEntryRow);
    for (let after = 0; ; ) {
      const batch = await repo.createQueryBuilder('e').select(['e.id', 'e.title', 'e.body', 'e.keywords']).where('e.id > :after', { after }).orderBy('e.id').limit(BATCH).getMany();
      for (const e of batch) {
        const named = new Set(indexTokens(`${e.title} ${e.keywords}`).split(' '));
        for (const word of new Set([...named, ...indexTokens(e.body).split(' ')])) {
          const c = counts.get(word) ?? { df: 0, named: false };
          c.df++;
          c.named ||= named.has(word);
          counts.set(word, c);
        }
        for (const pair of new Set(characterPairs(`${e.title}\n${e.body}`))) pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      }
      if (batch.length < BATCH) break;
      after = batch.at(-1)!.id;
    }
    for (const [word, c] of counts) if (word) entries.push({ word, ...c });
    for (const [word, df] of pairs) entries.push({ word, df, named: false, pair: true });
  }
  return new Vocabulary(entries, documents);
}

export type IndexWords = ReturnType<typeof indexWords>;

/**
 * The vocabulary of one database, counted in the background when first needed and again once
 * writes have changed the index and some seconds have passed: a query never waits for a count
 * (at 100k entries the first one takes seconds); until the first is done, the steps of reading a
 * query that need it are skipped (understand.ts).
 */
export function indexWords(db: Db) {
  let current: Vocabulary | null = null;
  let counting: Promise<Vocabulary> | null = null;
  let changedAt = 0;
  let countedAt = 0;

  function count(): Promise<Vocabulary> {
    counting ??= countWords(db)
      .then((v) => {
        current = v;
        countedAt = Date.now();
        return v;
      })
      .finally(() => (counting = null));
    return counting;
  }

  return {
    /** the vocabulary, or null while the first count runs */
    async get(): Promise<Vocabulary | null> {
      if (!current || (changedAt > countedAt && Date.now() - countedAt > REFRESH_AFTER_MS)) void count().catch(() => undefined);
      return current;
    },
    /** the index changed: count again when next asked, after a while */
    changed(): void {
      changedAt = Date.now();
    },
    /** count now (a test, or a command that has just rebuilt the index) */
    refresh: count,
  };
}
