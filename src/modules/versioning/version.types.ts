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
/** Each kind's value described by its definition, filled in with the enum. */
const documentKindValues: Record<string, { description?: string }> = {};
registerEnumType(DocumentKindEnum, { name: 'DocumentKind', description: 'the kinds of document the knowledge base keeps, each versioned the same way', valuesConfig: documentKindValues });
export const declareKinds = () => {
  for (const kind of registeredKinds()) documentKindValues[kind] = { description: kindDefinition(kind).description };
  return Object.assign(DocumentKindEnum, enumOf(registeredKinds()));
};

/** The GraphQL type of a kind's versions: Flow → FlowVersion. */
export const versionTypeName = (kind: string) => `${kindDefinition(kind).typeName}Version`;

export const VersionStatusEnum = enumOf(VERSION_STATUSES);
registerEnumType(VersionStatusEnum, {
  name: 'VersionStatus',
  description: 'the stored workflow state of a version',
  valuesConfig: {
    DRAFT: { description: 'being written; only the editorial roles see it' },
    IN_REVIEW: { description: 'submitted, waiting for an approver to publish or reject it' },
    PUBLISHED: { description: 'approved, with a window from effectiveFrom: scheduled, in force or superseded by the clock (see phase)' },
    RETIRED: { description: 'the version that was open when its document was retired: its window closes at the retirement' },
    DISCARDED: { description: 'a draft thrown away (discardDraft): it keeps its number and audit trail, and no read shows it' },
  },
});

export const VersionPhaseEnum = enumOf<VersionPhase>(['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'IN_FORCE', 'SUPERSEDED', 'RETIRED', 'DISCARDED']);
registerEnumType(VersionPhaseEnum, {
  name: 'VersionPhase',
  description: 'where a version stands at an instant, derived from its status, its window and the clock',
  valuesConfig: {
    DRAFT: { description: 'being written (status DRAFT)' },
    IN_REVIEW: { description: 'waiting for approval (status IN_REVIEW)' },
    SCHEDULED: { description: 'published, taking effect after the instant' },
    IN_FORCE: { description: 'published and in force at the instant: effectiveFrom ≤ instant < effectiveTo' },
    SUPERSEDED: { description: 'published, but a later version took over before the instant' },
    RETIRED: { description: 'its document was retired, and its window closed, before the instant' },
    DISCARDED: { description: 'a draft thrown away (status DISCARDED)' },
  },
});

@InterfaceType({
  description: 'One version of any document kind. Windows [effectiveFrom, effectiveTo) of one document never overlap.',
  resolveType: (v: { kind: DocumentKind }) => versionTypeName(v.kind),
})
export abstract class DocumentVersion {
  @Field(() => ID, { description: 'the version’s id' })
  id: string;

  @Field(() => DocumentKindEnum, { description: 'the kind of document it is a version of' })
  kind: DocumentKind;

  @Field(() => ID, { description: 'the document it is a version of' })
  documentId: string;

  @Field(() => Int, { description: '1 for a document’s first version, then 2, 3, … in order of creation' })
  versionNumber: number;

  @Field(() => Int, { description: 'bumped by every write; name it as expectedRevision when you edit' })
  revision: number;

  @Field(() => VersionStatusEnum, { description: 'the stored workflow state; see phase for where it stands at an instant' })
  status: VersionStatus;

  @Field(() => DateTime, { nullable: true, description: 'when it takes or took effect (inclusive); null until published' })
  effectiveFrom: string | null;

  @Field(() => DateTime, { nullable: true, description: 'set when the next version takes effect or the document is retired' })
  effectiveTo: string | null;

  @Field(() => String, { description: 'the version’s title, 1 to 200 characters (for flows, scripts and standards: the name)' })
  title: string;

  @Field(() => String, { description: 'what this version changes and why, 1 to 2000 characters' })
  changeNote: string;

  @Field(() => ID, { nullable: true, description: 'the version this one was copied from; null for a document’s first version' })
  basedOnVersionId: string | null;

  @Field(() => DateTime, { description: 'when the version was created' })
  createdAt: string;

  @Field(() => DateTime, { description: 'when the version was last written (edited, submitted, published, …)' })
  updatedAt: string;
}

export const DocumentVersionConnection = Connection('DocumentVersion', DocumentVersion);

@ObjectType({ description: 'a document of any kind, without its versions' })
export class Document {
  @Field(() => ID, { description: 'the document’s id' })
  id: string;

  @Field(() => DocumentKindEnum, { description: 'what kind of document it is' })
  kind: DocumentKind;

  @Field(() => DateTime, { description: 'when the document was created' })
  createdAt: string;

  @Field(() => DateTime, { nullable: true, description: 'the instant the document stops being in force' })
  retiredAt: string | null;

  @Field(() => String, { nullable: true, description: 'why it was retired; null unless retired' })
  retiredReason: string | null;
}

@ObjectType({ description: 'the version as the mutation left it' })
export class VersionPayload {
  @Field(() => DocumentVersion, { description: 'the version after the change' })
  version: DocumentVersion;
}

@ObjectType({ description: 'the document as the mutation left it' })
export class DocumentPayload {
  @Field(() => Document, { description: 'the document after the change' })
  document: Document;
}

@InputType({ description: 'a draft to submit for review' })
export class SubmitVersionInput {
  @Field(() => ID, { description: 'a DRAFT version' })
  versionId: string;

  @Field(() => Int, { description: 'the revision you read; if it moved on the submission is refused with CONFLICT' })
  expectedRevision: number;
}

@InputType({ description: 'a version under review to publish' })
export class PublishVersionInput {
  @Field(() => ID, { description: 'an IN_REVIEW version' })
  versionId: string;

  @Field(() => DateTime, { nullable: true, description: 'when it takes effect; now when omitted; never in the past' })
  effectiveFrom?: Date | null;

  @Field(() => Int, { nullable: true, description: 'the revision you read; if it moved on the change is refused with CONFLICT; null: no check' })
  expectedRevision?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'flows: take over touchpoints another flow serves (audited) instead of being refused' })
  moveTouchpoints?: boolean | null;
}

