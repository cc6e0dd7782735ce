import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, deactivateUser, updateUser } from '../../src/modules/auth/auth.service.js';
import { ExceptionRow } from '../../src/modules/exceptions/exception.entity.js';
import { createException, type NewException } from '../../src/modules/exceptions/exceptions.service.js';
import { routeOwner } from '../../src/modules/exceptions/routing.js';
import { systemActor } from '../../src/shared/actor.js';
import { codeOf, onPostgres, startTestApp, type TestApp } from '../support/harness.js';

// What admins configure for the knowledge process (SLA policies, the work calendar), who owns a new
// exception, and the periodic review queue.

let app: TestApp;

const SET_POLICY = `mutation($i: SetSlaPolicyInput!) { setSlaPolicy(input: $i) { priority clock answerWithinMinutes resolveWithinMinutes revision ladder { level lateByMinutes recipient } defaultOwner { id } } }`;
const SET_DAY = `mutation($i: SetWorkCalendarDayInput!) { setWorkCalendarDay(input: $i) { date working name } }`;
const EXCEPTION = `query($id: ID!) { exception(id: $id) { id raisedAt answerDueAt resolutionDueAt ladder { level lateByMinutes } owner { id } } }`;
const AUDIT = `query($from: DateTime) { auditTrail(first: 100, filter: { from: $from }) { edges { node { action entityType entityId before after } } } }`;
const LADDER = [
  { level: 1, lateByMinutes: 0, recipient: 'OWNER_SUPERVISOR' },
  { level: 2, lateByMinutes: 60, recipient: 'QUALITY_MANAGER' },
];

const facts = (over: Partial<NewException> = {}): NewException => ({
  question: '配置测试',
  priority: 'NORMAL',
  touchpointCode: null,
  queryId: null,
  context: null,
  customerGrade: null,
  flaggedVersionId: null,
  nearestDocumentId: null,
  ...over,
});
const raise = (over: Partial<NewException> = {}) => app.db.write((tx) => createException(tx, app.actor('agent'), facts(over)));
const fieldOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.field;

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  app.clock.set('2026-03-16T10:00:00+08:00');
});
afterAll(() => app.close());

