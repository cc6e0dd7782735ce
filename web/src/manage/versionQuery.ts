import { graphql } from '../gql';

/** One version, whatever its kind, with what the editor and the review screens show. */
export const VersionQuery = graphql(`
  query ManagedVersion($id: ID!) {
    documentVersion(id: $id) {
      __typename
      id
      documentId
      kind
      title
      versionNumber
      status
      phase
      revision
      changeNote
      effectiveFrom
      effectiveTo
      underReview
      basedOnVersionId
      updatedAt
      author {
        id
        name
      }
      approvedBy {
        name
      }
      submittedAt
      submittedBy {
        name
      }
      rejections {
        at
        reason
        by {
          name
        }
      }
      ... on ChapterVersion {
        sections {
          number
          heading
          body
        }
      }
      ... on ScriptVersion {
        text
        placeholders {
          name
          description
        }
      }
      ... on StandardVersion {
        commitment
        values {
          grade
          value
        }
      }
      ... on FlowVersion {
        inputs
        outputs
        touchpoints {
          code
        }
        graph {
          nodes {
            key
            type
            label
            post
            requirement
            timeLimit
          }
          edges {
            from
            to
            label
          }
        }
      }
    }
  }
`);
