import type { EntityManager } from 'typeorm';
import { type Db, isSqlite, type Tx } from '../../db/database.js';
import { DocumentRow } from '../versioning/document.entity.js';
import { contentOf, kindDefinition } from '../versioning/kind.js';
import { VersionRow } from '../versioning/version.entity.js';
import type { IndexedEntry } from './memory-index.js';
import { SearchEntryRow } from './search.entity.js';
import { characterPairs, indexTokens, pinyinTokens } from './text.js';

/** " A C " — a list stored so that `LIKE '% A %'` and splitting both work. */
export const spaced = (values: string[]) => ` ${[...new Set(values)].sort().join(' ')} `;
export const unspaced = (value: string) => value.trim().split(' ').filter(Boolean);

/** The search entry for a version: the text an agent reads, its headings and keywords, its scope. */
export function searchEntryOf(version: VersionRow, code: string | null): Omit<SearchEntryRow, 'id'> {
  const view = kindDefinition(version.kind).searchView(contentOf(version));
  const businessCodes = view.businessCodes ?? [];
  return {
    versionId: version.id,
    documentId: version.documentId,
    kind: version.kind,
    code,
    status: version.status,
    effectiveFrom: version.effectiveFrom,
    effectiveTo: version.effectiveTo,
    title: version.title,
    body: view.body,
    headings: (view.headings ?? []).join('\n'),
    // a bare business code finds what serves it
    keywords: [...new Set([code, ...(view.keywords ?? []), ...businessCodes].filter(Boolean))].join(' '),
    channels: spaced(view.channels ?? []),
    brands: spaced(view.brands ?? []),
    businessCodes: spaced(businessCodes),
    flowClass: view.flowClass ?? null,
  };
}

/**
 * Bring the search entry of a version up to date, in the transaction that changed the version, so
 * search never shows a state the database does not hold. On SQLite the FTS5 row follows.
 */
export async function indexVersion({ em }: Tx, version: VersionRow): Promise<IndexedEntry | null> {
  const document = await em.findOneBy(DocumentRow, { id: version.documentId });
  const entry = searchEntryOf(version, document?.code ?? null);
  const existing = await em.findOneBy(SearchEntryRow, { versionId: version.id });
  let id: number;
  if (existing) {
    await em.update(SearchEntryRow, { id: existing.id }, entry);
    id = existing.id;
  } else {
    const inserted = await em.insert(SearchEntryRow, entry);
    id = Number(inserted.identifiers[0]!.id);
  }
  return isSqlite(em) ? writeEmbeddedIndex(em, id, entry) : null;
}

/** An instant as epoch milliseconds; an open end as the largest safe integer, so `toMs > asOf` needs no null test. */
export const epochMs = (instant: string | null, open: number | null = null) => (instant ? Date.parse(instant) : open);
export const OPEN_END = Number.MAX_SAFE_INTEGER;

/** The words of an entry in each searchable field, as both engines index them. */
export function searchFields(entry: Omit<SearchEntryRow, 'id'>) {
  return {
    title: indexTokens(entry.title),
    body: indexTokens(entry.body),
    keywords: indexTokens(entry.keywords),
    // title, headings and keywords by their pinyin: full, initials, per word and joined
    pinyin: pinyinTokens(entry.title, ...entry.headings.split('\n'), entry.keywords),
    // neighbouring characters, for a query word no document holds as a word
    grams: [...new Set(characterPairs(`${entry.title}\n${entry.body}`))].join(' '),
  };
}

/**
 * Rewrite one entry in the embedded engine's index: the FTS5 row (searchFields) and its search_scope
 * row (what every match is checked against). Returns the entry as the in-memory index holds it.
 */
export async function writeEmbeddedIndex(em: EntityManager, id: number, entry: Omit<SearchEntryRow, 'id'>): Promise<IndexedEntry> {
  const fields = searchFields(entry);
  const scope = {
    status: entry.status,
    fromMs: epochMs(entry.effectiveFrom),
    toMs: epochMs(entry.effectiveTo, OPEN_END)!,
    code: entry.code?.toUpperCase() ?? null,
    kind: entry.kind,
    flowClass: entry.flowClass,
  };
  await em.query('DELETE FROM search_fts WHERE rowid = ?', [id]);
  await em.query('INSERT INTO search_fts (rowid, title, body, keywords, pinyin, grams) VALUES (?, ?, ?, ?, ?, ?)', [id, fields.title, fields.body, fields.keywords, fields.pinyin, fields.grams]);
  await em.query('INSERT OR REPLACE INTO search_scope (id, status, fromMs, toMs, code, kind, flowClass, channels, brands, businessCodes, documentId) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
    id,
    scope.status,
    scope.fromMs,
    scope.toMs,
    scope.code,
    scope.kind,
    scope.flowClass,
    entry.channels,
    entry.brands,
    entry.businessCodes,
    entry.documentId,
  ]);
  // other processes on this file follow the change (memory-engine.ts)
  const [change] = (await em.query('INSERT INTO search_changes (entryId, at) VALUES (?, ?) RETURNING seq', [id, Date.now()])) as { seq: number }[];
  return {
    id,
    seq: change!.seq,
    ...scope,
    columns: [fields.title, fields.body, fields.keywords, fields.pinyin, fields.grams],
    channels: unspaced(entry.channels),
    brands: unspaced(entry.brands),
    businessCodes: unspaced(entry.businessCodes),
    documentId: entry.documentId,
  };
}

/** Index, with `index` (the search runtime's: entry, FTS row, outbox), every version that has no search entry yet (a database created before search existed). */
export async function indexMissing(db: Db, index: (tx: Tx, version: VersionRow) => Promise<void>): Promise<number> {
  const missing = await db.dataSource
    .getRepository(VersionRow)
    .createQueryBuilder('v')
    .where('v.id NOT IN (SELECT e."versionId" FROM search_entries e)')
    .getMany();
  if (missing.length > 0) {
    await db.write(async (tx) => {
      for (const v of missing) await index(tx, v);
    });
  }
  return missing.length;
}
