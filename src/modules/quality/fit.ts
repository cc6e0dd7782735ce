import type { Db } from '../../db/database.js';
import { DocumentRow } from '../versioning/document.entity.js';
import { versionsInForce } from '../versioning/in-force.js';
import { stepsOf } from './flow-steps.js';
import { PostRow } from './posts.entity.js';
import { activeHoldersAt, postExistsAt } from './posts.service.js';

/** Why a step does not fit the organisation (组织符合度). */
export const FIT_PROBLEMS = ['NO_SUCH_POST', 'NOBODY_ASSIGNED', 'NO_POST_NAMED'] as const;
export type FitProblem = (typeof FIT_PROBLEMS)[number];

export interface FitItem {
  documentId: string;
  flowCode: string;
  flowTitle: string;
  versionId: string;
  versionNumber: number;
  stepKey: string;
  stepLabel: string;
  /** the post the step names; null for NO_POST_NAMED */
  post: string | null;
  problem: FitProblem;
  /** the problem in a sentence */
  detail: string;
}

/**
 * 组织符合度 at `asOf`: the steps of every flow version in force then whose responsible post is not in
 * the centre's registry (never registered, or retired), is registered but held by no active user,
 * or is not named at all (a STEP only: decisions need none). By flow code, then graph order.
 * Four statements.
 */
export async function organisationalFit(db: Db, asOf: string): Promise<FitItem[]> {
  const versions = await versionsInForce(db, asOf, { kinds: ['FLOW'] });
  if (versions.length === 0) return [];
  const em = db.dataSource.manager;
  const documentIds = [...new Set(versions.map((v) => v.documentId))];
  const codes = new Map((await em.createQueryBuilder(DocumentRow, 'd').where('d.id IN (:...documentIds)', { documentIds }).getMany()).map((d) => [d.id, d.code ?? d.id]));
  const posts = new Map((await em.find(PostRow)).map((p) => [p.name, p]));
  const held = new Set((await activeHoldersAt(em, asOf)).map((h) => h.postId));

  const items: FitItem[] = [];
  for (const version of versions) {
    for (const step of stepsOf(version.content)) {
      const problem = problemOf(step.type, step.post, posts, held, asOf);
      if (!problem) continue;
      items.push({
        documentId: version.documentId,
        flowCode: codes.get(version.documentId)!,
        flowTitle: version.title,
        versionId: version.id,
        versionNumber: version.versionNumber,
        stepKey: step.key,
        stepLabel: step.label,
        post: step.post,
        problem: problem.problem,
        detail: problem.detail,
      });
    }
  }
  // versionsInForce orders by kind, code and title already; keep the graph order inside each
  return items.sort((a, b) => (a.flowCode < b.flowCode ? -1 : a.flowCode > b.flowCode ? 1 : 0));
}

function problemOf(type: 'STEP' | 'DECISION', post: string | null, posts: Map<string, PostRow>, held: Set<string>, asOf: string): { problem: FitProblem; detail: string } | null {
  if (post === null) return type === 'STEP' ? { problem: 'NO_POST_NAMED', detail: 'the step names no responsible post' } : null;
  const registered = posts.get(post);
  if (!registered || registered.registeredAt > asOf) return { problem: 'NO_SUCH_POST', detail: `${post} is not a post of the centre's registry` };
  if (!postExistsAt(registered, asOf)) return { problem: 'NO_SUCH_POST', detail: `${post} was retired from the registry at ${registered.retiredAt}` };
  if (!held.has(registered.id)) return { problem: 'NOBODY_ASSIGNED', detail: `nobody holds ${post}` };
  return null;
}
