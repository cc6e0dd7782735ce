import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import MiniSearch from 'minisearch';
import { seedDatabase } from '../seeds/loader.js';
import type { Db } from '../src/db/database.js';
import { createUser, issueToken } from '../src/modules/auth/auth.service.js';
import { embeddedEngine } from '../src/modules/search/embedded-engine.js';
import { readJudgements } from '../src/modules/search/evaluation.js';
import { searchWords } from '../src/modules/search/engine.js';
import { SearchEntryRow } from '../src/modules/search/search.entity.js';
import { writeEmbeddedIndex } from '../src/modules/search/search-index.js';
import { codesFor } from '../src/modules/search/codes.js';
import { understand } from '../src/modules/search/understand.js';
import { suggest } from '../src/modules/search/search.service.js';
import { indexTokens, pinyinKeys, queryWords } from '../src/modules/search/text.js';
import { openRuntime } from '../src/runtime.js';
import { systemActor } from '../src/shared/actor.js';
import { systemClock } from '../src/shared/clock.js';
import { silentLogger } from '../src/shared/logger.js';
import { projectRoot } from '../src/shared/project-root.js';
import { generateEntries, generateQueries, percentile, round, vocabularyOf } from './corpus.js';

// npm run bench:search [-- --sizes 10000,100000] [-- --full for 1,000,000 too]
const args = process.argv.slice(2);
const sizes = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]!.split(',').map(Number) : [10_000, 100_000, ...(args.includes('--full') ? [1_000_000] : [])];
const QUERIES = 300;
const HTTP_SECONDS = 10;
const AS_OF = '2026-06-01T00:00:00.000Z';

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50), 3), p95: round(percentile(sorted, 95), 3), p99: round(percentile(sorted, 99), 3) };
};

async function latencies(queries: string[], run: (q: string) => Promise<unknown> | unknown) {
  for (const q of queries.slice(0, 20)) await run(q); // warm up
  const times: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    await run(q);
    times.push(performance.now() - start);
  }
  return summary(times);
}

async function load(db: Db, entries: ReturnType<typeof generateEntries>) {
  const start = performance.now();
  for (let i = 0; i < entries.length; i += 1000) {
    await db.write(async ({ em }) => {
      for (const entry of entries.slice(i, i + 1000)) {
        const inserted = await em.insert(SearchEntryRow, entry);
        await writeEmbeddedIndex(em, Number(inserted.identifiers[0]!.id), entry);
      }
    });
  }
  const seconds = (performance.now() - start) / 1000;
  return { seconds: round(seconds), docsPerSecond: Math.round(entries.length / seconds) };
}

type Latency = ReturnType<typeof summary>;
interface Result {
  documents: number;
  matchesPerQuery: number;
  indexBuild: { seconds: number; docsPerSecond: number };
  embeddedRaw: Latency;
  embeddedFacets: Latency;
  sqlLike: Latency;
  miniSearch: Latency & { docsPerSecond: number };
  http: Awaited<ReturnType<typeof overHttp>>[];
  graphqlOverRaw: { p50: number; p95: number };
  rssMb: number;
}

const HTTP_QUERY = `query($q: String!) { search(query: $q, asOf: "${AS_OF}", first: 10) { totalCount edges { node { title snippet score } } } }`;

/** Searches through GraphQL over HTTP for HTTP_SECONDS; latencies are every response's own, so percentiles are exact. */
async function overHttp(url: string, token: string, queries: string[], connections: number) {
  let i = 0;
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: HTTP_SECONDS,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ query: HTTP_QUERY, variables: { q: queries[i++ % queries.length] } }) }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  return { connections, requestsPerSecond: round(result.requests.total / HTTP_SECONDS, 1), ...summary(times), requests: result.requests.total, errors: result.errors + result.non2xx };
}

/** Every query once over HTTP, so the timed runs measure answers: GraphQL reports errors with status 200. */
async function checkAnswers(url: string, token: string, queries: string[]) {
  let failed = 0;
  for (const q of queries) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: HTTP_QUERY, variables: { q } }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (!res.ok || body.errors) failed++;
  }
  if (failed > 0) throw new Error(`${failed} of ${queries.length} searches failed over HTTP: their timings would measure errors`);
}

