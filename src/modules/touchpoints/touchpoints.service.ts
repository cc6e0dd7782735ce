import { type EntityManager, In } from 'typeorm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { badInput, conflict } from '../../shared/errors.js';
import { parseInput, text } from '../../shared/validation.js';
import { record } from '../audit/audit.service.js';
import { currentVersions, type DocumentAt } from '../versioning/document-list.js';
import { contentOf } from '../versioning/kind.js';
import { isInForce } from '../versioning/windows.js';
import { parseTouchpointCode, touchpointCode } from './touchpoint-code.js';
import './events.js';
import { BrandRow, BusinessRow, ChannelRow, TouchpointRow } from './touchpoint.entity.js';

const letter = z.string().regex(/^[A-Z]$/, 'must be one capital letter');

const channelInput = z.object({ code: letter, name: text(50) });

/** Add a channel (e.g. E 微信) or a brand to the map. */
export function registerMapAxis(db: Db, actor: Actor, axis: 'channel' | 'brand', input: z.input<typeof channelInput>) {
  const parsed = parseInput(channelInput, input);
  const entity = axis === 'channel' ? ChannelRow : BrandRow;
  return db.write(async (tx) => {
    if (await tx.em.existsBy(entity, { code: parsed.code })) throw conflict(`${axis} ${parsed.code} already exists`, { field: 'code' });
    await tx.em.insert(entity, parsed);
    await record(tx, actor, {
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
  return db.write(async (tx) => {
    const { em } = tx;
    if (await em.existsBy(BusinessRow, { code: parsed.code })) throw conflict(`business ${parsed.code} already exists`, { field: 'code' });
    await expectKnown(em, ChannelRow, parsed.channels, 'channels');
    await expectKnown(em, BrandRow, parsed.brands, 'brands');
    const business = { code: parsed.code, name: parsed.name, category: parsed.category };
    await em.insert(BusinessRow, business);
    const touchpoints = parsed.channels.flatMap((channel) =>
      parsed.brands.map((brand) => ({ code: touchpointCode({ channel, brand, businessCode: parsed.code }), channel, brand, businessCode: parsed.code })),
    );
    await em.insert(TouchpointRow, touchpoints);
    await record(
      tx,
      actor,
      {
        action: 'BUSINESS_REGISTERED',
        entityType: 'Business',
        entityId: parsed.code,
        after: { ...business, touchpoints: touchpoints.map((t) => t.code) },
      },
      [{ type: 'BusinessRegistered', businessCode: parsed.code, touchpoints }],
    );
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

/** Check one touchpoint code: it must follow the scheme and be registered. */
export async function expectTouchpoint(em: EntityManager, code: string, field: string): Promise<void> {
  const parts = parseTouchpointCode(code);
  if ('problem' in parts) throw badInput(field, parts.problem);
  if (!(await em.existsBy(TouchpointRow, { code }))) throw badInput(field, `${code} is not a registered touchpoint of the service map`);
}

/** A registered touchpoint by code; a malformed code is refused with the rule it breaks. */
export async function findTouchpoint(db: Db, code: string): Promise<TouchpointRow | null> {
  const parts = parseTouchpointCode(code);
  if ('problem' in parts) throw badInput('code', parts.problem);
  return db.dataSource.getRepository(TouchpointRow).findOneBy({ code });
}

export interface ServiceMap {
  channels: ChannelRow[];
  brands: BrandRow[];
  rows: { business: BusinessRow; cells: { channel: ChannelRow; entries: { brand: BrandRow; touchpoint: TouchpointRow }[] }[] }[];
  touchpoints: TouchpointRow[];
  /** the flow in force serving each touchpoint that has one */
  servedBy: Map<string, DocumentAt>;
  touchpointsWithoutFlow: TouchpointRow[];
  flowsWithoutTouchpoints: DocumentAt[];
}

/**
 * The service map at `asOf`: business rows × channel columns, each cell with the brands served
 * there and their touchpoints, the flow serving each, and the gaps (touchpoints no flow serves,
 * flows in force that serve none).
 */
export async function serviceMap(db: Db, reader: Pick<Actor, 'user'>, asOf: string): Promise<ServiceMap> {
  const ds = db.dataSource;
  const [channels, brands, businesses, touchpoints, current] = await Promise.all([
    ds.getRepository(ChannelRow).find({ order: { code: 'ASC' } }),
    ds.getRepository(BrandRow).find({ order: { code: 'ASC' } }),
    ds.getRepository(BusinessRow).find({ order: { code: 'ASC' } }),
    ds.getRepository(TouchpointRow).find({ order: { code: 'ASC' } }),
    currentVersions(db, reader, 'FLOW', asOf),
  ]);
  const flows = current.filter((f) => isInForce(f.current, asOf));
  const servedBy = new Map<string, DocumentAt>();
  for (const f of flows) for (const code of contentOf<'FLOW'>(f.current).touchpointCodes) servedBy.set(code, f);
  const brandOf = new Map(brands.map((b) => [b.code, b]));
  const rows = businesses.map((business) => {
    const mine = touchpoints.filter((t) => t.businessCode === business.code);
    const cells = channels
      .map((channel) => ({ channel, entries: mine.filter((t) => t.channel === channel.code).map((t) => ({ brand: brandOf.get(t.brand)!, touchpoint: t })) }))
      .filter((cell) => cell.entries.length > 0);
    return { business, cells };
  });
  return {
    channels,
    brands,
    rows,
    touchpoints,
    servedBy,
    touchpointsWithoutFlow: touchpoints.filter((t) => !servedBy.has(t.code)),
    flowsWithoutTouchpoints: flows.filter((f) => contentOf<'FLOW'>(f.current).touchpointCodes.length === 0),
  };
}
