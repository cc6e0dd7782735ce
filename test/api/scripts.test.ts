import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBMIT } from '../support/chapters.js';
import { CREATE_SCRIPT_DRAFT, newScript, release, UPDATE_SCRIPT } from '../support/documents.js';
import { registerMap } from '../support/flows.js';
import { codeOf, startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // filters name channels and businesses of the map
  await registerMap(app);
});
afterAll(() => app.close());

const submitRefusal = async (fields: Record<string, unknown>) => {
  const v = await newScript(app, fields);
  const res = await app.gql('manager', SUBMIT, { input: { versionId: v.id, expectedRevision: v.revision } });
  expect(codeOf(res)).toBe('BAD_USER_INPUT');
  expect(res.errors![0]!.extensions.field).toBe('text');
  return res.errors![0]!.extensions.problems as string[];
};

const RENDER = `query($id: ID!, $values: [PlaceholderValueInput!]!, $asOf: DateTime) { renderScript(id: $id, values: $values, asOf: $asOf) { text versionId } }`;

describe('placeholders', () => {
  it('a placeholder used but not declared is refused on submit, by name', async () => {
    const problems = await submitRefusal({ text: '您好，{agentId}号为您服务，今天是{date}。' });
    expect(problems).toEqual(['placeholder {date} is used in the text but not declared']);
  });

  it('a placeholder declared but not used is refused on submit, by name', async () => {
    const problems = await submitRefusal({ text: '您好，请问有什么可以帮您？' });
    expect(problems).toEqual(['placeholder agentId is declared but not used in the text']);
  });

  it('a placeholder declared twice is refused, and every problem is listed at once', async () => {
    const problems = await submitRefusal({
      text: '{agentId}{phone}',
      placeholders: [
        { name: 'agentId', description: '工号' },
        { name: 'agentId', description: '工号' },
        { name: 'date', description: '日期' },
      ],
    });
    expect(problems).toEqual([
      'placeholder {phone} is used in the text but not declared',
      'placeholder date is declared but not used in the text',
      'placeholder agentId is declared twice',
    ]);
  });

  it('a malformed placeholder name is refused when written, naming the field', async () => {
    const res = await app.gql('manager', UPDATE_SCRIPT, {
      input: { versionId: (await newScript(app)).id, expectedRevision: 1, placeholders: [{ name: 'agent id', description: '工号' }] },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.field).toBe('placeholders.0.name');
  });

  it('a draft may be incomplete; fixed, it goes through', async () => {
    const v = await newScript(app, { text: '稍等，{agentId}' , placeholders: [] });
    const fixed = await app.ok('manager', UPDATE_SCRIPT, {
      input: { versionId: v.id, expectedRevision: v.revision, placeholders: [{ name: 'agentId', description: '工号' }] },
    });
    const submitted = await app.ok('manager', SUBMIT, { input: { versionId: v.id, expectedRevision: fixed.updateScriptDraft.version.revision } });
    expect(submitted.submitVersion.version.status).toBe('IN_REVIEW');
  });
});

describe('renderScript', () => {
  let scriptId: string;
  beforeAll(async () => {
    const v1 = await release(
      app,
      await newScript(app, {
        scenario: 'CALLBACK',
        text: '您好，我是10086客服代表{agentId}号，就您{date}反映的问题给您回电。',
        placeholders: [
          { name: 'agentId', description: '座席工号' },
          { name: 'date', description: '客户来电日期' },
        ],
      }),
      '2026-02-01T00:00:00Z',
    );
    scriptId = v1.documentId;
    const draft = (await app.ok('manager', CREATE_SCRIPT_DRAFT, { input: { scriptId, changeNote: '改为问候在前' } })).createScriptDraft.version;
    const edited = await app.ok('manager', UPDATE_SCRIPT, {
      input: { versionId: draft.id, expectedRevision: draft.revision, text: '{date}您反映的问题已有结果，我是{agentId}号。' },
    });
    await release(app, edited.updateScriptDraft.version, '2026-03-01T00:00:00Z');
  });

  const values = [
    { name: 'agentId', value: '1024' },
    { name: 'date', value: '2月3日' },
  ];

  it('fills every placeholder with the words in force at asOf', async () => {
    const feb = await app.ok('agent', RENDER, { id: scriptId, values, asOf: '2026-02-15T00:00:00Z' });
    expect(feb.renderScript.text).toBe('您好，我是10086客服代表1024号，就您2月3日反映的问题给您回电。');
    const mar = await app.ok('agent', RENDER, { id: scriptId, values, asOf: '2026-03-01T00:00:00Z' });
    expect(mar.renderScript.text).toBe('2月3日您反映的问题已有结果，我是1024号。');
    expect(mar.renderScript.versionId).not.toBe(feb.renderScript.versionId);
  });

  it('refuses a missing value by name', async () => {
    const res = await app.gql('agent', RENDER, { id: scriptId, values: values.slice(0, 1), asOf: '2026-02-15T00:00:00Z' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.field).toBe('values');
    expect(res.errors![0]!.message).toMatch(/missing values for: date$/);
  });

  it('refuses an unknown value by name', async () => {
    const res = await app.gql('agent', RENDER, { id: scriptId, values: [...values, { name: 'phone', value: '1' }], asOf: '2026-02-15T00:00:00Z' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/unknown placeholders: phone/);
  });

  it('is NOT_FOUND before the script takes effect, and for a script nobody published', async () => {
    expect(codeOf(await app.gql('agent', RENDER, { id: scriptId, values, asOf: '2026-01-15T00:00:00Z' }))).toBe('NOT_FOUND');
    const draftOnly = await newScript(app);
    expect(codeOf(await app.gql('manager', RENDER, { id: draftOnly.documentId, values: [{ name: 'agentId', value: '1' }] }))).toBe('NOT_FOUND');
  });
});

describe('listing scripts', () => {
  it('filters by scenario, channel, business and tag; an empty scope means everywhere', async () => {
    const at = '2026-06-01T00:00:00Z';
    await release(app, await newScript(app, { code: 'hold-phone', scenario: 'HOLD_OVER_10S', text: '请稍等。', placeholders: [], channels: ['A'], tags: ['等待'] }), '2026-02-01T00:00:00Z');
    await release(app, await newScript(app, { code: 'hold-sms', scenario: 'HOLD_OVER_10S', text: '请稍候。', placeholders: [], channels: ['D'], businessCodes: ['1205'] }), '2026-02-01T00:00:00Z');
    const list = async (filter: Record<string, string>) =>
      (await app.ok('agent', `query($f: ScriptFilter, $a: DateTime) { scripts(filter: $f, asOf: $a, first: 100) { edges { node { code } } } }`, { f: filter, a: at })).scripts.edges
        .map((e: { node: { code: string } }) => e.node.code)
        .filter((c: string) => c.startsWith('hold-'));
    expect(await list({ scenario: 'HOLD_OVER_10S' })).toEqual(['hold-phone', 'hold-sms']);
    expect(await list({ scenario: 'HOLD_OVER_10S', channel: 'A' })).toEqual(['hold-phone']);
    expect(await list({ businessCode: '1205' })).toEqual(['hold-phone', 'hold-sms']);
    expect(await list({ businessCode: '1102', channel: 'D' })).toEqual([]);
    expect(await list({ tag: '等待' })).toEqual(['hold-phone']);
  });

  it('shows a script with its words, placeholders and scope', async () => {
    const v = await release(app, await newScript(app, { code: 'closing-std', scenario: 'CLOSING', text: '感谢您的来电，再见！', placeholders: [], tags: ['结束语'] }), '2026-02-01T00:00:00Z');
    const { script } = await app.ok('agent', `{ script(id: "${v.documentId}", asOf: "2026-02-02T00:00:00Z") { code title inForce { ... on ScriptVersion { scenario text placeholders { name } channels businessCodes tags } } } }`);
    expect(script).toEqual({
      code: 'closing-std',
      title: v.title,
      inForce: { scenario: 'CLOSING', text: '感谢您的来电，再见！', placeholders: [], channels: [], businessCodes: [], tags: ['结束语'] },
    });
  });

  it('refuses bad codes and scopes, naming the field', async () => {
    const field = async (fields: Record<string, unknown>) => {
      const res = await app.gql('manager', `mutation($input: CreateScriptInput!) { createScript(input: $input) { version { id } } }`, {
        input: { code: 'ok-code', title: '话术', scenario: 'OTHER', text: '好的', changeNote: '起草', ...fields },
      });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      return res.errors![0]!.extensions.field;
    };
    expect(await field({ code: 'Greeting Standard' })).toBe('code');
    expect(await field({ channels: ['AB'] })).toBe('channels.0');
    expect(await field({ businessCodes: ['11O2'] })).toBe('businessCodes.0');
    expect(await field({ text: '' })).toBe('text');
  });
});
