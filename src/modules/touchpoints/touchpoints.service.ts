import { type EntityManager, In } from 'typeorm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { toStored } from '../../shared/clock.js';
import { badInput, conflict } from '../../shared/errors.js';
import { parseInput, text } from '../../shared/validation.js';
import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../versioning/versioning.service.js';
import { parseTouchpointCode, touchpointCode } from './touchpoint-code.js';
import { BrandRow, BusinessRow, ChannelRow, TouchpointRow } from './touchpoint.entity.js';

const letter = z.string().regex(/^[A-Z]$/, 'must be one capital letter');

const channelInput = z.object({ code: letter, name: text(50) });

/** Add a channel (e.g. E 微信) or a brand to the map. */
export function registerMapAxis(db: Db, actor: Actor, axis: 'channel' | 'brand', input: z.input<typeof channelInput>) {
  const parsed = parseInput(channelInput, input);
  const entity = axis === 'channel' ? ChannelRow : BrandRow;
  return db.write(async (em) => {
    if (await em.existsBy(entity, { code: parsed.code })) throw conflict(`${axis} ${parsed.code} already exists`, { field: 'code' });
    await em.insert(entity, parsed);
    await appendAudit(em, {
      at: toStored(actor.clock.now()),
      actorId: actor.user.id,
      action: axis === 'channel' ? 'CHANNEL_REGISTERED' : 'BRAND_REGISTERED',
      entityType: axis === 'channel' ? 'Channel' : 'Brand',
      entityId: parsed.code,
      after: parsed,
    });
    return parsed;
  });
}

const businessInput = z.object({
  code: z.string().regex(/^\d{4}$/, 'must be 4 digits: category, sub-category, then the specific business'),
  name: text(100),
  category: text(50),
  channels: z.array(letter).min(1, 'must name at least one channel'),
  brands: z.array(letter).min(1, 'must name at least one brand'),
});

/** Register a business and the touchpoints it has: one per channel × brand it is offered on. */
export function registerBusiness(db: Db, actor: Actor, input: z.input<typeof businessInput>): Promise<TouchpointRow[]> {
  const parsed = parseInput(businessInput, input);
  return db.write(async (em) => {
    if (await em.existsBy(BusinessRow, { code: parsed.code })) throw conflict(`business ${parsed.code} already exists`, { field: 'code' });
    await expectKnown(em, ChannelRow, parsed.channels, 'channels');
    await expectKnown(em, BrandRow, parsed.brands, 'brands');
    const business = { code: parsed.code, name: parsed.name, category: parsed.category };
    await em.insert(BusinessRow, business);
    const touchpoints = parsed.channels.flatMap((channel) =>
      parsed.brands.map((brand) => ({ code: touchpointCode({ channel, brand, businessCode: parsed.code }), channel, brand, businessCode: parsed.code })),
    );
    await em.insert(TouchpointRow, touchpoints);
    await appendAudit(em, {
      at: toStored(actor.clock.now()),
      actorId: actor.user.id,
      action: 'BUSINESS_REGISTERED',
      entityType: 'Business',
      entityId: parsed.code,
      after: { ...business, touchpoints: touchpoints.map((t) => t.code) },
    });
    return touchpoints;
  });
}

async function expectKnown(em: EntityManager, entity: typeof ChannelRow | typeof BrandRow, codes: string[], field: string) {
  const known = new Set((await em.findBy(entity, { code: In(codes) })).map((r) => r.code));
  const index = codes.findIndex((c) => !known.has(c));
  if (index >= 0) throw badInput(`${field}.${index}`, `${codes[index]} is not a registered ${field.slice(0, -1)}`);
}

/** Check a list of touchpoint codes: each must follow the scheme and be registered. */
export async function expectTouchpoints(em: EntityManager, codes: string[], field: string): Promise<void> {
  for (const [i, code] of codes.entries()) {
    const parts = parseTouchpointCode(code);
    if ('problem' in parts) throw badInput(`${field}.${i}`, parts.problem);
  }
  const duplicate = codes.findIndex((c, i) => codes.indexOf(c) !== i);
  if (duplicate >= 0) throw badInput(`${field}.${duplicate}`, `${codes[duplicate]} is listed twice`);
  const known = new Set((await em.findBy(TouchpointRow, { code: In(codes) })).map((t) => t.code));
  const unknown = codes.findIndex((c) => !known.has(c));
  if (unknown >= 0) throw badInput(`${field}.${unknown}`, `${codes[unknown]} is not a registered touchpoint (register its business on that channel and brand first)`);
}
