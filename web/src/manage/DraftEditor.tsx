import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { codeOf, ErrorText } from '../common/ErrorText';
import { graphql } from '../gql';
import type { CombinedError } from 'urql';
import { ConflictNotice } from './ConflictNotice';
import { FieldEditor } from './FieldEditor';
import { FlowStepsEditor } from './FlowStepsEditor';
import { NewSection } from './NewSection';
import type { ManagedVersion } from './VersionContent';
import { VersionQuery } from './versionQuery';

const UpdateChapter = graphql(`
  mutation UpdateChapterDraft($input: UpdateChapterDraftInput!) {
    updateChapterDraft(input: $input) {
      version {
        id
        revision
      }
    }
  }
`);
const UpdateScript = graphql(`
  mutation UpdateScriptDraft($input: UpdateScriptDraftInput!) {
    updateScriptDraft(input: $input) {
      version {
        id
        revision
      }
    }
  }
`);
const UpdateStandard = graphql(`
  mutation UpdateStandardDraft($input: UpdateStandardDraftInput!) {
    updateStandardDraft(input: $input) {
      version {
        id
        revision
      }
    }
  }
`);
const UpdateFlow = graphql(`
  mutation UpdateFlowDraft($input: UpdateFlowDraftInput!) {
    updateFlowDraft(input: $input) {
      version {
        id
        revision
      }
    }
  }
`);

/** "钻: 3天" lines ↔ pairs (grade values, placeholders and their descriptions). */
const gradesToText = (values: { grade: string; value: string }[]) => values.map((v) => `${v.grade}: ${v.value}`).join('\n');
const pairs = (text: string): [string, string][] =>
  text
    .split('\n')
    .map((line) => line.split(/[:：]/))
    .filter((parts) => parts.length >= 2 && parts[0]?.trim())
    .map(([first = '', ...rest]) => [first.trim(), rest.join(':').trim()]);
const textToGrades = (text: string) => pairs(text).map(([grade, value]) => ({ grade, value }));

/**
 * A draft edited one field or section at a time: each save sends only that field, naming the
 * revision this screen loaded. When someone else saved first the API answers CONFLICT; the
 * editor then shows their version instead of overwriting it or showing a raw error.
 */
export function DraftEditor({ version, onReload }: { version: ManagedVersion; onReload(): void }) {
  const client = useClient();
  const [error, setError] = useState<CombinedError | null>(null);
  const [theirs, setTheirs] = useState<ManagedVersion | null>(null);
  const [, updateChapter] = useMutation(UpdateChapter);
  const [, updateScript] = useMutation(UpdateScript);
  const [, updateStandard] = useMutation(UpdateStandard);
  const [, updateFlow] = useMutation(UpdateFlow);
  const base = { versionId: version.id, expectedRevision: version.revision };

  const settle = async (result: { error?: CombinedError }): Promise<boolean> => {
    if (!result.error) {
      setError(null);
      onReload();
      return true;
    }
    if (codeOf(result.error) === 'CONFLICT') {
      const current = await client.query(VersionQuery, { id: version.id }, { requestPolicy: 'network-only' }).toPromise();
      setTheirs(current.data?.documentVersion ?? null);
      setError(null);
    } else setError(result.error);
    return false;
  };

  const changeNote = <FieldEditor key="changeNote" label="变更说明" value={version.changeNote} onSave={async (v) => settle(await saveField({ changeNote: v }))} />;

  // each kind has its own update mutation; all of them change only the fields they are given
  const saveField = (patch: Record<string, unknown>) => {
    switch (version.__typename) {
      case 'ChapterVersion':
        return updateChapter({ input: { ...base, ...patch } });
      case 'ScriptVersion':
        return updateScript({ input: { ...base, ...patch } });
      case 'StandardVersion':
        return updateStandard({ input: { ...base, ...patch } });
      default:
        return updateFlow({ input: { ...base, ...patch } });
    }
  };

  let fields;
  switch (version.__typename) {
    case 'ChapterVersion': {
      // only the section named is sent; the others stay as they are on the server
      const saveSection = async (section: { number: number; heading?: string; body?: string }) => settle(await updateChapter({ input: { ...base, sections: [section] } }));
      fields = (
        <>
          <FieldEditor label="章节标题" value={version.title} onSave={async (v) => settle(await saveField({ title: v }))} />
          {version.sections.map((s) => (
            <div key={s.number} className="section-edit">
              <FieldEditor label={`第${s.number}节 标题`} value={s.heading} onSave={(v) => saveSection({ number: s.number, heading: v })} />
              <FieldEditor label={`第${s.number}节 正文`} value={s.body} multiline onSave={(v) => saveSection({ number: s.number, body: v })} />
              <button type="button" onClick={() => void updateChapter({ input: { ...base, removeSections: [s.number] } }).then(settle)}>
                删除第{s.number}节
              </button>
            </div>
          ))}
          <NewSection number={version.sections.length + 1} onAdd={(heading, body) => saveSection({ number: version.sections.length + 1, heading, body })} />
        </>
      );
      break;
    }
    case 'ScriptVersion':
      fields = (
        <>
          <FieldEditor label="话术名称" value={version.title} onSave={async (v) => settle(await saveField({ title: v }))} />
          <FieldEditor label="话术正文" value={version.text} multiline onSave={async (v) => settle(await saveField({ text: v }))} />
          <FieldEditor
            label="占位符（每行：名称: 说明）"
            value={version.placeholders.map((p) => `${p.name}: ${p.description}`).join('\n')}
            multiline
            onSave={async (v) => settle(await saveField({ placeholders: pairs(v).map(([name, description]) => ({ name, description })) }))}
          />
        </>
      );
      break;
    case 'StandardVersion':
      fields = (
        <>
          <FieldEditor label="标准名称" value={version.title} onSave={async (v) => settle(await saveField({ title: v }))} />
          <FieldEditor label="服务承诺" value={version.commitment} multiline onSave={async (v) => settle(await saveField({ commitment: v }))} />
          <FieldEditor label="各等级标准（每行：等级: 标准）" value={gradesToText(version.values)} multiline onSave={async (v) => settle(await saveField({ values: textToGrades(v) }))} />
        </>
      );
      break;
    case 'FlowVersion': {
      const lines = (v: string) => v.split('\n').map((line) => line.trim()).filter(Boolean);
      fields = (
        <>
          <FieldEditor label="流程名称" value={version.title} onSave={async (v) => settle(await saveField({ title: v }))} />
          <FieldEditor
            label="服务接触点（空格分隔）"
            value={version.touchpoints.map((t) => t.code).join(' ')}
            onSave={async (v) => settle(await saveField({ touchpointCodes: v.split(/\s+/).filter(Boolean) }))}
          />
          <FieldEditor label="输入（每行一项）" value={version.inputs.join('\n')} multiline onSave={async (v) => settle(await saveField({ inputs: lines(v) }))} />
          <FieldEditor label="输出（每行一项）" value={version.outputs.join('\n')} multiline onSave={async (v) => settle(await saveField({ outputs: lines(v) }))} />
          <FlowStepsEditor nodes={version.graph.nodes} edges={version.graph.edges} onSave={async (graph) => settle(await saveField({ graph }))} />
        </>
      );
      break;
    }
  }

  return (
    <section className="editor" aria-label="编辑草稿">
      <h3>编辑草稿（修订 {version.revision}）</h3>
      {theirs && (
        <ConflictNotice
          theirs={theirs}
          onAccept={() => {
            setTheirs(null);
            onReload();
          }}
        />
      )}
      <ErrorText error={error} />
      {fields}
      {changeNote}
    </section>
  );
}
