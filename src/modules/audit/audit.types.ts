import { JSONResolver } from 'graphql-scalars';
import { DateTime } from '../../graphql/date-time.js';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/relay.js';
import { enumOf } from '../../graphql/enums.js';
import { AUDIT_ACTIONS, AUDITED_ENTITIES, type AuditAction, type AuditedEntity } from './audit-actions.js';

export const AuditActionEnum = enumOf(AUDIT_ACTIONS);
registerEnumType(AuditActionEnum, { name: 'AuditAction', description: 'the kind of change an audit entry records' });

@ObjectType({ description: 'one change, chained by hash to the entry before it' })
export class AuditEntry {
  @Field(() => ID, { description: 'the position in the chain: 1, 2, 3, …' })
  id: string;

  @Field(() => DateTime)
  at: string;

  @Field(() => AuditActionEnum)
  action: AuditAction;

  @Field(() => String, { description: `what the entry is about: ${AUDITED_ENTITIES.join(', ')}` })
  entityType: AuditedEntity;

  @Field(() => ID)
  entityId: string;

  @Field(() => ID, { nullable: true })
  documentId: string | null;

  @Field(() => ID, { nullable: true })
  versionId: string | null;

  @Field(() => String, { nullable: true, description: 'the reason or change note given' })
  reason: string | null;

  @Field(() => JSONResolver, { nullable: true })
  before: unknown;

  @Field(() => JSONResolver, { nullable: true })
  after: unknown;

  @Field(() => String)
  hash: string;

  @Field(() => String)
  prevHash: string;

  actorId: string | null;
}

export const AuditEntryConnection = Connection('AuditEntry', AuditEntry);

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true })
  documentId?: string | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'entries at or after this instant' })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'entries before this instant' })
  to?: Date | null;
}

@ObjectType()
export class AuditVerification {
  @Field(() => Boolean)
  ok: boolean;

  @Field(() => Int, { description: 'entries whose link and content checked out' })
  checked: number;

  @Field(() => ID, { nullable: true, description: 'the first entry whose chain breaks' })
  firstBrokenEntryId: string | null;

  @Field(() => String, { nullable: true })
  problem: string | null;
}
