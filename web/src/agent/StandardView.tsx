import { useQuery } from 'urql';
import { ErrorText } from '../common/ErrorText';
import { graphql } from '../gql';
import { useView } from '../shell/context';
import { VersionHeader } from './VersionHeader';

const StandardQuery = graphql(`
  query AgentStandard($id: ID!, $asOf: DateTime, $touchpointCode: String) {
    standard(id: $id, asOf: $asOf, touchpointCode: $touchpointCode) {
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
        commitment
        values {
          grade
          value
        }
      }
    }
  }
`);

export function StandardView({ id }: { id: string }) {
  const { asOf, touchpoint } = useView();
  const [{ data, error }] = useQuery({ query: StandardQuery, variables: { id, asOf, touchpointCode: touchpoint.code } });
  const standard = data?.standard;
  if (!standard) return <ErrorText error={error} />;
  const version = standard.inForce;
  return (
    <>
      <VersionHeader title={version?.title ?? standard.title} code={standard.code} version={version} />
      {version && (
        <>
          <p>{version.commitment}</p>
          <table>
            <thead>
              <tr>
                <th>客户等级</th>
                <th>承诺</th>
              </tr>
            </thead>
            <tbody>
              {version.values.map((v) => (
                <tr key={v.grade}>
                  <td>{v.grade}</td>
                  <td>{v.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
