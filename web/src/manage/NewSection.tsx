import { useState } from 'react';

/** A section appended to a chapter draft: a heading and a body, both required by the API. */
export function NewSection({ number, onAdd }: { number: number; onAdd(heading: string, body: string): Promise<boolean> }) {
  const [heading, setHeading] = useState('');
  const [body, setBody] = useState('');
  const [saving, setSaving] = useState(false);
  const add = async () => {
    setSaving(true);
    const added = await onAdd(heading, body);
    setSaving(false);
    if (added) {
      setHeading('');
      setBody('');
    }
  };
  return (
    <div className="field editing" aria-label="新增一节">
      <strong>新增第{number}节</strong>
      <input aria-label="新增节标题" placeholder="标题" value={heading} onChange={(e) => setHeading(e.target.value)} />
      <textarea aria-label="新增节正文" placeholder="正文" rows={4} value={body} onChange={(e) => setBody(e.target.value)} />
      <button type="button" disabled={saving || !heading.trim() || !body.trim()} onClick={() => void add()}>
        添加此节
      </button>
    </div>
  );
}
