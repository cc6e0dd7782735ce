import type { EntityManager } from 'typeorm';
import { type Db, isSqlite, type Tx } from '../../db/database.js';
import { DocumentRow } from '../versioning/document.entity.js';
import { contentOf, kindDefinition } from '../versioning/kind.js';
import { VersionRow } from '../versioning/version.entity.js';
import { SearchEntryRow } from './search.entity.js';
import { indexTokens, pinyinTokens } from './text.js';

/** " A C " — a list stored so that `LIKE '% A %'` and splitting both work. */
export const spaced = (values: string[]) => ` ${[...new Set(values)].sort().join(' ')} `;
export const unspaced = (value: string) => value.trim().split(' ').filter(Boolean);

/** The search entry for a version: its words as written, and its scope. */
export function searchEntryOf(version: VersionRow, code: string | null): Omit<SearchEntryRow, 'id'> {
  const definition = kindDefinition(version.kind);
  const content = contentOf(version);
  const scope = definition.searchScope?.(content) ?? {};
  const body = definition
    .sections(content)
    .map((s) => `${s.heading}\n${s.body}`)
    .join('\n\n');
  return {
    versionId: version.id,
    documentId: version.documentId,
    kind: version.kind,
    code,
    status: version.status,
    effectiveFrom: version.effectiveFrom,
    effectiveTo: version.effectiveTo,
    title: version.title,
    body,
    keywords: [code, ...(scope.keywords ?? [])].filter(Boolean).join(' '),
    channels: spaced(scope.channels ?? []),
    brands: spaced(scope.brands ?? []),
    businessCodes: spaced(scope.businessCodes ?? []),
    flowClass: scope.flowClass ?? null,
  };
}

/**
 * Bring the search entry of a version up to date, in the transaction that changed the version, so
 * search never shows a state the database does not hold. On SQLite the FTS5 row follows.
 */
export async function indexVersion({ em }: Tx, version: VersionRow): Promise<void> {
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
  if (isSqlite(em)) await writeEmbeddedIndex(em, id, entry);
}

/** An instant as epoch milliseconds; an open end as the largest safe integer, so `toMs > asOf` needs no null test. */
export const epochMs = (instant: string | null, open: number | null = null) => (instant ? Date.parse(instant) : open);
export const OPEN_END = Number.MAX_SAFE_INTEGER;

/**
 * Rewrite one entry in the embedded engine's index: the FTS5 row (segmented title, body and
 * keywords, the title's pinyin) and its search_scope row (what every match is checked against).
 */
export async function writeEmbeddedIndex(em: EntityManager, id: number, entry: Omit<SearchEntryRow, 'id'>) {
  await em.query('DELETE FROM search_fts WHERE rowid = ?', [id]);
  await em.query('INSERT INTO search_fts (rowid, title, body, keywords, pinyin) VALUES (?, ?, ?, ?, ?)', [
    id,
    indexTokens(entry.title),
    indexTokens(entry.body),
    indexTokens(entry.keywords),
    pinyinTokens(entry.title),
  ]);
  await em.query('INSERT OR REPLACE INTO search_scope (id, status, fromMs, toMs, code, kind, flowClass, channels, brands, businessCodes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
    id,
    entry.status,
    epochMs(entry.effectiveFrom),
    epochMs(entry.effectiveTo, OPEN_END),
    entry.code?.toUpperCase() ?? null,
    entry.kind,
    entry.flowClass,
    entry.channels,
    entry.brands,
    entry.businessCodes,
  ]);
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
