import { useQuery } from 'urql';
import { codeOf, ErrorText } from '../common/ErrorText';
import { graphql } from '../gql';
import { AUDIT_ACTION_LABEL } from '../labels';
import { beijing } from '../time';

const Trail = graphql(`
  query DocumentAuditTrail($documentId: ID!) {
    auditTrail(filter: { documentId: $documentId }, first: 50) {
      totalCount
      edges {
        node {
          id
          at
          action
          reason
          entityType
          actor {
            name
          }
        }
      }
    }
  }
`);

/** Who did what to this document and why, newest first. */
export function AuditTimeline({ documentId }: { documentId: string }) {
  const [{ data, error }] = useQuery({ query: Trail, variables: { documentId }, requestPolicy: 'network-only' });
  return (
    <section className="audit" aria-label="审计记录">
      <h3>审计记录</h3>
      {codeOf(error) === 'FORBIDDEN' ? <p className="muted">审计记录仅审批人和管理员可见。</p> : <ErrorText error={error} />}
      <ol className="timeline">
        {data?.auditTrail.edges.map(({ node }) => (
          <li key={node.id}>
            <time>{beijing(node.at)}</time> <strong>{node.actor?.name ?? '系统'}</strong> {AUDIT_ACTION_LABEL[node.action] ?? node.action}
            {node.reason && <span className="muted">：{node.reason}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
