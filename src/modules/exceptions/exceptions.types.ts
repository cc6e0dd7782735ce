import { DateTime } from '../../graphql/date-time.js';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { ESCALATION_RECIPIENTS, type EscalationRecipient, EXCEPTION_STATUSES, type ExceptionStatus, FLAG_REASONS, type FlagReason, PRIORITIES, type Priority } from './exception-values.js';

export const ExceptionStatusEnum = enumOf(EXCEPTION_STATUSES);
registerEnumType(ExceptionStatusEnum, {
  name: 'ExceptionStatus',
  valuesConfig: {
    OPEN: { description: 'raised; nobody has answered yet — agents see it as being answered' },
    ANSWERED: { description: 'an initial answer, shown to agents at once as interim and not yet validated' },
    RESOLVED: { description: 'a published version now covers it' },
    REJECTED: { description: 'not a gap in the content, with the reason' },
    MERGED: { description: 'the same question as another exception, which carries its demand on' },
  },
});
export const PriorityEnum = enumOf(PRIORITIES);
registerEnumType(PriorityEnum, { name: 'ExceptionPriority', description: 'chooses the SLA policy: deadlines and the escalation ladder' });
export const FlagReasonEnum = enumOf(FLAG_REASONS);
registerEnumType(FlagReasonEnum, { name: 'FlagReason', description: 'why an agent flags a version in force' });
export const RecipientEnum = enumOf(ESCALATION_RECIPIENTS);
registerEnumType(RecipientEnum, { name: 'EscalationRecipient', description: 'who an escalation level tells, resolved when it is reached' });
export const ClockEnum = enumOf(['CALENDAR', 'WORKING'] as const);
registerEnumType(ClockEnum, { name: 'SlaClock', description: 'CALENDAR: every hour counts (the 24-hour hotline); WORKING: only hours inside the working day of working days (workCalendar)' });
export const PhaseEnum = enumOf(['ANSWER', 'RESOLUTION'] as const);
registerEnumType(PhaseEnum, { name: 'EscalationPhase', description: 'which deadline was missed: the initial answer or the resolution' });

@ObjectType({ description: 'a question nothing answered (例外), from raising to the published content that closes it' })
export class KnowledgeException {
  @Field(() => ID)
  id: string;

  @Field(() => ExceptionStatusEnum)
  status: ExceptionStatus;

  @Field(() => String)
  question: string;

  @Field(() => String, { nullable: true })
  context: string | null;

  @Field(() => String, { nullable: true })
  customerGrade: string | null;

  @Field(() => String, { nullable: true, description: 'the interim answer: not yet validated content' })
  answer: string | null;

  @Field(() => DateTime, { nullable: true, description: 'when the first answer was given' })
  answeredAt: string | null;

  @Field(() => PriorityEnum)
  priority: Priority;

  @Field(() => DateTime)
  raisedAt: string;

  @Field(() => Int, { description: 'how many agents asked: the raiser and those who joined' })
  demand: number;

  @Field(() => DateTime, { description: 'when the initial answer is due, by the policy stored when it was raised' })
  answerDueAt: string;

  @Field(() => DateTime, { description: 'when the resolution is due' })
  resolutionDueAt: string;

  @Field(() => DateTime, { nullable: true })
  closedAt: string | null;

  @Field(() => String, { nullable: true })
  rejectReason: string | null;

  @Field(() => Int, { description: 'bumped by every write; name it as expectedRevision when you change it' })
  revision: number;
}

export const ExceptionConnection = Connection('KnowledgeException', KnowledgeException);

@ObjectType({ description: 'a level of the escalation ladder, reached' })
export class Escalation {
  @Field(() => Int)
  level: number;

  @Field(() => PhaseEnum)
  phase: 'ANSWER' | 'RESOLUTION';

  @Field(() => DateTime, { description: 'the instant it fell due' })
  reachedAt: string;

  @Field(() => DateTime, { description: 'when the background job recorded it and told the recipients' })
  recordedAt: string;
}

@ObjectType({ description: 'an agent who asked the question' })
export class ExceptionAsker {
  @Field(() => DateTime)
  at: string;
}

@ObjectType({ description: 'the search an exception was raised from' })
export class ExceptionSearch {
  @Field(() => ID)
  queryId: string;

  @Field(() => String)
  query: string;

  @Field(() => Int)
  hits: number;

  @Field(() => DateTime)
  at: string;
}

@ObjectType({ description: 'an agent’s flag on a version in force' })
export class VersionFlag {
  @Field(() => ID)
  id: string;

  @Field(() => FlagReasonEnum)
  reason: FlagReason;

  @Field(() => String)
  comment: string;

  @Field(() => String, { nullable: true, description: 'the section (number or heading) or flow step the flag points at' })
  sectionKey: string | null;

  @Field(() => Boolean, { description: 'raised by a supervisor: one such open flag marks the version under review' })
  bySupervisor: boolean;

  @Field(() => DateTime)
  at: string;
}

