import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { toConnection, toPage } from '../../shared/pagination.js';
import { visibleStatuses } from '../versioning/access.js';
import { VersionRow } from '../versioning/version.entity.js';
import { Document, DocumentVersionConnection, VersionPayload } from '../versioning/version.types.js';
import { ChapterRow } from './chapter.entity.js';
import type { ChapterContent } from './chapter.kind.js';
import { createChapter, createChapterDraft, updateChapterDraft } from './handbook.service.js';
import {
  Chapter,
  ChapterVersion,
  CreateChapterDraftInput,
  CreateChapterInput,
  Handbook,
  Section,
  UpdateChapterDraftInput,
} from './handbook.types.js';

const toChapter = (row: ChapterRow, asOf: string): Chapter => ({ id: row.documentId, number: row.number, asOf });

/** Chapters with a version the reader may see: agents do not see a chapter that exists only as a draft. */
const visibleChapters = (ctx: Context) =>
  ctx.db.dataSource
    .getRepository(ChapterRow)
    .createQueryBuilder('c')
    .where((qb) => {
      const visible = qb.subQuery().select('1').from(VersionRow, 'v').where('v.documentId = c.documentId AND v.status IN (:...statuses)');
      return `EXISTS ${visible.getQuery()}`;
    })
    .setParameter('statuses', visibleStatuses(ctx.user));

@Resolver(() => Chapter)
export class HandbookResolver {
  @Authorized()
  @Query(() => Handbook, { description: 'every chapter in order, each resolved at asOf (default now)' })
  async handbook(@Ctx() ctx: Context, @Arg('asOf', () => DateTimeResolver, { nullable: true }) asOf?: Date | null): Promise<Handbook> {
    const at = instant(ctx, asOf);
    const rows = await visibleChapters(ctx).orderBy('c.number', 'ASC').getMany();
    return { asOf: at, chapters: rows.map((r) => toChapter(r, at)) };
  }

  @Authorized()
  @Query(() => Chapter, { nullable: true })
  async chapter(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateTimeResolver, { nullable: true }) asOf?: Date | null,
  ): Promise<Chapter | null> {
    const row = await visibleChapters(ctx).andWhere('c.documentId = :id', { id }).getOne();
    return row ? toChapter(row, instant(ctx, asOf)) : null;
  }

  @FieldResolver(() => ChapterVersion, { nullable: true, description: 'the version in force at the asOf of the query; null if none' })
  inForce(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<VersionRow | null> {
    return ctx.loaders.inForce(chapter.asOf).load(chapter.id);
  }

  @FieldResolver(() => String, { description: 'the title in force at asOf, else that of the newest version you may see' })
  async title(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<string> {
    const inForce = await ctx.loaders.inForce(chapter.asOf).load(chapter.id);
    if (inForce) return inForce.title;
    const newest = await ctx.loaders.page({ limit: 1 }, visibleStatuses(ctx.user)).load(chapter.id);
    return newest.rows[0]?.title ?? '';
  }

  @FieldResolver(() => DocumentVersionConnection, { description: 'newest first; agents see published versions only' })
  async versions(
    @Root() chapter: Chapter,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    const page = toPage(first, after);
    const { rows, totalCount } = await ctx.loaders.page(page, visibleStatuses(ctx.user)).load(chapter.id);
    return toConnection(rows, page, (v) => v.versionNumber, totalCount);
  }

  @FieldResolver(() => Document)
  async document(@Root() chapter: Chapter, @Ctx() ctx: Context) {
    return ctx.loaders.documentById.load(chapter.id);
  }

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => VersionPayload, { description: 'a new chapter with its first draft' })
  async createChapter(@Arg('input', () => CreateChapterInput) input: CreateChapterInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await createChapter(ctx.db, actorOf(ctx), input) };
  }

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => VersionPayload, { description: 'a new draft of a chapter, copied from basedOnVersionId or the latest version' })
  async createChapterDraft(@Arg('input', () => CreateChapterDraftInput) input: CreateChapterDraftInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await createChapterDraft(ctx.db, actorOf(ctx), input) };
  }

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => VersionPayload, { description: 'edit a draft; a stale expectedRevision gets CONFLICT' })
  async updateChapterDraft(@Arg('input', () => UpdateChapterDraftInput) input: UpdateChapterDraftInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await updateChapterDraft(ctx.db, actorOf(ctx), input) };
  }
}

@Resolver(() => ChapterVersion)
export class ChapterVersionResolver {
  @FieldResolver(() => [Section], { description: 'in order, numbered by position' })
  sections(@Root() v: VersionRow): Section[] {
    const content = JSON.parse(v.content) as ChapterContent;
    return content.sections.map((s, i) => ({ number: i + 1, heading: s.heading, body: s.body }));
  }
}
