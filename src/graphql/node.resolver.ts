import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { caseById } from '../modules/cases/cases.service.js';
import { visibleChapters } from '../modules/handbook/handbook.service.js';
import { isVisible } from '../modules/versioning/access.js';
import { findDocument } from '../modules/versioning/document-list.js';
import { kindDefinition } from '../modules/versioning/kind.js';
import { versionTypeName } from '../modules/versioning/version.types.js';
import { Allow } from './allow.js';
import { actorOf, instant, type Context } from './context.js';
import { asNode, Node } from './node.js';

@Resolver()
export class NodeResolver {
  @Allow('content.read')
  @Query(() => Node, {
    nullable: true,
    description: 'a document (read now), a version or an exception by its id alone; null when nothing has that id or you may not see it',
  })
  async node(@Arg('id', () => ID, { description: 'an id the API returned' }) id: string, @Ctx() ctx: Context): Promise<object | null> {
    const reader = actorOf(ctx);
    const version = await ctx.loaders.byId.load(id);
    if (version) return isVisible(reader, version.status) ? asNode(version, versionTypeName(version.kind)) : null;
    const document = await ctx.loaders.documentById.load(id);
    if (document) {
      const now = instant(ctx);
      if (document.kind === 'CHAPTER') {
        const [row] = await visibleChapters(ctx.db, reader, { id });
        return row ? asNode({ id: row.documentId, number: row.number, asOf: now }, 'Chapter') : null;
      }
      if (document.kind === 'CASE') {
        const found = await caseById(ctx.db, id, now);
        return found ? asNode(found, 'Case') : null;
      }
      const found = await findDocument(ctx.db, reader, document.kind, now, { id });
      return found ? asNode(found, kindDefinition(document.kind).typeName) : null;
    }
    const exception = await ctx.loaders.exceptionById.load(id);
    return exception ? asNode(exception, 'KnowledgeException') : null;
  }
}
