import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedEngine } from '../../src/modules/search/embedded-engine.js';
import type { SearchEngine, SearchQuery, WordMatch } from '../../src/modules/search/engine.js';
import { readJudgements } from '../../src/modules/search/evaluation.js';
import { compileQuery } from '../../src/modules/search/memory-engine.js';
import { understand } from '../../src/modules/search/understand.js';
import { codesFor } from '../../src/modules/search/codes.js';
import { onPostgres, startTestRuntime, type TestRuntime } from '../support/harness.js';

// The in-memory index must rank as FTS5 does: same matches, same counts, same first page, same facets.

let app: TestRuntime;
let fts: SearchEngine;
let memory: SearchEngine;

beforeAll(async () => {
  app = await startTestRuntime({ seed: true });
  fts = embeddedEngine(app.db);
  memory = app.runtime.search.memory!.engine;
});
afterAll(() => app.close());

async function queryFor(text: string, over: Partial<SearchQuery> = {}): Promise<SearchQuery> {
  const context = { vocabulary: await app.runtime.search.words.get(), ...(await codesFor(app.runtime.search.codes, { drafts: false })) };
  const { groups, code } = understand(text, context);
  return { groups, code, statuses: ['PUBLISHED', 'RETIRED'], asOf: app.clock.now().toISOString(), filter: {}, preferred: [], match: 'all', ...over };
}

/** The two answers agree: the same total, and the same ids in order except where scores tie. */
async function expectSame(query: SearchQuery, page = { offset: 0, limit: 10 }) {
  const [a, b] = await Promise.all([fts.search(query, page), memory.search(query, page)]);
  expect(b.total).toBe(a.total);
  expect(b.hits.map((h) => h.score)).toEqual(a.hits.map((h) => expect.closeTo(h.score, 2)));
  const order = (hits: typeof a.hits) => hits.map((h) => `${h.score.toFixed(2)}:${h.pinned}`);
  expect(order(b.hits)).toEqual(order(a.hits));
  // ids may differ only inside runs of equal scores
  const byScore = (hits: typeof a.hits) => hits.map((h) => `${h.score.toFixed(2)}:${h.id}`).sort();
  if (a.hits.length < page.limit) expect(byScore(b.hits)).toEqual(byScore(a.hits));
  return { fts: a, memory: b };
}

describe.skipIf(onPostgres)('the in-memory index ranks as FTS5 does', () => {
  const queries = [...new Set(readJudgements().map((j) => j.query))];

  it.each(['all', 'some'] as WordMatch[])('for every judged query, matching %s words', async (match) => {
    let fragments = 0;
    for (const text of queries) {
      const query = await queryFor(text, { match });
      await expectSame(query);
      if (compileQuery(query).phrases.some((p) => p.columns === 'grams')) fragments++;
    }
    // words no document holds, matched by their character pairs, are among them
    expect(fragments).toBeGreaterThan(0);
  });

  it('with filters, drafts, a code, learned documents, other instants and deeper pages', async () => {
    const variants: Partial<SearchQuery>[] = [
      { filter: { kinds: ['FLOW'] } },
      { filter: { channels: ['A'], brands: ['A'] } },
      { filter: { businessCodes: ['1102'], flowClasses: ['QUERY'] } },
      { statuses: ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED'] },
      { asOf: '2025-06-15T00:00:00.000Z' },
      { asOf: '2024-01-01T00:00:00.000Z' },
    ];
    for (const text of ['投诉', '呼叫转移', '查询话费余额', 'QRY-BALANCE', 'AAA1102', '宽带 报修', 'hujiaozhuanyi']) {
      for (const over of variants) await expectSame(await queryFor(text, over));
      await expectSame(await queryFor(text), { offset: 3, limit: 7 });
    }
    const learned = await queryFor('投诉');
    const { hits } = await fts.search(learned, { offset: 0, limit: 20 });
    const documents = await app.db.dataSource.query(`SELECT documentId FROM search_scope WHERE id IN (${hits.slice(-2).map((h) => h.id).join(',')})`);
    await expectSame({ ...learned, preferred: documents.map((d: { documentId: string }) => d.documentId) });
  });

  it('counts the same facets', async () => {
    for (const text of ['客户', '投诉', '业务办理']) {
      for (const filter of [{}, { kinds: ['FLOW' as const] }, { channels: ['A'] }]) {
        const query = await queryFor(text, { filter });
        expect(await memory.facets(query)).toEqual(await fts.facets(query));
      }
    }
  });
});
