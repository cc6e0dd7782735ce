import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OutboxRow } from '../../src/jobs/outbox.entity.js';
import { AuditEntryRow } from '../../src/modules/audit/audit-entry.entity.js';
import { escalate } from '../../src/modules/exceptions/escalation.js';
import { answerException, resolveException } from '../../src/modules/exceptions/exceptions.service.js';
import { flagVersion } from '../../src/modules/exceptions/flags.service.js';
import { verifyVersion } from '../../src/modules/review/review.service.js';
import { scriptService } from '../../src/modules/scripts/scripts.service.js';
import { publishVersion, retireDocument, submitVersion, withdrawScheduledVersion } from '../../src/modules/versioning/versioning.service.js';
import type { VersionRow } from '../../src/modules/versioning/version.entity.js';
import { redeliverWebhook } from '../../src/modules/webhooks/deliveries.service.js';
import { webhookRetryDelayMs } from '../../src/modules/webhooks/delivery.js';
import { createWebhookEndpoint, rotateWebhookSecret } from '../../src/modules/webhooks/endpoints.service.js';
import type { WebhookSettings } from '../../src/modules/webhooks/settings.js';
import { fireReviewOverdue, fireTookEffect, pruneDeliveryLog } from '../../src/modules/webhooks/timers.js';
import { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from '../../src/modules/webhooks/webhook.entity.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import { silentLogger } from '../../src/shared/logger.js';
import { onPostgres, startTestRuntime, type TestRuntime } from '../support/harness.js';
import { type Receiver, startReceiver } from '../support/webhook-receiver.js';

// Webhooks to a real receiver on 127.0.0.1 over HTTP. The delivery worker is driven by hand with
// runOnce(now), so retries minutes and hours apart take no time; the application's clock is set
// to the same instants, since rotations and timers read it.

const SETTINGS: WebhookSettings = { allowPrivateNetworks: true, secretOverlapHours: 24 };
const SECOND = 1000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let app: TestRuntime;
let receiver: Receiver;
let base: number;
const at = (ms: number) => new Date(base + ms);

beforeEach(async () => {
  app = await startTestRuntime({ webhooks: SETTINGS });
  // a minute ahead: messages are queued at the machine's now, so at(0) finds them due
  base = Date.now() + 60 * SECOND;
  app.clock.set(at(0));
  receiver = await startReceiver();
});
afterEach(async () => {
  await receiver.stop();
  await app.close();
});

/** Run the delivery worker at `now` until it has nothing due. */
async function deliverAt(now: Date, runtime: Runtime = app.runtime) {
  while ((await runtime.webhooks.worker.runOnce(now)) > 0);
}

const register = (eventTypes?: ('VERSION_PUBLISHED' | 'VERSION_TOOK_EFFECT' | 'VERSION_WITHDRAWN' | 'DOCUMENT_RETIRED' | 'REVIEW_OVERDUE')[]) =>
  createWebhookEndpoint(app.db, app.actor('admin'), SETTINGS, { url: receiver.url, eventTypes });

let n = 0;
async function release(draft: VersionRow, effectiveFrom?: Date) {
  const submitted = await submitVersion(app.db, app.actor('manager'), { versionId: draft.id, expectedRevision: draft.revision });
  return publishVersion(app.db, app.actor('approver'), { versionId: draft.id, expectedRevision: submitted.revision, effectiveFrom });
}
async function publishScript(effectiveFrom?: Date) {
  n++;
  const draft = await scriptService.create(app.db, app.actor('manager'), { code: `hook-${n}`, title: `回调话术${n}`, scenario: 'GREETING', text: '您好。', changeNote: '新增' });
  return release(draft, effectiveFrom);
}
/** a later version of the document, a second after the clock's now */
async function nextVersion(documentId: string) {
  app.clock.set(new Date(app.clock.now().getTime() + SECOND));
  return release(await scriptService.createDraft(app.db, app.actor('manager'), { documentId, changeNote: '修订' }));
}

const deliveries = () => app.db.dataSource.getRepository(WebhookDeliveryRow).find({ order: { id: 'ASC' } });
const endpointRow = (id: string) => app.db.dataSource.getRepository(WebhookEndpointRow).findOneByOrFail({ id });

describe('a delivered webhook', () => {
  it('verifies with the standardwebhooks package, and not once its body is changed or its timestamp is old', async () => {
    const { secret } = await register();
    const version = await publishScript();
    await deliverAt(at(0));
    expect(receiver.requests).toHaveLength(1);
    const { headers, body } = receiver.requests[0]!;
    expect(headers['webhook-id']).toMatch(/^msg_/);
    expect(headers['webhook-signature']).toMatch(/^v1,\S+$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual({
      type: 'version.published',
      occurredAt: at(0).toISOString(),
      data: { documentId: version.documentId, versionId: version.id, kind: 'SCRIPT', versionNumber: 1, effectiveFrom: at(0).toISOString() },
    });
    expect(() => new Webhook(secret).verify(body.replace('"versionNumber":1', '"versionNumber":2'), headers)).toThrow(/No matching signature/);
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(body, headers)).toThrow(/No matching signature/);
    // the same request replayed six minutes later
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 6 * 60 * SECOND });
    try {
      expect(() => new Webhook(secret).verify(body, headers)).toThrow(/timestamp too old/);
    } finally {
      vi.useRealTimers();
    }
    expect(await deliveries()).toMatchObject([{ status: 'DELIVERED', attempts: 1, eventType: 'VERSION_PUBLISHED' }]);
  });

  it('reaches only the endpoints subscribed to its type', async () => {
    await register(['DOCUMENT_RETIRED']);
    const version = await publishScript();
    await deliverAt(at(0));
    expect(receiver.requests).toHaveLength(0);
    app.clock.set(at(SECOND));
    await retireDocument(app.db, app.actor('approver'), { documentId: version.documentId, reason: '停用' });
    await deliverAt(at(SECOND));
    expect(receiver.delivered()).toMatchObject([{ type: 'document.retired', data: { documentId: version.documentId, retiredAt: at(SECOND).toISOString() } }]);
  });
});

