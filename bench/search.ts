import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import MiniSearch from 'minisearch';
import { seedDatabase } from '../seeds/loader.js';
import type { Db } from '../src/db/database.js';
import { createUser, issueToken } from '../src/modules/auth/auth.service.js';
import { codesFor } from '../src/modules/search/codes.js';
import { lexicon } from '../src/modules/search/dictionaries.js';
import { embeddedEngine } from '../src/modules/search/embedded-engine.js';
import { type SearchEngine, searchWords } from '../src/modules/search/engine.js';
import { readJudgements } from '../src/modules/search/evaluation.js';
import { SearchEntryRow } from '../src/modules/search/search.entity.js';
import { writeEmbeddedIndex } from '../src/modules/search/search-index.js';
import { suggest } from '../src/modules/search/search.service.js';
import { indexTokens, pinyinKeys, queryWords } from '../src/modules/search/text.js';
import { understand } from '../src/modules/search/understand.js';
import { openRuntime } from '../src/runtime.js';
import { systemActor } from '../src/shared/actor.js';
import { systemClock } from '../src/shared/clock.js';
import { silentLogger } from '../src/shared/logger.js';
import { projectRoot } from '../src/shared/project-root.js';
import { generateEntries, percentile, round, vocabularyOf } from './corpus.js';
import { noRepeatStream, queryPool, STREAMS, type StreamName, streamProfile, zipfStream } from './query-streams.js';
import { type CorpusProfile, documentFrequencies, type Entry, profiling, realisticEntries, seedModel, wordsToCheck } from './realistic-corpus.js';

