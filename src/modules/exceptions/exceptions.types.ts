import { Node } from '../../graphql/node.js';
import { DateTime } from '../../graphql/date-time.js';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { ESCALATION_RECIPIENTS, type EscalationRecipient, EXCEPTION_STATUSES, type ExceptionStatus, FLAG_REASONS, type FlagReason, PRIORITIES, type Priority } from './exception-values.js';

export const ExceptionStatusEnum = enumOf(EXCEPTION_STATUSES);
registerEnumType(ExceptionStatusEnum, {
  name: 'ExceptionStatus',
  description: 'where a knowledge exception is in its life; OPEN and ANSWERED are unfinished, the others closed',
  valuesConfig: {
    OPEN: { description: 'raised; nobody has answered yet — agents see it as being answered' },
    ANSWERED: { description: 'an initial answer, shown to agents at once as interim and not yet validated' },
    RESOLVED: { description: 'a published version now covers it' },
    REJECTED: { description: 'not a gap in the content, with the reason' },
    MERGED: { description: 'the same question as another exception, which carries its demand on' },
  },
});
export const PriorityEnum = enumOf(PRIORITIES);
registerEnumType(PriorityEnum, {
  name: 'ExceptionPriority',
  description: 'chooses the SLA policy: deadlines and the escalation ladder',
  valuesConfig: {
    HIGH: { description: 'urgent; flags saying WRONG or CONTRADICTS raise HIGH exceptions' },
    NORMAL: { description: 'the default when raising' },
    LOW: { description: 'can wait' },
  },
});
export const FlagReasonEnum = enumOf(FLAG_REASONS);
registerEnumType(FlagReasonEnum, {
  name: 'FlagReason',
  description: 'why an agent flags a version in force',
  valuesConfig: {
    WRONG: { description: 'it says something that is not so (raises a HIGH exception)' },
    OUTDATED: { description: 'it was right once, but no longer is' },
    UNCLEAR: { description: 'agents cannot tell what it means' },
    MISSING_STEP: { description: 'a step or case the call needs is not in it' },
    CONTRADICTS: { description: 'it disagrees with another document in force (raises a HIGH exception)' },
  },
});
export const RecipientEnum = enumOf(ESCALATION_RECIPIENTS);
registerEnumType(RecipientEnum, {
  name: 'EscalationRecipient',
  description: 'who an escalation level tells, resolved when it is reached; admins when nobody active holds the post',
  valuesConfig: {
    OWNER_SUPERVISOR: { description: 'the owner’s supervisor; the quality managers when the owner has no active supervisor' },
    QUALITY_MANAGER: { description: 'every active holder of the QUALITY_MANAGER post (质检经理)' },
    CENTRE_HEAD: { description: 'every active holder of the CENTRE_HEAD post (中心负责人)' },
  },
});
export const ClockEnum = enumOf(['CALENDAR', 'WORKING'] as const);
registerEnumType(ClockEnum, {
  name: 'SlaClock',
  description: 'CALENDAR: every hour counts (the 24-hour hotline); WORKING: only hours inside the working day of working days (workCalendar)',
  valuesConfig: {
    CALENDAR: { description: 'every minute counts, day and night, weekends and holidays' },
    WORKING: { description: 'only minutes between the policy’s workdayStart and workdayEnd (Beijing time) on working days of the work calendar' },
  },
});
export const PhaseEnum = enumOf(['ANSWER', 'RESOLUTION'] as const);
registerEnumType(PhaseEnum, {
  name: 'EscalationPhase',
  description: 'which deadline was missed: the initial answer or the resolution',
  valuesConfig: {
    ANSWER: { description: 'the level came due while the initial answer was still missing' },
    RESOLUTION: { description: 'the level came due while the resolution was still missing' },
  },
});

@ObjectType({ implements: Node, description: 'a question nothing answered (例外), from raising to the published content that closes it' })
export class KnowledgeException {
  @Field(() => ID, { description: 'the exception’s id' })
  id: string;

  @Field(() => ExceptionStatusEnum, { description: 'where it is in its life: OPEN → ANSWERED → RESOLVED, REJECTED or MERGED' })
  status: ExceptionStatus;

