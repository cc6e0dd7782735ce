import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Db } from '../../db/database.js';
import type { QueryGroup } from '../search/engine.js';
import { indexTokens } from '../search/text.js';
import type { Vocabulary } from '../search/vocabulary.js';
import { ExceptionRow, ExceptionWordRow, type ExceptionStatus, UNFINISHED } from './exception.entity.js';

const MAX_WORDS = 200;
const CANDIDATES = 200;
/** share of the question's weight another question must hold to count as the same question */
export const SIMILAR_AT = 0.5;

/** The words a question is found by: segmented as the search index segments documents. */
export const questionWords = (question: string): string[] => [...new Set(indexTokens(question).split(' ').filter((w) => w && w.length <= 100))].slice(0, MAX_WORDS);

/** Keep an exception's words in step with its question. */
export async function storeWords(em: EntityManager, exceptionId: string, question: string): Promise<void> {
  await em.delete(ExceptionWordRow, { exceptionId });
  const words = questionWords(question);
  if (words.length > 0) await em.insert(ExceptionWordRow, words.map((word) => ({ exceptionId, word })));
}

/** How much a query word says: a word most documents hold (客户, 业务) counts for little. */
function weightOf(group: QueryGroup, vocabulary: Vocabulary | null): number {
  if (!vocabulary || vocabulary.documents === 0) return 1;
  const df = Math.min(...group.map((a) => Math.max(...a.words.map((w) => vocabulary.df(w)))));
  return 0.2 + Math.log((vocabulary.documents + 1) / (df + 1)) / Math.log(vocabulary.documents + 1);
}

export interface Similar {
  exception: ExceptionRow;
  /** the share of the query's weight the exception's question holds, 0–1 */
  score: number;
}

/**
 * Exceptions whose question holds the query's words — read as search reads them (understand.ts:
 * synonyms, the customer's phrases, pinyin, typos), each word weighted by how rare it is in the
 * index — best first; those holding at least `minScore` of the weight. A touchpoint, when given,
 * puts its own exceptions first among equals.
 */
export async function similarExceptions(
  db: Db,
  groups: QueryGroup[],
  vocabulary: Vocabulary | null,
  options: { touchpointCode?: string | null; statuses?: readonly ExceptionStatus[]; limit: number; minScore?: number; excludeId?: string },
): Promise<Similar[]> {
  const allWords = [...new Set(groups.flatMap((g) => g.flatMap((a) => a.words)))].slice(0, 500);
  if (allWords.length === 0) return [];
  const statuses = options.statuses ?? UNFINISHED;
  const candidates: { exceptionId: string }[] = await db.dataSource
    .getRepository(ExceptionWordRow)
    .createQueryBuilder('w')
    .innerJoin(ExceptionRow, 'e', 'e.id = w.exceptionId')
    .select('w.exceptionId', 'exceptionId')
    .where('w.word IN (:...words) AND e.status IN (:...statuses)', { words: allWords, statuses })
    .groupBy('w.exceptionId')
    .orderBy('COUNT(*)', 'DESC')
    .limit(CANDIDATES)
    .getRawMany();
  const ids = candidates.map((c) => c.exceptionId).filter((id) => id !== options.excludeId);
  if (ids.length === 0) return [];
  const [rows, words] = await Promise.all([
    db.dataSource.getRepository(ExceptionRow).findBy({ id: In(ids) }),
    db.dataSource.getRepository(ExceptionWordRow).findBy({ exceptionId: In(ids) }),
  ]);
  const wordsOf = new Map<string, Set<string>>();
  for (const w of words) wordsOf.set(w.exceptionId, (wordsOf.get(w.exceptionId) ?? new Set()).add(w.word));
  const weights = groups.map((g) => weightOf(g, vocabulary));
  const total = weights.reduce((a, b) => a + b, 0);
  const minScore = options.minScore ?? SIMILAR_AT;
  return rows
    .map((exception) => {
      const held = wordsOf.get(exception.id) ?? new Set<string>();
      const matched = groups.reduce((sum, g, i) => (g.some((a) => a.words.every((w) => held.has(w))) ? sum + weights[i]! : sum), 0);
      return { exception, score: total > 0 ? matched / total : 0 };
    })
    .filter((s) => s.score >= minScore)
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.exception.touchpointCode === options.touchpointCode) - Number(a.exception.touchpointCode === options.touchpointCode) ||
        b.exception.demand - a.exception.demand ||
        b.exception.raisedAt.localeCompare(a.exception.raisedAt),
    )
    .slice(0, options.limit);
}
