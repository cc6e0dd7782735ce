import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, onPostgres, startTestApp, type TestApp } from '../support/harness.js';

// Webhook endpoints over GraphQL, with private networks not allowed (the default): registration,
// what is refused and why, keys shown once, and the events of the knowledge process queued for delivery.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: true });
  app.clock.set('2026-03-16T10:00:00+08:00');
});
afterAll(() => app.close());

const ENDPOINT = 'id url description eventTypes status previousSecretExpiresAt failingSince disabledAt disabledReason revision createdAt';
const CREATE = `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret endpoint { ${ENDPOINT} } } }`;
const ROTATE = `mutation($i: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $i) { secret endpoint { ${ENDPOINT} } } }`;
const DISABLE = `mutation($i: DisableWebhookEndpointInput!) { disableWebhookEndpoint(input: $i) { secret endpoint { ${ENDPOINT} } } }`;
const LIST = `{ webhookEndpoints { ${ENDPOINT} } }`;
const DELIVERIES = `query($id: ID!, $first: Int, $after: String) { webhookDeliveries(endpointId: $id, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id webhookId eventType payload status attempts log { attempt } } } } }`;
const REDELIVER = `mutation($i: RedeliverWebhookInput!) { redeliverWebhook(input: $i) { id status } }`;
// a public address written as such: registering it needs no DNS
const PUBLIC_URL = 'https://93.184.215.14/hooks/kb';

describe('who may manage webhooks', () => {
  it('is admins only: everyone else is refused before anything runs', async () => {
    for (const person of ['agent', 'manager', 'approver'] as const) {
      expect(codeOf(await app.gql(person, CREATE, { i: { url: PUBLIC_URL } })), person).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(person, LIST)), person).toBe('FORBIDDEN');
    }
    expect(codeOf(await app.gql(null, LIST))).toBe('UNAUTHENTICATED');
  });
});

