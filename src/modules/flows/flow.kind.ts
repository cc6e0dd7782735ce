import { In } from 'typeorm';
import { z } from 'zod';
import type { Tx } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { conflict } from '../../shared/errors.js';
import { text } from '../../shared/validation.js';
import { DocumentRow } from '../versioning/document.entity.js';
import { defineKind } from '../versioning/kind.js';
import { VersionRow } from '../versioning/version.entity.js';
import { publishDerivedVersion } from '../versioning/versioning.service.js';
import { FlowTouchpointRow } from '../touchpoints/touchpoint.entity.js';
import { expectTouchpoints } from '../touchpoints/touchpoints.service.js';
import { designViolations, flowGraph, timeLimitText } from './graph.js';

export const FLOW_TYPES = ['VERIFICATION', 'FULFILMENT', 'KNOWLEDGE'] as const;
export const FLOW_CLASSES = ['QUERY', 'BUSINESS_ACCEPTANCE', 'COMPLAINT'] as const;
/** how the handbook names them (chapter 2) */
const TYPE_NAME: Record<(typeof FLOW_TYPES)[number], string> = { VERIFICATION: '核实流程', FULFILMENT: '服务实现流程', KNOWLEDGE: '知识流程' };
const CLASS_NAME: Record<(typeof FLOW_CLASSES)[number], string> = { QUERY: '查询类', BUSINESS_ACCEPTANCE: '业务受理类', COMPLAINT: '投诉类' };

/** A step as an agent reads it: 核实身份（一线客服代表）：……，时限2分钟; a decision with its branches. */
function stepText(graph: FlowContent['graph'], n: FlowContent['graph']['nodes'][number]): string {
  const branches = graph.edges.filter((e) => e.from === n.key && e.label).map((e) => e.label);
  return [
    n.label,
    n.post ? `（${n.post}）` : '',
    n.requirement ? `：${n.requirement}` : '',
    n.timeLimit ? `，时限${timeLimitText(n.timeLimit)}` : '',
    branches.length > 0 ? `：${branches.join('／')}` : '',
  ].join('');
}

export const flowContent = z.object({
  type: z.enum(FLOW_TYPES),
  flowClass: z.enum(FLOW_CLASSES),
  graph: flowGraph,
  inputs: z.array(text(500)).max(50, 'must hold at most 50 entries').default([]),
  outputs: z.array(text(500)).max(50, 'must hold at most 50 entries').default([]),
  touchpointCodes: z.array(z.string()).max(500, 'must hold at most 500 touchpoints').default([]),
});
export type FlowContent = z.infer<typeof flowContent>;

declare module '../versioning/document-kind.js' {
  interface DocumentKinds {
    FLOW: FlowContent;
  }
}

/** Keep flow_touchpoints in step with the version's content; unknown or malformed codes are refused. */
async function indexTouchpoints({ em }: Tx, version: VersionRow, content: FlowContent) {
  await expectTouchpoints(em, content.touchpointCodes, 'touchpointCodes');
  await em.delete(FlowTouchpointRow, { versionId: version.id });
  if (content.touchpointCodes.length > 0) {
    await em.insert(
      FlowTouchpointRow,
      content.touchpointCodes.map((touchpointCode) => ({ versionId: version.id, touchpointCode, documentId: version.documentId })),
    );
  }
}

