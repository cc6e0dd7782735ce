import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../../shared/project-root.js';

const judgementFile = z.array(z.object({ query: z.string().min(1), relevant: z.array(z.string().regex(/^(FLOW|SCRIPT|STANDARD|CHAPTER):\S+$/)).min(1), note: z.string().optional() }));
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
  mrr: number;
  ndcgAt10: number;
  misses: { query: string; relevant: string[]; top5: string[] }[];
}

/** Run every judgement through `rank` (query → document references, best first) and average the measures. */
export async function evaluate(engine: string, judgements: Judgement[], rank: (query: string) => Promise<string[]>): Promise<EvaluationResult> {
  let recall = 0;
  let rr = 0;
  let ndcg = 0;
  const misses: EvaluationResult['misses'] = [];
  for (const j of judgements) {
    const ranked = await rank(j.query);
    const r = recallAt(5, ranked, j.relevant);
    recall += r;
    rr += reciprocalRank(ranked, j.relevant);
    ndcg += ndcgAt(10, ranked, j.relevant);
    if (r < 1) misses.push({ query: j.query, relevant: j.relevant, top5: ranked.slice(0, 5) });
  }
  const n = judgements.length;
  const round = (x: number) => Math.round((x / n) * 1000) / 1000;
  return { engine, queries: n, recallAt5: round(recall), mrr: round(rr), ndcgAt10: round(ndcg), misses };
}
