import type { Db } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { notFound } from '../../shared/errors.js';
import type { Page } from '../../shared/pagination.js';
import { codedDocumentService } from '../versioning/coded-documents.js';
import { DocumentRow } from '../versioning/document.entity.js';
import { listDocuments } from '../versioning/document-list.js';
import { inForceOf } from '../versioning/in-force.js';
import { contentOf } from '../versioning/kind.js';
import { appliesTo } from '../versioning/scope.js';
import { renderText, scriptKind } from './script.kind.js';

export const scriptService = codedDocumentService(scriptKind);

export interface ScriptFilterValues {
  scenario?: string | null;
  channel?: string | null;
  businessCode?: string | null;
  tag?: string | null;
}

/** Scripts the reader may see, by code, each at `asOf`, narrowed by `filter`. */
export const listScripts = (db: Db, reader: Pick<Actor, 'user'>, asOf: string, filter: ScriptFilterValues, page: Page) =>
  listDocuments(db, reader, scriptKind.kind, asOf, page, (v) => {
    const c = contentOf<'SCRIPT'>(v);
    return (!filter.scenario || c.scenario === filter.scenario) && (!filter.tag || c.tags.includes(filter.tag)) && appliesTo(c, filter.channel, filter.businessCode);
  });

/** The words of a script in force at `asOf` with its placeholders filled; missing or unknown values are refused by name. */
export async function renderScript(db: Db, input: { script: { id: string } | { code: string }; values: { name: string; value: string }[]; asOf: string }) {
  const named = 'id' in input.script ? input.script.id : input.script.code;
  const document = await db.dataSource.getRepository(DocumentRow).findOneBy({ kind: scriptKind.kind, ...input.script });
  const version = document && (await inForceOf(db, [document.id], input.asOf)).get(document.id);
  if (!version) throw notFound('script in force', named);
  return { text: renderText(contentOf<'SCRIPT'>(version), input.values), versionId: version.id, version };
}
