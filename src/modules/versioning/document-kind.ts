/**
 * Every document kind with the shape of its content. A kind adds itself where it is defined:
 *
 *   declare module '../versioning/document-kind.js' { interface DocumentKinds { FLOW: FlowContent } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DocumentKinds {}
export type DocumentKind = keyof DocumentKinds & string;

/**
 * The workflow states a version is stored in; where it stands at an instant is derived (windows.ts).
 * A DISCARDED draft keeps its number and its audit trail, and no read shows it again.
 */
export const VERSION_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED', 'DISCARDED'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];
