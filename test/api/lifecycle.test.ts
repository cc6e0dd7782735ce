import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/harness.js';
import { CREATE_DRAFT, newChapter, newDraft, PUBLISH, publish, REJECT, RETIRE, submit, SUBMIT, UPDATE_DRAFT, type V } from '../support/chapters.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('version lifecycle DRAFT → IN_REVIEW → PUBLISHED → RETIRED', () => {
  it('walks every allowed transition and bumps the revision at each write', async () => {
    const draft = await newChapter(app);
    expect(draft).toMatchObject({ status: 'DRAFT', revision: 1, versionNumber: 1, effectiveFrom: null });

    const edited = (await app.ok('manager', UPDATE_DRAFT, { input: { versionId: draft.id, expectedRevision: 1, title: '第一章 总则' } })).updateChapterDraft.version;
    expect(edited).toMatchObject({ status: 'DRAFT', revision: 2, title: '第一章 总则' });

    const inReview = await submit(app, edited);
    expect(inReview).toMatchObject({ status: 'IN_REVIEW', revision: 3 });

    const rejected = (await app.ok('approver', REJECT, { input: { versionId: draft.id, reason: '请补充适用范围' } })).rejectVersion.version;
    expect(rejected).toMatchObject({ status: 'DRAFT', revision: 4 });

    const resubmitted = await submit(app, rejected);
    const published = await publish(app, resubmitted);
    expect(published).toMatchObject({ status: 'PUBLISHED', effectiveFrom: '2026-01-01T00:00:00.000Z', effectiveTo: null });

    const retire = { documentId: draft.documentId, reason: '并入第二章', effectiveFrom: '2026-01-10T00:00:00Z' };
    const retired = (await app.ok('approver', RETIRE, { input: retire })).retireDocument.document;
    expect(retired).toMatchObject({ retiredAt: '2026-01-10T00:00:00.000Z', retiredReason: '并入第二章' });
    const after = (await app.ok('approver', `{ documentVersion(id: "${draft.id}") { status effectiveTo phase later: phase(asOf: "2026-01-10T00:00:00Z") } }`)).documentVersion;
    expect(after).toEqual({ status: 'RETIRED', effectiveTo: '2026-01-10T00:00:00.000Z', phase: 'IN_FORCE', later: 'RETIRED' });
  });

  it('publishing a second version closes the first window at the new effectiveFrom', async () => {
    const v1 = await publish(app, await submit(app, await newChapter(app)));
    const v2 = await publish(app, await submit(app, await newDraft(app, v1.documentId)), '2026-03-01T00:00:00+08:00');
    expect(v2).toMatchObject({ versionNumber: 2, effectiveFrom: '2026-02-28T16:00:00.000Z', effectiveTo: null });
    const first = (await app.ok('approver', `{ documentVersion(id: "${v1.id}") { effectiveTo phase later: phase(asOf: "2026-03-02T00:00:00Z") } }`)).documentVersion;
    expect(first).toEqual({ effectiveTo: '2026-02-28T16:00:00.000Z', phase: 'IN_FORCE', later: 'SUPERSEDED' });
    const second = (await app.ok('approver', `{ documentVersion(id: "${v2.id}") { phase } }`)).documentVersion;
    expect(second.phase).toBe('SCHEDULED');
  });

  describe('refused transitions leave the version as it was', () => {
    let draft: V;
    let published: V;
    beforeAll(async () => {
      draft = await newChapter(app);
      published = await publish(app, await submit(app, await newChapter(app)));
    });

    const status = async (id: string) => (await app.ok('approver', `{ documentVersion(id: "${id}") { status revision } }`)).documentVersion;

    it('cannot publish or reject a draft', async () => {
      expect(codeOf(await app.gql('approver', PUBLISH, { input: { versionId: draft.id } }))).toBe('INVALID_TRANSITION');
      expect(codeOf(await app.gql('approver', REJECT, { input: { versionId: draft.id, reason: 'x' } }))).toBe('INVALID_TRANSITION');
      expect(await status(draft.id)).toEqual({ status: 'DRAFT', revision: 1 });
    });

    it('cannot edit, submit or reject a version in review', async () => {
      const inReview = await submit(app, draft);
      const edit = await app.gql('manager', UPDATE_DRAFT, { input: { versionId: draft.id, expectedRevision: inReview.revision, title: '改' } });
      expect(codeOf(edit)).toBe('INVALID_TRANSITION');
      expect(codeOf(await app.gql('manager', SUBMIT, { input: { versionId: draft.id, expectedRevision: inReview.revision } }))).toBe('INVALID_TRANSITION');
      expect(await status(draft.id)).toEqual({ status: 'IN_REVIEW', revision: inReview.revision });
      // back to draft for the other cases
      await app.ok('approver', REJECT, { input: { versionId: draft.id, reason: '退回' } });
    });

    it('cannot edit, submit, publish again or reject a published version', async () => {
      const before = await status(published.id);
      expect(codeOf(await app.gql('manager', UPDATE_DRAFT, { input: { versionId: published.id, expectedRevision: before.revision, title: '改' } }))).toBe('INVALID_TRANSITION');
      expect(codeOf(await app.gql('manager', SUBMIT, { input: { versionId: published.id, expectedRevision: before.revision } }))).toBe('INVALID_TRANSITION');
      expect(codeOf(await app.gql('approver', PUBLISH, { input: { versionId: published.id } }))).toBe('INVALID_TRANSITION');
      expect(codeOf(await app.gql('approver', REJECT, { input: { versionId: published.id, reason: 'x' } }))).toBe('INVALID_TRANSITION');
      expect(await status(published.id)).toEqual(before);
    });

    it('allows only one open draft per document', async () => {
      const second = await app.gql('manager', CREATE_DRAFT, { input: { chapterId: published.documentId, changeNote: '甲' } });
      expect(second.errors).toBeUndefined();
      const third = await app.gql('manager', CREATE_DRAFT, { input: { chapterId: published.documentId, changeNote: '乙' } });
      expect(codeOf(third)).toBe('CONFLICT');
      expect(third.errors![0]!.extensions.versionId).toBe(second.data!.createChapterDraft.version.id);
    });

    it('a retired document takes no new drafts and no publication', async () => {
      const doc = await publish(app, await submit(app, await newChapter(app)));
      const pending = await submit(app, await newDraft(app, doc.documentId));
      await app.ok('approver', RETIRE, { input: { documentId: doc.documentId, reason: '停用', effectiveFrom: '2026-06-01T00:00:00Z' } });
      expect(codeOf(await app.gql('approver', PUBLISH, { input: { versionId: pending.id, effectiveFrom: '2026-07-01T00:00:00Z' } }))).toBe('INVALID_TRANSITION');
      expect(codeOf(await app.gql('approver', RETIRE, { input: { documentId: doc.documentId, reason: '再次' } }))).toBe('INVALID_TRANSITION');
      await app.ok('approver', REJECT, { input: { versionId: pending.id, reason: '已停用' } });
      expect(codeOf(await app.gql('manager', CREATE_DRAFT, { input: { chapterId: doc.documentId, changeNote: '新' } }))).toBe('INVALID_TRANSITION');
    });
  });

  it('refuses an effectiveFrom in the past or not after the last published one', async () => {
    const v1 = await publish(app, await submit(app, await newChapter(app)), '2026-02-01T00:00:00Z');
    const v2 = await submit(app, await newDraft(app, v1.documentId));
    const past = await app.gql('approver', PUBLISH, { input: { versionId: v2.id, effectiveFrom: '2025-12-31T00:00:00Z' } });
    expect(codeOf(past)).toBe('BAD_USER_INPUT');
    expect(past.errors![0]!.extensions.field).toBe('effectiveFrom');
    const early = await app.gql('approver', PUBLISH, { input: { versionId: v2.id, effectiveFrom: '2026-01-15T00:00:00Z' } });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors![0]!.message).toContain('2026-02-01T00:00:00.000Z');
  });
});