describe('the knowledge process', () => {
  it('announces a flag, and the exception it raised from raising to resolution, in order', async () => {
    await register();
    const version = await publishScript();
    const exception = await flagVersion(app.db, app.actor('agent'), { versionId: version.id, reason: 'OUTDATED', comment: '资费已调整' });
    app.clock.set(at(30 * HOUR));
    expect(await escalate(app.db, app.clock, exception.id)).toBeGreaterThan(0);
    const answered = await answerException(app.db, app.actor('manager'), { exceptionId: exception.id, answer: '按新资费答复。' });
    await resolveException(app.db, app.actor('manager'), { exceptionId: exception.id, expectedRevision: answered.revision, resolvedByVersionId: version.id });
    await deliverAt(at(30 * HOUR));
    const got = receiver.delivered();
    expect(got.filter((g) => g.data.documentId === version.documentId).map((g) => g.type)).toEqual(['version.published', 'version.flagged']);
    const ofException = got.filter((g) => g.data.exceptionId === exception.id && g.type.startsWith('exception.'));
    expect(ofException.map((g) => [g.type, g.data.status])).toEqual([
      ['exception.raised', 'OPEN'],
      ...ofException.filter((g) => g.type === 'exception.escalated').map(() => ['exception.escalated', 'OPEN']),
      ['exception.answered', 'ANSWERED'],
      ['exception.resolved', 'RESOLVED'],
    ]);
    expect(ofException.some((g) => g.type === 'exception.escalated' && g.data.level === 1)).toBe(true);
    expect(ofException.at(-1)!.data.resolvedByVersionId).toBe(version.id);
    expect(got.find((g) => g.type === 'version.flagged')!.data).toMatchObject({ exceptionId: exception.id, versionId: version.id, reason: 'OUTDATED' });
  });
});

