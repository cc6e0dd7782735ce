import type { Logger } from '../shared/logger.js';
import type { Lease } from './lease.js';

/** Background work that runs on a timer: an outbox worker, or a check for deadlines that pass with nobody writing. */
export interface Job {
  name: string;
  /** milliseconds between runs */
  everyMs: number;
  /** one run; a number is how much work it did */
  run(): Promise<number | void>;
  /** run again at once while a run did some work (an outbox with a backlog) */
  untilIdle?: boolean;
}

export interface JobStatus {
  name: string;
  running: boolean;
  lastRunAt: string | null;
  lastError: string | null;
}

interface Slot {
  job: Job;
  timer?: NodeJS.Timeout;
  current?: Promise<void>;
  lastRunAt: string | null;
  lastError: string | null;
}

export type Jobs = ReturnType<typeof createJobs>;

/**
 * The one home of background work: jobs are added where the application is assembled, started
 * and stopped together. A failing run is logged and the job runs again at its next time. With a
 * lease, the jobs run only while this process holds it, so among processes sharing a database
 * exactly one runs them; another takes over when it stops or its lease expires.
 */
export function createJobs(logger: Logger, options: { lease?: Lease; leaseEveryMs?: number } = {}) {
  const slots = new Map<string, Slot>();
  let started = false;
  let wanted = false;
  let keeper: NodeJS.Timeout | undefined;
  // the lease as this process last held it: past this instant another process may have taken it
  let heldUntil = Number.POSITIVE_INFINITY;
  let lapse: NodeJS.Timeout | undefined;

  async function tick(slot: Slot) {
    try {
      for (;;) {
        const done = await slot.job.run();
        slot.lastRunAt = new Date().toISOString();
        slot.lastError = null;
        if (!started || !slot.job.untilIdle || !done) break;
      }
    } catch (error) {
      slot.lastError = error instanceof Error ? error.message : String(error);
      logger.error({ err: error, job: slot.job.name }, 'background job failed');
    }
  }

  function schedule(slot: Slot, delayMs: number) {
    slot.timer = setTimeout(() => {
      slot.current = tick(slot).finally(() => {
        slot.current = undefined;
        if (started) schedule(slot, slot.job.everyMs);
      });
    }, delayMs);
  }

  function run() {
    started = true;
    for (const slot of slots.values()) schedule(slot, 0);
  }

  async function pause() {
    started = false;
    for (const slot of slots.values()) clearTimeout(slot.timer);
    await Promise.all([...slots.values()].map((s) => s.current));
  }

  return {
    add(job: Job): void {
      if (slots.has(job.name)) throw new Error(`a job named ${job.name} is already added`);
      const slot: Slot = { job, lastRunAt: null, lastError: null };
      slots.set(job.name, slot);
      if (started) schedule(slot, 0);
    },
    start(): void {
      if (wanted) return;
      wanted = true;
      const { lease } = options;
      if (!lease) return run();
      const keep = async () => {
        const askedAt = Date.now();
        const holds = await lease.hold().catch((error: unknown) => {
          logger.error({ err: error }, 'could not renew the background-work lease');
          return false;
        });
        if (!wanted) return;
        if (holds) {
          // a renewal that comes too late (a stalled event loop, a long wait for the database) must
          // not leave two processes running the work: stop when the lease runs out unrenewed
          heldUntil = askedAt + lease.ttlMs;
          clearTimeout(lapse);
          lapse = setTimeout(() => {
            if (!started) return;
            logger.warn({ holder: lease.holder }, 'the background-work lease ran out before it was renewed');
            void pause();
          }, heldUntil - Date.now());
          lapse.unref();
        }
        if (holds && !started) {
          logger.info({ holder: lease.holder }, 'this process runs the background work');
          run();
        } else if (!holds && started) {
          logger.info({ holder: lease.holder }, 'another process runs the background work');
          await pause();
        }
        if (wanted) keeper = setTimeout(() => void keep(), options.leaseEveryMs ?? 3000);
      };
      void keep();
    },
    /** Stop the timers and wait for the runs under way; give up the lease. */
    async stop(): Promise<void> {
      wanted = false;
      clearTimeout(keeper);
      clearTimeout(lapse);
      const held = started;
      await pause();
      if (held) await options.lease?.release().catch(() => undefined);
    },
    /** whether this process runs the jobs now */
    get running() {
      return started && Date.now() < heldUntil;
    },
    status(): JobStatus[] {
      return [...slots.values()].map((s) => ({ name: s.job.name, running: s.current !== undefined, lastRunAt: s.lastRunAt, lastError: s.lastError }));
    },
  };
}
