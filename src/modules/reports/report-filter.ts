import { Field, ID, InputType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { Db } from '../../db/database.js';
import { z } from 'zod';
import { badInput } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { UserRow } from '../auth/user.entity.js';
import { expectMapValues } from '../touchpoints/touchpoints.service.js';

@InputType({ description: 'narrows a report to what happened at some touchpoints, or to documents one person owns; every value must exist' })
export class UsageFilter {
  @Field(() => String, { nullable: true, description: 'one touchpoint, e.g. AAA1102' })
  touchpointCode?: string | null;

  @Field(() => String, { nullable: true, description: 'a channel letter, e.g. A 人工座席' })
  channel?: string | null;

  @Field(() => String, { nullable: true, description: 'a brand letter, e.g. A 全球通' })
  brand?: string | null;

  @Field(() => String, { nullable: true, description: 'a 4-digit business code, e.g. 1102' })
  businessCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'the owner of the flows or exceptions counted (flowUsage, exceptionSla, flowCompliance); searchAnalytics and knowledgeGaps refuse it, since a search has no owner' })
  ownerId?: string | null;
}

/** The longest period a report covers: a year and a bit, so that year-on-year fits. */
export const MAX_PERIOD_DAYS = 400;

/** A report's period and filter, checked: ISO instants as stored, and only values that exist. */
export interface ReportWindow {
  from: string;
  to: string;
  filter: Required<{ [K in keyof UsageFilter]: string | null }>;
}

const letter = z.string().regex(/^[A-Z]$/, 'must be one capital letter');
const filterSchema = z
  .object({
    touchpointCode: z.string().max(20, 'must be at most 20 characters').nullish(),
    channel: letter.nullish(),
    brand: letter.nullish(),
    businessCode: z.string().regex(/^\d{4}$/, 'must be 4 digits').nullish(),
    ownerId: z.string().uuid('must be an id returned by the API').nullish(),
  })
  .strict();

/**
 * Check a report's period and filter: `from` before `to`, at most MAX_PERIOD_DAYS apart, and every
 * value in the filter naming something that exists — a mistyped touchpoint must not get a
 * plausible report about nothing. Errors name the field.
 */
export async function reportWindow(db: Db, args: { from: Date; to: Date; filter?: UsageFilter | null }): Promise<ReportWindow> {
  const { from, to } = args;
  if (!(from.getTime() < to.getTime())) throw badInput('to', 'must be after from');
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) throw badInput('to', `must be at most ${MAX_PERIOD_DAYS} days after from`);
  const { filter: f } = parseInput(z.object({ filter: filterSchema }), { filter: args.filter ?? {} });
  const filter = { touchpointCode: f.touchpointCode ?? null, channel: f.channel ?? null, brand: f.brand ?? null, businessCode: f.businessCode ?? null, ownerId: f.ownerId ?? null };
  await expectFilterValues(db.dataSource.manager, filter);
  return { from: from.toISOString(), to: to.toISOString(), filter };
}

async function expectFilterValues(em: EntityManager, f: ReportWindow['filter']): Promise<void> {
  await expectMapValues(em, f);
  if (f.ownerId !== null && !(await em.existsBy(UserRow, { id: f.ownerId }))) throw badInput('filter.ownerId', `${f.ownerId} is not a user`);
}

/** Whether the filter narrows by touchpoint, channel, brand or business. */
export const narrowsTouchpoints = (f: ReportWindow['filter']) => f.touchpointCode !== null || f.channel !== null || f.brand !== null || f.businessCode !== null;

/**
 * SQL that keeps the rows whose touchpoint (column `column`) fits the filter's touchpoint, channel,
 * brand and business; rows without a touchpoint fit only an empty filter. Returns '' when the
 * filter says nothing about touchpoints.
 */
export function touchpointCondition(column: string, f: ReportWindow['filter'], params: Record<string, unknown>): string {
  const checks: [string | null, string, string][] = [
    [f.touchpointCode, 'tpCode', column],
    [f.channel, 'tpChannel', `substr(${column}, 2, 1)`],
    [f.brand, 'tpBrand', `substr(${column}, 3, 1)`],
    [f.businessCode, 'tpBusiness', `substr(${column}, 4, 4)`],
  ];
  const parts: string[] = [];
  for (const [value, name, expression] of checks) {
    if (value === null) continue;
    params[name] = value;
    parts.push(`${expression} = :${name}`);
  }
  return parts.length === 0 ? '' : `${column} IS NOT NULL AND ${parts.join(' AND ')}`;
}
