import { DateTime } from '../../graphql/date-time.js';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { FIT_PROBLEMS, type FitProblem } from './fit.js';

export const FitProblemEnum = enumOf(FIT_PROBLEMS);
registerEnumType(FitProblemEnum, {
  name: 'FitProblem',
  description: 'why a flow step does not fit the organisation (组织符合度)',
  valuesConfig: {
    NO_SUCH_POST: { description: 'the post the step names is not in the registry of the centre’s posts (never registered, or retired)' },
    NOBODY_ASSIGNED: { description: 'the post is registered but no active user holds it' },
    NO_POST_NAMED: { description: 'a STEP that names no responsible post' },
  },
});

@ObjectType({ description: 'a post of the centre (岗位), by the Chinese name flow steps use' })
export class CentrePost {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'e.g. 一线客服代表, 班长, 热线服务主管, 后台支撑人员, 门店店长' })
  name: string;

  @Field(() => String)
  description: string;

  @Field(() => DateTime)
  registeredAt: string;

  @Field(() => DateTime, { nullable: true, description: 'from when the post no longer exists' })
  retiredAt: string | null;

  @Field(() => Int, { description: 'name it as expectedRevision when changing the post or its holders' })
  revision: number;
}

@ObjectType()
export class PostPayload {
  @Field(() => CentrePost)
  post: CentrePost;
}

@InputType()
export class RegisterPostInput {
  @Field(() => String, { description: 'exactly as flow steps name it; a retired post of this name is reinstated' })
  name: string;

  @Field(() => String)
  description: string;
}

@InputType()
export class UpdatePostInput {
  @Field(() => ID)
  postId: string;

  @Field(() => Int)
  expectedRevision: number;

  @Field(() => String)
  description: string;
}

@InputType()
export class RetirePostInput {
  @Field(() => ID)
  postId: string;

  @Field(() => Int, { nullable: true })
  expectedRevision?: number | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType({ description: 'a user taking up or leaving a post, from now' })
export class PostHolderInput {
  @Field(() => ID)
  postId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => Int, { nullable: true })
  expectedRevision?: number | null;
}

@InputType()
export class DeviationInput {
  @Field(() => String, { description: 'the key of a STEP or DECISION of the flow version in force at callAt' })
  stepKey: string;

  @Field(() => String, { description: 'what the agent did instead' })
  description: string;
}

@InputType({ description: 'an inspected call; the flow version is the one in force at callAt for the flow serving the touchpoint — resolved, never typed in' })
export class RecordInspectionInput {
  @Field(() => String, { description: 'the touchpoint of the call, e.g. AAA1102' })
  touchpointCode: string;

  @Field(() => DateTime, { description: 'when the call took place; not in the future' })
  callAt: Date;

  @Field(() => String, { description: 'the agent’s post, a registered post of the centre (e.g. 一线客服代表)' })
  agentPost: string;

  @Field(() => [DeviationInput], { nullable: true, description: 'the steps not followed, each once; steps not listed were followed. None: the call was compliant' })
  deviations?: DeviationInput[] | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'the knowledge exception the call came from' })
  exceptionId?: string | null;

  @Field(() => String, { nullable: true, description: 'the complaint (work order) the call came from' })
  complaintRef?: string | null;
}

@ObjectType({ description: 'a flow, as reports name it' })
export class FlowRef {
  @Field(() => ID)
  documentId: string;

  @Field(() => String)
  code: string;

  @Field(() => String, { description: 'the title of the version concerned' })
  title: string;
}

@ObjectType()
export class InspectionDeviation {
  @Field(() => String)
  stepKey: string;

  @Field(() => String, { nullable: true, description: 'the step’s label in the inspected version' })
  stepLabel: string | null;

  @Field(() => String)
  description: string;
}

@ObjectType({ description: 'a real call inspected against the flow version in force when it happened (流程穿越)' })
export class Inspection {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  touchpointCode: string;

  @Field(() => DateTime)
  callAt: string;

  @Field(() => ID, { description: 'the flow serving the touchpoint at callAt' })
  documentId: string;

  @Field(() => ID, { description: 'its version in force at callAt' })
  versionId: string;

