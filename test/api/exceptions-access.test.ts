import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, issueToken } from '../../src/modules/auth/auth.service.js';
import { escalate } from '../../src/modules/exceptions/escalation.js';
import { ExceptionRow } from '../../src/modules/exceptions/exception.entity.js';
import { systemActor } from '../../src/shared/actor.js';
import { onPostgres, startTestApp, type TestApp } from '../support/harness.js';

// Exceptions join people, searches, versions and escalations; walking every field reachable from
// them, an agent must meet no draft, no other agent's search and nobody's escalation recipients.

const SECRET = 'SECRET';
const HIDDEN_STATUSES = ['DRAFT', 'IN_REVIEW'];
let app: TestApp;
let selection: string;

interface IntrospectedType {
  name: string;
  kind: string;
  fields: { name: string; args: { type: { kind: string } }[]; type: TypeRef }[] | null;
}
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);

/**
 * Every field of a type that needs no argument, objects followed `depth` levels down — but a
 * user's tokens, which are refused outright to all but admins (test/api/access.test.ts).
 */
function selectAll(types: Map<string, IntrospectedType>, typeName: string, depth: number): string {
  const type = types.get(typeName)!;
  const parts = ['__typename'];
  for (const field of type.fields ?? []) {
    if (field.args.some((a) => a.type.kind === 'NON_NULL') || field.name === 'tokens') continue;
    const target = named(field.type);
    if (target.kind === 'SCALAR' || target.kind === 'ENUM') parts.push(field.name);
    else if ((target.kind === 'OBJECT' || target.kind === 'INTERFACE') && depth > 0) {
      // a connection's edges and nodes are one step of the walk, not three
      const inner = selectAll(types, target.name!, /(Connection|Edge)$/.test(target.name!) ? depth : depth - 1);
      if (inner !== '__typename') parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

async function as(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data: any; errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[] };
}

/** Every object in a response, with its path. */
function* objects(value: unknown, path = '$'): Generator<[Record<string, any>, string]> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* objects(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    yield [value as Record<string, any>, path];
    for (const [k, v] of Object.entries(value)) yield* objects(v, `${path}.${k}`);
  }
}

/** Everything reachable from every exception the reader can list, one exception at a time (within the cost limit). */
async function everything(token: string) {
  const listed = await as(token, `{ exceptions(first: 50) { edges { node { id } } } cases(first: 20) { edges { node { exception { id } } } } search(query: "金星漫游套餐") { exceptions { id } } }`);
  const ids = new Set<string>([
    ...listed.data.exceptions.edges.map((e: any) => e.node.id),
    ...listed.data.cases.edges.map((e: any) => e.node.exception.id),
    ...listed.data.search.exceptions.map((e: any) => e.id),
  ]);
  const results = [];
  for (const id of ids) results.push(await as(token, `query($id: ID!) { exception(id: $id) { ${selection} } }`, { id }));
  return { data: results.map((r) => r.data), errors: results.flatMap((r) => r.errors ?? []) };
}

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  app.clock.set('2026-03-16T10:00:00+08:00');
  const system = systemActor(app.clock);
  const other = await createUser(app.db, system, { name: 'other-agent', role: 'AGENT' });
  await issueToken(app.db, system, { userId: other.id, label: 'test', token: 'token-other-agent' });

  // a draft of the flow serving the touchpoint the exceptions come from, carrying SECRET
  const { flow } = await app.ok<any>('manager', `{ flow(code: "QRY-CALL-FORWARD") { id inForce { id } } }`);
  const flowId = flow.id;
  await app.ok('manager', `mutation($i: CreateFlowDraftInput!) { createFlowDraft(input: $i) { version { id } } }`, { i: { flowId, changeNote: SECRET } });

  const raiseFrom = async (token: string, query: string) => {
    const { search } = (await as(token, `query($q: String!) { search(query: $q) { queryId } }`, { q: query })).data;
    return (await as(token, `mutation($i: RaiseExceptionInput!) { raiseException(input: $i) { exception { id } } }`, { i: { queryId: search.queryId, touchpointCode: 'AAA1201' } })).data
      .raiseException.exception.id as string;
  };
  await raiseFrom('token-agent', '金星漫游套餐怎么开通');
  const theirs = await raiseFrom('token-other-agent', '金星漫游套餐资费多少');
  const merged = await raiseFrom('token-other-agent', '金星漫游套餐资费是多少钱');
  await app.ok('manager', `mutation($i: ResolveExceptionInput!) { resolveException(input: $i) { exception { id } } }`, { i: { exceptionId: merged, mergedIntoId: theirs } });
  await as('token-other-agent', `mutation($i: FlagVersionInput!) { flagVersion(input: $i) { exception { id } } }`, { i: { versionId: flow.inForce.id, reason: 'MISSING_STEP', comment: '金星漫游没有写' } });
  const resolved = await raiseFrom('token-other-agent', '金星漫游套餐能不能呼叫转移');
  await app.ok('manager', `mutation($i: AnswerExceptionInput!) { answerException(input: $i) { exception { id } } }`, { i: { exceptionId: resolved, answer: '金星漫游套餐可以设置呼叫转移。' } });
  await app.ok('manager', `mutation($i: ResolveExceptionInput!) { resolveException(input: $i) { exception { id } } }`, { i: { exceptionId: resolved, resolvedByVersionId: flow.inForce.id } });
  await app.ok('manager', `mutation($i: KeepAsCaseInput!) { keepAsCase(input: $i) { case { id } } }`, { i: { exceptionId: resolved } });

  // two days on, the open ones have climbed the ladder
  app.clock.set('2026-03-18T12:00:00+08:00');
  for (const row of await app.db.dataSource.getRepository(ExceptionRow).find()) await escalate(app.db, app.clock, row.id);

  const { __schema } = await app.ok<any>('admin', `{ __schema { types { name kind fields { name args { type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`);
  const types = new Map<string, IntrospectedType>(__schema.types.map((t: IntrospectedType) => [t.name, t]));
  selection = selectAll(types, 'KnowledgeException', 3);
});
afterAll(() => app.close());

