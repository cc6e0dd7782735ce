import { describe, expect, it } from 'vitest';
import { toConnection, toPage } from '../../src/shared/pagination.js';

const cursor = (raw: string) => Buffer.from(raw).toString('base64url');
const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { field?: string } }).extensions?.field;
  }
  return 'no error';
};

describe('pages', () => {
  it('take back the cursors they hand out', () => {
    const connection = toConnection([{ id: 3 }, { id: 9 }, { id: 12 }], { limit: 2 }, (r) => r.id, 3);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true });
    expect(toPage(2, connection.pageInfo.endCursor)).toEqual({ limit: 2, afterKey: 9 });
    expect(toPage(undefined, null)).toEqual({ limit: 20 });
  });

  it('refuse, naming the argument, a cursor they could not have handed out', () => {
    for (const after of ['nonsense', cursor('k:-5'), cursor('k:1.5'), cursor('k:99999999999999999999'), cursor('x:5')]) {
      expect(fieldOf(() => toPage(10, after)), after).toBe('after');
    }
  });

  it('refuse a page size outside 0..100', () => {
    for (const first of [-1, 101, 2.5]) expect(fieldOf(() => toPage(first, null))).toBe('first');
  });
});
