import { useQuery } from 'urql';
import { ErrorText } from '../common/ErrorText';
import { graphql } from '../gql';
import { NODE_TYPE_LABEL } from '../labels';
import { useView } from '../shell/context';
import { timeLimit } from '../time';
import { FlowChart } from './FlowChart';
import { VersionHeader } from './VersionHeader';

const FlowQuery = graphql(`
  query AgentFlow($code: String!, $asOf: DateTime, $touchpointCode: String) {
    flow(code: $code, asOf: $asOf, touchpointCode: $touchpointCode) {
      id
      code
      title
      inForce {
        id
        title
        versionNumber
        effectiveFrom
        phase(asOf: $asOf)
        underReview
        touchpoints {
          code
        }
        graph {
          nodes {
            key
            type
            label
            post
            requirement
            timeLimit
          }
        }
      }
    }
  }
`);

export function FlowView({ code }: { code: string }) {
  const { asOf, touchpoint } = useView();
  const [{ data, error }] = useQuery({ query: FlowQuery, variables: { code, asOf, touchpointCode: touchpoint.code } });
  const flow = data?.flow;
  if (!flow) return <ErrorText error={error} />;
  const version = flow.inForce;
  return (
    <>
      <VersionHeader title={version?.title ?? flow.title} code={flow.code} version={version} />
      {version && (
        <>
          <p className="muted">服务接触点：{version.touchpoints.map((t) => t.code).join(' ') || '—'}</p>
          <FlowChart code={flow.code} asOf={asOf} touchpointCode={touchpoint.code} />
          <h3>流程步骤</h3>
          <ol className="steps">
            {version.graph.nodes
              .filter((n) => n.type === 'STEP' || n.type === 'DECISION')
              .map((n) => (
                <li key={n.key}>
                  <span className="tag">{NODE_TYPE_LABEL[n.type] ?? n.type}</span> <strong>{n.label}</strong>
                  <div className="muted small">
                    岗位：{n.post ?? '—'} · 时限：{timeLimit(n.timeLimit)}
                  </div>
                  {n.requirement && <p>{n.requirement}</p>}
                </li>
              ))}
          </ol>
        </>
      )}
    </>
  );
}
