import { fold, needsConversion, toSimplified } from './text.js';

const WINDOW = 80;
const LEAD = 20;
type Range = [number, number];

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Where the words occur; `missing` when a word (none of its alternatives) does not occur at all. */
function matches(text: string, words: string[][]): { ranges: Range[]; missing: boolean } {
  const ranges: Range[] = [];
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

// Characters that fold one to one (ASCII, CJK ideographs and punctuation, full-width ASCII), and
// the marks that fold into the character before them (combining accents, half-width voicing marks).
const ONE_TO_ONE = '\\x20-\\x7e\\u3001-\\u3011\\u4e00-\\u9fff\\uff01-\\uff5e';
const MARKS = '\\p{M}\\uff9e\\uff9f';
const ANY_OTHER = new RegExp(`[^${ONE_TO_ONE}]`, 'u');
// a run of one-to-one characters (none followed by a mark), or one character with its marks
const PIECES = new RegExp(`((?:[${ONE_TO_ONE}](?![${MARKS}]))+)|[^][${MARKS}]*`, 'gu');

/**
 * The text folded for matching, and a function taking a range of it back to the original. Text
 * made only of characters that fold one to one keeps its positions; any other is folded piece by
 * piece, each folded character remembering the piece it came from (……, ㎡, ﬁ, 𝐀, ｶﾞ, e + ´).
 */
function folded(text: string): { text: string; toOriginal: (r: Range) => Range } {
  if (!ANY_OTHER.test(text)) return { text: fold(text), toOriginal: (r) => r };
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  for (const { 0: piece, 1: run, index: at } of text.matchAll(PIECES)) {
    const f = fold(piece);
    for (let i = 0; i < f.length; i++) {
      from.push(run ? at + i : at);
      to.push(run ? at + i + 1 : at + piece.length);
    }
    out += f;
  }
  return { text: out, toOriginal: ([start, end]) => [from[start]!, to[end - 1]!] };
}

/**
 * Up to 80 characters of the original text around the first match, with every match of `words`
 * (each a list of normalized alternatives: the word's segments, its synonyms') wrapped in <mark>;
 * the rest is HTML-escaped. Matching is done on the folded text (half-width, lower-case), and the
 * ranges found are taken back to the text as written. Converting characters is slow on long text,
 * so it happens only when a word is missing from the text as written and the text has characters
 * that convert (a conversion that changes the length is not used for marking).
 */
export function snippet(text: string, words: string[][]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const wanted = words.map((alternatives) => [...new Set(alternatives.filter(Boolean))]);
  const { text: comparable, toOriginal } = folded(flat);
  const written = matches(comparable, wanted);
  let ranges = written.ranges;
  if (written.missing && needsConversion(comparable)) {
    const converted = toSimplified(comparable);
    if (converted.length === comparable.length) ranges = matches(converted, wanted).ranges;
  }
  ranges = ranges.map(toOriginal).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const start = ranges.length > 0 ? Math.max(0, ranges[0]![0] - LEAD) : 0;
  const end = Math.min(flat.length, start + WINDOW);
  let out = start > 0 ? '…' : '';
  let cursor = start;
  for (const [from, to] of ranges) {
    if (from < cursor || from >= end) continue;
    const stop = Math.min(to, end);
    out += escapeHtml(flat.slice(cursor, from)) + '<mark>' + escapeHtml(flat.slice(from, stop)) + '</mark>';
    cursor = stop;
  }
  out += escapeHtml(flat.slice(cursor, end)) + (end < flat.length ? '…' : '');
  return out;
}
