import type { Db } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import type { Page } from '../../shared/pagination.js';
import { codedDocumentService } from '../versioning/coded-documents.js';
import { DocumentRow } from '../versioning/document.entity.js';
import { listDocuments } from '../versioning/document-list.js';
import { inForceOf } from '../versioning/in-force.js';
import { contentOf } from '../versioning/kind.js';
import type { VersionRow } from '../versioning/version.entity.js';
import { flowKind, type FlowContent } from './flow.kind.js';

export const flowService = codedDocumentService(flowKind);

export interface FlowFilterValues {
  type?: string | null;
  flowClass?: string | null;
  touchpointCode?: string | null;
  /** part of the code or name */
  text?: string | null;
}

function matches(filter: FlowFilterValues, v: VersionRow, code: string | null): boolean {
  const c = contentOf<'FLOW'>(v);
  if (filter.type && c.type !== filter.type) return false;
  if (filter.flowClass && c.flowClass !== filter.flowClass) return false;
  if (filter.touchpointCode && !c.touchpointCodes.includes(filter.touchpointCode)) return false;
  if (filter.text && !`${code ?? ''} ${v.title}`.toLowerCase().includes(filter.text.toLowerCase())) return false;
  return true;
}

/** Flows the reader may see, by code, each at `asOf`, narrowed by `filter`. */
export const listFlows = (db: Db, reader: Pick<Actor, 'user'>, asOf: string, filter: FlowFilterValues, page: Page) =>
  listDocuments(db, reader, flowKind.kind, asOf, page, (v, d) => matches(filter, v, d.code));

/** The flow version in force at `asOf` for a flow code, with its graph; null when there is none. */
export async function flowInForce(db: Db, code: string, asOf: string): Promise<{ version: VersionRow; content: FlowContent } | null> {
  const document = await db.dataSource.getRepository(DocumentRow).findOneBy({ kind: flowKind.kind, code });
  const version = document && (await inForceOf(db, [document.id], asOf)).get(document.id);
  return version ? { version, content: contentOf<'FLOW'>(version) } : null;
}
