import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import { seedDatabase } from '../../seeds/loader.js';
import { readConfig } from '../config.js';
import { embeddedEngine } from '../modules/search/embedded-engine.js';
import { CATEGORIES, type Evaluation, type EvaluationResult, HALVES } from '../modules/search/evaluation.js';
import { evaluateEngine } from '../modules/search/evaluation-run.js';
import { rebuildMeilisearch } from '../modules/search/reindex.js';
import { openRuntime } from '../runtime.js';
import { systemClock } from '../shared/clock.js';
import { createLogger } from '../shared/logger.js';
import { print } from './command.js';

// Relevance of each engine on search/judgements.yaml, over a freshly seeded corpus.
const config = readConfig();
const dir = await mkdtemp(path.join(tmpdir(), 'hotline-kb-eval-'));
const evalIndex = config.meili && { ...config.meili, index: `${config.meili.index}-eval` };
const runtime = await openRuntime({ databaseUrl: `sqlite:${path.join(dir, 'eval.sqlite')}`, clock: systemClock, logger: createLogger({ level: 'warn', destination: process.stderr }), meili: evalIndex });
await seedDatabase(runtime.db, { demoUsers: false, clock: systemClock });
const asOf = systemClock.now().toISOString();

const results: Evaluation[] = [await evaluateEngine(runtime.search, embeddedEngine(runtime.db), asOf)];
const { meili } = runtime.search;
if (meili) {
  await rebuildMeilisearch({ ...runtime.search, meili });
  results.push(await evaluateEngine(runtime.search, meili, asOf));
} else {
  print('meilisearch: SKIPPED (set MEILI_HOST to evaluate it too)');
}
await runtime.close();
await rm(dir, { recursive: true, force: true });

const pad = (v: unknown, n: number) => String(v).padEnd(n);
const row = (engine: string, half: string, category: string, r: EvaluationResult) =>
  print([engine, half, category, r.queries, r.recallAt5, r.mrr, r.ndcgAt10, `${Math.round(r.zeroHitRate * 1000) / 10}%`, r.recallAt20].map((v, i) => pad(v, i < 3 ? 12 : 10)).join(''));
print(['engine', 'half', 'category', 'queries', 'recall@5', 'MRR', 'nDCG@10', 'zero-hit', 'recall@20'].map((h, i) => pad(h, i < 3 ? 12 : 10)).join(''));
for (const r of results) {
  row(r.engine, 'both', 'all', r);
  for (const half of HALVES) {
    row(r.engine, half, 'all', r.halves[half]);
    for (const category of CATEGORIES) if (r.halves[half].categories[category]) row(r.engine, half, category, r.halves[half].categories[category]!);
  }
}
// the misses of the tune half, to work on; the test half is for measuring only
for (const r of results) {
  const misses = r.halves.tune.misses;
  if (misses.length === 0) continue;
  print(`\n${r.engine}: ${misses.length} tune-half queries without all their documents in the top 5`);
  for (const m of misses) print(`  [${m.category}] ${m.query}  want ${m.relevant.join(', ')}  got ${m.top5.join(', ') || '—'}`);
}
