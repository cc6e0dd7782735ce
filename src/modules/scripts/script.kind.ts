import { z } from 'zod';
import { badInput } from '../../shared/errors.js';
import { text } from '../../shared/validation.js';
import { defineKind } from '../versioning/kind.js';
import { appliesTo, scopeFields } from '../versioning/scope.js';

export const SCENARIOS = [
  'GREETING',
  'SILENT_CALLER',
  'CANNOT_HEAR',
  'HOLD_OVER_10S',
  'DIALECT',
  'ASK_REPEAT',
  'BACK_FROM_MUTE',
  'CLOSING',
  'CANNOT_ANSWER_NOW',
  'CALLBACK',
  'VERIFY_IDENTITY',
  'READ_BACK',
  'APOLOGY',
  'TRANSFER',
  'COMPLAINT_ACCEPT',
  'OTHER',
] as const;

/** The situations as agents name them. */
const SCENARIO_NAME: Record<(typeof SCENARIOS)[number], string> = {
  GREETING: '开头语 问候',
  SILENT_CALLER: '无声电话',
  CANNOT_HEAR: '听不清',
  HOLD_OVER_10S: '等待超过10秒',
  DIALECT: '方言',
  ASK_REPEAT: '请客户重复',
  BACK_FROM_MUTE: '取消静音',
  CLOSING: '结束语',
  CANNOT_ANSWER_NOW: '无法当场解答',
  CALLBACK: '回访',
  VERIFY_IDENTITY: '身份核实',
  READ_BACK: '复述确认',
  APOLOGY: '致歉',
  TRANSFER: '转接',
  COMPLAINT_ACCEPT: '投诉受理',
  OTHER: '',
};

const placeholderName = z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/, 'must be lowerCamelCase letters and digits, e.g. agentId');

export const scriptContent = z.object({
  scenario: z.enum(SCENARIOS),
  text: text(4000),
  placeholders: z.array(z.object({ name: placeholderName, description: text(200) })).max(30).default([]),
  tags: z.array(text(30)).max(20).default([]),
  ...scopeFields,
});
export type ScriptContent = z.infer<typeof scriptContent>;

declare module '../versioning/document-kind.js' {
  interface DocumentKinds {
    SCRIPT: ScriptContent;
  }
}

/** The placeholder names a text uses, in order of first use: `{agentId}` → agentId. */
export const placeholdersIn = (text: string) => [...new Set([...text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]!))];

export function placeholderProblems(c: ScriptContent): string[] {
  const used = placeholdersIn(c.text);
  const declared = c.placeholders.map((p) => p.name);
  const problems = used.filter((n) => !declared.includes(n)).map((n) => `placeholder {${n}} is used in the text but not declared`);
  problems.push(...declared.filter((n) => !used.includes(n)).map((n) => `placeholder ${n} is declared but not used in the text`));
  problems.push(...declared.filter((n, i) => declared.indexOf(n) !== i).map((n) => `placeholder ${n} is declared twice`));
  return problems;
}

/** Fill the placeholders; a missing or unknown value is refused by name. */
export function renderText(c: ScriptContent, values: { name: string; value: string }[]): string {
  const declared = new Set(c.placeholders.map((p) => p.name));
  const unknown = values.filter((v) => !declared.has(v.name)).map((v) => v.name);
  if (unknown.length > 0) throw badInput('values', `unknown placeholders: ${unknown.join(', ')} (this script has ${[...declared].join(', ') || 'none'})`);
  const given = new Map(values.map((v) => [v.name, v.value]));
  const missing = placeholdersIn(c.text).filter((n) => !given.has(n));
  if (missing.length > 0) throw badInput('values', `missing values for: ${missing.join(', ')}`);
  return c.text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => given.get(name) ?? whole);
}

export const scriptKind = defineKind({
  kind: 'SCRIPT',
  typeName: 'Script',
  description: 'a standard script (标准话术): the exact words an agent says in a situation',
  content: scriptContent,
  code: { pattern: /^[a-z0-9][a-z0-9-]{1,39}$/, rule: 'must be 2–40 lowercase letters, digits or hyphens (e.g. greeting-standard)', example: 'greeting-standard' },
  contentField: 'text',
  readinessProblems: placeholderProblems,
  appliesAt: (c, t) => appliesTo(c, t.channel, t.businessCode),
  searchView: (c) => ({ body: c.text, headings: [SCENARIO_NAME[c.scenario]].filter(Boolean), keywords: c.tags, channels: c.channels, businessCodes: c.businessCodes }),
  sections: (c) => [
    { heading: '场景', body: c.scenario },
    { heading: '话术', body: c.text },
    { heading: '占位符', body: c.placeholders.map((p) => `{${p.name}} ${p.description}`).join('\n') },
    { heading: '适用范围', body: `渠道 ${c.channels.join(' ') || '全部'}；业务 ${c.businessCodes.join(' ') || '全部'}` },
    { heading: '标签', body: c.tags.join(' ') },
  ],
});
