import { DateTime } from '../../graphql/date-time.js';
import { Arg, type ClassType, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../graphql/context.js';
import { toConnection, toPage } from '../../shared/pagination.js';
import { User } from '../auth/auth.types.js';
import { visibleStatuses } from './access.js';
import type { DocumentAt } from './document-list.js';
import type { VersionRow } from './version.entity.js';
import { readAt } from './windows.js';
import { DocumentVersionConnection } from './version.types.js';

/**
 * The fields every coded document type (Flow, Script, Standard) shares, resolved from a
 * DocumentAt: written once, mounted on each kind's object type with its own version type.
 */
export function documentFieldsResolver(objectType: ClassType, versionType: ClassType) {
  @Resolver(() => objectType)
  class DocumentFieldsResolver {
    @FieldResolver(() => ID, { description: 'the document’s id' })
    id(@Root() d: DocumentAt) {
      return d.document.id;
    }

    @FieldResolver(() => String, { description: 'the document’s stable code, unique within its kind' })
    code(@Root() d: DocumentAt) {
      return d.document.code ?? '';
    }

    @FieldResolver(() => String, { description: 'the title in force at asOf, else that of the newest version you may see' })
    title(@Root() d: DocumentAt) {
      return d.current.title;
    }

    @FieldResolver(() => User, { nullable: true, description: 'who answers for the document: exceptions about it go to them; null: nobody' })
    owner(@Root() d: DocumentAt, @Ctx() ctx: Context) {
      return d.document.ownerId ? ctx.loaders.userById.load(d.document.ownerId) : null;
    }

    @FieldResolver(() => DateTime, { nullable: true, description: 'when the document stops or stopped being in force; null: not retired' })
    retiredAt(@Root() d: DocumentAt) {
      return d.document.retiredAt;
    }

    @FieldResolver(() => versionType, { nullable: true, description: 'the version in force at asOf; null if none' })
    async inForce(@Root() d: DocumentAt, @Ctx() ctx: Context): Promise<VersionRow | null> {
      return readAt(await ctx.loaders.inForce(d.asOf).load(d.document.id), d.asOf);
    }

    @FieldResolver(() => DocumentVersionConnection, { description: 'newest first; agents see published versions only' })
    async versions(
      @Root() d: DocumentAt,
      @Ctx() ctx: Context,
      @Arg('first', () => Int, { nullable: true, description: 'versions per page, 0 to 100; default 20' }) first?: number | null,
      @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
    ) {
      const page = toPage(first, after);
      const { rows, totalCount } = await ctx.loaders.page(page, visibleStatuses(actorOf(ctx))).load(d.document.id);
      return toConnection(
        rows.map((v) => readAt(v, d.asOf)),
        page,
        (v) => v.versionNumber,
        totalCount,
      );
    }
  }
  return DocumentFieldsResolver;
}
