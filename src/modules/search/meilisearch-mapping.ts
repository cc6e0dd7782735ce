import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from 'meilisearch';
import { projectRoot } from '../../shared/project-root.js';
import type { SearchMatch, SearchQuery } from './engine.js';
import type { SearchEntryRow } from './search.entity.js';
import { unspaced } from './search-index.js';
import { indexTokens, pinyinTokens, synonymGroups } from './text.js';

/** An open window ends at the largest safe integer, so `effectiveTo > asOf` needs no null test. */
export const OPEN_END = Number.MAX_SAFE_INTEGER;
const WINDOWED = ['PUBLISHED', 'RETIRED'];

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
    effectiveFrom: entry.effectiveFrom ? Date.parse(entry.effectiveFrom) : null,
    effectiveTo: entry.effectiveTo ? Date.parse(entry.effectiveTo) : OPEN_END,
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

/** A Meilisearch hit back in the engine-neutral shape. */
export function fromMeiliHit(hit: MeiliDocument & { _rankingScore?: number }): SearchMatch {
  const spaced = (values: string[]) => ` ${values.join(' ')} `;
  return {
    id: hit.id,
    versionId: hit.versionId,
    documentId: hit.documentId,
    kind: hit.kind as SearchMatch['kind'],
    code: hit.code,
    status: hit.status as SearchMatch['status'],
    effectiveFrom: hit.effectiveFrom === null ? null : new Date(hit.effectiveFrom).toISOString(),
    effectiveTo: hit.effectiveTo === OPEN_END ? null : new Date(hit.effectiveTo).toISOString(),
    title: hit.title,
    channels: spaced(hit.channels),
    brands: spaced(hit.brands),
    businessCodes: spaced(hit.businessCodes),
    flowClass: hit.flowClass,
    score: Math.round((hit._rankingScore ?? 0) * 1000) / 1000,
  };
}

const quoted = (values: string[]) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;

/** asOf and statuses as a Meilisearch filter: published versions by their window, open ones by status. */
export function statusFilter(query: Pick<SearchQuery, 'statuses' | 'asOf'>): string {
  const at = Date.parse(query.asOf);
  const windowed = query.statuses.filter((s) => WINDOWED.includes(s));
  const open = query.statuses.filter((s) => !WINDOWED.includes(s));
  const parts: string[] = [];
  if (windowed.length > 0) parts.push(`(status IN ${quoted(windowed)} AND effectiveFrom <= ${at} AND effectiveTo > ${at})`);
  if (open.length > 0) parts.push(`status IN ${quoted(open)}`);
  return parts.join(' OR ');
}

/** The query text Meilisearch gets: each word's segments (synonyms are Meilisearch's own setting). */
export const meiliQueryText = (groups: string[][][]) => groups.map((alternatives) => alternatives[0]!.join(' ')).join(' ');

/** search/meilisearch.json plus the synonym groups, as the index settings applied at start-up. */
export function meiliSettings(): { primaryKey: string; settings: Settings } {
  const file = JSON.parse(readFileSync(path.join(projectRoot(), 'search', 'meilisearch.json'), 'utf8')) as { primaryKey: string; settings: Settings };
  const synonyms: Record<string, string[]> = {};
  for (const group of synonymGroups()) for (const word of group) synonyms[word] = group.filter((w) => w !== word);
  return { primaryKey: file.primaryKey, settings: { ...file.settings, synonyms } };
}
