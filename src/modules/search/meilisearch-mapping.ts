import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from 'meilisearch';
import { projectRoot } from '../../shared/project-root.js';
import { FACETS, type FacetCounts, type FacetName, type QueryGroup, type SearchFilterValues, type SearchQuery, splitStatuses } from './engine.js';
import { wantedOf } from './facets.js';
import type { SearchEntryRow } from './search.entity.js';
import { kindDefinition } from '../versioning/kind.js';
import { lexicon, stopWords, synonymGroups } from './dictionaries.js';
import { epochMs, OPEN_END, searchFields, unspaced } from './search-index.js';

export { OPEN_END };

export interface MeiliDocument {
  id: number;
  versionId: string;
  documentId: string;
  kind: string;
  code: string | null;
  status: string;
  effectiveFrom: number | null;
  effectiveTo: number;
  title: string;
  titleTokens: string;
  bodyTokens: string;
  keywordTokens: string;
  pinyin: string;
  gramTokens: string;
  /** the kind's prior (kind.ts searchPrior): a ranking rule after the words matched */
  prior: number;
  channels: string[];
  brands: string[];
  businessCodes: string[];
  flowClass: string | null;
}

/** The document Meilisearch stores for a search entry: the fields the embedded index has (searchFields), numeric instants, arrays for filters. */
export function toMeiliDocument(entry: SearchEntryRow): MeiliDocument {
  const fields = searchFields(entry);
  return {
    id: entry.id,
    versionId: entry.versionId,
    documentId: entry.documentId,
    kind: entry.kind,
    code: entry.code,
    status: entry.status,
    effectiveFrom: epochMs(entry.effectiveFrom),
    effectiveTo: epochMs(entry.effectiveTo, OPEN_END)!,
    title: entry.title,
    titleTokens: fields.title,
    bodyTokens: fields.body,
    keywordTokens: fields.keywords,
    pinyin: fields.pinyin,
    gramTokens: fields.grams,
    prior: kindDefinition(entry.kind).searchPrior ?? 1,
    channels: unspaced(entry.channels),
    brands: unspaced(entry.brands),
    businessCodes: unspaced(entry.businessCodes),
    flowClass: entry.flowClass,
  };
}

const quoted = (values: string[]) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;

/** asOf and statuses as a Meilisearch filter: published versions by their window, open ones by status. */
export function statusFilter(query: Pick<SearchQuery, 'statuses' | 'asOf'>): string {
  const at = Date.parse(query.asOf);
  const { windowed, open } = splitStatuses(query.statuses);
  const parts: string[] = [];
  if (windowed.length > 0) parts.push(`(status IN ${quoted(windowed)} AND effectiveFrom <= ${at} AND effectiveTo > ${at})`);
  if (open.length > 0) parts.push(`status IN ${quoted(open)}`);
  return parts.join(' OR ');
}

/** The document attribute each facet counts and filters. */
export const FACET_ATTRIBUTE: Record<FacetName, keyof MeiliDocument> = { kinds: 'kind', channels: 'channels', brands: 'brands', businessCodes: 'businessCodes', flowClasses: 'flowClass' };

/** The filter as Meilisearch conditions (ANDed), leaving out `except`'s own; a list attribute matches if any value does. */
export function scopeFilter(filter: SearchFilterValues, except?: FacetName): string[] {
  return FACETS.filter((f) => f !== except && wantedOf(filter, f).length > 0).map((f) => `${FACET_ATTRIBUTE[f]} IN ${quoted(wantedOf(filter, f))}`);
}

/** Meilisearch's facetDistribution as counts per value, most first. */
export function facetCounts(distributions: Partial<Record<FacetName, Record<string, number> | undefined>>): FacetCounts {
  const sorted = (d: Record<string, number> = {}) => Object.entries(d).map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return Object.fromEntries(FACETS.map((f) => [f, sorted(distributions[f])])) as FacetCounts;
}

/**
 * The query text Meilisearch gets: for each query word, the way of saying it the embedded engine
 * would find it by — a correction (a mistyped code, a character typed by its sound) or the Chinese
 * a pinyin spells, else the character pairs of a word no document holds, else the word as typed.
 * Synonyms and the lexicon are Meilisearch's own synonyms setting.
 */
export const meiliQueryText = (groups: QueryGroup[]) =>
  groups
    .map((alternatives) => {
      const chosen = alternatives.find((a) => a.source === 'correction' || a.source === 'reading') ?? alternatives.find((a) => a.source === 'fragments') ?? alternatives[0]!;
      return chosen.words.join(' ');
    })
    .join(' ');

/** search/meilisearch.json with the synonym groups (both ways), the lexicon (customer words → document words) and the stop words. */
export function meiliSettings(): { primaryKey: string; settings: Settings } {
  const file = JSON.parse(readFileSync(path.join(projectRoot(), 'search', 'meilisearch.json'), 'utf8')) as { primaryKey: string; settings: Settings };
  const synonyms: Record<string, string[]> = {};
  const add = (word: string, others: string[]) => (synonyms[word] = [...new Set([...(synonyms[word] ?? []), ...others.filter((w) => w !== word)])]);
  for (const group of synonymGroups()) for (const word of group) add(word, group);
  for (const entry of lexicon()) for (const says of entry.says) add(says, entry.means);
  return { primaryKey: file.primaryKey, settings: { ...file.settings, synonyms, stopWords: [...stopWords()] } };
}
