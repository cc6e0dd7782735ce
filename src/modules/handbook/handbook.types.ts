import { DateTime } from '../../graphql/date-time.js';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { inputType } from '../../graphql/input-type.js';
import { DocumentVersion, draftEditFields, newDraftInput } from '../versioning/version.types.js';

@ObjectType()
export class Section {
  @Field(() => Int, { description: 'position in the chapter, from 1' })
  number: number;

  @Field(() => String)
  heading: string;

  @Field(() => String)
  body: string;
}

@ObjectType({ implements: DocumentVersion, description: 'a version of a handbook chapter: the whole chapter, section by section' })
export class ChapterVersion extends DocumentVersion {}

@ObjectType({ description: 'a chapter of 《客户服务热线服务流程管理规范》' })
export class Chapter {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  /** the instant the chapter is read at */
  asOf: string;
}

@ObjectType({ description: 'the handbook as it stood at asOf' })
export class Handbook {
  @Field(() => DateTime)
  asOf: string;

  @Field(() => [Chapter], { description: 'in chapter order' })
  chapters: Chapter[];
}

@InputType()
export class SectionInput {
  @Field(() => String)
  heading: string;

  @Field(() => String)
  body: string;
}

@InputType({ description: 'a change to one section of a chapter draft' })
export class SectionPatchInput {
  @Field(() => Int, { description: 'the section’s number (1-based) before this edit; the next number after the last appends a section' })
  number: number;

  @Field(() => String, { nullable: true, description: 'the new heading; unchanged when omitted (required to append)' })
  heading?: string | null;

  @Field(() => String, { nullable: true, description: 'the new body; unchanged when omitted (required to append)' })
  body?: string | null;
}

@InputType()
export class CreateChapterInput {
  @Field(() => Int)
  number: number;

  @Field(() => String)
  title: string;

  @Field(() => [SectionInput])
  sections: SectionInput[];

  @Field(() => String)
  changeNote: string;
}

export const CreateChapterDraftInput = newDraftInput('Chapter', 'chapterId');

export const UpdateChapterDraftInput = inputType('UpdateChapterDraftInput', {
  ...draftEditFields,
  title: { type: () => String, nullable: true },
  sections: {
    type: () => [SectionPatchInput],
    nullable: true,
    description: 'changes to single sections, by number: the sections not named stay as they are; the numbers just past the last append',
  },
  removeSections: { type: () => [Int], nullable: true, description: 'numbers of sections to drop (as numbered before this edit); the rest are renumbered' },
});
