import { DateTime } from '../../graphql/date-time.js';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { LEARNING } from './learned.js';
import { Connection } from '../../graphql/relay.js';
import { FlowClassEnum } from '../flows/flow.types.js';
import type { DocumentKind } from '../versioning/kind.js';
import type { SearchQuery } from './engine.js';
import { DocumentKindEnum, DocumentVersion, VersionStatusEnum } from '../versioning/version.types.js';

@InputType({ description: 'narrows a search; the conditions given all apply, the values within one any' })
export class SearchFilter {
  @Field(() => [DocumentKindEnum], { nullable: true, description: 'only these document kinds; every kind when omitted' })
  kinds?: DocumentKind[] | null;

  @Field(() => [String], { nullable: true, description: 'channel letters' })
  channels?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'brand letters' })
  brands?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'only documents for these 4-digit business codes, e.g. 1102' })
  businessCodes?: string[] | null;

  @Field(() => [FlowClassEnum], { nullable: true, description: 'only flows of these classes' })
  flowClasses?: string[] | null;

  @Field(() => [VersionStatusEnum], { nullable: true, description: 'e.g. [DRAFT, IN_REVIEW] for managers, approvers and admins; statuses the searcher may not see are left out; default: what is in force at asOf' })
  statuses?: ('DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'RETIRED')[] | null;
}

@ObjectType({ description: 'one document version that matches' })
export class SearchHit {
  @Field(() => DocumentKindEnum, { description: 'the document’s kind' })
  kind: string;

  @Field(() => ID, { description: 'the document’s id' })
  documentId: string;

  @Field(() => ID, { description: 'the matching version’s id; name it in recordSearchClick' })
  versionId: string;

  @Field(() => String, { nullable: true, description: 'the flow, script or standard code' })
  code: string | null;

  @Field(() => String, { description: 'the version’s title' })
  title: string;

  @Field(() => String, { description: 'a passage of the original text, HTML-escaped, with matches in <mark>' })
  snippet: string;

  @Field(() => Float, { description: 'relevance; higher is better, comparable within one result list' })
  score: number;

  @Field(() => VersionStatusEnum, { description: 'the version’s status' })
  status: string;

  @Field(() => DateTime, { nullable: true, description: 'when the version took or takes effect; null for versions never published' })
  effectiveFrom: string | null;

  @Field(() => DocumentVersion, { description: 'the whole version' })
  version?: unknown;
}

export const SearchHitConnection = Connection('SearchHit', SearchHit);

@ObjectType({ description: 'one value of a facet and how many matches have it' })
export class FacetCount {
  @Field(() => String, { description: 'the value: a kind, channel letter, brand letter, business code or flow class' })
  value: string;

  @Field(() => Int, { description: 'matches with the value' })
  count: number;
}

@ObjectType({ description: 'how the matches divide up; each facet applies every filter except its own, so its other values stay selectable' })
export class SearchFacets {
  @Field(() => [FacetCount], { description: 'matches per document kind' })
  kinds: FacetCount[];

  @Field(() => [FacetCount], { description: 'matches per channel letter' })
  channels: FacetCount[];

  @Field(() => [FacetCount], { description: 'matches per brand letter' })
  brands: FacetCount[];

  @Field(() => [FacetCount], { description: 'matches per business code' })
  businessCodes: FacetCount[];

  @Field(() => [FacetCount], { description: 'matches per flow class' })
  flowClasses: FacetCount[];
}

@ObjectType({ description: 'a page of search hits, best first, with what the engine understood and the id to record clicks against' })
export class SearchResults extends SearchHitConnection {
  @Field(() => ID, { description: 'name it in recordSearchClick' })
  queryId: string;

  @Field(() => SearchFacets, { description: 'counted only when asked for' })
  facets?: SearchFacets;

  @Field(() => Boolean, { description: 'false when fewer than five documents have every word, so these are the documents with some of them (those with every word usually first)' })
  everyWord: boolean;

  @Field(() => Boolean, {
    description: 'true when totalCount is an estimate: Meilisearch counts exactly up to 1,000 matches; the embedded engine always counts exactly',
  })
  totalCountIsEstimate: boolean;