@ObjectType({ description: 'an escalation level of a policy' })
export class LadderStep {
  @Field(() => Int)
  level: number;

  @Field(() => Int, { description: 'minutes (of the policy’s clock) after the missed deadline' })
  lateByMinutes: number;

  @Field(() => RecipientEnum)
  recipient: EscalationRecipient;
}

@InputType('LadderStepInput')
export class LadderStepInput {
  @Field(() => Int)
  level: number;

  @Field(() => Int)
  lateByMinutes: number;

  @Field(() => RecipientEnum)
  recipient: EscalationRecipient;
}

@ObjectType({ description: 'the deadlines and escalation ladder for one priority; copied onto each exception when raised' })
export class SlaPolicy {
  @Field(() => PriorityEnum)
  priority: Priority;

  @Field(() => ClockEnum)
  clock: 'CALENDAR' | 'WORKING';

  @Field(() => Int)
  answerWithinMinutes: number;

  @Field(() => Int)
  resolveWithinMinutes: number;

  @Field(() => String, { description: 'start of the working day for the WORKING clock, HH:MM Beijing time' })
  workdayStart: string;

  @Field(() => String)
  workdayEnd: string;

  @Field(() => Int)
  revision: number;

  @Field(() => DateTime)
  updatedAt: string;
}

@InputType()
export class ExceptionFilter {
  @Field(() => [ExceptionStatusEnum], { nullable: true })
  statuses?: ExceptionStatus[] | null;

  @Field(() => [PriorityEnum], { nullable: true })
  priorities?: Priority[] | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true })
  raisedById?: string | null;

  @Field(() => String, { nullable: true })
  touchpointCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only those past a deadline they have not met; false: only those that are not' })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'only exceptions from flags on this version' })
  flaggedVersionId?: string | null;
}

@InputType()
export class RaiseExceptionInput {
  @Field(() => String, { nullable: true, description: 'the customer’s question; the search’s words when omitted' })
  question?: string | null;

  @Field(() => String, { nullable: true, description: 'where the call came in; the touchpoint the search’s filter names when omitted' })
  touchpointCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'the search that found nothing useful (SearchResults.queryId): pre-fills what is left out' })
  queryId?: string | null;

  @Field(() => PriorityEnum, { nullable: true, description: 'NORMAL when omitted' })
  priority?: Priority | null;

  @Field(() => String, { nullable: true })
  context?: string | null;

  @Field(() => String, { nullable: true, description: 'the customer’s grade (钻, 金, 银, 基础, 1A–5A, 1B–5B, 全部)' })
  customerGrade?: string | null;
}

@InputType()
export class JoinExceptionInput {
  @Field(() => ID)
  exceptionId: string;

  @Field(() => ID, { nullable: true, description: 'the joining agent’s own search, if any' })
  queryId?: string | null;
}

@InputType()
export class AnswerExceptionInput {
  @Field(() => ID)
  exceptionId: string;

  @Field(() => String)
  answer: string;

  @Field(() => Int, { nullable: true })
  expectedRevision?: number | null;
}

@InputType({ description: 'exactly one of resolvedByVersionId, rejectReason, mergedIntoId' })
export class ResolveExceptionInput {
  @Field(() => ID)
  exceptionId: string;

  @Field(() => ID, { nullable: true, description: 'the published version that now covers the question' })
  resolvedByVersionId?: string | null;

  @Field(() => String, { nullable: true })
  rejectReason?: string | null;

  @Field(() => ID, { nullable: true, description: 'an open exception asking the same: demand and flags move there' })
  mergedIntoId?: string | null;

  @Field(() => Int, { nullable: true })
  expectedRevision?: number | null;
}

@InputType()
export class AssignExceptionInput {
  @Field(() => ID)
  exceptionId: string;

  @Field(() => ID)
  ownerId: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => Int, { nullable: true })
  expectedRevision?: number | null;
}

@InputType()
export class FlagVersionInput {
  @Field(() => ID)
  versionId: string;

  @Field(() => FlagReasonEnum)
  reason: FlagReason;

  @Field(() => String)
  comment: string;

  @Field(() => String, { nullable: true, description: 'the section (number or heading) or flow step key it is about' })
  sectionKey?: string | null;
}

@InputType()
export class SetSlaPolicyInput {
  @Field(() => PriorityEnum)
  priority: Priority;

  @Field(() => ClockEnum)
  clock: 'CALENDAR' | 'WORKING';

  @Field(() => Int)
  answerWithinMinutes: number;

  @Field(() => Int)
  resolveWithinMinutes: number;

  @Field(() => String, { nullable: true })
  workdayStart?: string | null;

  @Field(() => String, { nullable: true })
  workdayEnd?: string | null;

  @Field(() => [LadderStepInput])
  ladder: LadderStepInput[];

  @Field(() => ID, { nullable: true })
  defaultOwnerId?: string | null;

  @Field(() => Int, { nullable: true })
  expectedRevision?: number | null;
}

@ObjectType()
export class ExceptionPayload {
  @Field(() => KnowledgeException)
  exception: KnowledgeException;
}
