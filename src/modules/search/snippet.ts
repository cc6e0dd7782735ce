import { fold, needsConversion, normalize } from './text.js';

const WINDOW = 80;
const LEAD = 20;
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Where the words occur; `missing` when a word (none of its alternatives) does not occur at all. */
function matches(text: string, words: string[][]): { ranges: [number, number][]; missing: boolean } {
  const ranges: [number, number][] = [];
  let missing = false;
  for (const alternatives of words) {
    const before = ranges.length;
    for (const term of alternatives) {
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) ranges.push([at, at + term.length]);
    }
    missing ||= ranges.length === before;
  }
  return { ranges, missing };
}

/**
 * Up to 80 characters of the original text around the first match, with every match of `words`
 * (each a list of normalized alternatives: the word's segments, its synonyms') wrapped in <mark>; the rest is HTML-escaped. Matching is done on the
 * normalized text (simplified, lower-case), which keeps the original's character positions.
 * Converting characters is slow on long text, so it happens only when a word is missing from the
 * text as written and the text has characters that convert.
 */
export function snippet(text: string, words: string[][]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const wanted = words.map((alternatives) => [...new Set(alternatives.filter(Boolean))]);
  let normalized = fold(flat);
  const written = matches(normalized, wanted);
  let ranges = written.ranges;
  if (written.missing && needsConversion(normalized)) {
    normalized = normalize(flat);
    ranges = matches(normalized, wanted).ranges;
  }
  const source = normalized.length === flat.length ? flat : normalized;
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
