import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/harness.js';
import { newChapter, newDraft, publish, submit, UPDATE_DRAFT } from '../support/chapters.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: true });
});
afterAll(() => app.close());

const DIFF = `query($from: ID!, $to: ID!) { diffVersions(fromVersionId: $from, toVersionId: $to) {
  changed titleChanges { kind text }
  from { versionNumber } to { versionNumber }
  sections { change fromNumber toNumber heading headingChanges { kind text } bodyChanges { kind text } }
} }`;

const text = (chunks: { kind: string; text: string }[], kind: string) => chunks.filter((c) => c.kind === kind).map((c) => c.text).join('');

describe('diffVersions', () => {
  it('shows what the seeded second version of chapter 2 changed', async () => {
    const { handbook } = await app.ok('agent', `{ handbook { chapters { number versions { edges { node { id versionNumber } } } } } }`);
    const ch2 = handbook.chapters.find((c: { number: number }) => c.number === 2);
    const [v2, v1] = ch2.versions.edges.map((e: { node: { id: string } }) => e.node.id);
    const { diffVersions } = await app.ok('agent', DIFF, { from: v1, to: v2 });
    expect(diffVersions.changed).toBe(true);
    expect(diffVersions.from.versionNumber).toBe(1);
    const added = diffVersions.sections.filter((s: { change: string }) => s.change === 'ADDED');
    expect(added.map((s: { heading: string }) => s.heading)).toContain('2.6 客户接触度匹配矩阵');
    const modified = diffVersions.sections.filter((s: { change: string }) => s.change === 'MODIFIED');
    expect(modified.length).toBeGreaterThan(0);
    for (const s of modified) expect(s.bodyChanges.some((c: { kind: string }) => c.kind !== 'EQUAL')).toBe(true);
  });

  it('diffs a draft against its base for managers', async () => {
    const v1 = await publish(app, await submit(app, await newChapter(app, [
      { heading: '1 范围', body: '适用于10086热线。' },
      { heading: '2 原则', body: '首问负责。' },
    ])));
    const draft = await newDraft(app, v1.documentId);
    await app.ok('manager', UPDATE_DRAFT, {
      input: { versionId: draft.id, expectedRevision: draft.revision, title: '第一章 总则', sections: [{ number: 1, body: '适用于10086及95598热线。' }] },
    });
    const { diffVersions } = await app.ok('manager', DIFF, { from: v1.id, to: draft.id });
    expect(text(diffVersions.titleChanges, 'ADDED')).toBe('总则');
    expect(diffVersions.sections.map((s: { change: string }) => s.change)).toEqual(['MODIFIED', 'UNCHANGED']);
    expect(text(diffVersions.sections[0].bodyChanges, 'ADDED')).toBe('及95598');

    // an agent does not see the draft at all
    expect(codeOf(await app.gql('agent', DIFF, { from: v1.id, to: draft.id }))).toBe('NOT_FOUND');
  });

  it('refuses versions of two different documents', async () => {
    const a = await newChapter(app);
    const b = await newChapter(app);
    const res = await app.gql('manager', DIFF, { from: a.id, to: b.id });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.field).toBe('toVersionId');
  });
});
