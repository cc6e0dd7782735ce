import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ExceptionStatus, FlagReason, Priority } from './exception-values.js';

export * from './exception-values.js';



/** A question no flow, script or standard answered (例外), from raising to the content that closes it. */
@Entity('knowledge_exceptions')
@Index(['ownerId', 'status'])
export class ExceptionRow {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 12 })
  status: ExceptionStatus;

  @Column('varchar', { length: 8 })
  priority: Priority;

  @Column('text')
  question: string;

  @Column('text', { nullable: true })
  context: string | null;

  @Column('varchar', { length: 8, nullable: true })
  customerGrade: string | null;

  @Column('varchar', { length: 20, nullable: true })
  touchpointCode: string | null;

  /** the search that found nothing useful */
  @Column('varchar', { length: 36, nullable: true })
  queryId: string | null;

  /** the version an agent flagged, when the exception came from a flag */
  @Index()
  @Column('varchar', { length: 36, nullable: true })
  flaggedVersionId: string | null;

  @Index()
  @Column('varchar', { length: 24 })
  raisedAt: string;

  @Column('varchar', { length: 36 })
  raisedById: string;

  @Column('varchar', { length: 36 })
  ownerId: string;

  /** how many agents asked: the raiser and everyone who joined */
  @Column('integer')
  demand: number;

  /** the interim answer, shown to agents as not yet validated */
  @Column('text', { nullable: true })
  answer: string | null;

  @Column('varchar', { length: 24, nullable: true })
  answeredAt: string | null;

  @Column('varchar', { length: 36, nullable: true })
  answeredById: string | null;

  @Column('varchar', { length: 24 })
  answerDueAt: string;

  @Column('varchar', { length: 24 })
  resolutionDueAt: string;

  /** the policy in force when it was raised, with every escalation instant worked out (sla.ts): later policy changes leave it alone */
  @Column('text')
  sla: string;

  /** the highest escalation level recorded (the background job records each once) */
  @Column('integer')
  escalationLevel: number;

  /** when the next level not yet recorded falls due, as things stand; null when none can */
  @Index()
  @Column('varchar', { length: 24, nullable: true })
  nextEscalationAt: string | null;

  @Column('varchar', { length: 24, nullable: true })
  closedAt: string | null;

  @Column('varchar', { length: 36, nullable: true })
  closedById: string | null;

  @Column('varchar', { length: 36, nullable: true })
  resolvedByVersionId: string | null;

  @Column('text', { nullable: true })
  rejectReason: string | null;

  @Column('varchar', { length: 36, nullable: true })
  mergedIntoId: string | null;

  /** the case kept from it, if any */
  @Column('varchar', { length: 36, nullable: true })
  caseDocumentId: string | null;

  /** bumped by every write; writers may name the revision they read */
  @Column('integer')
  revision: number;

  @Column('varchar', { length: 24 })
  updatedAt: string;
}

/** One agent asking: the raiser, and each agent who joined instead of raising a duplicate. */
@Entity('exception_demand')
@Index(['exceptionId'])
export class ExceptionDemandRow {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  exceptionId: string;

  @Column('varchar', { length: 36 })
  userId: string;

  @Column('varchar', { length: 24 })
  at: string;

  @Column('varchar', { length: 36, nullable: true })
  queryId: string | null;
}

/** An escalation level reached, recorded once (the primary key says so, across processes). */
@Entity('exception_escalations')
export class ExceptionEscalationRow {
  @PrimaryColumn('varchar', { length: 36 })
  exceptionId: string;

  @PrimaryColumn('integer')
  level: number;

  /** ANSWER: the initial answer was late; RESOLUTION: the resolution was */
  @Column('varchar', { length: 12 })
  phase: 'ANSWER' | 'RESOLUTION';

  /** the instant the level was due, from the plan stored on the exception */
  @Column('varchar', { length: 24 })
  reachedAt: string;

  @Column('varchar', { length: 24 })
  recordedAt: string;

  /** who was told: resolved from the ladder's recipient when the level was reached, as JSON ids */
  @Column('text')
  recipientIds: string;
}

/** The words of an open question, segmented as documents are: what similar questions are found by. */
@Entity('exception_words')
@Index(['word'])
export class ExceptionWordRow {
  @PrimaryColumn('varchar', { length: 36 })
  exceptionId: string;

  @PrimaryColumn('varchar', { length: 100 })
  word: string;
}


/** An agent's flag on a version in force; open while its exception is. */
@Entity('version_flags')
@Index(['versionId'])
@Index(['exceptionId'])
export class VersionFlagRow {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  versionId: string;

  @Column('varchar', { length: 36 })
  documentId: string;

  @Column('varchar', { length: 36 })
  exceptionId: string;

  @Column('varchar', { length: 36 })
  userId: string;

  /** whether the flagger was a supervisor when flagging: one such flag marks the version under review */
  @Column('boolean')
  bySupervisor: boolean;

  @Column('varchar', { length: 16 })
  reason: FlagReason;

  @Column('text')
  comment: string;

  @Column('varchar', { length: 100, nullable: true })
  sectionKey: string | null;

  @Column('varchar', { length: 24 })
  at: string;
}


/** Deadlines and the escalation ladder for one priority; copied onto each exception when raised. */
@Entity('sla_policies')
export class SlaPolicyRow {
  @PrimaryColumn('varchar', { length: 8 })
  priority: Priority;

  @Column('varchar', { length: 8 })
  clock: 'CALENDAR' | 'WORKING';

  @Column('integer')
  answerWithinMinutes: number;

  @Column('integer')
  resolveWithinMinutes: number;

  /** the working window for the WORKING clock, HH:MM Beijing time */
  @Column('varchar', { length: 5 })
  workdayStart: string;

  @Column('varchar', { length: 5 })
  workdayEnd: string;

  /** JSON [{ level, lateByMinutes, recipient }], levels 1, 2, 3… in order */
  @Column('text')
  ladder: string;

  /** who owns an exception no flow or document owner answers for */
  @Column('varchar', { length: 36, nullable: true })
  defaultOwnerId: string | null;

  @Column('integer')
  revision: number;

  @Column('varchar', { length: 24 })
  updatedAt: string;
}
