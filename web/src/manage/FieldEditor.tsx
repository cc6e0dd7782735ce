import { useState } from 'react';

interface Props {
  label: string;
  value: string;
  multiline?: boolean;
  /** saves only this field; resolves true when saved (the editor closes), false to keep the text */
  onSave(value: string): Promise<boolean>;
}

/** One field or section of a draft, edited and saved on its own. */
export function FieldEditor({ label, value, multiline, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(value);
  const [saving, setSaving] = useState(false);

  if (!editing)
    return (
      <div className="field">
        <div className="field-head">
          <strong>{label}</strong>
          <button
            type="button"
            aria-label={`编辑 ${label}`}
            onClick={() => {
              setText(value);
              setEditing(true);
            }}
          >
            编辑
          </button>
        </div>
        <p className="pre">{value || '—'}</p>
      </div>
    );
  const save = async () => {
    setSaving(true);
    const saved = await onSave(text);
    setSaving(false);
    if (saved) setEditing(false);
  };
  return (
    <div className="field editing">
      <strong>{label}</strong>
      {multiline ? (
        <textarea aria-label={label} value={text} rows={Math.min(12, Math.max(3, text.split('\n').length + 1))} onChange={(e) => setText(e.target.value)} />
      ) : (
        <input aria-label={label} value={text} onChange={(e) => setText(e.target.value)} />
      )}
      <div className="buttons">
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          保存
        </button>
        <button type="button" onClick={() => setEditing(false)}>
          取消
        </button>
      </div>
    </div>
  );
}
