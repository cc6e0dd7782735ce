import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { codedKindApi } from '../versioning/coded-kind.resolver.js';
import { FLOW_CLASSES, FLOW_TYPES, flowKind } from './flow.kind.js';
import { flowService } from './flows.service.js';
import { NODE_TYPES } from './graph.js';

export const FlowTypeEnum = enumOf(FLOW_TYPES);
registerEnumType(FlowTypeEnum, { name: 'FlowType', description: 'VERIFICATION 核实 · FULFILMENT 服务实现 · KNOWLEDGE 知识' });
export const FlowClassEnum = enumOf(FLOW_CLASSES);
registerEnumType(FlowClassEnum, { name: 'FlowClass', description: 'QUERY 查询 · BUSINESS_ACCEPTANCE 业务受理 · COMPLAINT 投诉' });
export const FlowNodeTypeEnum = enumOf(NODE_TYPES);
registerEnumType(FlowNodeTypeEnum, { name: 'FlowNodeType', description: 'START/END rounded, STEP rectangle, DECISION diamond' });

// The graph's types serve as output and, under their Input names, as input: declared once.

@ObjectType()
@InputType('FlowNodeInput')
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
@InputType('FlowEdgeInput')
export class FlowGraphEdge {
  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;

  @Field(() => String, { nullable: true, description: 'the condition, on every edge leaving a DECISION' })
  label?: string | null;
}

@ObjectType()
@InputType('FlowGraphInput')
export class FlowGraph {
  @Field(() => [FlowNode])
  nodes: FlowNode[];

  @Field(() => [FlowGraphEdge])
  edges: FlowGraphEdge[];
}

export const flowApi = codedKindApi(flowKind, flowService, {
  description: 'a service flow (服务流程), by its stable code',
  versionDescription: 'a version of a service flow: its graph, inputs, outputs and touchpoints',
  content: {
    type: { type: () => FlowTypeEnum },
    flowClass: { type: () => FlowClassEnum },
    graph: { type: () => FlowGraph },
    inputs: { type: () => [String], optional: true },
    outputs: { type: () => [String], optional: true },
    touchpointCodes: { type: () => [String], optional: true, hidden: true, description: 'touchpoint codes such as AAA1102' },
  },
});
export const Flow = flowApi.DocumentType;
export const FlowVersion = flowApi.VersionType;
export const FlowConnection = flowApi.ConnectionType;

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