@InputType({ description: 'a version under review to send back to its author' })
export class RejectVersionInput {
  @Field(() => ID, { description: 'an IN_REVIEW version' })
  versionId: string;

  @Field(() => String, { description: 'what must change, 1 to 2000 characters' })
  reason: string;

  @Field(() => Int, { nullable: true, description: 'the revision you read; if it moved on the change is refused with CONFLICT; null: no check' })
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

  @Field(() => Boolean, { description: 'true when it was the document’s only version: the document has nothing left to show, leaves every list and gives its code up for a new document (a chapter keeps its number)' })
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

@InputType({ description: 'a document to retire' })
export class RetireDocumentInput {
  @Field(() => ID, { description: 'the document to retire' })
  documentId: string;

  @Field(() => DateTime, { nullable: true, description: 'when it stops being in force; now when omitted' })
  effectiveFrom?: Date | null;

  @Field(() => String, { description: 'why, kept on the document and in the audit trail; 1 to 2000 characters' })
  reason: string;
}

/** `Create<Type>DraftInput`: a new draft of the document named by `idField`, every kind alike. */
export const newDraftInput = (typeName: string, idField: string) =>
  inputType(`Create${typeName}DraftInput`, {
    [idField]: { type: () => ID, description: 'the document to draft a new version of; it must not be retired' },
    basedOnVersionId: { type: () => ID, nullable: true, description: 'the version to start from; the latest when omitted' },
    changeNote: { type: () => String, description: 'what the new version will change and why, 1 to 2000 characters' },
  }, `a new draft of a ${typeName.toLowerCase()}, copied from an earlier version`);

/** The fields every edit of a draft names, whatever its kind: which version, at which revision, and why. */
export const draftEditFields = {
  versionId: { type: () => ID, description: 'the DRAFT version to edit' },
  expectedRevision: { type: () => Int, description: 'the revision you read; a stale one gets CONFLICT and nothing is written' },
  changeNote: { type: () => String, nullable: true, description: 'what the version changes and why, 1 to 2000 characters; left out or null: unchanged' },
} satisfies Record<string, FieldSpec>;
