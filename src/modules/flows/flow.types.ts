import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { codedKindApi } from '../versioning/coded-kind.resolver.js';
import { FLOW_CLASSES, FLOW_TYPES, flowKind } from './flow.kind.js';
import { flowService } from './flows.service.js';
import { NODE_TYPES } from './graph.js';

export const FlowTypeEnum = enumOf(FLOW_TYPES);
registerEnumType(FlowTypeEnum, {
  name: 'FlowType',
  description: 'VERIFICATION 核实 · FULFILMENT 服务实现 · KNOWLEDGE 知识',
  valuesConfig: {
    VERIFICATION: { description: '核实流程: checks a customer’s identity or claim before anything is done' },
    FULFILMENT: { description: '服务实现流程: carries out what the customer asked for' },
    KNOWLEDGE: { description: '知识流程: answers from the knowledge base' },
  },
});
export const FlowClassEnum = enumOf(FLOW_CLASSES);
registerEnumType(FlowClassEnum, {
  name: 'FlowClass',
  description: 'QUERY 查询 · BUSINESS_ACCEPTANCE 业务受理 · COMPLAINT 投诉',
  valuesConfig: {
    QUERY: { description: '查询类: the customer asks about something' },
    BUSINESS_ACCEPTANCE: { description: '业务受理类: the customer orders, changes or cancels a service' },
    COMPLAINT: { description: '投诉类: the customer complains' },
  },
});
export const FlowNodeTypeEnum = enumOf(NODE_TYPES);
registerEnumType(FlowNodeTypeEnum, {
  name: 'FlowNodeType',
  description: 'START/END rounded, STEP rectangle, DECISION diamond',
  valuesConfig: {
    START: { description: 'where the flow begins: exactly one per flow' },
    END: { description: 'where the flow finishes: at least one per flow' },
    STEP: { description: 'something a post does: on submit it needs a responsible post and a handling requirement; a time limit is optional' },
    DECISION: { description: 'a question whose answer picks the next node: two or more edges leave it, each labelled with its condition' },
  },
});

// The graph's types serve as output and, under their Input names, as input: declared once.

@ObjectType({ description: 'a node of a flow chart' })
@InputType('FlowNodeInput', { description: 'a node of a flow chart' })
export class FlowNode {
  @Field(() => String, { description: 'unique within the flow: 1–40 lowercase letters, digits or hyphens; edges name nodes by it' })
  key: string;

  @Field(() => FlowNodeTypeEnum, { description: 'the node’s shape and role' })
  type: string;

  @Field(() => String, { description: 'what the node says, 1 to 200 characters' })
  label: string;

  @Field(() => String, { nullable: true, description: 'the responsible post (STEP)' })
  post?: string | null;

  @Field(() => String, { nullable: true, description: 'the handling requirement (STEP)' })
  requirement?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO-8601 duration, e.g. PT30M' })
  timeLimit?: string | null;
}

@ObjectType({ description: 'an arrow of a flow chart, from one node to the next' })
@InputType('FlowEdgeInput', { description: 'an arrow of a flow chart, from one node to the next' })
export class FlowGraphEdge {
  @Field(() => String, { description: 'the key of the node the arrow leaves' })
  from: string;

  @Field(() => String, { description: 'the key of the node the arrow enters' })
  to: string;

  @Field(() => String, { nullable: true, description: 'the condition, on every edge leaving a DECISION' })
  label?: string | null;
}

@ObjectType({ description: 'a flow chart: its nodes and the arrows between them' })
@InputType('FlowGraphInput', { description: 'a flow chart: its nodes and the arrows between them; the design rules (one START, an END, every node reachable, …) are checked on submit' })
export class FlowGraph {
  @Field(() => [FlowNode], { description: 'the nodes, at most 200' })
  nodes: FlowNode[];

  @Field(() => [FlowGraphEdge], { description: 'the arrows, at most 400' })
  edges: FlowGraphEdge[];
}

export const flowApi = codedKindApi(flowKind, flowService, {
  description: 'a service flow (服务流程), by its stable code',
  versionDescription: 'a version of a service flow: its graph, inputs, outputs and touchpoints',
  content: {
    type: { type: () => FlowTypeEnum, description: 'what the flow does: verify, fulfil or answer' },
    flowClass: { type: () => FlowClassEnum, description: 'what kind of call it serves: a query, an order or a complaint' },
    graph: { type: () => FlowGraph, description: 'the flow chart: at most 200 nodes and 400 edges' },
    inputs: { type: () => [String], optional: true, description: 'what the flow needs to begin (输入), at most 50 entries of up to 500 characters; empty when none' },
    outputs: { type: () => [String], optional: true, description: 'what the flow produces (输出), at most 50 entries of up to 500 characters; empty when none' },
    touchpointCodes: { type: () => [String], optional: true, hidden: true, description: 'touchpoint codes such as AAA1102' },
  },
});
export const Flow = flowApi.DocumentType;
export const FlowVersion = flowApi.VersionType;
export const FlowConnection = flowApi.ConnectionType;

@InputType({ description: 'narrows the list of flows; the conditions given all apply' })
export class FlowFilter {
  @Field(() => FlowTypeEnum, { nullable: true, description: 'only flows of this type' })
  type?: string | null;

  @Field(() => FlowClassEnum, { nullable: true, description: 'only flows of this class' })
  flowClass?: string | null;

  @Field(() => String, { nullable: true, description: 'flows serving this touchpoint' })
  touchpointCode?: string | null;

  @Field(() => String, { nullable: true, description: 'part of the code or name' })
  text?: string | null;
}
