import { ChapterView } from './ChapterView';
import { FlowView } from './FlowView';
import { ScriptView } from './ScriptView';
import { StandardView } from './StandardView';

export interface OpenedDocument {
  kind: string;
  documentId: string;
  code: string | null;
  title: string;
}

/** The opened result, read at the chosen instant and touchpoint. */
export function DocumentPanel({ document, onClose }: { document: OpenedDocument; onClose(): void }) {
  return (
    <article className="document" aria-label={document.title}>
      <button type="button" className="close" onClick={onClose} aria-label="关闭（Esc）">
        ×
      </button>
      {document.kind === 'FLOW' && document.code ? (
        <FlowView code={document.code} />
      ) : document.kind === 'SCRIPT' ? (
        <ScriptView id={document.documentId} />
      ) : document.kind === 'STANDARD' ? (
        <StandardView id={document.documentId} />
      ) : document.kind === 'CHAPTER' ? (
        <ChapterView id={document.documentId} />
      ) : (
        <h2>{document.title}</h2>
      )}
    </article>
  );
}
