import { NODE_TYPE_LABEL } from '../labels';
import { timeLimit } from '../time';
import { FieldEditor } from './FieldEditor';

interface Node {
  key: string;
  type: 'START' | 'END' | 'STEP' | 'DECISION';
  label: string;
  post?: string | null;
  requirement?: string | null;
  timeLimit?: string | null;
}
interface Edge {
  from: string;
  to: string;
  label?: string | null;
}

type NodeField = 'label' | 'post' | 'requirement' | 'timeLimit';

/**
 * A flow's steps, each of their texts edited on its own. The API takes the graph as one field, so
 * a save sends the graph with that one text changed (and nothing else of the draft); the chart's
 * shape — nodes and arrows — is left as it is.
 */
export function FlowStepsEditor({ nodes, edges, onSave }: { nodes: Node[]; edges: Edge[]; onSave(graph: { nodes: Node[]; edges: Edge[] }): Promise<boolean> }) {
  // the answer's objects carry __typename, which an input must not
  const plain = (n: Node): Node => ({ key: n.key, type: n.type, label: n.label, post: n.post ?? null, requirement: n.requirement ?? null, timeLimit: n.timeLimit ?? null });
  const save = (key: string, field: NodeField, value: string) =>
    onSave({
      nodes: nodes.map((n) => (n.key === key ? { ...plain(n), [field]: value.trim() || (field === 'label' ? value : null) } : plain(n))),
      edges: edges.map((e) => ({ from: e.from, to: e.to, label: e.label ?? null })),
    });
  return (
    <div className="flow-steps">
      {nodes
        .filter((n) => n.type === 'STEP' || n.type === 'DECISION')
        .map((n) => (
          <div key={n.key} className="section-edit">
            <FieldEditor label={`${NODE_TYPE_LABEL[n.type]} ${n.key}`} value={n.label} onSave={(v) => save(n.key, 'label', v)} />
            {n.type === 'STEP' && (
              <>
                <FieldEditor label={`${n.key} 岗位`} value={n.post ?? ''} onSave={(v) => save(n.key, 'post', v)} />
                <FieldEditor label={`${n.key} 时限（ISO 8601，如 PT2M；现为 ${timeLimit(n.timeLimit)}）`} value={n.timeLimit ?? ''} onSave={(v) => save(n.key, 'timeLimit', v)} />
                <FieldEditor label={`${n.key} 处理要求`} value={n.requirement ?? ''} multiline onSave={(v) => save(n.key, 'requirement', v)} />
              </>
            )}
          </div>
        ))}
    </div>
  );
}
