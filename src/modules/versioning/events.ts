import type { AuditAction } from '../audit/audit-actions.js';
import type { DocumentRow } from './document.entity.js';
import type { VersionRow } from './version.entity.js';

declare module '../../shared/events.js' {
  interface DomainEvents {
    /** a document and its first draft were created */
    DocumentCreated: { document: DocumentRow };
    /** a version row was written: created, edited, moved through review, published, superseded, derived or retired */
    VersionStored: { version: VersionRow; previous: VersionRow | null; action: AuditAction; contentChanged: boolean };
    /** a draft went to review */
    VersionSubmitted: { version: VersionRow };
    /** review sent a version back to its author */
    VersionRejected: { version: VersionRow; reason: string };
    /** a version was published (by an approver, or derived from another document's change); it takes effect at effectiveFrom */
    VersionPublished: { version: VersionRow };
    /** a published version was taken back before it took effect; it is a draft again */
    VersionWithdrawn: { version: VersionRow; reason: string };
    /** a document stops being in force at retiredAt */
    DocumentRetired: { document: DocumentRow };
  }
}

export {};
