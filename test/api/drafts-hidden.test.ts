import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_CHAPTER, CREATE_DRAFT, publishedChapter, UPDATE_DRAFT, type V } from '../support/chapters.js';
import { CREATE_SCRIPT_DRAFT, CREATE_STANDARD_DRAFT, newScript, newStandard, release, UPDATE_SCRIPT, UPDATE_STANDARD } from '../support/documents.js';
import { CREATE_FLOW, CREATE_FLOW_DRAFT, publishedFlow, registerMap, UPDATE_FLOW, validGraph } from '../support/flows.js';
import { codeOf, onPostgres, startTestApp, type TestApp } from '../support/harness.js';

// Every draft below carries SECRET in its code, title or words; no answer to an agent may contain it.
const SECRET = 'SECRET';
let app: TestApp;
const drafts: V[] = [];
const published: V[] = [];
const draftOnly: Record<string, V> = {};

const secretGraph = () => {
  const g = validGraph();
  g.nodes[1]!.requirement = `${SECRET} 要求`;
  return g;
};

beforeAll(async () => {
  app = await startTestApp();
  await registerMap(app);

  // A published document of each kind with an open draft that rewrites it…
  const chapter = await publishedChapter(app);
  const chapterDraft = (await app.ok('manager', CREATE_DRAFT, { input: { chapterId: chapter.documentId, changeNote: SECRET } })).createChapterDraft.version;
  drafts.push(
    (await app.ok('manager', UPDATE_DRAFT, { input: { versionId: chapterDraft.id, expectedRevision: chapterDraft.revision, title: SECRET, sections: [{ number: 1, heading: SECRET, body: SECRET }] } }))
      .updateChapterDraft.version,
  );

  const flow = await publishedFlow(app, ['AAA1102']);
  const flowId = (await app.ok('agent', `{ flow(code: "${flow.code}") { id } }`)).flow.id;
  const flowDraft = (await app.ok('manager', CREATE_FLOW_DRAFT, { input: { flowId, changeNote: SECRET } })).createFlowDraft.version;
  drafts.push(
    (await app.ok('manager', UPDATE_FLOW, { input: { versionId: flowDraft.id, expectedRevision: flowDraft.revision, title: SECRET, graph: secretGraph(), touchpointCodes: ['AAA1102', 'ACA1102'] } }))
      .updateFlowDraft.version,
  );

  const script = await release(app, await newScript(app));
  const scriptDraft = (await app.ok('manager', CREATE_SCRIPT_DRAFT, { input: { scriptId: script.documentId, changeNote: SECRET } })).createScriptDraft.version;
  drafts.push((await app.ok('manager', UPDATE_SCRIPT, { input: { versionId: scriptDraft.id, expectedRevision: scriptDraft.revision, title: SECRET, text: `${SECRET} {agentId}` } })).updateScriptDraft.version);

  const standard = await release(app, await newStandard(app));
  const standardDraft = (await app.ok('manager', CREATE_STANDARD_DRAFT, { input: { standardId: standard.documentId, changeNote: SECRET } })).createStandardDraft.version;
  drafts.push((await app.ok('manager', UPDATE_STANDARD, { input: { versionId: standardDraft.id, expectedRevision: standardDraft.revision, title: SECRET, commitment: SECRET } })).updateStandardDraft.version);
  published.push(chapter, flow.version, script, standard);

  // …and a document of each kind that has never been published.
  draftOnly.CHAPTER = (await app.ok('manager', CREATE_CHAPTER, { input: { number: 99, title: SECRET, sections: [{ heading: SECRET, body: SECRET }], changeNote: SECRET } })).createChapter.version;
  draftOnly.FLOW = (
    await app.ok('manager', CREATE_FLOW, {
      input: { code: `QRY-${SECRET}`, title: SECRET, type: 'KNOWLEDGE', flowClass: 'QUERY', graph: secretGraph(), touchpointCodes: ['ADA1205'], changeNote: SECRET },
    })
  ).createFlow.version;
  draftOnly.SCRIPT = await newScript(app, { code: SECRET.toLowerCase(), title: SECRET, text: `${SECRET} {agentId}`, changeNote: SECRET });
  draftOnly.STANDARD = await newStandard(app, { code: `${SECRET.toLowerCase()}-std`, title: SECRET, commitment: SECRET, changeNote: SECRET });
  drafts.push(...Object.values(draftOnly));
});
afterAll(() => app.close());

const SPECIFIC = {
  Chapter: `sections { heading body }`,
  Flow: `mermaid touchpoints { code } graph { nodes { label requirement } }`,
  Script: `text placeholders { name }`,
  Standard: `commitment values { grade value }`,
};
type Kind = keyof typeof SPECIFIC;
/** the fields of a version of `kind`, or of any kind where the field is the DocumentVersion interface */
const versionFields = (kind?: Kind) =>
  `id status title changeNote ${(kind ? [kind] : (Object.keys(SPECIFIC) as Kind[])).map((k) => `... on ${k}Version { ${SPECIFIC[k]} }`).join(' ')}`;
const VERSION_FIELDS = versionFields();
const documentFields = (kind: Kind) => `id title inForce { ${versionFields(kind)} } versions(first: 5) { totalCount edges { node { ${VERSION_FIELDS} } } }`;