  /** what facets are counted for */
  facetQuery: SearchQuery;

  @Field(() => String, {
    description:
      'what the engine understood: query words separated by |, each with the ways it may appear separated by / — synonyms, what a customer phrase means (search/lexicon.yaml), a corrected code or character, the Chinese a pinyin spells, or a·word·in·pairs that no document holds as a word; e.g. "hjzy / 呼叫 转移 | 胡叫 / 呼叫"',
  })
  interpretedAs: string;
}

@ObjectType({ description: 'the state of the search engine, as the caller’s searches see it' })
export class SearchEngineStatus {
  @Field(() => String, { description: 'embedded or meilisearch' })
  engine: string;

  @Field(() => Int, { description: 'versions in the index; for those who may not see drafts, the published versions in force now (what their searches can find)' })
  documents: number;

  @Field(() => Int, { description: 'changes written but not yet in the engine' })
  pendingChanges: number;

  @Field(() => DateTime, { nullable: true, description: 'when changes last reached the engine (null: not since start-up, or embedded)' })
  lastSync: string | null;

  @Field(() => String, { nullable: true, description: 'why the last attempt to reach the engine failed; null once one succeeds' })
  lastError: string | null;
}

@InputType({ description: 'a result the searcher opened' })
export class RecordSearchClickInput {
  @Field(() => ID, { description: 'the search (SearchResults.queryId), one of the caller’s own' })
  queryId: string;

  @Field(() => ID, { description: 'the version opened: one of the search’s results (SearchHit.versionId)' })
  versionId: string;
}

export const SuggestionKindEnum = enumOf(['DOCUMENT', 'CODE', 'TERM', 'QUERY'] as const);
registerEnumType(SuggestionKindEnum, {
  name: 'SuggestionKind',
  description: 'what a suggestion completes the typing to',
  valuesConfig: {
    DOCUMENT: { description: 'the title of a document in force' },
    CODE: { description: 'a document or business code with its name' },
    TERM: { description: 'a word of the lexicon: what customers say, or the documents’ term for it' },
    QUERY: { description: 'a query several agents searched with and found something' },
  },
});

@ObjectType({ description: 'a completion of what the agent has begun to type' })
export class Suggestion {
  @Field(() => String, { description: 'the completion to show and, when chosen, to search for' })
  text: string;

  @Field(() => SuggestionKindEnum, { description: 'what the completion is' })
  kind: string;

  @Field(() => ID, { nullable: true, description: 'the document it names' })
  documentId: string | null;

  @Field(() => DocumentKindEnum, { nullable: true, description: 'the kind of the document it names; null when it names none' })
  documentKind: string | null;
}

@ObjectType({ description: 'a document agents taught the search to put first for a query, by opening it from that query' })
export class LearnedSearchPreference {
  @Field(() => String, { description: 'the query as compared: simplified, half-width, lower-case' })
  query: string;

  @Field(() => ID, { description: 'the document put first' })
  documentId: string;

  @Field(() => Int, { description: `agents who opened it from this query in the last ${LEARNING.windowDays} days (since any removal)` })
  agents: number;

  @Field(() => DateTime, { description: 'when an agent last opened it from this query' })
  lastOpenedAt: string;

  @Field(() => Float, { description: `each agent's click, halving every ${LEARNING.halfLifeDays} days` })
  weight: number;

  @Field(() => Boolean, { description: `whether search applies it: at least ${LEARNING.minAgents} agents, whose clicks still weigh ${LEARNING.minAgents / 2} together` })
  active: boolean;
}

export const LearnedSearchPreferenceConnection = Connection('LearnedSearchPreference', LearnedSearchPreference);

@InputType({ description: 'a learned preference to stop' })
export class RemoveLearnedSearchPreferenceInput {
  @Field(() => String, { description: 'the query as listed (LearnedSearchPreference.query); compared normalised' })
  query: string;

  @Field(() => ID, { description: 'the document the query leads to' })
  documentId: string;

  @Field(() => String, { description: 'why, kept in the audit trail; 1 to 2000 characters' })
  reason: string;
}