// npm run bench:search [-- --sizes 10000,100000] [-- --full] [-- --uniform 100000] [-- --http-seconds 10] [-- --out <dir>]
//
// One row per (corpus, documents, stream): the search engine in process (the runtime's, and FTS5),
// MiniSearch and SQL LIKE for scale, and GraphQL over HTTP against the server in a process of its
// own, started afresh for each row. Corpora: `realistic` (realistic-corpus.ts: the seeded corpus
// grown large, with versions and windows) at every size, and `uniform` (corpus.ts, the earlier
// generator) at one size for comparison. Streams (query-streams.ts): `zipf`, a busy hour over the
// pool of agents' queries and customers' phrases, and `no-repeat`, every query of the pool once
// (the uniform corpus gets the zipf stream only). The default run takes 10–15 minutes on 2 cores.
// Results: bench/results/search-<date>.json (one object per row) and .md.
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const wholeNumbers = (value: string, name: string) =>
  value.split(',').map((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name}: whole numbers, comma-separated (got ${value})`);
    return n;
  });
const sizes = option('--sizes') ? wholeNumbers(option('--sizes')!, '--sizes') : [10_000, 100_000, ...(args.includes('--full') ? [1_000_000] : [])];
/** the uniform corpus at one size: the largest realistic one up to 100k, unless told (0: none) */
const uniformSize = option('--uniform') ? wholeNumbers(option('--uniform')!, '--uniform')[0]! : Math.min(Math.max(...sizes), 100_000);
const HTTP_SECONDS = option('--http-seconds') ? wholeNumbers(option('--http-seconds')!, '--http-seconds')[0]! : 10;
const OUT = option('--out') ? path.resolve(option('--out')!) : path.join(projectRoot(), 'bench', 'results');
const AS_OF = '2026-06-01T00:00:00.000Z';
const ZIPF_QUERIES = 2000;
/** queries timed in process per stream and engine, unless the budget runs out first (FTS5 at a million entries is slow) */
const RAW_QUERIES = 600;
const FTS_QUERIES = 300;
const MINISEARCH_QUERIES = 300;
const LIKE_QUERIES = 30;
const BUDGET_MS = { raw: 15_000, fts: 10_000, miniSearch: 10_000, like: 10_000 };
/** MiniSearch holds every document in this process: above this it is not built (its p95 is null) */
const MINISEARCH_MAX_DOCUMENTS = 300_000;
const IDLE_SAMPLE_MS = 2000;
const STARTUP_POLL_MS = 20;
/** the search that tells the server is up: not in the pool, so that it leaves the result cache as the timed runs find it */
const STARTUP_PROBE = '启动探测 话费';

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50), 3), p95: round(percentile(sorted, 95), 3), p99: round(percentile(sorted, 99), 3), queries: times.length };
};
type Latency = ReturnType<typeof summary>;

/**
 * Each query in turn, timed; the first 20 run once untimed first (the JIT, the page cache). At most
 * `max` queries, and no more once `budgetMs` is spent (at least 50 are timed).
 */
async function latencies(queries: string[], run: (q: string) => Promise<unknown> | unknown, limits: { max: number; budgetMs: number }) {
  const timedQueries = queries.slice(0, limits.max);
  for (const q of timedQueries.slice(0, 20)) await run(q);
  const times: number[] = [];
  const started = performance.now();
  for (const q of timedQueries) {
    const start = performance.now();
    await run(q);
    times.push(performance.now() - start);
    if (times.length >= 50 && performance.now() - started > limits.budgetMs) break;
  }
  return summary(times);
}

/** The entries written as the runtime's indexing would, bypassing its hooks: 1000 to a transaction. */
async function load(db: Db, entries: Iterable<Entry>) {
  const start = performance.now();
  let count = 0;
  let batch: Entry[] = [];
  const write = async () => {
    const rows = batch;
    batch = [];
    await db.write(async ({ em }) => {
      for (const entry of rows) {
        const inserted = await em.insert(SearchEntryRow, entry);
        await writeEmbeddedIndex(em, Number(inserted.identifiers[0]!.id), entry);
      }
    });
  };
  for (const entry of entries) {
    batch.push(entry);
    count++;
    if (batch.length === 1000) await write();
  }
  if (batch.length > 0) await write();
  const seconds = (performance.now() - start) / 1000;
  return { seconds: round(seconds), docsPerSecond: Math.round(count / seconds) };
}

const HTTP_QUERY = `query($q: String!) { search(query: $q, asOf: "${AS_OF}", first: 10) { totalCount edges { node { title snippet score } } } }`;
const searchRequest = (token: string, q: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ query: HTTP_QUERY, variables: { q } }),
});

/** One search over HTTP: whether it answered (GraphQL reports errors with status 200). */
async function answers(url: string, token: string, q: string): Promise<boolean> {
  try {
    const res = await fetch(url, searchRequest(token, q));
    const body = (await res.json()) as { errors?: unknown[] };
    return res.ok && !body.errors;
  } catch {
    return false;
  }
}

/**
 * Searches through GraphQL over HTTP, the stream's queries in order from `cursor.at`: for
 * HTTP_SECONDS, or — `amount` — until that many were sent (at most HTTP_SECONDS). Latencies are
 * every response's own, so percentiles are exact; every answer is checked for GraphQL errors, and
 * the queries answered are added to `answered`.
 */
async function overHttp(url: string, token: string, stream: string[], connections: number, cursor: { at: number }, answered: Set<string>, amount?: number) {
  const times: number[] = [];
  let failed = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        ...(amount ? { amount } : { duration: HTTP_SECONDS }),
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        requests: [
          {
            setupRequest: (req, context) => {
              const q = stream[cursor.at++ % stream.length]!;
              (context as { q?: string }).q = q;
              return { ...req, body: JSON.stringify({ query: HTTP_QUERY, variables: { q } }) };
            },
            onResponse: (status, body, context) => {
              if (status === 200 && !body.includes('"errors"')) answered.add((context as { q: string }).q);
              else failed++;
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
    if (amount) {
      const timer = setTimeout(() => instance.stop(), HTTP_SECONDS * 1000);
      instance.on('done', () => clearTimeout(timer));
    }
  });
  const seconds = (performance.now() - started) / 1000;
  const errors = result.errors + result.non2xx + failed;
  if (errors > 0) throw new Error(`${errors} of ${result.requests.total} searches over HTTP failed (${connections} connections): their timings would measure errors`);
  return { connections, requests: result.requests.total, seconds: round(seconds), requestsPerSecond: round(result.requests.total / seconds, 1), ...summary(times) };
}

/** Every query once over HTTP that the timed runs did not answer, so every query of the streams is known to answer. */
async function checkAnswers(url: string, token: string, queries: string[], parallel = 4) {
  const queue = [...queries];
  let failed = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let q = queue.shift(); q !== undefined; q = queue.shift()) if (!(await answers(url, token, q))) failed++;
    }),
  );
  if (failed > 0) throw new Error(`${failed} of ${queries.length} searches failed over HTTP: the timed runs would measure errors`);
}

/** The server in a child process on the same database file; startupMs from the fork to its first search answered without errors. */
async function startServerProcess(databaseUrl: string, token: string): Promise<{ url: string; child: ChildProcess; startupMs: number }> {
  // BENCH_CPU_PROFILE=<dir> writes the server's CPU profile there
  const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROFILE] : [];
  const forked = performance.now();
  const child = fork(path.join(import.meta.dirname, 'search-server.js'), [databaseUrl], { execArgv: profile });
  const [message] = (await once(child, 'message')) as [{ url: string }];
  while (!(await answers(message.url, token, STARTUP_PROBE))) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before answering a search`);
    await sleep(STARTUP_POLL_MS);
  }
  return { url: message.url, child, startupMs: Math.round(performance.now() - forked) };
}

