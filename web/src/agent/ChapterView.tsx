import { useQuery } from 'urql';
import { ErrorText } from '../common/ErrorText';
import { graphql } from '../gql';
import { useView } from '../shell/context';
import { VersionHeader } from './VersionHeader';

const ChapterQuery = graphql(`
  query AgentChapter($id: ID!, $asOf: DateTime) {
    chapter(id: $id, asOf: $asOf) {
      id
      number
      title
      inForce {
        id
        title
        versionNumber
        effectiveFrom
        phase(asOf: $asOf)
        underReview
        sections {
          number
          heading
          body
        }
      }
    }
  }
`);

export function ChapterView({ id }: { id: string }) {
  const { asOf } = useView();
  const [{ data, error }] = useQuery({ query: ChapterQuery, variables: { id, asOf } });
  const chapter = data?.chapter;
  if (!chapter) return <ErrorText error={error} />;
  return (
    <>
      <VersionHeader title={`第${chapter.number}章 ${chapter.inForce?.title ?? chapter.title}`} version={chapter.inForce} />
      {chapter.inForce?.sections.map((s) => (
        <section key={s.number}>
          <h3>{s.heading}</h3>
          <p className="pre">{s.body}</p>
        </section>
      ))}
    </>
  );
}
