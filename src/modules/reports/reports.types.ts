import { DocumentKindEnum, VersionPhaseEnum } from '../versioning/version.types.js';
import { DateTime } from '../../graphql/date-time.js';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'usage of one flow in the period: on the row without a touchpoint, at every touchpoint together; else at that touchpoint. ' +
    'executionRate (流程执行率) = opens of the flow at the touchpoint(s) it serves / searches made there (a search counts at a touchpoint when its filter names exactly one channel, brand and business); null when no search there is known',
})
export class FlowUsage {
  @Field(() => ID, { description: 'the flow document’s id' })
  flowId: string;

  @Field(() => String, { description: 'the flow code, e.g. QRY-BALANCE' })
  code: string;

  @Field(() => String, { description: 'the title of its latest version in force during the period' })
  title: string;

  @Field(() => String, { nullable: true, description: 'null: the flow at every touchpoint together' })
  touchpointCode: string | null;

  @Field(() => Int, { description: 'agents opening the flow (at most one per agent and minute)' })
  opens: number;

  @Field(() => Int, { description: 'distinct agents who opened or drew it' })
  agents: number;

  @Field(() => Int, { description: 'charts drawn (GET /flows/<code>.svg) by agents' })
  renders: number;

  @Field(() => Int, { description: 'searches made at the touchpoint, or at every touchpoint the flow serves' })
  searches: number;

  @Field(() => Float, { nullable: true, description: 'opens at the touchpoint(s) / searches there; null when no search there is known' })
  executionRate: number | null;

  @Field(() => Boolean, { description: 'nobody opened it (there) in the period' })
  neverOpened: boolean;
}

@ObjectType({ description: 'searches for one normalised query (simplified, NFKC, trimmed, case-folded) in the period' })
export class QueryFigures {
  @Field(() => String, { description: 'the normalised query' })
  query: string;

  @Field(() => Int, { description: 'searches made for it in the period' })
  searches: number;

  @Field(() => Int, { description: 'searches that found nothing' })
  zeroHits: number;

  @Field(() => Int, { description: 'searches with a click by the searcher within 5 minutes' })
  clickedSearches: number;

  @Field(() => DateTime, { description: 'the last search for it in the period' })
  lastSearchedAt: string;
}

@ObjectType({
  description:
    'searches in the period (every role’s). zeroHitRate = searches that found nothing / searches; ' +
    'noClickRate = searches that found something but got no click by the searcher within 5 minutes / searches that found something; ' +
    'selectThroughRate = searches with a click within 5 minutes / searches; averageClickedRank = mean position (1 = first) of the results clicked within 5 minutes. Rates are null when nothing is counted.',
})
export class SearchAnalytics {
  @Field(() => Int, { description: 'searches made in the period' })
  searches: number;

  @Field(() => Float, { nullable: true, description: 'searches that found nothing / searches, a fraction 0–1; null when there were none' })
  zeroHitRate: number | null;

  @Field(() => Float, { nullable: true, description: 'searches that found something but got no click within 5 minutes / searches that found something, a fraction 0–1; null when none found anything' })
  noClickRate: number | null;

  @Field(() => Float, { nullable: true, description: 'searches with a click within 5 minutes / searches, a fraction 0–1; null when there were none' })
  selectThroughRate: number | null;

  @Field(() => Float, { nullable: true, description: 'mean position (1 = first) of the results clicked within 5 minutes; null when nothing was clicked' })
  averageClickedRank: number | null;

  @Field(() => [QueryFigures], { description: 'the most searched normalised queries, most first' })
  topQueries: QueryFigures[];
}

@ObjectType({ description: 'a normalised query that found nothing at least once in the period (zeroHits), or whose searches never got a click within 5 minutes' })
export class KnowledgeGap extends QueryFigures {
  @Field(() => [String], { description: 'the touchpoints the searches came from (those whose filter named one)' })
  touchpoints: string[];

  exceptionId: string | null;
}

@ObjectType({
  description:
    'SLA figures of a group of exceptions raised in the period, at the time of asking. Merged exceptions count as raised, in no rate. ' +
    'answeredOnTimeRate = first responses (the interim answer, or the closing without one) by the answer deadline / exceptions responded to or past that deadline; ' +
    'resolvedOnTimeRate = resolved or rejected by the resolution deadline / exceptions closed or past that deadline; times in calendar minutes from raising (nearest-rank percentiles)',
})
export class SlaFigures {
  @Field(() => String, { description: 'ALL, a priority, an owner’s id or an escalation level (0–3)' })
  group: string;

