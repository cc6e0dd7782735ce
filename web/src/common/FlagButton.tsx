import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { FLAG_REASON_LABEL } from '../labels';
import { ErrorText } from './ErrorText';

const FlagVersion = graphql(`
  mutation FlagVersion($input: FlagVersionInput!) {
    flagVersion(input: $input) {
      exception {
        id
        status
      }
    }
  }
`);

type Reason = 'WRONG' | 'OUTDATED' | 'UNCLEAR' | 'MISSING_STEP' | 'CONTRADICTS';

/** Any reader may flag the version in force: it becomes (or joins) an exception for the document's owner. */
export function FlagButton({ versionId }: { versionId: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<Reason>('WRONG');
  const [comment, setComment] = useState('');
  const [result, flag] = useMutation(FlagVersion);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await flag({ input: { versionId, reason, comment } });
    if (!answer.error) setOpen(false);
  };

  if (result.data && !open) return <span className="tag">已标记，已转给负责人</span>;
  if (!open)
    return (
      <button type="button" className="flag" onClick={() => setOpen(true)}>
        ⚑ 标记问题
      </button>
    );
  return (
    <form className="flag-form" onSubmit={submit}>
      <select aria-label="问题类型" value={reason} onChange={(e) => setReason(e.target.value as Reason)}>
        {Object.entries(FLAG_REASON_LABEL).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <input aria-label="问题说明" placeholder="哪里不对？" value={comment} onChange={(e) => setComment(e.target.value)} required />
      <button type="submit" disabled={result.fetching}>
        提交标记
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        取消
      </button>
      <ErrorText error={result.error} />
    </form>
  );
}