describe('registering an endpoint', () => {
  it.each([
    ['http://127.0.0.1:8080/hook', /resolves to 127\.0\.0\.1, in the loopback range: webhooks go to public addresses only \(set WEBHOOK_ALLOW_PRIVATE_NETWORKS=true/],
    ['http://localhost:8080/hook', /resolves to (127\.0\.0\.1|::1), in the loopback range/],
    ['http://10.1.2.3/hook', /resolves to 10\.1\.2\.3, in the private range/],
    ['http://192.168.1.10/hook', /in the private range/],
    ['http://169.254.169.254/latest/meta-data/', /resolves to 169\.254\.169\.254, in the linkLocal range/],
    ['http://100.64.0.1/hook', /in the carrierGradeNat range/],
    ['http://0.0.0.0/hook', /in the unspecified range/],
    ['http://224.0.0.1/hook', /in the multicast range/],
    ['http://[::1]/hook', /resolves to ::1, in the loopback range/],
    ['http://[::ffff:127.0.0.1]/hook', /in the loopback range/],
    ['http://[fd00::1]/hook', /in the uniqueLocal range/],
    ['ftp://93.184.215.14/hook', /must use http or https, not ftp/],
    ['https://user:secret@93.184.215.14/hook', /must not carry a user name or password/],
    ['not a url', /must be an absolute http:\/\/ or https:\/\/ URL/],
  ])('refuses %s, naming the field and the rule', async (url, rule) => {
    const result = await app.gql('admin', CREATE, { i: { url } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    expect(result.errors?.[0]?.message).toMatch(rule);
  });

  it('validates the event types', async () => {
    const result = await app.gql('admin', CREATE, { i: { url: PUBLIC_URL, eventTypes: [] } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventTypes' });
    const twice = await app.gql('admin', CREATE, { i: { url: PUBLIC_URL, eventTypes: ['VERSION_PUBLISHED', 'VERSION_PUBLISHED'] } });
    expect(twice.errors?.[0]?.message).toMatch(/eventTypes: must not name an event type twice/);
  });

  it('shows the key once; rotating shows the new one once, with the old one signing for 24 hours more; the rest never shows a key', async () => {
    const { createWebhookEndpoint: created } = await app.ok('admin', CREATE, { i: { url: PUBLIC_URL, eventTypes: ['VERSION_PUBLISHED', 'REVIEW_OVERDUE'], description: '质检系统' } });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(created.secret.slice('whsec_'.length), 'base64').length).toBeGreaterThanOrEqual(24);
    expect(created.endpoint).toMatchObject({ url: PUBLIC_URL, description: '质检系统', eventTypes: ['VERSION_PUBLISHED', 'REVIEW_OVERDUE'], status: 'ACTIVE', revision: 1 });
    const id = created.endpoint.id as string;

    const { rotateWebhookSecret: rotated } = await app.ok('admin', ROTATE, { i: { endpointId: id, expectedRevision: 1 } });
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.endpoint).toMatchObject({ revision: 2, previousSecretExpiresAt: '2026-03-17T02:00:00.000Z' });

    const stale = await app.gql('admin', ROTATE, { i: { endpointId: id, expectedRevision: 1 } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 2 });

    const { disableWebhookEndpoint: disabled } = await app.ok('admin', DISABLE, { i: { endpointId: id, reason: '系统下线' } });
    expect(disabled).toMatchObject({ secret: null, endpoint: { status: 'DISABLED', disabledReason: '系统下线', revision: 3 } });
    expect(codeOf(await app.gql('admin', ROTATE, { i: { endpointId: id } }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await app.gql('admin', DISABLE, { i: { endpointId: id } }))).toBe('INVALID_TRANSITION');

    const listed = JSON.stringify(await app.ok('admin', LIST));
    const trail = JSON.stringify(await app.ok('admin', `{ auditTrail(first: 100) { edges { node { action before after } } } }`));
    for (const key of [created.secret, rotated.secret]) {
      expect(listed).not.toContain(key.slice('whsec_'.length));
      expect(trail).not.toContain(key.slice('whsec_'.length));
    }
    expect(trail).toContain('WEBHOOK_ENDPOINT_CREATED');
    expect(trail).toContain('WEBHOOK_SECRET_ROTATED');
    expect(trail).toContain('WEBHOOK_ENDPOINT_DISABLED');
    const fields = await app.ok('admin', `{ __type(name: "WebhookEndpoint") { fields { name } } }`);
    expect(fields.__type.fields.map((f: { name: string }) => f.name)).not.toContain('secret');
  });

  it('answers NOT_FOUND for an endpoint that does not exist', async () => {
    expect(codeOf(await app.gql('admin', ROTATE, { i: { endpointId: '00000000-0000-4000-8000-00000000abcd' } }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql('admin', DELIVERIES, { id: '00000000-0000-4000-8000-00000000abcd' }))).toBe('NOT_FOUND');
  });
});

describe('the knowledge process, announced', () => {
  // raising reads the question with the embedded search engine, which is SQLite's
  it.skipIf(onPostgres)('queues raised, answered and resolved for a subscribed endpoint, in the transactions that made them; listed newest first, page by page', async () => {
    const { createWebhookEndpoint: created } = await app.ok('admin', CREATE, { i: { url: PUBLIC_URL } });
    const id = created.endpoint.id as string;
    const RAISE = `mutation($i: RaiseExceptionInput!) { raiseException(input: $i) { exception { id revision } } }`;
    const { raiseException } = await app.ok('agent', RAISE, { i: { question: '国际漫游开通后多久生效？', touchpointCode: 'AAA1201' } });
    const exceptionId = raiseException.exception.id as string;
    await app.ok('manager', `mutation($i: AnswerExceptionInput!) { answerException(input: $i) { exception { id } } }`, { i: { exceptionId, answer: '开通后即时生效。' } });
    await app.ok('manager', `mutation($i: ResolveExceptionInput!) { resolveException(input: $i) { exception { id } } }`, { i: { exceptionId, rejectReason: '已有文档覆盖' } });

    const first = (await app.ok('admin', DELIVERIES, { id, first: 2 })).webhookDeliveries;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await app.ok('admin', DELIVERIES, { id, first: 2, after: first.pageInfo.endCursor })).webhookDeliveries;
    const nodes: Record<string, any>[] = [...first.edges, ...rest.edges].map((e: { node: Record<string, any> }) => e.node);
    const newest = nodes[0]!;
    expect(nodes.map((d) => d.eventType)).toEqual(['EXCEPTION_RESOLVED', 'EXCEPTION_ANSWERED', 'EXCEPTION_RAISED']);
    expect(nodes.every((d) => d.status === 'PENDING' && d.attempts === 0 && d.webhookId.startsWith('msg_'))).toBe(true);
    const resolved = JSON.parse(newest.payload);
    expect(resolved).toMatchObject({ type: 'exception.resolved', data: { exceptionId, status: 'REJECTED', resolvedByVersionId: null } });
    expect(Object.keys(resolved)).toEqual(['type', 'occurredAt', 'data']);

    // still waiting for its first attempt: there is nothing to send again yet
    const pending = await app.gql('admin', REDELIVER, { i: { deliveryId: newest.id } });
    expect(pending.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'PENDING' });
    expect((await app.gql('admin', REDELIVER, { i: { deliveryId: 'abc' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deliveryId' });
  });
});
