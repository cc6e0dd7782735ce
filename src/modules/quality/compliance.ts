import type { SelectQueryBuilder } from 'typeorm';
import type { Db } from '../../db/database.js';
import { type ReportWindow, reportWindow, touchpointCondition, type UsageFilter } from '../reports/report-filter.js';
import { DocumentRow } from '../versioning/document.entity.js';
import { VersionRow } from '../versioning/version.entity.js';
import { type FlowStep, stepsOf } from './flow-steps.js';
import { DeviationRow, InspectionRow } from './inspection.entity.js';
import { qualitySettings, targetOf } from './target.service.js';

/** Inspected calls and how many of them followed every step; rate = compliant / inspected. */
export interface ComplianceCount {
  inspected: number;
  compliant: number;
  rate: number;
  target: number;
  meetsTarget: boolean;
}

/** One group of a flow version's inspections: a touchpoint, or the agents' post. */
export interface ComplianceBreakdown extends ComplianceCount {
  key: string;
}

/** One step or decision of the version: how many inspected calls deviated there. */
export interface StepCompliance extends FlowStep {
  /** inspected calls with a deviation recorded at this step */
  deviations: number;
  /** (inspected − deviations) / inspected */
  followedRate: number;
}

/** The compliance rate (流程规范率) of one flow version over a period, all touchpoints together. */
export interface FlowCompliance extends ComplianceCount {
  documentId: string;
  flowCode: string;
  flowTitle: string;
  versionId: string;
  versionNumber: number;
  /** null: the row counts every touchpoint; perTouchpoint splits it */
  touchpointCode: null;
  /** every step and decision, the most deviated first (graph order among equals) */
  steps: StepCompliance[];
  perTouchpoint: ComplianceBreakdown[];
  perPost: ComplianceBreakdown[];
}

const count = (inspected: number, compliant: number, target: number): ComplianceCount => {
  const rate = inspected === 0 ? 0 : compliant / inspected;
  return { inspected, compliant, rate, target, meetsTarget: inspected > 0 && rate >= target };
};

/** Keep the inspections (alias i) of the window: callAt in [from, to), the touchpoint filter, the flow's owner. */
export function inWindow<T extends object>(qb: SelectQueryBuilder<T>, w: ReportWindow): SelectQueryBuilder<T> {
  qb.andWhere('i.callAt >= :from AND i.callAt < :to', { from: w.from, to: w.to });
  const params: Record<string, unknown> = {};
  const touchpoint = touchpointCondition('i.touchpointCode', w.filter, params);
  if (touchpoint) qb.andWhere(touchpoint, params);
  if (w.filter.ownerId !== null) qb.andWhere('i.documentId IN (SELECT od.id FROM documents od WHERE od."ownerId" = :ownerId)', { ownerId: w.filter.ownerId });
  return qb;
}

/**
 * 流程规范率 per flow version over [from, to): inspected calls whose every step was followed, over the
 * calls inspected, against the stored target — with each step's deviations and the split by
 * touchpoint and by the agent's post. Rows by flow code, then version. A bounded number of
 * statements however many calls: the checks of the filter, then five.
 */
export async function flowCompliance(db: Db, args: { from: Date; to: Date; filter?: UsageFilter | null }): Promise<FlowCompliance[]> {
  const em = db.dataSource.manager;
  const w = await reportWindow(db, args);
  const target = targetOf(await qualitySettings(em));
  const inspections = await inWindow(em.createQueryBuilder(InspectionRow, 'i').where('1 = 1'), w).orderBy('i.callAt', 'ASC').getMany();
  if (inspections.length === 0) return [];
  const deviationRows = await inWindow(em.createQueryBuilder(DeviationRow, 'dv').innerJoin(InspectionRow, 'i', 'i.id = dv.inspectionId').where('1 = 1'), w).getMany();
  const versionIds = [...new Set(inspections.map((i) => i.versionId))];
  const versions = new Map((await em.createQueryBuilder(VersionRow, 'v').where('v.id IN (:...versionIds)', { versionIds }).getMany()).map((v) => [v.id, v]));
  const documentIds = [...new Set(inspections.map((i) => i.documentId))];
  const codes = new Map((await em.createQueryBuilder(DocumentRow, 'd').where('d.id IN (:...documentIds)', { documentIds }).getMany()).map((d) => [d.id, d.code ?? d.id]));

  const deviatedAt = new Map<string, Set<string>>();
  for (const d of deviationRows) deviatedAt.set(d.inspectionId, (deviatedAt.get(d.inspectionId) ?? new Set()).add(d.stepKey));

  const byVersion = new Map<string, InspectionRow[]>();
  for (const i of inspections) byVersion.set(i.versionId, [...(byVersion.get(i.versionId) ?? []), i]);

  const breakdown = (rows: InspectionRow[], keyOf: (i: InspectionRow) => string): ComplianceBreakdown[] => {
    const groups = new Map<string, InspectionRow[]>();
    for (const r of rows) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
    return [...groups.entries()]
      .map(([key, group]) => ({ key, ...count(group.length, group.filter((g) => g.compliant).length, target) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  };

  const rows: FlowCompliance[] = [];
  for (const [versionId, group] of byVersion) {
    const version = versions.get(versionId)!;
    const steps = stepsOf(version.content).map((step, order) => {
      const deviations = group.filter((i) => deviatedAt.get(i.id)?.has(step.key)).length;
      return { ...step, deviations, followedRate: (group.length - deviations) / group.length, order };
    });
    steps.sort((a, b) => b.deviations - a.deviations || a.order - b.order);
    rows.push({
      documentId: version.documentId,
      flowCode: codes.get(version.documentId)!,
      flowTitle: version.title,
      versionId,
      versionNumber: version.versionNumber,
      touchpointCode: null,
      ...count(group.length, group.filter((i) => i.compliant).length, target),
      steps: steps.map(({ order: _order, ...s }) => s),
      perTouchpoint: breakdown(group, (i) => i.touchpointCode),
      perPost: breakdown(group, (i) => i.agentPost),
    });
  }
  return rows.sort((a, b) => (a.flowCode < b.flowCode ? -1 : a.flowCode > b.flowCode ? 1 : a.versionNumber - b.versionNumber));
}

/** One flow over the period, whichever of its versions the calls were inspected against. */
export interface FlowComplianceOfFlow extends ComplianceCount {
  documentId: string;
  flowCode: string;
  /** the title of the latest version inspected */
  flowTitle: string;
  /** how many of its versions were inspected */
  versions: number;
}

/** The version rows of each flow together (rows come by flow code, then version): per flow, every inspected call once. */
export function perFlow(rows: FlowCompliance[], target: number): FlowComplianceOfFlow[] {
  const flows = new Map<string, FlowCompliance[]>();
  for (const r of rows) flows.set(r.documentId, [...(flows.get(r.documentId) ?? []), r]);
  return [...flows.values()].map((versions) => {
    const latest = versions.at(-1)!;
    return { documentId: latest.documentId, flowCode: latest.flowCode, flowTitle: latest.flowTitle, versions: versions.length, ...overall(versions, target) };
  });
}

/** All the rows together: every inspected call of the period once. */
export function overall(rows: FlowCompliance[], target: number): ComplianceCount {
  const inspected = rows.reduce((n, r) => n + r.inspected, 0);
  return count(inspected, rows.reduce((n, r) => n + r.compliant, 0), target);
}
