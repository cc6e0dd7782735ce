import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRoutes } from '../../src/http/console.js';

// The console's routes over real HTTP, on a built console of two files (no browser needed).
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'console-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>hotline-kb</title>');
  await writeFile(path.join(dir, 'assets', 'app-1a2b.js'), 'export {};');
  const app = express();
  app.use(...consoleRoutes(dir));
  app.use((_req, res) => res.status(404).type('text/plain').send('not here'));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true });
});

const get = (p: string, accept = 'text/html') => fetch(`${base}${p}`, { headers: { accept } });

describe('the console’s routes', () => {
  it('serve the page for client routes, with its security policy', async () => {
    for (const route of ['/', '/manage/versions/5f0c7a52-3d36-4a4b-9a43-0c1f4f5d0b7e', '/manage/reports']) {
      const res = await get(route);
      expect(res.status, route).toBe(200);
      expect(await res.text()).toContain('<title>hotline-kb</title>');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
  });

  it('serve bundled files, kept for good since their names change with their content', async () => {
    const res = await get('/assets/app-1a2b.js', '*/*');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('answer 404 for a file that is not there, even to a client that accepts anything', async () => {
    for (const missing of ['/nothing-here.js', '/assets/app-0000.js', '/favicon.ico', '/manage/old.css']) {
      expect((await get(missing, '*/*')).status, missing).toBe(404);
    }
  });

  it('leave the API’s paths to the API, and answer other methods no page', async () => {
    expect((await get('/graphql/extra')).status).toBe(404);
    expect((await get('/reports/unknown')).status).toBe(404);
    expect((await fetch(`${base}/manage`, { method: 'POST' })).status).toBe(404);
  });
});
