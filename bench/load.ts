import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

// npm run bench:load [-- --seconds 60 --connections 32]: the server in its own process on a freshly
// seeded database, driven by `connections` clients for `seconds` with a realistic mix — searches,
// the handbook, flow and script reads, touchpoint look-ups, script renders and flow charts, a few
// exceptions raised from a search and answered, the exception queue, and a few drafts submitted and published — reporting throughput, p50/p95/p99 per kind and errors (which
// must be zero) to bench/results/load-<date>.json and .md. The rate limit is off: one client here
// is many agents.
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, connections: { type: 'string', default: '32' } } });
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);

const SEARCHES = ['宽带', '投诉', '话费余额', '呼叫转移', 'AAA1102', '积分兑换', '停机', '工单', 'hujiaozhuanyi', '宽代报修', '10086', '服务密码', '回访', '套餐变更'];

async function startServer(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn('node', ['dist/src/main.js'], { env: { ...process.env, PORT: '0', DATABASE_URL: databaseUrl, RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /ready at (http:\/\/\S+\/graphql)/.exec(output)?.[1];
      if (url) resolve({ url, child });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'hotline-kb-load-'));
  const { url, child } = await startServer(`sqlite:${path.join(dir, 'kb.sqlite')}`);
  const base = url.replace('/graphql', '');
  const gql = async <T = unknown>(token: string, query: string, variables?: Record<string, unknown>): Promise<T> => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (res.status !== 200 || body.errors?.length) throw new Error(`${res.status} ${JSON.stringify(body.errors).slice(0, 300)}`);
    return body.data as T;
  };
  type Edges<N> = { edges: { node: N }[] };
  try {
    // what the mix reads: flows, scripts with their placeholders, touchpoints
    const flows = (await gql<{ flows: Edges<{ code: string; inForce: { id: string } | null }> }>('demo-agent', '{ flows(first: 100) { edges { node { code inForce { id } } } } }')).flows.edges
      .filter((e) => e.node.inForce)
      .map((e) => e.node.code);
    const scripts = (
      await gql<{ scripts: Edges<{ id: string; inForce: { placeholders: { name: string }[] } | null }> }>(
        'demo-agent',
        '{ scripts(first: 100) { edges { node { id inForce { ... on ScriptVersion { placeholders { name } } } } } } }',
      )
    ).scripts.edges.flatMap((e) => (e.node.inForce ? [{ id: e.node.id, placeholders: e.node.inForce.placeholders.map((p) => p.name) }] : []));
    const map = await gql<{ touchpointMap: { rows: { cells: { entries: { touchpoint: { code: string } }[] }[] }[] } }>('demo-agent', '{ touchpointMap { rows { cells { entries { touchpoint { code } } } } } }');
    const touchpoints = map.touchpointMap.rows.flatMap((r) => r.cells.flatMap((c) => c.entries.map((e) => e.touchpoint.code)));
    const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
    let written = 0;

    /** The mix: [kind, weight, one request (or a short sequence)]. */
    const MIX: [string, number, () => Promise<number>][] = [
      ['search', 40, async () => (await gql('demo-agent', 'query($q: String!) { search(query: $q, first: 10) { totalCount edges { node { kind code title snippet } } } }', { q: pick(SEARCHES) }), 1)],
      ['handbook', 8, async () => (await gql('demo-agent', '{ handbook { chapters { number title inForce { ... on ChapterVersion { sections { heading body } } } } } }'), 1)],
      ['flow', 12, async () => (await gql('demo-agent', 'query($c: String!) { flow(code: $c) { code inForce { title ... on FlowVersion { mermaid graph { nodes { key label } } } } } }', { c: pick(flows) }), 1)],
      ['script', 12, async () => (await gql('demo-agent', 'query($id: ID!) { script(id: $id) { code inForce { title ... on ScriptVersion { text placeholders { name } } } } }', { id: pick(scripts).id }), 1)],
      ['touchpoint', 12, async () => (await gql('demo-agent', 'query($c: String!) { touchpoint(code: $c) { code channelName brandName flow { code inForce { title } } } }', { c: pick(touchpoints) }), 1)],
      [
        'render',
        8,
        async () => {
          const s = pick(scripts);
          await gql('demo-agent', 'query($id: ID!, $v: [PlaceholderValueInput!]!) { renderScript(id: $id, values: $v) { text } }', { id: s.id, v: s.placeholders.map((name) => ({ name, value: '1' })) });
          return 1;
        },
      ],
      [
        'chart',
        4,
        async () => {
          const res = await fetch(`${base}/flows/${pick(flows)}.svg`, { headers: { authorization: 'Bearer demo-agent' } });
          await res.text();
          if (res.status !== 200) throw new Error(`chart: ${res.status}`);
          return 1;
        },
      ],
      [
        'exception',
        2,
        async () => {
          // an agent's search finds nothing, they raise it from the search; a manager answers it
          const n = written++;
          const found = await gql<{ search: { queryId: string } }>('demo-agent', 'query($q: String!) { search(query: $q, first: 5) { queryId } }', { q: `压测未收录问题${process.pid}-${n}` });
          const raised = await gql<{ raiseException: { exception: { id: string } } }>('demo-agent', 'mutation($input: RaiseExceptionInput!) { raiseException(input: $input) { exception { id } } }', {
            input: { queryId: found.search.queryId, question: `压测未收录问题${n}：客户询问的业务在平台上查不到`, touchpointCode: pick(touchpoints) },
          });
          await gql('demo-manager', 'mutation($input: AnswerExceptionInput!) { answerException(input: $input) { exception { id } } }', {
            input: { exceptionId: raised.raiseException.exception.id, answer: '请先按通用受理流程记录诉求，24小时内回复客户。' },
          });
          return 3;
        },
      ],
      ['exception queue', 2, async () => (await gql('demo-manager', '{ exceptions(first: 20) { totalCount edges { node { id question status dueAt } } } }'), 1)],
      [
        'draft and publish',
        1,
        async () => {
          const n = written++;
          const created = await gql<{ createScript: { version: { id: string; revision: number } } }>('demo-manager', 'mutation($input: CreateScriptInput!) { createScript(input: $input) { version { id revision } } }', {
            input: { code: `load-${process.pid}-${n}`, title: `压测话术${n}`, scenario: 'GREETING', text: `您好，压测话术第${n}号。`, changeNote: '压测' },
          });
          const v = created.createScript.version;
          await gql('demo-manager', 'mutation($input: SubmitVersionInput!) { submitVersion(input: $input) { version { id } } }', { input: { versionId: v.id, expectedRevision: v.revision } });
          await gql('demo-approver', 'mutation($input: PublishVersionInput!) { publishVersion(input: $input) { version { status } } }', { input: { versionId: v.id } });
          return 3;
        },
      ],
    ];
    const total = MIX.reduce((n, [, w]) => n + w, 0);
    const choose = () => {
      let r = Math.random() * total;
      for (const entry of MIX) if ((r -= entry[1]) < 0) return entry;
      return MIX[0]!;
    };

    const times = new Map<string, number[]>(MIX.map(([kind]) => [kind, []]));
    const errors: string[] = [];
    let requests = 0;
    const started = performance.now();
    const until = started + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < until) {
          const [kind, , run] = choose();
          const t = performance.now();
          try {
            const sent = await run();
            requests += sent;
            times.get(kind)!.push(performance.now() - t);
          } catch (error) {
            errors.push(`${kind}: ${(error as Error).message}`);
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const all = [...times.values()].flat().sort((a, b) => a - b);
    const stats = (list: number[]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return { count: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)) };
    };
    const result = {
      date: new Date().toISOString(),
      seconds: round(seconds),
      connections: CONNECTIONS,
      requests,
      requestsPerSecond: round(requests / seconds),
      operations: all.length,
      errors: errors.length,
      firstErrors: errors.slice(0, 10),
      latencyMs: stats(all),
      byKind: Object.fromEntries([...times].map(([kind, list]) => [kind, stats(list)])),
    };
    const day = result.date.slice(0, 10);
    await mkdir('bench/results', { recursive: true });
    await writeFile(`bench/results/load-${day}.json`, `${JSON.stringify(result, null, 2)}\n`);
    const rows = Object.entries(result.byKind).map(([kind, s]) => `| ${kind} | ${s.count} | ${s.p50} | ${s.p95} | ${s.p99} |`);
    await writeFile(
      `bench/results/load-${day}.md`,
      [
        `# Load: ${result.seconds} s at ${CONNECTIONS} connections (${result.date})`,
        '',
        `${result.requests} requests, ${result.requestsPerSecond}/s; operations p50 / p95 / p99: ${result.latencyMs.p50} / ${result.latencyMs.p95} / ${result.latencyMs.p99} ms; errors: ${result.errors}.`,
        '',
        'The server in its own process on a freshly seeded SQLite database, this machine (2 cores, shared). An operation is one request, except "draft and publish": create, submit (as a manager) and publish (as an approver), three requests.',
        '',
        '| operation | count | p50 ms | p95 ms | p99 ms |',
        '|---|---|---|---|---|',
        ...rows,
        '',
      ].join('\n'),
    );
    console.log(JSON.stringify(result, null, 2));
    if (errors.length) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
