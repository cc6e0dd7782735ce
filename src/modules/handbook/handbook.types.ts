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
  sections: { type: () => [SectionInput], nullable: true, description: 'replaces all sections; numbered by position' },
});
