import type { TestApp } from './harness.js';

export const FLOW_VERSION = `id documentId versionNumber revision status effectiveFrom effectiveTo title
  ... on FlowVersion { type flowClass mermaid touchpoints { code } graph { nodes { key type label post requirement timeLimit } edges { from to label } } }`;
export const CREATE_FLOW = `mutation($input: CreateFlowInput!) { createFlow(input: $input) { version { ${FLOW_VERSION} } } }`;
export const UPDATE_FLOW = `mutation($input: UpdateFlowDraftInput!) { updateFlowDraft(input: $input) { version { ${FLOW_VERSION} } } }`;
export const CREATE_FLOW_DRAFT = `mutation($input: CreateFlowDraftInput!) { createFlowDraft(input: $input) { version { ${FLOW_VERSION} } } }`;

export const validGraph = () => ({
  nodes: [
    { key: 'start', type: 'START', label: '客户来电查询' },
    { key: 'ask', type: 'STEP', label: '询问需求', post: '一线客服代表', requirement: '先问清需求再选择鉴权方式', timeLimit: 'PT2M' },
    { key: 'need', type: 'DECISION', label: '需要鉴权？' },
    { key: 'auth', type: 'STEP', label: '核实身份', post: '一线客服代表', requirement: '服务密码核实' },
    { key: 'end', type: 'END', label: '需求满足' },
  ],
  edges: [
    { from: 'start', to: 'ask' },
    { from: 'ask', to: 'need' },
    { from: 'need', to: 'auth', label: '是' },
    { from: 'need', to: 'end', label: '否' },
    { from: 'auth', to: 'end' },
  ],
});

/** Register the four channels, five brands and a few businesses, as the seed does. */
export async function registerMap(app: TestApp) {
  for (const [code, name] of [['A', '人工座席'], ['B', 'IVR自助'], ['C', '互联网'], ['D', '短信']]) {
    await app.ok('manager', `mutation($i: RegisterMapAxisInput!) { registerChannel(input: $i) { code } }`, { i: { code, name } });
  }
  for (const [code, name] of [['A', '全球通'], ['B', '动感地带'], ['C', '神州行'], ['D', '本地品牌'], ['E', 'TD']]) {
    await app.ok('manager', `mutation($i: RegisterMapAxisInput!) { registerBrand(input: $i) { code } }`, { i: { code, name } });
  }
  const business = (code: string, name: string, channels: string[]) =>
    app.ok('manager', `mutation($i: RegisterBusinessInput!) { registerBusiness(input: $i) { code } }`, {
      i: { code, name, category: '查询类', channels, brands: ['A', 'B', 'C', 'D', 'E'] },
    });
  await business('1102', '话费余额查询', ['A', 'B', 'C', 'D']);
  await business('1205', '呼叫转移查询', ['A', 'D']);
}

let n = 0;
/** A flow through publication, serving `touchpointCodes`. */
export async function publishedFlow(app: TestApp, touchpointCodes: string[], options: { effectiveFrom?: string; moveTouchpoints?: boolean } = {}) {
  const code = `QRY-TEST-${++n}`;
  const created = await app.ok('manager', CREATE_FLOW, {
    input: { code, title: `测试流程${n}`, type: 'VERIFICATION', flowClass: 'QUERY', graph: validGraph(), touchpointCodes, changeNote: '起草' },
  });
  const v = created.createFlow.version;
  await app.ok('manager', `mutation { submitVersion(input: { versionId: "${v.id}", expectedRevision: ${v.revision} }) { version { id } } }`);
  const published = await app.gql('approver', `mutation($i: PublishVersionInput!) { publishVersion(input: $i) { version { id effectiveFrom } } }`, {
    i: { versionId: v.id, effectiveFrom: options.effectiveFrom, moveTouchpoints: options.moveTouchpoints },
  });
  return { code, version: v, published };
}
