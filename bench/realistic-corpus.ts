import type { SearchEntryRow } from '../src/modules/search/search.entity.js';
import { indexTokens, queryWords } from '../src/modules/search/text.js';
import type { VersionStatus } from '../src/modules/versioning/document-kind.js';
import { phaseAt, type VersionPhase } from '../src/modules/versioning/windows.js';
import { drawer, percentile, random, round, vocabularyOf } from './corpus.js';

// The `realistic` corpus: search entries that look like the seeded corpus grown large. Each
// generated document is a remix of one seeded document of its kind (its topic) — whole clauses
// of it in order, clauses and runs of 2–6 words from other documents of the kind, now and then a
// single word drawn by its frequency — so that a word in 40 % of the seeded documents is in about
// 40 % of the generated ones, and words that occur together stay together. Lengths, headings,
// keywords and scope (channels, brands, business codes, flow class) follow the seeded document's;
// documents have versions: superseded ones, retirements, drafts and reviews, versions scheduled
// after the benchmark's instant.

export type Entry = Omit<SearchEntryRow, 'id'>;

/** Clauses: text up to and with its punctuation (full-width, as the corpus writes it) or line end. */
const CLAUSE = /[^，。；：！？\n]+[，。；：！？\n]*/gu;
const ASCII_END = /[A-Za-z0-9]$/;
const ASCII_START = /^[A-Za-z0-9]/;

/** Words written as text: side by side, with a space only between two Latin words or numbers. */
const joinWords = (words: string[]) => words.reduce((text, w) => (text && ASCII_END.test(text) && ASCII_START.test(w) ? `${text} ${w}` : text + w), '');

/** queryWords lower-cases Latin letters (IVR → ivr): each such word as `original` writes it. */
function asWritten(words: string[], original: string): string[] {
  const lower = original.toLowerCase();
  return words.map((w) => {
    if (!/[a-z]/.test(w)) return w;
    const at = lower.indexOf(w);
    return at < 0 ? w : original.slice(at, at + w.length);
  });
}

interface SeedDocument {
  row: Entry;
  clauses: string[];
  /** the words of each clause with two or more, for runs */
  clauseWords: string[][];
  titleWords: string[];
  headingLines: string[];
}

interface KindModel {
  kind: Entry['kind'];
  share: number;
  documents: SeedDocument[];
  headingLines: string[];
}

export interface SeedModel {
  kinds: KindModel[];
  /** every seeded word of two characters or more, by how often the corpus uses it */
  vocabulary: ReturnType<typeof vocabularyOf>;
  /** share of the seeded entries holding each index word (title, body, headings) */
  documentFrequency: Map<string, number>;
  entries: number;
}

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The statistics the generator draws from, read from the seeded search entries. */
export function seedModel(rows: Entry[]): SeedModel {
  const byKind = new Map<Entry['kind'], SeedDocument[]>();
  for (const row of rows) {
    const clauses = (row.body.match(CLAUSE) ?? []).filter((c) => c.trim().length > 0);
    const document: SeedDocument = {
      row,
      clauses,
      clauseWords: clauses.map((c) => asWritten(queryWords(c), c)).filter((w) => w.length >= 2),
      titleWords: asWritten(queryWords(row.title), row.title),
      headingLines: linesOf(row.headings),
    };
    byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), document]);
  }
  const kinds = [...byKind].map(([kind, documents]) => ({ kind, share: documents.length / rows.length, documents, headingLines: documents.flatMap((d) => d.headingLines) }));
  return { kinds, vocabulary: vocabularyOf(rows.flatMap((r) => [r.title, r.body])), documentFrequency: documentFrequencies(rows), entries: rows.length };
}

