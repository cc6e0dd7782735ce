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
});
