import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { toPage } from '../../shared/pagination.js';
import { facets, recordClick, search } from './search.service.js';
import { RecordSearchClickInput, SearchEngineStatus, SearchFacets, SearchFilter, SearchHit, SearchResults } from './search.types.js';

@Resolver(() => SearchResults)
export class SearchResolver {
  @Allow('content.read')
  @Query(() => SearchResults, {
    description: 'every kind at once, in Chinese (words, codes, numbers, pinyin, traditional characters, synonyms); agents see what is in force at asOf (default now)',
  })
  search(
    @Arg('query', () => String) query: string,
    @Ctx() ctx: Context,
    @Arg('filter', () => SearchFilter, { nullable: true }) filter?: SearchFilter | null,
    @Arg('asOf', () => DateTimeResolver, { nullable: true }) asOf?: Date | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return search(ctx.search, actorOf(ctx), { query, filter, asOf: instant(ctx, asOf), page: toPage(first, after) });
  }

  @FieldResolver(() => SearchFacets)
  facets(@Root() results: SearchResults, @Ctx() ctx: Context) {
    return facets(ctx.search, results.facetQuery);
  }

  @Allow('content.read')
  @Query(() => SearchEngineStatus)
  searchEngineStatus(@Ctx() ctx: Context) {
    return ctx.search.engine.status();
  }

  @Allow('search.record')
  @Mutation(() => Boolean, { description: 'the searcher opened this result of that search' })
  recordSearchClick(@Arg('input', () => RecordSearchClickInput) input: RecordSearchClickInput, @Ctx() ctx: Context) {
    return recordClick(ctx.search, actorOf(ctx), input);
  }
}

@Resolver(() => SearchHit)
export class SearchHitResolver {
  @FieldResolver()
  version(@Root() hit: SearchHit, @Ctx() ctx: Context) {
    return ctx.loaders.byId.load(hit.versionId);
  }
}
