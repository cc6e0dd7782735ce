import type { DocumentKind } from '../versioning/kind.js';
import type { VersionStatus } from '../versioning/version.entity.js';
import { splitStatuses, type SearchAnswer, type SearchFilterValues, type WordMatch } from './engine.js';
import { type FacetRow, passesFilter } from './facets.js';
import { COLUMN_WEIGHTS } from './ranking.js';

/**
 * The embedded engine's ranking, in memory: an inverted index over the FTS5 table's four word
 * columns with the same bm25 (FTS5's formula, weights and row sizes), so a search touches postings
 * and typed arrays instead of joining a table for every match (decision 0017). search_fts and
 * search_scope stay the durable truth; this is rebuilt from them at start and follows each commit.
 */

/** title, body, keywords, pinyin: the columns words are looked for in (grams are FTS5's alone) */
export const COLUMNS = 4;
const WEIGHTS = COLUMN_WEIGHTS.slice(0, COLUMNS);
const TITLE = 0;
const K1 = 1.2;
const B = 0.75;
/** at most this many groups: a query has at most 16 words (understand.ts) */
const MAX_GROUPS = 30;

/** What one search entry holds, as search_fts and search_scope store it. */
export interface IndexedEntry {
  id: number;
  /** the search_changes row that announced it, when it was just written */
  seq?: number;
  /** the four word columns, space-joined as stored in search_fts */
  columns: readonly [string, string, string, string];
  /** tokens in the grams column: part of the row's size for bm25 */
  gramTokens: number;
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

/** One phrase of a query: words side by side in one of the word columns. */
export interface Phrase {
  words: string[];
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
  code: string | null;
  preferred: string[];
  /** the kind's prior, multiplying bm25 */
  prior: (kind: string) => number;
  holdsEveryWord: number;
  titleHoldsEveryWord: number;
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

/** A list of postings: the slots holding a word, ascending, and the word's count in each column. */
class Postings {
  slots = new Int32Array(4);
  counts = new Uint8Array(16);
  length = 0;

  add(slot: number, counts: readonly number[], from = 0) {
    if (this.length === this.slots.length) {
      const slots = new Int32Array(this.slots.length * 2);
      slots.set(this.slots);
      this.slots = slots;
      const grown = new Uint8Array(this.counts.length * 2);
      grown.set(this.counts);
      this.counts = grown;
    }
    this.slots[this.length] = slot;
    for (let c = 0; c < COLUMNS; c++) this.counts[this.length * COLUMNS + c] = Math.min(255, counts[from + c]!);
    this.length++;
  }
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
  /** per slot: the entry's words as term ids, columns one after the other */
  private words: Uint32Array[] = [];
  /** per slot: where each column starts in `words` (COLUMNS + 1 offsets) */
  private starts: Uint32Array[] = [];
  private ids = new Int32Array(1024);
  private alive = new Uint8Array(1024);
  private size = new Uint32Array(1024);
  private fromMs = new Float64Array(1024);
  private toMs = new Float64Array(1024);
  private scopes: (Omit<IndexedEntry, 'id' | 'seq' | 'columns' | 'gramTokens' | 'fromMs' | 'toMs'> | null)[] = [];
  private slotOf = new Map<number, number>();
  /** per term, while an entry is put: the slot it was last seen in (+1) and its place in that entry's list */
  private seenIn = new Int32Array(1024);
  private placeIn = new Int32Array(1024);
  private slots = 0;
  private live = 0;
  private totalTokens = 0;

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
      this.postings.push(new Postings());
      this.seenIn = grow(this.seenIn, id + 1, (k) => new Int32Array(k));
      this.placeIn = grow(this.placeIn, id + 1, (k) => new Int32Array(k));
    }
    return id;
  }

  /** Add an entry, or replace the one with its id. */
  put(entry: IndexedEntry): void {
    this.remove(entry.id);
    const slot = this.slots++;
    this.ensureSlots(this.slots);
    const words: number[] = [];
    const starts = new Uint32Array(COLUMNS + 1);
    // the entry's distinct terms, and their counts per column, COLUMNS to a term
    const distinct: number[] = [];
    const counts: number[] = [];
    entry.columns.forEach((text, column) => {
      starts[column] = words.length;
      for (const token of ftsTokens(text)) {
        const id = this.termId(token);
        words.push(id);
        if (this.seenIn[id] !== slot + 1) {
          this.seenIn[id] = slot + 1;
          this.placeIn[id] = distinct.length;
          distinct.push(id);
          counts.push(0, 0, 0, 0);
        }
        counts[this.placeIn[id]! * COLUMNS + column]!++;
      }
    });
    starts[COLUMNS] = words.length;
    distinct.forEach((id, i) => this.postings[id]!.add(slot, counts, i * COLUMNS));
    this.words[slot] = Uint32Array.from(words);
    this.starts[slot] = starts;
    this.ids[slot] = entry.id;
    this.alive[slot] = 1;
    this.size[slot] = words.length + entry.gramTokens;
    this.fromMs[slot] = entry.fromMs ?? Number.POSITIVE_INFINITY;
    this.toMs[slot] = entry.toMs;
    const { id: _id, seq: _seq, columns: _columns, gramTokens: _grams, fromMs: _from, toMs: _to, ...scope } = entry;
    this.scopes[slot] = scope;
    this.slotOf.set(entry.id, slot);
    this.live++;
    this.totalTokens += this.size[slot]!;
  }

