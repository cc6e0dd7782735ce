import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/date-time.js';
import { toPage } from '../../shared/pagination.js';
import { checkMapFilter } from '../touchpoints/touchpoints.service.js';
import { learnedPairs, removeLearnedPair } from './learned.js';
import { engineStatus, facets, normalizedQuery, recordClick, search, suggest } from './search.service.js';
import {
  LearnedSearchPreference,
  LearnedSearchPreferenceConnection,
  RecordSearchClickInput,
  RemoveLearnedSearchPreferenceInput,
  SearchEngineStatus,
  SearchFacets,
  SearchFilter,
  SearchHit,
  SearchResults,
  Suggestion,
} from './search.types.js';

@Resolver(() => SearchResults)
export class SearchResolver {
  @Allow('content.read')
  @Query(() => SearchResults, {
    description: 'every kind at once, in Chinese (words, codes, numbers, pinyin, traditional characters, synonyms); agents see what is in force at asOf (default now)',
  })
  async search(
    @Arg('query', () => String, { description: 'what the agent typed; only the first 500 characters count' }) query: string,
    @Ctx() ctx: Context,
    @Arg('filter', () => SearchFilter, { nullable: true, description: 'narrows the documents searched; everything the caller may see when omitted' }) filter?: SearchFilter | null,
    @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant whose content in force is searched; now when omitted' }) asOf?: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'hits per page, 0 to 100; default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
  ) {
    await checkMapFilter(ctx.db, filter);
    return search(ctx.search, actorOf(ctx), { query, filter, asOf: instant(ctx, asOf), page: toPage(first, after) });
  }

  @FieldResolver(() => SearchFacets, { description: 'how the matches divide by kind, channel, brand, business and flow class' })
  facets(@Root() results: SearchResults, @Ctx() ctx: Context) {
    return facets(ctx.search, results.facetQuery);
  }

  @Allow('content.read')
  @Query(() => SearchEngineStatus, { description: 'which engine serves search and whether it is up to date' })
  searchEngineStatus(@Ctx() ctx: Context) {
    return engineStatus(ctx.search, actorOf(ctx), instant(ctx));
  }

  @Allow('search.record')
  @Mutation(() => Boolean, { description: 'the searcher opened this result of that search; an agent’s click also teaches the search (learnedSearchPreferences)' })
  recordSearchClick(@Arg('input', () => RecordSearchClickInput, { description: 'the search and the version opened' }) input: RecordSearchClickInput, @Ctx() ctx: Context) {
    return recordClick(ctx.search, actorOf(ctx), input);
  }

  @Allow('content.read')
  @Query(() => [Suggestion], { description: 'completions of what the agent has typed so far — titles, codes, the lexicon’s words, queries that found something — from Chinese, pinyin or initials' })
  suggest(@Arg('prefix', () => String, { description: 'what the agent has typed so far, at most 50 characters' }) prefix: string, @Ctx() ctx: Context, @Arg('first', () => Int, { nullable: true, description: '1–20, default 8' }) first?: number | null) {
    return suggest(ctx.search, { prefix, first });
  }

  @Allow('search.curate')
  @Query(() => LearnedSearchPreferenceConnection, { description: 'what agents taught the search by opening the same document from the same query; most agents first' })
  learnedSearchPreferences(
    @Ctx() ctx: Context,
    @Arg('query', () => String, { nullable: true, description: 'only this query (as typed; compared normalized)' }) query?: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'preferences per page, 0 to 100; default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
  ) {
    return learnedPairs(ctx.db, ctx.clock.now(), { query: query ? normalizedQuery(query) : null }, toPage(first, after));
  }

  @Allow('search.curate')
  @Mutation(() => LearnedSearchPreference, { description: 'stop a learned preference: the clicks so far no longer count for it (audited)' })
  removeLearnedSearchPreference(@Arg('input', () => RemoveLearnedSearchPreferenceInput, { description: 'the query, the document and why' }) input: RemoveLearnedSearchPreferenceInput, @Ctx() ctx: Context) {
    return removeLearnedPair(ctx.db, actorOf(ctx), { ...input, query: normalizedQuery(input.query) });
  }
}

@Resolver(() => SearchHit)
export class SearchHitResolver {
  @FieldResolver()
  version(@Root() hit: SearchHit, @Ctx() ctx: Context) {
    return ctx.loaders.byId.load(hit.versionId);
  }
}
