import type { Db } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { badInput } from '../../shared/errors.js';
import type { KindDefinition } from './kind.js';
import type { VersionRow } from './version.entity.js';
import { createDocument, createDraft, updateDraft } from './versioning.service.js';

export interface CodedDocumentInput {
  code: string;
  title: string;
  changeNote: string;
  ownerId?: string | null;
  [contentField: string]: unknown;
}

export interface CodedDraftEdit {
  versionId: string;
  expectedRevision: number;
  title?: string | null;
  changeNote?: string | null;
  [contentField: string]: unknown;
}

/**
 * The create / new draft / update-draft trio of a kind whose documents are known by a stable code
 * (flows, scripts, standards): the version title is the document's title, and every other field
 * the kind's content declares is content.
 */
export function codedDocumentService(definition: KindDefinition) {
  const { kind, code } = definition;
  if (!code) throw new Error(`kind ${kind} has no code rule`);
  const contentKeys = Object.keys(definition.content.shape);
  const contentFields = (input: Record<string, unknown>) => Object.fromEntries(contentKeys.filter((k) => input[k] !== undefined && input[k] !== null).map((k) => [k, input[k]]));

  return {
    create(db: Db, actor: Actor, input: CodedDocumentInput): Promise<VersionRow> {
      if (!code.pattern.test(input.code)) throw badInput('code', code.rule);
      return db.write(async (tx) => {
        const { version } = await createDocument(tx, actor, kind, {
          code: input.code,
          ownerId: input.ownerId ?? undefined,
          title: input.title,
          changeNote: input.changeNote,
          content: contentFields(input),
        });
        return version;
      });
    },

    createDraft: (db: Db, actor: Actor, input: { documentId: string; basedOnVersionId?: string | null; changeNote: string }) => createDraft(db, actor, input, kind),

    /** Only the fields given change. */
    updateDraft(db: Db, actor: Actor, input: CodedDraftEdit) {
      const content = contentFields(input);
      return updateDraft(
        db,
        actor,
        {
          versionId: input.versionId,
          expectedRevision: input.expectedRevision,
          title: input.title,
          changeNote: input.changeNote,
          content: Object.keys(content).length > 0 ? content : undefined,
        },
        kind,
      );
    },
  };
}

export type CodedDocumentService = ReturnType<typeof codedDocumentService>;