  /** Forget an entry; its postings are skipped until the index is compacted. */
  remove(id: number): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.alive[slot] = 0;
    this.live--;
    this.totalTokens -= this.size[slot]!;
    this.words[slot] = new Uint32Array(0);
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

  /** Where a phrase occurs: every word's postings intersected, then the words checked side by side in each column. */
  private phraseHits(phrase: Phrase): PhraseHits {
    const ids = phrase.words.map((w) => this.terms.get(w));
    const none = { slots: new Int32Array(0), weighted: new Float64Array(0), inTitle: new Uint8Array(0), length: 0 };
    if (ids.length === 0 || ids.some((id) => id === undefined)) return none;
    const lists = ids.map((id) => this.postings[id!]!);
    if (ids.length === 1) {
      const list = lists[0]!;
      const hits = { slots: new Int32Array(list.length), weighted: new Float64Array(list.length), inTitle: new Uint8Array(list.length), length: 0 };
      for (let i = 0; i < list.length; i++) {
        const slot = list.slots[i]!;
        if (!this.alive[slot]) continue;
        const at = i * COLUMNS;
        const c = list.counts;
        hits.slots[hits.length] = slot;
        hits.weighted[hits.length] = WEIGHTS[0]! * c[at]! + WEIGHTS[1]! * c[at + 1]! + WEIGHTS[2]! * c[at + 2]! + WEIGHTS[3]! * c[at + 3]!;
        hits.inTitle[hits.length] = c[at + TITLE]! > 0 ? 1 : 0;
        hits.length++;
      }
      return hits;
    }
    // candidates: slots in every list, walking from the shortest
    const order = lists.map((_, i) => i).sort((a, b) => lists[a]!.length - lists[b]!.length);
    let candidates = Array.from(lists[order[0]!]!.slots.subarray(0, lists[order[0]!]!.length));
    for (const i of order.slice(1)) {
      const list = lists[i]!;
      const next: number[] = [];
      let j = 0;
      for (const slot of candidates) {
        while (j < list.length && list.slots[j]! < slot) j++;
        if (j < list.length && list.slots[j] === slot) next.push(slot);
      }
      candidates = next;
      if (candidates.length === 0) return none;
    }
    const hits = { slots: new Int32Array(candidates.length), weighted: new Float64Array(candidates.length), inTitle: new Uint8Array(candidates.length), length: 0 };
    const wanted = ids as number[];
    for (const slot of candidates) {
      if (!this.alive[slot]) continue;
      const words = this.words[slot]!;
      const starts = this.starts[slot]!;
      let weighted = 0;
      let inTitle = 0;
      for (let column = 0; column < COLUMNS; column++) {
        const end = starts[column + 1]!;
        let found = 0;
        for (let at = starts[column]!; at + wanted.length <= end; at++) {
          let k = 0;
          while (k < wanted.length && words[at + k] === wanted[k]) k++;
          if (k === wanted.length) found++;
        }
        weighted += WEIGHTS[column]! * found;
        if (column === TITLE && found > 0) inTitle = 1;
      }
      if (weighted === 0) continue;
      hits.slots[hits.length] = slot;
      hits.weighted[hits.length] = weighted;
      hits.inTitle[hits.length] = inTitle;
      hits.length++;
    }
    return hits;
  }

  /** Whether an entry is in force at asOf (or in an open status) and passes the filter. */
  private passes(slot: number, query: CompiledQuery, windowed: VersionStatus[], open: VersionStatus[]): boolean {
    const scope = this.scopes[slot]!;
    const inWindow = windowed.includes(scope.status) && this.fromMs[slot]! <= query.asOfMs && this.toMs[slot]! > query.asOfMs;
    return (inWindow || open.includes(scope.status)) && passesFilter(scope, query.filter);
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
      const kind = this.scopes[slot]!.kind;
      const factor = query.prior(kind) * (this.own[slot] === every ? query.holdsEveryWord : 1) * (this.ownTitle[slot] === every ? query.titleHoldsEveryWord : 1);
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
    const { windowed, open } = splitStatuses(query.statuses);
    const learned = new Map(query.preferred.map((documentId, i) => [documentId, i + 1]));
    const ranked: { slot: number; score: number; named: boolean; learned: number; id: number }[] = [];
    const keep = offset + limit;
    let total = 0;
    // better first: named, learned in their order, score, id
    const better = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
      Number(b.named) - Number(a.named) || (a.learned || Infinity) - (b.learned || Infinity) || b.score - a.score || a.id - b.id;
    let worst: (typeof ranked)[number] | null = null;
    this.evaluate(query, (slot, score) => {
      if (!this.passes(slot, query, windowed, open)) return;
      total++;
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
    const { windowed, open } = splitStatuses(query.statuses);
    const rows: FacetRow[] = [];
    const unfiltered = { ...query, filter: {} };
    this.evaluate(query, (slot) => {
      if (!this.passes(slot, unfiltered, windowed, open)) return;
      const s = this.scopes[slot]!;
      rows.push({ kind: s.kind, channels: s.channels, brands: s.brands, businessCodes: s.businessCodes, flowClass: s.flowClass });
    });
    return rows;
  }
}
