import {
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchema } from '../../src/graphql/schema.js';
import { CREATE_CHAPTER } from '../support/chapters.js';
import { CREATE_SCRIPT_DRAFT, newScript, newStandard, release, UPDATE_SCRIPT } from '../support/documents.js';
import { CREATE_FLOW, registerMap, validGraph } from '../support/flows.js';
import { startTestApp, type TestApp } from '../support/harness.js';

// Every field of Query, asked as an agent and anonymously with every argument filled from the
// hidden content's ids and codes: the markers written only into drafts never come back, and
// nothing answers INTERNAL_SERVER_ERROR. New modules' fields are walked without being listed.

const MARKER = 'HIDDENMARKER';
let app: TestApp;
const ids: string[] = [];
const codes: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  await registerMap(app).catch(() => undefined);
  const chapter = (await app.ok('manager', CREATE_CHAPTER, { input: { number: 98, title: MARKER, sections: [{ heading: MARKER, body: MARKER }], changeNote: MARKER } })).createChapter.version;
  const flow = (
    await app.ok('manager', CREATE_FLOW, { input: { code: `QRY-${MARKER}`, title: MARKER, type: 'KNOWLEDGE', flowClass: 'QUERY', graph: validGraph(), touchpointCodes: [], changeNote: MARKER } })
  ).createFlow.version;
  const script = await newScript(app, { code: MARKER.toLowerCase(), title: MARKER, text: `${MARKER} {agentId}`, changeNote: MARKER });
  const standard = await newStandard(app, { code: `${MARKER.toLowerCase()}-std`, title: MARKER, commitment: MARKER, changeNote: MARKER });
  const published = await release(app, await newScript(app, { code: 'walk-published' }));
  const draft = (await app.ok('manager', CREATE_SCRIPT_DRAFT, { input: { scriptId: published.documentId, changeNote: MARKER } })).createScriptDraft.version;
  await app.ok('manager', UPDATE_SCRIPT, { input: { versionId: draft.id, expectedRevision: draft.revision, title: MARKER, text: `${MARKER} {agentId}` } });
  for (const v of [chapter, flow, script, standard, draft]) ids.push(v.id, v.documentId);
  codes.push(`QRY-${MARKER}`, MARKER.toLowerCase(), `${MARKER.toLowerCase()}-std`, 'walk-published', 'AAA1102', MARKER);
}, 180_000);
afterAll(() => app.close());

/** A value for an argument of `type`, the n-th of its candidates; undefined when there is none. */
function argument(type: GraphQLType, n: number, name: string): string | undefined {
  const t = getNullableType(type);
  if (isListType(t)) {
    const inner = argument(t.ofType, n, name);
    return inner === undefined ? undefined : `[${inner}]`;
  }
  if (isEnumType(t)) return t.getValues()[n % t.getValues().length]!.name;
  if (isInputObjectType(t)) return undefined;
  if (isScalarType(t)) {
    if (t.name === 'ID') return JSON.stringify(ids[n % ids.length]);
    if (t.name === 'String') return JSON.stringify(/code|query|prefix|question/i.test(name) ? codes[n % codes.length] : 'walk');
    if (t.name === 'DateTime') return JSON.stringify('2030-01-01T00:00:00Z');
    if (t.name === 'Int') return name === 'first' ? '5' : name === 'year' ? '2026' : '1';
    if (t.name === 'Boolean') return 'true';
  }
  return undefined;
}

/** The leaves of `type` (and, `depth` levels down, of what it links to), with arguments filled. */
function selection(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (isAbstractType(type)) {
    return `{ __typename ${schemaTypes.getPossibleTypes(type).map((t) => `... on ${t.name} ${selection(t, depth)}`).join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    const args = fieldArgs(field, 0);
    if (args === null) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(`${field.name}${args}`);
    else if (depth > 0) parts.push(`${field.name}${args} ${selection(inner, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** `(a: …, b: …)` for the field's arguments, every required one filled (null when one cannot be). */
function fieldArgs(field: GraphQLField<unknown, unknown>, n: number): string | null {
  const filled: string[] = [];
  for (const arg of field.args) {
    const value = argument(arg.type, n, arg.name);
    if (value === undefined) {
      if (isNonNullType(arg.type)) return null;
      continue;
    }
    if (isNonNullType(arg.type) || ['first', 'asOf', 'id', 'code', 'query'].includes(arg.name)) filled.push(`${arg.name}: ${value}`);
  }
  return filled.length ? `(${filled.join(', ')})` : '';
}

let schemaTypes: Awaited<ReturnType<typeof appSchema>>;

describe('every Query field, as an agent and anonymously', () => {
  it('never returns a marker written only into hidden content, and never INTERNAL_SERVER_ERROR', { timeout: 300_000 }, async () => {
    schemaTypes = await appSchema();
    const fields = Object.values(schemaTypes.getQueryType()!.getFields());
    let asked = 0;
    const outcomes: Record<string, number> = {};
    for (const field of fields) {
      for (let n = 0; n < Math.max(ids.length, codes.length); n++) {
        const args = fieldArgs(field, n);
        if (args === null) continue;
        const query = `{ ${field.name}${args} ${selection(getNamedType(field.type), 2)} }`;
        for (const who of ['agent', null] as const) {
          const res = await app.gql(who, query);
          asked++;
          const code = res.errors?.[0]?.extensions.code ?? 'ok';
          outcomes[code] = (outcomes[code] ?? 0) + 1;
          // error messages, and fields such as interpretedAs, repeat what was asked: that aside, the data never holds what only drafts hold
          const echoed = [...query.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
          const data = echoed.reduce((text, value) => text.split(value).join(''), JSON.stringify(res.data ?? null)).replace(/"interpretedAs":"[^"]*"/g, '');
          const at = data.toLowerCase().indexOf(MARKER.toLowerCase());
          expect(at < 0 ? '' : data.slice(Math.max(0, at - 300), at + 100), `${who ?? 'anonymous'}: ${query.slice(0, 300)}`).toBe('');
          expect(code, `${who ?? 'anonymous'}: ${query} → ${JSON.stringify(res.errors)}`).not.toBe('INTERNAL_SERVER_ERROR');
          if (who === null && field.name !== 'me') expect(res.data?.[field.name] ?? null).toBeNull();
        }
        // a field without arguments to vary is asked once
        if (!field.args.some((a) => argument(a.type, 0, a.name) !== undefined)) break;
      }
    }
    console.log(`schema walk: ${fields.length} Query fields, ${asked} requests: ${JSON.stringify(outcomes)}`);
    expect(asked).toBeGreaterThan(fields.length * 2);
    expect(outcomes.ok).toBeGreaterThan(fields.length / 2);
  });
});
