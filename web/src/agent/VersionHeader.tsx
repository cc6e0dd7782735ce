import { FlagButton } from '../common/FlagButton';
import { PhaseTag } from '../common/PhaseTag';
import { beijing } from '../time';

interface Props {
  title: string;
  code?: string | null;
  version: { id: string; versionNumber: number; effectiveFrom?: string | null; phase?: string | null; underReview: boolean } | null | undefined;
}

/** Title, version, when it took effect, its phase and under-review mark, and the flag button. */
export function VersionHeader({ title, code, version }: Props) {
  return (
    <header className="version-header">
      <h2>
        {title} {code && <code>{code}</code>}
      </h2>
      {version ? (
        <div className="meta">
          第 {version.versionNumber} 版 · 生效 {beijing(version.effectiveFrom)} <PhaseTag phase={version.phase} underReview={version.underReview} />
          <FlagButton versionId={version.id} />
        </div>
      ) : (
        <p className="warn">该时点没有现行版本。</p>
      )}
    </header>
  );
}
