import 'reflect-metadata';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import MiniSearch from 'minisearch';
import { seedDatabase } from '../seeds/loader.js';
import { startServer } from '../src/app.js';
import { openDb, type Db } from '../src/db/database.js';
import { SYSTEM_USER_ID } from '../src/db/migrations/1763800000000-Foundation.js';
import { createUser, issueToken } from '../src/modules/auth/auth.service.js';
import { embeddedEngine } from '../src/modules/search/embedded-engine.js';
import { SearchEntryRow } from '../src/modules/search/search.entity.js';
import { writeFts } from '../src/modules/search/search-index.js';
import { interpret } from '../src/modules/search/search.service.js';
import { indexTokens, queryWords } from '../src/modules/search/text.js';
import { systemClock } from '../src/shared/clock.js';
import { projectRoot } from '../src/shared/project-root.js';
import { generateEntries, generateQueries, percentile, round, vocabularyOf } from './corpus.js';

// npm run bench:search [-- --sizes 10000,100000] [-- --full for 1,000,000 too]
const args = process.argv.slice(2);
const sizes = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]!.split(',').map(Number) : [10_000, 100_000, ...(args.includes('--full') ? [1_000_000] : [])];
const QUERIES = 300;
const HTTP_SECONDS = 10;
const AS_OF = '2026-06-01T00:00:00.000Z';

async function latencies(queries: string[], run: (q: string) => Promise<unknown> | unknown) {
  const times: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    await run(q);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50), 3), p95: round(percentile(times, 95), 3), p99: round(percentile(times, 99), 3) };
}

async function load(db: Db, entries: ReturnType<typeof generateEntries>) {
  const start = performance.now();
  for (let i = 0; i < entries.length; i += 1000) {
    await db.write(async (em) => {
      for (const entry of entries.slice(i, i + 1000)) {
        const inserted = await em.insert(SearchEntryRow, entry);
        await writeFts(em, Number(inserted.identifiers[0]!.id), entry);
      }
    });
  }
  const seconds = (performance.now() - start) / 1000;
  return { seconds: round(seconds), docsPerSecond: Math.round(entries.length / seconds) };
}