async function ask<T>(child: ChildProcess, message: string): Promise<T> {
  child.send(message);
  return ((await once(child, 'message')) as [T])[0];
}

/** How busy the shared machine is: its idle share over `ms` (every core, from os.cpus()), and the 1-minute load average. */
async function machineLoad(ms: number) {
  const idleAndTotal = () =>
    os.cpus().reduce(
      (acc, cpu) => {
        const t = cpu.times;
        return { idle: acc.idle + t.idle, total: acc.total + t.user + t.nice + t.sys + t.idle + t.irq };
      },
      { idle: 0, total: 0 },
    );
  const before = idleAndTotal();
  await sleep(ms);
  const after = idleAndTotal();
  return { idleCpuPercent: round((100 * (after.idle - before.idle)) / Math.max(1, after.total - before.total), 1), loadAverage1m: round(os.loadavg()[0]!, 2) };
}

/**
 * Suggestions as an agent types, on the seeded corpus: every prefix of the judgement set's queries
 * (one keystroke on), and of the pinyin and initials of the titles in force.
 */
async function suggestLatency() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hotline-kb-bench-suggest-'));
  const runtime = await openRuntime({ databaseUrl: `sqlite:${path.join(dir, 'suggest.sqlite')}`, clock: systemClock, logger: silentLogger() });
  await seedDatabase(runtime.db, { demoUsers: false, clock: systemClock });
  const titles = (await runtime.db.dataSource.getRepository(SearchEntryRow).find()).map((e) => e.title);
  const typed = [...readJudgements().map((j) => j.query), ...titles.flatMap((t) => Object.values(pinyinKeys(t)))];
  const prefixes = typed.flatMap((text) => Array.from({ length: Math.min(6, text.length) }, (_, i) => text.slice(0, i + 1)));
  await runtime.search.suggestions.refresh();
  const { queries: _queries, ...latency } = await latencies(prefixes, (prefix) => suggest(runtime.search, { prefix, first: 8 }), { max: Infinity, budgetMs: Infinity });
  await runtime.close();
  await rm(dir, { recursive: true, force: true });
  console.log(`suggest on the seeded corpus, ${prefixes.length} prefixes: p50 ${latency.p50} ms · p95 ${latency.p95} ms · p99 ${latency.p99} ms`);
  return { prefixes: prefixes.length, ...latency };
}

type CorpusName = 'realistic' | 'uniform';

