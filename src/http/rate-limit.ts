import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, type Options, rateLimit, type Store } from 'express-rate-limit';
import { type Db, isPostgres } from '../db/database.js';
import { hashToken, userFromAuthorization } from '../modules/auth/auth.service.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';

export const RATE_WINDOW_MS = 60_000;
/** How often each process writes the hits it counted and reads everyone's. */
export const RATE_FLUSH_MS = 200;

/**
 * Hits per client and minute kept in the database (`rate_limits`), so every process of a deployment
 * counts against the same limit. Each process counts in memory and, every RATE_FLUSH_MS, adds what
 * it counted to the table and reads back the totals of the clients it has seen: a request writes
 * nothing, and a client spread over n processes may pass the limit by what they count in one flush.
 */
export class SharedRateLimitStore implements Store {
  readonly localKeys = false;
  readonly prefix = 'rl:';
  private windowMs = RATE_WINDOW_MS;
  private window = 0;
  /** counted here and not yet written */
  private pending = new Map<string, number>();
  /** counted here and being written: still counted until the totals read back include them */
  private writing = new Map<string, number>();
  /** the table's totals as last read (our written hits included) */
  private shared = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
  ) {}

  init(options: Options) {
    this.windowMs = options.windowMs;
    this.timer = setInterval(() => void this.flush(), RATE_FLUSH_MS);
    this.timer.unref();
  }

  private current(): number {
    const start = Math.floor(Date.now() / this.windowMs) * this.windowMs;
    if (start !== this.window) {
      this.window = start;
      this.pending.clear();
      this.writing.clear();
      this.shared.clear();
    }
    return start;
  }

  async increment(key: string) {
    const start = this.current();
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
    return { totalHits: this.counted(key), resetTime: new Date(start + this.windowMs) };
  }

  async get(key: string) {
    const start = this.current();
    return { totalHits: this.counted(key), resetTime: new Date(start + this.windowMs) };
  }

  /** the table's total as last read, plus what this process counted since and has not seen in it */
  private counted(key: string): number {
    return (this.shared.get(key) ?? 0) + (this.writing.get(key) ?? 0) + (this.pending.get(key) ?? 0);
  }

  async decrement(key: string) {
    this.pending.set(key, (this.pending.get(key) ?? 0) - 1);
  }

  async resetKey(key: string) {
    this.pending.delete(key);
    this.shared.delete(key);
    await this.db.write((tx) => tx.em.query(`DELETE FROM rate_limits WHERE key = ${this.ph(1)}`, [key]));
  }

  private ph(i: number) {
    return isPostgres(this.db.writeSource) ? `$${i}` : '?';
  }

  /** Write what this process counted; read back the totals of every client it has seen this minute. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write()).catch((error: unknown) => this.logger.warn({ err: error }, 'rate limits: could not share the counts'));
    return this.flushing;
  }

  private async write() {
    const start = this.current();
    const deltas = [...this.pending].filter(([, n]) => n !== 0);
    const keys = [...new Set([...deltas.map(([k]) => k), ...this.shared.keys()])];
    if (keys.length === 0) return;
    for (const [key, n] of deltas) {
      this.pending.delete(key);
      this.writing.set(key, n);
    }
    try {
      const totals = await this.db.write(async (tx) => {
        for (const [key, n] of deltas) {
          await tx.em.query(
            `INSERT INTO rate_limits (key, "windowStart", hits) VALUES (${this.ph(1)}, ${this.ph(2)}, ${this.ph(3)}) ON CONFLICT (key, "windowStart") DO UPDATE SET hits = rate_limits.hits + excluded.hits`,
            [key, start, n],
          );
        }
        await tx.em.query(`DELETE FROM rate_limits WHERE "windowStart" < ${this.ph(1)}`, [start - this.windowMs]);
        const list = keys.map((_, i) => this.ph(i + 2)).join(', ');
        return (await tx.em.query(`SELECT key, hits FROM rate_limits WHERE "windowStart" = ${this.ph(1)} AND key IN (${list})`, [start, ...keys])) as { key: string; hits: number | string }[];
      });
      if (start !== this.window) return;
      for (const { key, hits } of totals) this.shared.set(key, Number(hits));
    } catch (error) {
      // counted again at the next flush
      if (start === this.window) for (const [key, n] of deltas) this.pending.set(key, (this.pending.get(key) ?? 0) + n);
      throw error;
    } finally {
      // now in the totals read back (or back in pending): no longer counted as being written
      if (start === this.window) for (const [key] of deltas) this.writing.delete(key);
    }
  }

  stop() {
    clearInterval(this.timer);
    return this.flush();
  }
}

/**
 * At most `perMinute` requests a minute per token that signs in, and per address for requests
 * without a token or whose token is refused (so trying tokens is limited by address); past it,
 * HTTP 429 with Retry-After.
 */
export function rateLimiter(db: Db, clock: Clock, logger: Logger, perMinute: number): { middleware: RequestHandler; store: SharedRateLimitStore } {
  const store = new SharedRateLimitStore(db, logger);
  const keyOf = async (req: Request) => {
    const header = req.headers.authorization;
    const token = header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
    if (token) {
      const user = await userFromAuthorization(db, header, clock.now()).catch(() => null);
      if (user) return `token:${hashToken(token)}`;
    }
    return `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
  };
  const middleware = rateLimit({
    windowMs: RATE_WINDOW_MS,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store,
    keyGenerator: keyOf,
    handler: (_req: Request, res: Response) => {
      const retryAfter = res.getHeader('retry-after');
      res.status(429).json({
        errors: [
          {
            message: `too many requests: at most ${perMinute} a minute per token (or per address without a valid token); retry after ${retryAfter} s`,
            extensions: { code: 'UNAVAILABLE', limit: 'RATE_LIMIT_PER_MINUTE', maximum: perMinute, retryAfterSeconds: Number(retryAfter) },
          },
        ],
      });
    },
  });
  return { middleware, store };
}