describe('a receiver that fails, then is down, then comes back', () => {
  it('loses nothing, keeps each document’s order, and sends each event with one webhook-id throughout', async () => {
    const { endpoint } = await register();
    const a = await publishScript();
    const b = await publishScript();
    await nextVersion(a.documentId);
    await nextVersion(b.documentId);
    app.clock.set(new Date(app.clock.now().getTime() + SECOND));
    await retireDocument(app.db, app.actor('approver'), { documentId: a.documentId, reason: '停用' });

    receiver.answerWith(() => 503);
    await deliverAt(at(0));
    // one attempt per document: what follows waits behind it
    expect(receiver.requests).toHaveLength(2);
    const firstIds = receiver.requests.map((r) => r.headers['webhook-id']);

    await receiver.stop();
    await deliverAt(at(4 * SECOND)); // not due yet (5 s, less 10 % at most)
    await deliverAt(at(6 * SECOND));
    const log = await app.db.dataSource.getRepository(WebhookAttemptRow).find({ order: { id: 'ASC' } });
    expect(log.map((l) => [l.attempt, l.httpStatus])).toEqual([
      [1, 503],
      [1, 503],
      [2, null],
      [2, null],
    ]);
    expect(log[2]!.error).toMatch(/ECONNREFUSED/);
    expect(log[0]!.responseExcerpt).toBe('refused with 503');
    expect((await endpointRow(endpoint.id)).failingSince).toBe(at(0).toISOString());

    await receiver.start();
    receiver.answerWith(() => 204);
    await deliverAt(at(6 * SECOND + 4 * 60 * SECOND)); // the next wait is 5 minutes
    expect(receiver.delivered()).toHaveLength(0);
    await deliverAt(at(6 * SECOND + 6 * 60 * SECOND));
    const got = receiver.delivered();
    expect(got).toHaveLength(5);
    expect(firstIds.every((id) => got.some((g) => g.id === id))).toBe(true);
    const ofDocument = (documentId: string) => got.filter((g) => g.data.documentId === documentId).map((g) => `${g.type} ${g.data.versionNumber ?? ''}`.trim());
    expect(ofDocument(a.documentId)).toEqual(['version.published 1', 'version.published 2', 'document.retired']);
    expect(ofDocument(b.documentId)).toEqual(['version.published 1', 'version.published 2']);
    expect((await deliveries()).every((d) => d.status === 'DELIVERED')).toBe(true);
    expect((await endpointRow(endpoint.id)).failingSince).toBeNull();
    expect(await app.db.dataSource.getRepository(OutboxRow).count()).toBe(0);
  });

  it('is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each ±10 %', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((attempts) => webhookRetryDelayMs(attempts, () => 0.5))).toEqual([5 * SECOND, 300 * SECOND, 1800 * SECOND, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR]);
    expect(webhookRetryDelayMs(1, () => 0)).toBe(4500);
    expect(webhookRetryDelayMs(1, () => 1)).toBe(5500);
  });

  it('gives a delivery up after its last retry, and the document’s next event goes on', async () => {
    await register();
    const a = await publishScript();
    await nextVersion(a.documentId);
    receiver.answerWith((r) => (r.body.includes('"versionNumber":1') ? 500 : 204));
    let now = 0;
    for (let attempt = 1; attempt <= 8; attempt++) {
      await deliverAt(at(now));
      now += webhookRetryDelayMs(attempt, () => 1);
    }
    expect(receiver.requests.filter((r) => r.status === 500)).toHaveLength(8);
    expect(receiver.delivered().map((g) => g.data.versionNumber)).toEqual([2]);
    expect((await deliveries()).map((d) => [d.status, d.attempts])).toEqual([
      ['FAILED', 8],
      ['DELIVERED', 1],
    ]);
  });
});

