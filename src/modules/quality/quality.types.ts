import { FlowNodeTypeEnum } from '../flows/flow.types.js';
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
  @Field(() => ID, { description: 'the post’s id' })
  id: string;

  @Field(() => String, { description: 'e.g. 一线客服代表, 班长, 热线服务主管, 后台支撑人员, 门店店长' })
  name: string;

  @Field(() => String, { description: 'what the post does, 1 to 1000 characters' })
  description: string;

  @Field(() => DateTime, { description: 'when the post was first registered' })
  registeredAt: string;

  @Field(() => DateTime, { nullable: true, description: 'from when the post no longer exists' })
  retiredAt: string | null;

  @Field(() => Int, { description: 'name it as expectedRevision when changing the post or its holders' })
  revision: number;
}

@ObjectType({ description: 'the post as the mutation left it' })
export class PostPayload {
  @Field(() => CentrePost, { description: 'the post after the change' })
  post: CentrePost;
}

@InputType({ description: 'a new post of the centre' })
export class RegisterPostInput {
  @Field(() => String, { description: 'exactly as flow steps name it; a retired post of this name is reinstated' })
  name: string;

  @Field(() => String, { description: 'what the post does, 1 to 1000 characters' })
  description: string;
}

@InputType({ description: 'a post’s new description' })
export class UpdatePostInput {
  @Field(() => ID, { description: 'the post to describe anew' })
  postId: string;

  @Field(() => Int, { description: 'the revision you read (CentrePost.revision); if it moved on the change is refused with CONFLICT' })
  expectedRevision: number;

  @Field(() => String, { description: 'what the post does, 1 to 1000 characters' })
  description: string;
}

@InputType({ description: 'a post to retire from now' })
export class RetirePostInput {
  @Field(() => ID, { description: 'the post to retire' })
  postId: string;

  @Field(() => Int, { nullable: true, description: 'the revision you read; if it moved on the change is refused with CONFLICT; null: no check' })
  expectedRevision?: number | null;

  @Field(() => String, { nullable: true, description: 'why, kept in the audit trail; at most 500 characters' })
  reason?: string | null;
}

@InputType({ description: 'a user taking up or leaving a post, from now' })
export class PostHolderInput {
  @Field(() => ID, { description: 'the post' })
  postId: string;

  @Field(() => ID, { description: 'the user taking up or leaving it' })
  userId: string;

  @Field(() => Int, { nullable: true, description: 'the post’s revision you read; if it moved on the change is refused with CONFLICT; null: no check' })
  expectedRevision?: number | null;
}

@InputType({ description: 'a step of the flow the agent did not follow on the call' })
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

  @Field(() => String, { nullable: true, description: 'the inspector’s remarks, at most 2000 characters; null: none' })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'the knowledge exception the call came from' })
  exceptionId?: string | null;

  @Field(() => String, { nullable: true, description: 'the complaint (work order) the call came from' })
  complaintRef?: string | null;
}

@ObjectType({ description: 'a flow, as reports name it' })
export class FlowRef {
  @Field(() => ID, { description: 'the flow document’s id' })
  documentId: string;

  @Field(() => String, { description: 'the flow’s stable code, e.g. QRY-BALANCE' })
  code: string;

  @Field(() => String, { description: 'the title of the version concerned' })
  title: string;
}

@ObjectType({ description: 'a step the agent did not follow on an inspected call' })
export class InspectionDeviation {
  @Field(() => String, { description: 'the key of the step or decision in the inspected version' })
  stepKey: string;

  @Field(() => String, { nullable: true, description: 'the step’s label in the inspected version' })
  stepLabel: string | null;

  @Field(() => String, { description: 'what the agent did instead' })
  description: string;
}

@ObjectType({ description: 'a real call inspected against the flow version in force when it happened (流程穿越)' })
export class Inspection {
  @Field(() => ID, { description: 'the inspection’s id' })
  id: string;

  @Field(() => String, { description: 'the touchpoint of the call, e.g. AAA1102' })
  touchpointCode: string;

  @Field(() => DateTime, { description: 'when the call took place' })
  callAt: string;

  @Field(() => ID, { description: 'the flow serving the touchpoint at callAt' })
  documentId: string;

  @Field(() => ID, { description: 'its version in force at callAt' })
  versionId: string;

