import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { ErrorText } from '../common/ErrorText';
import { graphql } from '../gql';
import { useView } from '../shell/context';
import { beijing, localInputToIso } from '../time';
import type { ManagedVersion } from './VersionContent';

const Submit = graphql(`
  mutation SubmitVersion($input: SubmitVersionInput!) {
    submitVersion(input: $input) {
      version {
        id
        status
        revision
      }
    }
  }
`);
const Publish = graphql(`
  mutation PublishVersion($input: PublishVersionInput!) {
    publishVersion(input: $input) {
      version {
        id
        status
        effectiveFrom
        revision
      }
    }
  }
`);
const Reject = graphql(`
  mutation RejectVersion($input: RejectVersionInput!) {
    rejectVersion(input: $input) {
      version {
        id
        status
        revision
      }
    }
  }
`);
const Discard = graphql(`
  mutation DiscardDraft($input: DiscardDraftInput!) {
    discardDraft(input: $input) {
      versionId
      documentHidden
    }
  }
`);
const Withdraw = graphql(`
  mutation WithdrawScheduledVersion($input: WithdrawScheduledVersionInput!) {
    withdrawScheduledVersion(input: $input) {
      version {
        id
        status
        revision
      }
    }
  }
`);
const NewChapterDraft = graphql(`
  mutation CreateChapterDraft($input: CreateChapterDraftInput!) {
    createChapterDraft(input: $input) {
      version {
        id
      }
    }
  }
`);
const NewFlowDraft = graphql(`
  mutation CreateFlowDraft($input: CreateFlowDraftInput!) {
    createFlowDraft(input: $input) {
      version {
        id
      }
    }
  }
`);
const NewScriptDraft = graphql(`
  mutation CreateScriptDraft($input: CreateScriptDraftInput!) {
    createScriptDraft(input: $input) {
      version {
        id
      }
    }
  }
`);
const NewStandardDraft = graphql(`
  mutation CreateStandardDraft($input: CreateStandardDraftInput!) {
    createStandardDraft(input: $input) {
      version {
        id
      }
    }
  }
`);

/** What may happen to this version next, by its status and the reader's role. */
export function LifecycleActions({ version, onChanged }: { version: ManagedVersion; onChanged(): void }) {
  const { me } = useView();
  const navigate = useNavigate();
  const [submitted, submit] = useMutation(Submit);
  const [published, publish] = useMutation(Publish);
  const [rejected, reject] = useMutation(Reject);
  const [discarded, discard] = useMutation(Discard);
  const [withdrawn, withdraw] = useMutation(Withdraw);
  const [withdrawReason, setWithdrawReason] = useState('');
  const [chapterDraft, newChapterDraft] = useMutation(NewChapterDraft);
  const [flowDraft, newFlowDraft] = useMutation(NewFlowDraft);
  const [scriptDraft, newScriptDraft] = useMutation(NewScriptDraft);
  const [standardDraft, newStandardDraft] = useMutation(NewStandardDraft);
  const [effective, setEffective] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');

  // the API's policy table: managers write and submit, approvers publish and reject
  const author = me.role === 'PROCESS_MANAGER';
  const approver = me.role === 'APPROVER';
  const done = (result: { error?: unknown }) => {
    if (!result.error) onChanged();
  };
  const effectiveIso = localInputToIso(effective);

  const startDraft = async () => {
    const base = { changeNote: note, basedOnVersionId: version.id };
    const id = version.documentId;
    const result =
      version.kind === 'CHAPTER'
        ? (await newChapterDraft({ input: { ...base, chapterId: id } })).data?.createChapterDraft.version.id
        : version.kind === 'FLOW'
          ? (await newFlowDraft({ input: { ...base, flowId: id } })).data?.createFlowDraft.version.id
          : version.kind === 'SCRIPT'
            ? (await newScriptDraft({ input: { ...base, scriptId: id } })).data?.createScriptDraft.version.id
            : (await newStandardDraft({ input: { ...base, standardId: id } })).data?.createStandardDraft.version.id;
    if (result) navigate(`/manage/versions/${result}`);
  };

  return (
    <section className="actions" aria-label="操作">
      {version.status === 'DRAFT' && author && (
        <button type="button" className="primary" disabled={submitted.fetching} onClick={() => void submit({ input: { versionId: version.id, expectedRevision: version.revision } }).then(done)}>
          提交审核
        </button>
      )}
      {version.status === 'DRAFT' && author && (
        <button
          type="button"
          disabled={discarded.fetching}
          onClick={() =>
            void discard({ input: { versionId: version.id, expectedRevision: version.revision } }).then((r) => {
              if (!r.error) navigate('/manage');
            })
          }
        >
          放弃草稿
        </button>
      )}
      {version.status === 'IN_REVIEW' && approver && (
        <div className="publish">
          <label>
            生效时间（北京时间）
            <input type="datetime-local" aria-label="生效时间" value={effective} onChange={(e) => setEffective(e.target.value)} />
          </label>
          <button
            type="button"
            className="primary"
            disabled={published.fetching}
            onClick={() => void publish({ input: { versionId: version.id, expectedRevision: version.revision, ...(effectiveIso && { effectiveFrom: effectiveIso }) } }).then(done)}
          >
            {effectiveIso ? `发布，${beijing(effectiveIso)} 生效` : '发布，立即生效'}
          </button>
          <label>
            驳回原因
            <input aria-label="驳回原因" value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="button" disabled={!reason.trim() || rejected.fetching} onClick={() => void reject({ input: { versionId: version.id, expectedRevision: version.revision, reason } }).then(done)}>
            驳回
          </button>
        </div>
      )}
      {version.status === 'PUBLISHED' && author && (
        <div className="new-draft">
          <input aria-label="新草稿的变更说明" placeholder="变更说明" value={note} onChange={(e) => setNote(e.target.value)} />
          <button type="button" disabled={!note.trim()} onClick={() => void startDraft()}>
            基于此版本新建草稿
          </button>
        </div>
      )}
      {version.status === 'PUBLISHED' && version.phase === 'SCHEDULED' && (
        <div className="withdraw">
          <p className="muted">已排期，{beijing(version.effectiveFrom)} 生效。</p>
          {approver && (
            <>
              <input aria-label="撤回原因" placeholder="撤回原因" value={withdrawReason} onChange={(e) => setWithdrawReason(e.target.value)} />
              <button
                type="button"
                disabled={!withdrawReason.trim() || withdrawn.fetching}
                onClick={() => void withdraw({ input: { versionId: version.id, expectedRevision: version.revision, reason: withdrawReason } }).then(done)}
              >
                生效前撤回为草稿
              </button>
            </>
          )}
        </div>
      )}
      {[submitted, published, rejected, discarded, withdrawn, chapterDraft, flowDraft, scriptDraft, standardDraft].map((r, i) => (
        <ErrorText key={i} error={r.error} />
      ))}
    </section>
  );
}
