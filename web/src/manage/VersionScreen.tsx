import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorText } from '../common/ErrorText';
import { PhaseTag } from '../common/PhaseTag';
import { KIND_LABEL } from '../labels';
import { useView } from '../shell/context';
import { beijing } from '../time';
import { AuditTimeline } from './AuditTimeline';
import { DiffView } from './DiffView';
import { DraftEditor } from './DraftEditor';
import { LifecycleActions } from './LifecycleActions';
import { VersionContent } from './VersionContent';
import { VersionQuery } from './versionQuery';

/** One version: read it, edit it while a draft, move it through review, compare it, see its history. */
export function VersionScreen() {
  const { id = '' } = useParams();
  const { me } = useView();
  const [{ data, error }, reload] = useQuery({ query: VersionQuery, variables: { id } });
  const version = data?.documentVersion;
  if (!version) return <ErrorText error={error} />;
  const mayEdit = version.status === 'DRAFT' && me.role === 'PROCESS_MANAGER';
  const diff = <DiffView documentId={version.documentId} kind={version.kind} versionId={version.id} basedOnVersionId={version.basedOnVersionId ?? null} />;
  return (
    <div className="version-screen">
      <header className="version-header">
        <h2>
          {KIND_LABEL[version.kind]} · {version.title} · 第 {version.versionNumber} 版
        </h2>
        <div className="meta">
          <PhaseTag phase={version.phase} underReview={version.underReview} /> · 修订 {version.revision} · 作者 {version.author.name}
          {version.approvedBy && ` · 发布人 ${version.approvedBy.name}`} · 生效 {beijing(version.effectiveFrom)}
          {version.effectiveTo && ` 至 ${beijing(version.effectiveTo)}`}
        </div>
        <p className="muted">
          变更说明：{version.changeNote || '—'}
          {version.submittedAt && ` · ${version.submittedBy?.name ?? '—'} 提交于 ${beijing(version.submittedAt)}`}
        </p>
        {version.rejections.length > 0 && (
          <ul className="rejections" aria-label="驳回记录">
            {version.rejections.map((r) => (
              <li key={r.at}>
                {beijing(r.at)} {r.by?.name ?? '—'} 驳回：{r.reason}
              </li>
            ))}
          </ul>
        )}
      </header>
      <LifecycleActions version={version} onChanged={() => reload({ requestPolicy: 'network-only' })} />
      {/* a reviewer reads what changed first; an author reads the text being written */}
      {version.status === 'IN_REVIEW' && diff}
      {mayEdit ? <DraftEditor version={version} onReload={() => reload({ requestPolicy: 'network-only' })} /> : <VersionContent version={version} />}
      {version.status !== 'IN_REVIEW' && diff}
      {/* read again after every change made here: the trail is not part of any mutation's answer */}
      <AuditTimeline key={`${version.status}-${version.revision}`} documentId={version.documentId} />
    </div>
  );
}