  @Field(() => String, { description: 'the customer’s question as the agent put it, at most 500 characters' })
  question: string;

  @Field(() => String, { nullable: true, description: 'what else the agent noted about the call; null: nothing' })
  context: string | null;

  @Field(() => String, { nullable: true, description: 'the customer’s grade (钻, 金, 银, 基础, 1A–5A, 1B–5B, 全部); null: not given' })
  customerGrade: string | null;

  @Field(() => String, { nullable: true, description: 'the interim answer: not yet validated content' })
  answer: string | null;

  @Field(() => DateTime, { nullable: true, description: 'when the first answer was given' })
  answeredAt: string | null;

  @Field(() => PriorityEnum, { description: 'chose the SLA policy its deadlines were worked out by' })
  priority: Priority;

  @Field(() => DateTime, { description: 'when it was raised' })
  raisedAt: string;

  @Field(() => Int, { description: 'how many agents asked: the raiser and those who joined' })
  demand: number;

  @Field(() => DateTime, { description: 'when the initial answer is due, by the policy stored when it was raised' })
  answerDueAt: string;

  @Field(() => DateTime, { description: 'when the resolution is due' })
  resolutionDueAt: string;

  @Field(() => DateTime, { nullable: true, description: 'when it was resolved, rejected or merged; null while OPEN or ANSWERED' })
  closedAt: string | null;

  @Field(() => String, { nullable: true, description: 'why it is not a gap in the content; null unless REJECTED' })
  rejectReason: string | null;

  @Field(() => Int, { description: 'bumped by every write; name it as expectedRevision when you change it' })
  revision: number;
}

export const ExceptionConnection = Connection('KnowledgeException', KnowledgeException);

@ObjectType({ description: 'a level of the escalation ladder, reached' })
export class Escalation {
  @Field(() => Int, { description: 'the ladder level reached, from 1' })
  level: number;

  @Field(() => PhaseEnum, { description: 'which deadline was missed' })
  phase: 'ANSWER' | 'RESOLUTION';

  @Field(() => DateTime, { description: 'the instant it fell due' })
  reachedAt: string;

  @Field(() => DateTime, { description: 'when the background job recorded it and told the recipients' })
  recordedAt: string;
}

@ObjectType({ description: 'an agent who asked the question' })
export class ExceptionAsker {
  @Field(() => DateTime, { description: 'when they asked (raised or joined)' })
  at: string;
}

@ObjectType({ description: 'the search an exception was raised from' })
export class ExceptionSearch {
  @Field(() => ID, { description: 'the search’s id (SearchResults.queryId)' })
  queryId: string;

  @Field(() => String, { description: 'the words searched for' })
  query: string;

  @Field(() => Int, { description: 'how many documents the search found' })
  hits: number;

  @Field(() => DateTime, { description: 'when the search ran' })
  at: string;
}

@ObjectType({ description: 'an agent’s flag on a version in force' })
export class VersionFlag {
  @Field(() => ID, { description: 'the flag’s id' })
  id: string;

  @Field(() => FlagReasonEnum, { description: 'what is wrong with the version' })
  reason: FlagReason;

  @Field(() => String, { description: 'what the agent found, in their words' })
  comment: string;

  @Field(() => String, { nullable: true, description: 'the section (number or heading) or flow step the flag points at' })
  sectionKey: string | null;

  @Field(() => Boolean, { description: 'raised by a supervisor: one such open flag marks the version under review' })
  bySupervisor: boolean;

  @Field(() => DateTime, { description: 'when the flag was raised' })
  at: string;
}

@ObjectType({ description: 'an escalation level of a policy' })
export class LadderStep {
  @Field(() => Int, { description: 'the level: 1, 2, 3, … in order, at most 9' })
  level: number;

  @Field(() => Int, { description: 'minutes (of the policy’s clock) after the missed deadline' })
  lateByMinutes: number;

  @Field(() => RecipientEnum, { description: 'who the level tells when it is reached' })
  recipient: EscalationRecipient;
}

