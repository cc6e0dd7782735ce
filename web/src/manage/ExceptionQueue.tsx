import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { ErrorText } from '../common/ErrorText';
import { graphql } from '../gql';
import { EXCEPTION_STATUS_LABEL } from '../labels';
import { useView } from '../shell/context';
import { beijing, countdown } from '../time';
import { AnswerException } from './AnswerException';

const Exceptions = graphql(`
  query ExceptionQueue($touchpointCode: String) {
    exceptions(first: 100, filter: { statuses: [OPEN, ANSWERED], touchpointCode: $touchpointCode }) {
      totalCount
      edges {
        node {
          id
          revision
          question
          status
          priority
          demand
          dueAt
          minutesLeft
          overdue
          escalationLevel
          answer
          answerIsInterim
          raisedAt
          owner {
            name
          }
          touchpoint {
            code
          }
        }
      }
    }
  }
`);

const PRIORITY_LABEL: Record<string, string> = { HIGH: '高', NORMAL: '普通', LOW: '低' };

/** Minutes since the list was read, so the deadlines count down between reloads. */
function useMinutesSince(start: number) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return Math.floor((now - start) / 60_000);
}

/** Open and answered exceptions with their deadlines and escalation levels. */
export function ExceptionQueue() {
  const { touchpoint, me } = useView();
  // the touchpoint bar narrows the queue to the questions raised there
  const [{ data, error }] = useQuery({ query: Exceptions, variables: { touchpointCode: touchpoint.code }, requestPolicy: 'network-only' });
  // minutesLeft is measured by the server's clock; count down from when it answered
  const [readAt] = useState(() => Date.now());
  const elapsed = useMinutesSince(readAt);
  // answering exceptions is the process managers' work (exceptions.manage)
  const mayAnswer = me.role === 'PROCESS_MANAGER';
  return (
    <section className="exception-queue">
      <h2>例外队列（{data?.exceptions.totalCount ?? 0}）</h2>
      <ErrorText error={error} />
      <table>
        <thead>
          <tr>
            <th>问题</th>
            <th>状态</th>
            <th>优先级</th>
            <th>提问人数</th>
            <th>负责人</th>
            <th>时限</th>
            <th>剩余</th>
            <th>升级</th>
            {mayAnswer && <th>处理</th>}
          </tr>
        </thead>
        <tbody>
          {data?.exceptions.edges.map(({ node: x }) => (
            <tr key={x.id} className={x.overdue ? 'overdue' : ''}>
              <td>
                {x.question}
                {x.answer && <p className="interim">{x.answerIsInterim ? `临时答复：${x.answer}` : x.answer}</p>}
              </td>
              <td>{EXCEPTION_STATUS_LABEL[x.status] ?? x.status}</td>
              <td>{PRIORITY_LABEL[x.priority] ?? x.priority}</td>
              <td>{x.demand}</td>
              <td>{x.owner.name}</td>
              <td>{beijing(x.dueAt)}</td>
              <td>{x.minutesLeft === null || x.minutesLeft === undefined ? '—' : countdown(x.minutesLeft - elapsed)}</td>
              <td>{x.escalationLevel > 0 ? <span className="tag warn">第 {x.escalationLevel} 级</span> : '—'}</td>
              {mayAnswer && (
                <td>
                  <AnswerException exceptionId={x.id} revision={x.revision} current={x.answer ?? null} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