/** One row of the report: every field is required (null where the thing measured does not exist). */
interface Row {
  corpus: CorpusName;
  documents: number;
  stream: StreamName;
  matchesP50: number;
  matchesP90: number;
  rawP50Ms: number;
  rawP95Ms: number;
  ftsP95Ms: number;
  httpC1P50Ms: number;
  httpC1P95Ms: number;
  httpC16PerSecond: number;
  httpC16P95Ms: number;
  cpuMsPerSearch: number;
  idleCpuPercent: number;
  loadAverage1m: number;
  cacheHitRate: number | null;
  miniSearchP95Ms: number | null;
  likeP95Ms: number;
  serverRssMb: number;
  startupMs: number;
  graphqlOverRawP95: number;
  indexBuildDocsPerSecond: number;
  // context for reading the row
  engine: string;
  warmMs: number | null;
  serverReadyMs: number | null;
  rawQueries: number;
  ftsQueries: number;
  httpC1Requests: number;
  httpC16Requests: number;
  /** zipf rows: two server processes on the same file, 8 connections each, at once */
  twoProcessesC16PerSecond: number | null;
  twoProcessesC16P95Ms: number | null;
}

interface CorpusReport {
  corpus: CorpusName;
  documents: number;
  indexBuild: { seconds: number; docsPerSecond: number };
  profile: CorpusProfile;
  /** share of documents holding each word: in the seed corpus, and in the first 3000 generated */
  documentFrequency: { word: string; seed: number; generated: number }[];
}

const judgementQueries = readJudgements().map((j) => j.query);
const pool = queryPool(judgementQueries, lexicon().flatMap((e) => e.says));
const streams: Record<StreamName, string[]> = { zipf: zipfStream(pool, ZIPF_QUERIES), 'no-repeat': noRepeatStream(pool) };
/**
 * Over HTTP a busy hour goes on with more draws from the same law (the first ZIPF_QUERIES are the
 * zipf stream) rather than starting the stream over, which would stop new queries from coming.
 */
const httpStreams: Record<StreamName, string[]> = { zipf: zipfStream(pool, 50 * ZIPF_QUERIES), 'no-repeat': streams['no-repeat'] };
console.log(`query pool: ${pool.length} queries (${judgementQueries.length} of the judgement set, the rest customer phrases of the lexicon)`);
for (const name of STREAMS) {
  const p = streamProfile(streams[name]);
  console.log(`  ${name}: ${p.queries} queries, ${p.distinct} distinct, the 10 commonest ${Math.round(p.top10Share * 100)} % of the stream`);
}

const suggestions = await suggestLatency();
const rows: Row[] = [];
const corpora: CorpusReport[] = [];
const runs: { corpus: CorpusName; documents: number }[] = [...sizes.map((documents) => ({ corpus: 'realistic' as const, documents })), ...(uniformSize > 0 ? [{ corpus: 'uniform' as const, documents: uniformSize }] : [])];

