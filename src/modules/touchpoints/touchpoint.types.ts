import { DateTime } from '../../graphql/date-time.js';
import { Connection } from '../../graphql/relay.js';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Flow } from '../flows/flow.types.js';

@ObjectType({ description: 'a channel (A 人工座席, B IVR, C 互联网, D 短信, …) or a brand (A 全球通 … E TD)' })
export class MapAxis {
  @Field(() => String, { description: 'the letter that stands for it in touchpoint codes, A–Z' })
  code: string;

  @Field(() => String, { description: 'its name, e.g. 人工座席 or 全球通; at most 50 characters' })
  name: string;
}

@ObjectType({ description: 'a business (业务) of the service map, e.g. 1102 账单及详单查询' })
export class Business {
  @Field(() => String, { description: '4 digits: category, sub-category, specific business' })
  code: string;

  @Field(() => String, { description: 'the business’s name, e.g. 账单及详单查询; at most 100 characters' })
  name: string;

  @Field(() => String, { description: 'the category it belongs to, e.g. 查询类; at most 50 characters' })
  category: string;
}

/** A touchpoint as resolvers pass it around: its parts and the instant it is read at. */
export interface TouchpointAt {
  code: string;
  channel: string;
  brand: string;
  businessCode: string;
  asOf: string;
}

@ObjectType({ description: 'a touchpoint (接触点): channel × brand × business, coded e.g. AAA1102' })
export class Touchpoint {
  @Field(() => String, { description: '7 characters: the map letter A, the channel letter, the brand letter and the 4-digit business code, e.g. AAA1102' })
  code: string;

  @Field(() => String, { description: 'channel letter' })
  channel: string;

  @Field(() => String, { description: 'brand letter' })
  brand: string;

  @Field(() => String, { description: 'the 4-digit business code' })
  businessCode: string;
}

@ObjectType({ description: 'one brand in a cell of the map, with its touchpoint' })
export class TouchpointMapEntry {
  @Field(() => MapAxis, { description: 'the brand' })
  brand: MapAxis;

  @Field(() => Touchpoint, { description: 'the touchpoint of this business, channel and brand' })
  touchpoint: TouchpointAt;
}

@ObjectType({ description: 'one business × channel cell' })
export class TouchpointMapCell {
  @Field(() => MapAxis, { description: 'the channel of the cell’s column' })
  channel: MapAxis;

  @Field(() => [TouchpointMapEntry], { description: 'the brands served on this channel, each with its touchpoint and flow' })
  entries: TouchpointMapEntry[];
}

@ObjectType({ description: 'one business: a row of the map' })
export class TouchpointMapRow {
  @Field(() => Business, { description: 'the business of the row' })
  business: Business;

  @Field(() => [TouchpointMapCell], { description: 'one cell per channel the business is offered on, in the order of TouchpointMap.channels' })
  cells: TouchpointMapCell[];
}

@ObjectType({ description: 'what the map lacks at asOf' })
export class TouchpointMapGaps {
  @Field(() => [Touchpoint], { description: 'touchpoints no flow in force serves' })
  touchpointsWithoutFlow: TouchpointAt[];

  @Field(() => [Flow], { description: 'flows in force that serve no touchpoint' })
  flowsWithoutTouchpoints: unknown[];
}

@ObjectType({ description: 'the service map at asOf: business rows × channel columns, and its gaps' })
export class TouchpointMap {
  @Field(() => DateTime, { description: 'the instant the map is read at' })
  asOf: string;

  @Field(() => [MapAxis], { description: 'every registered channel, in code order: the columns' })
  channels: MapAxis[];

  @Field(() => [MapAxis], { description: 'every registered brand, in code order' })
  brands: MapAxis[];

  @Field(() => [TouchpointMapRow], { description: 'one row per registered business, in code order' })
  rows: TouchpointMapRow[];

  @Field(() => TouchpointMapGaps, { description: 'touchpoints without a flow, and flows without a touchpoint' })
  gaps: TouchpointMapGaps;
}

@InputType({ description: 'a new business, offered on some channels to some brands: each pair becomes a touchpoint' })
export class RegisterBusinessInput {
  @Field(() => String, { description: '4 digits: category, sub-category, then the specific business; not yet registered' })
  code: string;

  @Field(() => String, { description: 'the business’s name, 1 to 100 characters' })
  name: string;

  @Field(() => String, { description: 'the category it belongs to, e.g. 查询类; 1 to 50 characters' })
  category: string;

  @Field(() => [String], { description: 'channel letters it is offered on' })
  channels: string[];

  @Field(() => [String], { description: 'brand letters it is offered to' })
  brands: string[];
}

@InputType({ description: 'a new channel or brand' })
export class RegisterMapAxisInput {
  @Field(() => String, { description: 'its letter in touchpoint codes, one capital A–Z, not yet taken' })
  code: string;

  @Field(() => String, { description: 'its name, 1 to 50 characters' })
  name: string;
}

export const TouchpointConnection = Connection('Touchpoint', Touchpoint);

@InputType({ description: 'narrows touchpoints to a channel, a brand and/or a business; every value must be registered on the map' })
export class TouchpointFilter {
  @Field(() => String, { nullable: true, description: 'a channel letter, e.g. A 人工座席' })
  channel?: string | null;

  @Field(() => String, { nullable: true, description: 'a brand letter, e.g. A 全球通' })
  brand?: string | null;

  @Field(() => String, { nullable: true, description: 'a 4-digit business code, e.g. 1102' })
  businessCode?: string | null;
}
