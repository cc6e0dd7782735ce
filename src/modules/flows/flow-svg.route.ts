import type { RequestHandler } from 'express';
import type { Db } from '../../db/database.js';
import { authorize } from '../../policies/policy.js';
import { type Clock, localDateTime, toStored } from '../../shared/clock.js';
import { notFound, unauthenticated } from '../../shared/errors.js';
import { httpRoute, instantParam, textParam } from '../../shared/http-route.js';
import { userFromAuthorization } from '../auth/auth.service.js';
import { flowSvg } from './flow-svg.js';
import { flowInForce } from './flows.service.js';
import type { UsageLog } from '../usage/usage-log.js';
import { readTouchpoint } from '../usage/usage-reads.js';

/**
 * GET /flows/<code>.svg?asOf=<ISO date-time>&touchpointCode=<code>: the chart of the flow version in
 * force at asOf (default now); an agent's drawing counts as a render in the usage reports, at the
 * touchpoint when one is named. Same bearer token as the API; errors come as { errors: [{ message, extensions }] }.
 */
export function flowSvgRoute(db: Db, clock: Clock, usage: UsageLog): RequestHandler {
  return httpRoute('flow chart', async (req, res) => {
    const file = String(req.params.file);
    if (!file.endsWith('.svg')) throw notFound('chart', file);
    const code = file.slice(0, -'.svg'.length);
    const user = await userFromAuthorization(db, req.headers.authorization, clock.now());
    if (!user) throw unauthenticated();
    authorize({ user }, 'content.read');
    const at = toStored(instantParam(req, 'asOf') ?? clock.now());
    const servedAt = await readTouchpoint(db, textParam(req, 'touchpointCode'));
    const found = await flowInForce(db, code, at);
    if (!found) throw notFound('flow in force', `${code} at ${at}`);
    usage.record({ user, clock }, found.version, 'RENDER', servedAt);
    const { version, content } = found;
    const heading = `${version.title}（${code}） 第${version.versionNumber}版 · ${localDateTime(version.effectiveFrom!)} 起生效`;
    res.type('image/svg+xml').set('Cache-Control', 'private, no-cache').send(flowSvg(content.graph, heading));
  });
}
