import { useState } from 'react';
import { downloadCsv } from './download';

export function CsvButton({ name, params }: { name: string; params: Record<string, string> }) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <button type="button" onClick={() => void downloadCsv(name, params).then(() => setProblem(null), (e: Error) => setProblem(e.message))}>
        下载 CSV
      </button>
      {problem && <span className="error">{problem}</span>}
    </>
  );
}
