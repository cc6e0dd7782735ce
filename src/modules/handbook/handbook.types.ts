import { Node } from '../../graphql/node.js';
import { DateTime } from '../../graphql/date-time.js';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { inputType } from '../../graphql/input-type.js';
import { DocumentVersion, draftEditFields, newDraftInput } from '../versioning/version.types.js';

@ObjectType({ description: 'a section of a handbook chapter' })
export class Section {
  @Field(() => Int, { description: 'position in the chapter, from 1' })
  number: number;

  @Field(() => String, { description: 'the section’s heading, 1 to 200 characters' })
  heading: string;

  @Field(() => String, { description: 'the section’s text, 1 to 20,000 characters' })
  body: string;
}

@ObjectType({ implements: [DocumentVersion, Node], description: 'a version of a handbook chapter: the whole chapter, section by section' })
export class ChapterVersion extends DocumentVersion {}

@ObjectType({ implements: Node, description: 'a chapter of 《客户服务热线服务流程管理规范》' })
export class Chapter {
  @Field(() => ID, { description: 'the chapter document’s id' })
  id: string;

  @Field(() => Int, { description: 'the chapter’s number in the handbook, 1 to 99, unique' })
  number: number;

  /** the instant the chapter is read at */
  asOf: string;
}

@ObjectType({ description: 'the handbook as it stood at asOf' })
export class Handbook {
  @Field(() => DateTime, { description: 'the instant the chapters are read at' })
  asOf: string;

  @Field(() => [Chapter], { description: 'in chapter order' })
  chapters: Chapter[];
}

@InputType({ description: 'a section of a chapter draft; numbered by its position' })
export class SectionInput {
  @Field(() => String, { description: 'the section’s heading, 1 to 200 characters' })
  heading: string;

  @Field(() => String, { description: 'the section’s text, 1 to 20,000 characters' })
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

@InputType({ description: 'a new chapter with its first draft' })
export class CreateChapterInput {
  @Field(() => Int, { description: 'the chapter’s number, 1 to 99, not yet taken' })
  number: number;

  @Field(() => String, { description: 'the chapter’s title, 1 to 200 characters: the title of its first version' })
  title: string;

  @Field(() => [SectionInput], { description: 'the sections in order, at most 100; at least one before it can be submitted' })
  sections: SectionInput[];

  @Field(() => String, { description: 'why the chapter is created, 1 to 2000 characters' })
  changeNote: string;
}

export const CreateChapterDraftInput = newDraftInput('Chapter', 'chapterId');

export const UpdateChapterDraftInput = inputType(
  'UpdateChapterDraftInput',
  {
    ...draftEditFields,
    title: { type: () => String, nullable: true, description: 'the chapter’s title, 1 to 200 characters; left out or null: unchanged' },
    sections: {
      type: () => [SectionPatchInput],
      nullable: true,
      description: 'changes to single sections, by number: the sections not named stay as they are; the numbers just past the last append',
    },
    removeSections: { type: () => [Int], nullable: true, description: 'numbers of sections to drop (as numbered before this edit); the rest are renumbered' },
  },
  'an edit of a chapter draft: a field left out or null stays as it is',
);
