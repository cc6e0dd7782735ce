/**
 * A search snippet: HTML-escaped text with the matches in <mark>. It is parsed (never attached to
 * the page) and only its text is rendered, as React text nodes, with the marks as <mark> elements:
 * whatever else a document's text holds is shown as text, never run.
 */
export function Marked({ html }: { html: string }) {
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  const parts = Array.from(body.childNodes).map((node, i) => {
    const text = node.textContent ?? '';
    return node.nodeName === 'MARK' ? <mark key={i}>{text}</mark> : <span key={i}>{text}</span>;
  });
  return <span className="snippet">{parts}</span>;
}
