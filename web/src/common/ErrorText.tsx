import type { CombinedError } from 'urql';

/** The API's own message for a refused request (it names the field and the rule), in place. */
export function ErrorText({ error }: { error?: CombinedError | null }) {
  if (!error) return null;
  const messages = error.graphQLErrors.length ? error.graphQLErrors.map((e) => e.message) : [error.message];
  return (
    <p className="error" role="alert">
      {messages.join('；')}
    </p>
  );
}

/** The error code the API put on the first error (CONFLICT, NOT_FOUND…). */
export const codeOf = (error?: CombinedError | null): string | undefined => error?.graphQLErrors[0]?.extensions.code as string | undefined;
