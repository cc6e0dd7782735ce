import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPostgres } from '../support/harness.js';
import { postAs, runCommand, startProcess, stopProcess } from '../support/processes.js';
import { spawn } from 'node:child_process';

// A first start killed (kill -9) while it seeds, at random moments: the next start, or `npm run seed`,
// completes the corpus, so every database that serves holds all of it.

const SEED = Number(process.env.KILL_SEED ?? Date.now() % 100_000);
let random = SEED;
const next = () => ((random = (random * 16_807) % 2_147_483_647) / 2_147_483_647);
console.log(`seed-crash: kill moments drawn with seed ${SEED} (KILL_SEED=${SEED} repeats them)`);

let dir: string;
let expected: ReturnType<typeof corpus>;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hotline-kb-seed-crash-'));
  // the corpus as a seed that was never interrupted writes it
  const reference = path.join(dir, 'reference.sqlite');
  const seeded = await runCommand(['node', 'dist/src/cli/seed.js'], { DATABASE_URL: `sqlite:${reference}` });
  expect(seeded.code, seeded.output).toBe(0);
  expected = corpus(reference);
  expect(expected.published).toBeGreaterThan(100);
  expect(expected.users).toBe(4);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Start a server on `file` and kill -9 it `ms` after it was spawned. */
async function killedStart(file: string, ms: number) {
  const child = spawn('node', ['dist/src/main.js'], { env: { ...process.env, PORT: '0', DATABASE_URL: `sqlite:${file}`, LOG_LEVEL: 'warn' }, detached: true, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  await sleep(ms);
  stopProcess(child, 'SIGKILL');
  await exited;
}

/**
 * Every version of every seeded document (without the instants a run takes from its clock), and
 * the demo users. The demo exceptions and their cases are written once, after the documents, and
 * are not part of what a stopped seed completes (decision 0021).
 */
function corpus(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const versions = db
      .prepare(`SELECT d.kind, coalesce(d.code, '') AS code, v."versionNumber", v.status, v.title FROM document_versions v JOIN documents d ON d.id = v."documentId" WHERE d.kind IN ('CHAPTER', 'FLOW', 'SCRIPT', 'STANDARD') ORDER BY d.kind, v.title, v."versionNumber", v.status`)
      .all()
      .map((r) => JSON.stringify(r));
    const published = versions.filter((v) => v.includes('"PUBLISHED"')).length;
    const users = (db.prepare(`SELECT count(*) AS n FROM users WHERE name LIKE 'demo-%'`).get() as { n: number }).n;
    return { versions, published, users };
  } finally {
    db.close();
  }
}

describe.skipIf(onPostgres)('a first start killed while it seeds', () => {
  it('is completed by the next start, whenever it was killed', { timeout: 400_000 }, async () => {
    for (let trial = 0; trial < 4; trial++) {
      const file = path.join(dir, `start-${trial}.sqlite`);
      const at = Math.round(800 + next() * 4_000);
      await killedStart(file, at);
      const server = await startProcess(['node', 'dist/src/main.js'], { DATABASE_URL: `sqlite:${file}` });
      try {
        expect((await postAs(server.url, 'demo-agent', '{ me { name } }')).body.data, `killed at ${at} ms`).toEqual({ me: { name: 'demo-agent' } });
        const { handbook } = (await postAs(server.url, 'demo-agent', '{ handbook { chapters { number } } }')).body.data;
        expect(handbook.chapters).toHaveLength(4);
      } finally {
        stopProcess(server.child, 'SIGKILL');
        await server.exited;
      }
      expect(corpus(file), `killed at ${at} ms`).toEqual(expected);
      const verified = await runCommand(['node', 'dist/src/cli/audit-verify.js'], { DATABASE_URL: `sqlite:${file}` });
      expect(verified.code, verified.output).toBe(0);
    }
  });

  it('is completed by npm run seed', { timeout: 200_000 }, async () => {
    for (let trial = 0; trial < 2; trial++) {
      const file = path.join(dir, `seed-${trial}.sqlite`);
      const at = Math.round(1_500 + next() * 2_500);
      await killedStart(file, at);
      const seeded = await runCommand(['node', 'dist/src/cli/seed.js'], { DATABASE_URL: `sqlite:${file}` });
      expect(seeded.code, seeded.output).toBe(0);
      expect(corpus(file), `killed at ${at} ms`).toEqual(expected);
      // and again: nothing left to do
      const again = await runCommand(['node', 'dist/src/cli/seed.js'], { DATABASE_URL: `sqlite:${file}` });
      expect(again.output).toContain('seeded 0 handbook chapters, 0 flows, 0 scripts, 0 standards, 0 demo users');
    }
  });
});
