import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { ErrorText } from '../common/ErrorText';
import { graphql } from '../gql';
import { KIND_LABEL, PHASE_LABEL } from '../labels';
import { useView } from '../shell/context';
import { beijing, isoToLocalInput } from '../time';
import { bars, barsHeight, Chart, pie } from './Chart';
import { CsvButton } from './CsvButton';

const Reports = graphql(`
  query Reports($from: DateTime!, $to: DateTime!, $filter: UsageFilter, $asOf: DateTime) {
    flowUsage(from: $from, to: $to, filter: $filter) {
      flowId
      code
      title
      touchpointCode
      opens
      agents
      renders
      searches
      executionRate
      neverOpened
    }
    searchAnalytics(from: $from, to: $to, filter: $filter, top: 10) {
      searches
      zeroHitRate
      noClickRate
      selectThroughRate
      averageClickedRank
      topQueries {
        query
        searches
        zeroHits
        clickedSearches
      }
    }
    knowledgeGaps(from: $from, to: $to, filter: $filter, first: 20) {
      query
      searches
      zeroHits
      lastSearchedAt
      touchpoints
      exception {
        id
        status
      }
    }
    exceptionSla(from: $from, to: $to, filter: $filter) {
      raised
      answeredOnTimeRate
      resolvedOnTimeRate
      medianMinutesToAnswer
      medianMinutesToResolve
      openOverdue
      byPriority {
        group
        raised
        answeredOnTimeRate
        resolvedOnTimeRate
        openOverdue
      }
    }
    contentHealth(asOf: $asOf) {
      byPhase {
        kind
        phase
        documents
      }
      reviewOverdue
      reviewDueSoon
      flaggedDocuments
      neverOpened
    }
  }
`);

const percent = (rate: number | null | undefined) => (rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`);
const day = (iso: string) => isoToLocalInput(iso).slice(0, 10);

/** The measurement reports for a period in Beijing days, as tables and charts, each downloadable as CSV. */
export function ReportsScreen() {
  const { asOf, touchpoint } = useView();
  const [from, setFrom] = useState(() => day(new Date(Date.now() - 30 * 86_400_000).toISOString()));
  const [to, setTo] = useState(() => day(new Date(Date.now() + 86_400_000).toISOString()));
  const period = { from: `${from}T00:00:00+08:00`, to: `${to}T00:00:00+08:00` };
  const filter = touchpoint.code ? { touchpointCode: touchpoint.code } : null;
  const [{ data, error, fetching }] = useQuery({ query: Reports, variables: { ...period, filter, asOf }, pause: !from || !to });
  const params = { ...period, ...(filter ?? {}) };

  const overall = useMemo(() => (data?.flowUsage ?? []).filter((row) => !row.touchpointCode), [data]);

  return (
    <div className="reports">
      <div className="period">
        <label>
          从
          <input type="date" aria-label="开始日期" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          到
          <input type="date" aria-label="结束日期" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <span className="muted">北京时间，含开始日，不含结束日{touchpoint.code && `；接触点 ${touchpoint.code}`}</span>
        {fetching && <span className="muted">加载中…</span>}
      </div>
      <ErrorText error={error} />
      {data && (
        <>
          <section aria-label="流程使用">
            <h2>
              流程使用 <CsvButton name="flowUsage" params={params} />
            </h2>
            <Chart label="各流程打开次数" height={barsHeight(overall.length)} option={bars(overall.map((r) => r.code), overall.map((r) => r.opens), '打开次数')} />
            <table>
              <thead>
                <tr>
                  <th>流程</th>
                  <th>打开</th>
                  <th>座席数</th>
                  <th>渲染</th>
                  <th>搜索</th>
                  <th>执行率</th>
                </tr>
              </thead>
              <tbody>
                {overall.map((r) => (
                  <tr key={r.flowId}>
                    <td>
                      {r.code} {r.title} {r.neverOpened && <span className="tag warn">无人打开</span>}
                    </td>
                    <td>{r.opens}</td>
                    <td>{r.agents}</td>
                    <td>{r.renders}</td>
                    <td>{r.searches}</td>
                    <td>{percent(r.executionRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section aria-label="搜索分析">
            <h2>
              搜索分析 <CsvButton name="searchAnalytics" params={params} />
            </h2>
            <p>
              搜索 {data.searchAnalytics.searches} 次 · 零结果率 {percent(data.searchAnalytics.zeroHitRate)} · 无点击率 {percent(data.searchAnalytics.noClickRate)} · 点击率{' '}
              {percent(data.searchAnalytics.selectThroughRate)} · 平均点击位置 {data.searchAnalytics.averageClickedRank?.toFixed(1) ?? '—'}
            </p>
            <Chart
              label="热门搜索"
              height={barsHeight(data.searchAnalytics.topQueries.length)}
              option={bars(data.searchAnalytics.topQueries.map((q) => q.query), data.searchAnalytics.topQueries.map((q) => q.searches), '搜索次数')}
            />
          </section>

          <section aria-label="知识缺口">
            <h2>
              知识缺口 <CsvButton name="knowledgeGaps" params={params} />
            </h2>
            <table>
              <thead>
                <tr>
                  <th>搜索词</th>
                  <th>搜索</th>
                  <th>零结果</th>
                  <th>最近</th>
                  <th>例外</th>
                </tr>
              </thead>
              <tbody>
                {data.knowledgeGaps.map((g) => (
                  <tr key={g.query}>
                    <td>{g.query}</td>
                    <td>{g.searches}</td>
                    <td>{g.zeroHits}</td>
                    <td>{beijing(g.lastSearchedAt)}</td>
                    <td>{g.exception ? g.exception.status : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section aria-label="例外时效">
            <h2>
              例外时效 <CsvButton name="exceptionSla" params={params} />
            </h2>
            <p>
              提出 {data.exceptionSla.raised} · 按时答复 {percent(data.exceptionSla.answeredOnTimeRate)} · 按时解决 {percent(data.exceptionSla.resolvedOnTimeRate)} · 超时未结{' '}
              {data.exceptionSla.openOverdue}
            </p>
            <Chart
              label="按优先级的例外数"
              height={barsHeight(data.exceptionSla.byPriority.length)}
              option={bars(data.exceptionSla.byPriority.map((p) => p.group), data.exceptionSla.byPriority.map((p) => p.raised), '提出')}
            />
          </section>

          <section aria-label="内容健康">
            <h2>
              内容健康 <CsvButton name="contentHealth" params={asOf ? { asOf } : {}} />
            </h2>
            <p>
              复核逾期 {data.contentHealth.reviewOverdue} · 30 天内待复核 {data.contentHealth.reviewDueSoon} · 被标记 {data.contentHealth.flaggedDocuments} · 90 天无人打开{' '}
              {data.contentHealth.neverOpened}
            </p>
            <Chart
              label="文档阶段分布"
              option={pie(data.contentHealth.byPhase.map((p) => ({ name: `${KIND_LABEL[p.kind] ?? p.kind}·${PHASE_LABEL[p.phase] ?? p.phase}`, value: p.documents })))}
            />
          </section>
        </>
      )}
    </div>
  );
}