/** The server in a child process on the same database file. */
async function startServerProcess(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  // BENCH_CPU_PROFILE=<dir> writes the server's CPU profile there
  const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROFILE] : [];
  const child = fork(path.join(import.meta.dirname, 'search-server.js'), [databaseUrl], { execArgv: profile });
  const [message] = (await once(child, 'message')) as [{ url: string }];
  return { url: message.url, child };
}

async function ask<T>(child: ChildProcess, message: string): Promise<T> {
  child.send(message);
  return ((await once(child, 'message')) as [T])[0];
}

/**
 * Suggestions as an agent types, on the seeded corpus: every prefix of the judgement set's queries
 * (one keystroke on), and of the pinyin and initials of the titles in force.
 */
async function suggestLatency() {
  const dir = await mkdtemp(path.join(tmpdir(), 'hotline-kb-bench-suggest-'));
  const runtime = await openRuntime({ databaseUrl: `sqlite:${path.join(dir, 'suggest.sqlite')}`, clock: systemClock, logger: silentLogger() });
  await seedDatabase(runtime.db, { demoUsers: false, clock: systemClock });
  const titles = (await runtime.db.dataSource.getRepository(SearchEntryRow).find()).map((e) => e.title);
  const typed = [...readJudgements().map((j) => j.query), ...titles.flatMap((t) => Object.values(pinyinKeys(t)))];
  const prefixes = typed.flatMap((text) => Array.from({ length: Math.min(6, text.length) }, (_, i) => text.slice(0, i + 1)));
  await runtime.search.suggestions.refresh();
  const latency = await latencies(prefixes, (prefix) => suggest(runtime.search, { prefix, first: 8 }));
  await runtime.close();
  await rm(dir, { recursive: true, force: true });
  console.log(`suggest on the seeded corpus, ${prefixes.length} prefixes: p50 ${latency.p50} ms · p95 ${latency.p95} ms · p99 ${latency.p99} ms`);
  return { prefixes: prefixes.length, ...latency };
}

const suggestions = await suggestLatency();
const report: Result[] = [];
for (const size of sizes) {
  const dir = await mkdtemp(path.join(tmpdir(), 'hotline-kb-bench-'));
  const databaseUrl = `sqlite:${path.join(dir, 'bench.sqlite')}`;
  const runtime = await openRuntime({ databaseUrl, clock: systemClock, logger: silentLogger() });
  const { db } = runtime;
  await seedDatabase(db, { demoUsers: false, clock: systemClock });
  const seedTexts = (await db.dataSource.getRepository(SearchEntryRow).find()).flatMap((e) => [e.title, e.body]);
  const vocabulary = vocabularyOf(seedTexts);
  const entries = generateEntries(size, vocabulary);
  const queries = generateQueries(QUERIES, vocabulary, readJudgements().map((j) => j.query));
  console.log(`\n${size.toLocaleString()} documents, vocabulary of ${vocabulary.words.length} words`);

  const build = await load(db, entries);
  console.log(`  index build: ${build.docsPerSecond} docs/s (${build.seconds} s)`);
  const engine = embeddedEngine(db);
  // the query as the server reads it (understand.ts), against this corpus's words
  const wordsStart = performance.now();
  const context = { vocabulary: await runtime.search.words.refresh(), ...(await codesFor(runtime.search.codes, { drafts: false })) };
  console.log(`  counting the index's words: ${round((performance.now() - wordsStart) / 1000)} s`);
  const engineQuery = (q: string) => {
    const { groups, code } = understand(q, context);
    return { groups, statuses: ['PUBLISHED' as const, 'RETIRED' as const], asOf: AS_OF, filter: {}, code, preferred: [] };
  };
  let matches = 0;
  const raw = await latencies(queries, async (q) => (matches += (await searchWords(engine, engineQuery(q), { offset: 0, limit: 11 })).total));
  console.log(`  embedded engine, raw (page of 10 and total): p50 ${raw.p50} ms · p95 ${raw.p95} ms · p99 ${raw.p99} ms · ${Math.round(matches / (QUERIES + 20))} matches per query on average`);
  const facets = await latencies(queries, (q) => engine.facets({ ...engineQuery(q), match: 'all' }));
  console.log(`  embedded engine, facets: p50 ${facets.p50} ms · p95 ${facets.p95} ms`);

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

  const system = systemActor(systemClock);
  const agent = await createUser(db, system, { name: 'bench-agent', role: 'AGENT' });
  await issueToken(db, system, { userId: agent.id, label: 'bench', token: 'bench-agent' });
  const server = await startServerProcess(databaseUrl);
  await checkAnswers(server.url, 'bench-agent', queries);
  const http1 = await overHttp(server.url, 'bench-agent', queries, 1);
  const http16 = await overHttp(server.url, 'bench-agent', queries, 16);
  const { rssMb } = await ask<{ rssMb: number }>(server.child, 'memory');
  const overhead = { p50: round(http1.p50 / raw.p50), p95: round(http1.p95 / raw.p95) };
  console.log(`  GraphQL over HTTP, 1 connection: ${http1.requestsPerSecond}/s · p50 ${http1.p50} ms · p95 ${http1.p95} ms · p99 ${http1.p99} ms (${overhead.p50}× raw at p50, ${overhead.p95}× at p95)`);
  console.log(`  GraphQL over HTTP, 16 connections: ${http16.requestsPerSecond}/s · p50 ${http16.p50} ms · p95 ${http16.p95} ms · p99 ${http16.p99} ms`);
  console.log(`  server memory (RSS of the server process): ${rssMb} MB`);
  server.child.send('stop');
  await once(server.child, 'exit');
  await runtime.close();
  await rm(dir, { recursive: true, force: true });
  report.push({ documents: size, matchesPerQuery: Math.round(matches / (QUERIES + 20)), indexBuild: build, embeddedRaw: raw, embeddedFacets: facets, sqlLike: like, miniSearch: { docsPerSecond: miniBuild, ...miniLatency }, http: [http1, http16], graphqlOverRaw: overhead, rssMb });
}