  @Field(() => String, { description: 'the post of the agent who took the call' })
  agentPost: string;

  @Field(() => Boolean, { description: 'every step of the version was followed (no deviation)' })
  compliant: boolean;

  @Field(() => String, { description: 'the inspector’s remarks; empty when none' })
  note: string;

  @Field(() => String, { nullable: true, description: 'the complaint (work order) the call came from; null: none' })
  complaintRef: string | null;

  @Field(() => DateTime, { description: 'when the inspection was recorded' })
  recordedAt: string;
}

export const InspectionConnection = Connection('Inspection', Inspection);

@ObjectType({ description: 'the inspection the mutation recorded' })
export class InspectionPayload {
  @Field(() => Inspection, { description: 'the inspection as recorded' })
  inspection: Inspection;
}

@ObjectType({ description: 'inspected calls and the compliant ones among them' })
export class ComplianceCount {
  @Field(() => Int, { description: 'inspected calls counted' })
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
  @Field(() => String, { description: 'the node key of the step or decision' })
  key: string;

  @Field(() => FlowNodeTypeEnum, { description: 'STEP or DECISION' })
  type: string;

  @Field(() => String, { description: 'what the step says' })
  label: string;

  @Field(() => String, { nullable: true, description: 'the responsible post the step names' })
  post: string | null;

  @Field(() => Int, { description: 'inspected calls with a deviation at this step' })
  deviations: number;

  @Field(() => Float, { description: '(inspected − deviations) / inspected' })
  followedRate: number;
}

@ObjectType({ description: '流程规范率 of one flow over a period, whichever of its versions the calls were inspected against: inspected calls where every step was followed / inspected calls' })
export class FlowComplianceOfFlow extends ComplianceCount {
  @Field(() => FlowRef, { description: 'the flow inspected (the title of the latest version inspected)' })
  flow: FlowRef;

  @Field(() => Int, { description: 'how many of its versions were inspected in the period (flowCompliance has a row for each)' })
  versions: number;
}

@ObjectType({
  description:
    '流程规范率 of one flow version over a period, all its touchpoints together (touchpointCode null; perTouchpoint splits it): rate = inspected calls where every step was followed / inspected calls, against the target',
})
export class FlowCompliance extends ComplianceCount {
  @Field(() => FlowRef, { description: 'the flow inspected' })
  flow: FlowRef;

  @Field(() => ID, { description: 'the flow version the calls were inspected against' })
  versionId: string;

  @Field(() => Int, { description: 'its version number, 1, 2, …' })
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
  @Field(() => FlowRef, { description: 'the flow the step belongs to' })
  flow: FlowRef;

  @Field(() => ID, { description: 'the flow version in force' })
  versionId: string;

  @Field(() => Int, { description: 'its version number, 1, 2, …' })
  versionNumber: number;

  @Field(() => String, { description: 'the node key of the step' })
  stepKey: string;

  @Field(() => String, { description: 'what the step says' })
  stepLabel: string;

  @Field(() => String, { nullable: true, description: 'the post the step names; null for NO_POST_NAMED' })
  post: string | null;

  @Field(() => FitProblemEnum, { description: 'why the step does not fit' })
  problem: FitProblem;

  @Field(() => String, { description: 'the problem as a sentence, for people' })
  detail: string;
}

@ObjectType({ description: 'the compliance-rate target every flowCompliance row is measured against' })
export class ComplianceTarget {
  @Field(() => Float, { description: 'a fraction 0–1; 0.78 until changed (the source centre aimed at ≥ 78 %)' })
  target: number;

  @Field(() => Int, { description: 'bumped by every change; name it as expectedRevision in setComplianceTarget' })
  revision: number;

  @Field(() => DateTime, { description: 'when the target was last set' })
  updatedAt: string;
}

@InputType({ description: 'a new compliance-rate target' })
export class SetComplianceTargetInput {
  @Field(() => Float, { description: 'a fraction 0–1 (0.78 is 78 %), kept to 0.01 %' })
  target: number;

  @Field(() => Int, { nullable: true, description: 'the revision you read; if it moved on the change is refused with CONFLICT; null: no check' })
  expectedRevision?: number | null;

  @Field(() => String, { nullable: true, description: 'why, kept in the audit trail; at most 500 characters' })
  reason?: string | null;
}
