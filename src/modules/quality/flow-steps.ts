import type { FlowContent } from '../flows/flow.kind.js';

/** A node of a flow version that can be followed or not: a STEP or a DECISION, in graph order. */
export interface FlowStep {
  key: string;
  type: 'STEP' | 'DECISION';
  label: string;
  post: string | null;
}

/** The steps and decisions of a flow version's content (stored JSON), in the order the graph lists them. */
export function stepsOf(content: string): FlowStep[] {
  const { graph } = JSON.parse(content) as FlowContent;
  return graph.nodes.flatMap((n) => (n.type === 'STEP' || n.type === 'DECISION' ? [{ key: n.key, type: n.type, label: n.label, post: n.post ?? null }] : []));
}
