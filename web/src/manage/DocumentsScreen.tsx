import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorText } from '../common/ErrorText';
import { PhaseTag } from '../common/PhaseTag';
import { graphql } from '../gql';
import { KIND_LABEL, STATUS_LABEL } from '../labels';
import { useView } from '../shell/context';
import { ReviewQueue } from './ReviewQueue';

const Documents = graphql(`
  query ManagedDocuments($asOf: DateTime) {
    handbook(asOf: $asOf) {
      chapters {
        id
        number
        title
        versions(first: 20) {
          ...VersionRows
        }
      }
    }
    flows(asOf: $asOf, first: 100) {
      edges {
        node {
          id
          code
          title
          versions(first: 20) {
            ...VersionRows
          }
        }
      }
    }
    scripts(asOf: $asOf, first: 100) {
      edges {
        node {
          id
          code
          title
          versions(first: 20) {
            ...VersionRows
          }
        }
      }
    }
    standards(asOf: $asOf, first: 100) {
      edges {
        node {
          id
          code
          title
          versions(first: 20) {
            ...VersionRows
          }
        }
      }
    }
  }

  fragment VersionRows on DocumentVersionConnection {
    edges {
      node {
        id
        kind
        versionNumber
        status
        phase(asOf: $asOf)
        underReview
        title
      }
    }
  }
`);

interface Row {
  id: string;
  kind: string;
  label: string;
  versions: { id: string; versionNumber: number; status: string; phase: string; underReview: boolean }[];
}

/** Every document with its versions: where editors start a draft, review, publish or compare. */
export function DocumentsScreen() {
  const { asOf } = useView();
  const [{ data, error }] = useQuery({ query: Documents, variables: { asOf } });
  if (!data) return <ErrorText error={error} />;
  const versionsOf = (c: { edges: { node: Row['versions'][number] }[] }) => c.edges.map((e) => e.node);
  const rows: Row[] = [
    ...data.handbook.chapters.map((c) => ({ id: c.id, kind: 'CHAPTER', label: c.title, versions: versionsOf(c.versions) })),
    ...data.flows.edges.map(({ node }) => ({ id: node.id, kind: 'FLOW', label: `${node.code} ${node.title}`, versions: versionsOf(node.versions) })),
    ...data.scripts.edges.map(({ node }) => ({ id: node.id, kind: 'SCRIPT', label: `${node.code} ${node.title}`, versions: versionsOf(node.versions) })),
    ...data.standards.edges.map(({ node }) => ({ id: node.id, kind: 'STANDARD', label: `${node.code} ${node.title}`, versions: versionsOf(node.versions) })),
  ];
  return (
    <div className="manage">
      <ReviewQueue />
      <section>
        <h2>全部文档</h2>
        <table className="documents">
          <thead>
            <tr>
              <th>类型</th>
              <th>文档</th>
              <th>版本</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{KIND_LABEL[row.kind]}</td>
                <td>{row.label}</td>
                <td className="versions">
                  {row.versions.map((v) => (
                    <Link key={v.id} to={`/manage/versions/${v.id}`} title={STATUS_LABEL[v.status]}>
                      v{v.versionNumber} <PhaseTag phase={v.phase} underReview={v.underReview} />
                    </Link>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
