import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { seedDatabase } from '../seeds/loader.js';
import { generateHistory, readLibrary, writeHistory } from '../seeds/usage.js';
import type { Db } from '../src/db/database.js';
import { contentHealth } from '../src/modules/reports/content-health.js';
import { exceptionSla } from '../src/modules/reports/exception-sla.js';
import { flowUsage } from '../src/modules/reports/flow-usage.js';
import { reportWindow } from '../src/modules/reports/report-filter.js';
import { buildPendingDays } from '../src/modules/reports/rollup.js';
import { knowledgeGaps, searchAnalytics } from '../src/modules/reports/search-analytics.js';
import { openRuntime } from '../src/runtime.js';
import { fixedClock } from '../src/shared/clock.js';
import { silentLogger } from '../src/shared/logger.js';
import { projectRoot } from '../src/shared/project-root.js';
import { percentile, round } from './corpus.js';

// npm run bench:reports [-- --db <file>] [-- --runs 15] [-- --out <dir>]
//
// Each report at a million usage events and a million searches: 400 agents over 28 days, generated
// by seeds/usage.ts from the judged queries (Zipf popularity), questions the corpus does not
// answer, clicks within and after 5 minutes, opens and renders at the touchpoints flows serve.
// Timed in process, `runs` times each, over the whole 28 days and over a period cut inside days
// (the edges read raw), with the daily roll-ups built (as the job keeps them) and with none built
// (the first hour after an import). CPU per report comes from process.cpuUsage in the same run.
// --db keeps the generated database for the next run. Results: bench/results/reports-<date>.{json,md}.
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(option('--runs') ?? 15);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs: a whole number of at least 1 (got ${option('--runs')})`);
const OUT = option('--out') ? path.resolve(option('--out')!) : path.join(projectRoot(), 'bench', 'results');
const FILE = option('--db') ? path.resolve(option('--db')!) : path.join(os.tmpdir(), `hotline-kb-reports-${process.pid}.sqlite`);

const DAY = 86_400_000;
const TO = new Date('2026-06-01T00:00:00.000Z');
const FROM = new Date(TO.getTime() - 28 * DAY);
const AGENTS = 400;

async function prepare(db: Db): Promise<void> {
  const clock = fixedClock(TO);
  await seedDatabase(db, { demoUsers: false, clock });
  const library = await readLibrary(db, TO);
  const agents = Array.from({ length: AGENTS }, () => randomUUID());
  let day = 0;
  await generateHistory(library, { from: FROM, to: TO, agents, searchesPerAgentDay: 92, opensPerAgentDay: 10, seed: 2 }, async (rows) => {
    await writeHistory(db, rows);
    process.stdout.write(`\rgenerated ${++day} days`);
  });
  process.stdout.write('\n');
}

const count = async (db: Db, table: string) => Number(((await db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number }[])[0]!.n);

async function main() {
  const fresh = !existsSync(FILE);
  const runtime = await openRuntime({ databaseUrl: `sqlite:${FILE}`, clock: fixedClock(new Date(TO.getTime() + DAY)), logger: silentLogger() });
  const { db, clock } = runtime;
  if (fresh) await prepare(db);
  const sizes = { usageEvents: await count(db, 'usage_events'), searches: await count(db, 'search_log'), clicks: await count(db, 'search_clicks') };
  console.log(sizes);

  const periods = {
    '28 whole days': { from: FROM, to: TO },
    'cut inside days': { from: new Date(FROM.getTime() + 5 * 3_600_000), to: new Date(TO.getTime() - 7 * 3_600_000) },
  };
  const reports: Record<string, (w: Awaited<ReturnType<typeof reportWindow>>) => Promise<unknown>> = {
    flowUsage: (w) => flowUsage(db, w),
    searchAnalytics: (w) => searchAnalytics(db, w, 50),
    knowledgeGaps: (w) => knowledgeGaps(db, w, 50),
    exceptionSla: (w) => exceptionSla(db, w, clock.now().toISOString()),
    contentHealth: (w) => contentHealth(db, w.to),
  };

  const rows: Record<string, unknown>[] = [];
  for (const rollups of ['built', 'none'] as const) {
    await db.write(({ em }) => em.query('DELETE FROM rollup_days'));
    if (rollups === 'built') {
      const started = performance.now();
      const built = await buildPendingDays(db, clock);
      console.log(`built the roll-ups of ${built} days in ${round(performance.now() - started)} ms`);
    }
    for (const [periodName, period] of Object.entries(periods)) {
      const w = await reportWindow(db, { ...period, filter: null });
      for (const [name, run] of Object.entries(reports)) {
        await run(w); // warm: prepared plans, page cache
        // without roll-ups a month is read raw: seconds a report, so a few runs show it
        const runs = rollups === 'built' ? RUNS : Math.min(RUNS, 2);
        const times: number[] = [];
        const cpu = process.cpuUsage();
        for (let i = 0; i < runs; i++) {
          const started = performance.now();
          await run(w);
          times.push(performance.now() - started);
        }
        const used = process.cpuUsage(cpu);
        times.sort((a, b) => a - b);
        const row = { report: name, period: periodName, rollups, runs, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), cpuMsPerReport: round((used.user + used.system) / 1000 / runs) };
        console.log(row);
        rows.push(row);
      }
    }
  }
  await runtime.close();

  const date = new Date().toISOString().slice(0, 10);
  await mkdir(OUT, { recursive: true });
  const result = { date, machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadBefore: os.loadavg() }, sizes, agents: AGENTS, days: 28, rows };
  await writeFile(path.join(OUT, `reports-${date}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const md = [
    `# Reports at ${sizes.usageEvents.toLocaleString('en')} usage events and ${sizes.searches.toLocaleString('en')} searches (${date})`,
    '',
    `${AGENTS} agents over 28 days, ${sizes.clicks.toLocaleString('en')} clicks; ${RUNS} runs per row (2 without roll-ups) on ${os.cpus().length} cores (load before: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')}).`,
    '',
    '| report | period | roll-ups | runs | p50 ms | p95 ms | CPU ms per report |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.report} | ${r.period} | ${r.rollups} | ${r.runs} | ${r.p50Ms} | ${r.p95Ms} | ${r.cpuMsPerReport} |`),
    '',
  ].join('\n');
  await writeFile(path.join(OUT, `reports-${date}.md`), md);
  console.log(md);
}

await main();
