import { useMutation, useQuery } from 'urql';
import { ErrorText } from '../common/ErrorText';
import { graphql } from '../gql';
import { EXCEPTION_STATUS_LABEL } from '../labels';
import { useView } from '../shell/context';
import { beijing } from '../time';

const Similar = graphql(`
  query SimilarOpenExceptions($question: String!, $touchpointCode: String) {
    similarOpenExceptions(question: $question, touchpointCode: $touchpointCode) {
      id
      question
      status
      answer
      answerIsInterim
      demand
    }
  }
`);

const Raise = graphql(`
  mutation RaiseException($input: RaiseExceptionInput!) {
    raiseException(input: $input) {
      exception {
        id
        question
        status
        answerDueAt
      }
    }
  }
`);

const Join = graphql(`
  mutation JoinException($input: JoinExceptionInput!) {
    joinException(input: $input) {
      exception {
        id
        demand
      }
    }
  }
`);

/**
 * When search finds nothing useful: first the open questions like this one (join instead of
 * raising a duplicate, read their interim answers), then one click raises an exception from the
 * search itself (its words and touchpoint pre-fill it).
 */
export function NothingFound({ question, queryId }: { question: string; queryId: string }) {
  const { touchpoint } = useView();
  const [similar] = useQuery({ query: Similar, variables: { question, touchpointCode: touchpoint.code } });
  const [raised, raise] = useMutation(Raise);
  const [joined, join] = useMutation(Join);

  const created = raised.data?.raiseException.exception;
  return (
    <aside className="nothing-found" aria-label="没有找到答案">
      <h3>没有合适的答案？</h3>
      {(similar.data?.similarOpenExceptions.length ?? 0) > 0 && (
        <>
          <p>以下问题正在处理，可能与此相同：</p>
          <ul>
            {similar.data?.similarOpenExceptions.map((x) => (
              <li key={x.id}>
                <span className="tag warn">{EXCEPTION_STATUS_LABEL[x.status] ?? x.status}</span> {x.question}（{x.demand} 人提问）
                {x.answer && (
                  <p className="interim">
                    {x.answerIsInterim ? '临时答复：' : '答复：'}
                    {x.answer}
                  </p>
                )}
                <button type="button" onClick={() => void join({ input: { exceptionId: x.id, queryId } })} disabled={joined.fetching}>
                  我也遇到此问题
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {joined.data && <p className="ok">已加入该问题，答复后即可看到。</p>}
      <ErrorText error={joined.error} />
      {created ? (
        <p className="ok" role="status">
          已提交例外“{created.question}”，初步答复时限 {beijing(created.answerDueAt)}。
        </p>
      ) : (
        <button
          type="button"
          className="primary"
          // an exception belongs to the touchpoint the call came in on
          disabled={raised.fetching || !touchpoint.code}
          onClick={() => void raise({ input: { queryId, question, ...(touchpoint.code && { touchpointCode: touchpoint.code }) } })}
        >
          提交例外：“{question}”
        </button>
      )}
      {!created && !touchpoint.code && <p className="warn">请先在上方选择渠道、品牌和业务（来电的接触点），再提交例外。</p>}
      <ErrorText error={raised.error} />
    </aside>
  );
}
