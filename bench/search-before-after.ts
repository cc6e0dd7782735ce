import 'reflect-metadata';
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { readJudgements } from '../src/modules/search/evaluation.js';
import { projectRoot } from '../src/shared/project-root.js';
import { generateEntries, generateQueries, percentile, round, vocabularyOf } from './corpus.js';

// npm run bench:before-after -- --before <a built checkout, e.g. a git worktree of main> [--size 100000]
//
// The same corpus and the same query stream against two servers — one running the code of
// --before, one this checkout's — with requests alternating between them, so the machine's noise
// (these machines are shared) falls on both alike. Each side builds its database with its own
// migrations and index writer. Reports each side's latency over HTTP and CPU per search, and the
// ratios, in bench/results/.
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const before = option('--before');
if (!before) throw new Error('--before: the path of a built checkout (its dist/) is required');
const size = Number(option('--size') ?? 100_000);
if (!Number.isInteger(size) || size < 1) throw new Error('--size: a whole number of documents');
const QUERIES = 400;
const ROUNDS = 3;
const AS_OF = '2026-06-01T00:00:00.000Z';
const QUERY = `query($q: String!) { search(query: $q, asOf: "${AS_OF}", first: 10) { totalCount edges { node { title snippet score } } } }`;

interface Side {
  name: string;
  dist: string;
}

/** A checkout's own modules, from its dist/. */
async function modulesOf(dist: string) {
  const load = (file: string) => import(pathToFileURL(path.join(dist, file)).href);
  const [runtime, loader, entity, index, auth, actor, clock, logger] = await Promise.all([
    load('src/runtime.js'),
    load('seeds/loader.js'),
    load('src/modules/search/search.entity.js'),
    load('src/modules/search/search-index.js'),
    load('src/modules/auth/auth.service.js'),
    load('src/shared/actor.js'),
    load('src/shared/clock.js'),
    load('src/shared/logger.js'),
  ]);
  return { ...runtime, ...loader, ...entity, ...index, ...auth, ...actor, ...clock, ...logger };
}

/** The seeded database plus `entries`, built by the side's own code; returns its URL. */
async function buildDatabase(side: Side, entries: ReturnType<typeof generateEntries>, dir: string): Promise<string> {
  const m = await modulesOf(side.dist);
  const databaseUrl = `sqlite:${path.join(dir, `${side.name}.sqlite`)}`;
  const runtime = await m.openRuntime({ databaseUrl, clock: m.systemClock, logger: m.silentLogger() });
  await m.seedDatabase(runtime.db, { demoUsers: false, clock: m.systemClock });
  const started = performance.now();
  for (let i = 0; i < entries.length; i += 1000) {
    await runtime.db.write(async ({ em }: { em: { insert: (...a: unknown[]) => Promise<{ identifiers: { id: number }[] }> } }) => {
      for (const entry of entries.slice(i, i + 1000)) {
        const inserted = await em.insert(m.SearchEntryRow, entry);
        await m.writeEmbeddedIndex(em, Number(inserted.identifiers[0]!.id), entry);
      }
    });
  }
  console.log(`  ${side.name}: ${entries.length.toLocaleString()} documents indexed in ${round((performance.now() - started) / 1000)} s`);
  const system = m.systemActor(m.systemClock);
  const agent = await m.createUser(runtime.db, system, { name: 'bench-agent', role: 'AGENT' });
  await m.issueToken(runtime.db, system, { userId: agent.id, label: 'bench', token: 'bench-agent' });
  await runtime.close();
  return databaseUrl;
}

async function startServer(side: Side, databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(path.join(side.dist, 'bench', 'search-server.js'), [databaseUrl]);
  const [message] = (await once(child, 'message')) as [{ url: string }];
  return { url: message.url, child };
}