describe('SLA policies', () => {
  const normal = { priority: 'NORMAL', clock: 'CALENDAR', answerWithinMinutes: 60, resolveWithinMinutes: 600, ladder: LADDER };

  it('may be changed by admins only', async () => {
    for (const person of ['agent', 'manager', 'approver'] as const) expect(codeOf(await app.gql(person, SET_POLICY, { i: normal }))).toBe('FORBIDDEN');
    expect((await app.ok<any>('agent', `{ slaPolicies { priority } }`)).slaPolicies.map((p: any) => p.priority)).toEqual(['HIGH', 'NORMAL', 'LOW']);
  });

  it('refuses a bad policy naming the field and the rule', async () => {
    const refused = async (change: Record<string, unknown>) => {
      const result = await app.gql('admin', SET_POLICY, { i: { ...normal, ...change } });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      return fieldOf(result);
    };
    expect(await refused({ answerWithinMinutes: 0 })).toBe('answerWithinMinutes');
    // a fraction is refused by GraphQL itself, before the policy is read
    expect((await app.gql('admin', SET_POLICY, { i: { ...normal, answerWithinMinutes: 2.5 } })).errors?.[0]?.message).toMatch(/i\.answerWithinMinutes.*non-integer/);
    expect(await refused({ resolveWithinMinutes: 30 })).toBe('resolveWithinMinutes');
    expect(await refused({ workdayStart: '18:00', workdayEnd: '09:00' })).toBe('workdayEnd');
    expect(await refused({ workdayStart: '25:00' })).toBe('workdayStart');
    expect(await refused({ ladder: [{ ...LADDER[0], level: 2 }] })).toBe('ladder.0.level');
    expect(await refused({ ladder: [LADDER[0], { ...LADDER[1], lateByMinutes: 0 }] })).toBe('ladder.1.lateByMinutes');
    expect(await refused({ defaultOwnerId: app.users.agent.id })).toBe('defaultOwnerId');
    expect(codeOf(await app.gql('admin', SET_POLICY, { i: { ...normal, expectedRevision: 99 } }))).toBe('CONFLICT');
  });

  it('applies to exceptions raised afterwards and never rewrites the deadlines of those raised before', async () => {
    const before = await raise();
    const { slaPolicies } = await app.ok<any>('admin', `{ slaPolicies { priority revision } }`);
    const revision = slaPolicies.find((p: any) => p.priority === 'NORMAL').revision;
    const since = app.clock.now().toISOString();
    const { setSlaPolicy } = await app.ok<any>('admin', SET_POLICY, { i: { ...normal, expectedRevision: revision, defaultOwnerId: app.users.manager2.id } });
    expect(setSlaPolicy).toMatchObject({ answerWithinMinutes: 60, revision: revision + 1, defaultOwner: { id: app.users.manager2.id }, ladder: LADDER });
    expect(codeOf(await app.gql('admin', SET_POLICY, { i: { ...normal, expectedRevision: revision } }))).toBe('CONFLICT');

    const after = await raise();
    const [old, fresh] = await Promise.all([before, after].map(async (e) => (await app.ok<any>('manager', EXCEPTION, { id: e.id })).exception));
    const hours = (e: any, field: string) => (Date.parse(e[field]) - Date.parse(e.raisedAt)) / 3_600_000;
    expect([hours(old, 'answerDueAt'), hours(old, 'resolutionDueAt')]).toEqual([24, 7 * 24]);
    expect(old.ladder).toHaveLength(3);
    expect([hours(fresh, 'answerDueAt'), hours(fresh, 'resolutionDueAt')]).toEqual([1, 10]);
    expect(fresh.ladder).toEqual(LADDER.map(({ level, lateByMinutes }) => ({ level, lateByMinutes })));

    const entries = (await app.ok<any>('admin', AUDIT, { from: since })).auditTrail.edges.map((e: any) => e.node);
    const entry = entries.find((e: any) => e.action === 'SLA_POLICY_SET');
    expect(entry).toMatchObject({ entityType: 'SlaPolicy', entityId: 'NORMAL', before: { answerWithinMinutes: 24 * 60 }, after: { answerWithinMinutes: 60 } });
  });
});

describe('the work calendar', () => {
  // LOW counts working hours, 09:00–18:00 Beijing time; give it a two-hour answer deadline
  const low = { priority: 'LOW', clock: 'WORKING', answerWithinMinutes: 120, resolveWithinMinutes: 600, ladder: LADDER };

  it('is read by everyone, edited by admins, and refuses a day that does not exist', async () => {
    const { workCalendar } = await app.ok<any>('agent', `{ workCalendar(year: 2025) { date working name } }`);
    expect(workCalendar.find((d: any) => d.date === '2025-10-11')).toMatchObject({ working: true });
    expect(workCalendar.find((d: any) => d.date === '2025-10-01')).toMatchObject({ working: false });
    expect(codeOf(await app.gql('manager', SET_DAY, { i: { date: '2026-03-18', working: false } }))).toBe('FORBIDDEN');
    for (const date of ['2026-02-30', '2026-3-18', 'tomorrow']) {
      const result = await app.gql('admin', SET_DAY, { i: { date, working: false } });
      expect([codeOf(result), fieldOf(result)]).toEqual(['BAD_USER_INPUT', 'date']);
    }
    expect(fieldOf(await app.gql('agent', `{ workCalendar(year: 1800) { date } }`))).toBe('year');
  });

  it('moves working-hour deadlines raised after an edit, not those raised before (audited)', async () => {
    const { slaPolicies } = await app.ok<any>('admin', `{ slaPolicies { priority revision } }`);
    await app.ok('admin', SET_POLICY, { i: { ...low, expectedRevision: slaPolicies.find((p: any) => p.priority === 'LOW').revision } });
    // Tuesday 17:00: one working hour left that day, the second one on the next working day
    app.clock.set('2026-03-17T17:00:00+08:00');
    const before = await raise({ priority: 'LOW' });
    expect(before.answerDueAt).toBe('2026-03-18T02:00:00.000Z'); // Wednesday 10:00 Beijing

    const since = app.clock.now().toISOString();
    const { setWorkCalendarDay } = await app.ok<any>('admin', SET_DAY, { i: { date: '2026-03-18', working: false, name: '系统割接停工日' } });
    expect(setWorkCalendarDay).toEqual({ date: '2026-03-18', working: false, name: '系统割接停工日' });
    const after = await raise({ priority: 'LOW' });
    expect(after.answerDueAt).toBe('2026-03-19T02:00:00.000Z'); // Thursday 10:00 Beijing
    const stored = await app.db.dataSource.getRepository(ExceptionRow).findOneByOrFail({ id: before.id });
    expect(stored.answerDueAt).toBe('2026-03-18T02:00:00.000Z');

    const { workCalendar } = await app.ok<any>('agent', `{ workCalendar(year: 2026) { date working name } }`);
    expect(workCalendar.find((d: any) => d.date === '2026-03-18')).toEqual({ date: '2026-03-18', working: false, name: '系统割接停工日' });
    const entries = (await app.ok<any>('admin', AUDIT, { from: since })).auditTrail.edges.map((e: any) => e.node);
    expect(entries.find((e: any) => e.entityType === 'CalendarDay')).toMatchObject({ entityId: '2026-03-18' });
  });
});

