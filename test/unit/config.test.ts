import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';

describe('configuration from the environment', () => {
  it('has defaults for everything', () => {
    expect(readConfig({})).toMatchObject({ port: 4000, production: false, meili: undefined, rateLimitPerMinute: 600 });
    expect(readConfig({ RATE_LIMIT_PER_MINUTE: '0' }).rateLimitPerMinute).toBe(0);
    expect(readConfig({ MEILI_HOST: 'http://meili:7700' }).meili).toEqual({ host: 'http://meili:7700', apiKey: undefined, index: 'hotline-kb', timeoutMs: 2000 });
  });

  it('refuses to start on a number that is not one, naming the variable', () => {
    expect(() => readConfig({ PORT: '80x' })).toThrow(/^PORT must be a whole number from 0 to 65535 \(got 80x\)/);
    expect(() => readConfig({ RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(/^RATE_LIMIT_PER_MINUTE must be a whole number from 0 to 1000000 \(got lots\)/);
    for (const timeout of ['2s', '0', '-5', '1.5', '0x50', '1e3']) {
      expect(() => readConfig({ MEILI_HOST: 'http://meili:7700', MEILI_TIMEOUT_MS: timeout })).toThrow(/^MEILI_TIMEOUT_MS must be a whole number/);
    }
  });

  it('keeps webhooks off private networks unless WEBHOOK_ALLOW_PRIVATE_NETWORKS is exactly true', () => {
    expect(readConfig({}).webhooks).toEqual({ allowPrivateNetworks: false, secretOverlapHours: 24 });
    expect(readConfig({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_SECRET_OVERLAP_HOURS: '48' }).webhooks).toEqual({ allowPrivateNetworks: true, secretOverlapHours: 48 });
    for (const value of ['1', 'yes', 'TRUE', 'on']) {
      expect(() => readConfig({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: value })).toThrow(`WEBHOOK_ALLOW_PRIVATE_NETWORKS must be true or false (got ${value})`);
    }
    expect(() => readConfig({ WEBHOOK_SECRET_OVERLAP_HOURS: '1000' })).toThrow(/^WEBHOOK_SECRET_OVERLAP_HOURS must be a whole number from 0 to 720/);
  });
});
