import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: true });
});
afterAll(() => app.close());

const fieldOf = (res: { errors?: { extensions: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions.field;

describe('look-ups by what users know', () => {
  it('finds a chapter by number, a script and a standard by code, and each by id the same', async () => {
    const byKey = await app.ok('agent', `{ chapter(number: 3) { id number title } script(code: "greeting-standard") { id code } standard(code: "install-appointment") { id code } }`);
    expect(byKey.chapter).toMatchObject({ number: 3 });
    expect(byKey.script.code).toBe('greeting-standard');
    expect(byKey.standard.code).toBe('install-appointment');
    const byId = await app.ok('agent', `query($c: ID!, $s: ID!, $t: ID!) { chapter(id: $c) { number } script(id: $s) { code } standard(id: $t) { code } }`, {
      c: byKey.chapter.id,
      s: byKey.script.id,
      t: byKey.standard.id,
    });
    expect(byId).toEqual({ chapter: { number: 3 }, script: { code: 'greeting-standard' }, standard: { code: 'install-appointment' } });
  });

  it('answers null for a number or code that names nothing', async () => {
    expect(await app.ok('agent', `{ chapter(number: 99) { id } script(code: "no-such-script") { id } standard(code: "no-such") { id } }`)).toEqual({ chapter: null, script: null, standard: null });
  });

  it('refuses none or both of id and the known-by key, naming them', async () => {
    const none = await app.gql('agent', `{ script { id } }`);
    expect(codeOf(none)).toBe('BAD_USER_INPUT');
    expect(fieldOf(none)).toBe('id');
    const both = await app.gql('agent', `{ chapter(id: "x", number: 3) { id } }`);
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    expect(fieldOf(both)).toBe('number');
  });

  it('renders a script by code exactly as by id', async () => {
    const { script } = await app.ok('agent', `{ script(code: "greeting-standard") { id inForce { ... on ScriptVersion { placeholders { name } } } } }`);
    const values = script.inForce.placeholders.map((p: { name: string }) => ({ name: p.name, value: '1024' }));
    const Q = `query($id: ID, $code: String, $v: [PlaceholderValueInput!]!) { renderScript(id: $id, code: $code, values: $v) { text versionId } }`;
    const byCode = await app.ok('agent', Q, { code: 'greeting-standard', v: values });
    const byId = await app.ok('agent', Q, { id: script.id, v: values });
    expect(byCode).toEqual(byId);
    expect(codeOf(await app.gql('agent', Q, { code: 'no-such-script', v: [] }))).toBe('NOT_FOUND');
  });
});

describe('touchpoints(filter)', () => {
  it('lists the registered touchpoints of a channel, brand and business, by code, paginated', async () => {
    const Q = `query($f: TouchpointFilter, $after: String) { touchpoints(filter: $f, first: 2, after: $after) { totalCount edges { node { code channel brand businessCode } } pageInfo { hasNextPage endCursor } } }`;
    const { touchpoints } = await app.ok('agent', Q, { f: { channel: 'A', businessCode: '1201' } });
    expect(touchpoints.totalCount).toBeGreaterThan(2);
    const codes: string[] = touchpoints.edges.map((e: { node: { code: string } }) => e.node.code);
    expect(codes).toEqual([...codes].sort());
    for (const { node } of touchpoints.edges) expect(node).toMatchObject({ channel: 'A', businessCode: '1201' });
    const next = await app.ok('agent', Q, { f: { channel: 'A', businessCode: '1201' }, after: touchpoints.pageInfo.endCursor });
    expect(next.touchpoints.edges[0].node.code > codes[1]!).toBe(true);
  });
});

describe('a filter naming what the map does not have', () => {
  it.each([
    ['flows', `{ flows(filter: { touchpointCode: "AAA9999" }) { totalCount } }`, 'filter.touchpointCode'],
    ['scripts', `{ scripts(filter: { channel: "Z" }) { totalCount } }`, 'filter.channel'],
    ['standards', `{ standards(filter: { businessCode: "9999" }) { totalCount } }`, 'filter.businessCode'],
    ['search', `{ search(query: "余额", filter: { brands: ["A", "Q"] }) { totalCount } }`, 'filter.brands.1'],
    ['touchpoints', `{ touchpoints(filter: { brand: "Q" }) { totalCount } }`, 'filter.brand'],
    ['exceptions', `{ exceptions(filter: { touchpointCode: "AAA9999" }) { totalCount } }`, 'filter.touchpointCode'],
    ['similarOpenExceptions', `{ similarOpenExceptions(question: "余额", touchpointCode: "AAA9999") { id } }`, 'touchpointCode'],
  ])('%s is refused naming the field and the value', async (_name, query, field) => {
    const res = await app.gql('manager', query);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe(field);
    expect(res.errors![0]!.message).toMatch(/AAA9999|Z|9999|Q/);
  });
});

describe('a filter naming what the map has', () => {
  it('is looked up once: the same codes again cost no statement, while an unknown one is looked up every time and accepted once registered', async () => {
    const Q = `query($f: TouchpointFilter) { touchpoints(filter: $f) { totalCount } }`;
    const refused = () => app.gql('agent', Q, { f: { channel: 'Y' } });
    expect(fieldOf(await refused())).toBe('filter.channel');
    expect(fieldOf(await refused())).toBe('filter.channel');
    await app.ok('manager', `mutation { registerChannel(input: { code: "Y", name: "视频客服" }) { code } }`);
    const first = await app.statements('agent', Q, { f: { channel: 'Y', businessCode: '1201' } });
    const again = await app.statements('agent', Q, { f: { channel: 'Y', businessCode: '1201' } });
    expect(first.data).toEqual({ touchpoints: { totalCount: 0 } });
    expect(again.statements).toBe(first.statements - 2); // the channel's look-up and the business's
    expect(fieldOf(await app.gql('agent', Q, { f: { channel: 'Y', businessCode: '9998' } }))).toBe('filter.businessCode');
  });
});

describe('node(id)', () => {
  it('fetches a document, a version and an exception by id alone, each as its own type', async () => {
    const { flow, chapter, exceptions } = await app.ok('manager', `{ flow(code: "QRY-CALL-FORWARD") { id inForce { id } } chapter(number: 3) { id } exceptions(first: 1) { edges { node { id question } } } }`);
    const Q = `query($id: ID!) { node(id: $id) { __typename id ... on Flow { code } ... on Chapter { number } ... on FlowVersion { versionNumber } ... on KnowledgeException { question } } }`;
    expect((await app.ok('agent', Q, { id: flow.id })).node).toEqual({ __typename: 'Flow', id: flow.id, code: 'QRY-CALL-FORWARD' });
    expect((await app.ok('agent', Q, { id: chapter.id })).node).toEqual({ __typename: 'Chapter', id: chapter.id, number: 3 });
    expect((await app.ok('agent', Q, { id: flow.inForce.id })).node).toMatchObject({ __typename: 'FlowVersion', id: flow.inForce.id });
    const exception = exceptions.edges[0].node;
    expect((await app.ok('manager', Q, { id: exception.id })).node).toEqual({ __typename: 'KnowledgeException', id: exception.id, question: exception.question });
    expect((await app.ok('agent', Q, { id: '00000000-0000-4000-8000-000000000000' })).node).toBeNull();
  });

  it('answers null to an agent for a draft, as every other read does', async () => {
    const { createChapter } = await app.ok('manager', `mutation { createChapter(input: { number: 77, title: "草稿章", changeNote: "起草", sections: [{ heading: "一", body: "正文" }] }) { version { id documentId } } }`);
    const Q = `query($id: ID!) { node(id: $id) { __typename } }`;
    expect((await app.ok('agent', Q, { id: createChapter.version.id })).node).toBeNull();
    expect((await app.ok('agent', Q, { id: createChapter.version.documentId })).node).toBeNull();
    expect((await app.ok('manager', Q, { id: createChapter.version.id })).node).toEqual({ __typename: 'ChapterVersion' });
  });
});
