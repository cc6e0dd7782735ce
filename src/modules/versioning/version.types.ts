import { DateTime } from '../../graphql/date-time.js';
import { Field, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { type FieldSpec, inputType } from '../../graphql/input-type.js';
import { Connection } from '../../graphql/relay.js';
import { type DocumentKind, kindDefinition, registeredKinds } from './kind.js';
import { VERSION_STATUSES, type VersionStatus } from './document-kind.js';
import type { VersionPhase } from './windows.js';
import { User } from '../auth/auth.types.js';

/** Every kind defined (src/modules/kinds.ts lists them), filled in when the schema is built. */
export const DocumentKindEnum: Record<string, string> = {};
registerEnumType(DocumentKindEnum, { name: 'DocumentKind' });
export const declareKinds = () => Object.assign(DocumentKindEnum, enumOf(registeredKinds()));

/** The GraphQL type of a kind's versions: Flow → FlowVersion. */
export const versionTypeName = (kind: string) => `${kindDefinition(kind).typeName}Version`;

export const VersionStatusEnum = enumOf(VERSION_STATUSES);
registerEnumType(VersionStatusEnum, { name: 'VersionStatus', description: 'the stored workflow state of a version' });

export const VersionPhaseEnum = enumOf<VersionPhase>(['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'IN_FORCE', 'SUPERSEDED', 'RETIRED', 'DISCARDED']);
registerEnumType(VersionPhaseEnum, {
  name: 'VersionPhase',
  description: 'where a version stands at an instant, derived from its status, its window and the clock',
});

@InterfaceType({
  description: 'One version of any document kind. Windows [effectiveFrom, effectiveTo) of one document never overlap.',
  resolveType: (v: { kind: DocumentKind }) => versionTypeName(v.kind),
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

  @Field(() => DateTime, { nullable: true })
  effectiveFrom: string | null;

  @Field(() => DateTime, { nullable: true, description: 'set when the next version takes effect or the document is retired' })
  effectiveTo: string | null;

  @Field(() => String)
  title: string;

  @Field(() => String)
  changeNote: string;

  @Field(() => ID, { nullable: true })
  basedOnVersionId: string | null;

  @Field(() => DateTime)
  createdAt: string;

  @Field(() => DateTime)
  updatedAt: string;
}

export const DocumentVersionConnection = Connection('DocumentVersion', DocumentVersion);

@ObjectType()
export class Document {
  @Field(() => ID)
  id: string;

  @Field(() => DocumentKindEnum)
  kind: DocumentKind;

  @Field(() => DateTime)
  createdAt: string;

  @Field(() => DateTime, { nullable: true, description: 'the instant the document stops being in force' })
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

  @Field(() => DateTime, { nullable: true, description: 'when it takes effect; now when omitted; never in the past' })
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

@InputType({ description: 'throw a draft away: it keeps its number and its audit trail, and no read shows it again' })
export class DiscardDraftInput {
  @Field(() => ID, { description: 'a version in DRAFT (send one IN_REVIEW back with rejectVersion first)' })
  versionId: string;

  @Field(() => Int, { description: 'the revision you read; a stale one gets CONFLICT and nothing is written' })
  expectedRevision: number;
}

@ObjectType({ description: 'what discardDraft did' })
export class DiscardDraftPayload {
  @Field(() => ID, { description: 'the discarded version, now DISCARDED' })
  versionId: string;

  @Field(() => ID, { description: 'its document' })
  documentId: string;

  @Field(() => Boolean, { description: 'true when it was the document’s only version: the document has nothing left to show and leaves every list (its code or chapter number stays taken)' })
  documentHidden: boolean;
}

@InputType({ description: 'take back a published version before it takes effect' })
export class WithdrawScheduledVersionInput {
  @Field(() => ID, { description: 'a PUBLISHED version whose effectiveFrom is still ahead' })
  versionId: string;

  @Field(() => Int, { description: 'the revision you read; a stale one gets CONFLICT and nothing is written' })
  expectedRevision: number;

  @Field(() => String, { description: 'why, for the author and the audit trail' })
  reason: string;
}

@ObjectType({ description: 'a review that sent a version back to its author' })
export class Rejection {
  @Field(() => User, { nullable: true, description: 'the approver; null if their account is gone' })
  by: User | null;

  @Field(() => DateTime, { description: 'when it was sent back' })
  at: string;

  @Field(() => String, { description: 'the approver’s comment' })
  reason: string;
}

@InputType()
export class RetireDocumentInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => DateTime, { nullable: true, description: 'when it stops being in force; now when omitted' })
  effectiveFrom?: Date | null;

  @Field(() => String)
  reason: string;
}

/** `Create<Type>DraftInput`: a new draft of the document named by `idField`, every kind alike. */
export const newDraftInput = (typeName: string, idField: string) =>
  inputType(`Create${typeName}DraftInput`, {
    [idField]: { type: () => ID },
    basedOnVersionId: { type: () => ID, nullable: true, description: 'the version to start from; the latest when omitted' },
    changeNote: { type: () => String },
  });

/** The fields every edit of a draft names, whatever its kind: which version, at which revision, and why. */
export const draftEditFields = {
  versionId: { type: () => ID },
  expectedRevision: { type: () => Int, description: 'the revision you read; a stale one gets CONFLICT and nothing is written' },
  changeNote: { type: () => String, nullable: true },
} satisfies Record<string, FieldSpec>;