@InputType('LadderStepInput', { description: 'an escalation level of a policy; levels count up from 1, each later than the one before' })
export class LadderStepInput {
  @Field(() => Int, { description: '1 for the first level, then 2, 3, …; at most 9' })
  level: number;

  @Field(() => Int, { description: 'minutes (of the policy’s clock) after the missed deadline, 0 to 525600; more than the level before' })
  lateByMinutes: number;

  @Field(() => RecipientEnum, { description: 'who the level tells' })
  recipient: EscalationRecipient;
}

@ObjectType({ description: 'the deadlines and escalation ladder for one priority; copied onto each exception when raised' })
export class SlaPolicy {
  @Field(() => PriorityEnum, { description: 'the priority the policy is for' })
  priority: Priority;

  @Field(() => ClockEnum, { description: 'how its minutes are counted' })
  clock: 'CALENDAR' | 'WORKING';

  @Field(() => Int, { description: 'minutes (of the clock) from raising to the initial answer' })
  answerWithinMinutes: number;

  @Field(() => Int, { description: 'minutes (of the clock) from raising to the resolution' })
  resolveWithinMinutes: number;

  @Field(() => String, { description: 'start of the working day for the WORKING clock, HH:MM Beijing time' })
  workdayStart: string;

  @Field(() => String, { description: 'end of the working day for the WORKING clock, HH:MM Beijing time' })
  workdayEnd: string;

  @Field(() => Int, { description: 'bumped by every change; name it as expectedRevision in setSlaPolicy' })
  revision: number;

  @Field(() => DateTime, { description: 'when the policy was last set' })
  updatedAt: string;
}

@InputType({ description: 'narrows the list of exceptions; the conditions given all apply' })
export class ExceptionFilter {
  @Field(() => [ExceptionStatusEnum], { nullable: true, description: 'only exceptions in one of these statuses; null or empty: any' })
  statuses?: ExceptionStatus[] | null;

  @Field(() => [PriorityEnum], { nullable: true, description: 'only exceptions of one of these priorities; null or empty: any' })
  priorities?: Priority[] | null;

  @Field(() => ID, { nullable: true, description: 'only exceptions this user owns' })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'only exceptions this user raised' })
  raisedById?: string | null;

  @Field(() => String, { nullable: true, description: 'only exceptions raised at this touchpoint (7 characters, e.g. AAA1102)' })
  touchpointCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only those past a deadline they have not met; false: only those that are not' })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'only exceptions from flags on this version' })
  flaggedVersionId?: string | null;
}

@InputType({ description: 'a question nothing answers: give question or queryId, and touchpointCode unless the search’s filter names one touchpoint' })
export class RaiseExceptionInput {
  @Field(() => String, { nullable: true, description: 'the customer’s question; the search’s words when omitted' })
  question?: string | null;

  @Field(() => String, { nullable: true, description: 'where the call came in; the touchpoint the search’s filter names when omitted' })
  touchpointCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'the search that found nothing useful (SearchResults.queryId): pre-fills what is left out' })
  queryId?: string | null;

  @Field(() => PriorityEnum, { nullable: true, description: 'NORMAL when omitted' })
  priority?: Priority | null;

  @Field(() => String, { nullable: true, description: 'what else matters about the call, at most 2000 characters' })
  context?: string | null;

  @Field(() => String, { nullable: true, description: 'the customer’s grade (钻, 金, 银, 基础, 1A–5A, 1B–5B, 全部)' })
  customerGrade?: string | null;
}

@InputType({ description: 'an agent asking the question of an open exception' })
export class JoinExceptionInput {
  @Field(() => ID, { description: 'an OPEN or ANSWERED exception; a MERGED one is followed to the exception it was merged into' })
  exceptionId: string;

  @Field(() => ID, { nullable: true, description: 'the joining agent’s own search, if any' })
  queryId?: string | null;
}

@InputType({ description: 'the initial (interim) answer to an exception' })
export class AnswerExceptionInput {
  @Field(() => ID, { description: 'an OPEN or ANSWERED exception' })
  exceptionId: string;

