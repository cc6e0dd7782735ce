import type { Db } from '../../db/database.js';
import { badInput } from '../../shared/errors.js';
import type { DocumentKind } from './document.entity.js';
import type { VersionRow } from './version.entity.js';
import { type Actor, createDocument, createDraft, updateDraft } from './versioning.service.js';

/**
 * The create / new draft / update-draft trio that flows, scripts and standards share: a document
 * known by a stable code, whose version title is its name and whose other fields are its content.
 */
export function codedDocumentService(kind: DocumentKind, options: { code: RegExp; codeRule: string; contentKeys: readonly string[] }) {
  const contentOf = (input: Record<string, unknown>) =>
    Object.fromEntries(options.contentKeys.filter((k) => input[k] !== undefined && input[k] !== null).map((k) => [k, input[k]]));

  return {
    create(db: Db, actor: Actor, input: { code: string; name: string; changeNote: string; ownerId?: string | null } & Record<string, unknown>): Promise<VersionRow> {
      if (!options.code.test(input.code)) throw badInput('code', options.codeRule);
      return db.write(async (em) => {
        const { version } = await createDocument(em, actor, kind, {
          code: input.code,
          ownerId: input.ownerId ?? undefined,
          title: input.name,
          changeNote: input.changeNote,
          content: contentOf(input),
        });
        return version;
      });
    },

    createDraft: (db: Db, actor: Actor, input: { documentId: string; basedOnVersionId?: string | null; changeNote: string }) => createDraft(db, actor, input, kind),

    /** Only the fields given change. */
    updateDraft(db: Db, actor: Actor, input: { versionId: string; expectedRevision: number; name?: string | null; changeNote?: string | null } & Record<string, unknown>) {
      const content = contentOf(input);
      return updateDraft(
        db,
        actor,
        {
          versionId: input.versionId,
          expectedRevision: input.expectedRevision,
          title: input.name,
          changeNote: input.changeNote,
          content: Object.keys(content).length > 0 ? content : undefined,
        },
        kind,
      );
    },
  };
}
