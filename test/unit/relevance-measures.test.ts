import { describe, expect, it } from 'vitest';
import { ndcgAt, readJudgements, recallAt, reciprocalRank } from '../../src/modules/search/evaluation.js';

describe('relevance measures', () => {
  it('recall@5 counts relevant documents in the top 5, out of at most 5', () => {
    expect(recallAt(5, ['a', 'x', 'b'], ['a', 'b'])).toBe(1);
    expect(recallAt(5, ['x', 'y', 'z', 'w', 'v', 'a'], ['a'])).toBe(0);
    expect(recallAt(5, ['a'], ['a', 'b'])).toBe(0.5);
  });

  it('MRR is the reciprocal rank of the first relevant document', () => {
    expect(reciprocalRank(['x', 'a'], ['a', 'b'])).toBe(0.5);
    expect(reciprocalRank(['x'], ['a'])).toBe(0);
  });

  it('nDCG@10 is 1 for the ideal order and less otherwise', () => {
    expect(ndcgAt(10, ['a', 'b'], ['a', 'b'])).toBe(1);
    expect(ndcgAt(10, ['b', 'a'], ['a', 'b'])).toBeLessThan(1);
    expect(ndcgAt(10, ['x'], ['a'])).toBe(0);
  });
});

describe('the judgement set', () => {
  it('holds at least 60 realistic queries, each with its documents', () => {
    const judgements = readJudgements();
    expect(judgements.length).toBeGreaterThanOrEqual(60);
    expect(new Set(judgements.map((j) => j.query)).size).toBe(judgements.length);
  });
});
