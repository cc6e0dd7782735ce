/** Every kind of change the audit trail records; also the GraphQL enum AuditAction. */
export const AUDIT_ACTIONS = [
  'USER_CREATED',
  'TOKEN_ISSUED',
  'TOKEN_REVOKED',
  'DOCUMENT_CREATED',
  'DOCUMENT_RETIRED',
  'VERSION_CREATED',
  'VERSION_UPDATED',
  'VERSION_SUBMITTED',
  'VERSION_REJECTED',
  'VERSION_PUBLISHED',
  'VERSION_SUPERSEDED',
  'VERSION_DERIVED',
  'VERSION_RETIRED',
  'CHANNEL_REGISTERED',
  'BRAND_REGISTERED',
  'BUSINESS_REGISTERED',
  'SEARCH_PREFERENCE_REMOVED',
  'USER_UPDATED',
  'USER_DEACTIVATED',
  'EXCEPTION_RAISED',
  'EXCEPTION_JOINED',
  'EXCEPTION_ANSWERED',
  'EXCEPTION_RESOLVED',
  'EXCEPTION_REJECTED',
  'EXCEPTION_MERGED',
  'EXCEPTION_ASSIGNED',
  'EXCEPTION_ESCALATED',
  'VERSION_FLAGGED',
  'VERSION_VERIFIED',
  'CALENDAR_DAY_SET',
  'SLA_POLICY_SET',
  'WEBHOOK_ENDPOINT_CREATED',
  'WEBHOOK_SECRET_ROTATED',
  'WEBHOOK_ENDPOINT_DISABLED',
  'WEBHOOK_REDELIVERED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit entry is about. */
export const AUDITED_ENTITIES = ['User', 'ApiToken', 'Document', 'DocumentVersion', 'Channel', 'Brand', 'Business', 'SearchPreference', 'KnowledgeException', 'CalendarDay', 'SlaPolicy', 'WebhookEndpoint'] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];
