import { type Db, isSqlite } from '../../db/database.js';
import { type ConnectionShape, offsetOf, type Page, positionalConnection } from '../../shared/pagination.js';
import { reportWindow, type UsageFilter } from '../reports/report-filter.js';
import { inWindow } from './compliance.js';
import type { DeviationRow } from './inspection.entity.js';
import { InspectionRow } from './inspection.entity.js';
import { deviationsOf } from './inspections.service.js';

export type ListedInspection = InspectionRow & { deviationRows: DeviationRow[] };

export interface InspectionListArgs {
  from: Date;
  to: Date;
  filter?: UsageFilter | null;
  complaintRef?: string | null;
  exceptionId?: string | null;
  compliant?: boolean | null;
}

/**
 * Inspections of calls in [from, to), latest call first, narrowed as flowCompliance is (and by
 * complaint, exception, outcome): what lies behind the rates. Each with its deviations; three
 * statements a page besides the filter's checks.
 */
export async function listInspections(db: Db, args: InspectionListArgs, page: Page): Promise<ConnectionShape<ListedInspection>> {
  const w = await reportWindow(db, args);
  const query = inWindow(db.dataSource.getRepository(InspectionRow).createQueryBuilder('i').where('1 = 1'), w);
  if (args.complaintRef) query.andWhere('i.complaintRef = :complaintRef', { complaintRef: args.complaintRef });
  if (args.exceptionId) query.andWhere('i.exceptionId = :exceptionId', { exceptionId: args.exceptionId });
  if (args.compliant != null) query.andWhere('i.compliant = :compliant', { compliant: isSqlite(db.dataSource) ? Number(args.compliant) : args.compliant });
  const [rows, total] = await Promise.all([query.clone().orderBy('i.callAt', 'DESC').addOrderBy('i.id', 'ASC').offset(offsetOf(page)).limit(page.limit + 1).getMany(), query.getCount()]);
  const deviations = await deviationsOf(db, rows.map((r) => r.id));
  const listed = rows.map((r) => Object.assign(r, { deviationRows: deviations.get(r.id)! }));
  return positionalConnection(listed, page, total);
}
