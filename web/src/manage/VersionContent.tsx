import { timeLimit } from '../time';
import type { ManagedVersionQuery } from '../gql/graphql';

export type ManagedVersion = NonNullable<ManagedVersionQuery['documentVersion']>;

/** A version's content, read only. */
export function VersionContent({ version }: { version: ManagedVersion }) {
  switch (version.__typename) {
    case 'ChapterVersion':
      return (
        <section className="content">
          {version.sections.map((s) => (
            <section key={s.number}>
              <h3>{s.heading}</h3>
              <p className="pre">{s.body}</p>
            </section>
          ))}
        </section>
      );
    case 'ScriptVersion':
      return (
        <section className="content">
          <p className="script-text">{version.text}</p>
          <p className="muted">占位符：{version.placeholders.map((p) => `{${p.name}} ${p.description}`).join('；') || '无'}</p>
        </section>
      );
    case 'StandardVersion':
      return (
        <section className="content">
          <p>{version.commitment}</p>
          <ul>
            {version.values.map((v) => (
              <li key={v.grade}>
                {v.grade}：{v.value}
              </li>
            ))}
          </ul>
        </section>
      );
    case 'FlowVersion':
      return (
        <section className="content">
          <p className="muted">接触点：{version.touchpoints.map((t) => t.code).join(' ') || '—'}</p>
          <ol>
            {version.graph.nodes.map((n) => (
              <li key={n.key}>
                {n.label}（{n.post ?? '—'}，{timeLimit(n.timeLimit)}）
              </li>
            ))}
          </ol>
        </section>
      );
    default:
      return null;
  }
}
