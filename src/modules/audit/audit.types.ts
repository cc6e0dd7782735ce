import { JSONResolver } from 'graphql-scalars';
import { DateTime } from '../../graphql/date-time.js';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/relay.js';
import { enumOf } from '../../graphql/enums.js';
import { AUDIT_ACTIONS, AUDITED_ENTITIES, type AuditAction, type AuditedEntity } from './audit-actions.js';

export const AuditedEntityEnum = enumOf(AUDITED_ENTITIES);
registerEnumType(AuditedEntityEnum, {
  name: 'AuditedEntity',
  description: 'the type of thing an audit entry is about; entityId is its id',
  valuesConfig: {
    User: { description: 'a user (User.id)' },
    ApiToken: { description: 'an API token (ApiToken.id)' },
    Document: { description: 'a document of any kind (its id)' },
    DocumentVersion: { description: 'a version of a document (DocumentVersion.id)' },
    Channel: { description: 'a channel of the service map (its letter)' },
    Brand: { description: 'a brand of the service map (its letter)' },
    Business: { description: 'a business of the service map (its 4-digit code)' },
    SearchPreference: { description: 'a learned search preference ("<query> → <documentId>")' },
    KnowledgeException: { description: 'a knowledge exception (KnowledgeException.id)' },
    CalendarDay: { description: 'a day of the work calendar (its date)' },
    SlaPolicy: { description: 'the deadlines of one priority (its priority)' },
    CentrePost: { description: 'a post of the centre (CentrePost.id)' },
    Inspection: { description: 'a quality inspection of a call (Inspection.id)' },
    QualitySettings: { description: 'the quality settings, such as the compliance target' },
    WebhookEndpoint: { description: 'a webhook endpoint (WebhookEndpoint.id)' },
  },
});

export const AuditActionEnum = enumOf(AUDIT_ACTIONS);
registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'the kind of change an audit entry records',
  valuesConfig: {
    USER_CREATED: { description: 'a user was created' },
    TOKEN_ISSUED: { description: 'an API token was issued to a user' },
    TOKEN_REVOKED: { description: 'an API token was revoked' },
    DOCUMENT_CREATED: { description: 'a document was created with its first draft' },
    DOCUMENT_RETIRED: { description: 'a document was retired: nothing of it is in force from then on' },
    DOCUMENT_DISCARDED: { description: 'a document’s only version was discarded: it leaves every list, and its code is free for a new document (a chapter keeps its number)' },
    VERSION_CREATED: { description: 'a draft version was created' },
    VERSION_UPDATED: { description: 'a draft was edited' },
    VERSION_SUBMITTED: { description: 'a draft was submitted for approval' },
    VERSION_REJECTED: { description: 'a submitted version was rejected, back to its author' },
    VERSION_PUBLISHED: { description: 'a version was approved and published' },
    VERSION_SUPERSEDED: { description: 'a published version’s window was closed because a newer one takes over' },
    VERSION_DERIVED: { description: 'a version was published from another without review, for a change another document forced (a touchpoint moved to another flow)' },
    VERSION_RETIRED: { description: 'the last published version was closed when its document was retired' },
    VERSION_DISCARDED: { description: 'a draft was thrown away (discardDraft); it keeps its number and no read shows it' },
    VERSION_WITHDRAWN: { description: 'a published version was taken back before it took effect (withdrawScheduledVersion): a draft again, or DISCARDED when it was published for the withdrawn one (touchpoints moved)' },
    VERSION_REOPENED: { description: 'the window of the version before a withdrawn one was opened again (its effectiveTo restored)' },
    CHANNEL_REGISTERED: { description: 'a channel was added to the touchpoint map' },
    BRAND_REGISTERED: { description: 'a brand was added to the touchpoint map' },
    BUSINESS_REGISTERED: { description: 'a business (业务) was added to the touchpoint map with its touchpoints' },
    SEARCH_PREFERENCE_REMOVED: { description: 'a learned search preference (query → document) was removed' },
    USER_UPDATED: { description: 'a user’s post, supervisor or fallback changed' },
    USER_DEACTIVATED: { description: 'a user was deactivated' },
    EXCEPTION_RAISED: { description: 'a knowledge exception was raised' },
    EXCEPTION_JOINED: { description: 'another agent joined an open knowledge exception with the same question' },
    EXCEPTION_ANSWERED: { description: 'a knowledge exception got its initial answer' },
    EXCEPTION_RESOLVED: { description: 'a knowledge exception was resolved' },
    EXCEPTION_REJECTED: { description: 'a knowledge exception was closed as rejected, with a reason' },
    EXCEPTION_MERGED: { description: 'a knowledge exception was closed as a duplicate of another' },
    EXCEPTION_ASSIGNED: { description: 'a knowledge exception was given to an owner' },
    EXCEPTION_ESCALATED: { description: 'a knowledge exception reached the next escalation level of its SLA' },
    VERSION_FLAGGED: { description: 'a published version was flagged as wrong or out of date' },
    VERSION_VERIFIED: { description: 'a published version was checked and confirmed still correct' },
    CALENDAR_DAY_SET: { description: 'a day of the work calendar was set as working or not' },
    SLA_POLICY_SET: { description: 'the SLA policy of an exception priority was set' },
    POST_REGISTERED: { description: 'a centre post was registered, or a retired one reinstated' },
    POST_UPDATED: { description: 'a centre post’s description changed' },
    POST_RETIRED: { description: 'a centre post was retired' },
    POST_ASSIGNED: { description: 'a user was made a holder of a centre post' },
    POST_UNASSIGNED: { description: 'a user stopped holding a centre post' },
    INSPECTION_RECORDED: { description: 'a quality inspection of a call was recorded' },
    COMPLIANCE_TARGET_SET: { description: 'the compliance-rate target (流程规范率) flowCompliance measures against was set' },
    WEBHOOK_ENDPOINT_CREATED: { description: 'a webhook endpoint was registered' },
    WEBHOOK_SECRET_ROTATED: { description: 'a webhook endpoint’s signing secret was replaced' },
    WEBHOOK_ENDPOINT_DISABLED: { description: 'a webhook endpoint was disabled' },
    WEBHOOK_REDELIVERED: { description: 'a webhook delivery was sent again on request' },
  },
});