for (const { corpus, documents } of runs) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hotline-kb-bench-'));
  const databaseUrl = `sqlite:${path.join(dir, 'bench.sqlite')}`;
  const runtime = await openRuntime({ databaseUrl, clock: systemClock, logger: silentLogger() });
  const { search } = runtime;
  const { db } = runtime;
  await seedDatabase(db, { demoUsers: false, clock: systemClock });
  const seedRows = await db.dataSource.getRepository(SearchEntryRow).find();
  console.log(`\n${corpus}, ${documents.toLocaleString()} documents`);

  // the corpus, written as the runtime's indexing would; the in-memory index is read afterwards
  let entries: () => Iterable<Entry>;
  let checked: string[];
  let seedFrequency: Map<string, number>;
  if (corpus === 'realistic') {
    const model = seedModel(seedRows);
    entries = () => realisticEntries(documents, model, { asOf: AS_OF });
    checked = wordsToCheck(model);
    seedFrequency = model.documentFrequency;
  } else {
    const generated = generateEntries(documents, vocabularyOf(seedRows.flatMap((e) => [e.title, e.body])));
    entries = () => generated;
    seedFrequency = documentFrequencies(seedRows);
    checked = [...seedFrequency].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([w]) => w);
  }
  const profiler = profiling(AS_OF);
  const build = await load(db, profiler.pass(entries()));
  const profile = profiler.profile();
  const sample: Entry[] = [];
  for (const entry of entries()) if (sample.push(entry) >= 3000) break;
  const generatedFrequency = documentFrequencies(sample, new Set(checked));
  const documentFrequency = checked.map((word) => ({ word, seed: round(seedFrequency.get(word) ?? 0, 3), generated: round(generatedFrequency.get(word) ?? 0, 3) }));
  corpora.push({ corpus, documents, indexBuild: build, profile, documentFrequency });
  console.log(`  index build: ${build.docsPerSecond} docs/s (${build.seconds} s)`);
  console.log(`  kinds: ${Object.entries(profile.kinds).map(([k, s]) => `${k} ${Math.round(s * 100)} %`).join(' · ')}`);
  console.log(`  at ${AS_OF.slice(0, 10)}: ${Object.entries(profile.phases).map(([p, s]) => `${p} ${round(s * 100, 1)} %`).join(' · ')}`);
  console.log(`  median title / body length: ${Object.entries(profile.medianLength).map(([k, l]) => `${k} ${l.title} / ${l.body}`).join(' · ')}`);
  console.log(`  documents holding the word, seed → generated: ${documentFrequency.map((d) => `${d.word} ${Math.round(d.seed * 100)}→${Math.round(d.generated * 100)} %`).join(' · ')}`);

  // the entries bypassed the runtime's indexing hooks: read the in-memory index anew
  const warmStart = performance.now();
  await search.warm();
  const warmMs = Math.round(performance.now() - warmStart);
  const warmed = search.memory?.ready ?? false;
  console.log(`  in-memory index read: ${warmMs} ms`);
  const engine: SearchEngine = search.engine;
  const fts = embeddedEngine(db);
  // the query as the server reads it (understand.ts), against this corpus's words
  const wordsStart = performance.now();
  const context = { vocabulary: await search.words.refresh(), ...(await codesFor(search.codes, { drafts: false })) };
  console.log(`  counting the index's words: ${round((performance.now() - wordsStart) / 1000)} s`);
  const engineQuery = (q: string) => {
    const { groups, code } = understand(q, context);
    return { groups, statuses: ['PUBLISHED' as const, 'RETIRED' as const], asOf: AS_OF, filter: {}, code, preferred: [] };
  };

  // the baselines, once per corpus and size, on the no-repeat stream
  const baselineQueries = streams['no-repeat'];
  const like = await latencies(
    baselineQueries,
    (q) => db.dataSource.query(`SELECT id FROM search_entries WHERE ${queryWords(q).map(() => 'body LIKE ?').join(' AND ') || '1=0'} LIMIT 1000`, queryWords(q).map((w) => `%${w}%`)),
    { max: LIKE_QUERIES, budgetMs: BUDGET_MS.like },
  );
  console.log(`  SQL LIKE scan (${like.queries} queries): p50 ${like.p50} ms · p95 ${like.p95} ms`);
  let miniSearch: Latency | null = null;
  if (documents <= MINISEARCH_MAX_DOCUMENTS) {
    const mini = new MiniSearch({ fields: ['title', 'body'], storeFields: ['title'], tokenize: (text) => indexTokens(text).split(' '), searchOptions: { boost: { title: 10 }, tokenize: (text) => queryWords(text) } });
    const docs = [...entries()].map((e, id) => ({ id, title: e.title, body: e.body }));
    const miniStart = performance.now();
    mini.addAll(docs);
    const miniBuild = Math.round(docs.length / ((performance.now() - miniStart) / 1000));
    miniSearch = await latencies(baselineQueries, (q) => mini.search(q, { combineWith: 'AND' }), { max: MINISEARCH_QUERIES, budgetMs: BUDGET_MS.miniSearch });
    console.log(`  MiniSearch + jieba: build ${miniBuild} docs/s · p50 ${miniSearch.p50} ms · p95 ${miniSearch.p95} ms`);
  } else console.log(`  MiniSearch: not built above ${MINISEARCH_MAX_DOCUMENTS.toLocaleString()} documents`);

  const system = systemActor(systemClock);
  const agent = await createUser(db, system, { name: 'bench-agent', role: 'AGENT' });
  await issueToken(db, system, { userId: agent.id, label: 'bench', token: 'bench-agent' });
  const answered = new Set<string>();

  // the uniform corpus is there for comparison: the busy hour is enough
  const rowStreams: StreamName[] = corpus === 'uniform' ? ['zipf'] : STREAMS;
  for (const stream of rowStreams) {
    const queries = streams[stream];
    // in process: the runtime's engine (in memory once warm) and FTS5, as the server calls them
    const totals: number[] = [];
    const raw = await latencies(queries, async (q) => totals.push((await searchWords(engine, engineQuery(q), { offset: 0, limit: 11 })).total), { max: RAW_QUERIES, budgetMs: BUDGET_MS.raw });
    const ftsLatency = await latencies(queries, (q) => searchWords(fts, engineQuery(q), { offset: 0, limit: 11 }), { max: FTS_QUERIES, budgetMs: BUDGET_MS.fts });
    const matches = [...totals].sort((a, b) => a - b);
    console.log(`  ${stream}: matches per query p50 ${percentile(matches, 50)} · p90 ${percentile(matches, 90)}`);
    console.log(`  ${stream}: ${engine.name} engine of the runtime, raw (${raw.queries} queries): p50 ${raw.p50} ms · p95 ${raw.p95} ms · p99 ${raw.p99} ms; FTS5 (${ftsLatency.queries}): p50 ${ftsLatency.p50} ms · p95 ${ftsLatency.p95} ms`);

    // over HTTP, against a server started afresh (an empty result cache)
    const server = await startServerProcess(databaseUrl, 'bench-agent');
    const { readyMs } = await ask<{ readyMs: number | null; inMemory: boolean | null }>(server.child, 'ready');
    const busy = await machineLoad(IDLE_SAMPLE_MS);
    const cache0 = (await ask<{ cache: { hits: number; misses: number } | null }>(server.child, 'cache')).cache;
    // zipf: a busy hour, going on from one run to the next; no-repeat: each query at most once in the row, half the pool at most at 1 connection
    const cursor = { at: 0 };
    const sent = httpStreams[stream];
    const c1 = await overHttp(server.url, 'bench-agent', sent, 1, cursor, answered, stream === 'no-repeat' ? Math.floor(sent.length / 2) : undefined);
    const cpu0 = await ask<{ userMs: number; systemMs: number }>(server.child, 'cpu');
    const c16 = await overHttp(server.url, 'bench-agent', sent, 16, cursor, answered, stream === 'no-repeat' ? Math.max(16, sent.length - cursor.at) : undefined);
    const cpu1 = await ask<{ userMs: number; systemMs: number }>(server.child, 'cpu');
    const cache1 = (await ask<{ cache: { hits: number; misses: number } | null }>(server.child, 'cache')).cache;
    const { rssMb } = await ask<{ rssMb: number }>(server.child, 'memory');
    // a second process on the same file beside it (as WORKERS=2 runs), the load split between them
    let two: { requestsPerSecond: number; p95: number } | null = null;
    if (stream === 'zipf') {
      const second = await startServerProcess(databaseUrl, 'bench-agent');
      await ask(second.child, 'ready');
      const both = await Promise.all([server.url, second.url].map((url) => overHttp(url, 'bench-agent', sent, 8, cursor, answered)));
      two = { requestsPerSecond: round(both[0]!.requestsPerSecond + both[1]!.requestsPerSecond, 1), p95: Math.max(both[0]!.p95, both[1]!.p95) };
      second.child.send('stop');
      await once(second.child, 'exit');
    }
    // every query of the streams answers: those the timed runs did not send, once (after the timed runs, so as not to fill the cache before them)
    if (stream === rowStreams.at(-1)) await checkAnswers(server.url, 'bench-agent', pool.filter((q) => !answered.has(q)));
    server.child.send('stop');
    await once(server.child, 'exit');

    const lookups = cache0 && cache1 ? cache1.hits - cache0.hits + (cache1.misses - cache0.misses) : 0;
    const row: Row = {
      corpus,
      documents,
      stream,
      matchesP50: percentile(matches, 50),
      matchesP90: percentile(matches, 90),
      rawP50Ms: raw.p50,
      rawP95Ms: raw.p95,
      ftsP95Ms: ftsLatency.p95,
      httpC1P50Ms: c1.p50,
      httpC1P95Ms: c1.p95,
      httpC16PerSecond: c16.requestsPerSecond,
      httpC16P95Ms: c16.p95,
      cpuMsPerSearch: round((cpu1.userMs + cpu1.systemMs - cpu0.userMs - cpu0.systemMs) / Math.max(1, c16.requests), 3),
      ...busy,
      cacheHitRate: cache0 && cache1 ? (lookups > 0 ? round((cache1.hits - cache0.hits) / lookups, 3) : 0) : null,
      miniSearchP95Ms: miniSearch?.p95 ?? null,
      likeP95Ms: like.p95,
      serverRssMb: rssMb,
      startupMs: server.startupMs,
      graphqlOverRawP95: round(c1.p95 / Math.max(raw.p95, 0.001)),
      indexBuildDocsPerSecond: build.docsPerSecond,
      engine: engine.name + (warmed ? ' (warm)' : ''),
      warmMs,
      serverReadyMs: readyMs,
      rawQueries: raw.queries,
      ftsQueries: ftsLatency.queries,
      httpC1Requests: c1.requests,
      httpC16Requests: c16.requests,
      twoProcessesC16PerSecond: two?.requestsPerSecond ?? null,
      twoProcessesC16P95Ms: two?.p95 ?? null,
    };
    rows.push(row);
    console.log(
      `  ${stream}: HTTP c=1 p50 ${c1.p50} ms · p95 ${c1.p95} ms (${row.graphqlOverRawP95}× raw at p95) · c=16 ${c16.requestsPerSecond}/s p95 ${c16.p95} ms · ${row.cpuMsPerSearch} ms CPU per search · cache ${row.cacheHitRate ?? 'none'} · RSS ${rssMb} MB · first answer ${server.startupMs} ms after the fork, in-memory index ready at ${readyMs} ms · machine ${row.idleCpuPercent} % idle, load ${row.loadAverage1m}`,
    );
  }
  await runtime.close();
  await rm(dir, { recursive: true, force: true });
}

