import { parse as parseDuration } from 'iso8601-duration';
import { z } from 'zod';
import { text } from '../../shared/validation.js';

export const NODE_TYPES = ['START', 'END', 'STEP', 'DECISION'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

const isoDuration = z.string().refine((v) => {
  try {
    parseDuration(v);
    return /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(v);
  } catch {
    return false;
  }
}, 'must be an ISO-8601 duration such as PT30M, PT24H or P3D');

/** A flow graph as a draft may hold it: shapes are checked, the design rules only on submit. */
export const flowGraph = z.object({
  nodes: z
    .array(
      z.object({
        key: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1–40 lowercase letters, digits or hyphens'),
        type: z.enum(NODE_TYPES),
        label: text(200),
        post: text(100).optional().nullable(),
        requirement: text(2000).optional().nullable(),
        timeLimit: isoDuration.optional().nullable(),
      }),
    )
    .max(200, 'must hold at most 200 nodes'),
  edges: z
    .array(z.object({ from: z.string(), to: z.string(), label: text(100).optional().nullable() }))
    .max(400, 'must hold at most 400 edges'),
});
export type FlowGraph = z.infer<typeof flowGraph>;

/** Every design rule the graph breaks, each as a sentence naming the nodes concerned. */
export function designViolations(graph: FlowGraph): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const n of graph.nodes) {
    if (keys.has(n.key)) problems.push(`node key ${n.key} is used twice`);
    keys.add(n.key);
  }
  const starts = graph.nodes.filter((n) => n.type === 'START');
  const ends = graph.nodes.filter((n) => n.type === 'END');
  if (starts.length !== 1) problems.push(`a flow needs exactly one START node (found ${starts.length})`);
  if (ends.length === 0) problems.push('a flow needs at least one END node');

  const edges = graph.edges.filter((e) => {
    const dangling = [e.from, e.to].filter((k) => !keys.has(k));
    if (dangling.length > 0) problems.push(`edge ${e.from} → ${e.to} points to no node (${dangling.join(', ')})`);
    return dangling.length === 0;
  });

  for (const n of graph.nodes) {
    if (n.type === 'STEP' && !n.post) problems.push(`step ${n.key} has no responsible post`);
    if (n.type === 'STEP' && !n.requirement) problems.push(`step ${n.key} has no handling requirement`);
    if (n.type === 'DECISION') {
      const out = edges.filter((e) => e.from === n.key);
      if (out.length < 2) problems.push(`decision ${n.key} needs two or more outgoing edges (found ${out.length})`);
      const unlabelled = out.filter((e) => !e.label);
      if (unlabelled.length > 0) problems.push(`decision ${n.key} has outgoing edges without a condition label (to ${unlabelled.map((e) => e.to).join(', ')})`);
    }
  }

  const reach = (from: string[], next: (k: string) => string[]) => {
    const seen = new Set(from);
    const queue = [...from];
    while (queue.length > 0) {
      for (const k of next(queue.shift()!)) {
        if (seen.has(k)) continue;
        seen.add(k);
        queue.push(k);
      }
    }
    return seen;
  };
  if (starts.length === 1) {
    const reached = reach([starts[0]!.key], (k) => edges.filter((e) => e.from === k).map((e) => e.to));
    const unreached = graph.nodes.filter((n) => !reached.has(n.key)).map((n) => n.key);
    if (unreached.length > 0) problems.push(`not reachable from START: ${unreached.join(', ')}`);
  }
  if (ends.length > 0) {
    const canEnd = reach(ends.map((n) => n.key), (k) => edges.filter((e) => e.to === k).map((e) => e.from));
    const stuck = graph.nodes.filter((n) => !canEnd.has(n.key)).map((n) => n.key);
    if (stuck.length > 0) problems.push(`cannot reach an END: ${stuck.join(', ')}`);
  }
  return problems;
}

const quote = (s: string) => `"${s.replace(/"/g, '#quot;')}"`;
const shape: Record<NodeType, (label: string) => string> = {
  START: (l) => `([${quote(l)}])`,
  END: (l) => `([${quote(l)}])`,
  STEP: (l) => `[${quote(l)}]`,
  DECISION: (l) => `{${quote(l)}}`,
};

/** Mermaid flowchart text in the handbook's notation: rounded start/end, rectangle steps, diamond decisions. */
export function toMermaid(graph: FlowGraph): string {
  const id = (key: string) => `n_${key.replace(/-/g, '_')}`;
  const lines = ['flowchart TD'];
  for (const n of graph.nodes) {
    const detail = [n.label, n.post ? `（${n.post}）` : '', n.timeLimit ? ` ⏱${n.timeLimit}` : ''].join('');
    lines.push(`  ${id(n.key)}${shape[n.type](detail)}`);
  }
  for (const e of graph.edges) lines.push(`  ${id(e.from)} -->${e.label ? `|${quote(e.label)}|` : ''} ${id(e.to)}`);
  return lines.join('\n') + '\n';
}

/** PT30M → 30分钟, P3D → 3天: how a time limit is written for people (the chart, search). */
export function timeLimitText(iso: string): string {
  const d = parseDuration(iso);
  const parts: [number | undefined, string][] = [
    [d.years, '年'],
    [d.months, '个月'],
    [d.weeks, '周'],
    [d.days, '天'],
    [d.hours, '小时'],
    [d.minutes, '分钟'],
    [d.seconds, '秒'],
  ];
  return parts
    .filter(([n]) => n)
    .map(([n, unit]) => `${n}${unit}`)
    .join('');
}
