import type { LookupAddress } from 'node:dns';
import { fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedLookup, webhookDispatcher } from '../../src/modules/webhooks/destination.js';
import { type Receiver, startReceiver } from '../support/webhook-receiver.js';

// The check made as each connection is opened: the addresses the socket is about to use, not
// the ones a look-up a moment before returned (a name can resolve elsewhere in between).

/** What the guarded look-up hands the socket, for a name that resolves to `addresses`. */
function connectTo(addresses: LookupAddress[], all = false) {
  const lookup = guardedLookup((_host, _options, done) => done(null, addresses));
  return new Promise<{ error: Error | null; address: unknown }>((resolve) => lookup('hooks.example.com', { all }, (error, address) => resolve({ error, address })));
}

describe('the look-up a webhook connection makes', () => {
  it('hands on public addresses, one or all as the socket asks', async () => {
    const addresses = [{ address: '93.184.216.34', family: 4 }, { address: '2606:2800:220:1::', family: 6 }];
    expect(await connectTo(addresses)).toEqual({ error: null, address: '93.184.216.34' });
    expect(await connectTo(addresses, true)).toEqual({ error: null, address: addresses });
  });

  it.each([
    ['loopback', '127.0.0.1'],
    ['private', '10.1.2.3'],
    ['linkLocal', '169.254.169.254'],
    ['loopback', '::1'],
    ['loopback', '::ffff:127.0.0.1'],
  ])('refuses the %s address %s, even beside a public one', async (range, address) => {
    const { error } = await connectTo([{ address: '93.184.216.34', family: 4 }, { address, family: address.includes(':') ? 6 : 4 }]);
    expect(error?.message).toContain(`in the ${range} range`);
  });
});

describe('requests through the webhooks dispatcher', () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver.stop());

  it('cannot reach a name that resolves to loopback on public networks only, and can when private networks are allowed', async () => {
    const byName = receiver.url.replace('127.0.0.1', 'localhost');
    const strict = webhookDispatcher({ allowPrivateNetworks: false });
    const open = webhookDispatcher({ allowPrivateNetworks: true });
    try {
      const refused = await fetch(byName, { method: 'POST', body: '{}', dispatcher: strict }).catch((e: Error) => e);
      expect(refused).toBeInstanceOf(Error);
      expect(((refused as Error).cause as Error).message).toMatch(/host localhost resolves to .* in the loopback range/);
      expect(receiver.requests).toHaveLength(0);
      expect((await fetch(byName, { method: 'POST', body: '{}', dispatcher: open })).status).toBe(204);
      expect(receiver.requests).toHaveLength(1);
    } finally {
      await Promise.all([strict.close(), open.close()]);
    }
  });
});