describe.skipIf(onPostgres)('what agents see through exceptions', () => {
  it('walks every field and finds no draft, no other agent’s search and no recipients', async () => {
    const result = await everything('token-agent');
    expect(result.errors).toEqual([]);
    const seen = { exceptions: 0, versions: 0, escalations: 0 };
    for (const [object, path] of objects(result.data)) {
      if (object.__typename === 'KnowledgeException') {
        seen.exceptions++;
        if (object.fromQuery) expect(object.raisedBy.id, path).toBe(app.users.agent.id);
      }
      if (object.__typename === 'Escalation') {
        seen.escalations++;
        expect(object.recipients, path).toBeNull();
      }
      if ('status' in object && object.__typename?.endsWith('Version')) {
        seen.versions++;
        expect(HIDDEN_STATUSES, path).not.toContain(object.status);
      }
    }
    expect(JSON.stringify(result.data)).not.toContain(SECRET);
    // the walk reached what it checks
    expect(seen.exceptions).toBeGreaterThanOrEqual(5);
    expect(seen.versions).toBeGreaterThan(0);
    expect(seen.escalations).toBeGreaterThan(0);
  });

  it('shows the editorial roles what agents do not see, so the walk above would catch a leak', async () => {
    const result = await everything('token-approver');
    const all = [...objects(result.data)].map(([o]) => o);
    const exceptions = all.filter((o) => o.__typename === 'KnowledgeException');
    expect(exceptions.some((e) => e.fromQuery && e.raisedBy.id !== app.users.agent.id)).toBe(true);
    expect(all.some((o) => o.__typename === 'Escalation' && Array.isArray(o.recipients))).toBe(true);
    expect(all.some((o) => o.__typename?.endsWith('Version') && HIDDEN_STATUSES.includes(o.status))).toBe(true);
  });
});
