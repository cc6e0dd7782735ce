import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeMeilisearch } from '../support/fake-meilisearch.js';
import { startServer } from '../../src/app.js';
import { startTestApp } from '../support/harness.js';

/** Start the real server as a user would, on a fresh database file, and wait for its address (from each of `servers` processes). */
function start(command: string[], env: Record<string, string>, servers = 1): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(command[0]!, command.slice(1), { env: { ...process.env, PORT: '0', ...env }, detached: true });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const urls = [...output.matchAll(/ready at (http:\/\/\S+\/graphql)/g)].map((m) => m[1]!);
      if (urls.length >= servers) resolve({ child, url: urls[0]!, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

const stop = (child: ChildProcess) => {
  child.removeAllListeners('exit');
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
};

const post = async (url: string, query: string, token?: string) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { extensions: { code: string } }[] } };
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hotline-kb-start-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm start', () => {
  it('on a fresh database migrates, seeds, serves /healthz and answers a handbook query over HTTP', { timeout: 120_000 }, async () => {
    const server = await start(['npm', 'start'], { DATABASE_URL: `sqlite:${path.join(dir, 'fresh', 'kb.sqlite')}` });
    try {
      expect(server.output()).toContain('seeded the empty database: 4 handbook chapters, 20 flows, 50 scripts, 20 standards, 4 demo users');
      const health = await fetch(server.url.replace('/graphql', '/healthz'));
      expect(health.status).toBe(200);

      const { body } = await post(server.url, '{ handbook { chapters { number title inForce { sections { heading } } } } }', 'demo-agent');
      expect(body.data.handbook.chapters.map((c: { number: number }) => c.number)).toEqual([1, 2, 3, 4]);
      expect(body.data.handbook.chapters[0].inForce.sections.length).toBeGreaterThan(2);

      const anonymous = await post(server.url, '{ me { name } handbook { asOf } }');
      expect(anonymous.body.data).toBeNull();
      expect(anonymous.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect((await post(server.url, '{ me { name } }')).body.data).toEqual({ me: null });
    } finally {
      stop(server.child);
    }
  });

  it('in production seeds the handbook but no demo users, and turns introspection off', async () => {
    const server = await start(['node', 'dist/src/main.js'], {
      DATABASE_URL: `sqlite:${path.join(dir, 'prod.sqlite')}`,
      NODE_ENV: 'production',
      BOOTSTRAP_ADMIN_TOKEN: 'first-admin-token-123',
    });
    try {
      expect(server.output()).toContain('4 handbook chapters, 20 flows, 50 scripts, 20 standards, 0 demo users');
      expect((await post(server.url, '{ me { name } }', 'demo-agent')).status).toBe(401);
      const admin = await post(server.url, '{ me { role } }', 'first-admin-token-123');
      expect(admin.body.data).toEqual({ me: { role: 'ADMIN' } });
      const introspection = await post(server.url, '{ __schema { types { name } } }', 'first-admin-token-123');
      expect(introspection.body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      stop(server.child);
    }
  });

  it('with MEILI_HOST set, sends what it seeded to Meilisearch, settings first', { timeout: 60_000 }, async () => {
    const meili = await startFakeMeilisearch();
    const server = await start(['node', 'dist/src/main.js'], { DATABASE_URL: `sqlite:${path.join(dir, 'meili.sqlite')}`, MEILI_HOST: meili.url, MEILI_INDEX: 'kb' });
    try {
      const status = async () => (await post(server.url, '{ searchEngineStatus { engine documents pendingChanges lastError } }', 'demo-manager')).body.data.searchEngineStatus;
      await vi.waitFor(async () => expect((await status()).pendingChanges).toBe(0), { timeout: 30_000, interval: 200 });
      const versions = meili.documents.get('kb')!.size;
      expect(versions).toBeGreaterThanOrEqual(94); // every seeded document, some with more than one version
      expect(await status()).toEqual({ engine: 'meilisearch', documents: versions, pendingChanges: 0, lastError: null });
      expect(meili.requests.indexOf('PATCH /indexes/kb/settings')).toBeLessThan(meili.requests.indexOf('POST /indexes/kb/documents'));
    } finally {
      stop(server.child);
      await meili.close();
    }
  });
});

describe('WORKERS=2', () => {
  it('runs two servers on one port and one database file: each sees what the other wrote, one runs the background work', { timeout: 120_000 }, async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const server = await start(['node', 'dist/src/main.js'], { DATABASE_URL: `sqlite:${path.join(dir, 'workers.sqlite')}`, WORKERS: '2', PORT: String(port) }, 2);
    const count = (text: string) => server.output().split(text).length - 1;
    /** asked `times` in a row, so both processes answer (the primary hands connections round-robin) */
    const everyTime = async (times: number, ask: () => Promise<boolean>) => {
      for (let i = 0; i < times; i++) if (!(await ask())) return false;
      return true;
    };
    try {
      expect(server.output()).toContain('starting 2 server processes');
      expect(new Set([...server.output().matchAll(/"pid":(\d+)[^\n]*ready at/g)].map((m) => m[1])).size).toBe(2);
      await vi.waitFor(() => expect(count('this process runs the background work')).toBe(1), { timeout: 20_000, interval: 100 });

      const created = await post(server.url, 'mutation { createScript(input: { code: "two-workers", title: "双进程话术", scenario: GREETING, text: "双进程话术正文。", changeNote: "新增" }) { version { id revision } } }', 'demo-manager');
      const { id, revision } = created.body.data.createScript.version;
      await post(server.url, `mutation { submitVersion(input: { versionId: "${id}", expectedRevision: ${revision} }) { version { id } } }`, 'demo-manager');
      expect((await post(server.url, `mutation { publishVersion(input: { versionId: "${id}" }) { version { status } } }`, 'demo-approver')).body.data.publishVersion.version.status).toBe('PUBLISHED');
      const found = async () => JSON.stringify((await post(server.url, '{ search(query: "双进程话术") { edges { node { code } } } }', 'demo-agent')).body).includes('two-workers');
      await vi.waitFor(async () => expect(await everyTime(6, found)).toBe(true), { timeout: 5000, interval: 100 });

      const issued = await post(server.url, `mutation { issueToken(input: { userId: "${(await post(server.url, '{ me { id } }', 'demo-agent')).body.data.me.id}", label: "two" }) { token apiToken { id } } }`, 'demo-admin');
      const { token, apiToken } = issued.body.data.issueToken;
      expect(await everyTime(6, async () => (await post(server.url, '{ me { name } }', token)).status === 200)).toBe(true);
      await post(server.url, `mutation { revokeToken(input: { tokenId: "${apiToken.id}" }) { apiToken { id } } }`, 'demo-admin');
      await vi.waitFor(async () => expect(await everyTime(6, async () => (await post(server.url, '{ me { name } }', token)).status === 401)).toBe(true), { timeout: 5000, interval: 100 });
    } finally {
      stop(server.child);
    }
  });
});

describe('a port already taken', () => {
  it('is refused naming PORT, not a stack trace about an address', async () => {
    const app = await startTestApp();
    try {
      const port = Number(new URL(app.url).port);
      await expect(startServer(app.runtime, { port, production: true })).rejects.toThrow(/^PORT: cannot listen on \d+: .*EADDRINUSE/);
    } finally {
      await app.close();
    }
  });
});
