import { z } from 'zod';
import { text } from '../../shared/validation.js';
import { defineKind } from '../versioning/kind.js';
import { appliesTo, scopeFields } from '../versioning/scope.js';

export const STANDARD_CLASSES = ['TIME_LIMIT', 'FUNCTION', 'CARE'] as const;
/** Household grades 钻/金/银/基础, government and enterprise grades 1A–5A and 1B–5B, and 全部 for everyone else. */
export const GRADES = ['钻', '金', '银', '基础', '1A', '2A', '3A', '4A', '5A', '1B', '2B', '3B', '4B', '5B', '全部'] as const;

const CLASS_NAME: Record<(typeof STANDARD_CLASSES)[number], string> = { TIME_LIMIT: '快捷 时限', FUNCTION: '便捷', CARE: '关怀' };

export const standardContent = z.object({
  standardClass: z.enum(STANDARD_CLASSES),
  commitment: text(2000),
  values: z.array(z.object({ grade: z.enum(GRADES, { message: `must be one of ${GRADES.join(' ')}` }), value: text(200) })).max(GRADES.length).default([]),
  ...scopeFields,
});
export type StandardContent = z.infer<typeof standardContent>;

declare module '../versioning/document-kind.js' {
  interface DocumentKinds {
    STANDARD: StandardContent;
  }
}

export const standardKind = defineKind({
  kind: 'STANDARD',
  typeName: 'Standard',
  description: 'a service standard (服务标准): a commitment and its value per customer grade',
  content: standardContent,
  code: { pattern: /^[a-z0-9][a-z0-9-]{1,39}$/, rule: 'must be 2–40 lowercase letters, digits or hyphens (e.g. repair-callback)', example: 'repair-callback' },
  contentField: 'values',
  readinessProblems: (c) => {
    const grades = c.values.map((v) => v.grade);
    const problems = grades.filter((g, i) => grades.indexOf(g) !== i).map((g) => `grade ${g} has two values`);
    if (c.values.length === 0) problems.push('a standard needs a value for at least one customer grade');
    return problems;
  },
  appliesAt: (c, t) => appliesTo(c, t.channel, t.businessCode),
  searchView: (c) => ({
    body: [c.commitment, ...c.values.map((v) => `${v.grade}：${v.value}`)].join('\n'),
    keywords: [CLASS_NAME[c.standardClass], ...c.values.map((v) => v.grade)],
    channels: c.channels,
    businessCodes: c.businessCodes,
  }),
  sections: (c) => [
    { heading: '类别', body: c.standardClass },
    { heading: '承诺', body: c.commitment },
    { heading: '适用范围', body: `渠道 ${c.channels.join(' ') || '全部'}；业务 ${c.businessCodes.join(' ') || '全部'}` },
    ...c.values.map((v) => ({ heading: `等级 ${v.grade}`, body: v.value })),
  ],
});
