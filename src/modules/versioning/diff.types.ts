import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ChunkKind, SectionChange } from './diff.js';
import { DocumentVersion } from './version.types.js';

const ChunkKindEnum = { EQUAL: 'EQUAL', ADDED: 'ADDED', REMOVED: 'REMOVED' } as const;
registerEnumType(ChunkKindEnum, { name: 'ChunkKind' });
const SectionChangeEnum = { ADDED: 'ADDED', REMOVED: 'REMOVED', MODIFIED: 'MODIFIED', UNCHANGED: 'UNCHANGED' } as const;
registerEnumType(SectionChangeEnum, { name: 'SectionChange' });

@ObjectType({ description: 'a run of text that is the same in both versions, or only in one' })
export class TextChunk {
  @Field(() => ChunkKindEnum)
  kind: ChunkKind;

  @Field(() => String)
  text: string;
}

@ObjectType()
export class SectionDiff {
  @Field(() => SectionChangeEnum)
  change: SectionChange;

  @Field(() => Int, { nullable: true, description: 'position in the older version' })
  fromNumber: number | null;

  @Field(() => Int, { nullable: true, description: 'position in the newer version' })
  toNumber: number | null;

  @Field(() => String)
  heading: string;

  @Field(() => [TextChunk], { description: 'empty when the heading is unchanged' })
  headingChanges: TextChunk[];

  @Field(() => [TextChunk], { description: 'empty when the body is unchanged' })
  bodyChanges: TextChunk[];
}

@ObjectType()
export class VersionDiff {
  @Field(() => DocumentVersion)
  from: DocumentVersion;

  @Field(() => DocumentVersion)
  to: DocumentVersion;

  @Field(() => Boolean, { description: 'whether title or content differ' })
  changed: boolean;

  @Field(() => [TextChunk], { description: 'empty when the title is unchanged' })
  titleChanges: TextChunk[];

  @Field(() => [SectionDiff], { description: 'every section of either version, in reading order' })
  sections: SectionDiff[];
}
