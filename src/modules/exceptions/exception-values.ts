/** The values an exception's fields take: shared by the tables and the API. */
export const EXCEPTION_STATUSES = ['OPEN', 'ANSWERED', 'RESOLVED', 'REJECTED', 'MERGED'] as const;
export type ExceptionStatus = (typeof EXCEPTION_STATUSES)[number];
/** still work in progress: agents see these beside documents */
export const UNFINISHED: readonly ExceptionStatus[] = ['OPEN', 'ANSWERED'];
export const PRIORITIES = ['HIGH', 'NORMAL', 'LOW'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const FLAG_REASONS = ['WRONG', 'OUTDATED', 'UNCLEAR', 'MISSING_STEP', 'CONTRADICTS'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];
export const ESCALATION_RECIPIENTS = ['OWNER_SUPERVISOR', 'QUALITY_MANAGER', 'CENTRE_HEAD'] as const;
export type EscalationRecipient = (typeof ESCALATION_RECIPIENTS)[number];
