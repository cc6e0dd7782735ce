/**
 * What webhooks announce. Bodies are thin — the type, the ids, the version, when it happened — so
 * a receiver that wants more asks the GraphQL API for the thing as it is then.
 */
export const WEBHOOK_EVENT_TYPES = [
  'VERSION_PUBLISHED',
  'VERSION_TOOK_EFFECT',
  'VERSION_WITHDRAWN',
  'DOCUMENT_RETIRED',
  'EXCEPTION_RAISED',
  'EXCEPTION_ANSWERED',
  'EXCEPTION_ESCALATED',
  'EXCEPTION_RESOLVED',
  'VERSION_FLAGGED',
  'REVIEW_OVERDUE',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The `type` in the body, and what `data` holds: the schema's descriptions and the README say the same. */
export const EVENT_TYPE_INFO: Record<WebhookEventType, { name: string; description: string }> = {
  VERSION_PUBLISHED: { name: 'version.published', description: 'a version was published (it takes effect at effectiveFrom, maybe later); data: documentId, versionId, kind, versionNumber, effectiveFrom' },
  VERSION_TOOK_EFFECT: { name: 'version.took_effect', description: 'a version published ahead of time came into force (sent once, when effectiveFrom passes); data as version.published' },
  VERSION_WITHDRAWN: { name: 'version.withdrawn', description: 'a version published ahead of time was withdrawn before it took effect (a draft again, or discarded when it was published for a withdrawn one), and version.took_effect will not come; data: documentId, versionId, kind, versionNumber, status (DRAFT or DISCARDED), reason' },
  DOCUMENT_RETIRED: { name: 'document.retired', description: 'a document stops being in force at retiredAt; data: documentId, kind, retiredAt' },
  EXCEPTION_RAISED: { name: 'exception.raised', description: 'a question nothing answers was raised; data: exceptionId, status, revision, flaggedVersionId' },
  EXCEPTION_ANSWERED: { name: 'exception.answered', description: 'an exception got its interim answer (or a revised one); data as exception.raised' },
  EXCEPTION_ESCALATED: { name: 'exception.escalated', description: 'an exception is late and reached a level of its ladder; data as exception.raised, and level' },
  EXCEPTION_RESOLVED: { name: 'exception.resolved', description: 'an exception was closed: status RESOLVED (with resolvedByVersionId), REJECTED or MERGED (with mergedIntoId); data as exception.raised, and those' },
  VERSION_FLAGGED: { name: 'version.flagged', description: 'an agent flagged a version in force; data: flagId, exceptionId, documentId, versionId, reason' },
  REVIEW_OVERDUE: { name: 'review.overdue', description: 'a version in force passed its periodic review date unconfirmed (sent once per due date); data: documentId, versionId, kind, versionNumber, reviewDueAt' },
};

/** A webhook's body: `{ type, occurredAt, data }`. */
export interface WebhookEvent {
  type: WebhookEventType;
  /** when it happened: the change's instant, or the instant a timer fell due */
  occurredAt: string;
  /** what a receiver's order is kept per: the document, or the exception for exception events */
  subject: string;
  data: Record<string, string | number | null>;
}

export const bodyOf = (event: WebhookEvent) => JSON.stringify({ type: EVENT_TYPE_INFO[event.type].name, occurredAt: event.occurredAt, data: event.data });
