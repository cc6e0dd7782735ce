import fc from 'fast-check';
import { getNullableType, type GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchema } from '../../src/graphql/schema.js';
import { verifyAuditChain } from '../../src/modules/audit/audit.service.js';
import { startTestApp, type Person, type TestApp } from '../support/harness.js';

// Every mutation with inputs drawn at random from its argument types — valid values, edge values
// and garbage alike — by each role: never INTERNAL_SERVER_ERROR, and the audit chain verifies after.

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1200);
console.log(`mutations fuzz: fast-check seed ${SEED}, ${RUNS} cases (FC_SEED=${SEED} repeats them)`);

let app: TestApp;
const ids: string[] = [];
beforeAll(async () => {
  app = await startTestApp({ seed: true });
  const { flows } = await app.ok('manager', '{ flows(first: 5) { edges { node { id inForce { id documentId } } } } }');
  for (const e of flows.edges) ids.push(e.node.id, e.node.inForce?.id, e.node.inForce?.documentId);
}, 180_000);
afterAll(() => app.close());

const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('', ' ', '呼叫转移', 'AAA1102', 'QRY-BALANCE', '{agentId}', '9'.repeat(300), '\u0000', '<script>'), fc.string({ unit: 'grapheme', maxLength: 40 }));
const instant = fc.oneof(
  fc.date({ min: new Date('1960-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-02-31T00:00:00Z', '9999-12-31T23:59:59-12:00', 'tomorrow', '2027-01-01T00:00:00+08:00'),
);

function value(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  const nullable = !isNonNullType(type);
  const t = getNullableType(type);
  let arb: fc.Arbitrary<unknown>;
  if (isListType(t)) arb = depth > 3 ? fc.constant([]) : fc.array(value(t.ofType, depth + 1), { maxLength: 4 });
  else if (isEnumType(t)) arb = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...t.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') });
  else if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields());
    arb = depth > 3 ? fc.constant({}) : fc.record(Object.fromEntries(fields.map((f) => [f.name, value(f.type, depth + 1)])), { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) });
  } else if (isScalarType(t) && t.name === 'ID') arb = fc.oneof(fc.constantFrom(...ids), fc.uuid(), text);
  else if (isScalarType(t) && t.name === 'Int') arb = fc.oneof(fc.integer({ min: -5, max: 120 }), fc.constantFrom(0, 2 ** 31 - 1, -(2 ** 31)));
  else if (isScalarType(t) && t.name === 'Float') arb = fc.double({ noNaN: true });
  else if (isScalarType(t) && t.name === 'Boolean') arb = fc.boolean();
  else if (isScalarType(t) && t.name === 'DateTime') arb = instant;
  else if (isScalarType(t) && t.name === 'JSON') arb = fc.jsonValue({ maxDepth: 2 });
  else arb = text;
  return nullable ? fc.option(arb, { nil: undefined, freq: 4 }) : arb;
}

describe('every mutation, fuzzed', () => {
  it('never answers INTERNAL_SERVER_ERROR, and leaves the audit chain intact', { timeout: 600_000 }, async () => {
    const schema = await appSchema();
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const people: Person[] = ['agent', 'manager', 'approver', 'admin'];
    const cases = fc.tuple(
      fc.constantFrom(...mutations).chain((m) => fc.tuple(fc.constant(m), fc.record(Object.fromEntries(m.args.map((a) => [a.name, value(a.type, 0)]))))),
      fc.constantFrom(...people),
    );
    const codes: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(cases, async ([[mutation, args], who]) => {
        const defs = mutation.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
        const call = mutation.args.map((a) => `${a.name}: $${a.name}`).join(', ');
        const query = `mutation${defs ? `(${defs})` : ''} { ${mutation.name}${call ? `(${call})` : ''} { __typename } }`;
        const res = await app.gql(who, query, args as Record<string, unknown>);
        const code = res.errors?.[0]?.extensions.code ?? 'ok';
        codes[code] = (codes[code] ?? 0) + 1;
        expect(code, `${who}: ${mutation.name} ${JSON.stringify(args).slice(0, 300)} → ${String(JSON.stringify(res.errors)).slice(0, 300)}`).not.toBe('INTERNAL_SERVER_ERROR');
        expect(res.status).toBeLessThan(500);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    console.log(`mutations fuzz: ${mutations.length} mutations, ${RUNS} cases: ${JSON.stringify(codes)}`);
    expect((await verifyAuditChain(app.db)).ok).toBe(true);
  });
});
