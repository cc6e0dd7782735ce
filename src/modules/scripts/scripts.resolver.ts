import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { notFound } from '../../shared/errors.js';
import { toPage } from '../../shared/pagination.js';
import { documentFieldsResolver } from '../versioning/document-fields.js';
import { currentVersions, type DocumentAt, listDocuments } from '../versioning/document-list.js';
import { appliesTo } from '../versioning/scope.js';
import type { VersionRow } from '../versioning/version.entity.js';
import { VersionPayload } from '../versioning/version.types.js';
import { renderText, type ScriptContent } from './script.kind.js';
import {
  CreateScriptDraftInput,
  CreateScriptInput,
  Placeholder,
  PlaceholderValueInput,
  RenderedScript,
  Script,
  ScriptConnection,
  ScriptFilter,
  ScriptVersion,
  UpdateScriptDraftInput,
} from './script.types.js';
import { scriptService } from './scripts.service.js';

const contentOf = (v: VersionRow) => JSON.parse(v.content) as ScriptContent;

export const ScriptFieldsResolver = documentFieldsResolver(Script, ScriptVersion);

@Resolver(() => Script)
export class ScriptsResolver {
  @Authorized()
  @Query(() => ScriptConnection, { description: 'standard scripts by code, each resolved at asOf (default now)' })
  scripts(
    @Ctx() ctx: Context,
    @Arg('filter', () => ScriptFilter, { nullable: true }) filter?: ScriptFilter | null,
    @Arg('asOf', () => DateTimeResolver, { nullable: true }) asOf?: Date | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listDocuments(ctx, 'SCRIPT', instant(ctx, asOf), toPage(first, after), (v) => {
      const c = contentOf(v);
      return (
        (!filter?.scenario || c.scenario === filter.scenario) &&
        (!filter?.tag || c.tags.includes(filter.tag)) &&
        appliesTo(c, filter?.channel, filter?.businessCode)
      );
    });
  }

  @Authorized()
  @Query(() => Script, { nullable: true })
  async script(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Arg('asOf', () => DateTimeResolver, { nullable: true }) asOf?: Date | null): Promise<DocumentAt | null> {
    return (await currentVersions(ctx, 'SCRIPT', instant(ctx, asOf), { ids: [id] }))[0] ?? null;
  }

  @Authorized()
  @Query(() => RenderedScript, { description: 'the words in force at asOf with the placeholders filled; missing or unknown values are refused by name' })
  async renderScript(
    @Arg('id', () => ID) id: string,
    @Arg('values', () => [PlaceholderValueInput]) values: PlaceholderValueInput[],
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateTimeResolver, { nullable: true }) asOf?: Date | null,
  ): Promise<RenderedScript> {
    const version = await ctx.loaders.inForce(instant(ctx, asOf)).load(id);
    if (!version || version.kind !== 'SCRIPT') throw notFound('script in force', id);
    return { text: renderText(contentOf(version), values), versionId: version.id };
  }

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => VersionPayload, { description: 'a new script with its first draft' })
  async createScript(@Arg('input', () => CreateScriptInput) input: CreateScriptInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await scriptService.create(ctx.db, actorOf(ctx), { ...input }) };
  }

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => VersionPayload)
  async createScriptDraft(@Arg('input', () => CreateScriptDraftInput) input: CreateScriptDraftInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await scriptService.createDraft(ctx.db, actorOf(ctx), { documentId: input.scriptId, basedOnVersionId: input.basedOnVersionId, changeNote: input.changeNote }) };
  }

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => VersionPayload, { description: 'edit a script draft; only the fields given change' })
  async updateScriptDraft(@Arg('input', () => UpdateScriptDraftInput) input: UpdateScriptDraftInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await scriptService.updateDraft(ctx.db, actorOf(ctx), { ...input }) };
  }
}

@Resolver(() => ScriptVersion)
export class ScriptVersionResolver {
  @FieldResolver(() => String)
  scenario(@Root() v: VersionRow) {
    return contentOf(v).scenario;
  }

  @FieldResolver(() => String, { description: 'the words, with {placeholders}' })
  text(@Root() v: VersionRow) {
    return contentOf(v).text;
  }

  @FieldResolver(() => [Placeholder])
  placeholders(@Root() v: VersionRow) {
    return contentOf(v).placeholders;
  }

  @FieldResolver(() => [String], { description: 'channel letters; all when empty' })
  channels(@Root() v: VersionRow) {
    return contentOf(v).channels;
  }

  @FieldResolver(() => [String], { description: 'business codes; all when empty' })
  businessCodes(@Root() v: VersionRow) {
    return contentOf(v).businessCodes;
  }

  @FieldResolver(() => [String])
  tags(@Root() v: VersionRow) {
    return contentOf(v).tags;
  }
}
