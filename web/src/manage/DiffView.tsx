import { Fragment, useState } from 'react';
import { useQuery } from 'urql';
import { ErrorText } from '../common/ErrorText';
import { graphql } from '../gql';
import type { SectionChange } from '../gql/graphql';
import { PHASE_LABEL } from '../labels';
import { useDocumentVersions } from './useDocumentVersions';

const Diff = graphql(`
  query DiffVersions($from: ID!, $to: ID!) {
    diffVersions(fromVersionId: $from, toVersionId: $to) {
      changed
      titleChanges {
        kind
        text
      }
      sections {
        change
        heading
        fromNumber
        toNumber
        headingChanges {
          kind
          text
        }
        bodyChanges {
          kind
          text
        }
      }
    }
  }
`);

type Chunk = { kind: string; text: string };

/** One side of a word-level diff: the equal words, and this side's own (removed on the left, added on the right). */
function Side({ chunks, side }: { chunks: Chunk[]; side: 'from' | 'to' }) {
  const own = side === 'from' ? 'REMOVED' : 'ADDED';
  return (
    <p className="pre">
      {chunks
        .filter((c) => c.kind === 'EQUAL' || c.kind === own)
        .map((c, i) => (c.kind === 'EQUAL' ? <span key={i}>{c.text}</span> : side === 'from' ? <del key={i}>{c.text}</del> : <ins key={i}>{c.text}</ins>))}
    </p>
  );
}

const CHANGE_LABEL: Record<SectionChange, string> = { ADDED: '新增', REMOVED: '删除', MODIFIED: '修改', MOVED: '移动', UNCHANGED: '未修改' };

/** Any two versions of the document, section by section side by side, with the changed words marked. */
export function DiffView({ documentId, kind, versionId, basedOnVersionId }: { documentId: string; kind: string; versionId: string; basedOnVersionId: string | null }) {
  const versions = useDocumentVersions(documentId, kind);
  const others = versions.filter((v) => v.id !== versionId);
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>(versionId);
  const fromId = from || basedOnVersionId || others[0]?.id || '';
  const [{ data, error }] = useQuery({ query: Diff, variables: { from: fromId, to }, pause: !fromId || fromId === to });
  const diff = data?.diffVersions;

  const choice = (value: string, set: (v: string) => void, label: string) => (
    <select aria-label={label} value={value} onChange={(e) => set(e.target.value)}>
      {versions.map((v) => (
        <option key={v.id} value={v.id}>
          第 {v.versionNumber} 版（{PHASE_LABEL[v.phase] ?? v.phase}）
        </option>
      ))}
    </select>
  );

  return (
    <section className="diff" aria-label="版本对比">
      <h3>版本对比</h3>
      {versions.length < 2 ? (
        <p className="muted">只有一个版本，无可对比。</p>
      ) : (
        <div className="diff-choose">
          {choice(fromId, setFrom, '旧版本')} → {choice(to, setTo, '新版本')}
        </div>
      )}
      <ErrorText error={error} />
      {diff && !diff.changed && <p className="muted">两个版本内容相同。</p>}
      {diff?.changed && (
        <table className="diff-table">
          <thead>
            <tr>
              <th>旧版本</th>
              <th>新版本</th>
            </tr>
          </thead>
          <tbody>
            {diff.titleChanges.some((c) => c.kind !== 'EQUAL') && (
              <tr>
                <td>
                  <Side chunks={diff.titleChanges} side="from" />
                </td>
                <td>
                  <Side chunks={diff.titleChanges} side="to" />
                </td>
              </tr>
            )}
            {diff.sections.map((s, i) => (
              <Fragment key={i}>
                <tr className={`change-${s.change.toLowerCase()}`}>
                  <th colSpan={2}>
                    {s.heading} <span className="tag">{CHANGE_LABEL[s.change]}</span>
                  </th>
                </tr>
                {s.change !== 'UNCHANGED' && (
                  <tr>
                    <td>{s.change !== 'ADDED' && <Side chunks={s.bodyChanges} side="from" />}</td>
                    <td>{s.change !== 'REMOVED' && <Side chunks={s.bodyChanges} side="to" />}</td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
