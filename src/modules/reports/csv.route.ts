import type { RequestHandler } from 'express';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../../db/database.js';
import { authorize } from '../../policies/policy.js';
import type { Clock } from '../../shared/clock.js';
import { badInput, notFound, unauthenticated } from '../../shared/errors.js';
import { httpRoute, instantParam, textParam } from '../../shared/http-route.js';
import { userFromAuthorization } from '../auth/auth.service.js';
// the reports that can be downloaded register themselves in these
import '../quality/reports.js';
import './downloads.js';
import { reportNamed, reportNames } from './report-registry.js';

const FILTER_FIELDS = ['touchpointCode', 'channel', 'brand', 'businessCode', 'ownerId'];

/**
 * GET /reports/<name>.csv?from=&to= (or ?asOf= for contentHealth), with the UsageFilter's fields
 * as parameters: the report as one table, UTF-8 with a byte-order mark so that Excel reads the
 * Chinese right. Same bearer token and rules as the GraphQL query of that name.
 */
export function reportCsvRoute(db: Db, clock: Clock): RequestHandler {
  return httpRoute('report download', async (req, res) => {
    const file = String(req.params.file);
    const report = file.endsWith('.csv') ? reportNamed(file.slice(0, -'.csv'.length)) : undefined;
    if (!report) throw notFound('report', `${file} (there are ${reportNames().map((n) => `${n}.csv`).join(', ')})`);
    const user = await userFromAuthorization(db, req.headers.authorization, clock.now());
    if (!user) throw unauthenticated();
    authorize({ user }, report.action);
    const known = new Set([...FILTER_FIELDS, ...(report.period ? ['from', 'to'] : ['asOf'])]);
    const unknown = Object.keys(req.query).find((k) => !known.has(k));
    if (unknown) throw badInput(unknown, `is not a parameter of ${report.name}.csv (it takes ${[...known].join(', ')})`);
    const filter: Record<string, string> = {};
    for (const field of FILTER_FIELDS) {
      const value = textParam(req, field);
      if (value !== undefined) filter[field] = value;
    }
    const result = await report.run(db, { from: instantParam(req, 'from'), to: instantParam(req, 'to'), asOf: instantParam(req, 'asOf'), filter }, clock);
    const { header, rows } = report.table(result);
    // what agents typed (queries, notes) must not run as a formula when Excel opens the file
    const csv = stringify(rows, { header: true, columns: header, bom: true, escape_formulas: true, cast: { boolean: (b) => (b ? 'true' : 'false') } });
    res
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${report.name}.csv"`)
      .set('Cache-Control', 'private, no-store')
      .send(csv);
  });
}
