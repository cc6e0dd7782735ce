import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { badInput, conflict, notFound } from '../../shared/errors.js';
import { type ConnectionShape, type Page, sliceConnection } from '../../shared/pagination.js';
import { id, parseInput } from '../../shared/validation.js';
import { ExceptionRow } from '../exceptions/exception.entity.js';
import { DocumentRow } from '../versioning/document.entity.js';
import { VersionRow } from '../versioning/version.entity.js';
import { createDocument, publishRecord } from '../versioning/versioning.service.js';
import type { CaseContent } from './case.kind.js';

const keepInput = z.object({ exceptionId: id() });

/**
 * Keep a resolved or rejected exception as a case: a CASE document published at once with the
 * question, the answer (or the reason it was rejected), the version that resolved it and the
 * touchpoint — searchable by agents from then on.
 */
export function keepAsCase(db: Db, actor: Actor, input: z.input<typeof keepInput>): Promise<{ document: DocumentRow; version: VersionRow }> {
  const parsed = parseInput(keepInput, input);
  return db.write(async (tx) => {
    const exception = await tx.em.findOneBy(ExceptionRow, { id: parsed.exceptionId });
    if (!exception) throw notFound('exception', parsed.exceptionId);
    if (exception.status !== 'RESOLVED' && exception.status !== 'REJECTED') throw badInput('exceptionId', `is ${exception.status}: only a RESOLVED or REJECTED exception can be kept as a case`);
    if (exception.caseDocumentId) throw conflict(`exception ${exception.id} is already kept as case ${exception.caseDocumentId}`, { caseId: exception.caseDocumentId });
    const answer = exception.status === 'REJECTED' ? exception.rejectReason : exception.answer;
    if (!answer) throw badInput('exceptionId', 'has no answer to keep: answer it before resolving, or keep a rejected one');
    const content: CaseContent = {
      question: exception.question,
      answer,
      outcome: exception.status,
      touchpointCode: exception.touchpointCode,
      exceptionId: exception.id,
      resolvedByVersionId: exception.resolvedByVersionId,
    };
    const created = await createDocument(tx, actor, 'CASE', { title: exception.question.slice(0, 200), changeNote: `kept from exception ${exception.id}`, content });
    const version = await publishRecord(tx, actor, created.version);
    await tx.em.update(ExceptionRow, { id: exception.id }, { caseDocumentId: created.document.id });
    return { document: created.document, version };
  });
}

export interface CaseFilterValues {
  touchpointCode?: string | null;
  outcome?: 'RESOLVED' | 'REJECTED' | null;
}

/** Cases in force now, newest first. */
export async function listCases(db: Db, now: string, filter: CaseFilterValues, page: Page): Promise<ConnectionShape<VersionRow>> {
  const query = db.dataSource
    .getRepository(VersionRow)
    .createQueryBuilder('v')
    .where("v.kind = 'CASE' AND v.status = 'PUBLISHED' AND v.effectiveFrom <= :now AND (v.effectiveTo IS NULL OR v.effectiveTo > :now)", { now });
  const rows = await query.clone().orderBy('v.effectiveFrom', 'DESC').addOrderBy('v.id', 'ASC').getMany();
  // the filters read the content; cases are few beside the rules
  const matching = rows.filter((v) => {
    const c = JSON.parse(v.content) as CaseContent;
    return (!filter.touchpointCode || c.touchpointCode === filter.touchpointCode) && (!filter.outcome || c.outcome === filter.outcome);
  });
  return sliceConnection(matching, page);
}

/** The case in force for a document id, or null. */
export async function caseById(db: Db, documentId: string, now: string): Promise<VersionRow | null> {
  return db.dataSource
    .getRepository(VersionRow)
    .createQueryBuilder('v')
    .where("v.documentId = :documentId AND v.kind = 'CASE' AND v.status = 'PUBLISHED' AND v.effectiveFrom <= :now AND (v.effectiveTo IS NULL OR v.effectiveTo > :now)", { documentId, now })
    .getOne();
}

