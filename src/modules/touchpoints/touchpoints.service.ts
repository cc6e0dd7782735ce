import { type EntityManager, In } from 'typeorm';
import { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { badInput, conflict } from '../../shared/errors.js';
import { type Page, sliceConnection } from '../../shared/pagination.js';
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
    await expectMapValues(em, { channels: parsed.channels, brands: parsed.brands }, '');
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

/** The parts of the service map a filter or argument may name, one value or a list of them. */
export interface MapValues {
  touchpointCode?: string | null;
  channel?: string | null;
  brand?: string | null;
  businessCode?: string | null;
  channels?: string[] | null;
  brands?: string[] | null;
  businessCodes?: string[] | null;
}

const AXES = {
  channel: { entity: ChannelRow, noun: 'channel' },
  brand: { entity: BrandRow, noun: 'brand' },
  businessCode: { entity: BusinessRow, noun: 'business' },
  channels: { entity: ChannelRow, noun: 'channel' },
  brands: { entity: BrandRow, noun: 'brand' },
  businessCodes: { entity: BusinessRow, noun: 'business' },
} as const;

/**
 * Check every channel, brand, business and touchpoint a filter names against the map: an
 * inspector who mistypes a touchpoint must get an error naming it, not a plausible answer about
 * nothing. Refused naming `<prefix>.<key>` (and the position in a list) and the value.
 */
export async function expectMapValues(em: EntityManager, values: MapValues | null | undefined, prefix = 'filter'): Promise<void> {
  if (!values) return;
  const field = (key: string) => (prefix ? `${prefix}.${key}` : key);
  if (values.touchpointCode !== null && values.touchpointCode !== undefined) await expectTouchpoint(em, values.touchpointCode, field('touchpointCode'));
  for (const { key, entity, noun, codes, listed } of axesNamed(values)) {
    const known = new Set((await em.findBy(entity, { code: In(codes) })).map((r) => r.code));
    const i = codes.findIndex((c) => !known.has(c));
    if (i >= 0) throw badInput(listed ? `${field(key)}.${i}` : field(key), `${codes[i]} is not a registered ${noun} of the service map`);
  }
}

/** The channels, brands and businesses a filter names, per key, with the codes as a list. */
function axesNamed(values: MapValues) {
  return (Object.entries(AXES) as [keyof typeof AXES, (typeof AXES)[keyof typeof AXES]][]).flatMap(([key, { entity, noun }]) => {
    const given = values[key];
    if (given === null || given === undefined) return [];
    const codes = Array.isArray(given) ? given : [given];
    return codes.length === 0 ? [] : [{ key, entity, noun, codes, listed: Array.isArray(given) }];
  });
}

/** A script's or standard's scope must name channels and businesses of the map (a kind's beforeSubmit). */
export const expectScopeOnTheMap = (tx: Tx, _version: unknown, scope: { channels: string[]; businessCodes: string[] }) =>
  expectMapValues(tx.em, { channels: scope.channels, businessCodes: scope.businessCodes }, '');

/** Codes found on the map by a read, per database: nothing ever leaves the map, so one look is enough. */
const seenOnTheMap = new WeakMap<Db, Set<string>>();

const namedIn = (values: MapValues): string[] => [
  ...(values.touchpointCode === null || values.touchpointCode === undefined ? [] : [`touchpoint ${values.touchpointCode}`]),
  ...axesNamed(values).flatMap(({ noun, codes }) => codes.map((code) => `${noun} ${code}`)),
];

/**
 * `expectMapValues` for a read: a filter or argument checked outside any transaction. The console
 * sends its touchpoint bar with every keystroke's search, so codes already found cost no statement;
 * anything not yet seen here (a typo, or a code another process registered) is looked up.
 */
export async function checkMapFilter(db: Db, values: MapValues | null | undefined, prefix = 'filter'): Promise<void> {
  if (!values) return;
  let seen = seenOnTheMap.get(db);
  if (!seen) seenOnTheMap.set(db, (seen = new Set()));
  const named = namedIn(values);
  if (named.every((n) => seen.has(n))) return;
  await expectMapValues(db.dataSource.manager, values, prefix);
  for (const n of named) seen.add(n);
}

/** A registered touchpoint by code; a malformed code is refused with the rule it breaks. */
export async function findTouchpoint(db: Db, code: string): Promise<TouchpointRow | null> {
  const parts = parseTouchpointCode(code);
  if ('problem' in parts) throw badInput('code', parts.problem);
  return db.dataSource.getRepository(TouchpointRow).findOneBy({ code });
}

/** Registered touchpoints by code, narrowed by channel, brand and business (each checked against the map). */
export async function listTouchpoints(db: Db, filter: Pick<MapValues, 'channel' | 'brand' | 'businessCode'>, page: Page) {
  await checkMapFilter(db, filter);
  const where = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null && v !== undefined));
  const rows = await db.dataSource.getRepository(TouchpointRow).find({ where, order: { code: 'ASC' } });
  return sliceConnection(rows, page);
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