/** CPU the process has used so far, in ms (user + system, from /proc). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks of 1/100 s
}

async function searchOnce(url: string, q: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer bench-agent' }, body: JSON.stringify({ query: QUERY, variables: { q } }) });
  const body = (await res.json()) as { errors?: unknown[] };
  if (!res.ok || body.errors) throw new Error(`search "${q}" failed: ${JSON.stringify(body.errors ?? res.status)}`);
  return performance.now() - start;
}

/** The commit a checkout is at, to say what was compared. */
const commitOf = (checkout: string) => {
  try {
    return execFileSync('git', ['-C', checkout, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50), 3), p95: round(percentile(sorted, 95), 3), p99: round(percentile(sorted, 99), 3) };
};

const sides: Side[] = [
  { name: 'before', dist: path.resolve(before, 'dist') },
  { name: 'after', dist: path.join(projectRoot(), 'dist') },
];
const dir = await mkdtemp(path.join(tmpdir(), 'hotline-kb-before-after-'));
const realistic = readJudgements().map((j) => j.query);
// the vocabulary comes from the seed documents, as bench/search.ts draws it
const { openRuntime, seedDatabase, SearchEntryRow, systemClock, silentLogger } = await modulesOf(sides[1]!.dist);
const seeded = await openRuntime({ databaseUrl: `sqlite:${path.join(dir, 'vocabulary.sqlite')}`, clock: systemClock, logger: silentLogger() });
await seedDatabase(seeded.db, { demoUsers: false, clock: systemClock });
const vocabulary = vocabularyOf((await seeded.db.dataSource.getRepository(SearchEntryRow).find()).flatMap((e: { title: string; body: string }) => [e.title, e.body]));
await seeded.close();
const entries = generateEntries(size, vocabulary);
const queries = generateQueries(QUERIES, vocabulary, realistic);
console.log(`${size.toLocaleString()} documents, ${QUERIES} queries × ${ROUNDS} rounds, alternating between the two servers`);

const servers = [];
for (const side of sides) servers.push({ side, ...(await startServer(side, await buildDatabase(side, entries, dir))) });
// every query once on each: checks the answers and warms both up alike
for (const q of queries) for (const s of servers) await searchOnce(s.url, q);

const times = servers.map(() => [] as number[]);
const cpuStart = servers.map((s) => cpuMs(s.child.pid!));
for (let r = 0; r < ROUNDS; r++) {
  for (const [i, q] of queries.entries()) {
    // who goes first alternates, so neither side always meets a cold or a busy moment
    const order = (i + r) % 2 === 0 ? [0, 1] : [1, 0];
    for (const s of order) times[s]!.push(await searchOnce(servers[s]!.url, q));
  }
}
const cpuPerSearch = servers.map((s, i) => round((cpuMs(s.child.pid!) - cpuStart[i]!) / (QUERIES * ROUNDS), 3));
for (const s of servers) {
  s.child.send('stop');
  await once(s.child, 'exit');
}
await rm(dir, { recursive: true, force: true });

const [b, a] = times.map(summary) as [ReturnType<typeof summary>, ReturnType<typeof summary>];
const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: { node: process.version, platform: `${process.platform}-${process.arch}` },
  beforeCommit: commitOf(before),
  afterCommit: commitOf(projectRoot()),
  documents: size,
  searches: QUERIES * ROUNDS,
  before: { ...b, cpuMsPerSearch: cpuPerSearch[0] },
  after: { ...a, cpuMsPerSearch: cpuPerSearch[1] },
  ratio: { p50: round(a.p50 / b.p50), p95: round(a.p95 / b.p95), p99: round(a.p99 / b.p99), cpu: round(cpuPerSearch[1]! / cpuPerSearch[0]!) },
};
console.log(JSON.stringify(result, null, 2));
const out = path.join(projectRoot(), 'bench', 'results');
await mkdir(out, { recursive: true });
await writeFile(path.join(out, `search-before-after-${result.date}.json`), JSON.stringify(result, null, 2) + '\n');
