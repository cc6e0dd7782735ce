import { describe, expect, it } from 'vitest';
import { diffSections } from '../../src/modules/versioning/diff.js';

const text = (chunks: { kind: string; text: string }[], kind: string) => chunks.filter((c) => c.kind === kind).map((c) => c.text).join('');

describe('diffSections', () => {
  const a = [
    { heading: '1 范围', body: '适用于热线。' },
    { heading: '2 原则', body: '客户至上，首问负责。' },
    { heading: '3 旧节', body: '将被删除的内容。' },
  ];

  it('reports unchanged, modified, removed and added sections in reading order', () => {
    const b = [
      { heading: '1 范围', body: '适用于热线。' },
      { heading: '2 原则', body: '客户至上，首问负责到底。' },
      { heading: '4 新节', body: '全新的一节。' },
    ];
    expect(diffSections(a, b).map((d) => [d.change, d.fromNumber, d.toNumber])).toEqual([
      ['UNCHANGED', 1, 1],
      ['MODIFIED', 2, 2],
      ['REMOVED', 3, null],
      ['ADDED', null, 3],
    ]);
    const modified = diffSections(a, b)[1]!;
    expect(text(modified.bodyChanges, 'ADDED')).toBe('到底');
    expect(text(modified.bodyChanges, 'REMOVED')).toBe('');
  });

  it('a renamed section with the same body is one MODIFIED section, not a removal and an addition', () => {
    const b = [a[0]!, { heading: '2 基本原则', body: a[1]!.body }, a[2]!];
    const d = diffSections(a, b);
    expect(d.map((x) => x.change)).toEqual(['UNCHANGED', 'MODIFIED', 'UNCHANGED']);
    expect(text(d[1]!.headingChanges, 'ADDED')).toBe('基本');
    expect(d[1]!.bodyChanges).toEqual([]);
  });

  it('marks changes by word, not by character', () => {
    const changes = diffSections([{ heading: '3.4', body: '例外须在24小时内首次答复。' }], [{ heading: '3.4', body: '例外须在12小时内首次回复。' }])[0]!.bodyChanges;
    expect(text(changes, 'REMOVED')).toBe('24答复');
    expect(text(changes, 'ADDED')).toBe('12回复');
    expect(changes.map((c) => c.text).filter((t) => t.length === 1 && /\p{Script=Han}/u.test(t))).toEqual([]);
  });

  it('a flow node that moved, or moved and changed, is one change where it now stands', () => {
    const node = (key: string, body: string) => ({ heading: `STEP ${key}`, body });
    const before = [node('ask', '询问需求'), node('check', '核验身份'), node('answer', '答复客户')];
    const moved = diffSections(before, [node('check', '核验身份'), node('answer', '答复客户'), node('ask', '询问需求')]);
    expect(moved.map((d) => [d.change, d.heading])).toEqual([
      ['UNCHANGED', 'STEP check'],
      ['UNCHANGED', 'STEP answer'],
      ['MOVED', 'STEP ask'],
    ]);
    const changed = diffSections(before, [node('check', '核验身份'), node('answer', '答复客户'), node('ask', '询问客户需求')]);
    expect(changed.filter((d) => d.change !== 'UNCHANGED').map((d) => [d.change, d.fromNumber, d.toNumber])).toEqual([['MODIFIED', 1, 3]]);
  });
});
