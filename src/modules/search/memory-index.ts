import type { DocumentKind } from '../versioning/kind.js';
import { VERSION_STATUSES, type VersionStatus } from '../versioning/document-kind.js';
import { splitStatuses, type SearchAnswer, type SearchFilterValues, type WordMatch } from './engine.js';
import { type FacetRow, passesFilter } from './facets.js';
import { LRUCache } from 'lru-cache';
import { COLUMN_WEIGHTS, HOLDS_EVERY_WORD, priorOf, TITLE_HOLDS_EVERY_WORD } from './ranking.js';

/**
 * The embedded engine's ranking, in memory: an inverted index over the FTS5 table's four word
 * columns with the same bm25 (FTS5's formula, weights and row sizes), so a search touches postings
 * and typed arrays instead of joining a table for every match (decision 0017). search_fts and
 * search_scope stay the durable truth; this is rebuilt from them at start and follows each commit.
 */

/** search_fts's columns: title, body, keywords, pinyin — the words — then grams, the character pairs */
const WORD_COLUMNS = 4;
const WEIGHTS = COLUMN_WEIGHTS;
const TITLE = 0;
const GRAMS = 4;
/** where a phrase is looked for: the four word columns, or the character pairs */
export type ColumnSet = 'words' | 'grams';
const K1 = 1.2;
const B = 0.75;
/** at most this many groups: a query has at most 16 words (understand.ts) */
const MAX_GROUPS = 30;

/** What one search entry holds, as search_fts and search_scope store it. */
export interface IndexedEntry {
  id: number;
  /** the search_changes row that announced it, when it was just written */
  seq?: number;
  /** the five columns, space-joined as stored in search_fts */
  columns: readonly [string, string, string, string, string];
  status: VersionStatus;
  fromMs: number | null;
  toMs: number;
  /** upper-case */
  code: string | null;
  kind: DocumentKind;
  flowClass: string | null;
  channels: string[];
  brands: string[];
  businessCodes: string[];
  documentId: string;
}

/** One phrase of a query: words side by side in one column of a set. */
export interface Phrase {
  words: string[];
  columns: ColumnSet;
}

/** One way a query word may appear: every phrase, each in any word column (one phrase: as written). */
export interface CompiledAlternative {
  phrases: number[];
  /** the agent's own words (typed, or the Chinese a pinyin spells): they decide the "holds every word" factors */
  own: boolean;
}

export interface CompiledQuery {
  phrases: Phrase[];
  groups: CompiledAlternative[][];
  match: WordMatch;
  statuses: VersionStatus[];
  asOfMs: number;
  filter: SearchFilterValues;
  /** whether the filter names any value (most searches: none) */
  filtered: boolean;
  code: string | null;
  preferred: string[];
}

const SEPARATORS = /[^\p{L}\p{N}\p{Co}]+/u;
const DIACRITIC = /[\u00C0-\u024F]/;
/** the common case: lower-case letters, digits and Chinese, one space between words (how search_fts stores them) */
const PLAIN = /^[a-z0-9\u3400-\u9fff]+(?: [a-z0-9\u3400-\u9fff]+)*$/;
const PLAIN_WORD = /^[a-z0-9\u3400-\u9fff]+$/;
/** Words as FTS5's unicode61 tokenizer reads them: letters and numbers, lower-case, without diacritics. */
export function ftsTokens(text: string): string[] {
  if (text === '') return [];
  if (PLAIN.test(text)) return text.split(' ');
  // a few words need reading (10.5, 4G+, Ü): only those
  const out: string[] = [];
  for (const word of text.split(' ')) {
    if (PLAIN_WORD.test(word)) out.push(word);
    else if (word) {
      const folded = DIACRITIC.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
      for (const part of folded.toLowerCase().split(SEPARATORS)) if (part) out.push(part);
    }
  }
  return out;
}

/** a word posting's three numbers: slot, place, the counts of the four word columns (a byte each) */
const STRIDE = 3;
const byte = (n: number) => (n > 255 ? 255 : n);

/**
 * A list of postings in one typed array (one allocation as it grows), slots ascending. For a word:
 * slot, its place among the entry's distinct words (where its positions are: MemoryIndex.put) and
 * its count in each word column (up to 255). For a character pair: slot and its position among the
 * entry's pairs (each pair is there once).
 */
class Postings {
  data: Uint32Array;
  length = 0;

  constructor(readonly stride: number) {
    this.data = new Uint32Array(2 * stride);
  }

