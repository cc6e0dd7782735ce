import { useState } from 'react';
import { useDebounce } from 'use-debounce';
import { useQuery } from 'urql';
import { ErrorText } from '../common/ErrorText';
import { graphql } from '../gql';
import { useView } from '../shell/context';
import { VersionHeader } from './VersionHeader';

const ScriptQuery = graphql(`
  query AgentScript($id: ID!, $asOf: DateTime, $touchpointCode: String) {
    script(id: $id, asOf: $asOf, touchpointCode: $touchpointCode) {
      id
      code
      title
      inForce {
        id
        title
        versionNumber
        effectiveFrom
        phase(asOf: $asOf)
        underReview
        text
        placeholders {
          name
          description
        }
      }
    }
  }
`);

const Render = graphql(`
  query RenderScript($id: ID!, $values: [PlaceholderValueInput!]!, $asOf: DateTime, $touchpointCode: String) {
    renderScript(id: $id, values: $values, asOf: $asOf, touchpointCode: $touchpointCode) {
      text
    }
  }
`);

/** The words with their blanks marked, e.g. "{agentId}号" → agentId highlighted. */
function WithBlanks({ text }: { text: string }) {
  return (
    <p className="script-text">
      {text.split(/(\{[^{}]+\})/).map((part, i) => (part.startsWith('{') && part.endsWith('}') ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>))}
    </p>
  );
}

export function ScriptView({ id }: { id: string }) {
  const { asOf, touchpoint } = useView();
  const [{ data, error }] = useQuery({ query: ScriptQuery, variables: { id, asOf, touchpointCode: touchpoint.code } });
  const [values, setValues] = useState<Record<string, string>>({});
  const [typed] = useDebounce(values, 200);
  const version = data?.script?.inForce;
  const placeholders = version?.placeholders ?? [];
  const complete = placeholders.every((p) => typed[p.name]?.trim());
  const [rendered] = useQuery({
    query: Render,
    variables: { id, asOf, touchpointCode: touchpoint.code, values: placeholders.map((p) => ({ name: p.name, value: typed[p.name] ?? '' })) },
    pause: !version || !complete,
  });
  const [copied, setCopied] = useState(false);

  if (!data?.script) return <ErrorText error={error} />;
  const text = rendered.data?.renderScript.text;
  return (
    <>
      <VersionHeader title={version?.title ?? data.script.title} code={data.script.code} version={version} />
      {version && (
        <>
          <WithBlanks text={version.text} />
          <div className="placeholders">
            {placeholders.map((p) => (
              <label key={p.name}>
                {p.description}（{p.name}）
                <input value={values[p.name] ?? ''} onChange={(e) => setValues({ ...values, [p.name]: e.target.value })} />
              </label>
            ))}
          </div>
          <h3>可直接朗读</h3>
          {text ? (
            <div className="rendered">
              <p aria-label="生成的话术">{text}</p>
              <button
                type="button"
                onClick={() => {
                  void navigator.clipboard?.writeText(text).then(() => setCopied(true));
                }}
              >
                {copied ? '已复制' : '复制'}
              </button>
            </div>
          ) : (
            <p className="muted">填好上面的空白后生成。</p>
          )}
          <ErrorText error={rendered.error} />
        </>
      )}
    </>
  );
}
