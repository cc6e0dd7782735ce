import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newChapter, newDraft, publish, submit } from '../support/chapters.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: true });
});
afterAll(() => app.close());

const NESTED = `{
  handbook {
    chapters {
      number title
      document { retiredAt }
      inForce { versionNumber author { name } approvedBy { name } ... on ChapterVersion { sections { number heading body } } }
      versions(first: 10) {
        totalCount
        edges { node { versionNumber phase author { name } approvedBy { name } ... on ChapterVersion { sections { number heading } } } }
      }
    }
  }
}`;

async function statementsFor(query: string) {
  return app.fewestStatements('manager', query);
}

describe('nested handbook query', () => {
  it('uses the same number of SQL statements however many chapters, versions and authors there are', async () => {
    const small = await statementsFor(NESTED);
    expect(small.data.handbook.chapters).toHaveLength(4);

    // Grow the data: 5 more chapters with 3 published versions each, by a second manager too.
    for (let i = 0; i < 5; i++) {
      let v = await publish(app, await submit(app, await newChapter(app)), `2026-0${i + 2}-01T00:00:00Z`);
      for (let k = 0; k < 2; k++) {
        v = await publish(app, await submit(app, await newDraft(app, v.documentId)), `2026-0${i + 2}-1${k + 1}T00:00:00Z`);
      }
    }
    app.clock.set('2026-12-01T00:00:00Z'); // all of them in force, as in the first query
    const large = await statementsFor(NESTED);
    const versions = large.data.handbook.chapters.reduce((n: number, c: { versions: { edges: unknown[] } }) => n + c.versions.edges.length, 0);
    expect(large.data.handbook.chapters.length).toBeGreaterThan(4);
    expect(versions).toBeGreaterThan(20);
    expect(large.statements).toBe(small.statements);
    // chapters, documents, in-force, versions page + counts, newest title, users
    expect(small.statements).toBeLessThanOrEqual(10);
  });
});
