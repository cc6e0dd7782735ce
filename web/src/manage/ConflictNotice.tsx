import { beijing } from '../time';
import { VersionContent, type ManagedVersion } from './VersionContent';

/** Someone saved this draft after it was loaded here: their version, and a way to continue from it. */
export function ConflictNotice({ theirs, onAccept }: { theirs: ManagedVersion; onAccept(): void }) {
  return (
    <div className="conflict" role="alert">
      <p>
        <strong>其他人已修改了这份草稿</strong>（{beijing(theirs.updatedAt)}，修订 {theirs.revision}）。你的修改尚未保存，以下是对方的版本：
      </p>
      <VersionContent version={theirs} />
      <button type="button" className="primary" onClick={onAccept}>
        在对方版本上继续编辑
      </button>
    </div>
  );
}