  @Field(() => Int, { description: 'exceptions raised in the period, merged ones included' })
  raised: number;

  @Field(() => Float, { nullable: true, description: 'first responses by the answer deadline / exceptions responded to or past that deadline, a fraction 0–1; null when none is decided yet' })
  answeredOnTimeRate: number | null;

  @Field(() => Float, { nullable: true, description: 'resolved or rejected by the resolution deadline / exceptions closed or past that deadline, a fraction 0–1; null when none is decided yet' })
  resolvedOnTimeRate: number | null;

  @Field(() => Float, { nullable: true, description: 'median calendar minutes from raising to the interim answer; null when none was answered' })
  medianMinutesToAnswer: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile (nearest rank) of calendar minutes from raising to the interim answer; null when none was answered' })
  p90MinutesToAnswer: number | null;

  @Field(() => Float, { nullable: true, description: 'median calendar minutes from raising to resolving or rejecting; null when none was closed' })
  medianMinutesToResolve: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile (nearest rank) of calendar minutes from raising to resolving or rejecting; null when none was closed' })
  p90MinutesToResolve: number | null;

  @Field(() => Int, { description: 'open or answered now and past a deadline not yet met' })
  openOverdue: number;
}

@ObjectType({ description: 'the SLA of the exceptions raised in the period: overall (group ALL), per priority, per owner and per escalation level reached' })
export class ExceptionSlaReport extends SlaFigures {
  @Field(() => [SlaFigures], { description: 'group is the priority: HIGH, NORMAL, LOW' })
  byPriority: SlaFigures[];

  @Field(() => [SlaFigures], { description: 'group is the owner’s user id' })
  byOwner: SlaFigures[];

  @Field(() => [SlaFigures], { description: 'group is the highest escalation level reached' })
  byEscalationLevel: SlaFigures[];
}

@ObjectType({ description: 'documents of one kind in one phase' })
export class PhaseCount {
  @Field(() => DocumentKindEnum, { description: 'the document kind' })
  kind: string;

  @Field(() => VersionPhaseEnum, { description: 'the liveliest phase among the document’s versions: IN_FORCE, then SCHEDULED, IN_REVIEW, DRAFT, RETIRED, SUPERSEDED' })
  phase: string;

  @Field(() => Int, { description: 'how many documents of the kind are in the phase' })
  documents: number;
}

@ObjectType({ description: 'a document in force that no agent opened in the 90 days before asOf' })
export class UnopenedDocument {
  @Field(() => ID, { description: 'the document’s id' })
  documentId: string;

  @Field(() => DocumentKindEnum, { description: 'the document kind' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'the document’s stable code; null for kinds without codes (chapters, cases)' })
  code: string | null;

  @Field(() => String, { description: 'the title of its version in force' })
  title: string;

  @Field(() => DateTime, { description: 'when the version in force took effect' })
  effectiveFrom: string;
}

@ObjectType({
  description:
    'the state of the content at asOf: documents by phase; versions in force overdue or due within 30 days for review; documents with an open flag; ' +
    'documents in force no agent opened in the 90 days before asOf; and for exceptions resolved in those 90 days, the time from raising to the resolving version’s taking effect',
})
export class ContentHealthReport {
  @Field(() => DateTime, { description: 'the instant the report describes' })
  asOf: string;

  @Field(() => [PhaseCount], { description: 'documents per kind and phase' })
  byPhase: PhaseCount[];

  @Field(() => Int, { description: 'versions in force past their review date' })
  reviewOverdue: number;

  @Field(() => Int, { description: 'versions in force due for review within 30 days' })
  reviewDueSoon: number;

  @Field(() => Int, { description: 'documents with a flag whose exception was still open at asOf' })
  flaggedDocuments: number;

  @Field(() => Int, { description: 'documents in force that no agent opened in the 90 days before asOf' })
  neverOpened: number;

  @Field(() => [UnopenedDocument], { description: 'the first 100, longest in force first' })
  neverOpenedDocuments: UnopenedDocument[];

  @Field(() => Int, { description: 'exceptions resolved by a published version in the 90 days before asOf' })
  resolvedExceptions: number;

  @Field(() => Float, { nullable: true, description: 'median calendar minutes from raising to the resolving version’s taking effect; null when none was resolved' })
  medianMinutesToResolution: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile (nearest rank) of those minutes; null when none was resolved' })
  p90MinutesToResolution: number | null;
}