async function overHttp(url: string, token: string, queries: string[], connections: number) {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration: HTTP_SECONDS,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ query: `query($q: String!) { search(query: $q, asOf: "${AS_OF}", first: 10) { totalCount edges { node { title snippet score } } } }`, variables: { q: queries[i++ % queries.length] } }),
        }),
      },
    ],
  });
  return {
    connections,
    requestsPerSecond: round(result.requests.average, 1),
    p50: result.latency.p50,
    p95: result.latency.p97_5 ?? null,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const report: Record<string, unknown>[] = [];
for (const size of sizes) {
  const dir = await mkdtemp(path.join(tmpdir(), 'hotline-kb-bench-'));
  const db = await openDb(`sqlite:${path.join(dir, 'bench.sqlite')}`);
  await seedDatabase(db, { demoUsers: false, clock: systemClock });
  const seedTexts = (await db.dataSource.getRepository(SearchEntryRow).find()).flatMap((e) => [e.title, e.body]);
  const vocabulary = vocabularyOf(seedTexts);
  const entries = generateEntries(size, vocabulary);
  const queries = generateQueries(QUERIES, vocabulary);
  console.log(`\n${size.toLocaleString()} documents, vocabulary of ${vocabulary.length} words`);

  const build = await load(db, entries);
  console.log(`  index build: ${build.docsPerSecond} docs/s (${build.seconds} s)`);
  const engine = embeddedEngine(db);
  const raw = await latencies(queries, (q) => engine.search({ groups: interpret(q), statuses: ['PUBLISHED', 'RETIRED'], asOf: AS_OF }));
  console.log(`  embedded engine, raw: p50 ${raw.p50} ms · p95 ${raw.p95} ms · p99 ${raw.p99} ms`);

  const like = await latencies(queries.slice(0, 50), (q) =>
    db.dataSource.query(`SELECT id FROM search_entries WHERE ${queryWords(q).map(() => 'body LIKE ?').join(' AND ') || '1=0'} LIMIT 1000`, queryWords(q).map((w) => `%${w}%`)),
  );
  console.log(`  SQL LIKE scan: p50 ${like.p50} ms · p95 ${like.p95} ms`);

  const mini = new MiniSearch({ fields: ['title', 'body'], storeFields: ['title'], tokenize: (text) => indexTokens(text).split(' '), searchOptions: { boost: { title: 10 }, tokenize: (text) => queryWords(text) } });
  const miniStart = performance.now();
  mini.addAll(entries.map((e, id) => ({ id, title: e.title, body: e.body })));
  const miniBuild = Math.round(entries.length / ((performance.now() - miniStart) / 1000));
  const miniLatency = await latencies(queries, (q) => mini.search(q, { combineWith: 'AND' }));
  console.log(`  MiniSearch + jieba: build ${miniBuild} docs/s · p50 ${miniLatency.p50} ms · p95 ${miniLatency.p95} ms`);

  const system = { user: { id: SYSTEM_USER_ID, role: 'ADMIN' as const }, clock: systemClock };
  const agent = await createUser(db, system, { name: 'bench-agent', role: 'AGENT' });
  await issueToken(db, system, { userId: agent.id, label: 'bench', token: 'bench-agent' });
  const server = await startServer({ db, clock: systemClock, production: true }, 0);
  const http1 = await overHttp(server.url, 'bench-agent', queries, 1);
  const http16 = await overHttp(server.url, 'bench-agent', queries, 16);
  const rssMb = round(process.memoryUsage().rss / 2 ** 20, 1);
  console.log(`  GraphQL over HTTP, 1 connection: ${http1.requestsPerSecond}/s · p50 ${http1.p50} ms · p97.5 ${http1.p95} ms · p99 ${http1.p99} ms`);
  console.log(`  GraphQL over HTTP, 16 connections: ${http16.requestsPerSecond}/s · p50 ${http16.p50} ms · p97.5 ${http16.p95} ms · p99 ${http16.p99} ms`);
  console.log(`  server memory (RSS, same process): ${rssMb} MB`);
  await server.stop();
  await db.close();
  await rm(dir, { recursive: true, force: true });
  report.push({ documents: size, indexBuild: build, embeddedRaw: raw, sqlLike: like, miniSearch: { docsPerSecond: miniBuild, ...miniLatency }, http: [http1, http16], rssMb });
}

const date = new Date().toISOString().slice(0, 10);
const out = path.join(projectRoot(), 'bench', 'results');
await mkdir(out, { recursive: true });
const machine = { node: process.version, platform: `${process.platform}-${process.arch}` };
await writeFile(path.join(out, `search-${date}.json`), JSON.stringify({ date, machine, queries: QUERIES, httpSeconds: HTTP_SECONDS, results: report }, null, 2) + '\n');
const rows = report.map((r) => {
  const http = r.http as { requestsPerSecond: number; p95: number }[];
  const raw = r.embeddedRaw as { p95: number };
  return `| ${(r.documents as number).toLocaleString()} | ${(r.indexBuild as { docsPerSecond: number }).docsPerSecond} | ${raw.p95} | ${(r.sqlLike as { p95: number }).p95} | ${(r.miniSearch as { p95: number }).p95} | ${http[0]!.p95} | ${http[1]!.requestsPerSecond} | ${r.rssMb} |`;
});
await writeFile(
  path.join(out, `search-${date}.md`),
  [
    `# Search benchmark ${date} (${machine.node}, ${machine.platform})`,
    '',
    '| documents | index build docs/s | embedded raw p95 ms | SQL LIKE p95 ms | MiniSearch p95 ms | HTTP c=1 p97.5 ms | HTTP c=16 searches/s | RSS MB |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);
console.log(`\nwrote bench/results/search-${date}.json and .md`);