describe('owners', () => {
  it('routes to the flow serving the touchpoint, then the nearest document’s owner, then the default, then their successors', async () => {
    const system = systemActor(app.clock);
    const at = app.clock.now().toISOString();
    const { manager, manager2, admin } = app.users;
    const script = (await app.ok<any>('manager', `mutation($o: ID) { createScript(input: { code: "routing-owner", title: "路由测试", scenario: GREETING, text: "路由测试。", changeNote: "新增", ownerId: $o }) { version { documentId } } }`, { o: manager2.id }))
      .createScript.version;
    const route = (over: Partial<Parameters<typeof routeOwner>[1]>) => app.db.write((tx) => routeOwner(tx.em, { touchpointCode: null, nearestDocumentId: null, defaultOwnerId: null, at, ...over }));

    // AAA1201 is served by QRY-CALL-FORWARD, owned by the corpus's process managers
    const flowOwner = await route({ touchpointCode: 'AAA1201', nearestDocumentId: script.documentId, defaultOwnerId: manager.id });
    expect(flowOwner.routedBy).toBe('the owner of the flow serving the touchpoint');
    expect(flowOwner.ownerId).not.toBe(manager2.id);
    expect(await route({ touchpointCode: 'AZZ9999', nearestDocumentId: script.documentId, defaultOwnerId: manager.id })).toEqual({ ownerId: manager2.id, routedBy: 'the owner of the nearest document' });
    expect(await route({ touchpointCode: 'AZZ9999', defaultOwnerId: manager.id })).toEqual({ ownerId: manager.id, routedBy: 'the default owner of the policy' });

    // the document's owner leaves: their fallback takes it; an admin may not own one, so their supervisor does
    const leaving = await createUser(app.db, system, { name: 'routing-leaver', role: 'PROCESS_MANAGER', fallbackId: admin.id });
    await updateUser(app.db, system, { userId: admin.id, supervisorId: manager.id });
    const doc = (await app.ok<any>('manager', `mutation($o: ID) { createScript(input: { code: "routing-leaver", title: "离职路由", scenario: GREETING, text: "离职路由。", changeNote: "新增", ownerId: $o }) { version { documentId } } }`, { o: leaving.id }))
      .createScript.version;
    await deactivateUser(app.db, system, { userId: leaving.id, reason: '调岗' });
    expect(await route({ nearestDocumentId: doc.documentId })).toEqual({ ownerId: manager.id, routedBy: 'the owner of the nearest document, through their fallback' });

    // nobody named at all: the active manager with the least open work
    const nobody = await route({});
    expect(nobody.routedBy).toBe('the manager with the least open work');
  });
});

