import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRow } from '../../src/modules/auth/user.entity.js';
import { SearchEntryRow } from '../../src/modules/search/search.entity.js';
import { writeEmbeddedIndex } from '../../src/modules/search/search-index.js';
import { onPostgres, startTestApp, T0, type TestApp } from '../support/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/**
 * Runs `change` in a transaction and holds it open until `whileOpen` has finished, then rolls it
 * back: what `whileOpen` reads is what another request would see in the middle of someone's write.
 */
async function duringUncommittedWrite(change: Parameters<TestApp['db']['write']>[0], whileOpen: () => Promise<void>) {
  let reached!: () => void;
  const open = new Promise<void>((resolve) => (reached = resolve));
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const write = app.db.write(async (em) => {
    await change(em);
    reached();
    await done;
    throw new Error('rolled back on purpose');
  });
  await open;
  try {
    await whileOpen();
  } finally {
    finish();
    await expect(write).rejects.toThrow('rolled back on purpose');
  }
}

describe('reads see committed data only', () => {
  it('a request does not see a user another transaction has inserted but not committed', async () => {
    const names = async () => (await app.ok<{ users: { totalCount: number; edges: { node: { name: string } }[] } }>('admin', '{ users(first: 50) { totalCount edges { node { name } } } }')).users;
    const before = await names();
    await duringUncommittedWrite(
      ({ em }) => em.insert(UserRow, { id: randomUUID(), name: 'uncommitted-user', role: 'AGENT', createdAt: T0 }),
      async () => expect(await names()).toEqual(before),
    );
    expect(await names()).toEqual(before);
  });

  it.skipIf(onPostgres)('search does not find a version indexed in a transaction that is still open', async () => {
    const entry = {
      versionId: randomUUID(),
      documentId: randomUUID(),
      kind: 'SCRIPT' as const,
      code: 'UNCOMMITTED-1',
      status: 'PUBLISHED' as const,
      effectiveFrom: '2025-01-01T00:00:00.000Z',
      effectiveTo: null,
      title: '未提交的话术',
      body: '这条话术所在的事务最终回滚',
      headings: '',
      keywords: 'UNCOMMITTED-1',
      channels: '  ',
      brands: '  ',
      businessCodes: '  ',
      flowClass: null,
    };
    const found = async () => (await app.ok<{ search: { totalCount: number } }>('agent', '{ search(query: "回滚") { totalCount } }')).search.totalCount;
    await duringUncommittedWrite(
      async ({ em }) => {
        const inserted = await em.insert(SearchEntryRow, entry);
        await writeEmbeddedIndex(em, Number(inserted.identifiers[0]!.id), entry);
      },
      async () => expect(await found()).toBe(0),
    );
    expect(await found()).toBe(0);
  });
});

describe('afterCommit', () => {
  const userCount = () => app.db.dataSource.getRepository(UserRow).count();

  it('runs once the transaction has committed, when reads see the change', async () => {
    const before = await userCount();
    const seen: number[] = [];
    await app.db.write(async (tx) => {
      await tx.em.insert(UserRow, { id: randomUUID(), name: 'committed-user', role: 'AGENT', createdAt: T0 });
      tx.afterCommit(() => void userCount().then((n) => seen.push(n)));
      expect(seen).toEqual([]);
    });
    await expect.poll(() => seen).toEqual([before + 1]);
  });

  it('never runs when the transaction rolls back', async () => {
    let ran = false;
    const write = app.db.write(async (tx) => {
      tx.afterCommit(() => (ran = true));
      throw new Error('rolled back on purpose');
    });
    await expect(write).rejects.toThrow('rolled back on purpose');
    expect(ran).toBe(false);
  });
});
