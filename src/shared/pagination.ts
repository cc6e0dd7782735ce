import { badInput } from './errors.js';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

export interface Page {
  /** rows to return */
  limit: number;
  /** exclusive keyset position decoded from `after` */
  afterKey?: number;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const encode = (key: number) => Buffer.from(`k:${key}`).toString('base64url');

function decode(cursor: string): number {
  const raw = Buffer.from(cursor, 'base64url').toString();
  const key = Number(raw.slice(2));
  // keys are ids and offsets: a negative one would be an error (PostgreSQL) or be ignored (SQLite)
  if (!raw.startsWith('k:') || !Number.isSafeInteger(key) || key < 0) throw badInput('after', 'is not a cursor returned by this list');
  return key;
}

/** Validate `first`/`after` once for every list in the API. Lists are keyset-paginated on one integer key. */
export function toPage(first: number | null | undefined, after: string | null | undefined): Page {
  const limit = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE) {
    throw badInput('first', `must be between 0 and ${MAX_PAGE}`);
  }
  return after ? { limit, afterKey: decode(after) } : { limit };
}

/** Where a page of a positional list starts (the rows before it): its cursors are positions, not keys. */
export const offsetOf = (page: Page): number => page.afterKey ?? 0;

/**
 * A page of a positional list, from its rows at `offsetOf(page)` onwards (up to `limit + 1`): for
 * lists ordered by something other than one integer key (a date, a name, relevance).
 */
export function positionalConnection<T>(rows: T[], page: Page, totalCount: number): ConnectionShape<T> {
  const offset = offsetOf(page);
  return toConnection(rows, page, (_row, i) => offset + i + 1, totalCount);
}

/** A page of a short list already in memory (documents of a kind, touchpoints): the cursor is the position. */
export function sliceConnection<T>(all: T[], page: Page): ConnectionShape<T> {
  const offset = offsetOf(page);
  return positionalConnection(all.slice(offset, offset + page.limit + 1), page, all.length);
}

/** Build a connection from up to `limit + 1` rows (the extra row only tells whether a next page exists). */
export function toConnection<T>(rows: T[], page: Page, keyOf: (row: T, index: number) => number, totalCount: number): ConnectionShape<T> {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node, i) => ({ cursor: encode(keyOf(node, i)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
