import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newChapter, newDraft, publish, publishedChapter, REJECT, submit, UPDATE_DRAFT, type V, VERSION_FIELDS } from '../support/chapters.js';
import { CREATE_SCRIPT, newScript } from '../support/documents.js';
import { codeOf, startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const DISCARD = `mutation($input: DiscardDraftInput!) { discardDraft(input: $input) { versionId documentId documentHidden } }`;
const WITHDRAW = `mutation($input: WithdrawScheduledVersionInput!) { withdrawScheduledVersion(input: $input) { version { ${VERSION_FIELDS} } } }`;
const VERSIONS = `query($id: ID!, $asOf: DateTime) { chapter(id: $id, asOf: $asOf) { inForce { versionNumber } versions(first: 20) { edges { node { versionNumber status } } } } }`;
const AUDIT = `query($id: ID!) { auditTrail(filter: { documentId: $id }, first: 50) { edges { node { action reason } } } }`;
const HOUR = 3_600_000;
const later = (hours: number) => new Date(app.clock.now().getTime() + hours * HOUR).toISOString();

describe('discardDraft', () => {
  it('takes a draft out of every read, keeps its number, and is audited', async () => {
    const v1 = await publishedChapter(app);
    const draft = await newDraft(app, v1.documentId);
    const res = await app.ok('manager', DISCARD, { input: { versionId: draft.id, expectedRevision: draft.revision } });
    expect(res.discardDraft).toEqual({ versionId: draft.id, documentId: v1.documentId, documentHidden: false });
    const { chapter } = await app.ok('manager', VERSIONS, { id: v1.documentId });
    expect(chapter.versions.edges.map((e: { node: { versionNumber: number } }) => e.node.versionNumber)).toEqual([1]);
    expect((await app.ok('manager', `{ documentVersion(id: "${draft.id}") { id } }`)).documentVersion).toBeNull();
    // the next draft starts from the version in force, not from the discarded one, and takes the next number
    const next = await newDraft(app, v1.documentId);
    expect(next.versionNumber).toBe(3);
    const { auditTrail } = await app.ok('approver', AUDIT, { id: v1.documentId });
    expect(auditTrail.edges.map((e: { node: { action: string } }) => e.node.action)).toContain('VERSION_DISCARDED');
  });

  it('hides a new document whose only draft is discarded', async () => {
    const draft = await newChapter(app);
    const res = await app.ok('manager', DISCARD, { input: { versionId: draft.id, expectedRevision: draft.revision } });
    expect(res.discardDraft.documentHidden).toBe(true);
    expect((await app.ok('manager', VERSIONS, { id: draft.documentId })).chapter).toBeNull();
  });

  it('frees the code of a new document whose only draft is discarded, so a mistyped one can be created anew', async () => {
    const first = await newScript(app, { code: 'discard-me', title: '打错的话术' });
    expect(codeOf(await app.gql('manager', CREATE_SCRIPT, { input: { code: 'discard-me', title: '重复', scenario: 'GREETING', text: '您好。', changeNote: '起草' } }))).toBe('CONFLICT');
    await app.ok('manager', DISCARD, { input: { versionId: first.id, expectedRevision: first.revision } });
    const again = await newScript(app, { code: 'discard-me', title: '正确的话术' });
    expect(again.documentId).not.toBe(first.documentId);
    expect((await app.ok('manager', `{ script(code: "discard-me") { id title } }`)).script).toEqual({ id: again.documentId, title: '正确的话术' });
    const { auditTrail } = await app.ok('approver', AUDIT, { id: first.documentId });
    expect(auditTrail.edges.map((e: { node: { action: string } }) => e.node.action)).toContain('DOCUMENT_DISCARDED');
  });

  it('refuses a stale revision, a version that is not a draft, and an agent', async () => {
    const draft = await newChapter(app);
    expect(codeOf(await app.gql('manager', DISCARD, { input: { versionId: draft.id, expectedRevision: draft.revision + 1 } }))).toBe('CONFLICT');
    const inReview = await submit(app, draft);
    expect(codeOf(await app.gql('manager', DISCARD, { input: { versionId: inReview.id, expectedRevision: inReview.revision } }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await app.gql('agent', DISCARD, { input: { versionId: inReview.id, expectedRevision: inReview.revision } }))).toBe('FORBIDDEN');
  });
});

describe('withdrawScheduledVersion', () => {
  it('takes a scheduled version back to draft and leaves its predecessor in force as before', async () => {
    const v1 = await publishedChapter(app);
    const v2 = await publish(app, await submit(app, await newDraft(app, v1.documentId)), later(48));
    const res = await app.ok('approver', WITHDRAW, { input: { versionId: v2.id, expectedRevision: v2.revision, reason: '生效日期需与营销活动对齐' } });
    expect(res.withdrawScheduledVersion.version).toMatchObject({ status: 'DRAFT', effectiveFrom: null, effectiveTo: null });
    // two days on, the first version is still in force: its window is open again
    expect((await app.ok('agent', VERSIONS, { id: v1.documentId, asOf: later(72) })).chapter.inForce).toEqual({ versionNumber: 1 });
    const actions = (await app.ok('approver', AUDIT, { id: v1.documentId })).auditTrail.edges.map((e: { node: { action: string } }) => e.node.action);
    expect(actions).toEqual(expect.arrayContaining(['VERSION_WITHDRAWN', 'VERSION_REOPENED']));
    // it can be fixed, submitted and published again
    const again = await submit(app, { ...v2, revision: res.withdrawScheduledVersion.version.revision } as V);
    expect((await publish(app, again, later(96))).status).toBe('PUBLISHED');
  });

  it('reopens the predecessor only up to the version scheduled after it', async () => {
    const v1 = await publishedChapter(app);
    const v2 = await publish(app, await submit(app, await newDraft(app, v1.documentId)), later(24));
    const v3 = await publish(app, await submit(app, await newDraft(app, v1.documentId)), later(48));
    const current = (await app.ok('manager', `{ documentVersion(id: "${v2.id}") { revision } }`)).documentVersion;
    await app.ok('approver', WITHDRAW, { input: { versionId: v2.id, expectedRevision: current.revision, reason: '撤回' } });
    expect((await app.ok('agent', VERSIONS, { id: v1.documentId, asOf: later(30) })).chapter.inForce).toEqual({ versionNumber: 1 });
    expect((await app.ok('agent', VERSIONS, { id: v1.documentId, asOf: later(50) })).chapter.inForce).toEqual({ versionNumber: v3.versionNumber });
  });

  it('refuses a version already in effect, a draft, a stale revision and a manager', async () => {
    const v1 = await publishedChapter(app);
    const inForce = { input: { versionId: v1.id, expectedRevision: v1.revision, reason: '撤回' } };
    expect(codeOf(await app.gql('approver', WITHDRAW, inForce))).toBe('INVALID_TRANSITION');
    expect(codeOf(await app.gql('manager', WITHDRAW, inForce))).toBe('FORBIDDEN');
    const v2 = await publish(app, await submit(app, await newDraft(app, v1.documentId)), later(24));
    expect(codeOf(await app.gql('approver', WITHDRAW, { input: { versionId: v2.id, expectedRevision: v2.revision + 5, reason: '撤回' } }))).toBe('CONFLICT');
  });
});

describe('the review queue', () => {
  it('lists versions in review, newest submission first, with who submitted and every rejection', async () => {
    const a = await submit(app, await newChapter(app));
    app.clock.set(later(1));
    const b = await submit(app, await newChapter(app));
    const rejected = (await app.ok('approver', REJECT, { input: { versionId: a.id, reason: '第二节缺少时限' } })).rejectVersion.version;
    app.clock.set(later(1));
    await submit(app, rejected);
    const Q = `{ reviewQueue(first: 50) { edges { node { id submittedAt submittedBy { name } rejections { by { name } reason } } } } }`;
    const queue = (await app.ok('approver', Q)).reviewQueue.edges.map((e: { node: unknown }) => e.node);
    const ids = queue.map((n: { id: string }) => n.id);
    expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
    expect(queue.find((n: { id: string }) => n.id === a.id)).toMatchObject({ submittedBy: { name: 'test-manager' }, rejections: [{ by: { name: 'test-approver' }, reason: '第二节缺少时限' }] });
    expect(codeOf(await app.gql('agent', Q))).toBe('FORBIDDEN');
  });
});

describe('updateChapterDraft', () => {
  it('changes only the sections it names, appends after the last and drops what removeSections names', async () => {
    const draft = await newChapter(app, [
      { heading: '1 一', body: '甲' },
      { heading: '2 二', body: '乙' },
      { heading: '3 三', body: '丙' },
    ]);
    const { updateChapterDraft } = await app.ok('manager', UPDATE_DRAFT, {
      input: { versionId: draft.id, expectedRevision: draft.revision, sections: [{ number: 2, body: '乙（修订）' }, { number: 4, heading: '4 四', body: '丁' }], removeSections: [1] },
    });
    expect(updateChapterDraft.version.sections).toEqual([
      { number: 1, heading: '2 二', body: '乙（修订）' },
      { number: 2, heading: '3 三', body: '丙' },
      { number: 3, heading: '4 四', body: '丁' },
    ]);
  });
});
