import type { RequestHandler } from 'express';
import type { Db } from '../../db/database.js';
import { authorize } from '../../policies/policy.js';
import { type Clock, localDateTime, toStored } from '../../shared/clock.js';
import { AppError, notFound, unauthenticated } from '../../shared/errors.js';
import { parseInstant } from '../../shared/instant.js';
import { userFromAuthorization } from '../auth/auth.service.js';
import { flowSvg } from './flow-svg.js';
import { flowInForce } from './flows.service.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404 };

/**
 * GET /flows/<code>.svg?asOf=<ISO date-time>: the chart of the flow version in force at asOf
 * (default now). Same bearer token as the API; errors come as { errors: [{ message, extensions }] }.
 */
export function flowSvgRoute(db: Db, clock: Clock): RequestHandler {
  return async (req, res) => {
    try {
      const file = String(req.params.file);
      if (!file.endsWith('.svg')) throw notFound('chart', file);
      const code = file.slice(0, -'.svg'.length);
      const user = await userFromAuthorization(db, req.headers.authorization, clock.now());
      if (!user) throw unauthenticated();
      authorize({ user }, 'content.read');
      const at = toStored(req.query.asOf === undefined ? clock.now() : parseInstant('asOf', req.query.asOf));
      const found = await flowInForce(db, code, at);
      if (!found) throw notFound('flow in force', `${code} at ${at}`);
      const { version, content } = found;
      const heading = `${version.title}（${code}） 第${version.versionNumber}版 · ${localDateTime(version.effectiveFrom!)} 起生效`;
      res.type('image/svg+xml').set('Cache-Control', 'private, no-cache').send(flowSvg(content.graph, heading));
    } catch (error) {
      const status = error instanceof AppError ? STATUS[String(error.extensions.code)] : undefined;
      if (error instanceof AppError && status) {
        res.status(status).json({ errors: [{ message: error.message, extensions: error.extensions }] });
        return;
      }
      req.log.error({ err: error }, 'flow chart failed');
      res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: req.id } }] });
    }
  };
}