  @Field(() => String, { description: 'the answer agents see at once as interim, 1 to 5000 characters' })
  answer: string;

  @Field(() => Int, { nullable: true, description: 'the revision you read; if it moved on the answer is refused with CONFLICT; null: no check' })
  expectedRevision?: number | null;
}

@InputType({ description: 'exactly one of resolvedByVersionId, rejectReason, mergedIntoId' })
export class ResolveExceptionInput {
  @Field(() => ID, { description: 'an OPEN or ANSWERED exception' })
  exceptionId: string;

  @Field(() => ID, { nullable: true, description: 'the published version that now covers the question' })
  resolvedByVersionId?: string | null;

  @Field(() => String, { nullable: true, description: 'why it is not a gap in the content (closes it as REJECTED), at most 2000 characters' })
  rejectReason?: string | null;

  @Field(() => ID, { nullable: true, description: 'an open exception asking the same: demand and flags move there' })
  mergedIntoId?: string | null;

  @Field(() => Int, { nullable: true, description: 'the revision you read; if it moved on the change is refused with CONFLICT; null: no check' })
  expectedRevision?: number | null;
}

@InputType({ description: 'a new owner for an exception' })
export class AssignExceptionInput {
  @Field(() => ID, { description: 'the exception to reassign' })
  exceptionId: string;

  @Field(() => ID, { description: 'the new owner: an active user who may answer exceptions (a process manager)' })
  ownerId: string;

  @Field(() => String, { nullable: true, description: 'why, kept in the audit trail; at most 2000 characters' })
  reason?: string | null;

  @Field(() => Int, { nullable: true, description: 'the revision you read; if it moved on the change is refused with CONFLICT; null: no check' })
  expectedRevision?: number | null;
}

@InputType({ description: 'an agent’s flag on a version in force' })
export class FlagVersionInput {
  @Field(() => ID, { description: 'a version in force now (the one agents are using)' })
  versionId: string;

  @Field(() => FlagReasonEnum, { description: 'what is wrong; WRONG and CONTRADICTS raise a HIGH exception, the others NORMAL' })
  reason: FlagReason;

  @Field(() => String, { description: 'what the agent found, 1 to 2000 characters' })
  comment: string;

  @Field(() => String, { nullable: true, description: 'the section (number or heading) or flow step key it is about' })
  sectionKey?: string | null;
}

@InputType({ description: 'the deadlines and ladder of one priority, replacing what it had' })
export class SetSlaPolicyInput {
  @Field(() => PriorityEnum, { description: 'the priority whose policy to set' })
  priority: Priority;

  @Field(() => ClockEnum, { description: 'how its minutes are counted' })
  clock: 'CALENDAR' | 'WORKING';

  @Field(() => Int, { description: 'minutes (of the clock) from raising to the initial answer, 1 to 525600' })
  answerWithinMinutes: number;

  @Field(() => Int, { description: 'minutes (of the clock) from raising to the resolution, 1 to 525600; not less than answerWithinMinutes' })
  resolveWithinMinutes: number;

  @Field(() => String, { nullable: true, description: 'start of the working day for the WORKING clock, HH:MM Beijing time; null: unchanged' })
  workdayStart?: string | null;

  @Field(() => String, { nullable: true, description: 'end of the working day, HH:MM Beijing time, later than workdayStart; null: unchanged' })
  workdayEnd?: string | null;

  @Field(() => [LadderStepInput], { description: 'the escalation levels, at most 9, in order; empty: no escalation' })
  ladder: LadderStepInput[];

  @Field(() => ID, { nullable: true, description: 'who owns an exception no flow or document owner answers for: a process manager; null clears it, left out keeps it' })
  defaultOwnerId?: string | null;

  @Field(() => Int, { nullable: true, description: 'the revision you read; if it moved on the change is refused with CONFLICT; null: no check' })
  expectedRevision?: number | null;
}

@ObjectType({ description: 'the exception as the mutation left it' })
export class ExceptionPayload {
  @Field(() => KnowledgeException, { description: 'the exception after the change (for flagVersion: the exception the flag joined or raised)' })
  exception: KnowledgeException;
}
