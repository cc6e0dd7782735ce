import type { Db } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { type ConnectionShape, type Page, sliceConnection } from '../../shared/pagination.js';
import { visibleStatuses } from './access.js';
import { DocumentRow } from './document.entity.js';
import type { DocumentKind } from './kind.js';
import { VersionRow } from './version.entity.js';
import { isInForce } from './windows.js';

/** A document as lists hand it to GraphQL: the row plus the instant it is read at. */
export interface DocumentAt {
  document: DocumentRow;
  asOf: string;
  /** the version a reader sees first: the one in force at asOf, else the newest they may see */
  current: VersionRow;
}

type Reader = Pick<Actor, 'user'>;

/**
 * Documents of one kind the reader may see, by code, each with its current version; `keep` filters
 * on that version (type, scope, …). Three statements whatever the number of documents. Lists of
 * documents are small (hundreds), so filtering happens here and the cursor is the position.
 */
export async function listDocuments(
  db: Db,
  reader: Reader,
  kind: DocumentKind,
  asOf: string,
  page: Page,
  keep: (current: VersionRow, document: DocumentRow) => boolean = () => true,
): Promise<ConnectionShape<DocumentAt>> {
  const all = await currentVersions(db, reader, kind, asOf);
  return sliceConnection(
    all.filter((d) => keep(d.current, d.document)),
    page,
  );
}

/** Every document of `kind` the reader may see, with its current version at `asOf`, ordered by code. */
export async function currentVersions(db: Db, reader: Reader, kind: DocumentKind, asOf: string, only?: { codes?: string[]; ids?: string[] }): Promise<DocumentAt[]> {
  const documents = db.dataSource.getRepository(DocumentRow).createQueryBuilder('d').where('d.kind = :kind', { kind });
  if (only?.codes) documents.andWhere(only.codes.length ? 'd.code IN (:...codes)' : '1 = 0', { codes: only.codes });
  if (only?.ids) documents.andWhere(only.ids.length ? 'd.id IN (:...ids)' : '1 = 0', { ids: only.ids });
  const docs = await documents.orderBy('d.code', 'ASC').getMany();
  if (docs.length === 0) return [];
  const versions = await db.dataSource
    .getRepository(VersionRow)
    .createQueryBuilder('v')
    .where('v.documentId IN (:...ids) AND v.status IN (:...statuses)', { ids: docs.map((d) => d.id), statuses: visibleStatuses(reader) })
    .orderBy('v.versionNumber', 'DESC')
    .getMany();
  const byDocument = new Map<string, VersionRow[]>();
  for (const v of versions) byDocument.set(v.documentId, [...(byDocument.get(v.documentId) ?? []), v]);
  return docs.flatMap((document) => {
    const mine = byDocument.get(document.id) ?? [];
    const inForce = mine.find((v) => isInForce(v, asOf));
    const current = inForce ?? mine[0];
    return current ? [{ document, asOf, current }] : [];
  });
}

/** One document of `kind` by code or id, as `currentVersions` gives it; null when the reader may see none of its versions. */
export async function findDocument(db: Db, reader: Reader, kind: DocumentKind, asOf: string, key: { code: string } | { id: string }): Promise<DocumentAt | null> {
  const only = 'code' in key ? { codes: [key.code] } : { ids: [key.id] };
  return (await currentVersions(db, reader, kind, asOf, only))[0] ?? null;
}