@ObjectType({ description: 'one change, chained by hash to the entry before it' })
export class AuditEntry {
  @Field(() => ID, { description: 'the position in the chain: 1, 2, 3, …' })
  id: string;

  @Field(() => DateTime, { description: 'when the change was made (UTC)' })
  at: string;

  @Field(() => AuditActionEnum, { description: 'what kind of change it was' })
  action: AuditAction;

  @Field(() => AuditedEntityEnum, { description: 'what the entry is about' })
  entityType: AuditedEntity;

  @Field(() => ID, { description: 'the id of the changed entity, of the type in entityType' })
  entityId: string;

  @Field(() => ID, { nullable: true, description: 'the document the change concerns; null when it concerns none' })
  documentId: string | null;

  @Field(() => ID, { nullable: true, description: 'the document version the change concerns; null when it concerns none' })
  versionId: string | null;

  @Field(() => String, { nullable: true, description: 'the reason or change note given' })
  reason: string | null;

  @Field(() => JSONResolver, { nullable: true, description: 'the entity as it was before the change, as JSON; null when it did not exist or is not recorded' })
  before: unknown;

  @Field(() => JSONResolver, { nullable: true, description: 'the entity as it was after the change, as JSON; null when it no longer exists or is not recorded' })
  after: unknown;

  @Field(() => String, { description: 'SHA-256 (hex) over the entry’s contents and prevHash' })
  hash: string;

  @Field(() => String, { description: 'the hash of the entry before it; 64 zeros for the first entry' })
  prevHash: string;

  actorId: string | null;
}

export const AuditEntryConnection = Connection('AuditEntry', AuditEntry);

@InputType({ description: 'narrows the audit trail; the conditions given all apply' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'only entries about this document' })
  documentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'only changes made by this user' })
  actorId?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'entries at or after this instant' })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'entries before this instant' })
  to?: Date | null;
}

@ObjectType({ description: 'the result of recomputing the audit trail’s hash chain' })
export class AuditVerification {
  @Field(() => Boolean, { description: 'true when every entry links to the one before it and is unaltered' })
  ok: boolean;

  @Field(() => Int, { description: 'entries whose link and content checked out' })
  checked: number;

  @Field(() => ID, { nullable: true, description: 'the first entry whose chain breaks' })
  firstBrokenEntryId: string | null;

  @Field(() => String, { nullable: true, description: 'what is wrong at firstBrokenEntryId (missing, unlinked or altered); null when ok' })
  problem: string | null;
}
