import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/relay.js';
import { DOCUMENT_KINDS, type DocumentKind } from './document.entity.js';
import { VERSION_STATUSES, type VersionStatus } from './version.entity.js';
import type { VersionPhase } from './windows.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const DocumentKindEnum = enumOf(DOCUMENT_KINDS);
registerEnumType(DocumentKindEnum, { name: 'DocumentKind' });

export const VersionStatusEnum = enumOf(VERSION_STATUSES);
registerEnumType(VersionStatusEnum, { name: 'VersionStatus', description: 'the stored workflow state of a version' });

export const VersionPhaseEnum = enumOf<VersionPhase>(['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'IN_FORCE', 'SUPERSEDED', 'RETIRED']);
registerEnumType(VersionPhaseEnum, {
  name: 'VersionPhase',
  description: 'where a version stands at an instant, derived from its status, its window and the clock',
});

/** The GraphQL type name of each kind's version type. */
export const VERSION_TYPE_NAME: Record<DocumentKind, string> = {
  CHAPTER: 'ChapterVersion',
  SCRIPT: 'ScriptVersion',
  FLOW: 'FlowVersion',
  STANDARD: 'StandardVersion',
};

@InterfaceType({
  description: 'One version of any document kind. Windows [effectiveFrom, effectiveTo) of one document never overlap.',
  resolveType: (v: { kind: DocumentKind }) => VERSION_TYPE_NAME[v.kind],
})
export abstract class DocumentVersion {
  @Field(() => ID)
  id: string;

  @Field(() => DocumentKindEnum)
  kind: DocumentKind;

  @Field(() => ID)
  documentId: string;

  @Field(() => Int)
  versionNumber: number;

  @Field(() => Int, { description: 'bumped by every write; name it as expectedRevision when you edit' })
  revision: number;

  @Field(() => VersionStatusEnum)
  status: VersionStatus;

  @Field(() => DateTimeResolver, { nullable: true })
  effectiveFrom: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'set when the next version takes effect or the document is retired' })
  effectiveTo: string | null;

  @Field(() => String)
  title: string;

  @Field(() => String)
  changeNote: string;

  @Field(() => ID, { nullable: true })
  basedOnVersionId: string | null;

  @Field(() => DateTimeResolver)
  createdAt: string;

  @Field(() => DateTimeResolver)
  updatedAt: string;
}

export const DocumentVersionConnection = Connection('DocumentVersion', DocumentVersion);

@ObjectType()
export class Document {
  @Field(() => ID)
  id: string;

  @Field(() => DocumentKindEnum)
  kind: DocumentKind;

  @Field(() => DateTimeResolver)
  createdAt: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'the instant the document stops being in force' })
  retiredAt: string | null;

  @Field(() => String, { nullable: true })
  retiredReason: string | null;
}

@ObjectType()
export class VersionPayload {
  @Field(() => DocumentVersion)
  version: DocumentVersion;
}

@ObjectType()
export class DocumentPayload {
  @Field(() => Document)
  document: Document;
}

@InputType()
export class SubmitVersionInput {
  @Field(() => ID)
  versionId: string;

  @Field(() => Int)
  expectedRevision: number;
}

@InputType()
export class PublishVersionInput {
  @Field(() => ID)
  versionId: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'when it takes effect; now when omitted; never in the past' })
  effectiveFrom?: Date | null;

  @Field(() => Int, { nullable: true })
  expectedRevision?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'flows: take over touchpoints another flow serves (audited) instead of being refused' })
  moveTouchpoints?: boolean | null;
}

@InputType()
export class RejectVersionInput {
  @Field(() => ID)
  versionId: string;

  @Field(() => String)
  reason: string;

  @Field(() => Int, { nullable: true })
  expectedRevision?: number | null;
}

@InputType()
export class RetireDocumentInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'when it stops being in force; now when omitted' })
  effectiveFrom?: Date | null;

  @Field(() => String)
  reason: string;
}
