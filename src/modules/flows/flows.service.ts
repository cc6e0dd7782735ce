import type { Db } from '../../db/database.js';
import { badInput } from '../../shared/errors.js';
import type { VersionRow } from '../versioning/version.entity.js';
import { type Actor, createDocument, createDraft, updateDraft } from '../versioning/versioning.service.js';
import './flow.kind.js';

export interface FlowFields {
  name: string;
  type: string;
  flowClass: string;
  graph: unknown;
  inputs?: string[] | null;
  outputs?: string[] | null;
  touchpointCodes?: string[] | null;
}

const FLOW_CODE = /^[A-Z]{2,4}-[A-Z0-9][A-Z0-9-]{0,34}$/;

/** A new flow with its first draft. The code is the flow's stable name, e.g. QRY-BALANCE. */
export function createFlow(db: Db, actor: Actor, input: FlowFields & { code: string; changeNote: string; ownerId?: string | null }): Promise<VersionRow> {
  if (!FLOW_CODE.test(input.code)) throw badInput('code', 'must be a class prefix of 2–4 capitals, a hyphen, then capitals, digits or hyphens (e.g. QRY-BALANCE)');
  return db.write(async (em) => {
    const { version } = await createDocument(em, actor, 'FLOW', {
      code: input.code,
      ownerId: input.ownerId ?? undefined,
      title: input.name,
      changeNote: input.changeNote,
      content: {
        type: input.type,
        flowClass: input.flowClass,
        graph: input.graph,
        inputs: input.inputs ?? [],
        outputs: input.outputs ?? [],
        touchpointCodes: input.touchpointCodes ?? [],
      },
    });
    return version;
  });
}

export const createFlowDraft = (db: Db, actor: Actor, input: { flowId: string; basedOnVersionId?: string | null; changeNote: string }) =>
  createDraft(db, actor, { documentId: input.flowId, basedOnVersionId: input.basedOnVersionId, changeNote: input.changeNote }, 'FLOW');

/** Change a flow draft: only the fields given change. */
export function updateFlowDraft(
  db: Db,
  actor: Actor,
  input: { [K in keyof FlowFields]?: FlowFields[K] | null } & { versionId: string; expectedRevision: number; changeNote?: string | null },
) {
  const content = Object.fromEntries(
    (['type', 'flowClass', 'graph', 'inputs', 'outputs', 'touchpointCodes'] as const).filter((k) => input[k] !== undefined && input[k] !== null).map((k) => [k, input[k]]),
  );
  return updateDraft(
    db,
    actor,
    {
      versionId: input.versionId,
      expectedRevision: input.expectedRevision,
      title: input.name,
      changeNote: input.changeNote,
      content: Object.keys(content).length > 0 ? content : undefined,
    },
    'FLOW',
  );
}
