import { Link } from 'react-router';
import { KIND_LABEL } from '../labels';

export interface QueueItem {
  versionId: string;
  kind: string;
  label: string;
  versionNumber: number;
}

/** Versions waiting for an approver. */
export function ReviewQueue({ items }: { items: QueueItem[] }) {
  return (
    <section className="review-queue" aria-label="待审核">
      <h2>待审核</h2>
      {items.length === 0 ? (
        <p className="muted">没有待审核的版本。</p>
      ) : (
        <ul>
          {items.map((v) => (
            <li key={v.versionId}>
              <span className="tag kind">{KIND_LABEL[v.kind]}</span> <Link to={`/manage/versions/${v.versionId}`}>{v.label}</Link> 第 {v.versionNumber} 版
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
