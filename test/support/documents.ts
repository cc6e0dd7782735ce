import { publish, submit, type V } from './chapters.js';
import type { TestApp } from './harness.js';

export const VERSION = `id documentId versionNumber revision status effectiveFrom effectiveTo title`;

export const CREATE_SCRIPT = `mutation($input: CreateScriptInput!) { createScript(input: $input) { version { ${VERSION} } } }`;
export const CREATE_SCRIPT_DRAFT = `mutation($input: CreateScriptDraftInput!) { createScriptDraft(input: $input) { version { ${VERSION} } } }`;
export const UPDATE_SCRIPT = `mutation($input: UpdateScriptDraftInput!) { updateScriptDraft(input: $input) { version { ${VERSION} } } }`;
export const CREATE_STANDARD = `mutation($input: CreateStandardInput!) { createStandard(input: $input) { version { ${VERSION} } } }`;
export const CREATE_STANDARD_DRAFT = `mutation($input: CreateStandardDraftInput!) { createStandardDraft(input: $input) { version { ${VERSION} } } }`;
export const UPDATE_STANDARD = `mutation($input: UpdateStandardDraftInput!) { updateStandardDraft(input: $input) { version { ${VERSION} } } }`;

let n = 0;

/** A script draft; `fields` override a plain greeting with one placeholder. */
export async function newScript(app: TestApp, fields: Record<string, unknown> = {}): Promise<V> {
  const input = {
    code: `script-${++n}`,
    title: `测试话术${n}`,
    scenario: 'GREETING',
    text: '您好，{agentId}号为您服务！',
    placeholders: [{ name: 'agentId', description: '座席工号' }],
    changeNote: '起草',
    ...fields,
  };
  return (await app.ok<{ createScript: { version: V } }>('manager', CREATE_SCRIPT, { input })).createScript.version;
}

/** A standard draft; `fields` override a repair-callback commitment. */
export async function newStandard(app: TestApp, fields: Record<string, unknown> = {}): Promise<V> {
  const input = {
    code: `standard-${++n}`,
    title: `测试标准${n}`,
    standardClass: 'TIME_LIMIT',
    commitment: '维修后回访客户',
    values: [
      { grade: '钻', value: '当日' },
      { grade: '全部', value: '3日内' },
    ],
    changeNote: '起草',
    ...fields,
  };
  return (await app.ok<{ createStandard: { version: V } }>('manager', CREATE_STANDARD, { input })).createStandard.version;
}

/** Submit and publish a draft of any kind. */
export const release = async (app: TestApp, v: V, effectiveFrom?: string) => publish(app, await submit(app, v), effectiveFrom);