describe('raising a question', () => {
  it.runIf(onPostgres)('takes it where no search engine can be asked (PostgreSQL without Meilisearch), routed without a nearest document', async () => {
    const { raiseException } = await app.ok('agent', `mutation { raiseException(input: { question: "副卡停机后主卡套餐是否变化", touchpointCode: "AAA1201" }) { exception { status owner { id } } } }`);
    expect(raiseException.exception.status).toBe('OPEN');
    expect(raiseException.exception.owner).not.toBeNull();
  });
});

describe('the review queue', () => {
  const DUE = `query($at: DateTime) { reviewDue(asOf: $at, first: 200) { version { id documentId title } reviewDueAt reason opens lastVerifiedAt } }`;
  const VERIFY = `mutation($i: VerifyVersionInput!) { verifyVersion(input: $i) { version { id } } }`;
  // a year after the corpus took effect, most of it is overdue for its yearly review
  const at = '2026-06-20T02:00:00.000Z';
  const queue = async () => (await app.ok<any>('manager', DUE, { at })).reviewDue as any[];
  const inOrder = (items: any[]) => items.every((b, i) => i === 0 || items[i - 1].opens > b.opens || (items[i - 1].opens === b.opens && items[i - 1].reviewDueAt <= b.reviewDueAt));

  it('lists what is overdue or due soon, and a confirmation takes a version off it from then on', async () => {
    app.clock.set(at);
    expect(codeOf(await app.gql('agent', DUE, { at }))).toBe('FORBIDDEN');
    const items = await queue();
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) expect(['OVERDUE', 'DUE_SOON', 'EXPIRING']).toContain(item.reason);
    for (const item of items.filter((i) => i.reason === 'OVERDUE')) expect(item.reviewDueAt <= at).toBe(true);
    expect(inOrder(items)).toBe(true);

    const confirmed = items[0].version.id;
    expect(codeOf(await app.gql('agent', VERIFY, { i: { versionId: confirmed, note: '已核对' } }))).toBe('FORBIDDEN');
    expect(fieldOf(await app.gql('manager', VERIFY, { i: { versionId: confirmed, note: 'x'.repeat(2001) } }))).toBe('note');
    await app.ok('manager', VERIFY, { i: { versionId: confirmed, note: '年度复核：内容仍然正确' } });
    const after = await queue();
    expect(after.map((i) => i.version.id)).not.toContain(confirmed);
    expect(after).toHaveLength(items.length - 1);
    // asked as of the day before, the confirmation had not happened yet
    const earlier = (await app.ok<any>('manager', DUE, { at: new Date(Date.parse(at) - 86_400_000).toISOString() })).reviewDue;
    expect(earlier.map((i: any) => i.version.id)).toContain(confirmed);
  });

  it.skipIf(onPostgres)('starts with what agents open most', async () => {
    const items = await queue();
    // agents find the two documents furthest down the queue by their titles, and open them
    const [last, secondLast] = [items.at(-1), items.at(-2)];
    for (const [item, times] of [[last, 3], [secondLast, 2]] as const) {
      const { search } = await app.ok<any>('agent', `query($q: String!) { search(query: $q, first: 50) { queryId edges { node { versionId } } } }`, { q: item.version.title });
      expect(search.edges.map((e: any) => e.node.versionId)).toContain(item.version.id);
      for (let i = 0; i < times; i++) await app.ok('agent', `mutation($i: RecordSearchClickInput!) { recordSearchClick(input: $i) }`, { i: { queryId: search.queryId, versionId: item.version.id } });
    }
    const reordered = await queue();
    expect(reordered.slice(0, 2).map((i) => [i.version.id, i.opens])).toEqual([
      [last.version.id, 3],
      [secondLast.version.id, 2],
    ]);
    expect(inOrder(reordered)).toBe(true);
  });
});
