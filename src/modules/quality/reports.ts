import type { Cell } from '../reports/report-registry.js';
import { periodOf, registerReport } from '../reports/report-registry.js';
import { toStored } from '../../shared/clock.js';
import { flowCompliance, type FlowCompliance } from './compliance.js';
import { type FitItem, organisationalFit } from './fit.js';

const percent = (rate: number) => Math.round(rate * 10_000) / 100;

/**
 * flowCompliance as one table: per flow version a row for all its touchpoints (scope ALL), then one
 * per touchpoint, per agent post and per step; rates in per cent to two decimals.
 */
export function complianceTable(rows: FlowCompliance[]): { header: string[]; rows: Cell[][] } {
  const header = ['flowCode', 'flowTitle', 'versionNumber', 'scope', 'key', 'label', 'post', 'inspected', 'compliant', 'deviations', 'ratePercent', 'targetPercent', 'meetsTarget'];
  const out: Cell[][] = [];
  for (const r of rows) {
    const head = [r.flowCode, r.flowTitle, r.versionNumber];
    out.push([...head, 'ALL', null, null, null, r.inspected, r.compliant, r.inspected - r.compliant, percent(r.rate), percent(r.target), r.meetsTarget]);
    for (const t of r.perTouchpoint) out.push([...head, 'TOUCHPOINT', t.key, null, null, t.inspected, t.compliant, t.inspected - t.compliant, percent(t.rate), percent(t.target), t.meetsTarget]);
    for (const p of r.perPost) out.push([...head, 'POST', p.key, null, p.key, p.inspected, p.compliant, p.inspected - p.compliant, percent(p.rate), percent(p.target), p.meetsTarget]);
    for (const s of r.steps) out.push([...head, 'STEP', s.key, s.label, s.post, r.inspected, r.inspected - s.deviations, s.deviations, percent(s.followedRate), null, null]);
  }
  return { header, rows: out };
}

export function fitTable(items: FitItem[]): { header: string[]; rows: Cell[][] } {
  return {
    header: ['flowCode', 'flowTitle', 'versionNumber', 'stepKey', 'stepLabel', 'post', 'problem', 'detail'],
    rows: items.map((i) => [i.flowCode, i.flowTitle, i.versionNumber, i.stepKey, i.stepLabel, i.post, i.problem, i.detail]),
  };
}

registerReport<FlowCompliance[]>({
  name: 'flowCompliance',
  action: 'reports.read',
  period: true,
  run: (db, args) => flowCompliance(db, { ...periodOf(args), filter: args.filter }),
  table: complianceTable,
});

registerReport<FitItem[]>({
  name: 'organisationalFit',
  action: 'reports.read',
  period: false,
  run: (db, args, clock) => organisationalFit(db, toStored(args.asOf ?? clock.now())),
  table: fitTable,
});
