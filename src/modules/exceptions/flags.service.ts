import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { badInput, notFound } from '../../shared/errors.js';
import { id, parseInput, text } from '../../shared/validation.js';
import { record } from '../audit/audit.service.js';
import { UserRow } from '../auth/user.entity.js';
import { isVisible } from '../versioning/access.js';
import { contentOf, kindDefinition } from '../versioning/kind.js';
import { VersionRow } from '../versioning/version.entity.js';
import { isInForce } from '../versioning/windows.js';
import { ExceptionRow, FLAG_REASONS, type FlagReason, UNFINISHED, VersionFlagRow } from './exception.entity.js';
import { addDemand, createException, QUESTION_MAX } from './exceptions.service.js';

/** how agents read each reason */
export const REASON_TEXT: Record<FlagReason, string> = { WRONG: '内容错误', OUTDATED: '内容过时', UNCLEAR: '表述不清', MISSING_STEP: '缺少步骤', CONTRADICTS: '与其他文档矛盾' };
/** a version is marked under review while this many agents, or one supervisor, have open flags on it */
export const UNDER_REVIEW_AGENTS = 3;

const flagInput = z.object({
  versionId: id(),
  reason: z.enum(FLAG_REASONS, { message: `must be one of ${FLAG_REASONS.join(', ')}` }),
  comment: text(2000),
  sectionKey: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').nullish(),
});

/** The parts of a version a flag may point at: its sections by number or heading (a flow's steps by key too). */
function sectionKeys(version: VersionRow): Set<string> {
  const sections = kindDefinition(version.kind).sections(contentOf(version));
  const keys = new Set<string>();
  sections.forEach((s, i) => {
    keys.add(String(i + 1));
    keys.add(s.heading);
    // a flow step's heading is "TYPE key"
    const key = /^[A-Z_]+ (\S+)$/.exec(s.heading)?.[1];
    if (key) keys.add(key);
  });
  return keys;
}

/** Supervisors' flags count alone: a user with a post, or anyone beyond the agent role. */
const isSupervisor = (user: UserRow) => user.role !== 'AGENT' || user.post !== null;

/**
 * Flag a version in force as wrong, outdated, unclear, missing a step or contradicting another:
 * the flag joins the open exception about that version, or raises one owned by the document's
 * owner (flag it or fix it).
 */
export function flagVersion(db: Db, actor: Actor, input: z.input<typeof flagInput>): Promise<ExceptionRow> {
  const parsed = parseInput(flagInput, input);
  return db.write(async (tx) => {
    const version = await tx.em.findOneBy(VersionRow, { id: parsed.versionId });
    if (!version || !isVisible(actor, version.status)) throw notFound('version', parsed.versionId);
    const now = toStored(actor.clock.now());
    if (!isInForce(version, now)) throw badInput('versionId', 'is not in force now: flag the version agents are using');
    if (parsed.sectionKey && !sectionKeys(version).has(parsed.sectionKey)) throw badInput('sectionKey', `is not a section of this version (give its number, heading or step key)`);
    const flagger = await tx.em.findOneByOrFail(UserRow, { id: actor.user.id });
    const open = await tx.em.findOne(ExceptionRow, { where: { flaggedVersionId: version.id, status: In([...UNFINISHED]) }, order: { raisedAt: 'ASC' } });
    const where = parsed.sectionKey ? `（${parsed.sectionKey}）` : '';
    const exception = open
      ? await addDemand(tx, actor, open, null)
      : await createException(tx, actor, {
          question: `「${version.title}」第 ${version.versionNumber} 版${where}${REASON_TEXT[parsed.reason]}：${parsed.comment}`.slice(0, QUESTION_MAX),
          priority: parsed.reason === 'WRONG' || parsed.reason === 'CONTRADICTS' ? 'HIGH' : 'NORMAL',
          touchpointCode: null,
          queryId: null,
          context: parsed.comment,
          customerGrade: null,
          flaggedVersionId: version.id,
          nearestDocumentId: version.documentId,
        });
    const flag = Object.assign(new VersionFlagRow(), {
      id: randomUUID(),
      versionId: version.id,
      documentId: version.documentId,
      exceptionId: exception.id,
      userId: actor.user.id,
      bySupervisor: isSupervisor(flagger),
      reason: parsed.reason,
      comment: parsed.comment,
      sectionKey: parsed.sectionKey ?? null,
      at: now,
    });
    await tx.em.insert(VersionFlagRow, flag);
    await record(tx, actor, { at: now, action: 'VERSION_FLAGGED', entityType: 'DocumentVersion', entityId: version.id, documentId: version.documentId, versionId: version.id, reason: `${parsed.reason}: ${parsed.comment}`, after: flag }, [
      { type: 'VersionFlagged', flag, exception },
    ]);
    return exception;
  });
}

/** Of these versions, those agents see marked under review: open flags from three agents, or from one supervisor. */
export async function underReview(db: Db, versionIds: readonly string[]): Promise<Set<string>> {
  if (versionIds.length === 0) return new Set();
  const flags = await db.dataSource
    .getRepository(VersionFlagRow)
    .createQueryBuilder('f')
    .innerJoin(ExceptionRow, 'e', 'e.id = f.exceptionId')
    .where('f.versionId IN (:...versionIds) AND e.status IN (:...open)', { versionIds, open: UNFINISHED })
    .getMany();
  const byVersion = new Map<string, { agents: Set<string>; supervisor: boolean }>();
  for (const f of flags) {
    const v = byVersion.get(f.versionId) ?? { agents: new Set(), supervisor: false };
    v.agents.add(f.userId);
    v.supervisor ||= f.bySupervisor;
    byVersion.set(f.versionId, v);
  }
  return new Set([...byVersion].filter(([, v]) => v.supervisor || v.agents.size >= UNDER_REVIEW_AGENTS).map(([id]) => id));
}
