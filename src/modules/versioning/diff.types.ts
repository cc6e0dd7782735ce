import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ChunkKind, SectionChange } from './diff.js';
import { DocumentVersion } from './version.types.js';

const ChunkKindEnum = { EQUAL: 'EQUAL', ADDED: 'ADDED', REMOVED: 'REMOVED' } as const;
registerEnumType(ChunkKindEnum, {
  name: 'ChunkKind',
  description: 'where a run of text of a diff is found; runs are whole words (Chinese is segmented into words)',
  valuesConfig: {
    EQUAL: { description: 'in both versions' },
    ADDED: { description: 'only in the newer version' },
    REMOVED: { description: 'only in the older version' },
  },
});
const SectionChangeEnum = { ADDED: 'ADDED', REMOVED: 'REMOVED', MODIFIED: 'MODIFIED', MOVED: 'MOVED', UNCHANGED: 'UNCHANGED' } as const;
registerEnumType(SectionChangeEnum, {
  name: 'SectionChange',
  description: 'what became of a section between two versions',
  valuesConfig: {
    ADDED: { description: 'only in the newer version' },
    REMOVED: { description: 'only in the older version' },
    MODIFIED: { description: 'in both, with its heading or body changed (and perhaps moved)' },
    MOVED: { description: 'in both, the same, at another place in the list (a flow node listed elsewhere)' },
    UNCHANGED: { description: 'in both, the same' },
  },
});

@ObjectType({ description: 'a run of text that is the same in both versions, or only in one' })
export class TextChunk {
  @Field(() => ChunkKindEnum, { description: 'whether the text is in both versions, or only in the newer or older one' })
  kind: ChunkKind;

  @Field(() => String, { description: 'the text of the run' })
  text: string;
}

@ObjectType({ description: 'how one section changed between two versions' })
export class SectionDiff {
  @Field(() => SectionChangeEnum, { description: 'whether the section was added, removed, modified or left as it was' })
  change: SectionChange;

  @Field(() => Int, { nullable: true, description: 'position in the older version' })
  fromNumber: number | null;

  @Field(() => Int, { nullable: true, description: 'position in the newer version' })
  toNumber: number | null;

  @Field(() => String, { description: 'the section’s heading: the newer version’s, or the older one’s when removed' })
  heading: string;

  @Field(() => [TextChunk], { description: 'empty when the heading is unchanged' })
  headingChanges: TextChunk[];

  @Field(() => [TextChunk], { description: 'empty when the body is unchanged' })
  bodyChanges: TextChunk[];
}

@ObjectType({ description: 'what changed between two versions of one document' })
export class VersionDiff {
  @Field(() => DocumentVersion, { description: 'the older version, as asked (fromVersionId)' })
  from: DocumentVersion;

  @Field(() => DocumentVersion, { description: 'the newer version, as asked (toVersionId)' })
  to: DocumentVersion;

  @Field(() => Boolean, { description: 'whether title or content differ' })
  changed: boolean;

  @Field(() => [TextChunk], { description: 'empty when the title is unchanged' })
  titleChanges: TextChunk[];

  @Field(() => [SectionDiff], { description: 'every section of either version, in reading order' })
  sections: SectionDiff[];
}
