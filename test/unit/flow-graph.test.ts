import { describe, expect, it } from 'vitest';
import { designViolations, flowGraph, toMermaid, type FlowGraph } from '../../src/modules/flows/graph.js';

const valid: FlowGraph = {
  nodes: [
    { key: 'start', type: 'START', label: '客户来电' },
    { key: 'ask', type: 'STEP', label: '询问需求', post: '一线客服代表', requirement: '先问清需求再选择鉴权方式', timeLimit: 'PT2M' },
    { key: 'need', type: 'DECISION', label: '需要鉴权？' },
    { key: 'auth', type: 'STEP', label: '核实身份', post: '一线客服代表', requirement: '服务密码核实' },
    { key: 'end', type: 'END', label: '需求满足' },
  ],
  edges: [
    { from: 'start', to: 'ask' },
    { from: 'ask', to: 'need' },
    { from: 'need', to: 'auth', label: '是' },
    { from: 'need', to: 'end', label: '否' },
    { from: 'auth', to: 'end' },
  ],
};

const without = (g: FlowGraph, change: (g: FlowGraph) => void): FlowGraph => {
  const copy = structuredClone(g);
  change(copy);
  return copy;
};

describe('flow design rules', () => {
  it('accept a valid flow', () => {
    expect(designViolations(valid)).toEqual([]);
  });

  it.each([
    ['no START', (g: FlowGraph) => (g.nodes.shift(), g.edges.shift()), /exactly one START node \(found 0\)/],
    ['two STARTs', (g: FlowGraph) => (g.nodes.push({ key: 's2', type: 'START', label: '转入' }), g.edges.push({ from: 's2', to: 'ask' })), /exactly one START node \(found 2\)/],
    ['no END', (g: FlowGraph) => (g.nodes[4] = { key: 'end', type: 'STEP', label: '结束前确认', post: '一线客服代表', requirement: '确认' }), /at least one END/],
    ['a step without a post', (g: FlowGraph) => delete g.nodes[1]!.post, /step ask has no responsible post/],
    ['a step without a requirement', (g: FlowGraph) => delete g.nodes[3]!.requirement, /step auth has no handling requirement/],
    ['a decision with one edge', (g: FlowGraph) => g.edges.splice(3, 1), /decision need needs two or more outgoing edges/],
    ['an unlabelled decision edge', (g: FlowGraph) => delete g.edges[2]!.label, /without a condition label \(to auth\)/],
    ['a dangling edge', (g: FlowGraph) => g.edges.push({ from: 'auth', to: 'ghost' }), /points to no node \(ghost\)/],
    ['an unreachable node', (g: FlowGraph) => g.nodes.push({ key: 'lost', type: 'END', label: '孤立' }), /not reachable from START: lost/],
    ['a node that cannot reach an END', (g: FlowGraph) => (g.edges[4]!.to = 'auth'), /cannot reach an END: auth/],
  ])('report %s, alone', (_name, change, message) => {
    const problems = designViolations(without(valid, change));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('list every violation at once', () => {
    const broken = without(valid, (g) => {
      delete g.nodes[1]!.post;
      delete g.edges[2]!.label;
      g.edges.push({ from: 'x', to: 'end' });
    });
    expect(designViolations(broken)).toHaveLength(3);
  });

  it('check the shape of drafts: keys and ISO-8601 durations', () => {
    expect(flowGraph.safeParse(valid).success).toBe(true);
    expect(flowGraph.safeParse(without(valid, (g) => (g.nodes[1]!.timeLimit = '30分钟'))).error?.issues[0]?.path).toEqual(['nodes', 1, 'timeLimit']);
    expect(flowGraph.safeParse(without(valid, (g) => (g.nodes[1]!.timeLimit = 'PT')))).toMatchObject({ success: false });
    expect(flowGraph.safeParse(without(valid, (g) => (g.nodes[1]!.key = 'Ask Me')))).toMatchObject({ success: false });
    for (const ok of ['PT30M', 'PT24H', 'P3D', 'PT1H30M', 'P1DT2H']) {
      expect(flowGraph.safeParse(without(valid, (g) => (g.nodes[1]!.timeLimit = ok))).success).toBe(true);
    }
  });
});

describe('toMermaid', () => {
  it('draws start/end rounded, steps as rectangles, decisions as diamonds, conditions on edges', () => {
    const text = toMermaid(valid);
    expect(text.split('\n')[0]).toBe('flowchart TD');
    expect(text).toContain('n_start(["客户来电"])');
    expect(text).toContain('n_ask["询问需求（一线客服代表） ⏱PT2M"]');
    expect(text).toContain('n_need{"需要鉴权？"}');
    expect(text).toContain('n_need -->|"是"| n_auth');
    expect(text).toContain('n_auth --> n_end');
  });
});
