import { describe, expect, it, vi } from 'vitest';
import { createJobs } from '../../src/jobs/jobs.js';
import { silentLogger } from '../../src/shared/logger.js';

describe('background jobs', () => {
  it('run when started, again at their interval, and not after stop; stop waits for a run under way', async () => {
    const jobs = createJobs(silentLogger());
    let runs = 0;
    let finished = 0;
    jobs.add({
      name: 'tick',
      everyMs: 5,
      run: async () => {
        runs++;
      },
    });
    jobs.add({
      name: 'slow',
      everyMs: 60_000,
      run: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        finished++;
      },
    });
    expect(runs).toBe(0); // nothing runs before start
    jobs.start();
    await vi.waitFor(() => expect(runs).toBeGreaterThanOrEqual(3));
    await jobs.stop();
    expect(finished).toBe(1); // the slow run under way was waited for
    const after = runs;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(runs).toBe(after);
    expect(jobs.status().map((s) => s.name)).toEqual(['tick', 'slow']);
  });

  it('run again at once while they find work (an outbox with a backlog)', async () => {
    const jobs = createJobs(silentLogger());
    let backlog = 5;
    jobs.add({ name: 'drain', everyMs: 60_000, untilIdle: true, run: async () => (backlog > 0 ? backlog-- : 0) });
    jobs.start();
    await vi.waitFor(() => expect(backlog).toBe(0));
    await jobs.stop();
  });

  it('keep going after a failing run, and say why it failed', async () => {
    const errors: unknown[] = [];
    const logger = silentLogger();
    logger.error = ((obj: unknown) => void errors.push(obj)) as typeof logger.error;
    const jobs = createJobs(logger);
    let runs = 0;
    jobs.add({
      name: 'flaky',
      everyMs: 5,
      run: async () => {
        if (++runs === 1) throw new Error('database busy');
      },
    });
    jobs.start();
    await vi.waitFor(() => expect(runs).toBeGreaterThanOrEqual(2));
    await jobs.stop();
    expect(errors).toHaveLength(1);
    expect(jobs.status()[0]).toMatchObject({ name: 'flaky', lastError: null });
  });

  it('refuse two jobs of one name', () => {
    const jobs = createJobs(silentLogger());
    jobs.add({ name: 'x', everyMs: 1000, run: async () => undefined });
    expect(() => jobs.add({ name: 'x', everyMs: 1000, run: async () => undefined })).toThrow(/already/);
  });
});
