import { type Db, namedQuery } from '../../db/database.js';
import { dueForReview } from '../review/review.service.js';
import { percentile } from './exception-sla.js';

/** How far back an opening counts for "never opened", and resolutions for the time to resolution. */
export const HEALTH_DAYS = 90;
const DAY_MS = 86_400_000;
export const MAX_LISTED = 100;

export interface PhaseCount {
  kind: string;
  phase: string;
  documents: number;
}

export interface UnopenedDocument {
  documentId: string;
  kind: string;
  code: string | null;
  title: string;
  effectiveFrom: string;
}

export interface ContentHealth {
  asOf: string;
  byPhase: PhaseCount[];
  reviewOverdue: number;
  reviewDueSoon: number;
  flaggedDocuments: number;
  neverOpened: number;
  /** the first MAX_LISTED of them, longest in force first */
  neverOpenedDocuments: UnopenedDocument[];
  resolvedExceptions: number;
  medianMinutesToResolution: number | null;
  p90MinutesToResolution: number | null;
}

// A document's phase is its liveliest version's: in force, else scheduled, in review, draft, retired, superseded.
const PHASES = ['SUPERSEDED', 'RETIRED', 'DRAFT', 'IN_REVIEW', 'SCHEDULED', 'IN_FORCE'];
const PHASE_RANK = `CASE
  WHEN v."status" = 'DRAFT' THEN 2 WHEN v."status" = 'IN_REVIEW' THEN 3
  WHEN v."effectiveFrom" > :asOf THEN 4
  WHEN v."effectiveFrom" <= :asOf AND (v."effectiveTo" IS NULL OR v."effectiveTo" > :asOf) THEN 5
  WHEN v."status" = 'RETIRED' THEN 1 ELSE 0 END`;

/**
 * The state of the content at `asOf`: documents by phase (the liveliest phase among their versions
 * written by then), versions in force overdue or due within 30 days for review, documents with an
 * open flag, documents in force that no agent opened in the 90 days before asOf, and for
 * exceptions resolved in those 90 days, the time from raising to the resolving version's taking effect.
 */
export async function contentHealth(db: Db, asOf: string): Promise<ContentHealth> {
  const em = db.dataSource.manager;
  const since = new Date(Date.parse(asOf) - HEALTH_DAYS * DAY_MS).toISOString();
  const params = { asOf, since };
  const phases = await namedQuery<{ kind: string; rank: unknown; documents: unknown }>(
    em,
    `SELECT x."kind", x."rank", COUNT(*) AS documents FROM (
        SELECT v."documentId", MIN(v."kind") AS "kind", MAX(${PHASE_RANK}) AS "rank" FROM document_versions v WHERE v."createdAt" <= :asOf AND v."status" <> 'DISCARDED' GROUP BY v."documentId"
      ) x GROUP BY x."kind", x."rank"`,
    params,
  );
  const due = await dueForReview(db, asOf);
  const [flagged] = await namedQuery<{ n: unknown }>(
    em,
    `SELECT COUNT(DISTINCT f."documentId") AS n FROM version_flags f JOIN knowledge_exceptions e ON e."id" = f."exceptionId"
      WHERE f."at" <= :asOf AND (e."closedAt" IS NULL OR e."closedAt" > :asOf)`,
    params,
  );
  const unopened = `FROM document_versions v JOIN documents d ON d."id" = v."documentId"
      WHERE v."status" IN ('PUBLISHED', 'RETIRED') AND v."effectiveFrom" <= :asOf AND (v."effectiveTo" IS NULL OR v."effectiveTo" > :asOf)
        AND NOT EXISTS (SELECT 1 FROM usage_events u WHERE u."documentId" = v."documentId" AND u."action" = 'OPEN' AND u."at" > :since AND u."at" <= :asOf)`;
  const [neverOpened] = await namedQuery<{ n: unknown }>(em, `SELECT COUNT(*) AS n ${unopened}`, params);
  const listed = await namedQuery<UnopenedDocument>(
    em,
    `SELECT v."documentId", v."kind", d."code", v."title", v."effectiveFrom" ${unopened} ORDER BY v."effectiveFrom", v."documentId" LIMIT ${MAX_LISTED}`,
    params,
  );
  const resolutions = await namedQuery<{ raisedAt: string; effectiveFrom: string }>(
    em,
    `SELECT e."raisedAt", v."effectiveFrom" FROM knowledge_exceptions e JOIN document_versions v ON v."id" = e."resolvedByVersionId"
      WHERE e."status" = 'RESOLVED' AND e."closedAt" > :since AND e."closedAt" <= :asOf AND v."effectiveFrom" IS NOT NULL`,
    params,
  );
  // a resolution published ahead of the question (an answer that already existed) takes no time
  const waits = resolutions.map((r) => Math.max(0, (Date.parse(r.effectiveFrom) - Date.parse(r.raisedAt)) / 60_000));
  return {
    asOf,
    byPhase: phases.map((p) => ({ kind: p.kind, phase: PHASES[Number(p.rank)]!, documents: Number(p.documents) })).sort((a, b) => a.kind.localeCompare(b.kind) || PHASES.indexOf(b.phase) - PHASES.indexOf(a.phase)),
    reviewOverdue: due.filter((d) => d.reason === 'OVERDUE').length,
    reviewDueSoon: due.filter((d) => d.reason === 'DUE_SOON').length,
    flaggedDocuments: Number(flagged?.n ?? 0),
    neverOpened: Number(neverOpened?.n ?? 0),
    neverOpenedDocuments: listed,
    resolvedExceptions: resolutions.length,
    medianMinutesToResolution: percentile(waits, 0.5),
    p90MinutesToResolution: percentile(waits, 0.9),
  };
}
