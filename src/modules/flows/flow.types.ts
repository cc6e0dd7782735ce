import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/relay.js';
import { DocumentVersion } from '../versioning/version.types.js';
import { FLOW_CLASSES, FLOW_TYPES } from './flow.kind.js';
import { NODE_TYPES } from './graph.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const FlowTypeEnum = enumOf(FLOW_TYPES);
registerEnumType(FlowTypeEnum, { name: 'FlowType', description: 'VERIFICATION 核实 · FULFILMENT 服务实现 · KNOWLEDGE 知识' });
export const FlowClassEnum = enumOf(FLOW_CLASSES);
registerEnumType(FlowClassEnum, { name: 'FlowClass', description: 'QUERY 查询 · BUSINESS_ACCEPTANCE 业务受理 · COMPLAINT 投诉' });
export const FlowNodeTypeEnum = enumOf(NODE_TYPES);
registerEnumType(FlowNodeTypeEnum, { name: 'FlowNodeType', description: 'START/END rounded, STEP rectangle, DECISION diamond' });

@ObjectType()
export class FlowNode {
  @Field(() => String)
  key: string;

  @Field(() => FlowNodeTypeEnum)
  type: string;

  @Field(() => String)
  label: string;

  @Field(() => String, { nullable: true, description: 'the responsible post (STEP)' })
  post?: string | null;

  @Field(() => String, { nullable: true, description: 'the handling requirement (STEP)' })
  requirement?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO-8601 duration, e.g. PT30M' })
  timeLimit?: string | null;
}

@ObjectType()
export class FlowGraphEdge {
  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;

  @Field(() => String, { nullable: true, description: 'the condition, on every edge leaving a DECISION' })
  label?: string | null;
}

@ObjectType()
export class FlowGraph {
  @Field(() => [FlowNode])
  nodes: FlowNode[];

  @Field(() => [FlowGraphEdge])
  edges: FlowGraphEdge[];
}

@ObjectType({ implements: DocumentVersion, description: 'a version of a service flow: its graph, inputs, outputs and touchpoints' })
export class FlowVersion extends DocumentVersion {}

@ObjectType({ description: 'a service flow (服务流程), by its stable code' })
export class Flow {}

export const FlowConnection = Connection('Flow', Flow);

@InputType()
export class FlowNodeInput {
  @Field(() => String)
  key: string;

  @Field(() => FlowNodeTypeEnum)
  type: string;

  @Field(() => String)
  label: string;

  @Field(() => String, { nullable: true })
  post?: string | null;

  @Field(() => String, { nullable: true })
  requirement?: string | null;

  @Field(() => String, { nullable: true })
  timeLimit?: string | null;
}

@InputType()
export class FlowEdgeInput {
  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;

  @Field(() => String, { nullable: true })
  label?: string | null;
}

@InputType()
export class FlowGraphInput {
  @Field(() => [FlowNodeInput])
  nodes: FlowNodeInput[];

  @Field(() => [FlowEdgeInput])
  edges: FlowEdgeInput[];
}

@InputType()
export class CreateFlowInput {
  @Field(() => String, { description: 'stable code, e.g. QRY-BALANCE' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => FlowTypeEnum)
  type: string;

  @Field(() => FlowClassEnum)
  flowClass: string;

  @Field(() => FlowGraphInput)
  graph: FlowGraphInput;

  @Field(() => [String], { nullable: true })
  inputs?: string[] | null;

  @Field(() => [String], { nullable: true })
  outputs?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'touchpoint codes such as AAA1102' })
  touchpointCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'the owner; the creator when omitted' })
  ownerId?: string | null;

  @Field(() => String)
  changeNote: string;
}

@InputType()
export class CreateFlowDraftInput {
  @Field(() => ID)
  flowId: string;

  @Field(() => ID, { nullable: true })
  basedOnVersionId?: string | null;

  @Field(() => String)
  changeNote: string;
}

@InputType()
export class UpdateFlowDraftInput {
  @Field(() => ID)
  versionId: string;

  @Field(() => Int)
  expectedRevision: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => FlowTypeEnum, { nullable: true })
  type?: string | null;

  @Field(() => FlowClassEnum, { nullable: true })
  flowClass?: string | null;

  @Field(() => FlowGraphInput, { nullable: true })
  graph?: FlowGraphInput | null;

  @Field(() => [String], { nullable: true })
  inputs?: string[] | null;

  @Field(() => [String], { nullable: true })
  outputs?: string[] | null;

  @Field(() => [String], { nullable: true })
  touchpointCodes?: string[] | null;

  @Field(() => String, { nullable: true })
  changeNote?: string | null;
}

@InputType()
export class FlowFilter {
  @Field(() => FlowTypeEnum, { nullable: true })
  type?: string | null;

  @Field(() => FlowClassEnum, { nullable: true })
  flowClass?: string | null;

  @Field(() => String, { nullable: true, description: 'flows serving this touchpoint' })
  touchpointCode?: string | null;

  @Field(() => String, { nullable: true, description: 'part of the code or name' })
  text?: string | null;
}
