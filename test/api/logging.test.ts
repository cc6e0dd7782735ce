import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/shared/logger.js';
import { startTestApp, type TestApp } from '../support/harness.js';

// One line of JSON per event; every line a request writes names the request; a masked error names
// it to the client, so a report from a user leads to the log line.

const lines: Record<string, any>[] = [];
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: true, logger: createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(JSON.parse(line)) } }) });
});
afterAll(() => app.close());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer token-agent', ...headers }, body: JSON.stringify(body) });

describe('the log', () => {
  it('has one JSON line per request, with its id, which the response header repeats', async () => {
    const res = await post({ query: '{ me { name } }' });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => lines.filter((l) => l.requestId === id)).toHaveLength(1);
    const line = lines.find((l) => l.requestId === id)!;
    expect(line).toMatchObject({ level: 30, msg: 'request completed', req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 }, service: 'hotline-kb' });
    expect(JSON.stringify(line)).not.toContain('token-agent'); // headers, with their bearer tokens, stay out of the log
  });

  it('keeps the id a proxy sent, if it is a plain token, and makes its own otherwise', async () => {
    expect((await post({ query: '{ me { name } }' }, { 'x-request-id': 'lb-7f3a.42' })).headers.get('x-request-id')).toBe('lb-7f3a.42');
    expect((await post({ query: '{ me { name } }' }, { 'x-request-id': 'bad id <script>' + 'x'.repeat(80) })).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('records an unexpected error with its request id, and the client gets that id instead of the details', async () => {
    // a stored chapter version that no longer parses: reading it fails in a way no client can cause
    const [{ id }] = await app.db.writeSource.query(`SELECT v.id FROM document_versions v JOIN chapters c ON c."documentId" = v."documentId" WHERE c.number = 1 AND v.status = 'PUBLISHED'`);
    await app.db.writeSource.query(`UPDATE document_versions SET content = '{not json' WHERE id = '${id}'`);
    const res = await post({ query: `{ documentVersion(id: "${id}") { ... on ChapterVersion { sections { heading } } } }` });
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: res.headers.get('x-request-id') } });
    expect(JSON.stringify(body)).not.toMatch(/JSON|position|SyntaxError/);
    const logged = lines.find((l) => l.requestId === res.headers.get('x-request-id') && l.msg === 'unexpected error');
    expect(logged).toMatchObject({ level: 50, err: { type: 'SyntaxError' } });
  });
});
