import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import { seedDatabase } from '../../seeds/loader.js';
import { readConfig } from '../config.js';
import { embeddedEngine } from '../modules/search/embedded-engine.js';
import type { EvaluationResult } from '../modules/search/evaluation.js';
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

const results: EvaluationResult[] = [await evaluateEngine(runtime.search, embeddedEngine(runtime.db), asOf)];
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
print(['engine', 'queries', 'recall@5', 'MRR', 'nDCG@10'].map((h) => pad(h, 12)).join(''));
for (const r of results) print([r.engine, r.queries, r.recallAt5, r.mrr, r.ndcgAt10].map((v) => pad(v, 12)).join(''));
for (const r of results) {
  if (r.misses.length === 0) continue;
  print(`\n${r.engine}: ${r.misses.length} queries without all their documents in the top 5`);
  for (const m of r.misses) print(`  ${m.query}  want ${m.relevant.join(', ')}  got ${m.top5.join(', ') || '—'}`);
}
