import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedDatabase } from '../../seeds/loader.js';
import { readConfig } from '../config.js';
import { openDb } from '../db/database.js';
import { embeddedEngine } from '../modules/search/embedded-engine.js';
import type { EvaluationResult } from '../modules/search/evaluation.js';
import { evaluateEngine } from '../modules/search/evaluation-run.js';
import { meilisearchEngine } from '../modules/search/meilisearch-engine.js';
import { sendAllToMeilisearch } from '../modules/search/reindex.js';
import { systemClock } from '../shared/clock.js';

// Relevance of each engine on search/judgements.yaml, over a freshly seeded corpus.
const config = readConfig();
const dir = await mkdtemp(path.join(tmpdir(), 'hotline-kb-eval-'));
const db = await openDb(`sqlite:${path.join(dir, 'eval.sqlite')}`);
await seedDatabase(db, { demoUsers: false, clock: systemClock });
const asOf = systemClock.now().toISOString();

const results: EvaluationResult[] = [await evaluateEngine(db, embeddedEngine(db), asOf)];
if (config.meili) {
  const meili = meilisearchEngine(db, { ...config.meili, index: `${config.meili.index}-eval` });
  await sendAllToMeilisearch(db, meili);
  results.push(await evaluateEngine(db, meili, asOf));
} else {
  console.log('meilisearch: SKIPPED (set MEILI_HOST to evaluate it too)');
}
await db.close();
await rm(dir, { recursive: true, force: true });

console.table(results.map(({ misses: _misses, ...r }) => r));
for (const r of results) {
  if (r.misses.length === 0) continue;
  console.log(`\n${r.engine}: ${r.misses.length} queries without all their documents in the top 5`);
  for (const m of r.misses) console.log(`  ${m.query}  want ${m.relevant.join(', ')}  got ${m.top5.join(', ') || '—'}`);
}
