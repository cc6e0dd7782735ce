import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useDebounce } from 'use-debounce';
import { useMutation, useQuery } from 'urql';
import { ErrorText } from '../common/ErrorText';
import { Marked } from '../common/Marked';
import { PhaseTag } from '../common/PhaseTag';
import { graphql } from '../gql';
import { KIND_LABEL } from '../labels';
import { useView } from '../shell/context';
import { DocumentPanel, type OpenedDocument } from './DocumentPanel';
import { NothingFound } from './NothingFound';
import { TouchpointFlow } from './TouchpointFlow';

const Suggest = graphql(`
  query Suggest($prefix: String!) {
    suggest(prefix: $prefix, first: 6) {
      kind
      text
    }
  }
`);

const Search = graphql(`
  query AgentSearch($query: String!, $asOf: DateTime, $filter: SearchFilter) {
    search(query: $query, asOf: $asOf, filter: $filter, first: 10) {
      queryId
      totalCount
      everyWord
      edges {
        node {
          kind
          code
          title
          snippet
          documentId
          versionId
          version {
            id
            phase(asOf: $asOf)
            underReview
            ... on FlowVersion {
              touchpoints {
                code
              }
            }
            ... on ScriptVersion {
              channels
              businessCodes
            }
            ... on StandardVersion {
              channels
              businessCodes
            }
          }
        }
      }
      exceptions {
        id
        question
        status
        answer
        answerIsInterim
      }
    }
  }
`);

const RecordClick = graphql(`
  mutation RecordSearchClick($input: RecordSearchClickInput!) {
    recordSearchClick(input: $input)
  }
`);

/** What a result serves: a flow's touchpoints, or the channels and businesses a script or standard is scoped to. */
function servedBy(version: object): string {
  if ('touchpoints' in version) return (version.touchpoints as { code: string }[]).map((t) => t.code).join(' ') || '—';
  const scope = [...('channels' in version ? (version.channels as string[]) : []), ...('businessCodes' in version ? (version.businessCodes as string[]) : [])];
  return scope.length ? scope.join(' ') : '全部接触点';
}

/** The screen used mid-call: one search box, answers as the agent types, keyboard only. */
export function AgentScreen() {
  const { asOf, touchpoint } = useView();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [query] = useDebounce(text.trim(), 200);
  const [active, setActive] = useState(0);
  const [opened, setOpened] = useState<OpenedDocument | null>(null);

  useEffect(() => input.current?.focus(), []);

  const filter = {
    ...(touchpoint.channel && { channels: [touchpoint.channel] }),
    ...(touchpoint.brand && { brands: [touchpoint.brand] }),
    ...(touchpoint.businessCode && { businessCodes: [touchpoint.businessCode] }),
  };
  const [suggestions] = useQuery({ query: Suggest, variables: { prefix: text.trim() }, pause: !text.trim() });
  const [results] = useQuery({ query: Search, variables: { query, asOf, filter }, pause: !query });
  const [, recordClick] = useMutation(RecordClick);
  const search = query ? results.data?.search : undefined;
  const hits = search?.edges.map((e) => e.node) ?? [];

  useEffect(() => setActive(0), [query]);

  const open = (index: number) => {
    const hit = hits[index];
    if (!hit || !search) return;
    void recordClick({ input: { queryId: search.queryId, versionId: hit.versionId } });
    setOpened({ kind: hit.kind, documentId: hit.documentId, code: hit.code ?? null, title: hit.title });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, Math.max(hits.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      // the first Esc closes what is open, the next clears the box
      if (opened) setOpened(null);
      else setText('');
      input.current?.focus();
    }
  };

  const nothingUseful = Boolean(search && (search.totalCount === 0 || !search.everyWord));

  return (
    <div className="agent" onKeyDown={onKeyDown}>
      <section className="agent-search">
        <input
          ref={input}
          className="search-box"
          type="search"
          aria-label="搜索知识"
          // focus stays in the box while the arrows move through the results
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="search-results"
          aria-activedescendant={hits[active] ? `hit-${active}` : undefined}
          placeholder="输入客户的问题、业务名称或编码（↑↓ 选择，Enter 打开，Esc 清除）"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        {!text.trim() && <TouchpointFlow onOpen={(flow) => setOpened({ kind: 'FLOW', documentId: '', code: flow.code, title: flow.title })} />}
        {text.trim() && (suggestions.data?.suggest.length ?? 0) > 0 && (
          <div className="suggestions" aria-label="联想">
            {suggestions.data?.suggest.map((s) => (
              <button type="button" key={`${s.kind}-${s.text}`} onClick={() => setText(s.text)}>
                {s.text}
              </button>
            ))}
          </div>
        )}
        <ErrorText error={query ? results.error : undefined} />
        {search && (
          <p className="muted" aria-live="polite">
            找到 {search.totalCount} 条{search.everyWord || search.totalCount === 0 ? '' : '（部分词匹配）'}
          </p>
        )}
        {search && search.exceptions.length > 0 && (
          <ul className="exceptions-inline" aria-label="处理中的例外">
            {search.exceptions.map((x) => (
              <li key={x.id}>
                <span className="tag warn">处理中</span> {x.question}
                {x.answer && (
                  <p className="interim">
                    {x.answerIsInterim ? '临时答复（尚未验证）：' : '答复：'}
                    {x.answer}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        <ol id="search-results" className="results" role="listbox" aria-label="搜索结果">
          {hits.map((hit, i) => (
            <li
              key={hit.versionId}
              id={`hit-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onClick={() => open(i)}
              onMouseEnter={() => setActive(i)}
            >
              <div className="hit-head">
                <span className="tag kind">{KIND_LABEL[hit.kind] ?? hit.kind}</span>
                <strong>{hit.title}</strong>
                {hit.code && <code>{hit.code}</code>}
                <PhaseTag phase={hit.version.phase} underReview={hit.version.underReview} />
              </div>
              <Marked html={hit.snippet} />
              <div className="muted small">接触点：{servedBy(hit.version)}</div>
            </li>
          ))}
        </ol>
        {search && nothingUseful && <NothingFound question={query} queryId={search.queryId} />}
      </section>
      <section className="agent-document">
        {opened ? <DocumentPanel document={opened} onClose={() => setOpened(null)} /> : <p className="muted">打开一条结果即可在此查看内容。</p>}
      </section>
    </div>
  );
}
