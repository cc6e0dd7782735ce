import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { toPage } from '../../shared/pagination.js';
import { documentFieldsResolver } from '../versioning/document-fields.js';
import { currentVersions, type DocumentAt, listDocuments } from '../versioning/document-list.js';
import { appliesTo } from '../versioning/scope.js';
import type { VersionRow } from '../versioning/version.entity.js';
import { VersionPayload } from '../versioning/version.types.js';
import type { StandardContent } from './standard.kind.js';
import {
  CreateStandardDraftInput,
  CreateStandardInput,
  GradeValue,
  Standard,
  StandardConnection,
  StandardFilter,
  StandardVersion,
  UpdateStandardDraftInput,
} from './standard.types.js';
import { standardService } from './standards.service.js';

const contentOf = (v: VersionRow) => JSON.parse(v.content) as StandardContent;

export const StandardFieldsResolver = documentFieldsResolver(Standard, StandardVersion);

@Resolver(() => Standard)
export class StandardsResolver {
  @Authorized()
  @Query(() => StandardConnection, { description: 'service standards by code, each resolved at asOf (default now)' })
  standards(
    @Ctx() ctx: Context,
    @Arg('filter', () => StandardFilter, { nullable: true }) filter?: StandardFilter | null,
    @Arg('asOf', () => DateTimeResolver, { nullable: true }) asOf?: Date | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listDocuments(ctx, 'STANDARD', instant(ctx, asOf), toPage(first, after), (v) => {
      const c = contentOf(v);
      return (
        (!filter?.standardClass || c.standardClass === filter.standardClass) &&
        (!filter?.grade || c.values.some((g) => g.grade === filter.grade)) &&
        appliesTo(c, filter?.channel, filter?.businessCode)
      );
    });
  }

  @Authorized()
  @Query(() => Standard, { nullable: true })
  async standard(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Arg('asOf', () => DateTimeResolver, { nullable: true }) asOf?: Date | null): Promise<DocumentAt | null> {
    return (await currentVersions(ctx, 'STANDARD', instant(ctx, asOf), { ids: [id] }))[0] ?? null;
  }

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => VersionPayload, { description: 'a new standard with its first draft' })
  async createStandard(@Arg('input', () => CreateStandardInput) input: CreateStandardInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await standardService.create(ctx.db, actorOf(ctx), { ...input }) };
  }

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => VersionPayload)
  async createStandardDraft(@Arg('input', () => CreateStandardDraftInput) input: CreateStandardDraftInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await standardService.createDraft(ctx.db, actorOf(ctx), { documentId: input.standardId, basedOnVersionId: input.basedOnVersionId, changeNote: input.changeNote }) };
  }

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => VersionPayload, { description: 'edit a standard draft; only the fields given change' })
  async updateStandardDraft(@Arg('input', () => UpdateStandardDraftInput) input: UpdateStandardDraftInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await standardService.updateDraft(ctx.db, actorOf(ctx), { ...input }) };
  }
}

@Resolver(() => StandardVersion)
export class StandardVersionResolver {
  @FieldResolver(() => String, { description: 'TIME_LIMIT, FUNCTION or CARE' })
  standardClass(@Root() v: VersionRow) {
    return contentOf(v).standardClass;
  }

  @FieldResolver(() => String)
  commitment(@Root() v: VersionRow) {
    return contentOf(v).commitment;
  }

  @FieldResolver(() => [GradeValue], { description: 'the commitment per customer grade' })
  values(@Root() v: VersionRow) {
    return contentOf(v).values;
  }

  @FieldResolver(() => [String])
  channels(@Root() v: VersionRow) {
    return contentOf(v).channels;
  }

  @FieldResolver(() => [String])
  businessCodes(@Root() v: VersionRow) {
    return contentOf(v).businessCodes;
  }
}
