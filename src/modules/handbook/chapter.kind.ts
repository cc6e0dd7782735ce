import { z } from 'zod';
import { text } from '../../shared/validation.js';
import { defineKind } from '../versioning/kind.js';

export const sectionSchema = z.object({ heading: text(200), body: text(20_000) });
export const chapterContent = z.object({
  sections: z.array(sectionSchema).max(100, 'must hold at most 100 sections'),
});
export type ChapterContent = z.infer<typeof chapterContent>;

declare module '../versioning/document-kind.js' {
  interface DocumentKinds {
    CHAPTER: ChapterContent;
  }
}

export const chapterKind = defineKind({
  kind: 'CHAPTER',
  typeName: 'Chapter',
  description: 'a chapter of the process handbook (《客户服务热线服务流程管理规范》), section by section',
  content: chapterContent,
  contentField: 'sections',
  readinessProblems: (c) => (c.sections.length === 0 ? ['a chapter needs at least one section'] : []),
  sections: (c) => c.sections,
  searchView: (c) => ({ body: c.sections.map((s) => `${s.heading}\n${s.body}`).join('\n\n'), headings: c.sections.map((s) => s.heading) }),
});
