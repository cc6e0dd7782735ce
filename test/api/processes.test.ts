import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPostgres } from '../support/harness.js';
import { postAs, runCommand, startProcess, stopProcess, type ServerProcess } from '../support/processes.js';

// Several processes on one SQLite file: two servers and the commands an operator runs beside them.
// A write that meets another process's lock waits and is tried again; it never fails as INTERNAL_SERVER_ERROR.

let dir: string;
let env: Record<string, string>;
const servers: ServerProcess[] = [];
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hotline-kb-processes-'));
  env = { DATABASE_URL: `sqlite:${path.join(dir, 'kb.sqlite')}` };
  servers.push(await startProcess(['node', 'dist/src/main.js'], env));
  servers.push(await startProcess(['node', 'dist/src/main.js'], env));
}, 120_000);
afterAll(async () => {
  for (const server of servers) stopProcess(server.child);
  await Promise.all(servers.map((s) => s.exited));
  await rm(dir, { recursive: true, force: true });
});

const CREATE = `mutation($input: CreateChapterInput!) { createChapter(input: $input) { version { id revision } } }`;
const UPDATE = `mutation($input: UpdateChapterDraftInput!) { updateChapterDraft(input: $input) { version { revision } } }`;

describe.skipIf(onPostgres)('two servers and a command on one SQLite file', () => {
  it('concurrent edits through both servers, with a reindex and a seed running, end only in successes and CONFLICTs', { timeout: 180_000 }, async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const drafts: string[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await postAs(i % 2 ? b.url : a.url, 'demo-manager', CREATE, { input: { number: 60 + i, title: `并发${i}`, sections: [{ heading: '一', body: '正文' }], changeNote: '起草' } });
      expect(res.body.errors).toBeUndefined();
      drafts.push(res.body.data.createChapter.version.id);
    }
    const commands = Promise.all([runCommand(['node', 'dist/src/cli/search-reindex.js'], env), runCommand(['node', 'dist/src/cli/seed.js'], env)]);
    // each draft gets 24 edits from revision 1, half through each server: one lands, the rest are stale
    const edits = Array.from({ length: 192 }, (_, i) =>
      postAs(i % 2 ? b.url : a.url, 'demo-manager', UPDATE, { input: { versionId: drafts[i % 8], expectedRevision: 1, title: `第${i}稿` } }).then((r) => r.body.errors?.[0]?.extensions.code ?? 'ok'),
    );
    const codes = await Promise.all(edits);
    const counts = codes.reduce<Record<string, number>>((c, code) => ({ ...c, [code]: (c[code] ?? 0) + 1 }), {});
    expect(counts).toEqual({ ok: 8, CONFLICT: 184 });
    for (const { code, output } of await commands) expect(code, output).toBe(0);
    const verified = await runCommand(['node', 'dist/src/cli/audit-verify.js'], env);
    expect(verified.code, verified.output).toBe(0);
    // a second round, the commands again beside it: every draft moves on from revision 2
    const again = Promise.all([runCommand(['node', 'dist/src/cli/search-reindex.js'], env), runCommand(['node', 'dist/src/cli/seed.js'], env)]);
    const second = await Promise.all(
      Array.from({ length: 64 }, (_, i) =>
        postAs(i % 2 ? a.url : b.url, 'demo-manager', UPDATE, { input: { versionId: drafts[i % 8], expectedRevision: 2, title: `第二轮${i}` } }).then((r) => r.body.errors?.[0]?.extensions.code ?? 'ok'),
      ),
    );
    expect(second.filter((c) => c === 'ok')).toHaveLength(8);
    expect(second.filter((c) => c !== 'ok' && c !== 'CONFLICT')).toEqual([]);
    for (const { code, output } of await again) expect(code, output).toBe(0);
  });
});
