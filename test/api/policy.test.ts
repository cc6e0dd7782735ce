import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchema } from '../../src/graphql/schema.js';
import { ACTIONS, type Action, POLICIES, policyMatrix } from '../../src/policies/policy.js';
import { ROLES } from '../../src/shared/actor.js';
import { type Person, startTestApp, type TestApp } from '../support/harness.js';

// The policy table (src/policies/policy.ts) is the one answer to "who may do what": this prints it,
// and checks every mutation of the schema against it over HTTP, as each role and anonymously.

/** The action each query and mutation is guarded by, as its @Allow declares it. */
function actionsByField(): Map<string, Action> {
  const storage = getMetadataStorage();
  const action = (target: object, methodName: string) => storage.authorizedFields.find((a) => a.target === target && a.fieldName === methodName)?.roles[0] as Action | undefined;
  const out = new Map<string, Action>();
  for (const handler of [...storage.queries, ...storage.mutations]) {
    const found = action(handler.target, handler.methodName);
    if (found) out.set(handler.schemaName, found);
  }
  return out;
}

/** The smallest value the type accepts: every required field, nothing optional. */
function sample(type: GraphQLInputType): unknown {
  if (!isNonNullType(type)) return undefined;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(Object.values(inner.getFields()).flatMap((f) => (isNonNullType(f.type) ? [[f.name, sample(f.type)]] : [])));
  }
  if (isScalarType(inner)) return ({ ID: randomUUID(), String: 'x', Int: 1, Float: 1, Boolean: false, DateTime: '2030-01-01T00:00:00Z', JSON: {} } as Record<string, unknown>)[inner.name];
  throw new Error(`no sample for ${String(inner)}`);
}

function request(field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter((a) => isNonNullType(a.type));
  const variables = Object.fromEntries(args.map((a) => [a.name, sample(a.type)]));
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return { query: `mutation${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`, variables };
}

const PERSON_OF = { AGENT: 'agent', PROCESS_MANAGER: 'manager', APPROVER: 'approver', ADMIN: 'admin' } as const satisfies Record<(typeof ROLES)[number], Person>;

let app: TestApp;
let mutations: GraphQLField<unknown, unknown>[];
let queries: GraphQLField<unknown, unknown>[];
const guarded = actionsByField();
beforeAll(async () => {
  app = await startTestApp({ seed: true });
  const schema = await appSchema();
  mutations = Object.values(schema.getMutationType()!.getFields());
  queries = Object.values(schema.getQueryType()!.getFields());
});
afterAll(() => app.close());

describe('the policy table', () => {
  it('prints as a role × action matrix', () => {
    const matrix = policyMatrix();
    const rows = ACTIONS.map((action) => `${action.padEnd(24)}${ROLES.map((role) => (matrix[action][role] ? '  yes' : '   — ').padEnd(17)).join('')}${POLICIES[action].description}`);
    console.log(['policy'.padEnd(24) + ROLES.map((r) => r.padEnd(17)).join(''), ...rows].join('\n'));
    expect(Object.values(matrix).every((byRole) => Object.values(byRole).some(Boolean))).toBe(true);
  });

  it('guards every query and mutation with one of its actions (only `me` answers anyone)', () => {
    const unguarded = [...queries, ...mutations].map((f) => f.name).filter((name) => name !== 'me' && !guarded.has(name));
    expect(unguarded).toEqual([]);
    for (const action of guarded.values()) expect(ACTIONS).toContain(action);
    console.log([...mutations].map((m) => `${m.name.padEnd(22)} ${guarded.get(m.name)} → ${POLICIES[guarded.get(m.name)!].roles.join(', ')}`).join('\n'));
  });

  it('is what every mutation answers over HTTP, to every role and to nobody', async () => {
    const seen: string[] = [];
    for (const mutation of mutations) {
      const action = guarded.get(mutation.name)!;
      const { query, variables } = request(mutation);
      const anonymous = await app.gql(null, query, variables);
      expect(anonymous.errors?.[0]?.extensions.code, `${mutation.name} anonymously`).toBe('UNAUTHENTICATED');
      for (const role of ROLES) {
        const result = await app.gql(PERSON_OF[role], query, variables);
        const code = result.errors?.[0]?.extensions.code ?? 'ok';
        const allowed = (POLICIES[action].roles as readonly string[]).includes(role);
        if (allowed) expect(['FORBIDDEN', 'UNAUTHENTICATED', 'INTERNAL_SERVER_ERROR'], `${mutation.name} as ${role}: ${JSON.stringify(result.errors)}`).not.toContain(code);
        else expect(code, `${mutation.name} as ${role}`).toBe('FORBIDDEN');
        seen.push(`${mutation.name}/${role}`);
      }
    }
    expect(seen.length).toBe(mutations.length * ROLES.length);
  });
});
