import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { DocumentVersion } from '../versioning/version.types.js';
import { CASE_OUTCOMES } from './case.kind.js';

export const CaseOutcomeEnum = enumOf(CASE_OUTCOMES);
registerEnumType(CaseOutcomeEnum, { name: 'CaseOutcome', description: 'how the exception behind the case ended' });

@ObjectType({ implements: DocumentVersion, description: 'a version of a case (案例): a question agents met and how it ended' })
export class CaseVersion extends DocumentVersion {}

@ObjectType({ description: 'a case (案例库): a question agents met, kept from its exception with the answer or the reason it was rejected' })
export class Case {
  @Field(() => ID, { description: 'the case document' })
  id: string;
}

export const CaseConnection = Connection('Case', Case);

@InputType()
export class CaseFilter {
  @Field(() => String, { nullable: true })
  touchpointCode?: string | null;

  @Field(() => CaseOutcomeEnum, { nullable: true })
  outcome?: 'RESOLVED' | 'REJECTED' | null;
}

@InputType()
export class KeepAsCaseInput {
  @Field(() => ID)
  exceptionId: string;
}

@ObjectType()
export class CasePayload {
  @Field(() => Case)
  case: Case;
}
