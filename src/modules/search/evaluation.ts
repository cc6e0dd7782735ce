import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../../shared/project-root.js';

export const CATEGORIES = ['colloquial', 'keyword', 'code', 'traditional', 'pinyin', 'mixed', 'typo'] as const;
export type Category = (typeof CATEGORIES)[number];
export const HALVES = ['tune', 'test'] as const;
export type Half = (typeof HALVES)[number];

const judgementFile = z.array(
  z.object({
    // a bare business code is written as YAML, which may read it as a number
    query: z.union([z.string().min(1), z.number()]).transform(String),
    relevant: z.array(z.string().regex(/^(FLOW|SCRIPT|STANDARD|CHAPTER):\S+$/)).min(1),
    /** how the query is written: the customer's words, the agent's keyword, a code, … */
    category: z.enum(CATEGORIES),
    /** tune: for improving search; test: only for measuring it */
    half: z.enum(HALVES),
    note: z.string().optional(),
  }),
);
export type Judgement = z.infer<typeof judgementFile>[number];

/** search/judgements.yaml: realistic agent queries, each with the documents that should come first. */
export const readJudgements = (file = path.join(projectRoot(), 'search', 'judgements.yaml')): Judgement[] => judgementFile.parse(parse(readFileSync(file, 'utf8')));

/** Share of the relevant documents (at most k of them) found in the top k. */
export function recallAt(k: number, ranked: string[], relevant: string[]): number {
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((r) => top.has(r)).length / Math.min(relevant.length, k);
}

/** 1 / rank of the first relevant document, 0 if none is returned. */
export function reciprocalRank(ranked: string[], relevant: string[]): number {
  const at = ranked.findIndex((r) => relevant.includes(r));
  return at < 0 ? 0 : 1 / (at + 1);
}

/** nDCG@k with graded gains: the first listed relevant document counts 2, the others 1. */
export function ndcgAt(k: number, ranked: string[], relevant: string[]): number {
  const gain = (doc: string) => (doc === relevant[0] ? 2 : relevant.includes(doc) ? 1 : 0);
  const dcg = (docs: string[]) => docs.slice(0, k).reduce((sum, doc, i) => sum + (2 ** gain(doc) - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...relevant].sort((a, b) => gain(b) - gain(a)));
  return ideal === 0 ? 0 : dcg(ranked) / ideal;
}

export interface EvaluationResult {
  engine: string;
  queries: number;
  recallAt5: number;
  /** how much is found on a first page of 20 at all: what a better order could still bring into the top 5 */
  recallAt20: number;
  mrr: number;
  ndcgAt10: number;
  /** share of queries that found nothing */
  zeroHitRate: number;
  misses: { query: string; category: Category; half: Half; relevant: string[]; top5: string[] }[];
}

interface Scored {
  judgement: Judgement;
  recall: number;
  recall20: number;
  rr: number;
  ndcg: number;
  zeroHit: boolean;
  top5: string[];
}

/** The measures averaged over some scored judgements. */
function summary(engine: string, scored: Scored[]): EvaluationResult {
  const n = Math.max(1, scored.length);
  const mean = (f: (s: Scored) => number) => Math.round((scored.reduce((sum, s) => sum + f(s), 0) / n) * 1000) / 1000;
  return {
    engine,
    queries: scored.length,
    recallAt5: mean((s) => s.recall),
    recallAt20: mean((s) => s.recall20),
    mrr: mean((s) => s.rr),
    ndcgAt10: mean((s) => s.ndcg),
    zeroHitRate: mean((s) => (s.zeroHit ? 1 : 0)),
    misses: scored
      .filter((s) => s.recall < 1)
      .map(({ judgement: j, top5 }) => ({ query: j.query, category: j.category, half: j.half, relevant: j.relevant, top5 })),
  };
}

export interface Evaluation extends EvaluationResult {
  /** each half, and each category within it */
  halves: Record<Half, EvaluationResult & { categories: Partial<Record<Category, EvaluationResult>> }>;
}

/** Run every judgement through `rank` (query → document references, best first) and average the measures: in all, per half and per category. */
export async function evaluate(engine: string, judgements: Judgement[], rank: (query: string) => Promise<string[]>): Promise<Evaluation> {
  const scored: Scored[] = [];
  for (const judgement of judgements) {
    const ranked = await rank(judgement.query);
    const { relevant } = judgement;
    scored.push({ judgement, recall: recallAt(5, ranked, relevant), recall20: recallAt(20, ranked, relevant), rr: reciprocalRank(ranked, relevant), ndcg: ndcgAt(10, ranked, relevant), zeroHit: ranked.length === 0, top5: ranked.slice(0, 5) });
  }
  const halves = Object.fromEntries(
    HALVES.map((half) => {
      const mine = scored.filter((s) => s.judgement.half === half);
      const categories = Object.fromEntries(CATEGORIES.filter((c) => mine.some((s) => s.judgement.category === c)).map((c) => [c, summary(engine, mine.filter((s) => s.judgement.category === c))]));
      return [half, { ...summary(engine, mine), categories }];
    }),
  ) as Evaluation['halves'];
  return { ...summary(engine, scored), halves };
}
