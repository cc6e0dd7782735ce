import { useState } from 'react';
import { useMutation } from 'urql';
import { ErrorText } from '../common/ErrorText';
import { graphql } from '../gql';

const Answer = graphql(`
  mutation AnswerException($input: AnswerExceptionInput!) {
    answerException(input: $input) {
      exception {
        id
        status
        answer
        answerIsInterim
        revision
        dueAt
        minutesLeft
      }
    }
  }
`);

/** A process manager's interim answer: agents see it at once, marked as not yet validated. */
export function AnswerException({ exceptionId, revision, current }: { exceptionId: string; revision: number; current: string | null }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(current ?? '');
  const [result, answer] = useMutation(Answer);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {current ? '修改答复' : '答复'}
      </button>
    );
  return (
    <div className="answer-form">
      <textarea aria-label="临时答复" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      <button
        type="button"
        className="primary"
        disabled={!text.trim() || result.fetching}
        onClick={() =>
          void answer({ input: { exceptionId, answer: text, expectedRevision: revision } }).then((r) => {
            if (!r.error) setOpen(false);
          })
        }
      >
        提交答复
      </button>
      <ErrorText error={result.error} />
    </div>
  );
}
