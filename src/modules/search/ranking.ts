import { type DocumentKind, kindDefinition, registeredKinds } from '../versioning/kind.js';

// What both embedded rankers (FTS5's bm25 in SQL, the in-memory index) weigh, so they rank alike.

/** bm25 weights per column of search_fts: title, body, keywords (codes, tags, names), pinyin, character pairs */
export const COLUMN_WEIGHTS = [10, 1, 6, 4, 0.5] as const;

/**
 * Expansions find documents; the agent's own words rank them. A document holding every word as
 * typed (or the Chinese a pinyin spells) counts this many times over one found only through
 * synonyms, the lexicon or a correction; holding them all in its title, that many times again.
 */
export const HOLDS_EVERY_WORD = 2.5;
export const TITLE_HOLDS_EVERY_WORD = 3;

let known: Map<string, number> | undefined;
/** Each kind's prior, a factor on bm25 (1 unless the kind says otherwise); read per match, so looked up once. */
export function priorOf(kind: string): number {
  known ??= new Map(registeredKinds().map((k: DocumentKind) => [k, kindDefinition(k).searchPrior ?? 1]));
  return known.get(kind) ?? 1;
}

/** The kinds whose prior is not 1, for the SQL ranker. */
export const priors = () =>
  registeredKinds()
    .map((kind) => [kind, kindDefinition(kind).searchPrior ?? 1] as const)
    .filter(([, prior]) => prior !== 1);
