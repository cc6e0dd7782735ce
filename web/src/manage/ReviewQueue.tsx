import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorText } from '../common/ErrorText';
import { graphql } from '../gql';
import { KIND_LABEL } from '../labels';
import { beijing } from '../time';

const Queue = graphql(`
  query ReviewQueue {
    reviewQueue(first: 50) {
      totalCount
      edges {
        node {
          id
          kind
          title
          versionNumber
          submittedAt
          submittedBy {
            name
          }
          rejections {
            at
          }
        }
      }
    }
  }
`);

/** Versions waiting for an approver, most recently submitted first. */
export function ReviewQueue() {
  const [{ data, error }] = useQuery({ query: Queue, requestPolicy: 'network-only' });
  const items = data?.reviewQueue.edges.map((e) => e.node) ?? [];
  return (
    <section className="review-queue" aria-label="待审核">
      <h2>待审核（{data?.reviewQueue.totalCount ?? 0}）</h2>
      <ErrorText error={error} />
      {data && items.length === 0 ? (
        <p className="muted">没有待审核的版本。</p>
      ) : (
        <ul>
          {items.map((v) => (
            <li key={v.id}>
              <span className="tag kind">{KIND_LABEL[v.kind]}</span> <Link to={`/manage/versions/${v.id}`}>{v.title}</Link> 第 {v.versionNumber} 版 ·{' '}
              {v.submittedBy?.name ?? '—'} 提交于 {beijing(v.submittedAt)}
              {v.rejections.length > 0 && <span className="tag warn">曾被驳回 {v.rejections.length} 次</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
