import DOMPurify from 'dompurify';
import { useEffect, useRef, useState } from 'react';
import { authHeaders } from '../session';

/**
 * The flow's chart from /flows/<code>.svg. An <img> cannot send the bearer token, so the SVG is
 * fetched with it, sanitised (scripts, handlers and foreign content removed) into a DOM fragment
 * and attached as nodes — never as an HTML string.
 */
export function FlowChart({ code, asOf, touchpointCode }: { code: string; asOf: string | null; touchpointCode: string | null }) {
  const holder = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const params = new URLSearchParams();
    if (asOf) params.set('asOf', asOf);
    if (touchpointCode) params.set('touchpointCode', touchpointCode);
    const controller = new AbortController();
    setProblem(null);
    fetch(`/flows/${encodeURIComponent(code)}.svg?${params}`, { headers: authHeaders(), signal: controller.signal })
      .then(async (res) => {
        if (!res.ok) throw new Error(res.status === 404 ? '该时点没有流程图' : `流程图加载失败（${res.status}）`);
        const svg = DOMPurify.sanitize(await res.text(), { USE_PROFILES: { svg: true, svgFilters: true }, RETURN_DOM_FRAGMENT: true });
        holder.current?.replaceChildren(svg);
      })
      .catch((error: Error) => {
        if (error.name !== 'AbortError') setProblem(error.message);
      });
    return () => controller.abort();
  }, [code, asOf, touchpointCode]);

  return (
    <figure className="flow-chart">
      <div ref={holder} role="img" aria-label={`${code} 流程图`} />
      {problem && <figcaption className="error">{problem}</figcaption>}
    </figure>
  );
}
