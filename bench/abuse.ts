import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

// npm run bench:abuse [-- --seconds 20 --attackers 6]: what the worst queries found so far do to
// everyone else. The server runs in its own process on a freshly seeded database; a probe asks
// /healthz and `{ me { name } }` one after the other, first alone for `seconds` (the baseline), then
// for as long again while `attackers` clients fire the worst queries in a loop — allowed ones near
// the cost limit and refused ones (aliases past the limit, a fragment cycle). Both phases run in
// this one run, so the ratio holds on a shared machine. Writes bench/results/abuse-<date>.json and .md.
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '20' }, attackers: { type: 'string', default: '6' } } });
const SECONDS = Number(values.seconds);
const ATTACKERS = Number(values.attackers);

const aliased = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const MAP_DEEP = 'touchpointMap { rows { cells { entries { touchpoint { code flow { code inForce { title touchpoints { code flow { code } } } } } } } } }';
const WORST: [string, string][] = [
  ['whole map with flows', aliased(1, 'touchpointMap { rows { business { code name category } cells { channel { code name } entries { brand { code name } touchpoint { code channelName brandName flow { code title } } } } } }')],
  ['handbook ×8', aliased(8, 'handbook { chapters { inForce { title ... on ChapterVersion { sections { heading body } } } } }')],
  ['map ×500 (refused)', aliased(500, MAP_DEEP)],
  ['deep map (refused)', `{ ${MAP_DEEP} }`],
  ['fragment cycle (refused)', 'query Q { ...A } fragment A on Query { ...A }'],
];

async function startServer(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn('node', ['dist/src/main.js'], { env: { ...process.env, PORT: '0', DATABASE_URL: databaseUrl, RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /ready at (http:\/\/\S+\/graphql)/.exec(output)?.[1];
      if (url) {
        // what it logs from here on (a line per request) is read and dropped
        child.stdout!.off('data', read).resume();
        child.stderr!.off('data', read).resume();
        resolve({ url, child });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const stats = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return { count: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? 0) };
};

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'hotline-kb-abuse-'));
  const { url, child } = await startServer(`sqlite:${path.join(dir, 'kb.sqlite')}`);
  const post = async (query: string) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer demo-agent' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { data?: { me?: { name: string } }; errors?: { extensions?: { code?: string; limit?: string } }[] };
    return { status: res.status, body };
  };

  /** Probe for `seconds`: each round a health check, then a small query; latencies and failures. */
  async function probe() {
    const health: number[] = [];
    const small: number[] = [];
    let failures = 0;
    const until = performance.now() + SECONDS * 1000;
    while (performance.now() < until) {
      let t = performance.now();
      const ready = await fetch(url.replace('/graphql', '/healthz'));
      await ready.text();
      health.push(performance.now() - t);
      t = performance.now();
      const me = await post('{ me { name } }');
      small.push(performance.now() - t);
      if (ready.status !== 200 || me.body.data?.me?.name !== 'demo-agent') failures++;
    }
    return { health: stats(health), small: stats(small), failures };
  }

  try {
    const baseline = await probe();
    let stop = false;
    const outcomes = new Map<string, Record<string, number>>(WORST.map(([name]) => [name, {}]));
    const attackers = Array.from({ length: ATTACKERS }, async (_, i) => {
      const [name, query] = WORST[i % WORST.length]!;
      while (!stop) {
        const res = await post(query);
        const outcome = res.body.errors?.[0]?.extensions?.limit ?? res.body.errors?.[0]?.extensions?.code ?? 'ok';
        const counts = outcomes.get(name)!;
        counts[`${res.status} ${outcome}`] = (counts[`${res.status} ${outcome}`] ?? 0) + 1;
      }
    });
    const underAttack = await probe();
    stop = true;
    await Promise.all(attackers);

    const result = {
      date: new Date().toISOString(),
      seconds: SECONDS,
      attackers: ATTACKERS,
      baseline,
      underAttack,
      ratioP95: { health: round(underAttack.health.p95 / Math.max(baseline.health.p95, 0.1)), small: round(underAttack.small.p95 / Math.max(baseline.small.p95, 0.1)) },
      attacks: Object.fromEntries(outcomes),
    };
    const day = result.date.slice(0, 10);
    await mkdir('bench/results', { recursive: true });
    await writeFile(`bench/results/abuse-${day}.json`, `${JSON.stringify(result, null, 2)}\n`);
    const row = (label: string, s: ReturnType<typeof stats>) => `| ${label} | ${s.count} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.max} |`;
    await writeFile(
      `bench/results/abuse-${day}.md`,
      [
        `# Everyone else while the worst queries run (${result.date})`,
        '',
        `A probe alone for ${SECONDS} s, then for ${SECONDS} s while ${ATTACKERS} clients fire the worst queries in a loop; the server in its own process on a freshly seeded SQLite database, this machine (2 cores, shared). Failed probes: ${baseline.failures} alone, ${underAttack.failures} under attack. p95 under attack ÷ alone: /healthz ${result.ratioP95.health}×, \`{ me { name } }\` ${result.ratioP95.small}×.`,
        '',
        '| probe | count | p50 ms | p95 ms | p99 ms | max ms |',
        '|---|---|---|---|---|---|',
        row('/healthz alone', baseline.health),
        row('/healthz under attack', underAttack.health),
        row('`{ me { name } }` alone', baseline.small),
        row('`{ me { name } }` under attack', underAttack.small),
        '',
        '| attack | answers (status and limit or code) |',
        '|---|---|',
        ...[...outcomes].map(([name, counts]) => `| ${name} | ${Object.entries(counts).map(([k, n]) => `${k}: ${n}`).join(', ')} |`),
        '',
      ].join('\n'),
    );
    console.log(JSON.stringify(result, null, 2));
    if (underAttack.failures > 0) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