  @Field(() => String)
  agentPost: string;

  @Field(() => Boolean, { description: 'every step of the version was followed (no deviation)' })
  compliant: boolean;

  @Field(() => String)
  note: string;

  @Field(() => String, { nullable: true })
  complaintRef: string | null;

  @Field(() => DateTime)
  recordedAt: string;
}

export const InspectionConnection = Connection('Inspection', Inspection);

@ObjectType()
export class InspectionPayload {
  @Field(() => Inspection)
  inspection: Inspection;
}

@ObjectType({ description: 'inspected calls and the compliant ones among them' })
export class ComplianceCount {
  @Field(() => Int)
  inspected: number;

  @Field(() => Int, { description: 'inspected calls where every step was followed' })
  compliant: number;

  @Field(() => Float, { description: 'compliant / inspected, a fraction 0–1' })
  rate: number;

  @Field(() => Float, { description: 'the stored target (complianceTarget), a fraction 0–1' })
  target: number;

  @Field(() => Boolean, { description: 'rate ≥ target' })
  meetsTarget: boolean;
}

@ObjectType({ description: 'one group of a flow version’s inspected calls' })
export class ComplianceBreakdown extends ComplianceCount {
  @Field(() => String, { description: 'the touchpoint code, or the agents’ post' })
  key: string;
}

@ObjectType({ description: 'one step or decision of the inspected version' })
export class StepCompliance {
  @Field(() => String)
  key: string;

  @Field(() => String, { description: 'STEP or DECISION' })
  type: string;

  @Field(() => String)
  label: string;

  @Field(() => String, { nullable: true, description: 'the responsible post the step names' })
  post: string | null;

  @Field(() => Int, { description: 'inspected calls with a deviation at this step' })
  deviations: number;

  @Field(() => Float, { description: '(inspected − deviations) / inspected' })
  followedRate: number;
}

@ObjectType({
  description:
    '流程规范率 of one flow version over a period, all its touchpoints together (touchpointCode null; perTouchpoint splits it): rate = inspected calls where every step was followed / inspected calls, against the target',
})
export class FlowCompliance extends ComplianceCount {
  @Field(() => FlowRef)
  flow: FlowRef;

  @Field(() => ID)
  versionId: string;

  @Field(() => Int)
  versionNumber: number;

  @Field(() => String, { nullable: true, description: 'always null: this row counts every touchpoint of the version' })
  touchpointCode: null;

  @Field(() => [StepCompliance], { description: 'every step and decision, the most deviated first' })
  steps: StepCompliance[];

  @Field(() => [ComplianceBreakdown], { description: 'by the touchpoint of the call' })
  perTouchpoint: ComplianceBreakdown[];

  @Field(() => [ComplianceBreakdown], { description: 'by the post of the agent who took the call' })
  perPost: ComplianceBreakdown[];
}

@ObjectType({ description: 'a flow step that does not fit the organisation at the instant asked' })
export class OrganisationalFitItem {
  @Field(() => FlowRef)
  flow: FlowRef;

  @Field(() => ID)
  versionId: string;

  @Field(() => Int)
  versionNumber: number;

  @Field(() => String)
  stepKey: string;

  @Field(() => String)
  stepLabel: string;

  @Field(() => String, { nullable: true, description: 'the post the step names; null for NO_POST_NAMED' })
  post: string | null;

  @Field(() => FitProblemEnum)
  problem: FitProblem;

  @Field(() => String)
  detail: string;
}

@ObjectType({ description: 'the compliance-rate target every flowCompliance row is measured against' })
export class ComplianceTarget {
  @Field(() => Float, { description: 'a fraction 0–1; 0.78 until changed (the source centre aimed at ≥ 78 %)' })
  target: number;

  @Field(() => Int)
  revision: number;

  @Field(() => DateTime)
  updatedAt: string;
}

@InputType()
export class SetComplianceTargetInput {
  @Field(() => Float, { description: 'a fraction 0–1 (0.78 is 78 %), kept to 0.01 %' })
  target: number;

  @Field(() => Int, { nullable: true })
  expectedRevision?: number | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}
