import { DateTime } from '../../graphql/date-time.js';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { toConnection, toPage } from '../../shared/pagination.js';
import { visibleStatuses } from '../versioning/access.js';
import type { VersionRow } from '../versioning/version.entity.js';
import { Document, DocumentVersionConnection, VersionPayload } from '../versioning/version.types.js';
import type { ChapterRow } from './chapter.entity.js';
import type { ChapterContent } from './chapter.kind.js';
import { type ChapterDraftEdit, createChapter, createChapterDraft, updateChapterDraft, visibleChapters } from './handbook.service.js';
import { documentKey } from '../versioning/document-key.js';
import { readAt } from '../versioning/windows.js';
import { Chapter, ChapterVersion, CreateChapterDraftInput, CreateChapterInput, Handbook, Section, UpdateChapterDraftInput } from './handbook.types.js';

const toChapter = (row: ChapterRow, asOf: string): Chapter => ({ id: row.documentId, number: row.number, asOf });

@Resolver(() => Chapter)
export class HandbookResolver {
  @Allow('content.read')
  @Query(() => Handbook, { description: 'every chapter in order, each resolved at asOf (default now)' })
  async handbook(@Ctx() ctx: Context, @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to read the handbook at; now when omitted' }) asOf?: Date | null): Promise<Handbook> {
    const at = instant(ctx, asOf);
    const rows = await visibleChapters(ctx.db, actorOf(ctx));
    return { asOf: at, chapters: rows.map((r) => toChapter(r, at)) };
  }

  @Allow('content.read')
  @Query(() => Chapter, { nullable: true, description: 'one chapter by id or by number (exactly one), resolved at asOf (default now); null when it does not exist or you may see none of its versions; an agent opening it counts in the usage reports' })
  async chapter(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'the chapter document’s id (Chapter.id)' }) id?: string | null,
    @Arg('number', () => Int, { nullable: true, description: 'the chapter number, as in the handbook (第 3 章 is 3)' }) number?: number | null,
    @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to read the chapter at; now when omitted' }) asOf?: Date | null,
  ): Promise<Chapter | null> {
    const [row] = await visibleChapters(ctx.db, actorOf(ctx), documentKey(id, 'number', number));
    if (!row) return null;
    const chapter = toChapter(row, instant(ctx, asOf));
    const inForce = await ctx.loaders.inForce(chapter.asOf).load(chapter.id);
    if (inForce) ctx.usage.record(actorOf(ctx), inForce, 'OPEN');
    return chapter;
  }

  @FieldResolver(() => ChapterVersion, { nullable: true, description: 'the version in force at the asOf of the query; null if none' })
  async inForce(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<VersionRow | null> {
    return readAt(await ctx.loaders.inForce(chapter.asOf).load(chapter.id), chapter.asOf);
  }

  @FieldResolver(() => String, { description: 'the title in force at asOf, else that of the newest version you may see' })
  async title(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<string> {
    const inForce = await ctx.loaders.inForce(chapter.asOf).load(chapter.id);
    if (inForce) return inForce.title;
    const newest = await ctx.loaders.page({ limit: 1 }, visibleStatuses(actorOf(ctx))).load(chapter.id);
    return newest.rows[0]?.title ?? '';
  }

  @FieldResolver(() => DocumentVersionConnection, { description: 'newest first; agents see published versions only' })
  async versions(
    @Root() chapter: Chapter,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'versions per page, 0 to 100; default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
  ) {
    const page = toPage(first, after);
    const { rows, totalCount } = await ctx.loaders.page(page, visibleStatuses(actorOf(ctx))).load(chapter.id);
    return toConnection(
      rows.map((v) => readAt(v, chapter.asOf)),
      page,
      (v) => v.versionNumber,
      totalCount,
    );
  }

  @FieldResolver(() => Document, { description: 'the chapter as a document: kind, creation and retirement' })
  async document(@Root() chapter: Chapter, @Ctx() ctx: Context) {
    return ctx.loaders.documentById.load(chapter.id);
  }

  @Allow('content.write')
  @Mutation(() => VersionPayload, { description: 'a new chapter with its first draft' })
  async createChapter(@Arg('input', () => CreateChapterInput, { description: 'the chapter’s number, title, sections and change note' }) input: CreateChapterInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await createChapter(ctx.db, actorOf(ctx), input) };
  }

  @Allow('content.write')
  @Mutation(() => VersionPayload, { description: 'a new draft of a chapter, copied from basedOnVersionId or the latest version' })
  async createChapterDraft(
    @Arg('input', () => CreateChapterDraftInput, { description: 'the chapter and the change note' }) input: { chapterId: string; basedOnVersionId?: string | null; changeNote: string },
    @Ctx() ctx: Context,
  ): Promise<VersionPayload> {
    return { version: await createChapterDraft(ctx.db, actorOf(ctx), input) };
  }

  @Allow('content.write')
  @Mutation(() => VersionPayload, { description: 'edit a chapter draft: only the title, note and sections named change; a stale expectedRevision gets CONFLICT' })
  async updateChapterDraft(
    @Arg('input', () => UpdateChapterDraftInput, { description: 'the draft, the revision read and the fields to change' }) input: ChapterDraftEdit,
    @Ctx() ctx: Context,
  ): Promise<VersionPayload> {
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
