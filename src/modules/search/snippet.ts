import { normalize } from './text.js';

const WINDOW = 80;
const LEAD = 20;
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Up to 80 characters of the original text around the first match, with every match of `terms`
 * (normalized words) wrapped in <mark>; the rest is HTML-escaped. Matching is done on the
 * normalized text (simplified, lower-case), which keeps the original's character positions.
 */
export function snippet(text: string, terms: string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const normalized = normalize(flat);
  const source = normalized.length === flat.length ? flat : normalized;
  const ranges: [number, number][] = [];
  for (const term of new Set(terms.filter(Boolean))) {
    for (let at = normalized.indexOf(term); at >= 0; at = normalized.indexOf(term, at + term.length)) ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const start = ranges.length > 0 ? Math.max(0, ranges[0]![0] - LEAD) : 0;
  const end = Math.min(source.length, start + WINDOW);
  let out = start > 0 ? '…' : '';
  let cursor = start;
  for (const [from, to] of ranges) {
    if (from < cursor || from >= end) continue;
    const stop = Math.min(to, end);
    out += escapeHtml(source.slice(cursor, from)) + '<mark>' + escapeHtml(source.slice(from, stop)) + '</mark>';
    cursor = stop;
  }
  out += escapeHtml(source.slice(cursor, end)) + (end < source.length ? '…' : '');
  return out;
}