  private room() {
    if ((this.length + 1) * this.stride > this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
  }

  addWord(slot: number, counts: readonly number[], place: number) {
    this.room();
    const at = this.length * STRIDE;
    const c = place * WORD_COLUMNS;
    this.data[at] = slot;
    this.data[at + 1] = place;
    this.data[at + 2] = (byte(counts[c]!) | (byte(counts[c + 1]!) << 8) | (byte(counts[c + 2]!) << 16) | (byte(counts[c + 3]!) << 24)) >>> 0;
    this.length++;
  }

  addPair(slot: number, position: number) {
    // a pair written twice in one entry (not by this version's indexing) counts once, where it first stands
    if (this.length > 0 && this.slot(this.length - 1) === slot) return;
    this.room();
    this.data[this.length * 2] = slot;
    this.data[this.length * 2 + 1] = position;
    this.length++;
  }

  slot(i: number) {
    return this.data[i * this.stride]!;
  }

  /** a word's place among the entry's distinct words; a pair's position among its pairs */
  place(i: number) {
    return this.data[i * this.stride + 1]!;
  }
}

/** The slots in every list, and where each stands in each list: the shortest list leads. */
function intersect(lists: Postings[]): { slots: number[]; at: number[][] } {
  const order = lists.map((_, i) => i).sort((a, b) => lists[a]!.length - lists[b]!.length);
  const lead = lists[order[0]!]!;
  const pointers = lists.map(() => 0);
  const slots: number[] = [];
  const at: number[][] = [];
  for (let i = 0; i < lead.length; i++) {
    const slot = lead.slot(i);
    let all = true;
    for (const k of order.slice(1)) {
      const list = lists[k]!;
      let j = pointers[k]!;
      while (j < list.length && list.slot(j) < slot) j++;
      pointers[k] = j;
      if (j === list.length || list.slot(j) !== slot) {
        all = false;
        break;
      }
    }
    if (!all) continue;
    pointers[order[0]!] = i;
    slots.push(slot);
    at.push([...pointers]);
  }
  return { slots, at };
}

/** Whether a sorted list holds a value. */
function holds(list: Uint32Array, from: number, to: number, value: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && list[lo] === value;
}

/** The statuses looked in, as bits: those counted by their window around asOf, and those counted as they are. */
function statusBits(statuses: VersionStatus[]) {
  const { windowed, open } = splitStatuses(statuses);
  const bits = (list: VersionStatus[]) => list.reduce((n, s) => n | (1 << VERSION_STATUSES.indexOf(s)), 0);
  return { windowed: bits(windowed), open: bits(open) };
}

const grow = <T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(array: T, size: number, make: (n: number) => T): T => {
  if (array.length >= size) return array;
  const bigger = make(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
};

/** An alternative's matches: slots ascending, what its phrases add to each one's bm25, whether all are in the title. */
interface AlternativeMatches {
  slots: number[];
  scores: number[];
  inTitle: number[];
}

/** One phrase's matches: slots ascending, the weighted count in each, whether it is in the title. */
interface PhraseHits {
  slots: Int32Array;
  weighted: Float64Array;
  inTitle: Uint8Array;
  length: number;
}

export class MemoryIndex {
  private terms = new Map<string, number>();
  private postings: Postings[] = [];
  private pairs = new Map<string, number>();
  private pairPostings: Postings[] = [];
  /**
   * per slot: the positions of each distinct word (counted across the word columns, one after the
   * other), grouped by word in order of first appearance, each group ascending
   */
  private positions: Uint32Array[] = [];
  /** per slot: where each distinct word's positions start in `positions` (one more at the end) */
  private placeStarts: Uint32Array[] = [];
  /** per slot: where each word column starts (WORD_COLUMNS + 1 positions) */
  private starts: Uint32Array[] = [];
  private ids = new Int32Array(1024);
  private alive = new Uint8Array(1024);
  private size = new Uint32Array(1024);
  private fromMs = new Float64Array(1024);
  private toMs = new Float64Array(1024);
  private prior = new Float64Array(1024);
  /** per slot: the bit of its status in VERSION_STATUSES */
  private statusBit = new Uint8Array(1024);
  private scopes: (Omit<IndexedEntry, 'id' | 'seq' | 'columns' | 'fromMs' | 'toMs'> | null)[] = [];
  private slotOf = new Map<number, number>();
  /** per term, while an entry is put: the slot it was last seen in (+1) and its place in that entry's list */
  private seenIn = new Int32Array(1024);
  private placeIn = new Int32Array(1024);
  private slots = 0;
  private live = 0;
  private totalTokens = 0;

  /**
   * Phrases looked up since the index last changed: agents' queries share their common words, and
   * a search that finds too few with every word asks again for some of them. Bounded by postings.
   */
  private phrases = new LRUCache<string, PhraseHits>({ maxSize: 4_000_000, sizeCalculation: (h) => Math.max(1, h.length) });

  // scratch space for one search at a time (searches run synchronously)
  private epoch = 0;
  private stamp = new Uint32Array(1024);
  private score = new Float64Array(1024);
  private matched = new Int32Array(1024);
  private own = new Int32Array(1024);
  private ownTitle = new Int32Array(1024);
  private touched = new Int32Array(1024);

  get documents() {
    return this.live;
  }

  private termId(word: string): number {
    let id = this.terms.get(word);
    if (id === undefined) {
      id = this.postings.length;
      this.terms.set(word, id);
      this.postings.push(new Postings(STRIDE));
      this.seenIn = grow(this.seenIn, id + 1, (k) => new Int32Array(k));
      this.placeIn = grow(this.placeIn, id + 1, (k) => new Int32Array(k));
    }
    return id;
  }

  private pairId(pair: string): number {
    let id = this.pairs.get(pair);
    if (id === undefined) {
      id = this.pairPostings.length;
      this.pairs.set(pair, id);
      this.pairPostings.push(new Postings(2));
    }
    return id;
  }

  /** Add an entry, or replace the one with its id. */
  put(entry: IndexedEntry): void {
    this.remove(entry.id);
    const slot = this.slots++;
    this.ensureSlots(this.slots);
    const words: number[] = [];
    const starts = new Uint32Array(WORD_COLUMNS + 1);
    // the entry's distinct words, and their counts per word column, WORD_COLUMNS to a word
    const distinct: number[] = [];
    const counts: number[] = [];
    for (let column = 0; column < WORD_COLUMNS; column++) {
      starts[column] = words.length;
      for (const token of ftsTokens(entry.columns[column]!)) {
        const id = this.termId(token);
        words.push(id);
        if (this.seenIn[id] !== slot + 1) {
          this.seenIn[id] = slot + 1;
          this.placeIn[id] = distinct.length;
          distinct.push(id);
          counts.push(0, 0, 0, 0);
        }
        counts[this.placeIn[id]! * WORD_COLUMNS + column]!++;
      }
    }
    starts[WORD_COLUMNS] = words.length;
    distinct.forEach((id, i) => this.postings[id]!.addWord(slot, counts, i));
    // each distinct word's positions together, so a phrase is checked where its first word stands
    const placeStarts = new Uint32Array(distinct.length + 1);
    for (let i = 0; i < distinct.length; i++) {
      let n = 0;
      for (let c = 0; c < WORD_COLUMNS; c++) n += counts[i * WORD_COLUMNS + c]!;
      placeStarts[i + 1] = placeStarts[i]! + n;
    }
    const positions = new Uint32Array(words.length);
    const fill = placeStarts.slice(0, distinct.length);
    words.forEach((id, at) => (positions[fill[this.placeIn[id]!]!++] = at));
    this.positions[slot] = positions;
    this.placeStarts[slot] = placeStarts;
    this.starts[slot] = starts;
    const pairs = ftsTokens(entry.columns[GRAMS]);
    pairs.forEach((pair, at) => this.pairPostings[this.pairId(pair)]!.addPair(slot, at));
    this.ids[slot] = entry.id;
    this.alive[slot] = 1;
    this.size[slot] = words.length + pairs.length;
    this.fromMs[slot] = entry.fromMs ?? Number.POSITIVE_INFINITY;
    this.toMs[slot] = entry.toMs;
    const { id: _id, seq: _seq, columns: _columns, fromMs: _from, toMs: _to, ...scope } = entry;
    this.scopes[slot] = scope;
    this.slotOf.set(entry.id, slot);
    this.prior[slot] = priorOf(entry.kind);
    this.statusBit[slot] = 1 << VERSION_STATUSES.indexOf(entry.status);
    if (this.phrases.size > 0) this.phrases.clear();
    this.live++;
    this.totalTokens += this.size[slot]!;
  }

  /** Forget an entry; its postings are skipped until the index is compacted. */
  remove(id: number): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.alive[slot] = 0;
    if (this.phrases.size > 0) this.phrases.clear();
    this.live--;
    this.totalTokens -= this.size[slot]!;
    this.positions[slot] = new Uint32Array(0);
    this.placeStarts[slot] = new Uint32Array(0);
    this.scopes[slot] = null;
  }

  /** Whether replaced entries hold enough dead postings that rebuilding would pay. */
  get wasteful(): boolean {
    const dead = this.slots - this.live;
    return dead > 1000 && dead > this.live / 4;
  }

  private ensureSlots(n: number) {
    this.ids = grow(this.ids, n, (k) => new Int32Array(k));
    this.alive = grow(this.alive, n, (k) => new Uint8Array(k));
    this.size = grow(this.size, n, (k) => new Uint32Array(k));
    this.fromMs = grow(this.fromMs, n, (k) => new Float64Array(k));
    this.toMs = grow(this.toMs, n, (k) => new Float64Array(k));
    this.prior = grow(this.prior, n, (k) => new Float64Array(k));
    this.statusBit = grow(this.statusBit, n, (k) => new Uint8Array(k));
    this.stamp = grow(this.stamp, n, (k) => new Uint32Array(k));
    this.score = grow(this.score, n, (k) => new Float64Array(k));
    this.matched = grow(this.matched, n, (k) => new Int32Array(k));
    this.own = grow(this.own, n, (k) => new Int32Array(k));
    this.ownTitle = grow(this.ownTitle, n, (k) => new Int32Array(k));
    this.touched = grow(this.touched, n, (k) => new Int32Array(k));
  }

  /** The distinct instants where some entry's window opens or closes: asOf between two of them finds the same entries. */
  boundaries(): Float64Array {
    const instants = new Set<number>();
    for (let slot = 0; slot < this.slots; slot++) {
      if (!this.alive[slot]) continue;
      instants.add(this.fromMs[slot]!);
      instants.add(this.toMs[slot]!);
    }
    return Float64Array.from(instants).sort();
  }

  private phraseHits(phrase: Phrase): PhraseHits {
    const key = `${phrase.columns}:${phrase.words.join(' ')}`;
    const known = this.phrases.get(key);
    if (known) return known;
    const hits = this.findPhrase(phrase);
    this.phrases.set(key, hits);
    return hits;
  }

  /** Where a phrase occurs: the postings of its words intersected, then the words checked side by side where the first one stands. */
  private findPhrase(phrase: Phrase): PhraseHits {
    const grams = phrase.columns === 'grams';
    const ids = phrase.words.map((w) => (grams ? this.pairs : this.terms).get(w));
    const none = { slots: new Int32Array(0), weighted: new Float64Array(0), inTitle: new Uint8Array(0), length: 0 };
    if (ids.length === 0 || ids.some((id) => id === undefined)) return none;
    const lists = ids.map((id) => (grams ? this.pairPostings : this.postings)[id!]!);
    const found = (n: number) => ({ slots: new Int32Array(n), weighted: new Float64Array(n), inTitle: new Uint8Array(n), length: 0 });
    const push = (hits: PhraseHits, slot: number, weighted: number, inTitle: boolean) => {
      hits.slots[hits.length] = slot;
      hits.weighted[hits.length] = weighted;
      hits.inTitle[hits.length] = inTitle ? 1 : 0;
      hits.length++;
    };
    if (ids.length === 1) {
      const list = lists[0]!;
      const hits = found(list.length);
      const d = list.data;
      for (let i = 0; i < list.length; i++) {
        const slot = d[i * list.stride]!;
        if (!this.alive[slot]) continue;
        if (grams) {
          push(hits, slot, WEIGHTS[GRAMS], false);
          continue;
        }
        const c = d[i * STRIDE + 2]!;
        push(hits, slot, WEIGHTS[0] * (c & 255) + WEIGHTS[1] * ((c >>> 8) & 255) + WEIGHTS[2] * ((c >>> 16) & 255) + WEIGHTS[3] * (c >>> 24), (c & 255) > 0);
      }
      return hits;
    }
    const { slots, at } = intersect(lists);
    const hits = found(slots.length);
    slots.forEach((slot, m) => {
      if (!this.alive[slot]) return;
      const where = at[m]!;
      if (grams) {
        // each pair is in an entry once: the phrase is there when they stand one after the other
        const start = lists[0]!.place(where[0]!);
        if (lists.every((list, k) => list.place(where[k]!) === start + k)) push(hits, slot, WEIGHTS[GRAMS], false);
        return;
      }
      const positions = this.positions[slot]!;
      const placeStarts = this.placeStarts[slot]!;
      const starts = this.starts[slot]!;
      const first = lists[0]!.place(where[0]!);
      let weighted = 0;
      let inTitle = false;
      // where the first word stands, the rest must follow in the same column
      for (let p = placeStarts[first]!; p < placeStarts[first + 1]!; p++) {
        const position = positions[p]!;
        let column = 0;
        while (starts[column + 1]! <= position) column++;
        if (position + lists.length > starts[column + 1]!) continue;
        let k = 1;
        for (; k < lists.length; k++) {
          const place = lists[k]!.place(where[k]!);
          if (!holds(positions, placeStarts[place]!, placeStarts[place + 1]!, position + k)) break;
        }
        if (k < lists.length) continue;
        weighted += WEIGHTS[column]!;
        if (column === TITLE) inTitle = true;
      }
      if (weighted > 0) push(hits, slot, weighted, inTitle);
    });
    return hits;
  }

  /** Whether an entry is in force at asOf (or in an open status) and passes the filter. */
  private passes(slot: number, query: CompiledQuery, statuses: { windowed: number; open: number }): boolean {
    const bit = this.statusBit[slot]!;
    const inWindow = (statuses.windowed & bit) !== 0 && this.fromMs[slot]! <= query.asOfMs && this.toMs[slot]! > query.asOfMs;
    return (inWindow || (statuses.open & bit) !== 0) && (!query.filtered || passesFilter(this.scopes[slot]!, query.filter));
  }

  /**
   * Score the entries each alternative matches and mark which groups they match, then call `visit`
   * for each entry the query matches, with its score. As in FTS5, a phrase counts in bm25 only where
   * the alternative it belongs to matches (FTS5 clears the hits of a subexpression that fails), and
   * each time it is written in the expression.
   */
  private evaluate(query: CompiledQuery, visit: (slot: number, score: number) => void): void {
    if (++this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
    const now = this.epoch;
    let touched = 0;
    const avg = this.live > 0 ? this.totalTokens / this.live : 1;
    const known = new Map<string, PhraseHits>();
    const hits = query.phrases.map((p) => {
      const key = p.words.join(' ');
      let h = known.get(key);
      if (!h) known.set(key, (h = this.phraseHits(p)));
      return h;
    });
    const idf = hits.map((h) => Math.max(1e-6, Math.log((this.live - h.length + 0.5) / (h.length + 0.5))));
    const bm25 = (phrase: number, slot: number, weighted: number) =>
      (idf[phrase]! * (weighted * (K1 + 1))) / (weighted + K1 * (1 - B + (B * this.size[slot]!) / avg));

    const groups = query.groups.slice(0, MAX_GROUPS);
    // keyed by the phrases: in 'some' mode alternatives written alike share them (compileQuery)
    const matchesOf = new Map<number[], AlternativeMatches>();
    groups.forEach((alternatives, g) => {
      const bit = query.match === 'all' ? 1 << g : 1;
      for (const alternative of alternatives) {
        let m = matchesOf.get(alternative.phrases);
        // an alternative written once in the expression is scored once
        const scored = !m;
        if (!m) matchesOf.set(alternative.phrases, (m = this.alternativeMatches(alternative, hits, bm25)));
        for (let i = 0; i < m.slots.length; i++) {
          const slot = m.slots[i]!;
          if (this.stamp[slot] !== now) {
            this.stamp[slot] = now;
            this.score[slot] = 0;
            this.matched[slot] = 0;
            this.own[slot] = 0;
            this.ownTitle[slot] = 0;
            this.touched[touched++] = slot;
          }
          if (scored) this.score[slot] = this.score[slot]! + m.scores[i]!;
          this.matched[slot] = this.matched[slot]! | bit;
          if (alternative.own) {
            this.own[slot] = this.own[slot]! | (1 << g);
            if (m.inTitle[i]) this.ownTitle[slot] = this.ownTitle[slot]! | (1 << g);
          }
        }
      }
    });
    const every = groups.length >= 31 ? -1 : (1 << groups.length) - 1;
    const wanted = query.match === 'all' ? every : 1;
    for (let i = 0; i < touched; i++) {
      const slot = this.touched[i]!;
      if (this.matched[slot] !== wanted) continue;
      const factor = this.prior[slot]! * (this.own[slot] === every ? HOLDS_EVERY_WORD : 1) * (this.ownTitle[slot] === every ? TITLE_HOLDS_EVERY_WORD : 1);
      visit(slot, this.score[slot]! * factor);
    }
  }

  /** The entries holding every phrase of an alternative (each in any word column), what the phrases add to their bm25, and whether all are in the title. */
  private alternativeMatches(alternative: CompiledAlternative, hits: PhraseHits[], bm25: (phrase: number, slot: number, weighted: number) => number): AlternativeMatches {
    const phrases = alternative.phrases;
    const lists = phrases.map((p) => hits[p]!);
    const out: AlternativeMatches = { slots: [], scores: [], inTitle: [] };
    const first = lists[0]!;
    const at = lists.map(() => 0);
    for (let i = 0; i < first.length; i++) {
      const slot = first.slots[i]!;
      let score = bm25(phrases[0]!, slot, first.weighted[i]!);
      let inTitle = first.inTitle[i] === 1;
      let all = true;
      for (let k = 1; k < lists.length && all; k++) {
        const list = lists[k]!;
        let j = at[k]!;
        while (j < list.length && list.slots[j]! < slot) j++;
        at[k] = j;
        if (j < list.length && list.slots[j] === slot) {
          score += bm25(phrases[k]!, slot, list.weighted[j]!);
          inTitle &&= list.inTitle[j] === 1;
        } else all = false;
      }
      if (!all) continue;
      out.slots.push(slot);
      out.scores.push(score);
      out.inTitle.push(inTitle ? 1 : 0);
    }
    return out;
  }

  /** One page of the matches, ranked as the FTS5 engine ranks them, and how many there are. */
  search(query: CompiledQuery, offset: number, limit: number): SearchAnswer {
    const statuses = statusBits(query.statuses);
    const learned = new Map(query.preferred.map((documentId, i) => [documentId, i + 1]));
    type Hit = { slot: number; score: number; named: boolean; learned: number; id: number };
    const ranked: Hit[] = [];
    const keep = offset + limit;
    let total = 0;
    // better first: named, learned in their order, score, id
    const better = (a: Hit, b: Hit) => Number(b.named) - Number(a.named) || (a.learned || Infinity) - (b.learned || Infinity) || b.score - a.score || a.id - b.id;
    let worst: Hit | null = null;
    const pinning = query.code !== null || learned.size > 0;
    this.evaluate(query, (slot, score) => {
      if (!this.passes(slot, query, statuses)) return;
      total++;
      // most matches rank below the page: leave them before building anything
      if (worst && !pinning && (score < worst.score || (score === worst.score && this.ids[slot]! > worst.id))) return;
      const scope = this.scopes[slot]!;
      const hit = { slot, score, named: query.code !== null && scope.code === query.code, learned: learned.get(scope.documentId) ?? 0, id: this.ids[slot]! };
      if (ranked.length < keep) {
        ranked.push(hit);
        if (ranked.length === keep) {
          ranked.sort(better);
          worst = ranked.at(-1)!;
        }
        return;
      }
      if (worst && better(hit, worst) < 0) {
        // insert in order, dropping the last: keep is a page or two, so this stays cheap
        let at = ranked.length - 1;
        while (at > 0 && better(hit, ranked[at - 1]!) < 0) at--;
        ranked.splice(at, 0, hit);
        ranked.pop();
        worst = ranked.at(-1)!;
      }
    });
    if (ranked.length < keep) ranked.sort(better);
    return {
      total,
      hits: ranked.slice(offset, keep).map((h) => ({ id: h.id, kind: this.scopes[h.slot]!.kind, score: Math.round(h.score * 1000) / 1000, pinned: h.named || h.learned > 0 })),
    };
  }

  /** The entries the query matches with its statuses, before any filter: what facet counts are made of. */
  facetRows(query: CompiledQuery): FacetRow[] {
    const statuses = statusBits(query.statuses);
    const rows: FacetRow[] = [];
    const unfiltered = { ...query, filter: {}, filtered: false };
    this.evaluate(query, (slot) => {
      if (!this.passes(slot, unfiltered, statuses)) return;
      const s = this.scopes[slot]!;
      rows.push({ kind: s.kind, channels: s.channels, brands: s.brands, businessCodes: s.businessCodes, flowClass: s.flowClass });
    });
    return rows;
  }
}
