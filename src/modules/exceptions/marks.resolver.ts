import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../graphql/context.js';
import type { SearchQuery } from '../search/engine.js';
import { SearchResults } from '../search/search.types.js';
import type { VersionRow } from '../versioning/version.entity.js';
import { DocumentVersion } from '../versioning/version.types.js';
import { exceptionsMatching } from './exceptions.service.js';
import { KnowledgeException } from './exceptions.types.js';

/** What the knowledge process adds to search results: the questions still being answered. */
@Resolver(() => SearchResults)
export class SearchExceptionsResolver {
  @FieldResolver(() => [KnowledgeException], {
    description: 'open and answered exceptions asking what the query asks (at most 3): "being answered", or an interim answer not yet validated — beside the documents, so an agent with the same question finds it',
  })
  exceptions(@Root() results: { facetQuery: SearchQuery }, @Ctx() ctx: Context) {
    actorOf(ctx);
    return exceptionsMatching(ctx.search, results.facetQuery.groups, 3);
  }
}

/** What agents see on a version from the knowledge process. */
@Resolver(() => DocumentVersion)
export class VersionMarksResolver {
  @FieldResolver(() => Boolean, { description: 'open flags from three agents, or from one supervisor: agents see it marked under review (it stays in force)' })
  underReview(@Root() v: VersionRow, @Ctx() ctx: Context) {
    return ctx.loaders.isUnderReview.load(v.id);
  }
}
