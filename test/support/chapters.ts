import type { Db } from '../../src/db/database.js';
import { createChapter } from '../../src/modules/handbook/handbook.service.js';
import type { Actor } from '../../src/shared/actor.js';
import type { TestApp } from './harness.js';

export const VERSION_FIELDS = `id documentId versionNumber revision status effectiveFrom effectiveTo title changeNote`;

export const CREATE_CHAPTER = `mutation($input: CreateChapterInput!) { createChapter(input: $input) { version { ${VERSION_FIELDS} } } }`;
export const CREATE_DRAFT = `mutation($input: CreateChapterDraftInput!) { createChapterDraft(input: $input) { version { ${VERSION_FIELDS} } } }`;
export const UPDATE_DRAFT = `mutation($input: UpdateChapterDraftInput!) { updateChapterDraft(input: $input) { version { ${VERSION_FIELDS} ... on ChapterVersion { sections { number heading body } } } } }`;
export const SUBMIT = `mutation($input: SubmitVersionInput!) { submitVersion(input: $input) { version { ${VERSION_FIELDS} } } }`;
export const PUBLISH = `mutation($input: PublishVersionInput!) { publishVersion(input: $input) { version { ${VERSION_FIELDS} } } }`;
export const REJECT = `mutation($input: RejectVersionInput!) { rejectVersion(input: $input) { version { ${VERSION_FIELDS} } } }`;
export const RETIRE = `mutation($input: RetireDocumentInput!) { retireDocument(input: $input) { document { id retiredAt retiredReason } } }`;

export interface V {
  id: string;
  documentId: string;
  versionNumber: number;
  revision: number;
  status: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  title: string;
}

// Above the four seeded chapters, so tests can run on a seeded database too.
let nextNumber = 10;

/** A new chapter with one draft, written by `manager`. */
export async function newChapter(app: TestApp, sections = [{ heading: '1.1 总体说明', body: '本章说明服务流程管理的范围。' }]): Promise<V> {
  const data = await app.ok<{ createChapter: { version: V } }>('manager', CREATE_CHAPTER, {
    input: { number: nextNumber++, title: '第一章 概述', sections, changeNote: '首次起草' },
  });
  return data.createChapter.version;
}

export async function submit(app: TestApp, v: V): Promise<V> {
  return (await app.ok<{ submitVersion: { version: V } }>('manager', SUBMIT, { input: { versionId: v.id, expectedRevision: v.revision } })).submitVersion.version;
}

export async function publish(app: TestApp, v: V, effectiveFrom?: string): Promise<V> {
  return (await app.ok<{ publishVersion: { version: V } }>('approver', PUBLISH, { input: { versionId: v.id, effectiveFrom } })).publishVersion.version;
}

export async function newDraft(app: TestApp, documentId: string): Promise<V> {
  return (await app.ok<{ createChapterDraft: { version: V } }>('manager', CREATE_DRAFT, { input: { chapterId: documentId, changeNote: '修订' } })).createChapterDraft.version;
}

/** A chapter with a published first version effective at `effectiveFrom`. */
export async function publishedChapter(app: TestApp, effectiveFrom?: string): Promise<V> {
  return publish(app, await submit(app, await newChapter(app)), effectiveFrom);
}

let nextServiceNumber = 60;

/** A chapter with one draft, written through the service as `actor` (no HTTP), on whichever database `db` is. */
export const draftChapter = (db: Db, actor: Actor) =>
  createChapter(db, actor, { number: nextServiceNumber++, title: '第六十章 服务测试', changeNote: '起草', sections: [{ heading: '60.1 说明', body: '经由服务写入的章节。' }] });
