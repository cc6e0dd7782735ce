import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useView } from '../shell/context';

const ServingFlow = graphql(`
  query TouchpointFlow($code: String!, $asOf: DateTime) {
    touchpoint(code: $code, asOf: $asOf) {
      code
      business {
        name
      }
      flow {
        code
        title
      }
    }
  }
`);

/** Before anything is typed: the flow that serves the chosen touchpoint, one key away. */
export function TouchpointFlow({ onOpen }: { onOpen(flow: { code: string; title: string }): void }) {
  const { asOf, touchpoint } = useView();
  const [{ data }] = useQuery({ query: ServingFlow, variables: { code: touchpoint.code ?? '', asOf }, pause: !touchpoint.code });
  const served = touchpoint.code ? data?.touchpoint : null;
  if (!served) return null;
  return (
    <p className="serving-flow">
      接触点 {served.code}（{served.business?.name ?? '—'}）的服务流程：
      {served.flow ? (
        <button type="button" className="link" onClick={() => served.flow && onOpen(served.flow)}>
          {served.flow.code} {served.flow.title}
        </button>
      ) : (
        <span className="warn">尚无流程（流程缺口）</span>
      )}
    </p>
  );
}