describe('a receiver that does not answer', () => {
  it('is given up on when the request times out, logged as no answer, and tried again later', async () => {
    const impatient = await openRuntime({ databaseUrl: app.databaseUrl, clock: app.clock, logger: silentLogger(), webhooks: { ...SETTINGS, requestTimeoutMs: 300 } });
    try {
      await register();
      receiver.answerWith(() => null);
      await publishScript();
      await deliverAt(at(0), impatient);
      const [delivery] = await deliveries();
      expect([delivery!.status, delivery!.attempts]).toEqual(['PENDING', 1]);
      const log = await app.db.dataSource.getRepository(WebhookAttemptRow).findBy({ deliveryId: delivery!.id });
      expect(log.map((l) => [l.httpStatus, l.error])).toEqual([[null, 'no answer within 0.3 s']]);
      // the retry, with the usual 15 s to answer
      receiver.answerWith(() => 204);
      await deliverAt(at(6 * SECOND));
      expect(receiver.delivered()).toHaveLength(1);
    } finally {
      await impatient.close();
    }
  });
});

describe('disabling', () => {
  it('happens when the receiver answers 410: what waits for it is cancelled, and nothing more is queued', async () => {
    const { endpoint } = await register();
    const a = await publishScript();
    await nextVersion(a.documentId);
    receiver.answerWith(() => 410);
    await deliverAt(at(0));
    const row = await endpointRow(endpoint.id);
    expect(row).toMatchObject({ status: 'DISABLED', disabledReason: expect.stringMatching(/410/), revision: 2 });
    expect(receiver.requests).toHaveLength(1);
    expect((await deliveries()).map((d) => d.status)).toEqual(['FAILED', 'CANCELLED']);
    expect(await app.db.dataSource.getRepository(OutboxRow).count()).toBe(0);
    await publishScript();
    expect(await deliveries()).toHaveLength(2);
    const audit = await app.db.dataSource.getRepository(AuditEntryRow).findBy({ action: 'WEBHOOK_ENDPOINT_DISABLED' });
    expect(audit).toMatchObject([{ entityId: endpoint.id, reason: expect.stringMatching(/410/) }]);
  });

  it('happens after five days of failed attempts, not before', async () => {
    const { endpoint } = await register();
    receiver.answerWith(() => 500);
    await publishScript();
    await deliverAt(at(0));
    app.clock.set(at(4 * DAY));
    await publishScript();
    await deliverAt(at(4 * DAY));
    expect((await endpointRow(endpoint.id)).status).toBe('ACTIVE');
    app.clock.set(at(5 * DAY));
    await publishScript();
    await deliverAt(at(5 * DAY));
    expect(await endpointRow(endpoint.id)).toMatchObject({ status: 'DISABLED', disabledReason: `every attempt has failed since ${at(0).toISOString()}` });
  });
});

