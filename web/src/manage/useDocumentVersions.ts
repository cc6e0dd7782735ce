import { useQuery } from 'urql';
import { graphql } from '../gql';

const Versions = graphql(`
  query DocumentVersionList($id: ID!, $chapter: Boolean!, $script: Boolean!, $standard: Boolean!, $flow: Boolean!) {
    chapter(id: $id) @include(if: $chapter) {
      versions(first: 50) {
        ...VersionChoices
      }
    }
    script(id: $id) @include(if: $script) {
      versions(first: 50) {
        ...VersionChoices
      }
    }
    standard(id: $id) @include(if: $standard) {
      versions(first: 50) {
        ...VersionChoices
      }
    }
    flows(first: 100) @include(if: $flow) {
      edges {
        node {
          id
          versions(first: 20) {
            ...VersionChoices
          }
        }
      }
    }
  }

  fragment VersionChoices on DocumentVersionConnection {
    edges {
      node {
        id
        versionNumber
        phase
        status
      }
    }
  }
`);

export interface VersionChoice {
  id: string;
  versionNumber: number;
  phase: string;
  status: string;
}

/** Every version of one document, newest first as the API lists them. */
export function useDocumentVersions(documentId: string, kind: string): VersionChoice[] {
  const [{ data }] = useQuery({
    query: Versions,
    variables: { id: documentId, chapter: kind === 'CHAPTER', script: kind === 'SCRIPT', standard: kind === 'STANDARD', flow: kind === 'FLOW' },
  });
  // flows are read by code only, so a flow's versions come from the list of flows
  const connection = data?.chapter?.versions ?? data?.script?.versions ?? data?.standard?.versions ?? data?.flows?.edges.find((e) => e.node.id === documentId)?.node.versions;
  return connection?.edges.map((e) => e.node) ?? [];
}
