import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditEntryRow } from '../../src/modules/audit/audit-entry.entity.js';
import { verifyAuditChain } from '../../src/modules/audit/audit.service.js';
import { DocumentRow } from '../../src/modules/versioning/document.entity.js';
import { VersionRow } from '../../src/modules/versioning/version.entity.js';
import { publishVersion, submitVersion } from '../../src/modules/versioning/versioning.service.js';
import type { DomainEvent } from '../../src/shared/events.js';
import { draftChapter } from '../support/chapters.js';
import { startTestRuntime, type TestRuntime } from '../support/harness.js';

// Versioning announces what it stores; whoever listens (search today, webhooks and the knowledge
// process next) does its part in the same transaction.

let app: TestRuntime;
beforeEach(async () => {
  app = await startTestRuntime();
});
afterEach(() => app.close());

describe('domain events', () => {
  it('announce each change in the transaction that makes it, with the audit entry’s actor and instant', async () => {
    const heard: DomainEvent[] = [];
    const seenInside: boolean[] = [];
    const seenOutside: boolean[] = [];
    for (const type of ['DocumentCreated', 'VersionStored', 'VersionSubmitted', 'VersionPublished'] as const) {
      app.db.events.on(type, async (event, tx) => {
        heard.push(event);
        if (event.type !== 'VersionStored') return;
        seenInside.push(await tx.em.existsBy(VersionRow, { id: event.version.id, revision: event.version.revision }));
        seenOutside.push(await app.db.dataSource.getRepository(VersionRow).existsBy({ id: event.version.id, revision: event.version.revision }));
      });
    }
    const draft = await draftChapter(app.db, app.actor('manager'));
    const submitted = await submitVersion(app.db, app.actor('manager'), { versionId: draft.id, expectedRevision: draft.revision });
    app.clock.set('2026-01-02T00:00:00Z');
    await publishVersion(app.db, app.actor('approver'), { versionId: submitted.id });

    expect(heard.map((e) => (e.type === 'VersionStored' ? `${e.type}:${e.action}` : e.type))).toEqual([
      'DocumentCreated',
      'VersionStored:VERSION_CREATED',
      'VersionStored:VERSION_SUBMITTED',
      'VersionSubmitted',
      'VersionStored:VERSION_PUBLISHED',
      'VersionPublished',
    ]);
    expect(seenInside).toEqual([true, true, true]); // the listener works in the writing transaction…
    expect(seenOutside).toEqual([false, false, false]); // …which nobody else sees yet

    const entries = await app.db.dataSource.getRepository(AuditEntryRow).find({ where: { documentId: draft.documentId }, order: { seq: 'ASC' } });
    expect(entries.map((e) => e.action)).toEqual(['DOCUMENT_CREATED', 'VERSION_CREATED', 'VERSION_SUBMITTED', 'VERSION_PUBLISHED']);
    const publishedEntry = entries.at(-1)!;
    const published = heard.filter((e) => e.type === 'VersionPublished');
    expect(published).toMatchObject([{ at: publishedEntry.at, actorId: app.users.approver.id, version: { id: draft.id, status: 'PUBLISHED' } }]);
  });

  it('fail the write when a listener fails: nothing of it remains, and the audit chain is whole', async () => {
    const before = await app.db.dataSource.getRepository(AuditEntryRow).count();
    app.db.events.on('VersionStored', () => {
      throw new Error('the index is unavailable');
    });
    await expect(draftChapter(app.db, app.actor('manager'))).rejects.toThrow('the index is unavailable');
    expect(await app.db.dataSource.getRepository(DocumentRow).count()).toBe(0);
    expect(await app.db.dataSource.getRepository(AuditEntryRow).count()).toBe(before);
    expect(await verifyAuditChain(app.db)).toMatchObject({ ok: true });
  });
});
