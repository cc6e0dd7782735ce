import { z } from 'zod';
import { text } from '../../shared/validation.js';
import { parseTouchpointCode } from '../touchpoints/touchpoint-code.js';
import { defineKind } from '../versioning/kind.js';

export const CASE_OUTCOMES = ['RESOLVED', 'REJECTED'] as const;

export const caseContent = z.object({
  question: text(500),
  /** the answer that holds, or why the question was not a gap */
  answer: text(5000),
  outcome: z.enum(CASE_OUTCOMES),
  touchpointCode: z.string().max(20).nullable().default(null),
  exceptionId: z.string().uuid(),
  resolvedByVersionId: z.string().uuid().nullable().default(null),
});
export type CaseContent = z.infer<typeof caseContent>;

declare module '../versioning/document-kind.js' {
  interface DocumentKinds {
    CASE: CaseContent;
  }
}

/** Cases (案例库): questions agents met and how they ended, kept from closed exceptions; found by search like the rules, after them. */
export const caseKind = defineKind({
  kind: 'CASE',
  typeName: 'Case',
  description: 'a case (案例库): a question agents met, kept from a closed exception with its answer or why it was rejected',
  content: caseContent,
  contentField: 'question',
  sections: (c) => [
    { heading: '问题', body: c.question },
    { heading: c.outcome === 'RESOLVED' ? '答复' : '不予处理的原因', body: c.answer },
  ],
  searchView: (c) => {
    const parts = c.touchpointCode ? parseTouchpointCode(c.touchpointCode) : null;
    const at = parts && !('problem' in parts) ? parts : null;
    return {
      body: `${c.question}\n${c.answer}`,
      keywords: ['案例', ...(c.touchpointCode ? [c.touchpointCode] : [])],
      channels: at ? [at.channel] : [],
      brands: at ? [at.brand] : [],
      businessCodes: at ? [at.businessCode] : [],
    };
  },
  // a case tells how one question ended; the flow, script or standard that covers it comes first
  searchPrior: 0.7,
  reviewIntervalDays: null,
});
