import type { Context } from '../../graphql/context.js';
import { type ConnectionShape, type Page, toConnection } from '../../shared/pagination.js';
import { visibleStatuses } from './access.js';
import { DocumentRow, type DocumentKind } from './document.entity.js';
import { VersionRow } from './version.entity.js';
import { isInForce } from './windows.js';

/** A document as lists hand it to GraphQL: the row plus the instant it is read at. */
export interface DocumentAt {
  document: DocumentRow;
  asOf: string;
  /** the version a reader sees first: the one in force at asOf, else the newest they may see */
  current: VersionRow;
}

/**
 * Documents of one kind the caller may see, by code, each with its current version; `keep` filters
 * on that version (type, scope, …). Three statements whatever the number of documents. Lists of
 * documents are small (hundreds), so filtering happens here and the cursor is the position.
 */
export async function listDocuments(
  ctx: Context,
  kind: DocumentKind,
  asOf: string,
  page: Page,
  keep: (current: VersionRow, document: DocumentRow) => boolean = () => true,
): Promise<ConnectionShape<DocumentAt>> {
  const all = await currentVersions(ctx, kind, asOf);
  const kept = all.filter((d) => keep(d.current, d.document));
  const offset = page.afterKey ?? 0;
  const rows = kept.slice(offset, offset + page.limit + 1);
  const position = new Map(rows.map((r, i) => [r, offset + i + 1]));
  return toConnection(rows, page, (r) => position.get(r)!, kept.length);
}

/** Every visible document of `kind` with its current version at `asOf`, ordered by code. */
export async function currentVersions(ctx: Context, kind: DocumentKind, asOf: string, only?: { codes?: string[]; ids?: string[] }): Promise<DocumentAt[]> {
  const repo = ctx.db.dataSource.getRepository(DocumentRow);
  const documents = repo.createQueryBuilder('d').where('d.kind = :kind', { kind });
  if (only?.codes) documents.andWhere(only.codes.length ? 'd.code IN (:...codes)' : '1 = 0', { codes: only.codes });
  if (only?.ids) documents.andWhere(only.ids.length ? 'd.id IN (:...ids)' : '1 = 0', { ids: only.ids });
  const docs = await documents.orderBy('d.code', 'ASC').getMany();
  if (docs.length === 0) return [];
  const versions = await ctx.db.dataSource
    .getRepository(VersionRow)
    .createQueryBuilder('v')
    .where('v.documentId IN (:...ids) AND v.status IN (:...statuses)', { ids: docs.map((d) => d.id), statuses: visibleStatuses(ctx.user) })
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
