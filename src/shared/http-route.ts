import type { Request, RequestHandler, Response } from 'express';
import { AppError, badInput } from './errors.js';
import { parseInstant } from './instant.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404 };

/**
 * An HTTP route beside the API (a flow chart, a CSV download): its refusals answer in the API's
 * error shape, { errors: [{ message, extensions }] }, with the matching status; anything else is
 * logged and answers 500 with the request id, nothing more.
 */
export function httpRoute(what: string, handle: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return async (req, res) => {
    try {
      await handle(req, res);
    } catch (error) {
      const status = error instanceof AppError ? STATUS[String(error.extensions.code)] : undefined;
      if (error instanceof AppError && status) {
        res.status(status).json({ errors: [{ message: error.message, extensions: error.extensions }] });
        return;
      }
      req.log.error({ err: error }, `${what} failed`);
      res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: req.id } }] });
    }
  };
}

/** A query-string parameter given at most once, as text; undefined when absent. */
export function textParam(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badInput(name, 'must be given once, as text');
  if (value.includes('\u0000')) throw badInput(name, 'must not contain the NUL character (U+0000)');
  return value;
}

/** An instant query-string parameter (the one range every instant has, shared/instant.ts); undefined when absent. */
export function instantParam(req: Request, name: string): Date | undefined {
  const value = textParam(req, name);
  return value === undefined ? undefined : parseInstant(name, value);
}