const date = new Date().toISOString().slice(0, 10);
await mkdir(OUT, { recursive: true });
const machine = { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: os.cpus().length };
const streamInfo = Object.fromEntries(STREAMS.map((s) => [s, streamProfile(streams[s])]));
await writeFile(
  path.join(OUT, `search-${date}.json`),
  JSON.stringify({ date, machine, asOf: AS_OF, httpSeconds: HTTP_SECONDS, pool: pool.length, streams: streamInfo, suggestions, corpora, rows }, null, 2) + '\n',
);

const cell = (x: number | null) => (x === null ? '–' : String(x));
const table = rows.map(
  (r) =>
    `| ${r.corpus} | ${r.documents.toLocaleString()} | ${r.stream} | ${r.matchesP50} / ${r.matchesP90} | ${r.rawP50Ms} / ${r.rawP95Ms} | ${r.ftsP95Ms} | ${r.httpC1P50Ms} / ${r.httpC1P95Ms} | ${r.graphqlOverRawP95}× | ${r.httpC16PerSecond} (p95 ${r.httpC16P95Ms}) | ${r.twoProcessesC16PerSecond === null ? '—' : `${r.twoProcessesC16PerSecond} (p95 ${r.twoProcessesC16P95Ms})`} | ${r.cpuMsPerSearch} | ${r.cacheHitRate === null ? 'no cache' : `${Math.round(r.cacheHitRate * 100)} %`} | ${cell(r.miniSearchP95Ms)} | ${r.likeP95Ms} | ${r.serverRssMb} | ${r.startupMs} | ${r.indexBuildDocsPerSecond} | ${r.idleCpuPercent} % / ${r.loadAverage1m} |`,
);
const realistic = corpora.find((c) => c.corpus === 'realistic');
const loads = rows.map((r) => r.idleCpuPercent);
await writeFile(
  path.join(OUT, `search-${date}.md`),
  [
    `# Search benchmark ${date} (${machine.node}, ${machine.platform}, ${machine.cpus} CPUs)`,
    '',
    '| corpus | documents | stream | matches p50 / p90 | raw p50 / p95 | FTS5 p95 | HTTP c=1 p50 / p95 | HTTP ÷ raw at p95 | HTTP c=16 searches/s | 2 processes c=16 searches/s | CPU ms per search | cache hits | MiniSearch p95 | SQL LIKE p95 | server RSS MB | startup ms | index build docs/s | machine idle / load 1m |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...table,
    '',
    `Latencies in ms; searches at ${AS_OF.slice(0, 10)} as an agent (published and retired versions in force then), a page of 10 and the total.`,
    '',
    '**Corpora.** `realistic` grows the seeded corpus: each generated document remixes one seeded document of its kind — its clauses in order, clauses and runs of 2–6 words from other documents of the kind, now and then a single word drawn by its frequency — so words keep the share of documents holding them and the company they keep' +
      (realistic ? ` (seed → generated: ${realistic.documentFrequency.map((d) => `${d.word} ${Math.round(d.seed * 100)}→${Math.round(d.generated * 100)} %`).join(', ')})` : '') +
      '. Kinds, title and body lengths, headings, keywords (a flow\'s touchpoint codes) and scope follow the seeded documents\'; documents have versions — superseded, retired, drafts and reviews (never shown to an agent), some scheduled after the search instant' +
      (realistic ? ` (at ${realistic.documents.toLocaleString()} entries: ${Object.entries(realistic.profile.phases).map(([p, s]) => `${p.toLowerCase().replace('_', ' ')} ${round(s * 100, 1)} %`).join(', ')})` : '') +
      '. `uniform` is the earlier generator, for comparison (the `zipf` stream only): words drawn one by one by their frequency, every entry in force. The seeded corpus (115 entries) is in every database too.',
    '',
    `**Streams.** A pool of ${pool.length} queries: the judgement set's ${judgementQueries.length} agent queries and the lexicon's customer phrases. \`zipf\`: ${ZIPF_QUERIES} queries drawn with popularity 1/rank (${streamInfo.zipf!.distinct} distinct; the 10 commonest are ${Math.round(streamInfo.zipf!.top10Share * 100)} % of the stream), as in a busy hour; over HTTP it goes on with further draws from the same law (new queries keep coming), from the 1-connection run into the 16-connection one, against a result cache that starts empty. \`no-repeat\`: the pool shuffled, each query at most once in the row (the 1-connection run takes at most half of it, the 16-connection run the rest; a run ends when its share is sent or after ${HTTP_SECONDS} s).`,
    '',
    `**How.** Raw: the runtime's engine in process (\`runtime.search.engine\`, after \`warm()\`), the query read by \`understand()\` as the server reads it; up to ${RAW_QUERIES} queries of the stream (FTS5: ${FTS_QUERIES}; MiniSearch with the same tokenizer: ${MINISEARCH_QUERIES}, not built above ${MINISEARCH_MAX_DOCUMENTS.toLocaleString()} documents; SQL LIKE: ${LIKE_QUERIES}), each measurement capped at 10–15 s. HTTP: GraphQL through autocannon for up to ${HTTP_SECONDS} s at 1 and at 16 connections, against the server in its own process, started afresh for each row; startup is from the fork to its first search answered; CPU per search is the server process's user+system time over the 16-connection run divided by the searches it served; every answer is checked for errors. All ratios (HTTP ÷ raw, FTS5, MiniSearch, LIKE) are measured in the same run on the same machine.`,
    '',
    `**Machine.** Shared and noisy: before each row's HTTP runs its idle share was ${Math.min(...loads)}–${Math.max(...loads)} % (load average ${Math.min(...rows.map((r) => r.loadAverage1m))}–${Math.max(...rows.map((r) => r.loadAverage1m))} on ${machine.cpus} CPUs); compare rows of one run rather than runs.`,
    '',
    `Suggestions on the seeded corpus (${suggestions.prefixes} prefixes of agents' queries and of titles' pinyin): p50 ${suggestions.p50} ms, p95 ${suggestions.p95} ms (target p95 < 5 ms).`,
    '',
  ].join('\n'),
);
console.log(`\nwrote ${path.relative(process.cwd(), path.join(OUT, `search-${date}.json`))} and .md`);
