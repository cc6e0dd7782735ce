import type { ExceptionRow, VersionFlagRow } from './exception.entity.js';

declare module '../../shared/events.js' {
  interface DomainEvents {
    ExceptionRaised: { exception: ExceptionRow };
    /** another agent asked the same question */
    ExceptionJoined: { exception: ExceptionRow; userId: string };
    /** an interim answer, shown to agents at once */
    ExceptionAnswered: { exception: ExceptionRow };
    /** resolved by a published version, rejected, or merged into another exception */
    ExceptionClosed: { exception: ExceptionRow };
    ExceptionAssigned: { exception: ExceptionRow; previousOwnerId: string };
    /** a level of the escalation ladder was reached; recipients are who is told */
    ExceptionEscalated: { exception: ExceptionRow; level: number; reachedAt: string; recipientIds: string[] };
    VersionFlagged: { flag: VersionFlagRow; exception: ExceptionRow };
  }
}

export {};