describe('rotating the secret', () => {
  it('signs with both keys during the overlap, each verifying, and with the new one alone after it', async () => {
    const { endpoint, secret: old } = await register();
    const { secret: fresh } = await rotateWebhookSecret(app.db, app.actor('admin'), SETTINGS, { endpointId: endpoint.id, expectedRevision: 1 });
    expect(fresh).not.toBe(old);
    await publishScript();
    await deliverAt(at(0));
    const during = receiver.requests[0]!;
    expect(during.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(new Webhook(old).verify(during.body, during.headers)).toMatchObject({ type: 'version.published' });
    expect(new Webhook(fresh).verify(during.body, during.headers)).toMatchObject({ type: 'version.published' });

    app.clock.set(at(25 * HOUR));
    await publishScript();
    await deliverAt(at(25 * HOUR));
    const after = receiver.requests[1]!;
    expect(after.headers['webhook-signature']!.split(' ')).toHaveLength(1);
    expect(new Webhook(fresh).verify(after.body, after.headers)).toMatchObject({ type: 'version.published' });
    expect(() => new Webhook(old).verify(after.body, after.headers)).toThrow(/No matching signature/);
  });
});

describe('redelivering', () => {
  it('sends a past event again with the same webhook-id, logged as the next attempt', async () => {
    await register();
    await publishScript();
    await deliverAt(at(0));
    const [delivery] = await deliveries();
    const again = await redeliverWebhook(app.db, app.actor('admin'), { deliveryId: String(delivery!.id) });
    expect(again.status).toBe('PENDING');
    await deliverAt(at(SECOND));
    expect(receiver.delivered().map((g) => g.id)).toEqual([delivery!.messageId, delivery!.messageId]);
    const log = await app.db.dataSource.getRepository(WebhookAttemptRow).findBy({ deliveryId: delivery!.id });
    expect(log.map((l) => l.attempt)).toEqual([1, 2]);
    expect(receiver.requests[0]!.body).toBe(receiver.requests[1]!.body);
  });
});

describe('events nobody writes', () => {
  it('announces a scheduled version taking effect exactly once, across a restart', async () => {
    await register(['VERSION_TOOK_EFFECT']);
    const scheduled = await publishScript(at(HOUR));
    expect(await fireTookEffect(app.db, app.clock)).toBe(0);
    app.clock.set(at(2 * HOUR));
    const before = await openRuntime({ databaseUrl: app.databaseUrl, clock: app.clock, logger: silentLogger(), webhooks: SETTINGS });
    expect(await fireTookEffect(before.db, before.clock)).toBe(1);
    expect(await fireTookEffect(before.db, before.clock)).toBe(0);
    await before.close();
    const restarted = await openRuntime({ databaseUrl: app.databaseUrl, clock: app.clock, logger: silentLogger(), webhooks: SETTINGS });
    expect(await fireTookEffect(restarted.db, restarted.clock)).toBe(0);
    await deliverAt(at(2 * HOUR), restarted);
    await restarted.close();
    expect(receiver.delivered()).toMatchObject([{ type: 'version.took_effect', occurredAt: at(HOUR).toISOString(), data: { versionId: scheduled.id } }]);
  });

  it('announces a scheduled version withdrawn, and not its taking effect; published again for the same instant, it takes effect once', async () => {
    await register(['VERSION_TOOK_EFFECT', 'VERSION_WITHDRAWN']);
    const scheduled = await publishScript(at(HOUR));
    const draft = await withdrawScheduledVersion(app.db, app.actor('approver'), { versionId: scheduled.id, expectedRevision: scheduled.revision, reason: '口径待定' });
    app.clock.set(at(2 * HOUR));
    expect(await fireTookEffect(app.db, app.clock)).toBe(0);
    app.clock.set(at(30 * SECOND));
    await release(draft, at(HOUR));
    app.clock.set(at(2 * HOUR));
    expect(await fireTookEffect(app.db, app.clock)).toBe(1);
    await deliverAt(at(2 * HOUR));
    expect(receiver.delivered().map((g) => [g.type, g.data.versionId, g.data.status ?? null, g.data.reason ?? null])).toEqual([
      ['version.withdrawn', scheduled.id, 'DRAFT', '口径待定'],
      ['version.took_effect', scheduled.id, null, null],
    ]);
  });

  it('does not announce a version published to take effect at once as taking effect later', async () => {
    await register();
    await publishScript();
    app.clock.set(at(DAY));
    expect(await fireTookEffect(app.db, app.clock)).toBe(0);
  });

  it('announces a review falling due once per due date: a confirmation starts the interval again', async () => {
    await register(['REVIEW_OVERDUE']);
    const version = await publishScript();
    app.clock.set(at(364 * DAY));
    expect(await fireReviewOverdue(app.db, app.clock)).toBe(0);
    app.clock.set(at(366 * DAY));
    expect(await fireReviewOverdue(app.db, app.clock)).toBe(1);
    expect(await fireReviewOverdue(app.db, app.clock)).toBe(0);
    await verifyVersion(app.db, app.actor('manager'), { versionId: version.id, note: '仍然正确' });
    expect(await fireReviewOverdue(app.db, app.clock)).toBe(0);
    app.clock.set(at(366 * DAY + 366 * DAY));
    expect(await fireReviewOverdue(app.db, app.clock)).toBe(1);
    await deliverAt(at(0));
    expect(receiver.delivered().map((g) => g.data.reviewDueAt)).toEqual([at(365 * DAY).toISOString(), at(366 * DAY + 365 * DAY).toISOString()]);
  });
});

describe('the delivery log', () => {
  it('keeps finished deliveries for 30 days', async () => {
    await register();
    await publishScript();
    await deliverAt(at(0));
    app.clock.set(at(29 * DAY));
    expect(await pruneDeliveryLog(app.db, app.clock)).toBe(0);
    app.clock.set(at(31 * DAY));
    expect(await pruneDeliveryLog(app.db, app.clock)).toBe(1);
    expect(await deliveries()).toHaveLength(0);
    expect(await app.db.dataSource.getRepository(WebhookAttemptRow).count()).toBe(0);
  });
});

describe('an address checked again before each attempt', () => {
  it('is refused when the endpoint’s host now resolves to a private address and they are not allowed', async () => {
    const strict = await openRuntime({ databaseUrl: app.databaseUrl, clock: app.clock, logger: silentLogger(), webhooks: { ...SETTINGS, allowPrivateNetworks: false } });
    try {
      await register(); // registered while allowed, as a name that resolved elsewhere then
      await publishScript();
      await deliverAt(at(0), strict);
      expect(receiver.requests).toHaveLength(0);
      const [attempt] = await app.db.dataSource.getRepository(WebhookAttemptRow).find();
      expect(attempt!.error).toMatch(/^not sent: url resolves to 127\.0\.0\.1, in the loopback range.*WEBHOOK_ALLOW_PRIVATE_NETWORKS=true/);
    } finally {
      await strict.close();
    }
  });
});

describe.skipIf(!onPostgres)('two servers on one PostgreSQL database', () => {
  let second: Runtime;
  beforeEach(async () => {
    second = await openRuntime({ databaseUrl: app.databaseUrl, clock: app.clock, logger: silentLogger(), webhooks: SETTINGS });
  });
  afterEach(() => second.close());

  it('deliver each event once in effect, in order per document', async () => {
    await register();
    const documents = [await publishScript(), await publishScript(), await publishScript()];
    for (let round = 0; round < 3; round++) for (const d of documents) await nextVersion(d.documentId);
    // both workers at once, each until it finds nothing more
    await Promise.all([deliverAt(at(0)), deliverAt(at(0), second)]);
    await Promise.all([deliverAt(at(0)), deliverAt(at(0), second)]);
    const got = receiver.delivered();
    expect(got).toHaveLength(12);
    expect(new Set(got.map((g) => g.id)).size).toBe(12);
    for (const d of documents) expect(got.filter((g) => g.data.documentId === d.documentId).map((g) => g.data.versionNumber)).toEqual([1, 2, 3, 4]);
  });

  it('announce a scheduled version taking effect once between them, firing at the same moment', async () => {
    await register(['VERSION_TOOK_EFFECT']);
    for (let i = 0; i < 5; i++) await publishScript(at(HOUR + i * SECOND));
    app.clock.set(at(2 * HOUR));
    const [one, other] = await Promise.all([fireTookEffect(app.db, app.clock), fireTookEffect(second.db, app.clock)]);
    expect(one + other).toBe(5);
    expect(await app.db.dataSource.getRepository(WebhookDeliveryRow).countBy({ eventType: 'VERSION_TOOK_EFFECT' })).toBe(5);
  });
});