/** Share of `rows` holding each word as the index cuts it (title, headings and body). */
export function documentFrequencies(rows: Iterable<Entry>, only?: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  let n = 0;
  for (const row of rows) {
    n++;
    for (const word of new Set(indexTokens(`${row.title}\n${row.headings}\n${row.body}`).split(' '))) if (word.length >= 2 && (!only || only.has(word))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return new Map([...counts].map(([w, c]) => [w, c / Math.max(1, n)]));
}

/** A document's text as fragments, so that a later version can change some of them. */
interface Text {
  title: string;
  fragments: string[];
  headings: string[];
}

interface Window {
  status: VersionStatus;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

const DAY = 86_400_000;
/** Effective dates are midnight in China (UTC+8), as the seeds write them; they run from 2024 to the end of 2026. */
const FIRST_DAY = Date.UTC(2023, 11, 31, 16);
const LAST_DAY = Date.UTC(2026, 11, 30, 16);
const dayInstant = (day: number) => new Date(FIRST_DAY + day * DAY).toISOString();

/** How documents live (shares of documents): most have one published version in force. */
export const LIFECYCLE = {
  /** published versions per document: 1, 2, 3 or 4, with these cumulative odds */
  versions: [0.65, 0.87, 0.96, 1],
  /** a new version published to come into force after the benchmark's instant */
  scheduled: 0.06,
  /** the document withdrawn: its last version RETIRED, its window closed (sometimes after the instant) */
  retired: 0.07,
  /** a next version being written (DRAFT) or reviewed (IN_REVIEW) */
  pending: 0.1,
  /** never published: a draft or a review only */
  unpublished: 0.03,
};

/** Of a generated body's fragments: clauses of its own seeded document in order, then others' clauses and runs, then single words. */
const FROM_SOURCE = 0.6;
const FROM_KIND = 0.9;

export interface RealisticOptions {
  seed?: number;
  /** the instant searches are made at: windows are drawn around it */
  asOf: string;
}

/**
 * `n` search entries (versions of documents), deterministic for a seed. A generator: a million
 * entries are written to the database without all being held at once.
 */
export function* realisticEntries(n: number, model: SeedModel, options: RealisticOptions): Generator<Entry> {
  const next = random(options.seed ?? 42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!;
  const word = drawer(model.vocabulary, next);
  const asOfDay = Math.floor((Date.parse(options.asOf) - FIRST_DAY) / DAY);
  const lastDay = Math.round((LAST_DAY - FIRST_DAY) / DAY);
  const cumulativeKinds = model.kinds.reduce<number[]>((acc, k) => [...acc, (acc.at(-1) ?? 0) + k.share], []);
  const kindOf = () => {
    const x = next() * cumulativeKinds.at(-1)!;
    return model.kinds[Math.max(0, cumulativeKinds.findIndex((c) => x < c))]!;
  };
  const runOf = (words: string[], min: number, max: number) => {
    const length = Math.min(words.length, min + Math.floor(next() * (max - min + 1)));
    const start = Math.floor(next() * (words.length - length + 1));
    return words.slice(start, start + length);
  };
  const run = (words: string[], min: number, max: number) => joinWords(runOf(words, min, max));
  /** a clause or a run of 2–6 words from another seeded document of the kind, or a single word by frequency */
  const foreign = (kind: KindModel) => {
    if (next() < (FROM_KIND - FROM_SOURCE) / (1 - FROM_SOURCE)) {
      const other = pick(kind.documents);
      if (next() < 0.5 && other.clauses.length > 0) return pick(other.clauses);
      if (other.clauseWords.length > 0) return run(pick(other.clauseWords), 2, 6) + pick(['，', '。', '；', '\n']);
    }
    return word() + pick(['、', '，', '。']);
  };

  function title(source: SeedDocument, kind: KindModel): string {
    const target = Math.max(2, Math.round(source.row.title.length * (0.85 + 0.3 * next())));
    const words = source.titleWords;
    const length = Math.max(1, Math.ceil(words.length * (0.5 + 0.5 * next())));
    const start = next() < 0.6 ? 0 : Math.floor(next() * (words.length - length + 1));
    const parts = words.slice(start, start + length);
    for (let more = 0; joinWords(parts).length < target && more < 6; more++) {
      const other = pick(kind.documents).titleWords;
      parts.push(...runOf(other, 1, 3));
    }
    return joinWords(parts).slice(0, 200);
  }

  function body(source: SeedDocument, kind: KindModel): string[] {
    const target = Math.max(4, Math.round(source.row.body.length * (0.75 + 0.5 * next())));
    const fragments: string[] = [];
    let length = 0;
    // a document starts where its source starts, or somewhere in it
    let at = next() < 0.5 ? 0 : Math.floor(next() * source.clauses.length);
    while (length < target) {
      const piece = next() < FROM_SOURCE && at < source.clauses.length ? source.clauses[at++]! : foreign(kind);
      if (fragments.length > 0 && length + piece.length > target * 1.3) break;
      fragments.push(piece);
      length += piece.length;
    }
    return fragments;
  }

  function headings(source: SeedDocument, kind: KindModel): string[] {
    const lines = source.headingLines.map((line) => (next() < 0.75 ? line : pick(kind.headingLines)));
    if (kind.headingLines.length > 0 && next() < 0.2) lines.push(pick(kind.headingLines));
    return lines;
  }

  /** A later version: some clauses rewritten, now and then the title or a heading. */
  function revise(text: Text, source: SeedDocument, kind: KindModel): Text {
    const fragments = [...text.fragments];
    const changes = Math.max(1, Math.round(fragments.length * 0.15 * next()));
    for (let i = 0; i < changes; i++) fragments[Math.floor(next() * fragments.length)] = foreign(kind);
    const lines = [...text.headings];
    if (lines.length > 0 && kind.headingLines.length > 0 && next() < 0.3) lines[Math.floor(next() * lines.length)] = pick(kind.headingLines);
    return { title: next() < 0.1 ? title(source, kind) : text.title, fragments, headings: lines };
  }

  function lifecycle(): Window[] {
    const unpublished = (): Window => ({ status: next() < 0.7 ? 'DRAFT' : 'IN_REVIEW', effectiveFrom: null, effectiveTo: null });
    if (next() < LIFECYCLE.unpublished) return [unpublished()];
    const x = next();
    const count = LIFECYCLE.versions.findIndex((c) => x < c) + 1;
    const days = [...new Set(Array.from({ length: count }, () => Math.floor(next() * asOfDay)))].sort((a, b) => a - b);
    if (next() < LIFECYCLE.scheduled) days.push(asOfDay + 1 + Math.floor(next() * Math.max(1, lastDay - asOfDay)));
    const windows: Window[] = days.map((day, i) => ({ status: 'PUBLISHED', effectiveFrom: dayInstant(day), effectiveTo: i + 1 < days.length ? dayInstant(days[i + 1]!) : null }));
    const lastFrom = days.at(-1)!;
    const last = windows.at(-1)!;
    if (lastFrom <= asOfDay && next() < LIFECYCLE.retired) {
      last.status = 'RETIRED';
      last.effectiveTo = dayInstant(lastFrom + 30 + Math.floor(next() * 400));
    }
    if (next() < LIFECYCLE.pending) windows.push(unpublished());
    return windows;
  }

  let produced = 0;
  for (let document = 0; produced < n; document++) {
    const kind = kindOf();
    const source = pick(kind.documents);
    const sourceCode = source.row.code;
    const suffix = document.toString(36);
    const code = sourceCode === null ? null : `${sourceCode}-${sourceCode === sourceCode.toUpperCase() ? suffix.toUpperCase() : suffix}`;
    // the seeded document's tags and names, under this document's code (a flow's touchpoint codes follow its scope, which is the source's)
    const keywords = source.row.keywords
      .split(' ')
      .map((k) => (k === sourceCode ? code! : k))
      .join(' ');
    let text: Text = { title: title(source, kind), fragments: body(source, kind), headings: headings(source, kind) };
    for (const [v, window] of lifecycle().entries()) {
      if (produced >= n) break;
      if (v > 0) text = revise(text, source, kind);
      yield {
        versionId: `bench-v-${produced}`,
        documentId: `bench-d-${document}`,
        kind: kind.kind,
        code,
        ...window,
        title: text.title,
        headings: text.headings.join('\n'),
        body: text.fragments.join(''),
        keywords,
        channels: source.row.channels,
        brands: source.row.brands,
        businessCodes: source.row.businessCodes,
        flowClass: source.row.flowClass,
      };
      produced++;
    }
  }
}

/** What a corpus holds, for the report: kinds, where versions stand at `asOf`, lengths per kind. */
export interface CorpusProfile {
  entries: number;
  kinds: Record<string, number>;
  phases: Partial<Record<VersionPhase, number>>;
  /** median title and body length (characters) per kind */
  medianLength: Record<string, { title: number; body: number }>;
}

/** Passes `entries` through, counting what a CorpusProfile reports. */
export function profiling(asOf: string) {
  const kinds = new Map<string, number>();
  const phases = new Map<VersionPhase, number>();
  const lengths = new Map<string, { title: number[]; body: number[] }>();
  let entries = 0;
  return {
    *pass<T extends Entry>(source: Iterable<T>): Generator<T> {
      for (const entry of source) {
        entries++;
        kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1);
        const phase = phaseAt(entry, asOf);
        phases.set(phase, (phases.get(phase) ?? 0) + 1);
        const l = lengths.get(entry.kind) ?? { title: [], body: [] };
        // a sample is enough for medians
        if (l.title.length < 5000) {
          l.title.push(entry.title.length);
          l.body.push(entry.body.length);
        }
        lengths.set(entry.kind, l);
        yield entry;
      }
    },
    profile(): CorpusProfile {
      const share = (count: number) => round(count / Math.max(1, entries), 3);
      const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
      return {
        entries,
        kinds: Object.fromEntries([...kinds].map(([k, c]) => [k, share(c)])),
        phases: Object.fromEntries([...phases].map(([p, c]) => [p, share(c)])),
        medianLength: Object.fromEntries([...lengths].map(([k, l]) => [k, { title: median(l.title), body: median(l.body) }])),
      };
    },
  };
}

/**
 * Words to check the generated document frequencies on: the seed corpus's commonest, the words the
 * brief names, and some of middling and low frequency.
 */
export function wordsToCheck(model: SeedModel): string[] {
  const ranked = [...model.documentFrequency].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const named = ['客户', '服务', '流程'].filter((w) => model.documentFrequency.has(w));
  const sampled = [20, 50, 100, 200, 400, 800].map((rank) => ranked[rank]).filter((w): w is string => w !== undefined);
  return [...new Set([...ranked.slice(0, 8), ...named, ...sampled])];
}