interface Holder {
  touchpointCode: string;
  versionId: string;
  documentId: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/**
 * At any instant a touchpoint belongs to at most one flow. Publishing a version that claims a
 * touchpoint another flow holds at or after `effectiveFrom` is refused, naming that flow — unless
 * the approver asks to move it: the other flow then gets a derived version without it, from the
 * same instant, and the move is in the audit trail.
 */
async function claimTouchpoints(tx: Tx, actor: Actor, version: VersionRow, effectiveFrom: string, options: { moveTouchpoints?: boolean }) {
  const { em } = tx;
  const { touchpointCodes } = JSON.parse(version.content) as FlowContent;
  if (touchpointCodes.length === 0) return;
  const holders: Holder[] = await em
    .createQueryBuilder(FlowTouchpointRow, 'ft')
    .innerJoin(VersionRow, 'v', 'v.id = ft.versionId')
    .select('ft.touchpointCode', 'touchpointCode')
    .addSelect('v.id', 'versionId')
    .addSelect('v.documentId', 'documentId')
    .addSelect('v.effectiveFrom', 'effectiveFrom')
    .addSelect('v.effectiveTo', 'effectiveTo')
    .where('ft.touchpointCode IN (:...codes)', { codes: touchpointCodes })
    .andWhere('v.documentId <> :own', { own: version.documentId })
    .andWhere('v.status IN (:...statuses)', { statuses: ['PUBLISHED', 'RETIRED'] })
    .andWhere('(v.effectiveTo IS NULL OR v.effectiveTo > :at)', { at: effectiveFrom })
    .getRawMany();
  if (holders.length === 0) return;

  const flows = await em.findBy(DocumentRow, { id: In([...new Set(holders.map((h) => h.documentId))]) });
  const codeOf = new Map(flows.map((f) => [f.id, f.code ?? f.id]));
  const held = holders.map((h) => ({ touchpointCode: h.touchpointCode, flowCode: codeOf.get(h.documentId)!, versionId: h.versionId }));
  const describe = held.map((h) => `${h.touchpointCode} (flow ${h.flowCode})`).join(', ');
  if (!options.moveTouchpoints) {
    throw conflict(`touchpoints already served by another flow: ${describe}; publish with moveTouchpoints: true to move them to this flow`, {
      field: 'touchpointCodes',
      heldBy: held,
    });
  }
  const ownCode = (await em.findOneByOrFail(DocumentRow, { id: version.documentId })).code;
  for (const versionId of new Set(holders.map((h) => h.versionId))) {
    const source = await em.findOneByOrFail(VersionRow, { id: versionId });
    const moved = holders.filter((h) => h.versionId === versionId).map((h) => h.touchpointCode);
    if (source.effectiveTo !== null || source.effectiveFrom! >= effectiveFrom) {
      throw conflict(
        `cannot move ${moved.join(', ')}: flow ${codeOf.get(source.documentId)} claims them in version ${source.versionNumber}, in force from ${source.effectiveFrom}${source.effectiveTo ? ` to ${source.effectiveTo}` : ''}; only a flow's open version can give touchpoints up`,
        { field: 'touchpointCodes', heldBy: held },
      );
    }
    await publishDerivedVersion(
      tx,
      actor,
      source,
      (c) => ({ ...c, touchpointCodes: (c.touchpointCodes as string[]).filter((t) => !moved.includes(t)) }),
      version,
      effectiveFrom,
      `touchpoints ${moved.join(', ')} moved to flow ${ownCode} (version ${version.versionNumber})`,
    );
  }
}

export const flowKind = defineKind({
  kind: 'FLOW',
  typeName: 'Flow',
  description: 'a service flow (服务流程): how a kind of call is handled, step by step, at the touchpoints it serves',
  content: flowContent,
  code: {
    pattern: /^[A-Z]{2,4}-[A-Z0-9][A-Z0-9-]{0,34}$/,
    rule: 'must be a class prefix of 2–4 capitals, a hyphen, then capitals, digits or hyphens (e.g. QRY-BALANCE)',
    example: 'QRY-BALANCE',
  },
  contentField: 'graph',
  readinessProblems: (c) => designViolations(c.graph),
  contentWritten: indexTouchpoints,
  beforePublish: claimTouchpoints,
  appliesAt: (c, t) => c.touchpointCodes.includes(t.code),
  searchView: (c) => ({
    body: [
      ...c.graph.nodes.filter((n) => n.type === 'STEP' || n.type === 'DECISION').map((n) => stepText(c.graph, n)),
      c.inputs.length > 0 ? `输入：${c.inputs.join('；')}` : '',
      c.outputs.length > 0 ? `输出：${c.outputs.join('；')}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
    headings: c.graph.nodes.map((n) => n.label),
    keywords: [...c.touchpointCodes, TYPE_NAME[c.type], CLASS_NAME[c.flowClass]],
    channels: c.touchpointCodes.map((t) => t[1]!),
    brands: c.touchpointCodes.map((t) => t[2]!),
    businessCodes: c.touchpointCodes.map((t) => t.slice(3)),
    flowClass: c.flowClass,
  }),
  // a flow handles the whole situation; the scripts said within it come after it
  searchPrior: 1.5,
  sections: (c) => [
    { heading: '类型', body: `${c.type} · ${c.flowClass}` },
    { heading: '输入', body: c.inputs.join('\n') },
    { heading: '输出', body: c.outputs.join('\n') },
    { heading: '适用接触点', body: c.touchpointCodes.join(' ') },
    ...c.graph.nodes.map((n) => ({
      heading: `${n.type} ${n.key}`,
      body: [
        n.label,
        n.post ? `岗位：${n.post}` : '',
        n.requirement ? `要求：${n.requirement}` : '',
        n.timeLimit ? `时限：${n.timeLimit}` : '',
        ...c.graph.edges.filter((e) => e.from === n.key).map((e) => `→ ${e.to}${e.label ? `（${e.label}）` : ''}`),
      ]
        .filter(Boolean)
        .join('\n'),
    })),
  ],
});
