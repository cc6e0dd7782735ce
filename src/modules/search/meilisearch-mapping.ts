import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from 'meilisearch';
import { projectRoot } from '../../shared/project-root.js';
import { isCodeLike } from './codes.js';
import { FACETS, type FacetCounts, type FacetName, type SearchFilterValues, type SearchQuery, splitStatuses } from './engine.js';
import { wantedOf } from './facets.js';
import type { SearchEntryRow } from './search.entity.js';
import { epochMs, OPEN_END, unspaced } from './search-index.js';
import { indexTokens, pinyinTokens, synonymGroups } from './text.js';

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
  channels: string[];
  brands: string[];
  businessCodes: string[];
  flowClass: string | null;
}

/** The document Meilisearch stores for a search entry: pre-segmented text, numeric instants, arrays for filters. */
export function toMeiliDocument(entry: SearchEntryRow): MeiliDocument {
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
    titleTokens: indexTokens(entry.title),
    bodyTokens: indexTokens(entry.body),
    keywordTokens: indexTokens(entry.keywords),
    pinyin: pinyinTokens(entry.title),
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
 * The query text Meilisearch gets: each word's segments (synonyms are Meilisearch's own setting).
 * A mistyped code (one no document or touchpoint has) is sent as the code it was meant to be, the
 * correction the embedded engine makes, rather than left to Meilisearch's typo tolerance (its
 * documents disagree on whether a swap is one typo or two). A code-like word has no synonyms (a
 * test keeps search/synonyms.yaml so), so its other alternatives are the corrections.
 */
export const meiliQueryText = (groups: string[][][]) =>
  groups
    .map(([typed, correction]) => (typed!.length === 1 && isCodeLike(typed![0]!) && correction ? correction : typed!).join(' '))
    .join(' ');

/** search/meilisearch.json plus the synonym groups, as the index settings applied at start-up. */
export function meiliSettings(): { primaryKey: string; settings: Settings } {
  const file = JSON.parse(readFileSync(path.join(projectRoot(), 'search', 'meilisearch.json'), 'utf8')) as { primaryKey: string; settings: Settings };
  const synonyms: Record<string, string[]> = {};
  for (const group of synonymGroups()) for (const word of group) synonyms[word] = group.filter((w) => w !== word);
  return { primaryKey: file.primaryKey, settings: { ...file.settings, synonyms } };
}
