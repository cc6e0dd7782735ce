import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { conflict } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import type { VersionRow } from '../versioning/version.entity.js';
import { type Actor, createDocument, createDraft, updateDraft } from '../versioning/versioning.service.js';
import { ChapterRow } from './chapter.entity.js';
import './chapter.kind.js';

const createChapterInput = z.object({ number: z.number().int('must be a whole number').min(1, 'must be at least 1').max(99, 'must be at most 99') });

/** A new chapter at `number`, with its first draft. */
export function createChapter(
  db: Db,
  actor: Actor,
  input: { number: number; title: string; changeNote: string; sections: unknown },
): Promise<VersionRow> {
  const { number } = parseInput(createChapterInput, input);
  return db.write(async (em) => {
    if (await em.existsBy(ChapterRow, { number })) throw conflict(`chapter ${number} already exists`, { field: 'number' });
    const { document, version } = await createDocument(em, actor, 'CHAPTER', {
      title: input.title,
      changeNote: input.changeNote,
      content: { sections: input.sections },
    });
    await em.insert(ChapterRow, { documentId: document.id, number });
    return version;
  });
}

export const createChapterDraft = (db: Db, actor: Actor, input: { chapterId: string; basedOnVersionId?: string | null; changeNote: string }) =>
  createDraft(db, actor, { documentId: input.chapterId, basedOnVersionId: input.basedOnVersionId, changeNote: input.changeNote }, 'CHAPTER');

export const updateChapterDraft = (
  db: Db,
  actor: Actor,
  input: { versionId: string; expectedRevision: number; title?: string | null; changeNote?: string | null; sections?: unknown },
) =>
  updateDraft(
    db,
    actor,
    {
      versionId: input.versionId,
      expectedRevision: input.expectedRevision,
      title: input.title,
      changeNote: input.changeNote,
      content: input.sections === undefined || input.sections === null ? undefined : { sections: input.sections },
    },
    'CHAPTER',
  );