const AGENT_QUERIES: [string, string][] = [
  ['handbook', `{ handbook(asOf: "2030-01-01T00:00:00Z") { chapters { id number title inForce { ${versionFields('Chapter')} } versions(first: 5) { totalCount edges { node { ${VERSION_FIELDS} } } } } } }`],
  ['flows', `{ flows(first: 20, asOf: "2030-01-01T00:00:00Z") { totalCount edges { node { code ${documentFields('Flow')} } } } }`],
  ['scripts', `{ scripts(first: 20, asOf: "2030-01-01T00:00:00Z") { totalCount edges { node { code ${documentFields('Script')} } } } }`],
  ['standards', `{ standards(first: 20, asOf: "2030-01-01T00:00:00Z") { totalCount edges { node { code ${documentFields('Standard')} } } } }`],
  ['inForce', `{ inForce(asOf: "2030-01-01T00:00:00Z") { ${VERSION_FIELDS} } }`],
  ['touchpoints', `{ a: touchpoint(code: "ACA1102") { flow { code title inForce { ${versionFields('Flow')} } } } b: touchpoint(code: "ADA1205") { flow { code title } } }`],
  [
    'touchpointMap',
    `{ touchpointMap(asOf: "2030-01-01T00:00:00Z") { rows { cells { entries { touchpoint { code flow { code title } } } } } gaps { touchpointsWithoutFlow { code } flowsWithoutTouchpoints { code title } } } }`,
  ],
];

describe('agents never see a draft, of any kind, through any field', () => {
  it.each(AGENT_QUERIES)('%s', async (name, query) => {
    const res = await app.gql('agent', query);
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res.data)).not.toMatch(new RegExp(SECRET, 'i'));
    // the manager asking the same sees the drafts: the query does reach them
    if (!['inForce', 'touchpoints', 'touchpointMap'].includes(name)) expect(JSON.stringify((await app.gql('manager', query)).data)).toMatch(new RegExp(SECRET, 'i'));
  });

  it('lists only published versions in every document’s versions', async () => {
    const { scripts } = await app.ok('agent', `{ scripts(first: 20) { edges { node { versions(first: 5) { totalCount edges { node { status } } } } } } }`);
    expect(scripts.edges).toHaveLength(1);
    expect(scripts.edges[0].node.versions).toEqual({ totalCount: 1, edges: [{ node: { status: 'PUBLISHED' } }] });
  });

  it('documentVersion is null and diffVersions NOT_FOUND for every draft', async () => {
    for (const draft of drafts) {
      expect((await app.ok('agent', `{ documentVersion(id: "${draft.id}") { id } }`)).documentVersion).toBeNull();
    }
    for (const [i, p] of published.entries()) {
      const diff = await app.gql('agent', `{ diffVersions(fromVersionId: "${p.id}", toVersionId: "${drafts[i]!.id}") { sections { heading } } }`);
      expect(codeOf(diff)).toBe('NOT_FOUND');
    }
  });

  it.skipIf(onPostgres)('search does not correct a mistyped code into the code of a document that exists only as a draft', async () => {
    await newScript(app, { code: 'merger2027', title: '合并草稿', changeNote: '起草' });
    const query = `query($f: SearchFilter) { search(query: "merger2028", filter: $f) { totalCount interpretedAs } }`;
    expect((await app.ok('agent', query)).search).toEqual({ totalCount: 0, interpretedAs: 'merger2028' });
    const asked = (await app.ok('manager', query, { f: { statuses: ['DRAFT'] } })).search;
    expect(asked.interpretedAs).toBe('merger2028 / merger2027');
    expect(asked.totalCount).toBe(1);
  });

  it('the single-document queries answer null for a never-published document', async () => {
    const res = await app.ok(
      'agent',
      `{ chapter(id: "${draftOnly.CHAPTER!.documentId}") { id } flow(code: "QRY-${SECRET}") { id } script(id: "${draftOnly.SCRIPT!.documentId}") { id } standard(id: "${draftOnly.STANDARD!.documentId}") { id } }`,
    );
    expect(res).toEqual({ chapter: null, flow: null, script: null, standard: null });
    expect(codeOf(await app.gql('agent', `{ renderScript(id: "${draftOnly.SCRIPT!.documentId}", values: [{ name: "agentId", value: "1" }]) { text } }`))).toBe('NOT_FOUND');
  });
});

describe('nested script and standard lists', () => {
  const NESTED = `{
    scripts(first: 100) { edges { node { code title owner { name } inForce { author { name } approvedBy { name } ... on ScriptVersion { text placeholders { name } } } versions(first: 5) { totalCount edges { node { versionNumber author { name } } } } } } }
    standards(first: 100) { edges { node { code title owner { name } inForce { author { name } ... on StandardVersion { values { grade value } } } versions(first: 5) { totalCount edges { node { versionNumber } } } } } }
  }`;

  it('keep a constant SQL statement count as documents and versions are added', async () => {
    const count = async () => {
      const { statements, data } = await app.fewestStatements('manager', NESTED);
      return { statements, documents: data.scripts.edges.length + data.standards.edges.length };
    };
    const small = await count();
    for (let i = 0; i < 3; i++) {
      const s = await release(app, await newScript(app));
      const d = (await app.ok('manager', CREATE_SCRIPT_DRAFT, { input: { scriptId: s.documentId, changeNote: '修订' } })).createScriptDraft.version;
      await release(app, d, "2026-02-01T00:00:00Z");
      await release(app, await newStandard(app));
    }
    const large = await count();
    expect(large.documents).toBe(small.documents + 6);
    expect(large.statements).toBe(small.statements);
  });
});