const date = new Date().toISOString().slice(0, 10);
const out = path.join(projectRoot(), 'bench', 'results');
await mkdir(out, { recursive: true });
const machine = { node: process.version, platform: `${process.platform}-${process.arch}` };
await writeFile(path.join(out, `search-${date}.json`), JSON.stringify({ date, machine, queries: QUERIES, httpSeconds: HTTP_SECONDS, suggestions, results: report }, null, 2) + '\n');
const rows = report.map((r) => {
  const [c1, c16] = r.http;
  return `| ${r.documents.toLocaleString()} | ${r.matchesPerQuery} | ${r.indexBuild.docsPerSecond} | ${r.embeddedRaw.p50} / ${r.embeddedRaw.p95} | ${r.embeddedFacets.p95} | ${r.sqlLike.p95} | ${r.miniSearch.p95} | ${c1!.p50} / ${c1!.p95} | ${r.graphqlOverRaw.p95}× | ${c16!.requestsPerSecond} (p95 ${c16!.p95}) | ${r.rssMb} |`;
});
await writeFile(
  path.join(out, `search-${date}.md`),
  [
    `# Search benchmark ${date} (${machine.node}, ${machine.platform})`,
    '',
    `${QUERIES} queries (agents' queries from the judgement set, words drawn by their frequency in the seed corpus, codes; a third repeats); documents drawn by the same frequencies; latencies in ms; HTTP runs ${HTTP_SECONDS} s each against the server in its own process.`,
    'Targets at 100k documents: HTTP p95 ≤ 10 ms at 1 connection, ≥ 800 searches/s at 16, GraphQL ≤ 2× the raw engine.',
    '',
    '| documents | matches per query | index build docs/s | embedded raw p50 / p95 | facets p95 | SQL LIKE p95 | MiniSearch p95 | HTTP c=1 p50 / p95 | HTTP ÷ raw at p95 | HTTP c=16 searches/s | server RSS MB |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Suggestions on the seeded corpus (${suggestions.prefixes} prefixes of agents' queries and of titles' pinyin): p50 ${suggestions.p50} ms, p95 ${suggestions.p95} ms (target p95 < 5 ms).`,
    '',
  ].join('\n'),
);
console.log(`\nwrote bench/results/search-${date}.json and .md`);
