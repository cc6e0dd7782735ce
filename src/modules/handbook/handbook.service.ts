import { patchSections, type Section, type SectionPatch } from './section-patch.js';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { conflict } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { visibleStatuses } from '../versioning/access.js';
import { VersionRow } from '../versioning/version.entity.js';
import { createDocument, createDraft, updateDraft } from '../versioning/versioning.service.js';
import { ChapterRow } from './chapter.entity.js';
import { chapterKind } from './chapter.kind.js';

const createChapterInput = z.object({ number: z.number().int('must be a whole number').min(1, 'must be at least 1').max(99, 'must be at most 99') });

/** A new chapter at `number`, with its first draft. */
export function createChapter(db: Db, actor: Actor, input: { number: number; title: string; changeNote: string; sections: unknown }): Promise<VersionRow> {
  const { number } = parseInput(createChapterInput, input);
  return db.write(async (tx) => {
    if (await tx.em.existsBy(ChapterRow, { number })) throw conflict(`chapter ${number} already exists`, { field: 'number' });
    const { document, version } = await createDocument(tx, actor, chapterKind.kind, {
      title: input.title,
      changeNote: input.changeNote,
      content: { sections: input.sections },
    });
    await tx.em.insert(ChapterRow, { documentId: document.id, number });
    return version;
  });
}

export const createChapterDraft = (db: Db, actor: Actor, input: { chapterId: string; basedOnVersionId?: string | null; changeNote: string }) =>
  createDraft(db, actor, { documentId: input.chapterId, basedOnVersionId: input.basedOnVersionId, changeNote: input.changeNote }, chapterKind.kind);

export interface ChapterDraftEdit {
  versionId: string;
  expectedRevision: number;
  title?: string | null;
  changeNote?: string | null;
  sections?: SectionPatch[] | null;
  removeSections?: number[] | null;
}

/** Edit a chapter draft: the title, the note, and only the sections named (section-patch.ts). */
export function updateChapterDraft(db: Db, actor: Actor, input: ChapterDraftEdit) {
  const touchesSections = (input.sections?.length ?? 0) > 0 || (input.removeSections?.length ?? 0) > 0;
  return updateDraft(
    db,
    actor,
    { versionId: input.versionId, expectedRevision: input.expectedRevision, title: input.title, changeNote: input.changeNote },
    chapterKind.kind,
    touchesSections ? (current) => ({ ...current, sections: patchSections(current.sections as Section[], input.sections ?? [], input.removeSections ?? []) }) : undefined,
  );
}

/**
 * The chapters with a version the reader may see, in order (agents do not see a chapter that exists
 * only as a draft); `id` narrows to one.
 */
export function visibleChapters(db: Db, reader: Pick<Actor, 'user'>, only?: { id: string } | { number: number }): Promise<ChapterRow[]> {
  const query = db.dataSource
    .getRepository(ChapterRow)
    .createQueryBuilder('c')
    .where((qb) => {
      const visible = qb.subQuery().select('1').from(VersionRow, 'v').where('v.documentId = c.documentId AND v.status IN (:...statuses)');
      return `EXISTS ${visible.getQuery()}`;
    })
    .setParameter('statuses', visibleStatuses(reader));
  if (only && 'id' in only) query.andWhere('c.documentId = :id', { id: only.id });
  if (only && 'number' in only) query.andWhere('c.number = :number', { number: only.number });
  return query.orderBy('c.number', 'ASC').getMany();
}
