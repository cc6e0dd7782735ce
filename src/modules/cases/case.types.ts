import { Node } from '../../graphql/node.js';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { DocumentVersion } from '../versioning/version.types.js';
import { CASE_OUTCOMES } from './case.kind.js';

export const CaseOutcomeEnum = enumOf(CASE_OUTCOMES);
registerEnumType(CaseOutcomeEnum, {
  name: 'CaseOutcome',
  description: 'how the exception behind the case ended',
  valuesConfig: {
    RESOLVED: { description: 'the question was answered: the case holds the answer' },
    REJECTED: { description: 'the question was not a knowledge gap: the case holds why' },
  },
});

@ObjectType({ implements: [DocumentVersion, Node], description: 'a version of a case (案例): a question agents met and how it ended' })
export class CaseVersion extends DocumentVersion {}

@ObjectType({ implements: Node, description: 'a case (案例库): a question agents met, kept from its exception with the answer or the reason it was rejected' })
export class Case {
  @Field(() => ID, { description: 'the case document' })
  id: string;
}

export const CaseConnection = Connection('Case', Case);

@InputType({ description: 'narrows the list of cases; the conditions given all apply' })
export class CaseFilter {
  @Field(() => String, { nullable: true, description: 'only cases met at this touchpoint (7 characters, e.g. AAA1102)' })
  touchpointCode?: string | null;

  @Field(() => CaseOutcomeEnum, { nullable: true, description: 'only cases that ended this way' })
  outcome?: 'RESOLVED' | 'REJECTED' | null;
}

@InputType({ description: 'a closed exception to keep as a case' })
export class KeepAsCaseInput {
  @Field(() => ID, { description: 'a RESOLVED or REJECTED knowledge exception' })
  exceptionId: string;
}

@ObjectType({ description: 'the case the mutation kept' })
export class CasePayload {
  @Field(() => Case, { description: 'the new case, published' })
  case: Case;
}
